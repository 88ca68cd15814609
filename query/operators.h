// Internal to query/: the operators of a plan (see plan.h).
#ifndef KG_QUERY_OPERATORS_H_
#define KG_QUERY_OPERATORS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "query/plan.h"

namespace kg::query {

// Labels and property equalities a node pattern puts on the node it binds.
struct NodeCheck {
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, ExprPtr>> properties;
  std::string var;
  bool empty() const { return labels.empty() && properties.empty(); }
  // False when the node does not fit (or on error, recorded in ctx).
  bool Passes(uint64_t id, Row& row, ExecContext& ctx) const;
  std::string Text() const;
};

// Relationship types and direction of an expansion.
struct RelSpec {
  std::vector<EdgeType> types;  // empty: any
  RelPattern::Direction direction = RelPattern::Direction::kRight;  // as seen from the bound node
  std::string Text(const std::string& from, const std::string& to, const std::string& var,
                   const std::string& range) const;
};

// Calls fn(neighbour, relationship) for each edge of `node` that fits; false from fn stops.
bool ForNeighbours(ExecContext& ctx, uint64_t node, const RelSpec& spec,
                   const std::function<bool(uint64_t, const Value&)>& fn);

class ScanOp : public Op {
 public:
  enum class Kind { kAll, kActors, kEvents, kDocuments, kById, kByName, kByClass };
  Kind kind = Kind::kAll;
  ExprPtr arg;                       // ids, names or class
  std::optional<EventClass> event_class;
  bool names_may_be_documents = true;
  bool names_may_be_actors = true;
  int slot = -1;
  NodeCheck check;
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  bool Offer(uint64_t id, Row& row);
};

class ExpandOp : public Op {
 public:
  int from = -1, to = -1, rel = -1;
  bool into = false;  // `to` already bound: check it
  RelSpec spec;
  std::vector<std::pair<std::string, ExprPtr>> rel_properties;
  std::vector<int> distinct_from;  // relationship slots this one must differ from
  NodeCheck check;
  std::string text;
  bool Push(Row& row) override;
  std::string Describe() const override { return absl::StrCat(into ? "ExpandInto " : "Expand ", text); }
};

class VarExpandOp : public Op {
 public:
  int from = -1, to = -1, rel = -1;  // rel: list of relationships, or -1
  bool into = false;
  RelSpec spec;
  int min_hops = 1, max_hops = 1;
  NodeCheck check;
  std::string text;
  bool Push(Row& row) override;
  std::string Describe() const override {
    return absl::StrCat(into ? "VarLengthExpandInto " : "VarLengthExpand ", text, " (depth-first, no edge twice)");
  }

