// RunCypher: parse, plan, run, and render the nodes of the result.
#include <deque>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "proto/vocabulary.h"
#include "query/operators.h"
#include "query/plan.h"
#include "query/render.h"
#include "query/status_macros.h"

namespace kg::query {

namespace {

using T = Value::Type;

}  // namespace

Renderer::Renderer(GraphReader& reader) : reader_(reader) {}

std::vector<std::string> Renderer::Affiliations(const Actor& actor, absl::Status* status) {
  std::vector<std::string> out;
  absl::flat_hash_set<uint64_t> seen = {actor.id()};
  std::deque<uint64_t> queue;
  auto add = [&](uint64_t id) {
    if (seen.insert(id).second && seen.size() < 1000) queue.push_back(id);
  };
  for (uint64_t id : actor.affiliations()) add(id);
  uint64_t at = actor.id();
  while (true) {
    absl::Status s = reader_.store().ForEachEdge(at, graph::Direction::kOut, MEMBER_OF, [&](const Edge& e) {
      add(e.to());
      return true;
    });
    if (!s.ok()) {
      *status = s;
      break;
    }
    if (queue.empty()) break;
    at = queue.front();
    queue.pop_front();
    auto node = reader_.Get(at, status);
    if (node && node->kind == graph::NodeKind::kActor) {
      out.push_back(node->actor.name());
      for (uint64_t id : node->actor.affiliations()) add(id);
    }
  }
  return out;
}

std::string Renderer::ActorName(uint64_t id, absl::Status* status) {
  if (id == 0) return "";
  auto node = reader_.Get(id, status);
  return node && node->kind == graph::NodeKind::kActor ? node->actor.name() : "";
}

Value Renderer::Render(const Value& v, absl::Status* status) {
  switch (v.type) {
    case T::kNode: {
      auto it = cache_.find(v.id);
      if (it != cache_.end()) return it->second;
      Value out = v;
      auto node = reader_.Get(v.id, status);
      Value::Map m;
      if (node) {
        switch (node->kind) {
          case graph::NodeKind::kActor: {
            const Actor& a = node->actor;
            m.emplace_back("name", Value::String(a.name()));
            Value::List aliases;
            for (const auto& s : a.aliases()) aliases.push_back(Value::String(s));
            m.emplace_back("aliases", Value::MakeList(std::move(aliases)));
            Value::List affiliations;
            for (auto& s : Affiliations(a, status)) affiliations.push_back(Value::String(s));
            m.emplace_back("affiliations", Value::MakeList(std::move(affiliations)));
            m.emplace_back("kind", Value::String(std::string(ActorKindName(a.kind()))));
            m.emplace_back("id", Value::Int(static_cast<int64_t>(a.id())));
            out.s = a.name();
            break;
          }
          case graph::NodeKind::kEvent: {
            const Event& e = node->event;
            std::string cls(EventClassName(e.event_class()));
            std::string source = ActorName(e.source(), status), target = ActorName(e.target(), status);
            m.emplace_back("id", Value::Int(static_cast<int64_t>(e.id())));
            m.emplace_back("class", Value::String(cls));
            m.emplace_back("cameo", Value::String(e.cameo()));
            m.emplace_back("trigger", Value::String(e.trigger()));
            m.emplace_back("source", source.empty() ? Value() : Value::String(source));
            m.emplace_back("target", target.empty() ? Value() : Value::String(target));
            if (!e.target_phrase().empty()) m.emplace_back("target_phrase", Value::String(e.target_phrase()));
            if (!e.source_phrase().empty()) m.emplace_back("source_phrase", Value::String(e.source_phrase()));
            if (e.content()) {
              auto content = reader_.Get(e.content(), status);
              if (content && content->kind == graph::NodeKind::kEvent) {
                Value::Map c;
                c.emplace_back("class", Value::String(std::string(EventClassName(content->event.event_class()))));
                std::string cs = ActorName(content->event.source(), status);
                std::string ct = ActorName(content->event.target(), status);
                c.emplace_back("source", cs.empty() ? Value() : Value::String(cs));
                c.emplace_back("target", ct.empty() ? Value() : Value::String(ct));
                c.emplace_back("trigger", Value::String(content->event.trigger()));
                m.emplace_back("content", Value::MakeMap(std::move(c)));
              }
            }
            m.emplace_back("polarity", Value::String(Polarity_Name(e.polarity())));
            m.emplace_back("modality", Value::String(Modality_Name(e.modality())));
            m.emplace_back("asserted", Value::Bool(e.asserted()));
            if (!e.date().empty()) m.emplace_back("date", Value::String(e.date()));
            m.emplace_back("sentence", Value::String(e.provenance().sentence()));
            m.emplace_back("doc", node->doc_name.empty() ? Value() : Value::String(node->doc_name));
            out.s = absl::StrCat(cls, " '", e.trigger(), "'");
            if (!source.empty() || !target.empty())
              absl::StrAppend(&out.s, " (", source.empty() ? "?" : source, " -> ", target.empty() ? "-" : target, ")");
            break;
          }
          case graph::NodeKind::kDocument: {
            const Document& d = node->document;
            m.emplace_back("id", Value::Int(static_cast<int64_t>(d.id())));
            m.emplace_back("name", Value::String(d.name()));
            m.emplace_back("title", Value::String(d.title()));
            m.emplace_back("date", d.date().empty() ? Value() : Value::String(d.date()));
            m.emplace_back("source", d.source().empty() ? Value() : Value::String(d.source()));
            out.s = d.name();
            break;
          }
        }
      } else {
        m.emplace_back("id", Value::Int(static_cast<int64_t>(v.id)));
      }
      out.map = std::make_shared<const Value::Map>(std::move(m));
      if (cache_.size() < 100000) cache_[v.id] = out;
      return out;
    }
    case T::kList:
    case T::kPath: {
      Value::List items;
      for (const auto& x : *v.list) items.push_back(Render(x, status));
      Value out = v;
      out.list = std::make_shared<const Value::List>(std::move(items));
      return out;
    }
    case T::kMap: {
      Value::Map items;
      for (const auto& [k, x] : *v.map) items.emplace_back(k, Render(x, status));
      return Value::MakeMap(std::move(items));
    }
    default:
      return v;
  }
}

absl::StatusOr<Table> RunCypherInternal(const graph::Store& store, absl::string_view text,
                                        const QueryOptions& options, bool render) {
  KGQ_ASSIGN_OR_RETURN(Query query, ParseCypher(text));
  ExecContext ctx(store, options);
  for (const auto& [k, v] : options.params) ctx.params[k] = ParamValue(v);
  ctx.work_limit = std::max<uint64_t>(100ull * options.max_rows, 50'000'000ull);
  KGQ_ASSIGN_OR_RETURN(std::unique_ptr<Plan> plan, BuildPlan(query, &ctx));
  ctx.plan = plan.get();
  Table table;
  table.columns = plan->columns;
  if (options.explain || query.explain) {
    table.explain = plan->Explain();
    table.columns.clear();  // renders as the plan
    return table;
  }
  for (auto& op : plan->ops)
    if (auto* result = dynamic_cast<ResultOp*>(op.get())) result->rows = &table.rows;
  Row row(plan->num_slots);
  if (plan->head) {
    plan->head->Push(row);
    if (ctx.ok()) plan->head->Finish();
  }
  if (!ctx.ok()) return ctx.status;
  if (render) {
    Renderer renderer(ctx.reader);
    absl::Status status;
    for (auto& r : table.rows)
      for (auto& v : r) v = renderer.Render(v, &status);
    if (!status.ok()) return status;
  }
  return table;
}

absl::StatusOr<Table> RunCypher(const graph::Store& store, absl::string_view text, const QueryOptions& options) {
  return RunCypherInternal(store, text, options, true);
}

}  // namespace kg::query
