// Expression evaluation, node properties and labels, value ordering and keys.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <regex>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "nlohmann/json.hpp"
#include "proto/vocabulary.h"
#include "query/engine.h"
#include "query/plan.h"

namespace kg::query {

using T = Value::Type;

// ---------------------------------------------------------------- graph reader

std::shared_ptr<const NodeData> GraphReader::Get(uint64_t id, absl::Status* status) {
  auto it = cache_.find(id);
  if (it != cache_.end()) return it->second;
  if (cache_.size() > 100000) cache_.clear();
  auto data = std::make_shared<NodeData>();
  data->kind = graph::KindOfId(id);
  switch (data->kind) {
    case graph::NodeKind::kActor: {
      auto a = store_.GetActor(id);
      if (!a.ok()) {
        *status = a.status();
        return nullptr;
      }
      if (!a->has_value()) return nullptr;
      data->actor = std::move(**a);
      break;
    }
    case graph::NodeKind::kEvent: {
      auto e = store_.GetEvent(id);
      if (!e.ok()) {
        *status = e.status();
        return nullptr;
      }
      if (!e->has_value()) return nullptr;
      data->event = std::move(**e);
      data->doc_name = DocumentName(data->event.provenance().document(), status);
      break;
    }
    case graph::NodeKind::kDocument: {
      auto d = store_.GetDocument(id);
      if (!d.ok()) {
        *status = d.status();
        return nullptr;
      }
      if (!d->has_value()) return nullptr;
      data->document = std::move(**d);
      data->document.clear_text();
      break;
    }
    default:
      return nullptr;
  }
  cache_[id] = data;
  return data;
}

std::string GraphReader::DocumentName(uint64_t doc_id, absl::Status* status) {
  if (doc_id == 0) return "";
  auto it = doc_names_.find(doc_id);
  if (it != doc_names_.end()) return it->second;
  auto d = store_.GetDocument(doc_id);
  if (!d.ok()) {
    *status = d.status();
    return "";
  }
  std::string name = d->has_value() ? (*d)->name() : "";
  if (doc_names_.size() > 100000) doc_names_.clear();
  doc_names_[doc_id] = name;
  return name;
}

bool ExecContext::Tick(uint64_t n) {
  work += n;
  if (work_limit && work > work_limit) {
    return Fail(absl::ResourceExhaustedError(absl::StrCat(
        "the query did more than ", work_limit,
        " units of work (rows scanned and edges followed); narrow it or raise --max-rows")));
  }
  return true;
}

// ---------------------------------------------------------------- model

namespace {

std::string Squash(absl::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '_' && c != ' ') out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  return out;
}

Value StringList(const google::protobuf::RepeatedPtrField<std::string>& items) {
  Value::List out;
  for (const auto& s : items) out.push_back(Value::String(s));
  return Value::MakeList(std::move(out));
}

}  // namespace

std::string KindLabel(ActorKind kind) {
  std::string name = absl::AsciiStrToLower(ActorKindName(kind));
  std::string out;
  bool up = true;
  for (char c : name) {
    if (c == '_') {
      up = true;
      continue;
    }
    out.push_back(up ? absl::ascii_toupper(static_cast<unsigned char>(c)) : c);
    up = false;
  }
  return out;
}

std::vector<std::string> NodeLabels(const NodeData& node) {
  switch (node.kind) {
    case graph::NodeKind::kActor:
      return {"Actor", KindLabel(node.actor.kind())};
    case graph::NodeKind::kEvent:
      return {"Event", std::string(EventClassName(node.event.event_class()))};
    case graph::NodeKind::kDocument:
      return {"Document"};
  }
  return {};
}

bool NodeHasLabel(const NodeData& node, absl::string_view label) {
  std::string want = Squash(label);
  for (const auto& l : NodeLabels(node))
    if (Squash(l) == want) return true;
  if (node.kind == graph::NodeKind::kActor && want == "organisation")
    return node.actor.kind() == ORGANIZATION;
  return false;
}

bool IsKnownLabel(absl::string_view label) {
  std::string want = Squash(label);
  if (want == "actor" || want == "event" || want == "document" || want == "organisation") return true;
  if (EventClassFromName(label)) return true;
  for (int k = 1; k <= 13; ++k)
    if (Squash(KindLabel(static_cast<ActorKind>(k))) == want) return true;
  return false;
}

std::optional<EdgeType> EdgeTypeFromName(absl::string_view name) {
  std::string upper = absl::AsciiStrToUpper(name);
  EdgeType t;
  if (EdgeType_Parse(upper, &t) && t != EDGE_TYPE_UNSPECIFIED) return t;
  return std::nullopt;
}

std::string EdgeTypeLabel(EdgeType type) { return EdgeType_Name(type); }

