// The planner: clauses to a chain of operators. For every MATCH it picks the most selective
// anchor (a bound variable, an id, a name in the name index, an event class in the class index,
// a label scan, all nodes last), expands along the patterns from there, and puts each WHERE
// conjunct right after the operator that binds its last variable.
#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "proto/vocabulary.h"
#include "query/operators.h"
#include "query/status_macros.h"

namespace kg::query {
namespace {

enum class VarKind { kNode, kRel, kRelList, kPath, kValue };

struct VarInfo {
  int slot = -1;
  VarKind kind = VarKind::kValue;
};

using Scope = std::map<std::string, VarInfo>;

bool IsHidden(const std::string& name) { return !name.empty() && name[0] == ' '; }

absl::Status ErrorAt(int line, int column, absl::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat("line ", line, ", column ", column, ": ", message));
}

bool IsAggregateName(const std::string& f) {
  return f == "count" || f == "collect" || f == "sum" || f == "avg" || f == "min" || f == "max";
}

bool ContainsAggregate(const ExprPtr& e) {
  if (!e) return false;
  if (e->kind == Expr::Kind::kCountStar) return true;
  if (e->kind == Expr::Kind::kFunction && IsAggregateName(e->name)) return true;
  if (e->kind == Expr::Kind::kExists) return false;
  for (const auto& a : e->args)
    if (ContainsAggregate(a)) return true;
  return false;
}

// Variable names an expression reads (not those it binds itself).
void FreeVariables(const ExprPtr& e, std::set<std::string> bound_locally, std::set<std::string>* out) {
  if (!e) return;
  switch (e->kind) {
    case Expr::Kind::kVariable:
      if (!bound_locally.count(e->name)) out->insert(e->name);
      return;
    case Expr::Kind::kComprehension:
      FreeVariables(e->args[0], bound_locally, out);
      bound_locally.insert(e->name);
      FreeVariables(e->args[1], bound_locally, out);
      FreeVariables(e->args[2], bound_locally, out);
      return;
    case Expr::Kind::kExists:
      for (const auto& n : e->pattern->nodes) {
        if (!n.var.empty() && !bound_locally.count(n.var)) out->insert(n.var);
        for (const auto& [k, v] : n.properties) FreeVariables(v, bound_locally, out);
      }
      for (const auto& r : e->pattern->rels)
        if (!r.var.empty() && !bound_locally.count(r.var)) out->insert(r.var);
      FreeVariables(e->where, bound_locally, out);
      return;
    default:
      for (const auto& a : e->args) FreeVariables(a, bound_locally, out);
  }
}

void SplitAnd(const ExprPtr& e, std::vector<ExprPtr>* out) {
  if (!e) return;
  if (e->kind == Expr::Kind::kBinary && e->op == "AND") {
    SplitAnd(e->args[0], out);
    SplitAnd(e->args[1], out);
    return;
  }
  out->push_back(e);
}

ExprPtr MakeVar(const std::string& name, int slot) {
  auto e = std::make_shared<Expr>();
  e->kind = Expr::Kind::kVariable;
  e->name = name;
  e->slot = slot;
  e->text = name;
  return e;
}

std::string Display(const std::string& var) { return IsHidden(var) ? "" : var; }

// `var.key = value`, for the properties written in a pattern: {name: 'Iran'}.
ExprPtr PropertyEquals(const std::string& var, const std::string& shown, int slot, const std::string& key,
                       const ExprPtr& value) {
  auto prop = std::make_shared<Expr>();
  prop->kind = Expr::Kind::kProperty;
  prop->name = key;
  prop->args = {MakeVar(var, slot)};
  prop->text = absl::StrCat(shown, ".", key);
  auto eq = std::make_shared<Expr>();
  eq->kind = Expr::Kind::kBinary;
  eq->op = "=";
  eq->args = {prop, value};
  eq->text = absl::StrCat(prop->text, " = ", value->text);
  return eq;
}

class Builder {
 public:
  explicit Builder(Plan* plan) : plan_(plan) {}
  template <typename OpT>
  OpT* Add() {
    auto op = std::make_unique<OpT>();
    OpT* raw = op.get();
    plan_->ops.push_back(std::move(op));
    if (last_) last_->next = raw;
    else first_ = raw;
    last_ = raw;
    return raw;
  }
  Op* first() const { return first_; }
  Op* last() const { return last_; }

 private:
  Plan* plan_;
  Op* first_ = nullptr;
  Op* last_ = nullptr;
};

class Planner {
 public:
  Planner(Plan* plan) : plan_(plan) {}

