// Internal to query/: what the operators of a running query share (the store reader with its
// node cache, parameters, limits, the first error) and expression evaluation.
#ifndef KG_QUERY_ENGINE_H_
#define KG_QUERY_ENGINE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "graph/ids.h"
#include "graph/store.h"
#include "query/cypher_ast.h"
#include "query/query.h"

namespace kg::query {

using Row = std::vector<Value>;

// A node as the store holds it (documents without their text).
struct NodeData {
  graph::NodeKind kind = graph::NodeKind::kActor;
  Actor actor;
  Event event;
  Document document;
  std::string doc_name;  // events: name of the document they were read from
};

// Reads nodes through a bounded cache.
class GraphReader {
 public:
  explicit GraphReader(const graph::Store& store) : store_(store) {}
  const graph::Store& store() const { return store_; }
  // Null when the id names no node (or on error, which is then in *status).
  std::shared_ptr<const NodeData> Get(uint64_t id, absl::Status* status);
  std::string DocumentName(uint64_t doc_id, absl::Status* status);

 private:
  const graph::Store& store_;
  absl::flat_hash_map<uint64_t, std::shared_ptr<const NodeData>> cache_;
  absl::flat_hash_map<uint64_t, std::string> doc_names_;
};

class Plan;

struct ExecContext {
  ExecContext(const graph::Store& s, const QueryOptions& o) : reader(s), options(o) {}
  GraphReader reader;
  const QueryOptions& options;
  absl::flat_hash_map<std::string, Value> params;
  absl::Status status;
  uint64_t work = 0;
  uint64_t work_limit = 0;
  Plan* plan = nullptr;  // for EXISTS sub-plans

  bool ok() const { return status.ok(); }
  // Records the first error; returns false so that callers can `return ctx.Fail(...)`.
  bool Fail(absl::Status s) {
    if (status.ok()) status = std::move(s);
    return false;
  }
  // Counts units of work (edges read, rows scanned); false (with an error) past the limit.
  bool Tick(uint64_t n = 1);
};

// Evaluates an expression on a row (Cypher semantics: null propagates, three-valued logic).
// Errors go to ctx.status and give null.
Value Eval(const Expr& e, Row& row, ExecContext& ctx);
// True only for boolean true.
bool IsTrue(const Value& v);
// Total order for ORDER BY (nulls last ascending).
int CompareForSort(const Value& a, const Value& b);
// A byte string equal for equal values (grouping and DISTINCT keys).
void AppendKey(const Value& v, std::string* out);
// Value of a property of a node (null when none).
Value NodeProperty(const NodeData& node, absl::string_view key);
// Labels of a node: {"Actor","Country"}, {"Event","DENY"}, {"Document"}.
std::vector<std::string> NodeLabels(const NodeData& node);
// Whether `label` (case and '_' insensitive) is one of the node's labels.
bool NodeHasLabel(const NodeData& node, absl::string_view label);
// Canonical label check: is this a label of the model at all?
bool IsKnownLabel(absl::string_view label);
std::optional<EdgeType> EdgeTypeFromName(absl::string_view name);
std::string EdgeTypeLabel(EdgeType type);
// Kind label of an actor kind: "Country", "ArmedGroup".
std::string KindLabel(ActorKind kind);
// Value from a --param string: numbers, true/false/null, JSON lists and maps, else a string.
Value ParamValue(const std::string& text);

}  // namespace kg::query

#endif  // KG_QUERY_ENGINE_H_
