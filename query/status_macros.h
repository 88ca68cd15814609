// Internal to query/: status propagation macros (Debian's Abseil has none).
#ifndef KG_QUERY_STATUS_MACROS_H_
#define KG_QUERY_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define KGQ_CONCAT_INNER(a, b) a##b
#define KGQ_CONCAT(a, b) KGQ_CONCAT_INNER(a, b)

#define KGQ_RETURN_IF_ERROR(expr)                 \
  do {                                            \
    ::absl::Status kgq_status_ = (expr);          \
    if (!kgq_status_.ok()) return kgq_status_;    \
  } while (0)

#define KGQ_ASSIGN_OR_RETURN_IMPL(var, lhs, expr) \
  auto var = (expr);                              \
  if (!var.ok()) return var.status();             \
  lhs = std::move(*var)

#define KGQ_ASSIGN_OR_RETURN(lhs, expr) \
  KGQ_ASSIGN_OR_RETURN_IMPL(KGQ_CONCAT(kgq_statusor_, __LINE__), lhs, expr)

#endif  // KG_QUERY_STATUS_MACROS_H_