  absl::Status Build(Query& query) {
    Builder main(plan_);
    Scope scope;
    for (size_t c = 0; c < query.clauses.size(); ++c) {
      Clause& clause = query.clauses[c];
      switch (clause.kind) {
        case Clause::Kind::kMatch:
          KGQ_RETURN_IF_ERROR(PlanMatch(clause.patterns, clause.where, &scope, &main));
          break;
        case Clause::Kind::kOptionalMatch: {
          Builder inner(plan_);
          Scope before = scope;
          KGQ_RETURN_IF_ERROR(PlanMatch(clause.patterns, clause.where, &scope, &inner));
          auto* opt = main.Add<OptionalOp>();
          for (const auto& [name, info] : scope)
            if (!before.count(name)) opt->new_slots.push_back(info.slot);
          auto* tail = inner.Add<OptionalTailOp>();
          tail->owner = opt;
          opt->inner = inner.first();
          break;
        }
        case Clause::Kind::kUnwind: {
          KGQ_RETURN_IF_ERROR(Resolve(clause.unwind, scope));
          auto* op = main.Add<UnwindOp>();
          op->list = clause.unwind;
          op->slot = NewSlot();
          op->alias = clause.alias;
          scope[clause.alias] = {op->slot, VarKind::kValue};
          break;
        }
        case Clause::Kind::kWith:
        case Clause::Kind::kReturn:
          KGQ_RETURN_IF_ERROR(PlanProjection(clause, &scope, &main));
          if (clause.kind == Clause::Kind::kWith && clause.where) {
            KGQ_RETURN_IF_ERROR(Resolve(clause.where, scope));
            main.Add<FilterOp>()->predicate = clause.where;
          }
          break;
      }
    }
    plan_->head = main.first();
    return absl::OkStatus();
  }

  int NewSlot() { return plan_->num_slots++; }

  // ---- expressions

  absl::Status Resolve(const ExprPtr& e, const Scope& scope) {
    if (!e) return absl::OkStatus();
    switch (e->kind) {
      case Expr::Kind::kVariable: {
        auto it = scope.find(e->name);
        if (it == scope.end())
          return ErrorAt(e->line, e->column, absl::StrCat("variable `", e->name, "` is not defined"));
        e->slot = it->second.slot;
        return absl::OkStatus();
      }
      case Expr::Kind::kComprehension: {
        KGQ_RETURN_IF_ERROR(Resolve(e->args[0], scope));
        Scope inner = scope;
        e->slot = NewSlot();
        inner[e->name] = {e->slot, VarKind::kValue};
        KGQ_RETURN_IF_ERROR(Resolve(e->args[1], inner));
        return Resolve(e->args[2], inner);
      }
      case Expr::Kind::kExists: {
        if (e->subplan >= 0) return absl::OkStatus();
        Builder sub(plan_);
        Scope inner = scope;
        std::vector<PathPattern> patterns = {*e->pattern};
        KGQ_RETURN_IF_ERROR(PlanMatch(patterns, e->where, &inner, &sub));
        auto* tail = sub.Add<ExistsTailOp>();
        e->subplan = static_cast<int>(plan_->subplans.size());
        plan_->subplans.push_back({sub.first(), false, e->text});
        tail->found = &plan_->subplans.back().found;
        return absl::OkStatus();
      }
      default:
        for (const auto& a : e->args) KGQ_RETURN_IF_ERROR(Resolve(a, scope));
        return absl::OkStatus();
    }
  }

  // ---- MATCH

  struct NodeVar {
    std::string name;
    bool outer = false;
    std::vector<std::string> labels;
    std::vector<std::pair<std::string, ExprPtr>> properties;
    std::vector<ExprPtr> hint_exprs;  // WHERE conjuncts usable as an anchor
  };

  struct Conjunct {
    ExprPtr expr;
    std::set<std::string> deps;
    bool placed = false;
  };

  struct Anchor {
    double cost = 1e18;
    ScanOp::Kind kind = ScanOp::Kind::kAll;
    ExprPtr arg;
    std::optional<EventClass> event_class;
    bool actors = true, documents = true;
  };

  static bool ConstantFor(const ExprPtr& e, const std::set<std::string>& clause_vars) {
    std::set<std::string> free;
    FreeVariables(e, {}, &free);
    for (const auto& v : free)
      if (clause_vars.count(v)) return false;
    return !ContainsAggregate(e);
  }

