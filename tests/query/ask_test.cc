#include <set>
#include <string>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/query.h"
#include "test_graph.h"

namespace kg::query {
namespace {

using ::testing::HasSubstr;

std::string Name(const Value& v) { return v.type == Value::Type::kNode ? v.s : "?"; }

std::set<std::pair<std::string, std::string>> Pairs(const Table& t, size_t a = 0, size_t b = 1) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& row : t.rows) out.insert({Name(row[a]), Name(row[b])});
  return out;
}

class AskTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { graph_ = new testing::TestGraph(); }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  absl::StatusOr<Table> AskQ(const std::string& q) { return Ask(graph_->store(), q, QueryOptions()); }
  static testing::TestGraph* graph_;
};
testing::TestGraph* AskTest::graph_ = nullptr;

TEST_F(AskTest, WhoDeniedCoordinationWithWhom) {
  auto t = AskQ("who denied coordination with whom");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"who", "whom", "evidence", "doc"}));
  std::set<std::pair<std::string, std::string>> want = {
      {"John Kirby", "Iran"}, {"John Kerry", "Iran"}, {"Marzieh Afkham", "coalition"}, {"Iran", "United States"}};
  EXPECT_EQ(Pairs(*t), want);
  // One row per pair, with the first evidence.
  EXPECT_EQ(t->rows.size(), 4u);
  for (const auto& row : t->rows) {
    if (Name(row[0]) == "Iran") {
      EXPECT_EQ(row[2].s, "Iran denied any coordination by the US.");
      EXPECT_EQ(row[3].s, "doc2.txt");
    }
  }
}

TEST_F(AskTest, WhoDeniedCoordinationWithAnActor) {
  auto t = AskQ("who denied coordination with Iran");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(Pairs(*t), (std::set<std::pair<std::string, std::string>>{{"John Kirby", "Iran"}, {"John Kerry", "Iran"}}));
  auto us = AskQ("who denied cooperation with the United States");
  ASSERT_TRUE(us.ok()) << us.status();
  EXPECT_EQ(Pairs(*us), (std::set<std::pair<std::string, std::string>>{{"Iran", "United States"}}));
}

TEST_F(AskTest, SynonymsReadTheSameWay) {
  auto a = AskQ("who denied coordination with whom");
  auto b = AskQ("Who denied cooperation with whom?");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(Pairs(*a), Pairs(*b));
}

TEST_F(AskTest, WhoAttackedWhomUsesAssertedPositiveEvents) {
  auto t = AskQ("who attacked whom");
  ASSERT_TRUE(t.ok()) << t.status();
  std::set<std::pair<std::string, std::string>> want = {{"United States", "ISIL"}, {"Iran", "ISIL"}};
  EXPECT_EQ(Pairs(*t), want);  // ISIL -> Iraq is only a content
}

TEST_F(AskTest, WhoAccusedWhomAndThreatened) {
  auto t = AskQ("who accused whom");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(Pairs(*t), (std::set<std::pair<std::string, std::string>>{{"Marzieh Afkham", "United States"}}));
  auto th = AskQ("who threatened whom");
  ASSERT_TRUE(th.ok()) << th.status();
  EXPECT_EQ(Pairs(*th), (std::set<std::pair<std::string, std::string>>{{"Iran", "ISIL"}}));  // not the negated one
}

TEST_F(AskTest, WhoDidIranAccuseIncludesMembers) {
  auto t = AskQ("who did Iran accuse");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(Pairs(*t), (std::set<std::pair<std::string, std::string>>{{"Marzieh Afkham", "United States"}}));
  EXPECT_THAT(t->rows[0][2].s, HasSubstr("hypocrisy"));
}

TEST_F(AskTest, WhoSupportsSyria) {
  auto t = AskQ("who supports Syria");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(Pairs(*t), (std::set<std::pair<std::string, std::string>>{{"Iran", "Syria"}}));
}

TEST_F(AskTest, WhatDidIranDeny) {
  auto t = AskQ("what did Iran deny");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"who", "what", "evidence", "doc"}));
  // Iran itself (two denials) and Afkham (one).
  EXPECT_EQ(t->rows.size(), 3u);
  for (const auto& row : t->rows) {
    ASSERT_EQ(row[1].type, Value::Type::kNode);
    EXPECT_THAT(row[1].s, HasSubstr("COOPERATE"));
  }
}

