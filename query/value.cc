#include <cmath>

#include "query/query.h"

namespace kg::query {

Value Value::Bool(bool v) {
  Value out;
  out.type = Type::kBool;
  out.b = v;
  return out;
}
Value Value::Int(int64_t v) {
  Value out;
  out.type = Type::kInt;
  out.i = v;
  return out;
}
Value Value::Double(double v) {
  Value out;
  out.type = Type::kDouble;
  out.d = v;
  return out;
}
Value Value::String(std::string v) {
  Value out;
  out.type = Type::kString;
  out.s = std::move(v);
  return out;
}
Value Value::MakeList(List v) {
  Value out;
  out.type = Type::kList;
  out.list = std::make_shared<const List>(std::move(v));
  return out;
}
Value Value::MakeMap(Map v) {
  Value out;
  out.type = Type::kMap;
  out.map = std::make_shared<const Map>(std::move(v));
  return out;
}
Value Value::Node(uint64_t id) {
  Value out;
  out.type = Type::kNode;
  out.id = id;
  return out;
}
Value Value::Relationship(uint64_t from, uint64_t to, std::string type) {
  Value out;
  out.type = Type::kRelationship;
  out.id = from;
  out.to = to;
  out.s = std::move(type);
  return out;
}
Value Value::Path(List alternating) {
  Value out;
  out.type = Type::kPath;
  out.list = std::make_shared<const List>(std::move(alternating));
  return out;
}

const Value* Value::Find(absl::string_view key) const {
  if (!map) return nullptr;
  for (const auto& [k, v] : *map)
    if (k == key) return &v;
  return nullptr;
}

bool operator==(const Value& a, const Value& b) {
  using T = Value::Type;
  if (a.type != b.type) {
    if ((a.type == T::kInt || a.type == T::kDouble) && (b.type == T::kInt || b.type == T::kDouble)) {
      double x = a.type == T::kInt ? static_cast<double>(a.i) : a.d;
      double y = b.type == T::kInt ? static_cast<double>(b.i) : b.d;
      return x == y;
    }
    return false;
  }
  switch (a.type) {
    case T::kNull: return true;
    case T::kBool: return a.b == b.b;
    case T::kInt: return a.i == b.i;
    case T::kDouble: return a.d == b.d;
    case T::kString: return a.s == b.s;
    case T::kNode: return a.id == b.id;
    case T::kRelationship: return a.id == b.id && a.to == b.to && a.s == b.s;
    case T::kList:
    case T::kPath: {
      const auto& x = a.list ? *a.list : Value::List();
      const auto& y = b.list ? *b.list : Value::List();
      if (x.size() != y.size()) return false;
      for (size_t k = 0; k < x.size(); ++k)
        if (!(x[k] == y[k])) return false;
      return true;
    }
    case T::kMap: {
      const auto& x = a.map ? *a.map : Value::Map();
      const auto& y = b.map ? *b.map : Value::Map();
      if (x.size() != y.size()) return false;
      for (const auto& [k, v] : x) {
        const Value* other = b.Find(k);
        if (!other || !(*other == v)) return false;
      }
      return true;
    }
  }
  return false;
}

}  // namespace kg::query
