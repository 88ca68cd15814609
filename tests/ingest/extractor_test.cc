// The document graph the extractor builds: ids, provenance offsets, contents and affiliations.
#include "ingest/extractor.h"

#include <map>
#include <set>

#include "graph/ids.h"
#include "gtest/gtest.h"

namespace kg::ingest {
namespace {

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractorOptions options;
    options.data_dir = KG_SOURCE_DIR "/data";
    auto created = Extractor::Create(options);
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = created->release();
  }
  static DocumentGraph Extract(const std::string& text, const std::string& date = "") {
    RawDocument doc;
    doc.name = "test.txt";
    doc.path = "test.txt";
    doc.text = text;
    doc.date = date;
    auto graph = extractor_->Extract(doc);
    EXPECT_TRUE(graph.ok()) << graph.status();
    return graph.ok() ? *graph : DocumentGraph();
  }
  static Extractor* extractor_;
};
Extractor* ExtractorTest::extractor_ = nullptr;

constexpr char kArticle[] =
    "Iran denies coordination with US\n\n"
    "Rear Admiral John Kirby, the Pentagon's chief spokesman, said on Tuesday that Iranian jets "
    "had carried out air strikes against Islamic State militants. Iran's foreign ministry "
    "spokeswoman Marzieh Afkham denied that Iran had cooperated with the United States.";

TEST_F(ExtractorTest, ProvenanceOffsetsPointIntoTheStoredText) {
  DocumentGraph graph = Extract(kArticle);
  const std::string& text = graph.document().text();
  ASSERT_GT(graph.events_size(), 0);
  for (const Event& e : graph.events()) {
    const Provenance& p = e.provenance();
    EXPECT_EQ(p.document(), graph.document().id());
    EXPECT_EQ(text.substr(p.sentence_begin(), p.sentence_end() - p.sentence_begin()), p.sentence());
    EXPECT_EQ(text.substr(p.trigger_begin(), p.trigger_end() - p.trigger_begin()), e.trigger());
    EXPECT_GE(p.trigger_begin(), p.sentence_begin());
    EXPECT_LE(p.trigger_end(), p.sentence_end());
    EXPECT_FALSE(p.rule().empty());
    EXPECT_EQ(graph::KindOfId(e.id()), graph::NodeKind::kEvent);
  }
  EXPECT_EQ(graph.document().title(), "Iran denies coordination with US");
}

TEST_F(ExtractorTest, DenialsHoldTheirContentAsAnEventThatIsNoFact) {
  DocumentGraph graph = Extract(kArticle);
  std::map<uint64_t, const Event*> by_id;
  for (const Event& e : graph.events()) by_id[e.id()] = &e;
  std::map<uint64_t, std::string> names;
  for (const Actor& a : graph.actors()) names[a.id()] = a.name();
  bool found = false;
  for (const Event& e : graph.events()) {
    if (e.event_class() != DENY || e.content() == 0) continue;
    ASSERT_TRUE(by_id.count(e.content())) << "content is not in the graph";
    const Event& content = *by_id[e.content()];
    if (names[e.source()] == "Marzieh Afkham" && content.event_class() == COOPERATE) {
      found = true;
      EXPECT_FALSE(content.asserted());
      EXPECT_EQ(names[content.source()], "Iran");
      EXPECT_EQ(names[content.target()], "United States");
    }
  }
  EXPECT_TRUE(found);
}

// "Ghana and Togo said Benin had attacked Niger": each speaker makes a statement, and both hold
// the one attack they report (no second copy of the fact).
TEST_F(ExtractorTest, CoordinatedSpeakersShareTheEventTheyReport) {
  DocumentGraph graph = Extract("Ghana and Togo said Benin had attacked Niger.");
  std::map<uint64_t, std::string> names;
  for (const Actor& a : graph.actors()) names[a.id()] = a.name();
  std::set<std::string> speakers;
  std::set<uint64_t> contents;
  int attacks = 0;
  for (const Event& e : graph.events()) {
    if (e.event_class() == STATEMENT) {
      speakers.insert(names[e.source()]);
      contents.insert(e.content());
    }
    if (e.event_class() == ASSAULT) ++attacks;
  }
  EXPECT_EQ(speakers, (std::set<std::string>{"Ghana", "Togo"}));
  EXPECT_EQ(attacks, 1);
  EXPECT_EQ(contents.size(), 1u);
  EXPECT_NE(*contents.begin(), 0u);
}

