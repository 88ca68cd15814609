// Graph-internal status helpers: the early-return macros this Abseil (20220623) lacks. Not a
// public header of the store; other modules have their own.
#ifndef KG_GRAPH_STATUS_MACROS_H_
#define KG_GRAPH_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define KG_GRAPH_CONCAT_INNER(a, b) a##b
#define KG_GRAPH_CONCAT(a, b) KG_GRAPH_CONCAT_INNER(a, b)

// Returns the status of `expr` from the enclosing function when it is not OK.
#define KG_RETURN_IF_ERROR(expr)                        \
  do {                                                  \
    const absl::Status kg_graph_status_ = (expr);       \
    if (!kg_graph_status_.ok()) return kg_graph_status_; \
  } while (0)

// `lhs = value of expr` (a StatusOr), or returns its status from the enclosing function.
#define KG_ASSIGN_OR_RETURN(lhs, expr) \
  KG_GRAPH_ASSIGN_OR_RETURN_IMPL(KG_GRAPH_CONCAT(kg_graph_statusor_, __LINE__), lhs, expr)
#define KG_GRAPH_ASSIGN_OR_RETURN_IMPL(statusor, lhs, expr) \
  auto statusor = (expr);                                   \
  if (!statusor.ok()) return statusor.status();             \
  lhs = std::move(statusor).value()

#endif  // KG_GRAPH_STATUS_MACROS_H_
