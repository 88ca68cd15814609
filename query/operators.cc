// The operators of a plan: scans, expansions, paths, filters, projections, aggregation, sorting.
#include "query/operators.h"

#include <algorithm>
#include <deque>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "proto/vocabulary.h"

namespace kg::query {

using T = Value::Type;

namespace {

absl::string_view KindLabelOfId(uint64_t id) {
  switch (graph::KindOfId(id)) {
    case graph::NodeKind::kActor: return "actor";
    case graph::NodeKind::kEvent: return "event";
    case graph::NodeKind::kDocument: return "document";
  }
  return "";
}

bool CapExceeded(ExecContext& ctx, size_t held, absl::string_view where) {
  if (held <= ctx.options.max_rows) return false;
  ctx.Fail(absl::ResourceExhaustedError(absl::StrCat(
      where, " would hold more than ", ctx.options.max_rows,
      " rows; narrow the query (LIMIT, a more selective MATCH) or raise --max-rows")));
  return true;
}

}  // namespace

// ---------------------------------------------------------------- helpers

bool NodeCheck::Passes(uint64_t id, Row& row, ExecContext& ctx) const {
  if (empty()) return true;
  std::shared_ptr<const NodeData> node;
  for (const auto& label : labels) {
    if (label.size() <= 8) {
      char lower[9] = {0};
      for (size_t k = 0; k < label.size(); ++k) lower[k] = absl::ascii_tolower(static_cast<unsigned char>(label[k]));
      absl::string_view l(lower, label.size());
      if (l == "actor" || l == "event" || l == "document") {
        if (KindLabelOfId(id) != l) return false;
        continue;
      }
    }
    if (!node) node = ctx.reader.Get(id, &ctx.status);
    if (!node || !NodeHasLabel(*node, label)) return false;
  }
  if (properties.empty()) return true;
  if (!node) node = ctx.reader.Get(id, &ctx.status);
  if (!node) return false;
  for (const auto& [key, expr] : properties) {
    Value want = Eval(*expr, row, ctx);
    Value have = NodeProperty(*node, key);
    if (want.is_null() || have.is_null()) return false;
    if (want.type != have.type && !((want.type == T::kInt || want.type == T::kDouble) &&
                                    (have.type == T::kInt || have.type == T::kDouble)))
      return false;
    if (!(want == have)) return false;
  }
  return true;
}

std::string NodeCheck::Text() const {
  std::string out = var;
  for (const auto& l : labels) absl::StrAppend(&out, ":", l);
  if (!properties.empty()) {
    std::vector<std::string> parts;
    for (const auto& [k, e] : properties) parts.push_back(absl::StrCat(k, ": ", e->text));
    absl::StrAppend(&out, " {", absl::StrJoin(parts, ", "), "}");
  }
  return out;
}

std::string RelSpec::Text(const std::string& from, const std::string& to, const std::string& var,
                          const std::string& range) const {
  std::vector<std::string> names;
  for (EdgeType t : types) names.push_back(EdgeTypeLabel(t));
  std::string body = var;
  if (!names.empty()) absl::StrAppend(&body, ":", absl::StrJoin(names, "|"));
  absl::StrAppend(&body, range);
  std::string left = direction == RelPattern::Direction::kLeft ? "<-" : "-";
  std::string right = direction == RelPattern::Direction::kRight ? "->" : "-";
  return absl::StrCat("(", from, ")", left, "[", body, "]", right, "(", to, ")");
}

bool ForNeighbours(ExecContext& ctx, uint64_t node, const RelSpec& spec,
                   const std::function<bool(uint64_t, const Value&)>& fn) {
  bool go_on = true;
  auto run = [&](graph::Direction dir, std::optional<EdgeType> type, const std::vector<EdgeType>* only) {
    // Relationships carry only their type and ends, which the keys hold: no value is parsed.
    absl::Status s = ctx.reader.store().ForEachNeighbor(node, dir, type, [&](uint64_t other, EdgeType edge_type) {
      if (!ctx.Tick()) return go_on = false;
      if (only && std::find(only->begin(), only->end(), edge_type) == only->end()) return true;
      bool out = dir == graph::Direction::kOut;
      Value rel = out ? Value::Relationship(node, other, EdgeTypeLabel(edge_type))
                      : Value::Relationship(other, node, EdgeTypeLabel(edge_type));
      if (!fn(other, rel)) go_on = false;
      return go_on;
    });
    if (!s.ok()) {
      ctx.Fail(s);
      go_on = false;
    }
  };
  const bool small = graph::KindOfId(node) == graph::NodeKind::kEvent;
  std::vector<graph::Direction> dirs;
  if (spec.direction != RelPattern::Direction::kLeft) dirs.push_back(graph::Direction::kOut);
  if (spec.direction != RelPattern::Direction::kRight) dirs.push_back(graph::Direction::kIn);
  for (auto dir : dirs) {
    if (spec.types.empty() || (spec.types.size() > 1 && small)) {
      // One prefix scan for all types: a seek costs more than skipping the few other edges of an
      // event.
      run(dir, std::nullopt, spec.types.empty() ? nullptr : &spec.types);
      if (!go_on) return false;
    } else {
      for (EdgeType t : spec.types) {
        run(dir, t, nullptr);
        if (!go_on) return false;
      }
    }
  }
  return go_on;
}

// ---------------------------------------------------------------- scans

bool ScanOp::Offer(uint64_t id, Row& row) {
  if (!ctx->Tick()) return false;
  if (!check.Passes(id, row, *ctx)) return ctx->ok();
  row[slot] = Value::Node(id);
  return next->Push(row);
}

bool ScanOp::Push(Row& row) {
  const graph::Store& store = ctx->reader.store();
  bool go_on = true;
  absl::Status s;
  auto values = [&](const Value& v) {
    std::vector<Value> out;
    if (v.type == T::kList) out = *v.list;
    else if (!v.is_null()) out.push_back(v);
    return out;
  };
  switch (kind) {
    case Kind::kById: {
      Value v = Eval(*arg, row, *ctx);
      if (!ctx->ok()) return false;
      absl::flat_hash_set<uint64_t> seen;
      for (const Value& x : values(v)) {
        uint64_t id;
        if (x.type == T::kInt) id = static_cast<uint64_t>(x.i);
        else if (x.type == T::kNode) id = x.id;
        else continue;
        if (!seen.insert(id).second) continue;
        if (!ctx->reader.Get(id, &ctx->status)) {
          if (!ctx->ok()) return false;
          continue;
        }
        if (!Offer(id, row)) return false;
      }
      return ctx->ok();
    }
    case Kind::kByName: {
      Value v = Eval(*arg, row, *ctx);
      if (!ctx->ok()) return false;
      absl::flat_hash_set<uint64_t> seen;
      for (const Value& x : values(v)) {
        if (x.type != T::kString) continue;
        if (names_may_be_actors) {
          auto ids = store.LookupName(x.s);
          if (!ids.ok()) return ctx->Fail(ids.status());
          for (uint64_t id : *ids) {
            if (!seen.insert(id).second) continue;
            if (!Offer(id, row)) return false;
          }
        }
        if (names_may_be_documents) {
          auto doc = store.FindDocument(x.s);
          if (!doc.ok()) return ctx->Fail(doc.status());
          if (doc->has_value() && seen.insert((*doc)->id()).second) {
            if (!Offer((*doc)->id(), row)) return false;
          }
        }
      }
      return ctx->ok();
    }
    case Kind::kByClass: {
      std::vector<EventClass> classes;
      if (event_class) {
        classes.push_back(*event_class);
      } else {
        Value v = Eval(*arg, row, *ctx);
        if (!ctx->ok()) return false;
        for (const Value& x : values(v)) {
          if (x.type != T::kString) continue;
          if (auto c = EventClassFromName(x.s)) classes.push_back(*c);
        }
      }
      for (EventClass c : classes) {
        s = store.ForEachEventOfClass(c, [&](const Event& e) { return go_on = Offer(e.id(), row); });
        if (!s.ok()) return ctx->Fail(s);
        if (!go_on) return false;
      }
      return ctx->ok();
    }
    case Kind::kActors:
      s = store.ForEachActor([&](const Actor& a) { return go_on = Offer(a.id(), row); });
      break;
    case Kind::kEvents:
      s = store.ForEachEvent([&](const Event& e) { return go_on = Offer(e.id(), row); });
      break;
    case Kind::kDocuments:
      s = store.ForEachDocument([&](const Document& d) { return go_on = Offer(d.id(), row); });
      break;
    case Kind::kAll:
      s = store.ForEachActor([&](const Actor& a) { return go_on = Offer(a.id(), row); });
      if (s.ok() && go_on) s = store.ForEachEvent([&](const Event& e) { return go_on = Offer(e.id(), row); });
      if (s.ok() && go_on) s = store.ForEachDocument([&](const Document& d) { return go_on = Offer(d.id(), row); });
      break;
  }
  if (!s.ok()) return ctx->Fail(s);
  return go_on && ctx->ok();
}

std::string ScanOp::Describe() const {
  std::string node = absl::StrCat("(", check.Text(), ")");
  switch (kind) {
    case Kind::kById: return absl::StrCat("NodeByIdSeek ", node, " id IN ", arg->text);
    case Kind::kByName: return absl::StrCat("NodeByNameIndex ", node, " name = ", arg->text, " (name index)");
    case Kind::kByClass:
      return absl::StrCat("NodeByEventClassIndex ", node, " class = ",
                          event_class ? std::string(EventClassName(*event_class)) : arg->text, " (class index)");
    case Kind::kActors: return absl::StrCat("ActorScan ", node, " (every actor)");
    case Kind::kEvents: return absl::StrCat("EventScan ", node, " (every event)");
    case Kind::kDocuments: return absl::StrCat("DocumentScan ", node, " (every document)");
    case Kind::kAll: return absl::StrCat("AllNodesScan ", node, " (every node)");
  }
  return "";
}

// ---------------------------------------------------------------- expansions

bool ExpandOp::Push(Row& row) {
  const Value& start = row[from];
  if (start.type != T::kNode) return true;  // null from an OPTIONAL MATCH
  uint64_t target = into && row[to].type == T::kNode ? row[to].id : 0;
  if (into && row[to].type != T::kNode) return true;
  bool go_on = ForNeighbours(*ctx, start.id, spec, [&](uint64_t other, const Value& r) {
    if (into && other != target) return true;
    for (int d : distinct_from)
      if (row[d].type == T::kRelationship && row[d] == r) return true;
    if (!into && !check.Passes(other, row, *ctx)) return ctx->ok();
    if (into && !check.empty() && !check.Passes(other, row, *ctx)) return ctx->ok();
    if (rel >= 0) row[rel] = r;
    if (!into) row[to] = Value::Node(other);
    return next->Push(row);
  });
  return go_on && ctx->ok();
}

bool VarExpandOp::Walk(uint64_t node, int depth, Row& row) {
  if (depth >= min_hops) {
    bool fits = into ? (row[to].type == T::kNode && row[to].id == node) : true;
    if (fits && check.Passes(node, row, *ctx)) {
      if (!into) row[to] = Value::Node(node);
      if (rel >= 0) row[rel] = Value::MakeList(path_);
      if (!next->Push(row)) return false;
    }
    if (!ctx->ok()) return false;
  }
  if (depth >= max_hops) return true;
  return ForNeighbours(*ctx, node, spec, [&](uint64_t other, const Value& r) {
    for (const auto& used : path_)
      if (used == r) return true;
    path_.push_back(r);
    bool go_on = Walk(other, depth + 1, row);
    path_.pop_back();
    return go_on;
  });
}

bool VarExpandOp::Push(Row& row) {
  const Value& start = row[from];
  if (start.type != T::kNode) return true;
  if (into && row[to].type != T::kNode) return true;
  path_.clear();
  return Walk(start.id, 0, row) && ctx->ok();
}

bool ShortestPathOp::Push(Row& row) {
  if (row[from].type != T::kNode || row[to].type != T::kNode) return true;
  uint64_t s = row[from].id, t = row[to].id;
  auto emit = [&](Value::List items) {
    if (path >= 0) row[path] = Value::Path(items);
    if (rel >= 0) {
      Value::List rels;
      for (const auto& item : items)
        if (item.type == T::kRelationship) rels.push_back(item);
      row[rel] = Value::MakeList(std::move(rels));
    }
    return next->Push(row);
  };
  if (s == t) {
    if (min_hops == 0) return emit({Value::Node(s)});
    return true;
  }
  // Parents per side: node -> (parent, relationship); the root has none.
  struct Parent {
    uint64_t node;
    Value rel;
  };
  using Parents = absl::flat_hash_map<uint64_t, std::vector<Parent>>;
  Parents ps, pt;
  absl::flat_hash_map<uint64_t, int> ds, dt;
  ds[s] = 0;
  dt[t] = 0;
  std::vector<uint64_t> fs = {s}, ft = {t};
  int level_s = 0, level_t = 0;
  RelSpec reverse = spec;
  if (spec.direction == RelPattern::Direction::kRight) reverse.direction = RelPattern::Direction::kLeft;
  else if (spec.direction == RelPattern::Direction::kLeft) reverse.direction = RelPattern::Direction::kRight;
  std::vector<uint64_t> meet;
  while (!fs.empty() && !ft.empty() && level_s + level_t < max_hops) {
    bool from_s = fs.size() <= ft.size();
    auto& frontier = from_s ? fs : ft;
    auto& dist = from_s ? ds : dt;
    auto& other_dist = from_s ? dt : ds;
    auto& parents = from_s ? ps : pt;
    int level = from_s ? level_s : level_t;
    std::vector<uint64_t> next_frontier;
    int best = -1;
    for (uint64_t u : frontier) {
      bool go_on = ForNeighbours(*ctx, u, from_s ? spec : reverse, [&](uint64_t v, const Value& r) {
        auto it = dist.find(v);
        if (it == dist.end()) {
          dist[v] = level + 1;
          parents[v].push_back({u, r});
          next_frontier.push_back(v);
          auto o = other_dist.find(v);
          if (o != other_dist.end()) {
            int total = level + 1 + o->second;
            if (best < 0 || total < best) {
              best = total;
              meet.clear();
            }
            if (total == best) meet.push_back(v);
          }
        } else if (all && it->second == level + 1) {
          parents[v].push_back({u, r});
        }
        return true;
      });
      if (!go_on || !ctx->ok()) return false;
      if (!all && best >= 0) break;
    }
    if (from_s) ++level_s; else ++level_t;
    frontier = std::move(next_frontier);
    if (best >= 0) {
      if (best < min_hops) return true;
      break;
    }
    if (dist.size() > ctx->options.max_rows) {
      return !CapExceeded(*ctx, dist.size(), "shortestPath's search");
    }
  }
  if (meet.empty()) return true;
  // Enumerate paths: source side (s .. m) then target side (m .. t).
  size_t emitted = 0;
  const size_t kMaxPaths = all ? 1000 : 1;
  for (uint64_t m : meet) {
    std::vector<Value::List> left, right;
    // up_s(n, suffix): suffix holds the items after n on the way to m.
    std::function<void(uint64_t, const Value::List&)> up_s = [&](uint64_t n, const Value::List& suffix) {
      if (left.size() >= kMaxPaths) return;
      if (n == s) {
        Value::List items = {Value::Node(s)};
        items.insert(items.end(), suffix.begin(), suffix.end());
        left.push_back(std::move(items));
        return;
      }
      auto it = ps.find(n);
      if (it == ps.end()) return;
      for (const auto& p : it->second) {
        Value::List longer = {p.rel, Value::Node(n)};
        longer.insert(longer.end(), suffix.begin(), suffix.end());
        up_s(p.node, longer);
        if (!all) break;
      }
    };
    std::function<void(uint64_t, const Value::List&)> down_t = [&](uint64_t n, const Value::List& acc) {
      if (right.size() >= kMaxPaths) return;
      if (n == t) {
        right.push_back(acc);
        return;
      }
      auto it = pt.find(n);
      if (it == pt.end()) return;
      for (const auto& p : it->second) {
        Value::List longer = acc;
        longer.push_back(p.rel);
        longer.push_back(Value::Node(p.node));
        down_t(p.node, longer);
        if (!all) break;
      }
    };
    up_s(m, {});
    down_t(m, {});
    for (const auto& l : left) {
      for (const auto& r : right) {
        Value::List items = l;
        items.insert(items.end(), r.begin(), r.end());
        if (!emit(std::move(items))) return false;
        if (++emitted >= kMaxPaths) return ctx->ok();
      }
    }
  }
  return ctx->ok();
}

bool PathOp::Push(Row& row) {
  Value::List items;
  for (size_t k = 0; k < nodes.size(); ++k) {
    if (row[nodes[k]].type != T::kNode) {
      row[path] = Value();
      return next->Push(row);
    }
    if (k == 0) items.push_back(row[nodes[0]]);
    if (k + 1 < nodes.size()) {
      const Value& r = row[rels[k]];
      if (rel_is_list[k]) {
        uint64_t at = row[nodes[k]].id;
        if (r.type == T::kList) {
          for (const auto& x : *r.list) {
            items.push_back(x);
            at = x.id == at ? x.to : x.id;
            items.push_back(Value::Node(at));
          }
        }
        if (!items.empty() && items.back().id != row[nodes[k + 1]].id) items.push_back(row[nodes[k + 1]]);
      } else {
        items.push_back(r);
        items.push_back(row[nodes[k + 1]]);
      }
    }
  }
  row[path] = Value::Path(std::move(items));
  return next->Push(row);
}

// ---------------------------------------------------------------- row operators

bool FilterOp::Push(Row& row) {
  Value v = Eval(*predicate, row, *ctx);
  if (!ctx->ok()) return false;
  if (!IsTrue(v)) return true;
  return next->Push(row);
}

bool OptionalOp::Push(Row& row) {
  matched = false;
  bool go_on = inner->Push(row);
  if (!ctx->ok()) return false;
  if (matched) return go_on;
  if (!go_on) return false;
  for (int s : new_slots) row[s] = Value();
  return next->Push(row);
}

bool UnwindOp::Push(Row& row) {
  Value v = Eval(*list, row, *ctx);
  if (!ctx->ok()) return false;
  if (v.is_null()) return true;
  if (v.type != T::kList) {
    row[slot] = v;
    return next->Push(row);
  }
  auto items = v.list;
  for (const auto& x : *items) {
    if (!ctx->Tick()) return false;
    row[slot] = x;
    if (!next->Push(row)) return false;
  }
  return true;
}

bool ProjectOp::Push(Row& row) {
  std::vector<Value> values;
  values.reserve(exprs.size());
  for (const auto& e : exprs) values.push_back(Eval(*e, row, *ctx));
  if (!ctx->ok()) return false;
  for (size_t k = 0; k < slots.size(); ++k) row[slots[k]] = std::move(values[k]);
  return next->Push(row);
}

std::string ProjectOp::Describe() const {
  std::vector<std::string> parts;
  for (size_t k = 0; k < exprs.size(); ++k)
    parts.push_back(exprs[k]->text == names[k] ? names[k] : absl::StrCat(exprs[k]->text, " AS ", names[k]));
  return absl::StrCat("Projection ", absl::StrJoin(parts, ", "));
}

bool AggregateOp::Push(Row& row) {
  std::vector<Value> key;
  std::string k;
  for (const auto& e : keys) {
    key.push_back(Eval(*e, row, *ctx));
    AppendKey(key.back(), &k);
  }
  if (!ctx->ok()) return false;
  auto it = index_.find(k);
  size_t g;
  if (it == index_.end()) {
    g = groups_.size();
    index_.emplace(std::move(k), g);
    groups_.push_back({std::move(key), std::vector<Acc>(aggregates.size())});
    if (CapExceeded(*ctx, groups_.size(), "aggregation")) return false;
  } else {
    g = it->second;
  }
  Group& group = groups_[g];
  for (size_t a = 0; a < aggregates.size(); ++a) {
    const AggregateSpec& spec = aggregates[a];
    Acc& acc = group.accs[a];
    if (spec.function == "count*") {
      ++acc.count;
      continue;
    }
    Value v = Eval(*spec.arg, row, *ctx);
    if (!ctx->ok()) return false;
    if (v.is_null()) continue;
    if (spec.distinct) {
      std::string vk;
      AppendKey(v, &vk);
      if (!acc.seen.insert(std::move(vk)).second) continue;
      if (CapExceeded(*ctx, ++held_, "DISTINCT inside an aggregate")) return false;
    }
    const std::string& f = spec.function;
    if (f == "count") {
      ++acc.count;
    } else if (f == "collect") {
      acc.list.push_back(std::move(v));
      if (CapExceeded(*ctx, ++held_, "collect()")) return false;
    } else if (f == "sum" || f == "avg") {
      if (v.type != T::kInt && v.type != T::kDouble)
        return ctx->Fail(absl::InvalidArgumentError(absl::StrCat(f, "() of a value that is not a number in `", spec.text, "`")));
      ++acc.count;
      if (v.type == T::kDouble) acc.is_double = true;
      double d = v.type == T::kInt ? static_cast<double>(v.i) : v.d;
      acc.sum += d;
      if (v.type == T::kInt && !acc.overflow && __builtin_add_overflow(acc.isum, v.i, &acc.isum)) acc.overflow = true;
    } else if (f == "min" || f == "max") {
      if (acc.best.is_null()) {
        acc.best = v;
      } else {
        int c = CompareForSort(v, acc.best);
        if ((f == "min" && c < 0) || (f == "max" && c > 0)) acc.best = v;
      }
    }
  }
  return true;
}

bool AggregateOp::Finish() {
  if (groups_.empty() && keys.empty() && ctx->ok()) groups_.push_back({{}, std::vector<Acc>(aggregates.size())});
  for (auto& group : groups_) {
    if (!ctx->ok()) return false;
    Row row(num_slots);
    for (size_t k = 0; k < key_slots.size(); ++k) row[key_slots[k]] = group.key[k];
    for (size_t a = 0; a < aggregates.size(); ++a) {
      const AggregateSpec& spec = aggregates[a];
      Acc& acc = group.accs[a];
      Value v;
      const std::string& f = spec.function;
      if (f == "count" || f == "count*") v = Value::Int(acc.count);
      else if (f == "collect") v = Value::MakeList(std::move(acc.list));
      else if (f == "sum") v = acc.is_double || acc.overflow ? Value::Double(acc.sum) : Value::Int(acc.isum);
      else if (f == "avg") v = acc.count ? Value::Double(acc.sum / static_cast<double>(acc.count)) : Value();
      else v = acc.best;
      row[spec.slot] = std::move(v);
    }
    for (size_t p = 0; p < post.size(); ++p) row[post_slots[p]] = Eval(*post[p], row, *ctx);
    if (!ctx->ok()) return false;
    if (!next->Push(row)) break;
  }
  groups_.clear();
  index_.clear();
  if (!ctx->ok()) return false;
  return next->Finish();
}

std::string AggregateOp::Describe() const {
  std::vector<std::string> k, a;
  for (const auto& e : keys) k.push_back(e->text);
  for (const auto& s : aggregates) a.push_back(s.text);
  return absl::StrCat("Aggregation keys [", absl::StrJoin(k, ", "), "] aggregates [", absl::StrJoin(a, ", "),
                      "] (hash grouping)");
}

bool DistinctOp::Push(Row& row) {
  std::string key;
  for (int s : slots) AppendKey(row[s], &key);
  if (!seen_.insert(std::move(key)).second) return true;
  if (CapExceeded(*ctx, seen_.size(), "DISTINCT")) return false;
  return next->Push(row);
}

bool SortOp::Less(const Held& a, const Held& b) const {
  for (size_t k = 0; k < keys.size(); ++k) {
    int c = CompareForSort(a.keys[k], b.keys[k]);
    if (c) return descending[k] ? c > 0 : c < 0;
  }
  return a.seq < b.seq;  // ties keep their arrival order
}

void SortOp::Trim() {
  size_t k = static_cast<size_t>(top);
  if (rows_.size() <= k) return;
  std::nth_element(rows_.begin(), rows_.begin() + static_cast<long>(k), rows_.end(),
                   [&](const Held& a, const Held& b) { return Less(a, b); });
  rows_.resize(k);
}

bool SortOp::Push(Row& row) {
  Held held;
  for (const auto& e : keys) held.keys.push_back(Eval(*e, row, *ctx));
  if (!ctx->ok()) return false;
  held.row.reserve(keep.size());
  for (int slot : keep) held.row.push_back(row[slot]);
  held.seq = seq_++;
  rows_.push_back(std::move(held));
  if (top >= 0) {
    size_t k = static_cast<size_t>(top);
    if (rows_.size() >= std::max(2 * k + 1, std::min(2 * k + 1024, ctx->options.max_rows))) Trim();
  }
  return !CapExceeded(*ctx, rows_.size(), "ORDER BY");
}

bool SortOp::Finish() {
  if (top >= 0) Trim();
  std::sort(rows_.begin(), rows_.end(), [&](const Held& a, const Held& b) { return Less(a, b); });
  Row row(num_slots);
  for (auto& held : rows_) {
    for (size_t i = 0; i < keep.size(); ++i) row[keep[i]] = std::move(held.row[i]);
    if (!next->Push(row)) break;
  }
  rows_.clear();
  if (!ctx->ok()) return false;
  return next->Finish();
}

bool SkipLimitOp::Push(Row& row) {
  if (limit >= 0 && emitted_ >= limit) return false;
  if (seen_++ < skip) return true;
  ++emitted_;
  if (!next->Push(row)) return false;
  return limit < 0 || emitted_ < limit;
}

std::string SkipLimitOp::Describe() const {
  std::string out;
  if (skip) absl::StrAppend(&out, "Skip ", skip, " ");
  if (limit >= 0) absl::StrAppend(&out, "Limit ", limit, " (stops the pipeline)");
  return out;
}

bool ResultOp::Push(Row& row) {
  std::vector<Value> out;
  out.reserve(slots.size());
  for (int s : slots) out.push_back(row[s]);
  rows->push_back(std::move(out));
  if (rows->size() > ctx->options.max_rows) {
    ctx->Fail(absl::ResourceExhaustedError(absl::StrCat(
        "the query returns more than ", ctx->options.max_rows, " rows; add LIMIT or raise --max-rows")));
    return false;
  }
  return true;
}

std::string ResultOp::Describe() const { return absl::StrCat("ProduceResults ", absl::StrJoin(columns, ", ")); }

}  // namespace kg::query