Value NodeProperty(const NodeData& node, absl::string_view key) {
  switch (node.kind) {
    case graph::NodeKind::kActor: {
      const Actor& a = node.actor;
      if (key == "id") return Value::Int(static_cast<int64_t>(a.id()));
      if (key == "name") return Value::String(a.name());
      if (key == "kind") return Value::String(std::string(ActorKindName(a.kind())));
      if (key == "aliases") return StringList(a.aliases());
      if (key == "iso3") return a.iso3().empty() ? Value() : Value::String(a.iso3());
      if (key == "cameo") return a.cameo().empty() ? Value() : Value::String(a.cameo());
      if (key == "roles") return StringList(a.roles());
      if (key == "affiliations") return StringList(a.affiliation_names());
      if (key == "mentions" || key == "mention_count") return Value::Int(a.mention_count());
      return Value();
    }
    case graph::NodeKind::kEvent: {
      const Event& e = node.event;
      if (key == "id") return Value::Int(static_cast<int64_t>(e.id()));
      if (key == "class") return Value::String(std::string(EventClassName(e.event_class())));
      if (key == "cameo") return Value::String(e.cameo());
      if (key == "polarity") return Value::String(Polarity_Name(e.polarity()));
      if (key == "modality") return Value::String(Modality_Name(e.modality()));
      if (key == "asserted") return Value::Bool(e.asserted());
      if (key == "date") return e.date().empty() ? Value() : Value::String(e.date());
      if (key == "trigger") return Value::String(e.trigger());
      if (key == "target_phrase") return e.target_phrase().empty() ? Value() : Value::String(e.target_phrase());
      if (key == "source_phrase") return e.source_phrase().empty() ? Value() : Value::String(e.source_phrase());
      if (key == "sentence") return Value::String(e.provenance().sentence());
      if (key == "doc") return node.doc_name.empty() ? Value() : Value::String(node.doc_name);
      if (key == "rule") return Value::String(e.provenance().rule());
      if (key == "confidence") return Value::Double(e.confidence());
      if (key == "sentence_index") return Value::Int(e.provenance().sentence_index());
      return Value();
    }
    case graph::NodeKind::kDocument: {
      const Document& d = node.document;
      if (key == "id") return Value::Int(static_cast<int64_t>(d.id()));
      if (key == "name") return Value::String(d.name());
      if (key == "title") return Value::String(d.title());
      if (key == "date") return d.date().empty() ? Value() : Value::String(d.date());
      if (key == "source") return d.source().empty() ? Value() : Value::String(d.source());
      if (key == "path") return Value::String(d.path());
      if (key == "sentence_count") return Value::Int(d.sentence_count());
      return Value();
    }
  }
  return Value();
}

Value ParamValue(const std::string& text) {
  int64_t i;
  double d;
  if (absl::SimpleAtoi(text, &i)) return Value::Int(i);
  if (!text.empty() && (absl::ascii_isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' ||
                        text[0] == '.') &&
      absl::SimpleAtod(text, &d))
    return Value::Double(d);
  if (text == "true") return Value::Bool(true);
  if (text == "false") return Value::Bool(false);
  if (text == "null") return Value();
  if (text.size() >= 2 && ((text.front() == '\'' && text.back() == '\'') || (text.front() == '"' && text.back() == '"')))
    return Value::String(text.substr(1, text.size() - 2));
  if (!text.empty() && (text[0] == '[' || text[0] == '{')) {
    std::function<Value(const nlohmann::json&)> convert = [&](const nlohmann::json& j) -> Value {
      if (j.is_null()) return Value();
      if (j.is_boolean()) return Value::Bool(j.get<bool>());
      if (j.is_number_integer()) return Value::Int(j.get<int64_t>());
      if (j.is_number()) return Value::Double(j.get<double>());
      if (j.is_string()) return Value::String(j.get<std::string>());
      if (j.is_array()) {
        Value::List out;
        for (const auto& x : j) out.push_back(convert(x));
        return Value::MakeList(std::move(out));
      }
      Value::Map out;
      for (auto it = j.begin(); it != j.end(); ++it) out.emplace_back(it.key(), convert(it.value()));
      return Value::MakeMap(std::move(out));
    };
    try {
      return convert(nlohmann::json::parse(text));
    } catch (const std::exception&) {
    }
  }
  return Value::String(text);
}

// ---------------------------------------------------------------- ordering and keys

namespace {

int TypeRank(T t) {
  switch (t) {
    case T::kMap: return 0;
    case T::kNode: return 1;
    case T::kRelationship: return 2;
    case T::kList: return 3;
    case T::kPath: return 4;
    case T::kString: return 5;
    case T::kBool: return 6;
    case T::kInt:
    case T::kDouble: return 7;
    case T::kNull: return 8;
  }
  return 9;
}

bool IsNumber(const Value& v) { return v.type == T::kInt || v.type == T::kDouble; }
double AsDouble(const Value& v) { return v.type == T::kInt ? static_cast<double>(v.i) : v.d; }

}  // namespace

