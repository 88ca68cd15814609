// FormatTable: text, JSON, CSV and JSON-lines rendering of a result table.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "nlohmann/json.hpp"
#include "query/query.h"

namespace kg::query {
namespace {

using T = Value::Type;

std::string DoubleText(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.15g", d);
  std::string out = buffer;
  if (out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

std::string Text(const Value& v, bool quote_strings);

std::string NodeText(const Value& v) {
  if (!v.s.empty()) return v.s;
  return absl::StrCat("#", v.id);
}

std::string Text(const Value& v, bool quote_strings) {
  switch (v.type) {
    case T::kNull: return quote_strings ? "null" : "";
    case T::kBool: return v.b ? "true" : "false";
    case T::kInt: return absl::StrCat(v.i);
    case T::kDouble: return DoubleText(v.d);
    case T::kString: return quote_strings ? absl::StrCat("'", v.s, "'") : v.s;
    case T::kNode: return NodeText(v);
    case T::kRelationship: return absl::StrCat("[:", v.s, "]");
    case T::kList: {
      std::vector<std::string> parts;
      if (v.list)
        for (const auto& x : *v.list) parts.push_back(Text(x, true));
      return absl::StrCat("[", absl::StrJoin(parts, ", "), "]");
    }
    case T::kMap: {
      std::vector<std::string> parts;
      if (v.map)
        for (const auto& [k, x] : *v.map) parts.push_back(absl::StrCat(k, ": ", Text(x, true)));
      return absl::StrCat("{", absl::StrJoin(parts, ", "), "}");
    }
    case T::kPath: {
      std::string out;
      if (!v.list) return out;
      const auto& items = *v.list;
      for (size_t k = 0; k < items.size(); ++k) {
        const Value& item = items[k];
        if (item.type == T::kNode) {
          absl::StrAppend(&out, "(", NodeText(item), ")");
        } else if (item.type == T::kRelationship) {
          uint64_t prev = k > 0 ? items[k - 1].id : 0;
          bool forward = item.id == prev;
          absl::StrAppend(&out, forward ? "-[:" : "<-[:", item.s, forward ? "]->" : "]-");
        }
      }
      return out;
    }
  }
  return "";
}

nlohmann::json Json(const Value& v) {
  switch (v.type) {
    case T::kNull: return nullptr;
    case T::kBool: return v.b;
    case T::kInt: return v.i;
    case T::kDouble:
      if (std::isfinite(v.d)) return v.d;
      return DoubleText(v.d);
    case T::kString: return v.s;
    case T::kNode:
    case T::kMap: {
      nlohmann::json out = nlohmann::json::object();
      if (v.map) {
        for (const auto& [k, x] : *v.map) out[k] = Json(x);
      } else if (v.type == T::kNode) {
        out["id"] = v.id;
      }
      return out;
    }
    case T::kRelationship: {
      nlohmann::json out = nlohmann::json::object();
      out["type"] = v.s;
      out["from"] = v.id;
      out["to"] = v.to;
      return out;
    }
    case T::kList:
    case T::kPath: {
      nlohmann::json out = nlohmann::json::array();
      if (v.list)
        for (const auto& x : *v.list) out.push_back(Json(x));
      return out;
    }
  }
  return nullptr;
}

nlohmann::json RowJson(const Table& table, const std::vector<Value>& row) {
  nlohmann::json out = nlohmann::json::object();
  for (size_t c = 0; c < table.columns.size(); ++c)
    out[table.columns[c]] = c < row.size() ? Json(row[c]) : nlohmann::json(nullptr);
  return out;
}

std::string Dump(const nlohmann::json& j, int indent) {
  try {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (const std::exception&) {
    return "null";
  }
}

std::string CsvCell(const Value& v) {
  std::string text;
  if (v.type == T::kList || v.type == T::kMap) {
    text = Dump(Json(v), -1);
  } else {
    text = Text(v, false);
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// Display width in code points (UTF-8 continuation bytes do not count).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string OneLine(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

}  // namespace

std::string FormatTable(const Table& table, OutputFormat format) {
  if (table.columns.empty() && !table.explain.empty()) {
    if (format == OutputFormat::kJson || format == OutputFormat::kJsonl) {
      nlohmann::json j = nlohmann::json::object();
      j["explain"] = table.explain;
      return Dump(j, format == OutputFormat::kJson ? 2 : -1) + "\n";
    }
    std::string out = table.explain;
    if (out.empty() || out.back() != '\n') out.push_back('\n');
    return out;
  }
  switch (format) {
    case OutputFormat::kJson: {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& row : table.rows) out.push_back(RowJson(table, row));
      return Dump(out, 2) + "\n";
    }
    case OutputFormat::kJsonl: {
      std::string out;
      for (const auto& row : table.rows) absl::StrAppend(&out, Dump(RowJson(table, row), -1), "\n");
      return out;
    }
    case OutputFormat::kCsv: {
      std::vector<std::string> header;
      for (const auto& c : table.columns) header.push_back(CsvCell(Value::String(c)));
      std::string out = absl::StrCat(absl::StrJoin(header, ","), "\r\n");
      for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (size_t c = 0; c < table.columns.size(); ++c)
          cells.push_back(c < row.size() ? CsvCell(row[c]) : "");
        absl::StrAppend(&out, absl::StrJoin(cells, ","), "\r\n");
      }
      return out;
    }
    case OutputFormat::kTable: {
      constexpr size_t kMaxCell = 100;
      std::vector<std::vector<std::string>> cells;
      std::vector<size_t> widths;
      for (const auto& c : table.columns) widths.push_back(Width(c));
      for (const auto& row : table.rows) {
        std::vector<std::string> line;
        for (size_t c = 0; c < table.columns.size(); ++c) {
          std::string text = c < row.size() ? OneLine(Text(row[c], false)) : "";
          if (Width(text) > kMaxCell) {
            size_t cut = 0, n = 0;
            while (cut < text.size() && n < kMaxCell - 3) {
              ++cut;
              while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
              ++n;
            }
            text = text.substr(0, cut) + "...";
          }
          widths[c] = std::max(widths[c], Width(text));
          line.push_back(std::move(text));
        }
        cells.push_back(std::move(line));
      }
      auto pad = [](const std::string& s, size_t w) { return s + std::string(w - std::min(w, Width(s)), ' '); };
      std::string out;
      std::vector<std::string> head;
      for (size_t c = 0; c < table.columns.size(); ++c) head.push_back(pad(table.columns[c], widths[c]));
      absl::StrAppend(&out, absl::StrJoin(head, " | "), "\n");
      std::vector<std::string> rule;
      for (size_t w : widths) rule.push_back(std::string(w, '-'));
      absl::StrAppend(&out, absl::StrJoin(rule, "-+-"), "\n");
      for (const auto& line : cells) {
        std::vector<std::string> padded;
        for (size_t c = 0; c < line.size(); ++c) padded.push_back(pad(line[c], widths[c]));
        std::string text = absl::StrJoin(padded, " | ");
        while (!text.empty() && text.back() == ' ') text.pop_back();
        absl::StrAppend(&out, text, "\n");
      }
      absl::StrAppend(&out, "(", table.rows.size(), table.rows.size() == 1 ? " row)\n" : " rows)\n");
      return out;
    }
  }
  return "";
}

}  // namespace kg::query
