#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/cypher_ast.h"

namespace kg::query {
namespace {

using ::testing::HasSubstr;

TEST(CypherParser, ParsesMatchWhereReturn) {
  auto q = ParseCypher(
      "MATCH (a:Actor {name: 'Iran'})<-[:SOURCE]-(e:Event)-[r:TARGET]->(b:Actor:Country)\n"
      "WHERE e.class IN ['ASSAULT', 'THREATEN'] AND NOT b.name STARTS WITH 'I'\n"
      "RETURN DISTINCT a.name AS who, count(DISTINCT b) AS n ORDER BY n DESC SKIP 1 LIMIT 5");
  ASSERT_TRUE(q.ok()) << q.status();
  ASSERT_EQ(q->clauses.size(), 2u);
  const Clause& m = q->clauses[0];
  ASSERT_EQ(m.patterns.size(), 1u);
  const PathPattern& p = m.patterns[0];
  ASSERT_EQ(p.nodes.size(), 3u);
  EXPECT_EQ(p.nodes[0].var, "a");
  EXPECT_EQ(p.nodes[0].labels, std::vector<std::string>{"Actor"});
  EXPECT_EQ(p.nodes[0].properties[0].first, "name");
  EXPECT_EQ(p.rels[0].direction, RelPattern::Direction::kLeft);
  EXPECT_EQ(p.rels[1].direction, RelPattern::Direction::kRight);
  EXPECT_EQ(p.rels[1].var, "r");
  EXPECT_EQ(p.nodes[2].labels, (std::vector<std::string>{"Actor", "Country"}));
  ASSERT_TRUE(m.where);
  EXPECT_EQ(m.where->op, "AND");
  const Clause& r = q->clauses[1];
  EXPECT_TRUE(r.distinct);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[0].alias, "who");
  EXPECT_TRUE(r.items[1].expr->distinct);
  EXPECT_TRUE(r.order_by[0].descending);
  EXPECT_EQ(r.skip->value.i, 1);
  EXPECT_EQ(r.limit->value.i, 5);
}

TEST(CypherParser, VariableLengthRanges) {
  struct Case {
    const char* text;
    int min, max;
  } cases[] = {{"MATCH (a)-[:MEMBER_OF*1..3]->(b) RETURN b", 1, 3}, {"MATCH (a)-[*]-(b) RETURN b", 1, -1},
               {"MATCH (a)-[*2]-(b) RETURN b", 2, 2},                {"MATCH (a)-[*..6]-(b) RETURN b", 1, 6},
               {"MATCH (a)-[*0..]-(b) RETURN b", 0, -1},            {"MATCH (a)-[:X|:Y*2..]->(b) RETURN b", 2, -1}};
  for (const auto& c : cases) {
    auto q = ParseCypher(c.text);
    ASSERT_TRUE(q.ok()) << c.text << ": " << q.status();
    const RelPattern& r = q->clauses[0].patterns[0].rels[0];
    EXPECT_TRUE(r.var_length) << c.text;
    EXPECT_EQ(r.min_hops, c.min) << c.text;
    EXPECT_EQ(r.max_hops, c.max) << c.text;
  }
}

TEST(CypherParser, ShortestPathOptionalMatchWithUnwindParams) {
  auto q = ParseCypher(
      "EXPLAIN MATCH (a:Actor), (b:Actor) WHERE a.name = $from AND b.name = $to\n"
      "OPTIONAL MATCH p = shortestPath((a)-[*..6]-(b))\n"
      "WITH a, b, p UNWIND nodes(p) AS n\n"
      "RETURN a, b, [x IN collect(n) WHERE x:Event | x.sentence] AS s, CASE WHEN p IS NULL THEN 0 ELSE 1 END AS f");
  ASSERT_TRUE(q.ok()) << q.status();
  EXPECT_TRUE(q->explain);
  EXPECT_EQ(q->clauses[1].kind, Clause::Kind::kOptionalMatch);
  EXPECT_EQ(q->clauses[1].patterns[0].shortest, PathPattern::Shortest::kOne);
  EXPECT_EQ(q->clauses[1].patterns[0].path_var, "p");
  EXPECT_EQ(q->clauses[3].kind, Clause::Kind::kUnwind);
}

TEST(CypherParser, PatternPredicatesAndExists) {
  for (const char* text : {"MATCH (a), (b) WHERE NOT (a)-[:MEMBER_OF*]->(b) RETURN a",
                           "MATCH (a), (b) WHERE exists((a)-[:MEMBER_OF]->(b)) RETURN a",
                           "MATCH (a), (b) WHERE EXISTS { MATCH (a)-[:MEMBER_OF]->(b) WHERE b.name = 'x' } RETURN a",
                           "MATCH (a) WHERE (a.name = 'x') OR (a.name = 'y') RETURN a"}) {
    auto q = ParseCypher(text);
    EXPECT_TRUE(q.ok()) << text << ": " << q.status();
  }
}

TEST(CypherParser, LiteralsAndComments) {
  auto q = ParseCypher("// a comment\nRETURN 1, -2.5e1, 'it\\'s', \"dq\", true, null, [1, 2][0], {a: 1}.a /* x */");
  ASSERT_TRUE(q.ok()) << q.status();
  const auto& items = q->clauses[0].items;
  ASSERT_EQ(items.size(), 8u);
  EXPECT_EQ(items[2].expr->value.s, "it's");
}

struct BadCase {
  const char* text;
  const char* message;  // substring
};

TEST(CypherParser, ErrorsGiveLineColumnAndWhatWasExpected) {
  const BadCase cases[] = {
      {"MATCH (a:Actor RETURN a", "line 1, column 16: expected ':' and a label, '{' or ')', found 'RETURN'"},
      {"MATCH (a)\nWHERE a.name = \nRETURN a", "line 3, column 1: expected an expression, found 'RETURN'"},
      {"MATCH (a) RETURN", "line 1, column 17: expected an expression, found the end of the query"},
      {"MATCH (a)-[:X*3..1]->(b) RETURN a", "line 1, column 10: expected a length range with min <= max"},
      {"MATCH (a)", "expected RETURN"},
      {"RETURN 'abc", "line 1, column 8: expected the end of the string"},
      {"MATCH (a) RETURN a LIMIT", "line 1, column 25: expected an expression"},
      {"CREATE (a:Actor) RETURN a", "CREATE is not supported: kg query is read-only"},
      {"MATCH (a) DELETE a", "line 1, column 11: DELETE is not supported"},
      {"MATCH (a) RETURN a RETURN a", "expected the end of the query after RETURN"},
      {"MATCH (a)-[:X]-(b RETURN a", "line 1, column 19"},
      {"  MATCH (a) WHERE a.x = ~ RETURN a", "line 1, column 25: expected a token"},
      {"MATCH (a) RETURN a.", "expected a property name"},
      {"FOO", "line 1, column 1: expected MATCH"},
      {"", "line 1, column 1: expected MATCH"},
      {"MATCH p = shortestPath((a)-[*]-(b)-[*]-(c)) RETURN p", "expected shortestPath over a single relationship"},
  };
  for (const auto& c : cases) {
    auto q = ParseCypher(c.text);
    ASSERT_FALSE(q.ok()) << c.text;
    EXPECT_EQ(q.status().code(), absl::StatusCode::kInvalidArgument) << c.text;
    EXPECT_THAT(std::string(q.status().message()), HasSubstr(c.message)) << c.text;
  }
}

TEST(CypherParser, DeepNestingIsAnErrorNotACrash) {
  std::string text = "RETURN " + std::string(5000, '(') + "1" + std::string(5000, ')');
  auto q = ParseCypher(text);
  EXPECT_FALSE(q.ok());
  std::string nots = "RETURN ";
  for (int i = 0; i < 5000; ++i) nots += "NOT ";
  nots += "true";
  EXPECT_FALSE(ParseCypher(nots).ok());
  std::string minus = "RETURN " + std::string(5000, '-') + "1";
  EXPECT_FALSE(ParseCypher(minus).ok());
}

TEST(CypherParser, GarbageNeverCrashes) {
  const std::string alphabet = "()[]{}-<>:*.,|'\"$ aMATCHRETURNWHERE01=`";
  uint32_t seed = 12345;
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    int n = static_cast<int>(seed % 40);
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245 + 12345;
      text.push_back(alphabet[(seed >> 16) % alphabet.size()]);
    }
    seed = seed * 1103515245 + 12345;
    (void)ParseCypher(text);
    (void)ParseCypher("MATCH " + text + " RETURN 1");
  }
}

}  // namespace
}  // namespace kg::query