  Anchor ChooseScan(const NodeVar& v, const std::vector<Conjunct>& conjuncts,
                    const std::set<std::string>& clause_vars) {
    Anchor best;
    bool is_actor = false, is_event = false, is_document = false;
    std::optional<EventClass> label_class;
    for (const auto& l : v.labels) {
      std::string lower = absl::AsciiStrToLower(l);
      if (lower == "event") is_event = true;
      else if (lower == "document") is_document = true;
      else if (lower == "actor") is_actor = true;
      else if (auto c = EventClassFromName(l)) {
        is_event = true;
        label_class = c;
      } else {
        is_actor = true;
      }
    }
    auto consider = [&](double cost, ScanOp::Kind kind, ExprPtr arg) {
      if (cost < best.cost) {
        best.cost = cost;
        best.kind = kind;
        best.arg = std::move(arg);
      }
    };
    if (label_class) {
      consider(1000, ScanOp::Kind::kByClass, nullptr);
      best.event_class = label_class;
    }
    auto use = [&](const std::string& key, const ExprPtr& value, bool list) {
      (void)list;
      if (key == "id") consider(1, ScanOp::Kind::kById, value);
      else if (key == "name" && !is_event) consider(10, ScanOp::Kind::kByName, value);
      else if (key == "class" && !is_actor && !is_document) {
        if (best.cost > 1000) best.event_class.reset();
        consider(1000, ScanOp::Kind::kByClass, value);
      }
    };
    for (const auto& [key, value] : v.properties)
      if (ConstantFor(value, clause_vars)) use(key, value, false);
    for (const auto& c : conjuncts) {
      const ExprPtr& e = c.expr;
      if (e->kind != Expr::Kind::kBinary || (e->op != "=" && e->op != "IN")) continue;
      for (int side = 0; side < 2; ++side) {
        if (e->op == "IN" && side == 1) break;
        const ExprPtr& lhs = e->args[side];
        const ExprPtr& rhs = e->args[1 - side];
        if (!ConstantFor(rhs, clause_vars)) continue;
        bool list = e->op == "IN";
        if (lhs->kind == Expr::Kind::kProperty && lhs->args[0]->kind == Expr::Kind::kVariable &&
            lhs->args[0]->name == v.name) {
          use(lhs->name, rhs, list);
        } else if (lhs->kind == Expr::Kind::kFunction && lhs->args.size() == 1 &&
                   lhs->args[0]->kind == Expr::Kind::kVariable && lhs->args[0]->name == v.name && lhs->name == "id") {
          use("id", rhs, list);
        } else if (lhs->kind == Expr::Kind::kFunction && lhs->name == "tolower" && lhs->args.size() == 1 &&
                   lhs->args[0]->kind == Expr::Kind::kProperty && lhs->args[0]->name == "name" &&
                   lhs->args[0]->args[0]->kind == Expr::Kind::kVariable && lhs->args[0]->args[0]->name == v.name) {
          use("name", rhs, list);
        }
      }
    }
    if (is_document) consider(5000, ScanOp::Kind::kDocuments, nullptr);
    if (is_actor) consider(100000, ScanOp::Kind::kActors, nullptr);
    if (is_event) consider(1000000, ScanOp::Kind::kEvents, nullptr);
    consider(2000000, ScanOp::Kind::kAll, nullptr);
    best.actors = !is_event && !is_document;
    best.documents = !is_event && !is_actor;
    if (best.kind != ScanOp::Kind::kByClass) best.event_class.reset();
    return best;
  }

  absl::Status ResolveRelTypes(const RelPattern& r, RelSpec* spec) {
    for (const auto& t : r.types) {
      auto type = EdgeTypeFromName(t);
      if (!type)
        return ErrorAt(r.line, r.column,
                       absl::StrCat("unknown relationship type ", t,
                                    " (expected SOURCE, TARGET, CONTENT, REPORTED_IN, MEMBER_OF or MENTIONED_IN)"));
      spec->types.push_back(*type);
    }
    return absl::OkStatus();
  }

