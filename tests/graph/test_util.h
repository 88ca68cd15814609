// Helpers shared by the graph store tests: a per-test store directory that is removed afterwards,
// and small builders for documents, actors and events with the ids graph/ids.h gives them.
#ifndef KG_TESTS_GRAPH_TEST_UTIL_H_
#define KG_TESTS_GRAPH_TEST_UTIL_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "graph/store.h"
#include "gtest/gtest.h"
#include "kg.pb.h"

namespace kg::graph::testing {

// A fresh directory under the test's TempDir (not created: stores create it), removed on exit.
class TempStoreDir {
 public:
  TempStoreDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string temp = ::testing::TempDir();
    if (!temp.empty() && temp.back() == '/') temp.pop_back();
    path_ = absl::StrCat(temp, "/kg_graph_", info->test_suite_name(), "_", info->name(), "_",
                         getpid());
    std::filesystem::remove_all(path_);
  }
  ~TempStoreDir() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline Actor MakeActor(const std::string& name, ActorKind kind, std::vector<std::string> aliases = {},
                       uint32_t mentions = 1) {
  Actor actor;
  actor.set_id(ActorIdForKey(ActorKey(kind == PERSON, NormalizeName(name))));
  actor.set_kind(kind);
  actor.set_name(name);
  for (auto& alias : aliases) actor.add_aliases(alias);
  actor.set_mention_count(mentions);
  return actor;
}

inline Event MakeEvent(const std::string& document, const std::string& trigger, EventClass event_class,
                       uint64_t source, uint64_t target = 0, uint64_t content = 0) {
  Event event;
  event.set_id(MakeId(NodeKind::kEvent, absl::StrCat(document, "#", trigger)));
  event.set_event_class(event_class);
  event.set_source(source);
  event.set_target(target);
  event.set_content(content);
  event.set_trigger(trigger);
  event.mutable_provenance()->set_document(DocumentId(document));
  return event;
}

inline DocumentGraph MakeGraph(const std::string& name, const std::string& text) {
  DocumentGraph graph;
  Document* document = graph.mutable_document();
  document->set_id(DocumentId(name));
  document->set_name(name);
  document->set_text(text);
  document->set_content_hash(ContentDigest(text));
  return graph;
}

inline Edge MemberOf(uint64_t from, uint64_t to) {
  Edge edge;
  edge.set_from(from);
  edge.set_to(to);
  edge.set_type(MEMBER_OF);
  return edge;
}

}  // namespace kg::graph::testing

#endif  // KG_TESTS_GRAPH_TEST_UTIL_H_
