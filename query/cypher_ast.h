// Internal to query/: the syntax tree of the Cypher subset, as the parser builds it and the
// planner annotates it (variable slots).
#ifndef KG_QUERY_CYPHER_AST_H_
#define KG_QUERY_CYPHER_AST_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/query.h"

namespace kg::query {

struct Expr;
struct PathPattern;
using ExprPtr = std::shared_ptr<Expr>;

struct Expr {
  enum class Kind {
    kLiteral,     // value
    kParam,       // name
    kVariable,    // name (slot after resolution)
    kProperty,    // args[0].name
    kIndex,       // args[0][args[1]]
    kSlice,       // args[0][args[1]..args[2]] (null Expr for an open end)
    kList,        // args
    kMap,         // keys[i]: args[i]
    kFunction,    // name(args), distinct
    kCountStar,   // count(*)
    kNot,         // NOT args[0]
    kNegate,      // -args[0]
    kBinary,      // args[0] op args[1]: AND OR XOR = <> < <= > >= + - * / % IN STARTS CONTAINS ENDS =~
    kIsNull,      // args[0] IS NULL
    kIsNotNull,
    kHasLabels,   // args[0]:Label:Label (keys)
    kCase,        // args[0] subject or null; then pairs when/then; else last (has_else)
    kExists,      // pattern (with optional where)
    kComprehension,  // [name IN args[0] WHERE args[1] | args[2]] (null where/projection allowed)
    kSlot,        // planner-made reference to a slot (aggregation results)
  };
  Kind kind = Kind::kLiteral;
  Value value;
  std::string name;
  std::string op;
  std::vector<ExprPtr> args;
  std::vector<std::string> keys;
  bool distinct = false;
  bool has_else = false;
  std::shared_ptr<PathPattern> pattern;  // kExists
  ExprPtr where;                         // kExists
  int slot = -1;                         // kVariable, kSlot, kComprehension (its variable)
  int line = 0, column = 0;
  std::string text;                      // the source text, for column names and plans
  // Planner data for kExists: an index into the plan's sub-plans.
  int subplan = -1;
};

struct NodePattern {
  std::string var;  // "" when anonymous (the planner names it)
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, ExprPtr>> properties;
  int line = 0, column = 0;
};

struct RelPattern {
  enum class Direction { kRight, kLeft, kBoth };
  std::string var;
  std::vector<std::string> types;
  Direction direction = Direction::kBoth;
  bool var_length = false;
  int min_hops = 1;
  int max_hops = 1;  // -1: unbounded
  std::vector<std::pair<std::string, ExprPtr>> properties;
  int line = 0, column = 0;
};

struct PathPattern {
  std::string path_var;
  enum class Shortest { kNone, kOne, kAll } shortest = Shortest::kNone;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
  int line = 0, column = 0;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // or the expression text
  bool has_alias = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Clause {
  enum class Kind { kMatch, kOptionalMatch, kWith, kReturn, kUnwind };
  Kind kind = Kind::kMatch;
  std::vector<PathPattern> patterns;
  ExprPtr where;
  // WITH / RETURN
  bool distinct = false;
  bool star = false;
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit;
  // UNWIND expr AS alias
  ExprPtr unwind;
  std::string alias;
  int line = 0, column = 0;
};

struct Query {
  bool explain = false;
  bool profile = false;
  std::vector<Clause> clauses;
};

// Parses one query. InvalidArgumentError "line L, column C: expected X, found Y".
absl::StatusOr<Query> ParseCypher(absl::string_view text);

}  // namespace kg::query

#endif  // KG_QUERY_CYPHER_AST_H_