  absl::Status PlanMatch(std::vector<PathPattern> patterns, const ExprPtr& where, Scope* scope, Builder* b) {
    const Scope outer = *scope;
    std::set<std::string> clause_vars;
    std::map<std::string, NodeVar> node_vars;
    std::vector<std::string> node_order;
    std::set<std::string> rel_names;
    // Name anonymous parts, check and declare variables.
    for (auto& p : patterns) {
      for (auto& n : p.nodes) {
        if (n.var.empty()) n.var = absl::StrCat(" n", anon_++);
        for (const auto& l : n.labels)
          if (!IsKnownLabel(l))
            return ErrorAt(n.line, n.column,
                           absl::StrCat("unknown label ", l,
                                        " (expected Actor, an actor kind such as Country or Person, Event, an event "
                                        "class such as DENY, or Document)"));
        auto it = scope->find(n.var);
        if (it != scope->end()) {
          if (it->second.kind != VarKind::kNode && it->second.kind != VarKind::kValue)
            return ErrorAt(n.line, n.column, absl::StrCat("`", n.var, "` is not a node"));
        } else {
          (*scope)[n.var] = {NewSlot(), VarKind::kNode};
          clause_vars.insert(n.var);
        }
        auto& nv = node_vars[n.var];
        if (nv.name.empty()) {
          nv.name = n.var;
          nv.outer = outer.count(n.var) > 0;
          node_order.push_back(n.var);
        }
        nv.labels.insert(nv.labels.end(), n.labels.begin(), n.labels.end());
        nv.properties.insert(nv.properties.end(), n.properties.begin(), n.properties.end());
      }
      for (auto& r : p.rels) {
        if (r.var.empty()) r.var = absl::StrCat(" r", anon_++);
        if (scope->count(r.var))
          return ErrorAt(r.line, r.column,
                         absl::StrCat("relationship variable `", r.var, "` is already bound (not supported)"));
        (*scope)[r.var] = {NewSlot(), r.var_length ? VarKind::kRelList : VarKind::kRel};
        clause_vars.insert(r.var);
        rel_names.insert(r.var);
      }
      if (!p.path_var.empty()) {
        if (scope->count(p.path_var))
          return ErrorAt(p.line, p.column, absl::StrCat("variable `", p.path_var, "` is already defined"));
        (*scope)[p.path_var] = {NewSlot(), VarKind::kPath};
        clause_vars.insert(p.path_var);
      }
    }
    // Resolve the expressions in the clause's scope.
    for (auto& p : patterns) {
      for (auto& n : p.nodes)
        for (auto& [k, v] : n.properties) KGQ_RETURN_IF_ERROR(Resolve(v, *scope));
      for (auto& r : p.rels)
        for (auto& [k, v] : r.properties) KGQ_RETURN_IF_ERROR(Resolve(v, *scope));
    }
    for (auto& [name, nv] : node_vars)
      for (auto& [k, v] : nv.properties) KGQ_RETURN_IF_ERROR(Resolve(v, *scope));
    std::vector<ExprPtr> parts;
    SplitAnd(where, &parts);
    std::vector<Conjunct> conjuncts;
    for (auto& e : parts) {
      KGQ_RETURN_IF_ERROR(Resolve(e, *scope));
      Conjunct c;
      c.expr = e;
      std::set<std::string> free;
      FreeVariables(e, {}, &free);
      for (const auto& v : free)
        if (clause_vars.count(v)) c.deps.insert(v);
      conjuncts.push_back(std::move(c));
    }

    std::set<std::string> bound;
    for (const auto& [name, info] : outer) bound.insert(name);
    std::vector<int> rel_slots;  // single relationships bound so far (uniqueness)

    auto place_filters = [&]() {
      for (auto& c : conjuncts) {
        if (c.placed) continue;
        bool ready = true;
        for (const auto& d : c.deps)
          if (!bound.count(d)) ready = false;
        if (!ready) continue;
        c.placed = true;
        b->Add<FilterOp>()->predicate = c.expr;
      }
    };
    place_filters();  // conjuncts on outer variables only

    auto node_check = [&](const NodePattern& n) {
      NodeCheck check;
      check.var = Display(n.var);
      check.labels = n.labels;
      check.properties = n.properties;
      return check;
    };

    auto scan = [&](const std::string& var) {
      const NodeVar& nv = node_vars[var];
      Anchor a = ChooseScan(nv, conjuncts, clause_vars);
      auto* op = b->Add<ScanOp>();
      op->kind = a.kind;
      op->arg = a.arg;
      op->event_class = a.event_class;
      op->names_may_be_actors = a.actors;
      op->names_may_be_documents = a.documents;
      op->slot = (*scope)[var].slot;
      op->check.var = Display(var);
      op->check.labels = nv.labels;
      op->check.properties = nv.properties;
      bound.insert(var);
      place_filters();
    };

    auto expand = [&](const PathPattern& p, size_t rel_index, bool forward) {
      const RelPattern& r = p.rels[rel_index];
      const NodePattern& from_node = forward ? p.nodes[rel_index] : p.nodes[rel_index + 1];
      const NodePattern& to_node = forward ? p.nodes[rel_index + 1] : p.nodes[rel_index];
      RelSpec spec;
      absl::Status s = ResolveRelTypes(r, &spec);
      if (!s.ok()) return s;
      spec.direction = r.direction;
      if (!forward) {
        if (r.direction == RelPattern::Direction::kRight) spec.direction = RelPattern::Direction::kLeft;
        else if (r.direction == RelPattern::Direction::kLeft) spec.direction = RelPattern::Direction::kRight;
      }
      bool into = bound.count(to_node.var) > 0;
      std::string range;
      if (r.var_length)
        range = absl::StrCat("*", r.min_hops, "..", r.max_hops < 0 ? std::string("") : absl::StrCat(r.max_hops));
      std::string text = spec.Text(node_check(from_node).Text(), node_check(to_node).Text(), Display(r.var), range);
      if (r.var_length) {
        auto* op = b->Add<VarExpandOp>();
        op->from = (*scope)[from_node.var].slot;
        op->to = (*scope)[to_node.var].slot;
        op->rel = (*scope)[r.var].slot;
        op->into = into;
        op->spec = spec;
        op->min_hops = r.min_hops;
        op->max_hops = r.max_hops < 0 ? kUnboundedHops : r.max_hops;
        op->check = node_check(to_node);
        op->text = text;
      } else {
        auto* op = b->Add<ExpandOp>();
        op->from = (*scope)[from_node.var].slot;
        op->to = (*scope)[to_node.var].slot;
        op->rel = (*scope)[r.var].slot;
        op->into = into;
        op->spec = spec;
        op->distinct_from = rel_slots;
        op->check = node_check(to_node);
        op->text = text;
        rel_slots.push_back(op->rel);
      }
      bound.insert(to_node.var);
      bound.insert(r.var);
      if (!r.properties.empty()) {
        for (const auto& [k, v] : r.properties)
          b->Add<FilterOp>()->predicate = PropertyEquals(r.var, Display(r.var), (*scope)[r.var].slot, k, v);
      }
      place_filters();
      return absl::OkStatus();
    };

    std::vector<bool> done(patterns.size(), false);
    size_t remaining = patterns.size();
    while (remaining > 0) {
      // A pattern that touches a bound node; shortest paths need both ends bound.
      int pick = -1;
      size_t start = 0;
      for (size_t i = 0; i < patterns.size() && pick < 0; ++i) {
        if (done[i]) continue;
        const auto& p = patterns[i];
        if (p.shortest != PathPattern::Shortest::kNone) {
          if (bound.count(p.nodes.front().var) && bound.count(p.nodes.back().var)) pick = static_cast<int>(i);
          continue;
        }
        for (size_t k = 0; k < p.nodes.size(); ++k) {
          if (bound.count(p.nodes[k].var)) {
            pick = static_cast<int>(i);
            start = k;
            break;
          }
        }
      }
      if (pick < 0) {
        // New anchor: the cheapest unbound node of the remaining patterns.
        std::string best_var;
        double best_cost = 1e18;
        for (size_t i = 0; i < patterns.size(); ++i) {
          if (done[i]) continue;
          for (const auto& n : patterns[i].nodes) {
            if (bound.count(n.var)) continue;
            if (patterns[i].shortest != PathPattern::Shortest::kNone && &n != &patterns[i].nodes.front() &&
                &n != &patterns[i].nodes.back())
              continue;
            double cost = ChooseScan(node_vars[n.var], conjuncts, clause_vars).cost;
            if (cost < best_cost) {
              best_cost = cost;
              best_var = n.var;
            }
          }
        }
        if (best_var.empty()) return absl::InternalError("planner found no anchor");
        scan(best_var);
        continue;
      }
      PathPattern& p = patterns[pick];
      done[pick] = true;
      --remaining;
      if (p.shortest != PathPattern::Shortest::kNone) {
        const RelPattern& r = p.rels[0];
        auto* op = b->Add<ShortestPathOp>();
        KGQ_RETURN_IF_ERROR(ResolveRelTypes(r, &op->spec));
        op->spec.direction = r.direction;
        op->from = (*scope)[p.nodes[0].var].slot;
        op->to = (*scope)[p.nodes[1].var].slot;
        op->rel = (*scope)[r.var].slot;
        op->path = p.path_var.empty() ? -1 : (*scope)[p.path_var].slot;
        op->all = p.shortest == PathPattern::Shortest::kAll;
        op->min_hops = r.var_length ? r.min_hops : 1;
        op->max_hops = r.var_length ? (r.max_hops < 0 ? kUnboundedHops : r.max_hops) : 1;
        if (op->min_hops > 1)
          return ErrorAt(r.line, r.column, "expected a minimum length of 0 or 1 in shortestPath");
        std::string range = absl::StrCat("*", op->min_hops, "..", op->max_hops);
        op->text = op->spec.Text(Display(p.nodes[0].var), Display(p.nodes[1].var), Display(r.var), range);
        for (const auto* n : {&p.nodes[0], &p.nodes[1]}) {
          NodeCheck check = node_check(*n);
          if (!check.empty()) {
            // Already checked when bound; labels repeated here are checked again.
          }
        }
        bound.insert(r.var);
        if (!p.path_var.empty()) bound.insert(p.path_var);
        place_filters();
        continue;
      }
      // If the start node was bound before this pattern but carries labels or properties here,
      // check them.
      {
        const NodePattern& n = p.nodes[start];
        NodeCheck check = node_check(n);
        if (!check.empty() && outer.count(n.var)) {
          // Outer node with a new constraint: filter with the pattern's labels and properties.
          auto e = std::make_shared<Expr>();
          e->kind = Expr::Kind::kHasLabels;
          e->args = {MakeVar(n.var, (*scope)[n.var].slot)};
          e->keys = n.labels;
          e->text = absl::StrCat(n.var, ":", absl::StrJoin(n.labels, ":"));
          if (!n.labels.empty()) b->Add<FilterOp>()->predicate = e;
          for (const auto& [k, v] : n.properties)
            b->Add<FilterOp>()->predicate = PropertyEquals(n.var, n.var, (*scope)[n.var].slot, k, v);
        }
      }
      for (size_t k = start; k + 1 < p.nodes.size(); ++k) KGQ_RETURN_IF_ERROR(expand(p, k, true));
      for (size_t k = start; k > 0; --k) KGQ_RETURN_IF_ERROR(expand(p, k - 1, false));
      if (!p.path_var.empty()) {
        auto* op = b->Add<PathOp>();
        op->path = (*scope)[p.path_var].slot;
        op->name = p.path_var;
        for (const auto& n : p.nodes) op->nodes.push_back((*scope)[n.var].slot);
        for (const auto& r : p.rels) {
          op->rels.push_back((*scope)[r.var].slot);
          op->rel_is_list.push_back(r.var_length);
        }
        bound.insert(p.path_var);
        place_filters();
      }
    }
    for (auto& c : conjuncts) {
      if (!c.placed) {
        c.placed = true;
        b->Add<FilterOp>()->predicate = c.expr;
      }
    }
    // Hidden names stay in scope (harmless: users cannot write them).
    return absl::OkStatus();
  }