int CompareForSort(const Value& a, const Value& b) {
  int ra = TypeRank(a.type), rb = TypeRank(b.type);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type) {
    case T::kNull: return 0;
    case T::kBool: return a.b == b.b ? 0 : (a.b ? 1 : -1);
    case T::kInt:
    case T::kDouble: {
      if (a.type == T::kInt && b.type == T::kInt) return a.i == b.i ? 0 : (a.i < b.i ? -1 : 1);
      double x = AsDouble(a), y = AsDouble(b);
      if (std::isnan(x) || std::isnan(y)) return std::isnan(x) == std::isnan(y) ? 0 : (std::isnan(x) ? 1 : -1);
      return x == y ? 0 : (x < y ? -1 : 1);
    }
    case T::kString: return a.s.compare(b.s) < 0 ? -1 : (a.s == b.s ? 0 : 1);
    case T::kNode: return a.id == b.id ? 0 : (a.id < b.id ? -1 : 1);
    case T::kRelationship:
      if (a.id != b.id) return a.id < b.id ? -1 : 1;
      if (a.to != b.to) return a.to < b.to ? -1 : 1;
      return a.s.compare(b.s);
    case T::kList:
    case T::kPath: {
      const auto& x = a.list ? *a.list : Value::List();
      const auto& y = b.list ? *b.list : Value::List();
      for (size_t k = 0; k < x.size() && k < y.size(); ++k) {
        int c = CompareForSort(x[k], y[k]);
        if (c) return c;
      }
      return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
    }
    case T::kMap: {
      std::string ka, kb;
      AppendKey(a, &ka);
      AppendKey(b, &kb);
      return ka.compare(kb);
    }
  }
  return 0;
}

void AppendKey(const Value& v, std::string* out) {
  auto put_u64 = [&](uint64_t x) { out->append(reinterpret_cast<const char*>(&x), sizeof(x)); };
  switch (v.type) {
    case T::kNull: out->push_back('N'); return;
    case T::kBool: out->push_back(v.b ? 'T' : 'F'); return;
    case T::kInt:
      out->push_back('I');
      put_u64(static_cast<uint64_t>(v.i));
      return;
    case T::kDouble:
      if (std::floor(v.d) == v.d && std::fabs(v.d) < 9e18) {
        out->push_back('I');
        put_u64(static_cast<uint64_t>(static_cast<int64_t>(v.d)));
      } else {
        out->push_back('D');
        uint64_t bits;
        std::memcpy(&bits, &v.d, sizeof(bits));
        put_u64(bits);
      }
      return;
    case T::kString:
      out->push_back('S');
      put_u64(v.s.size());
      out->append(v.s);
      return;
    case T::kNode:
      out->push_back('V');
      put_u64(v.id);
      return;
    case T::kRelationship:
      out->push_back('R');
      put_u64(v.id);
      put_u64(v.to);
      put_u64(v.s.size());
      out->append(v.s);
      return;
    case T::kList:
    case T::kPath:
      out->push_back(v.type == T::kList ? 'L' : 'P');
      put_u64(v.list ? v.list->size() : 0);
      if (v.list)
        for (const auto& x : *v.list) AppendKey(x, out);
      return;
    case T::kMap: {
      out->push_back('M');
      std::vector<std::pair<std::string, const Value*>> entries;
      if (v.map)
        for (const auto& [k, x] : *v.map) entries.emplace_back(k, &x);
      std::sort(entries.begin(), entries.end(),
                [](const auto& p, const auto& q) { return p.first < q.first; });
      put_u64(entries.size());
      for (const auto& [k, x] : entries) {
        put_u64(k.size());
        out->append(k);
        AppendKey(*x, out);
      }
      return;
    }
  }
}

bool IsTrue(const Value& v) { return v.type == T::kBool && v.b; }

// ---------------------------------------------------------------- evaluation

namespace {

Value TypeError(ExecContext& ctx, const Expr& e, absl::string_view what) {
  ctx.Fail(absl::InvalidArgumentError(
      absl::StrCat("line ", e.line, ", column ", e.column, ": ", what, " in `", e.text, "`")));
  return Value();
}

// Cypher equality: null when either side is null (or a list holds nulls where it matters).
Value Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (IsNumber(a) && IsNumber(b)) return Value::Bool(AsDouble(a) == AsDouble(b) &&
                                                     (a.type != T::kInt || b.type != T::kInt || a.i == b.i));
  if ((a.type == T::kList && b.type == T::kList)) {
    const auto& x = *a.list;
    const auto& y = *b.list;
    if (x.size() != y.size()) return Value::Bool(false);
    bool saw_null = false;
    for (size_t k = 0; k < x.size(); ++k) {
      Value r = Equals(x[k], y[k]);
      if (r.is_null()) saw_null = true;
      else if (!r.b) return Value::Bool(false);
    }
    return saw_null ? Value() : Value::Bool(true);
  }
  if (a.type != b.type) return Value::Bool(false);
  return Value::Bool(a == b);
}