TEST_F(ExtractorTest, TitlesAndAppositionsGiveAffiliationsAsMemberOfEdges) {
  DocumentGraph graph = Extract(kArticle);
  std::map<uint64_t, std::string> names;
  for (const Actor& a : graph.actors()) names[a.id()] = a.name();
  std::multimap<std::string, std::string> member_of;
  for (const Edge& edge : graph.edges()) {
    ASSERT_EQ(edge.type(), MEMBER_OF);
    ASSERT_EQ(edge.documents_size(), 1);
    member_of.emplace(names[edge.from()], names[edge.to()]);
  }
  auto has = [&](const std::string& from, const std::string& to) {
    auto range = member_of.equal_range(from);
    for (auto it = range.first; it != range.second; ++it)
      if (it->second == to) return true;
    return false;
  };
  EXPECT_TRUE(has("John Kirby", "Pentagon"));
  EXPECT_TRUE(has("Pentagon", "United States"));
  EXPECT_TRUE(has("Marzieh Afkham", "Iranian foreign ministry"));
  EXPECT_TRUE(has("Iranian foreign ministry", "Iran"));
}

TEST_F(ExtractorTest, TheSameTextGivesTheSameIds) {
  DocumentGraph first = Extract(kArticle);
  DocumentGraph second = Extract(kArticle);
  ASSERT_EQ(first.events_size(), second.events_size());
  for (int i = 0; i < first.events_size(); ++i) EXPECT_EQ(first.events(i).id(), second.events(i).id());
  EXPECT_EQ(first.document().content_hash(), second.document().content_hash());
  // A person and a country never share an id, whatever their names.
  std::set<uint64_t> ids;
  for (const Actor& a : first.actors()) EXPECT_TRUE(ids.insert(a.id()).second) << a.name();
}

TEST_F(ExtractorTest, EventsCarryTheDateTheSentenceGives) {
  DocumentGraph graph = Extract(kArticle, "2014-12-03");
  bool dated = false;
  for (const Event& e : graph.events())
    if (e.event_class() == ASSAULT) dated |= e.date() == "2014-12-02";  // "on Tuesday"
  EXPECT_TRUE(dated);
}

TEST_F(ExtractorTest, ADocumentWithoutANameIsAnError) {
  RawDocument doc;
  doc.text = "Iran attacked Iraq.";
  EXPECT_FALSE(extractor_->Extract(doc).ok());
}

}  // namespace
}  // namespace kg::ingest

namespace kg::ingest {
namespace {

// The parser answers where the shallow scan cannot: a verb group broken by an inserted phrase.
TEST(ExtractorParserTest, TheParserFindsSubjectsTheShallowScanMisses) {
  constexpr char kText[] = "Pakistan has, in the past, blamed India for fuelling unrest in the province.";
  auto source_of_accusation = [&](bool use_parser) {
    ExtractorOptions options;
    options.data_dir = KG_SOURCE_DIR "/data";
    options.use_parser = use_parser;
    auto extractor = Extractor::Create(options);
    EXPECT_TRUE(extractor.ok()) << extractor.status();
    RawDocument doc;
    doc.name = "parser.txt";
    doc.text = kText;
    auto graph = (*extractor)->Extract(doc);
    EXPECT_TRUE(graph.ok());
    std::map<uint64_t, std::string> names;
    for (const Actor& a : graph->actors()) names[a.id()] = a.name();
    for (const Event& e : graph->events())
      if (e.event_class() == ACCUSE) return std::make_pair(names[e.source()], e.provenance().rule());
    return std::make_pair(std::string("no accusation"), std::string());
  };
  EXPECT_EQ(source_of_accusation(false).first, "");
  auto parsed = source_of_accusation(true);
  EXPECT_EQ(parsed.first, "Pakistan");
  EXPECT_NE(parsed.second.find("parsed-subject"), std::string::npos);
}

}  // namespace
}  // namespace kg::ingest