  // ---- WITH and RETURN

  absl::Status PlanProjection(Clause& clause, Scope* scope, Builder* b) {
    std::vector<ProjectionItem> items;
    if (clause.star) {
      for (const auto& [name, info] : *scope) {
        if (IsHidden(name)) continue;
        ProjectionItem item;
        item.expr = MakeVar(name, info.slot);
        item.alias = name;
        items.push_back(item);
      }
      if (items.empty() && clause.items.empty())
        return ErrorAt(clause.line, clause.column, "expected variables for `*` (there are none)");
    }
    for (auto& item : clause.items) items.push_back(item);
    std::set<std::string> names;
    for (const auto& item : items) {
      if (!names.insert(item.alias).second)
        return ErrorAt(item.expr->line, item.expr->column,
                       absl::StrCat("expected distinct column names: `", item.alias, "` appears twice"));
    }
    bool aggregating = false;
    for (auto& item : items) aggregating |= ContainsAggregate(item.expr);

    Scope next_scope;
    std::vector<int> out_slots;
    std::map<std::string, int> text_to_slot;
    if (!aggregating) {
      auto* op = b->Add<ProjectOp>();
      for (auto& item : items) {
        KGQ_RETURN_IF_ERROR(Resolve(item.expr, *scope));
        int slot = NewSlot();
        op->exprs.push_back(item.expr);
        op->slots.push_back(slot);
        op->names.push_back(item.alias);
        VarKind kind = VarKind::kValue;
        if (item.expr->kind == Expr::Kind::kVariable) kind = (*scope)[item.expr->name].kind;
        next_scope[item.alias] = {slot, kind};
        out_slots.push_back(slot);
        text_to_slot[item.expr->text] = slot;
      }
    } else {
      auto* op = b->Add<AggregateOp>();
      Scope post_scope;
      for (auto& item : items) {
        if (ContainsAggregate(item.expr)) continue;
        KGQ_RETURN_IF_ERROR(Resolve(item.expr, *scope));
        int slot = NewSlot();
        op->keys.push_back(item.expr);
        op->key_slots.push_back(slot);
        VarKind kind = VarKind::kValue;
        if (item.expr->kind == Expr::Kind::kVariable) {
          kind = (*scope)[item.expr->name].kind;
          post_scope[item.expr->name] = {slot, kind};
        }
        post_scope[item.alias] = {slot, kind};
        text_to_slot[item.expr->text] = slot;
      }
      for (auto& item : items) {
        if (!ContainsAggregate(item.expr)) {
          int slot = post_scope[item.alias].slot;
          next_scope[item.alias] = post_scope[item.alias];
          out_slots.push_back(slot);
          continue;
        }
        ExprPtr post;
        KGQ_ASSIGN_OR_RETURN(post, ExtractAggregates(item.expr, *scope, op));
        KGQ_RETURN_IF_ERROR(ResolvePost(post, post_scope));
        int slot = NewSlot();
        op->post.push_back(post);
        op->post_slots.push_back(slot);
        next_scope[item.alias] = {slot, VarKind::kValue};
        out_slots.push_back(slot);
        text_to_slot[item.expr->text] = slot;
      }
      op->num_slots = 0;  // set after planning (all slots known)
      aggregates_.push_back(op);
    }
    if (clause.distinct) b->Add<DistinctOp>()->slots = out_slots;
    if (!clause.order_by.empty()) {
      auto* sort = b->Add<SortOp>();
      sort->keep = out_slots;
      sorts_.push_back(sort);
      Scope sort_scope = aggregating || clause.distinct ? Scope() : *scope;
      for (const auto& [name, info] : next_scope) sort_scope[name] = info;
      std::vector<std::string> parts;
      for (auto& s : clause.order_by) {
        auto it = text_to_slot.find(s.expr->text);
        ExprPtr key;
        if (it != text_to_slot.end()) {
          key = std::make_shared<Expr>(*s.expr);
          key->kind = Expr::Kind::kSlot;
          key->slot = it->second;
          key->args.clear();
        } else {
          key = s.expr;
          if (ContainsAggregate(key))
            return ErrorAt(key->line, key->column, "expected an aggregate in ORDER BY to be one of the returned items");
          KGQ_RETURN_IF_ERROR(Resolve(key, sort_scope));
        }
        sort->keys.push_back(key);
        sort->descending.push_back(s.descending);
        parts.push_back(absl::StrCat(s.expr->text, s.descending ? " DESC" : ""));
      }
      sort->text = absl::StrJoin(parts, ", ");
    }
    SortOp* last_sort = clause.order_by.empty() ? nullptr : sorts_.back();
    if (clause.skip || clause.limit) {
      auto* op = b->Add<SkipLimitOp>();
      if (last_sort) top_sorts_.push_back({last_sort, op});
      for (int which = 0; which < 2; ++which) {
        const ExprPtr& e = which == 0 ? clause.skip : clause.limit;
        if (!e) continue;
        if (e->kind != Expr::Kind::kLiteral && e->kind != Expr::Kind::kParam)
          return ErrorAt(e->line, e->column, "expected an integer or a parameter");
        if (e->kind == Expr::Kind::kLiteral) {
          if (e->value.type != Value::Type::kInt || e->value.i < 0)
            return ErrorAt(e->line, e->column, "expected a non-negative integer");
          (which == 0 ? op->skip : op->limit) = e->value.i;
        } else {
          deferred_limits_.push_back({op, which, e});
        }
      }
    }
    if (clause.kind == Clause::Kind::kReturn) {
      auto* result = b->Add<ResultOp>();
      result->slots = out_slots;
      for (const auto& item : items) result->columns.push_back(item.alias);
      plan_->columns = result->columns;
      plan_->column_slots = out_slots;
      result_ = result;
    }
    *scope = next_scope;
    return absl::OkStatus();
  }

