// The query engine of kg: a read-only openCypher subset over the graph store (RunCypher), a
// small question grammar that compiles English questions to that Cypher (Ask), shortest
// connections between two actors (FindPaths), and the rendering of result tables (FormatTable).
// It only reads a graph::Store; it never writes one, parses no articles and opens no files
// other than the event lexicon (data/events.tsv) that Ask reads. See query/README.md for the
// graph model (labels, relationship types, properties) and the Cypher it understands.
#ifndef KG_QUERY_QUERY_H_
#define KG_QUERY_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "graph/store.h"

namespace kg::query {

// A value of a result (or of an expression while a query runs). Nodes are references by id (the
// top byte of the id tells actor, event or document); when they leave RunCypher they carry their
// rendered properties in `map` (an actor: name, aliases, affiliations, kind, id) and a display
// string in `s` (an actor's name, a document's name, an event's class and trigger).
// Relationships keep `id` = from node, `to` = to node, `s` = type name. A path is a `list` of
// alternating nodes and relationships.
struct Value {
  enum class Type { kNull, kBool, kInt, kDouble, kString, kList, kMap, kNode, kRelationship, kPath };
  using List = std::vector<Value>;
  using Map = std::vector<std::pair<std::string, Value>>;  // keeps insertion order

  Type type = Type::kNull;
  bool b = false;
  int64_t i = 0;
  double d = 0;
  std::string s;
  std::shared_ptr<const List> list;
  std::shared_ptr<const Map> map;
  uint64_t id = 0;  // node id; a relationship's from node
  uint64_t to = 0;  // a relationship's to node

  static Value Null() { return Value(); }
  static Value Bool(bool v);
  static Value Int(int64_t v);
  static Value Double(double v);
  static Value String(std::string v);
  static Value MakeList(List v);
  static Value MakeMap(Map v);
  static Value Node(uint64_t id);
  static Value Relationship(uint64_t from, uint64_t to, std::string type);
  static Value Path(List alternating);

  bool is_null() const { return type == Type::kNull; }
  // Map entry or null.
  const Value* Find(absl::string_view key) const;
};

bool operator==(const Value& a, const Value& b);  // structural; nodes by id
inline bool operator!=(const Value& a, const Value& b) { return !(a == b); }

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  std::string explain;  // the plan (RunCypher) or the Cypher and its plan (Ask) when asked
};

struct QueryOptions {
  size_t max_rows = 1'000'000;  // cap on result rows and on rows held by any operator
  std::map<std::string, std::string> params;  // $name -> value (numbers and true/false typed)
  bool explain = false;  // plan only: fill Table::explain, run nothing
};

// Runs one read-only Cypher query. InvalidArgumentError "line L, column C: expected ..." for a
// syntax error or an unknown variable; ResourceExhaustedError when an operator would hold more
// than max_rows rows.
absl::StatusOr<Table> RunCypher(const graph::Store& store, absl::string_view text,
                                const QueryOptions& options);

// Answers an English question by compiling it to Cypher and running that. With
// options.explain, Table::explain holds the Cypher (and its plan) and nothing runs.
// InvalidArgumentError listing the forms it can read when it cannot read the question.
absl::StatusOr<Table> Ask(const graph::Store& store, absl::string_view question,
                          const QueryOptions& options);
// The Cypher a question compiles to (what Ask runs), or the same error as Ask.
absl::StatusOr<std::string> QuestionToCypher(const graph::Store& store, absl::string_view question);

// Shortest connections between the actors named `from_actor` and `to_actor` (by name or alias,
// every actor of that name), through any edges in either direction, at most `max_hops` edges.
// One row per path; columns: path (index of the path), step, node, edge (type of the edge to
// the next node, "" at the end), evidence (the sentence of an event node), doc.
absl::StatusOr<Table> FindPaths(const graph::Store& store, absl::string_view from_actor,
                                absl::string_view to_actor, int max_hops);

enum class OutputFormat { kTable, kJson, kCsv, kJsonl };
// kTable: aligned text; kJson: an array of objects, one per row; kCsv: RFC 4180 with a header;
// kJsonl: one object a line. Nodes render as objects in JSON and as their display name in text.
// A table with no columns and an explain text renders as that text.
std::string FormatTable(const Table& table, OutputFormat format);

}  // namespace kg::query

#endif  // KG_QUERY_QUERY_H_
