// Internal to query/: the physical plan. A plan is a chain of push-based operators: each takes a
// row, binds its own slots and pushes the row on (streaming); aggregation and sorting hold rows
// until Finish(). Push() returns false to stop everything upstream (a LIMIT reached, an error).
#ifndef KG_QUERY_PLAN_H_
#define KG_QUERY_PLAN_H_

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "query/engine.h"

namespace kg::query {

class Op {
 public:
  virtual ~Op() = default;
  virtual bool Push(Row& row) = 0;
  virtual bool Finish() { return next ? next->Finish() : true; }
  virtual std::string Describe() const = 0;
  // A nested pipeline (OPTIONAL MATCH) for EXPLAIN.
  virtual const Op* Inner() const { return nullptr; }

  Op* next = nullptr;
  ExecContext* ctx = nullptr;
};

struct SubPlan {
  Op* head = nullptr;
  bool found = false;
  std::string text;
};

class Plan {
 public:
  std::vector<std::unique_ptr<Op>> ops;
  Op* head = nullptr;
  std::deque<SubPlan> subplans;  // a deque: operators keep pointers to its elements
  int num_slots = 0;
  std::vector<std::string> columns;
  std::vector<int> column_slots;
  std::vector<std::vector<Value>>* sink = nullptr;

  std::string Explain() const;
};

// Builds the plan of a parsed query; its operators run in `ctx` (parameters are read from it).
absl::StatusOr<std::unique_ptr<Plan>> BuildPlan(Query& query, ExecContext* ctx);
// Runs the EXISTS sub-plan of `e` for one row.
bool RunExists(const Expr& e, Row& row, ExecContext& ctx);

}  // namespace kg::query

#endif  // KG_QUERY_PLAN_H_