  // Replaces aggregate calls in `e` by slot references, adding them to `op`.
  absl::StatusOr<ExprPtr> ExtractAggregates(const ExprPtr& e, const Scope& scope, AggregateOp* op) {
    if (!e) return e;
    bool is_agg = e->kind == Expr::Kind::kCountStar || (e->kind == Expr::Kind::kFunction && IsAggregateName(e->name));
    if (is_agg) {
      AggregateSpec spec;
      spec.function = e->kind == Expr::Kind::kCountStar ? "count*" : e->name;
      spec.distinct = e->distinct;
      spec.text = e->text;
      if (e->kind == Expr::Kind::kFunction) {
        if (e->args.size() != 1)
          return ErrorAt(e->line, e->column, absl::StrCat("expected one argument to ", e->name, "()"));
        if (ContainsAggregate(e->args[0]))
          return ErrorAt(e->line, e->column, "expected no aggregate inside an aggregate");
        spec.arg = e->args[0];
        KGQ_RETURN_IF_ERROR(Resolve(spec.arg, scope));
      }
      spec.slot = NewSlot();
      auto ref = std::make_shared<Expr>(*e);
      ref->kind = Expr::Kind::kSlot;
      ref->slot = spec.slot;
      ref->args.clear();
      op->aggregates.push_back(std::move(spec));
      return ref;
    }
    auto copy = std::make_shared<Expr>(*e);
    for (auto& a : copy->args) {
      KGQ_ASSIGN_OR_RETURN(a, ExtractAggregates(a, scope, op));
    }
    return copy;
  }