Value Compare(const std::string& op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  int c;
  if (IsNumber(a) && IsNumber(b)) {
    if (a.type == T::kInt && b.type == T::kInt) {
      c = a.i == b.i ? 0 : (a.i < b.i ? -1 : 1);
    } else {
      double x = AsDouble(a), y = AsDouble(b);
      if (std::isnan(x) || std::isnan(y)) return Value::Bool(false);
      c = x == y ? 0 : (x < y ? -1 : 1);
    }
  } else if (a.type == T::kString && b.type == T::kString) {
    c = a.s.compare(b.s);
  } else if (a.type == T::kBool && b.type == T::kBool) {
    c = a.b == b.b ? 0 : (a.b ? 1 : -1);
  } else {
    return Value();
  }
  if (op == "<") return Value::Bool(c < 0);
  if (op == "<=") return Value::Bool(c <= 0);
  if (op == ">") return Value::Bool(c > 0);
  return Value::Bool(c >= 0);
}

Value Arithmetic(const Expr& e, const std::string& op, const Value& a, const Value& b, ExecContext& ctx) {
  if (a.is_null() || b.is_null()) return Value();
  if (op == "+") {
    if (a.type == T::kList || b.type == T::kList) {
      Value::List out;
      if (a.type == T::kList) out = *a.list; else out.push_back(a);
      if (b.type == T::kList) out.insert(out.end(), b.list->begin(), b.list->end()); else out.push_back(b);
      return Value::MakeList(std::move(out));
    }
    if (a.type == T::kString || b.type == T::kString) {
      auto text = [](const Value& v) -> std::string {
        if (v.type == T::kString) return v.s;
        if (v.type == T::kInt) return absl::StrCat(v.i);
        if (v.type == T::kDouble) return absl::StrCat(v.d);
        if (v.type == T::kBool) return v.b ? "true" : "false";
        return "";
      };
      return Value::String(text(a) + text(b));
    }
  }
  if (!IsNumber(a) || !IsNumber(b)) return TypeError(ctx, e, absl::StrCat("expected numbers for '", op, "'"));
  if (a.type == T::kInt && b.type == T::kInt && op != "^") {
    int64_t x = a.i, y = b.i, r = 0;
    if (op == "+") { if (__builtin_add_overflow(x, y, &r)) return TypeError(ctx, e, "integer overflow"); return Value::Int(r); }
    if (op == "-") { if (__builtin_sub_overflow(x, y, &r)) return TypeError(ctx, e, "integer overflow"); return Value::Int(r); }
    if (op == "*") { if (__builtin_mul_overflow(x, y, &r)) return TypeError(ctx, e, "integer overflow"); return Value::Int(r); }
    if (y == 0) return TypeError(ctx, e, "division by zero");
    if (x == INT64_MIN && y == -1) return TypeError(ctx, e, "integer overflow");
    if (op == "/") return Value::Int(x / y);
    return Value::Int(x % y);
  }
  double x = AsDouble(a), y = AsDouble(b);
  if (op == "+") return Value::Double(x + y);
  if (op == "-") return Value::Double(x - y);
  if (op == "*") return Value::Double(x * y);
  if (op == "/") return Value::Double(x / y);
  if (op == "%") return Value::Double(std::fmod(x, y));
  return Value::Double(std::pow(x, y));
}

int64_t ClampIndex(int64_t i, int64_t n) {
  if (i < 0) i += n;
  return std::max<int64_t>(0, std::min(i, n));
}

