// A small news graph for the query tests, written through Store::PutDocumentGraph into a
// temporary directory. Two documents, modelled on the samples: denials of coordination between
// the United States and Iran, strikes on ISIL, accusations, support.
#ifndef KG_TESTS_QUERY_TEST_GRAPH_H_
#define KG_TESTS_QUERY_TEST_GRAPH_H_

#include <stdlib.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/ids.h"
#include "graph/store.h"
#include "gtest/gtest.h"

namespace kg::query::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg_query_test_XXXXXX").string();
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    char* made = mkdtemp(buffer.data());
    path_ = made ? made : "";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

inline uint64_t ActorIdOf(const std::string& name, bool person = false) {
  return graph::ActorIdForKey(graph::ActorKey(person, graph::NormalizeName(name)));
}

struct ActorSpec {
  std::string name;
  ActorKind kind;
  std::vector<std::string> aliases;
  std::vector<std::string> member_of;
};

struct EventSpec {
  std::string key;  // unique in the test graph
  EventClass event_class;
  std::string source, target;  // actor names, "" for none
  std::string content;         // key of the content event
  bool asserted = true;
  Polarity polarity = POSITIVE;
  std::string sentence;
  std::string trigger;
};

class TestGraph {
 public:
  // Builds the standard graph.
  TestGraph() {
    auto store = graph::Store::Open(dir_.path() + "/db");
    EXPECT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
    actors_ = {
        {"United States", COUNTRY, {"US", "U.S.", "Washington"}, {}},
        {"Iran", COUNTRY, {"Tehran", "Islamic Republic"}, {}},
        {"Iraq", COUNTRY, {}, {}},
        {"Syria", COUNTRY, {}, {}},
        {"Turkey", COUNTRY, {}, {}},
        {"Pentagon", GOVERNMENT, {}, {"United States"}},
        {"John Kirby", PERSON, {"Kirby"}, {"Pentagon"}},
        {"John Kerry", PERSON, {"Kerry"}, {"United States"}},
        {"Marzieh Afkham", PERSON, {"Afkham"}, {"Iran"}},
        {"ISIL", ARMED_GROUP, {"Islamic State", "ISIS"}, {}},
        {"coalition", COALITION, {"international coalition"}, {}},
    };
    Add("doc1.txt", "US denies working with Iran",
        {
            {"c1", COOPERATE, "United States", "Iran", "", false, NEGATIVE,
             "Kirby denied that the US was coordinating with Iran.", "coordinating"},
            {"e1", DENY, "John Kirby", "", "c1", true, POSITIVE,
             "Kirby denied that the US was coordinating with Iran.", "denied"},
            {"c2", COOPERATE, "John Kerry", "Iran", "", false, NEGATIVE,
             "Kerry said he was not coordinating with Iran.", "coordinating"},
            {"e2", DENY, "John Kerry", "", "c2", true, POSITIVE,
             "Kerry said he was not coordinating with Iran.", "not coordinating"},
            {"e3", ASSAULT, "United States", "ISIL", "", true, POSITIVE,
             "US aircraft struck ISIL positions near Mosul.", "struck"},
            {"e4", ASSAULT, "Iran", "ISIL", "", true, POSITIVE,
             "Iranian jets bombed ISIL in Diyala.", "bombed"},
            {"e5", ASSAULT, "ISIL", "Iraq", "", false, POSITIVE,
             "Officials feared ISIL could attack Baghdad.", "attack"},
            {"e6", ACCUSE, "Marzieh Afkham", "United States", "", true, POSITIVE,
             "Afkham accused the United States of hypocrisy.", "accused"},
        });
    Add("doc2.txt", "Iran denies cooperating with the coalition",
        {
            {"c3", COOPERATE, "Iran", "coalition", "", false, NEGATIVE,
             "Afkham denied that Iran was cooperating with the coalition.", "cooperating"},
            {"e7", DENY, "Marzieh Afkham", "", "c3", true, POSITIVE,
             "Afkham denied that Iran was cooperating with the coalition.", "denied"},
            {"c4", COOPERATE, "United States", "", "", false, NEGATIVE,
             "Iran denied any coordination by the US.", "coordination"},
            {"e8", DENY, "Iran", "", "c4", true, POSITIVE, "Iran denied any coordination by the US.", "denied"},
            {"c5", COOPERATE, "United States", "Iran", "", false, NEGATIVE,
             "Tehran again denied that Washington coordinated with it.", "coordinated"},
            {"e11", DENY, "Iran", "", "c5", true, POSITIVE,
             "Tehran again denied that Washington coordinated with it.", "denied"},
            {"e9", SUPPORT, "Iran", "Syria", "", true, POSITIVE, "Iran backed the Syrian government.", "backed"},
            {"e10", COOPERATE, "Iraq", "Iran", "", true, POSITIVE, "Iraq worked with Iran against ISIL.", "worked"},
            {"e12", THREATEN, "ISIL", "Turkey", "", true, NEGATIVE, "ISIL did not threaten Turkey.", "threaten"},
            {"e13", THREATEN, "Iran", "ISIL", "", true, POSITIVE, "Iran threatened ISIL with more strikes.", "threatened"},
            {"e14", CONSULT, "John Kerry", "Iraq", "", true, POSITIVE, "Kerry met Iraqi leaders in Baghdad.", "met"},
        });
  }