  absl::Status ResolvePost(const ExprPtr& e, const Scope& post_scope) {
    if (!e) return absl::OkStatus();
    if (e->kind == Expr::Kind::kSlot) return absl::OkStatus();
    if (e->kind == Expr::Kind::kVariable) {
      auto it = post_scope.find(e->name);
      if (it == post_scope.end())
        return ErrorAt(e->line, e->column,
                       absl::StrCat("expected `", e->name, "` to be a grouping key (return it as an item of its own)"));
      e->slot = it->second.slot;
      return absl::OkStatus();
    }
    if (e->kind == Expr::Kind::kComprehension || e->kind == Expr::Kind::kExists) return Resolve(e, post_scope);
    for (const auto& a : e->args) KGQ_RETURN_IF_ERROR(ResolvePost(a, post_scope));
    return absl::OkStatus();
  }

  absl::Status Finalize(const ExecContext* ctx) {
    for (auto* op : aggregates_) op->num_slots = plan_->num_slots;
    for (auto* op : sorts_) op->num_slots = plan_->num_slots;
    (void)ctx;
    return absl::OkStatus();
  }

  struct DeferredLimit {
    SkipLimitOp* op;
    int which;
    ExprPtr expr;
  };
  std::vector<DeferredLimit> deferred_limits_;
  ResultOp* result_ = nullptr;