TEST_F(AskTest, WhoDeniedWhat) {
  auto t = AskQ("who denied what");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->rows.size(), 5u);
}

TEST_F(AskTest, WhichCountriesCooperatedWithIraq) {
  auto t = AskQ("which countries cooperated with Iraq");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(Pairs(*t), (std::set<std::pair<std::string, std::string>>{{"Iran", "Iraq"}}));
  auto met = AskQ("which countries met with Iraq");  // Kerry met Iraqi leaders: his country
  ASSERT_TRUE(met.ok()) << met.status();
  EXPECT_EQ(Pairs(*met), (std::set<std::pair<std::string, std::string>>{{"United States", "Iraq"}}));
}

TEST_F(AskTest, HowIsKerryConnectedToAfkham) {
  auto t = AskQ("how is Kerry connected to Afkham");
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_FALSE(t->rows.empty());
  EXPECT_EQ(t->columns, (std::vector<std::string>{"from", "to", "hops", "path", "evidence", "doc"}));
  EXPECT_EQ(Name(t->rows[0][0]), "John Kerry");
  EXPECT_EQ(Name(t->rows[0][1]), "Marzieh Afkham");
  EXPECT_GT(t->rows[0][2].i, 0);
  ASSERT_EQ(t->rows[0][4].type, Value::Type::kList);
  EXPECT_FALSE(t->rows[0][4].list->empty());
}

TEST_F(AskTest, HowAreTheyConnectedAndRowCaps) {
  auto t = AskQ("How are John Kerry and Marzieh Afkham connected?");
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_FALSE(t->rows.empty());
  EXPECT_EQ(t->rows[0][2].i, 3);
  QueryOptions options;
  options.max_rows = 1;
  auto capped = Ask(graph_->store(), "who denied coordination with whom", options);
  ASSERT_FALSE(capped.ok());
  EXPECT_EQ(capped.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST_F(AskTest, ExplainShowsTheCypher) {
  QueryOptions options;
  options.explain = true;
  auto t = Ask(graph_->store(), "who attacked whom", options);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_TRUE(t->rows.empty());
  EXPECT_THAT(t->explain, HasSubstr("MATCH (e:Event {class: 'ASSAULT'})"));
  EXPECT_THAT(t->explain, HasSubstr("NodeByEventClassIndex"));
}

TEST_F(AskTest, SameRowsAsTheCypherItCompilesTo) {
  for (const char* q : {"who denied coordination with whom", "who attacked whom", "who did Iran accuse",
                        "which countries cooperated with Iraq", "what did Iran deny"}) {
    auto cypher = QuestionToCypher(graph_->store(), q);
    ASSERT_TRUE(cypher.ok()) << cypher.status();
    auto a = AskQ(q);
    auto b = RunCypher(graph_->store(), *cypher, QueryOptions());
    ASSERT_TRUE(a.ok() && b.ok()) << q;
    EXPECT_EQ(a->rows, b->rows) << q;
  }
}

TEST_F(AskTest, UnreadableQuestionListsTheForms) {
  for (const char* q : {"tell me a story", "who", "who frobnicated whom", "what did Atlantis deny"}) {
    auto t = AskQ(q);
    ASSERT_FALSE(t.ok()) << q;
    if (std::string(q) == "what did Atlantis deny") {
      EXPECT_THAT(std::string(t.status().message()), HasSubstr("no actor named 'Atlantis'"));
    } else {
      EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument) << q;
      EXPECT_THAT(std::string(t.status().message()), HasSubstr("who VERBED whom")) << q;
    }
  }
}

TEST_F(AskTest, JsonRendersActorsWithAffiliations) {
  auto t = AskQ("who denied coordination with whom");
  ASSERT_TRUE(t.ok());
  std::string json = FormatTable(*t, OutputFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"name\": \"John Kirby\""));
  EXPECT_THAT(json, HasSubstr("\"affiliations\": [\n"));
  EXPECT_THAT(json, HasSubstr("\"Pentagon\""));
  EXPECT_THAT(json, HasSubstr("\"United States\""));
}

}  // namespace
}  // namespace kg::query