Value CallFunction(const Expr& e, Row& row, ExecContext& ctx) {
  const std::string& f = e.name;
  std::vector<Value> a;
  a.reserve(e.args.size());
  for (const auto& arg : e.args) a.push_back(Eval(*arg, row, ctx));
  auto need = [&](size_t n) {
    if (a.size() != n) {
      TypeError(ctx, e, absl::StrCat(f, "() takes ", n, n == 1 ? " argument" : " arguments"));
      return false;
    }
    return true;
  };
  auto node_of = [&](const Value& v) -> std::shared_ptr<const NodeData> {
    if (v.type != T::kNode) return nullptr;
    return ctx.reader.Get(v.id, &ctx.status);
  };
  if (f == "coalesce") {
    for (auto& v : a)
      if (!v.is_null()) return v;
    return Value();
  }
  if (f == "tolower" || f == "toupper" || f == "trim" || f == "ltrim" || f == "rtrim" || f == "reverse") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (f == "reverse" && a[0].type == T::kList) {
      Value::List out(a[0].list->rbegin(), a[0].list->rend());
      return Value::MakeList(std::move(out));
    }
    if (a[0].type != T::kString) return TypeError(ctx, e, absl::StrCat(f, "() expects a string"));
    std::string s = a[0].s;
    if (f == "tolower") return Value::String(absl::AsciiStrToLower(s));
    if (f == "toupper") return Value::String(absl::AsciiStrToUpper(s));
    if (f == "trim") return Value::String(std::string(absl::StripAsciiWhitespace(s)));
    if (f == "ltrim") return Value::String(std::string(absl::StripLeadingAsciiWhitespace(s)));
    if (f == "rtrim") return Value::String(std::string(absl::StripTrailingAsciiWhitespace(s)));
    std::reverse(s.begin(), s.end());
    return Value::String(s);
  }
  if (f == "size" || f == "length") {
    if (!need(1)) return Value();
    const Value& v = a[0];
    if (v.is_null()) return Value();
    if (v.type == T::kString) {
      int64_t n = 0;
      for (unsigned char c : v.s)
        if ((c & 0xC0) != 0x80) ++n;
      return Value::Int(n);
    }
    if (v.type == T::kList) return Value::Int(static_cast<int64_t>(v.list->size()));
    if (v.type == T::kPath) return Value::Int(static_cast<int64_t>(v.list->size() / 2));
    if (v.type == T::kMap) return Value::Int(static_cast<int64_t>(v.map->size()));
    return TypeError(ctx, e, absl::StrCat(f, "() expects a string, a list or a path"));
  }
  if (f == "id") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kNode) return TypeError(ctx, e, "id() expects a node");
    return Value::Int(static_cast<int64_t>(a[0].id));
  }
  if (f == "labels") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    auto n = node_of(a[0]);
    if (!n) return a[0].type == T::kNode ? Value() : TypeError(ctx, e, "labels() expects a node");
    Value::List out;
    for (auto& l : NodeLabels(*n)) out.push_back(Value::String(l));
    return Value::MakeList(std::move(out));
  }
  if (f == "type") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kRelationship) return TypeError(ctx, e, "type() expects a relationship");
    return Value::String(a[0].s);
  }
  if (f == "startnode" || f == "endnode") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kRelationship) return TypeError(ctx, e, absl::StrCat(f, "() expects a relationship"));
    return Value::Node(f == "startnode" ? a[0].id : a[0].to);
  }
  if (f == "nodes" || f == "relationships" || f == "rels") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kPath) return TypeError(ctx, e, absl::StrCat(f, "() expects a path"));
    Value::List out;
    for (const auto& item : *a[0].list)
      if ((item.type == T::kNode) == (f == "nodes")) out.push_back(item);
    return Value::MakeList(std::move(out));
  }
  if (f == "keys" || f == "properties") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    static const char* kActor[] = {"id", "name", "kind", "aliases", "iso3", "cameo", "roles", "affiliations", "mentions"};
    static const char* kEvent[] = {"id", "class", "cameo", "polarity", "modality", "asserted", "date",
                                   "trigger", "target_phrase", "source_phrase", "sentence", "doc", "rule",
                                   "confidence"};
    static const char* kDoc[] = {"id", "name", "title", "date", "source", "path"};
    Value::List keys;
    Value::Map props;
    if (a[0].type == T::kMap) {
      for (const auto& [k, v] : *a[0].map) {
        keys.push_back(Value::String(k));
        props.emplace_back(k, v);
      }
    } else if (auto n = node_of(a[0])) {
      auto add = [&](const char* const* names, size_t count) {
        for (size_t k = 0; k < count; ++k) {
          Value v = NodeProperty(*n, names[k]);
          if (v.is_null()) continue;
          keys.push_back(Value::String(names[k]));
          props.emplace_back(names[k], v);
        }
      };
      if (n->kind == graph::NodeKind::kActor) add(kActor, std::size(kActor));
      else if (n->kind == graph::NodeKind::kEvent) add(kEvent, std::size(kEvent));
      else add(kDoc, std::size(kDoc));
    } else if (a[0].type != T::kRelationship) {
      return TypeError(ctx, e, absl::StrCat(f, "() expects a node, a relationship or a map"));
    }
    return f == "keys" ? Value::MakeList(std::move(keys)) : Value::MakeMap(std::move(props));
  }
  if (f == "head" || f == "last" || f == "tail") {
    if (!need(1)) return Value();
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kList) return TypeError(ctx, e, absl::StrCat(f, "() expects a list"));
    const auto& l = *a[0].list;
    if (f == "tail") return Value::MakeList(l.empty() ? Value::List() : Value::List(l.begin() + 1, l.end()));
    if (l.empty()) return Value();
    return f == "head" ? l.front() : l.back();
  }
  if (f == "tostring") {
    if (!need(1)) return Value();
    const Value& v = a[0];
    if (v.type == T::kString || v.is_null()) return v;
    if (v.type == T::kInt) return Value::String(absl::StrCat(v.i));
    if (v.type == T::kDouble) return Value::String(absl::StrCat(v.d));
    if (v.type == T::kBool) return Value::String(v.b ? "true" : "false");
    return TypeError(ctx, e, "toString() expects a number, a boolean or a string");
  }
  if (f == "tointeger" || f == "tofloat") {
    if (!need(1)) return Value();
    const Value& v = a[0];
    if (v.is_null()) return v;
    double d;
    if (v.type == T::kInt) d = static_cast<double>(v.i);
    else if (v.type == T::kDouble) d = v.d;
    else if (v.type == T::kString) {
      if (f == "tointeger") {
        int64_t i;
        if (absl::SimpleAtoi(v.s, &i)) return Value::Int(i);
      }
      if (!absl::SimpleAtod(v.s, &d)) return Value();
    } else return TypeError(ctx, e, absl::StrCat(f, "() expects a number or a string"));
    if (f == "tofloat") return Value::Double(d);
    if (v.type == T::kInt) return v;
    if (!std::isfinite(d) || std::fabs(d) > 9.2e18) return Value();
    return Value::Int(static_cast<int64_t>(d));
  }
  if (f == "abs") {
    if (!need(1)) return Value();
    if (a[0].type == T::kInt) return Value::Int(a[0].i < 0 && a[0].i != INT64_MIN ? -a[0].i : a[0].i);
    if (a[0].type == T::kDouble) return Value::Double(std::fabs(a[0].d));
    return a[0].is_null() ? Value() : TypeError(ctx, e, "abs() expects a number");
  }
  if (f == "replace") {
    if (!need(3)) return Value();
    if (a[0].is_null() || a[1].is_null() || a[2].is_null()) return Value();
    if (a[0].type != T::kString || a[1].type != T::kString || a[2].type != T::kString)
      return TypeError(ctx, e, "replace() expects strings");
    if (a[1].s.empty()) return a[0];
    std::string out;
    const std::string& s = a[0].s;
    size_t pos = 0;
    while (true) {
      size_t at = s.find(a[1].s, pos);
      if (at == std::string::npos) break;
      out.append(s, pos, at - pos);
      out.append(a[2].s);
      pos = at + a[1].s.size();
    }
    out.append(s, pos, std::string::npos);
    return Value::String(out);
  }
  if (f == "split") {
    if (!need(2)) return Value();
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (a[0].type != T::kString || a[1].type != T::kString) return TypeError(ctx, e, "split() expects strings");
    Value::List out;
    if (a[1].s.empty()) {
      for (char c : a[0].s) out.push_back(Value::String(std::string(1, c)));
    } else {
      for (absl::string_view part : absl::StrSplit(a[0].s, a[1].s)) out.push_back(Value::String(std::string(part)));
    }
    return Value::MakeList(std::move(out));
  }
  if (f == "substring" || f == "left" || f == "right") {
    if (a.size() < 2 || a.size() > 3) return TypeError(ctx, e, absl::StrCat(f, "() takes 2 or 3 arguments"));
    if (a[0].is_null()) return Value();
    if (a[0].type != T::kString || a[1].type != T::kInt || (a.size() == 3 && a[2].type != T::kInt))
      return TypeError(ctx, e, absl::StrCat(f, "() expects a string and integers"));
    int64_t n = static_cast<int64_t>(a[0].s.size());
    if (f == "left") return Value::String(a[0].s.substr(0, static_cast<size_t>(std::clamp<int64_t>(a[1].i, 0, n))));
    if (f == "right") {
      int64_t k = std::clamp<int64_t>(a[1].i, 0, n);
      return Value::String(a[0].s.substr(static_cast<size_t>(n - k)));
    }
    int64_t start = std::clamp<int64_t>(a[1].i, 0, n);
    int64_t len = a.size() == 3 ? std::clamp<int64_t>(a[2].i, 0, n - start) : n - start;
    return Value::String(a[0].s.substr(static_cast<size_t>(start), static_cast<size_t>(len)));
  }
  if (f == "range") {
    if (a.size() < 2 || a.size() > 3) return TypeError(ctx, e, "range() takes 2 or 3 arguments");
    for (auto& v : a)
      if (v.type != T::kInt) return TypeError(ctx, e, "range() expects integers");
    int64_t step = a.size() == 3 ? a[2].i : 1;
    if (step == 0) return TypeError(ctx, e, "range() step must not be 0");
    Value::List out;
    for (int64_t i = a[0].i; step > 0 ? i <= a[1].i : i >= a[1].i; i += step) {
      if (out.size() >= ctx.options.max_rows) return TypeError(ctx, e, "range() longer than --max-rows");
      out.push_back(Value::Int(i));
    }
    return Value::MakeList(std::move(out));
  }
  if (f == "exists") {
    if (!need(1)) return Value();
    return Value::Bool(!a[0].is_null());
  }
  if (f == "count" || f == "collect" || f == "sum" || f == "avg" || f == "min" || f == "max")
    return TypeError(ctx, e, absl::StrCat(f, "() is an aggregate: use it in RETURN or WITH"));
  return TypeError(ctx, e, absl::StrCat("unknown function ", e.name, "()"));
}

}  // namespace