  const graph::Store& store() const { return *store_; }
  graph::Store& mutable_store() { return *store_; }
  const std::string& dir() const { return dir_.path(); }
  static uint64_t EventId(const std::string& key) { return graph::MakeId(graph::NodeKind::kEvent, key); }
  uint64_t Actor(const std::string& name) const { return ids_.at(name); }

 private:
  void Add(const std::string& doc_name, const std::string& title, const std::vector<EventSpec>& events) {
    DocumentGraph g;
    Document* doc = g.mutable_document();
    doc->set_name(doc_name);
    doc->set_id(graph::DocumentId(doc_name));
    doc->set_title(title);
    doc->set_date("2014-12-03");
    doc->set_content_hash(doc_name + "-hash");
    std::map<std::string, uint64_t> ids;
    for (const auto& a : actors_) ids[a.name] = ActorIdOf(a.name, a.kind == PERSON);
    ids_ = ids;
    for (const auto& spec : actors_) {
      kg::Actor* a = g.add_actors();
      a->set_id(ids[spec.name]);
      a->set_name(spec.name);
      a->set_kind(spec.kind);
      for (const auto& alias : spec.aliases) a->add_aliases(alias);
      for (const auto& m : spec.member_of) {
        a->add_affiliations(ids[m]);
        a->add_affiliation_names(m);
        Edge* e = g.add_edges();
        e->set_from(ids[spec.name]);
        e->set_to(ids[m]);
        e->set_type(MEMBER_OF);
      }
    }
    uint32_t sentence_index = 0;
    for (const auto& spec : events) {
      kg::Event* e = g.add_events();
      e->mutable_provenance()->set_sentence_index(sentence_index++);
      e->set_id(EventId(spec.key));
      e->set_event_class(spec.event_class);
      e->set_cameo("000");
      if (!spec.source.empty()) e->set_source(ids.at(spec.source));
      if (!spec.target.empty()) e->set_target(ids.at(spec.target));
      if (!spec.content.empty()) e->set_content(EventId(spec.content));
      e->set_asserted(spec.asserted);
      e->set_polarity(spec.polarity);
      e->set_trigger(spec.trigger);
      e->mutable_provenance()->set_document(doc->id());
      e->mutable_provenance()->set_sentence(spec.sentence);
      e->mutable_provenance()->set_rule("test");
    }
    auto outcome = store_->PutDocumentGraph(g);
    EXPECT_TRUE(outcome.ok()) << outcome.status();
  }

  TempDir dir_;
  std::unique_ptr<graph::Store> store_;
  std::vector<ActorSpec> actors_;
  std::map<std::string, uint64_t> ids_;
};

}  // namespace kg::query::testing

#endif  // KG_TESTS_QUERY_TEST_GRAPH_H_