  static constexpr int kUnboundedHops = 15;

 private:
  Plan* plan_;
  int anon_ = 0;
  std::vector<AggregateOp*> aggregates_;
  std::vector<SortOp*> sorts_;

 public:
  std::vector<std::pair<SortOp*, SkipLimitOp*>> top_sorts_;  // ORDER BY followed by SKIP/LIMIT
};

std::string Indent(int depth) { return std::string(2 * depth + 2, ' '); }

void DescribeChain(const Op* op, int depth, std::string* out) {
  for (; op; op = op->next) {
    if (dynamic_cast<const OptionalTailOp*>(op) || dynamic_cast<const ExistsTailOp*>(op)) return;
    absl::StrAppend(out, Indent(depth), op->Describe(), "\n");
    if (const Op* inner = op->Inner()) DescribeChain(inner, depth + 1, out);
  }
}

}  // namespace

std::string Plan::Explain() const {
  std::string out = "Plan (operators in pipeline order; rows stream from each to the next):\n";
  DescribeChain(head, 0, &out);
  for (size_t k = 0; k < subplans.size(); ++k) {
    absl::StrAppend(&out, "Sub-plan ", k + 1, " for ", subplans[k].text, ":\n");
    DescribeChain(subplans[k].head, 1, &out);
  }
  return out;
}

bool RunExists(const Expr& e, Row& row, ExecContext& ctx) {
  if (!ctx.plan || e.subplan < 0 || static_cast<size_t>(e.subplan) >= ctx.plan->subplans.size()) {
    ctx.Fail(absl::InternalError("EXISTS without a plan"));
    return false;
  }
  SubPlan& sub = ctx.plan->subplans[e.subplan];
  Row copy = row;
  bool saved = sub.found;
  sub.found = false;
  sub.head->Push(copy);
  bool found = sub.found;
  sub.found = saved;
  return found;
}

absl::StatusOr<std::unique_ptr<Plan>> BuildPlan(Query& query, ExecContext* ctx) {
  auto plan = std::make_unique<Plan>();
  Planner planner(plan.get());
  KGQ_RETURN_IF_ERROR(planner.Build(query));
  KGQ_RETURN_IF_ERROR(planner.Finalize(ctx));
  for (const auto& d : planner.deferred_limits_) {
    Row empty;
    Value v = Eval(*d.expr, empty, *ctx);
    if (!ctx->ok()) return ctx->status;
    if (v.type != Value::Type::kInt || v.i < 0)
      return ErrorAt(d.expr->line, d.expr->column, "expected a non-negative integer for SKIP or LIMIT");
    (d.which == 0 ? d.op->skip : d.op->limit) = v.i;
  }
  for (const auto& [sort, limit] : planner.top_sorts_)
    if (limit->limit >= 0) sort->top = limit->skip + limit->limit;
  for (auto& op : plan->ops) op->ctx = ctx;
  return plan;
}

}  // namespace kg::query