Value Eval(const Expr& e, Row& row, ExecContext& ctx) {
  switch (e.kind) {
    case Expr::Kind::kLiteral: return e.value;
    case Expr::Kind::kParam: {
      auto it = ctx.params.find(e.name);
      if (it == ctx.params.end())
        return TypeError(ctx, e, absl::StrCat("missing parameter $", e.name, " (give it with --param ", e.name, "=VALUE)"));
      return it->second;
    }
    case Expr::Kind::kVariable:
    case Expr::Kind::kSlot:
      if (e.slot < 0 || static_cast<size_t>(e.slot) >= row.size()) return TypeError(ctx, e, "unresolved variable");
      return row[e.slot];
    case Expr::Kind::kProperty: {
      Value base = Eval(*e.args[0], row, ctx);
      if (base.is_null()) return Value();
      if (base.type == T::kMap) {
        const Value* v = base.Find(e.name);
        return v ? *v : Value();
      }
      if (base.type == T::kNode) {
        auto n = ctx.reader.Get(base.id, &ctx.status);
        if (!n) return Value();
        return NodeProperty(*n, e.name);
      }
      if (base.type == T::kRelationship) {
        if (e.name == "type") return Value::String(base.s);
        return Value();
      }
      return TypeError(ctx, e, "property access on a value that is not a node or a map");
    }
    case Expr::Kind::kIndex: {
      Value base = Eval(*e.args[0], row, ctx);
      Value index = Eval(*e.args[1], row, ctx);
      if (base.is_null() || index.is_null()) return Value();
      if (base.type == T::kList) {
        if (index.type != T::kInt) return TypeError(ctx, e, "list index must be an integer");
        int64_t n = static_cast<int64_t>(base.list->size());
        int64_t i = index.i < 0 ? index.i + n : index.i;
        if (i < 0 || i >= n) return Value();
        return (*base.list)[static_cast<size_t>(i)];
      }
      if (index.type == T::kString) {
        if (base.type == T::kMap) {
          const Value* v = base.Find(index.s);
          return v ? *v : Value();
        }
        if (base.type == T::kNode) {
          auto n = ctx.reader.Get(base.id, &ctx.status);
          return n ? NodeProperty(*n, index.s) : Value();
        }
      }
      return TypeError(ctx, e, "cannot index this value");
    }
    case Expr::Kind::kSlice: {
      Value base = Eval(*e.args[0], row, ctx);
      if (base.is_null()) return Value();
      if (base.type != T::kList) return TypeError(ctx, e, "slice of a value that is not a list");
      int64_t n = static_cast<int64_t>(base.list->size());
      int64_t from = 0, to = n;
      if (e.args[1]) {
        Value v = Eval(*e.args[1], row, ctx);
        if (v.is_null()) return Value();
        if (v.type != T::kInt) return TypeError(ctx, e, "slice bounds must be integers");
        from = ClampIndex(v.i, n);
      }
      if (e.args[2]) {
        Value v = Eval(*e.args[2], row, ctx);
        if (v.is_null()) return Value();
        if (v.type != T::kInt) return TypeError(ctx, e, "slice bounds must be integers");
        to = ClampIndex(v.i, n);
      }
      if (to < from) to = from;
      return Value::MakeList(Value::List(base.list->begin() + from, base.list->begin() + to));
    }
    case Expr::Kind::kList: {
      Value::List out;
      for (const auto& a : e.args) out.push_back(Eval(*a, row, ctx));
      return Value::MakeList(std::move(out));
    }
    case Expr::Kind::kMap: {
      Value::Map out;
      for (size_t k = 0; k < e.args.size(); ++k) out.emplace_back(e.keys[k], Eval(*e.args[k], row, ctx));
      return Value::MakeMap(std::move(out));
    }
    case Expr::Kind::kFunction: return CallFunction(e, row, ctx);
    case Expr::Kind::kCountStar: return TypeError(ctx, e, "count(*) is an aggregate: use it in RETURN or WITH");
    case Expr::Kind::kNot: {
      Value v = Eval(*e.args[0], row, ctx);
      if (v.is_null()) return v;
      if (v.type != T::kBool) return TypeError(ctx, e, "NOT expects a boolean");
      return Value::Bool(!v.b);
    }
    case Expr::Kind::kNegate: {
      Value v = Eval(*e.args[0], row, ctx);
      if (v.is_null()) return v;
      if (v.type == T::kInt) {
        if (v.i == INT64_MIN) return TypeError(ctx, e, "integer overflow");
        return Value::Int(-v.i);
      }
      if (v.type == T::kDouble) return Value::Double(-v.d);
      return TypeError(ctx, e, "'-' expects a number");
    }
    case Expr::Kind::kBinary: {
      const std::string& op = e.op;
      if (op == "AND" || op == "OR" || op == "XOR") {
        Value a = Eval(*e.args[0], row, ctx);
        if (!a.is_null() && a.type != T::kBool) return TypeError(ctx, e, absl::StrCat(op, " expects booleans"));
        if (op == "AND" && a.type == T::kBool && !a.b) return Value::Bool(false);
        if (op == "OR" && a.type == T::kBool && a.b) return Value::Bool(true);
        Value b = Eval(*e.args[1], row, ctx);
        if (!b.is_null() && b.type != T::kBool) return TypeError(ctx, e, absl::StrCat(op, " expects booleans"));
        if (op == "AND") {
          if (b.type == T::kBool && !b.b) return Value::Bool(false);
          if (a.is_null() || b.is_null()) return Value();
          return Value::Bool(true);
        }
        if (op == "OR") {
          if (b.type == T::kBool && b.b) return Value::Bool(true);
          if (a.is_null() || b.is_null()) return Value();
          return Value::Bool(false);
        }
        if (a.is_null() || b.is_null()) return Value();
        return Value::Bool(a.b != b.b);
      }
      Value a = Eval(*e.args[0], row, ctx);
      Value b = Eval(*e.args[1], row, ctx);
      if (op == "=") return Equals(a, b);
      if (op == "<>") {
        Value r = Equals(a, b);
        return r.is_null() ? r : Value::Bool(!r.b);
      }
      if (op == "<" || op == "<=" || op == ">" || op == ">=") return Compare(op, a, b);
      if (op == "IN") {
        if (b.is_null()) return Value();
        if (b.type != T::kList) return TypeError(ctx, e, "IN expects a list on its right");
        bool saw_null = false;
        for (const auto& x : *b.list) {
          Value r = Equals(a, x);
          if (r.is_null()) saw_null = true;
          else if (r.b) return Value::Bool(true);
        }
        return saw_null ? Value() : Value::Bool(false);
      }
      if (op == "STARTS WITH" || op == "ENDS WITH" || op == "CONTAINS") {
        if (a.type != T::kString || b.type != T::kString) return Value();
        if (op == "STARTS WITH") return Value::Bool(absl::StartsWith(a.s, b.s));
        if (op == "ENDS WITH") return Value::Bool(absl::EndsWith(a.s, b.s));
        return Value::Bool(absl::StrContains(a.s, b.s));
      }
      if (op == "=~") {
        if (a.type != T::kString || b.type != T::kString) return Value();
        try {
          std::regex re(b.s);
          return Value::Bool(std::regex_match(a.s, re));
        } catch (const std::exception&) {
          return TypeError(ctx, e, "invalid regular expression");
        }
      }
      return Arithmetic(e, op, a, b, ctx);
    }
    case Expr::Kind::kIsNull: return Value::Bool(Eval(*e.args[0], row, ctx).is_null());
    case Expr::Kind::kIsNotNull: return Value::Bool(!Eval(*e.args[0], row, ctx).is_null());
    case Expr::Kind::kHasLabels: {
      Value v = Eval(*e.args[0], row, ctx);
      if (v.is_null()) return Value();
      if (v.type != T::kNode) return TypeError(ctx, e, "a label test needs a node");
      auto n = ctx.reader.Get(v.id, &ctx.status);
      if (!n) return Value::Bool(false);
      for (const auto& l : e.keys)
        if (!NodeHasLabel(*n, l)) return Value::Bool(false);
      return Value::Bool(true);
    }
    case Expr::Kind::kCase: {
      size_t k = 1;
      size_t end = e.args.size() - (e.has_else ? 1 : 0);
      if (e.args[0]) {
        Value subject = Eval(*e.args[0], row, ctx);
        for (; k < end; k += 2) {
          Value w = Eval(*e.args[k], row, ctx);
          Value r = Equals(subject, w);
          if (IsTrue(r)) return Eval(*e.args[k + 1], row, ctx);
        }
      } else {
        for (; k < end; k += 2) {
          if (IsTrue(Eval(*e.args[k], row, ctx))) return Eval(*e.args[k + 1], row, ctx);
        }
      }
      return e.has_else ? Eval(*e.args.back(), row, ctx) : Value();
    }
    case Expr::Kind::kExists: return Value::Bool(RunExists(e, row, ctx));
    case Expr::Kind::kComprehension: {
      Value list = Eval(*e.args[0], row, ctx);
      if (list.is_null()) return Value();
      if (list.type != T::kList) return TypeError(ctx, e, "a list comprehension needs a list after IN");
      Value saved = row[e.slot];
      Value::List out;
      for (const auto& item : *list.list) {
        row[e.slot] = item;
        if (e.args[1] && !IsTrue(Eval(*e.args[1], row, ctx))) continue;
        out.push_back(e.args[2] ? Eval(*e.args[2], row, ctx) : item);
      }
      row[e.slot] = saved;
      return Value::MakeList(std::move(out));
    }
  }
  return Value();
}

}  // namespace kg::query
