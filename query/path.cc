// FindPaths: the shortest connections between two actors, one row per step.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "query/ask_internal.h"
#include "query/query.h"
#include "query/status_macros.h"

namespace kg::query {

std::string PathCypher(const std::vector<std::string>& from, const std::vector<std::string>& to, int max_hops) {
  auto list = [](const std::vector<std::string>& names) {
    std::vector<std::string> quoted;
    for (const auto& n : names) quoted.push_back(QuoteCypher(n));
    return absl::StrCat("[", absl::StrJoin(quoted, ", "), "]");
  };
  return absl::StrCat("MATCH (a:Actor) WHERE a.name IN ", list(from), "\n", "MATCH (b:Actor) WHERE b.name IN ",
                      list(to), " AND b <> a\n",
                      "MATCH p = allShortestPaths((a)-[:SOURCE|TARGET|CONTENT|MEMBER_OF*..", max_hops, "]-(b))\n",
                      "RETURN p ORDER BY length(p) LIMIT 10");
}

absl::StatusOr<Table> FindPaths(const graph::Store& store, absl::string_view from_actor, absl::string_view to_actor,
                                int max_hops) {
  if (max_hops < 1 || max_hops > 15)
    return absl::InvalidArgumentError(absl::StrCat("--max-hops must be between 1 and 15, not ", max_hops));
  KGQ_ASSIGN_OR_RETURN(std::vector<std::string> from, ActorNames(store, std::string(from_actor)));
  KGQ_ASSIGN_OR_RETURN(std::vector<std::string> to, ActorNames(store, std::string(to_actor)));
  std::string cypher = PathCypher(from, to, max_hops);
  KGQ_ASSIGN_OR_RETURN(Table paths, RunCypher(store, cypher, QueryOptions()));
  Table out;
  out.columns = {"path", "step", "node", "edge", "evidence", "doc"};
  out.explain = cypher;
  int64_t path_index = 0;
  for (const auto& row : paths.rows) {
    if (row.empty() || row[0].type != Value::Type::kPath || !row[0].list) continue;
    ++path_index;
    const auto& items = *row[0].list;
    int64_t step = 0;
    for (size_t k = 0; k < items.size(); k += 2) {
      const Value& node = items[k];
      std::string edge;
      if (k + 1 < items.size()) {
        const Value& rel = items[k + 1];
        bool forward = rel.id == node.id;
        edge = forward ? absl::StrCat("-[:", rel.s, "]->") : absl::StrCat("<-[:", rel.s, "]-");
      }
      Value evidence, doc;
      if (const Value* cls = node.Find("class")) {
        (void)cls;
        if (const Value* s = node.Find("sentence")) evidence = *s;
        if (const Value* d = node.Find("doc")) doc = *d;
      }
      out.rows.push_back({Value::Int(path_index), Value::Int(step++), node, Value::String(edge), evidence, doc});
    }
  }
  if (out.rows.empty())
    return absl::NotFoundError(absl::StrCat("no connection between '", from_actor, "' and '", to_actor, "' within ",
                                            max_hops, " hops"));
  return out;
}

}  // namespace kg::query
