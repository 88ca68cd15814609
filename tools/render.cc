#include <cstdlib>

#include "proto/vocabulary.h"
#include "tools/cli.h"

namespace kg::cli {

std::string ResolveDbPath(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("KG_DB");
  if (env != nullptr && *env != '\0') return env;
  return "kg.db";
}

nlohmann::json Renderer::ActorJson(uint64_t id) {
  auto cached = actors_.find(id);
  if (cached != actors_.end()) return cached->second;
  nlohmann::json out = nullptr;
  auto actor = store_.GetActor(id);
  if (actor.ok() && actor->has_value()) {
    const Actor& a = **actor;
    out = {{"id", a.id()}, {"name", a.name()}, {"kind", std::string(ActorKindName(a.kind()))}};
    out["aliases"] = std::vector<std::string>(a.aliases().begin(), a.aliases().end());
    // Affiliations: every actor reachable through MEMBER_OF edges, nearest first.
    std::vector<std::string> names;
    std::vector<uint64_t> frontier = {id};
    std::vector<uint64_t> seen = {id};
    for (size_t i = 0; i < frontier.size() && i < 64; ++i) {
      (void)store_.ForEachEdge(frontier[i], graph::Direction::kOut, MEMBER_OF, [&](const Edge& edge) {
        for (uint64_t s : seen)
          if (s == edge.to()) return true;
        seen.push_back(edge.to());
        frontier.push_back(edge.to());
        auto parent = store_.GetActor(edge.to());
        if (parent.ok() && parent->has_value()) names.push_back((*parent)->name());
        return true;
      });
    }
    out["affiliations"] = names;
    if (!a.cameo().empty()) out["cameo"] = a.cameo();
    if (!a.iso3().empty()) out["iso3"] = a.iso3();
    if (a.roles_size() > 0) out["roles"] = std::vector<std::string>(a.roles().begin(), a.roles().end());
  }
  actors_[id] = out;
  return out;
}

std::string Renderer::DocumentName(uint64_t id) {
  auto cached = documents_.find(id);
  if (cached != documents_.end()) return cached->second;
  std::string name;
  auto doc = store_.GetDocument(id);
  if (doc.ok() && doc->has_value()) name = (*doc)->name();
  documents_[id] = name;
  return name;
}

nlohmann::json Renderer::EventJson(const Event& event, bool nested, int depth) {
  nlohmann::json out;
  out["id"] = event.id();
  out["class"] = std::string(EventClassName(event.event_class()));
  out["cameo"] = event.cameo();
  out["source"] = event.source() != 0 ? ActorJson(event.source()) : nlohmann::json(nullptr);
  out["target"] = event.target() != 0 ? ActorJson(event.target()) : nlohmann::json(nullptr);
  // a target that is no actor ("stormed the building"): named, but no node of the graph
  if (event.target() == 0 && !event.target_phrase().empty())
    out["target"] = {{"name", event.target_phrase()}, {"kind", "THING"}};
  // a speaker that is no actor ("the report said")
  if (event.source() == 0 && !event.source_phrase().empty())
    out["source"] = {{"name", event.source_phrase()}, {"kind", "THING"}};
  if (event.content() != 0 && depth < 8) {
    auto content = store_.GetEvent(event.content());
    if (content.ok() && content->has_value()) out["content"] = EventJson(**content, true, depth + 1);
  }
  out["polarity"] = event.polarity() == NEGATIVE ? "negative" : "positive";
  out["modality"] = Modality_Name(event.modality());
  out["asserted"] = event.asserted();
  if (!event.date().empty()) out["date"] = event.date();
  out["trigger"] = event.trigger();
  if (!nested) {
    const Provenance& p = event.provenance();
    out["doc"] = DocumentName(p.document());
    out["sentence"] = p.sentence();
    out["sentence_index"] = p.sentence_index();
    out["offsets"] = {{"sentence", {p.sentence_begin(), p.sentence_end()}},
                      {"trigger", {p.trigger_begin(), p.trigger_end()}},
                      {"source", {p.source_begin(), p.source_end()}},
                      {"target", {p.target_begin(), p.target_end()}}};
    out["rule"] = p.rule();
  }
  return out;
}

}  // namespace kg::cli