 private:
  bool Walk(uint64_t node, int depth, Row& row);
  std::vector<Value> path_;
  bool stop_ = false;
};

class ShortestPathOp : public Op {
 public:
  int from = -1, to = -1, path = -1, rel = -1;
  bool all = false;
  RelSpec spec;
  int min_hops = 1, max_hops = 15;
  std::string text;
  bool Push(Row& row) override;
  std::string Describe() const override {
    return absl::StrCat(all ? "AllShortestPaths " : "ShortestPath ", text, " (bidirectional breadth-first)");
  }
};

// Binds a path variable from the node and relationship slots of a pattern.
class PathOp : public Op {
 public:
  int path = -1;
  std::vector<int> nodes;
  std::vector<int> rels;
  std::vector<bool> rel_is_list;
  std::string name;
  bool Push(Row& row) override;
  std::string Describe() const override { return absl::StrCat("BindPath ", name); }
};

class FilterOp : public Op {
 public:
  ExprPtr predicate;
  bool Push(Row& row) override;
  std::string Describe() const override { return absl::StrCat("Filter ", predicate->text); }
};

class OptionalOp : public Op {
 public:
  Op* inner = nullptr;
  std::vector<int> new_slots;
  bool matched = false;
  bool Push(Row& row) override;
  std::string Describe() const override { return "Optional (nulls when the inner pipeline finds nothing)"; }
  const Op* Inner() const override { return inner; }
};

class OptionalTailOp : public Op {
 public:
  OptionalOp* owner = nullptr;
  bool Push(Row& row) override {
    owner->matched = true;
    return owner->next->Push(row);
  }
  std::string Describe() const override { return "(end of optional)"; }
};

class ExistsTailOp : public Op {
 public:
  bool* found = nullptr;
  bool Push(Row&) override {
    *found = true;
    return false;
  }
  std::string Describe() const override { return "(exists: stop at the first row)"; }
};

class UnwindOp : public Op {
 public:
  ExprPtr list;
  int slot = -1;
  std::string alias;
  bool Push(Row& row) override;
  std::string Describe() const override { return absl::StrCat("Unwind ", list->text, " AS ", alias); }
};

class ProjectOp : public Op {
 public:
  std::vector<ExprPtr> exprs;
  std::vector<int> slots;
  std::vector<std::string> names;
  bool Push(Row& row) override;
  std::string Describe() const override;
};

struct AggregateSpec {
  std::string function;  // count, collect, sum, avg, min, max; "count*" for count(*)
  bool distinct = false;
  ExprPtr arg;
  int slot = -1;
  std::string text;
};

class AggregateOp : public Op {
 public:
  std::vector<ExprPtr> keys;
  std::vector<int> key_slots;
  std::vector<AggregateSpec> aggregates;
  std::vector<ExprPtr> post;  // items with aggregates, evaluated on the group row
  std::vector<int> post_slots;
  std::vector<std::string> names;
  int num_slots = 0;
  bool Push(Row& row) override;
  bool Finish() override;
  std::string Describe() const override;

 private:
  struct Acc {
    int64_t count = 0;
    double sum = 0;
    int64_t isum = 0;
    bool is_double = false;
    bool overflow = false;
    Value best;
    Value::List list;
    absl::flat_hash_set<std::string> seen;
  };
  struct Group {
    std::vector<Value> key;
    std::vector<Acc> accs;
  };
  absl::flat_hash_map<std::string, size_t> index_;
  std::vector<Group> groups_;
  size_t held_ = 0;
};

class DistinctOp : public Op {
 public:
  std::vector<int> slots;
  bool Push(Row& row) override;
  std::string Describe() const override { return "Distinct"; }

 private:
  absl::flat_hash_set<std::string> seen_;
};

class SortOp : public Op {
 public:
  std::vector<ExprPtr> keys;
  std::vector<bool> descending;
  std::vector<int> keep;  // the slots later operators read (only these are held)
  int num_slots = 0;
  int64_t top = -1;       // SKIP + LIMIT that follows, when known: keep only that many rows
  std::string text;
  bool Push(Row& row) override;
  bool Finish() override;
  std::string Describe() const override {
    return absl::StrCat(top >= 0 ? absl::StrCat("Top ", top, " by ") : "Sort ", text);
  }

 private:
  struct Held {
    std::vector<Value> keys;
    Row row;
    uint64_t seq;
  };
  bool Less(const Held& a, const Held& b) const;
  void Trim();
  std::vector<Held> rows_;
  uint64_t seq_ = 0;
};

class SkipLimitOp : public Op {
 public:
  int64_t skip = 0;
  int64_t limit = -1;
  bool Push(Row& row) override;
  std::string Describe() const override;

 private:
  int64_t seen_ = 0;
  int64_t emitted_ = 0;
};

class ResultOp : public Op {
 public:
  std::vector<int> slots;
  std::vector<std::string> columns;
  std::vector<std::vector<Value>>* rows = nullptr;
  bool Push(Row& row) override;
  bool Finish() override { return true; }
  std::string Describe() const override;
};

}  // namespace kg::query

#endif  // KG_QUERY_OPERATORS_H_
