#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/query.h"
#include "test_graph.h"

namespace kg::query {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

std::string Text(const Value& v) {
  switch (v.type) {
    case Value::Type::kNull: return "null";
    case Value::Type::kString: return v.s;
    case Value::Type::kInt: return std::to_string(v.i);
    case Value::Type::kBool: return v.b ? "true" : "false";
    case Value::Type::kNode: return v.s;
    case Value::Type::kList: {
      std::string out = "[";
      for (size_t k = 0; k < v.list->size(); ++k) out += (k ? "," : "") + Text((*v.list)[k]);
      return out + "]";
    }
    default: return "?";
  }
}

class CypherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { graph_ = new testing::TestGraph(); }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  absl::StatusOr<Table> Run(const std::string& q, QueryOptions options = QueryOptions()) {
    return RunCypher(graph_->store(), q, options);
  }
  // Column `col` of every row, as text.
  std::vector<std::string> Col(const std::string& q, size_t col = 0, QueryOptions options = QueryOptions()) {
    auto t = Run(q, options);
    EXPECT_TRUE(t.ok()) << q << "\n" << t.status();
    std::vector<std::string> out;
    if (!t.ok()) return out;
    for (const auto& row : t->rows) out.push_back(Text(row.at(col)));
    return out;
  }
  std::string Explain(const std::string& q) {
    QueryOptions options;
    options.explain = true;
    auto t = Run(q, options);
    EXPECT_TRUE(t.ok()) << t.status();
    return t.ok() ? t->explain : "";
  }
  // The first operator of the plan.
  std::string Anchor(const std::string& q) {
    std::string plan = Explain(q);
    size_t line = plan.find('\n');
    size_t end = plan.find('\n', line + 1);
    return plan.substr(line + 1, end - line - 1);
  }
  static testing::TestGraph* graph_;
};
testing::TestGraph* CypherTest::graph_ = nullptr;

TEST_F(CypherTest, NodePatternsWithLabelsAndProperties) {
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Iran'}) RETURN a.name"), ElementsAre("Iran"));
  EXPECT_THAT(Col("MATCH (a:Country) RETURN a.name ORDER BY a.name"),
              ElementsAre("Iran", "Iraq", "Syria", "Turkey", "United States"));
  EXPECT_THAT(Col("MATCH (a:Actor:Person) RETURN a.name ORDER BY a.name"),
              ElementsAre("John Kerry", "John Kirby", "Marzieh Afkham"));
  EXPECT_THAT(Col("MATCH (e:DENY) RETURN count(*)"), ElementsAre("5"));
  EXPECT_THAT(Col("MATCH (e:Event {class: 'DENY', trigger: 'not coordinating'}) RETURN e.sentence"),
              ElementsAre("Kerry said he was not coordinating with Iran."));
  EXPECT_THAT(Col("MATCH (d:Document) RETURN d.name ORDER BY d.name"), ElementsAre("doc1.txt", "doc2.txt"));
  EXPECT_THAT(Col("MATCH (d:Document {name: 'doc2.txt'}) RETURN d.title"),
              ElementsAre("Iran denies cooperating with the coalition"));
  // The name index also finds aliases, but {name: ...} means the name.
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Tehran'}) RETURN a.name"), ElementsAre());
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE 'Tehran' IN a.aliases RETURN a.name"), ElementsAre("Iran"));
}

TEST_F(CypherTest, RelationshipsInBothDirections) {
  EXPECT_THAT(Col("MATCH (e:Event)-[:SOURCE]->(a:Actor {name: 'Iran'}) RETURN count(*)"), ElementsAre("6"));
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Iran'})<-[:SOURCE]-(e) RETURN count(*)"), ElementsAre("6"));
  EXPECT_THAT(Col("MATCH (a {name: 'Iran'})-[:SOURCE]-(e) RETURN count(e)"), ElementsAre("6"));
  EXPECT_THAT(Col("MATCH (e:Event)-[r]->(a:Actor {name: 'Syria'}) RETURN type(r)"), ElementsAre("TARGET"));
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Syria'})-[r]-(x) RETURN type(r) AS t, count(*) ORDER BY t"),
              ElementsAre("MENTIONED_IN", "TARGET"));
  EXPECT_THAT(Col("MATCH (e:Event {class: 'SUPPORT'})-[:SOURCE|TARGET]->(a) RETURN a.name ORDER BY a.name"),
              ElementsAre("Iran", "Syria"));
  EXPECT_THAT(Col("MATCH (e:Event {class: 'SUPPORT'})-[:REPORTED_IN]->(d:Document) RETURN d.name"),
              ElementsAre("doc2.txt"));
}

TEST_F(CypherTest, SeveralPatternsShareVariables) {
  EXPECT_THAT(Col("MATCH (e:Event)-[:SOURCE]->(s), (e)-[:TARGET]->(t:Actor {name: 'ISIL'}) "
                  "RETURN s.name ORDER BY s.name"),
              ElementsAre("Iran", "Iran", "United States"));
  // A relationship is matched once per pattern: no (Iran, Iran) from one edge.
  EXPECT_THAT(Col("MATCH (e:Event {class: 'COOPERATE'})-[:SOURCE|TARGET]->(x), (e)-[:SOURCE|TARGET]->(y) "
                  "WHERE e.asserted RETURN x.name + '-' + y.name AS pair ORDER BY pair"),
              ElementsAre("Iran-Iraq", "Iraq-Iran"));
  // Cartesian product of two anchors.
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Iran'}), (b:Actor {name: 'Iraq'}) RETURN a.name + b.name"),
              ElementsAre("IranIraq"));
}

TEST_F(CypherTest, VariableLength) {
  EXPECT_THAT(Col("MATCH (k:Person {name: 'John Kirby'})-[:MEMBER_OF*1..3]->(x) RETURN x.name ORDER BY x.name"),
              ElementsAre("Pentagon", "United States"));
  EXPECT_THAT(Col("MATCH (k:Person {name: 'John Kirby'})-[:MEMBER_OF*1]->(x) RETURN x.name"), ElementsAre("Pentagon"));
  EXPECT_THAT(Col("MATCH (k:Person {name: 'John Kirby'})-[:MEMBER_OF*0..]->(x) RETURN x.name ORDER BY x.name"),
              ElementsAre("John Kirby", "Pentagon", "United States"));
  EXPECT_THAT(Col("MATCH (x)-[:MEMBER_OF*]->(u:Country {name: 'United States'}) RETURN x.name ORDER BY x.name"),
              ElementsAre("John Kerry", "John Kirby", "Pentagon"));
  EXPECT_THAT(Col("MATCH (k {name: 'John Kirby'})-[r:MEMBER_OF*2]->(x) RETURN size(r), x.name"), ElementsAre("2"));
  EXPECT_THAT(Col("MATCH p = (k {name: 'John Kirby'})-[:MEMBER_OF*]->(x {name: 'United States'}) "
                  "RETURN [n IN nodes(p) | n.name]"),
              ElementsAre("[John Kirby,Pentagon,United States]"));
}

TEST_F(CypherTest, OptionalMatch) {
  EXPECT_THAT(Col("MATCH (a:Country) OPTIONAL MATCH (a)<-[:MEMBER_OF]-(m) "
                  "RETURN a.name + ':' + coalesce(m.name, '-') AS x ORDER BY x"),
              ElementsAre("Iran:Marzieh Afkham", "Iraq:-", "Syria:-", "Turkey:-", "United States:John Kerry",
                          "United States:Pentagon"));
  EXPECT_THAT(Col("MATCH (e:Event {class: 'COOPERATE'}) OPTIONAL MATCH (e)-[:TARGET]->(t) "
                  "WITH e, t WHERE t IS NULL RETURN e.sentence"),
              ElementsAre("Iran denied any coordination by the US."));
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Syria'}) OPTIONAL MATCH (a)-[:MEMBER_OF]->(x) RETURN a.name, x"),
              ElementsAre("Syria"));
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Syria'}) OPTIONAL MATCH (a)-[:MEMBER_OF]->(x) RETURN x"),
              ElementsAre("null"));
}

TEST_F(CypherTest, WherePredicates) {
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE toLower(a.name) STARTS WITH 'john' RETURN a.name ORDER BY a.name"),
              ElementsAre("John Kerry", "John Kirby"));
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.name CONTAINS 'a' AND NOT a.name IN ['Iran', 'Iraq'] "
                  "AND size(a.name) < 6 RETURN a.name"),
              ElementsAre("Syria"));
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.name = 'Iran' OR a.name = 'Iraq' RETURN count(*)"), ElementsAre("2"));
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.name ENDS WITH 'key' RETURN a.name"), ElementsAre("Turkey"));
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.iso3 IS NULL AND a.name STARTS WITH 'S' RETURN a.name"),
              ElementsAre("Syria"));
  EXPECT_THAT(Col("UNWIND [1, 2, 3, 4] AS x WITH x WHERE x >= 2 AND x <> 3 RETURN collect(x)"),
              ElementsAre("[2,4]"));
  EXPECT_THAT(Col("UNWIND [1, null, 3] AS x WITH x WHERE x < 3 OR x IS NULL RETURN count(*)"), ElementsAre("2"));
  EXPECT_THAT(Col("MATCH (e:Event) WHERE e.class = 'THREATEN' AND e.polarity = 'POSITIVE' RETURN e.trigger"),
              ElementsAre("threatened"));
  // A pattern predicate.
  EXPECT_THAT(Col("MATCH (a:Person) WHERE (a)-[:MEMBER_OF*]->(:Country {name: 'United States'}) "
                  "RETURN a.name ORDER BY a.name"),
              ElementsAre("John Kerry", "John Kirby"));
  EXPECT_THAT(Col("MATCH (a:Person) WHERE NOT EXISTS { MATCH (a)-[:MEMBER_OF*]->(:Country {name: 'United States'}) } "
                  "RETURN a.name"),
              ElementsAre("Marzieh Afkham"));
}

TEST_F(CypherTest, ReturnAggregationOrderSkipLimit) {
  auto t = Run("MATCH (e:Event)-[:SOURCE]->(a:Actor) RETURN a.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 2");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"name", "n"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][0].s, "Iran");
  EXPECT_EQ(t->rows[0][1].i, 6);
  EXPECT_EQ(t->rows[1][0].s, "United States");
  EXPECT_EQ(t->rows[1][1].i, 4);
  EXPECT_THAT(Col("MATCH (e:Event)-[:SOURCE]->(a:Actor) RETURN count(DISTINCT a) AS n"), ElementsAre("7"));
  EXPECT_THAT(Col("MATCH (e:Event)-[:TARGET]->(a) RETURN DISTINCT a.name ORDER BY a.name"),
              ElementsAre("ISIL", "Iran", "Iraq", "Syria", "Turkey", "United States", "coalition"));
  EXPECT_THAT(Col("MATCH (e:Event)-[:TARGET]->(a) RETURN DISTINCT a.name ORDER BY a.name SKIP 5"),
              ElementsAre("United States", "coalition"));
  EXPECT_THAT(Col("MATCH (e:Event)-[:TARGET]->(a) RETURN DISTINCT a.name AS n ORDER BY n DESC SKIP 1 LIMIT 2"),
              ElementsAre("United States", "Turkey"));
  auto members = Run("MATCH (m)-[:MEMBER_OF]->(c:Country {name: 'United States'}) RETURN collect(m.name) AS members");
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->rows.size(), 1u);
  std::set<std::string> names;
  for (const auto& v : *members->rows[0][0].list) names.insert(v.s);
  EXPECT_EQ(names, (std::set<std::string>{"John Kerry", "Pentagon"}));
  // Grouping by a node, WITH then WHERE on the aggregate.
  EXPECT_THAT(Col("MATCH (e:Event)-[:SOURCE]->(a) WITH a, count(*) AS n WHERE n > 3 RETURN a.name ORDER BY a.name"),
              ElementsAre("Iran", "United States"));
  EXPECT_THAT(Col("MATCH (a:Actor {name: 'Nowhere'}) RETURN count(*)"), ElementsAre("0"));
  EXPECT_THAT(Col("MATCH (e:Event) RETURN e.class AS c, count(*) AS n ORDER BY count(*) DESC, c LIMIT 1"),
              ElementsAre("COOPERATE"));
  EXPECT_THAT(Col("UNWIND [3, 1, 2] AS x RETURN min(x), max(x), sum(x), avg(x)", 2), ElementsAre("6"));
  auto star = Run("MATCH (a:Actor {name: 'Iran'}) RETURN *");
  ASSERT_TRUE(star.ok());
  EXPECT_EQ(star->columns, std::vector<std::string>{"a"});
  EXPECT_THAT(Col("MATCH (e:Event)-[:SOURCE]->(a) RETURN a.name, collect(DISTINCT e.class)[0] AS c ORDER BY a.name LIMIT 1", 1),
              ElementsAre("THREATEN"));
}

TEST_F(CypherTest, TopNEqualsAFullSortThenLimit) {
  const std::string q = "UNWIND range(1, 5000) AS i RETURN i % 7 AS k, (i * 7919) % 1000 AS m, i ORDER BY k DESC, m";
  auto full = Run(q);
  auto top = Run(q + " SKIP 3 LIMIT 40");
  ASSERT_TRUE(full.ok() && top.ok());
  ASSERT_EQ(top->rows.size(), 40u);
  for (size_t r = 0; r < 40; ++r) EXPECT_EQ(top->rows[r], full->rows[r + 3]) << r;
}

TEST_F(CypherTest, ShortestPath) {
  const std::string ends = "MATCH (a:Actor {name: 'John Kerry'}), (b:Actor {name: 'Marzieh Afkham'}) ";
  // Through documents both mention: two hops.
  EXPECT_THAT(Col(ends + "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p)"), ElementsAre("2"));
  // Through events and affiliations only: Kerry -MEMBER_OF-> US <-TARGET- accusation -SOURCE-> Afkham.
  auto t = Run(ends + "MATCH p = shortestPath((a)-[:SOURCE|TARGET|CONTENT|MEMBER_OF*..6]-(b)) "
                      "RETURN length(p) AS n, [x IN nodes(p) WHERE x:Event | x.sentence] AS evidence");
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][0].i, 3);
  // Kerry -SOURCE- denied cooperation -TARGET- Iran -MEMBER_OF- Afkham, or through the accusation.
  ASSERT_EQ(t->rows[0][1].type, Value::Type::kList);
  EXPECT_EQ(t->rows[0][1].list->size(), 1u);
  EXPECT_THAT(Col(ends + "MATCH p = shortestPath((a)-[:MEMBER_OF*..6]-(b)) RETURN p"), ElementsAre());
  EXPECT_THAT(Col(ends + "MATCH p = shortestPath((a)-[:SOURCE|TARGET|MEMBER_OF*..2]-(b)) RETURN p"), ElementsAre());
  EXPECT_THAT(Col(ends + "MATCH p = allShortestPaths((a)-[:SOURCE|TARGET|CONTENT|MEMBER_OF*..6]-(b)) RETURN length(p)"),
              ::testing::Each("3"));
  // Directed.
  EXPECT_THAT(Col("MATCH (a {name: 'John Kirby'}), (b {name: 'United States'}) "
                  "MATCH p = shortestPath((a)-[:MEMBER_OF*]->(b)) RETURN length(p)"),
              ElementsAre("2"));
  EXPECT_THAT(Col("MATCH (a {name: 'John Kirby'}), (b {name: 'United States'}) "
                  "MATCH p = shortestPath((b)-[:MEMBER_OF*]->(a)) RETURN length(p)"),
              ElementsAre());
}

TEST_F(CypherTest, Parameters) {
  QueryOptions options;
  options.params["name"] = "Iran";
  options.params["n"] = "1";
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.name = $name RETURN a.name LIMIT $n", 0, options), ElementsAre("Iran"));
  EXPECT_THAT(Col("MATCH (a:Actor {name: $name}) RETURN a.name", 0, options), ElementsAre("Iran"));
  options.params["names"] = "[\"Iran\", \"Iraq\"]";
  EXPECT_THAT(Col("MATCH (a:Actor) WHERE a.name IN $names RETURN a.name ORDER BY a.name", 0, options),
              ElementsAre("Iran", "Iraq"));
  auto missing = Run("MATCH (a:Actor) WHERE a.name = $nobody RETURN a");
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.status().message()), HasSubstr("missing parameter $nobody"));
}

TEST_F(CypherTest, ExplainShowsThePlanAndRunsNothing) {
  auto t = Run("EXPLAIN MATCH (a:Actor {name: 'Iran'})<-[:SOURCE]-(e) RETURN e");
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->rows.empty());
  EXPECT_TRUE(t->columns.empty());
  EXPECT_THAT(t->explain, HasSubstr("NodeByNameIndex (a:Actor {name: 'Iran'})"));
  EXPECT_THAT(t->explain, HasSubstr("Expand (a:Actor {name: 'Iran'})<-[:SOURCE]-(e)"));
  EXPECT_THAT(t->explain, HasSubstr("ProduceResults e"));
  EXPECT_THAT(FormatTable(*t, OutputFormat::kTable), HasSubstr("Plan"));
}

TEST_F(CypherTest, PlannerPicksTheMostSelectiveAnchor) {
  EXPECT_THAT(Anchor("MATCH (e:Event)-[:SOURCE]->(a:Actor {name: 'Iran'}) RETURN e"), HasSubstr("NodeByNameIndex (a"));
  EXPECT_THAT(Anchor("MATCH (e:Event)-[:SOURCE]->(a:Actor) WHERE a.name IN ['Iran', 'Iraq'] RETURN e"),
              HasSubstr("NodeByNameIndex (a"));
  EXPECT_THAT(Anchor("MATCH (e)-[:SOURCE]->(a) WHERE toLower(a.name) = 'iran' RETURN e"), HasSubstr("NodeByNameIndex (a"));
  EXPECT_THAT(Anchor("MATCH (d:Document)<-[:REPORTED_IN]-(e:Event {class: 'DENY'})-[:SOURCE]->(a:Actor) RETURN a"),
              HasSubstr("NodeByEventClassIndex (e"));
  EXPECT_THAT(Anchor("MATCH (d:Document)<-[:REPORTED_IN]-(e:Deny) RETURN d"), HasSubstr("NodeByEventClassIndex (e"));
  EXPECT_THAT(Anchor("MATCH (a:Actor)<-[:SOURCE]-(e:Event) WHERE id(a) = 42 RETURN e"), HasSubstr("NodeByIdSeek (a"));
  EXPECT_THAT(Anchor("MATCH (d:Document)<-[:REPORTED_IN]-(e:Event) RETURN e"), HasSubstr("DocumentScan (d"));
  EXPECT_THAT(Anchor("MATCH (a:Actor)<-[:SOURCE]-(e:Event) RETURN e"), HasSubstr("ActorScan (a"));
  EXPECT_THAT(Anchor("MATCH (e:Event) RETURN e"), HasSubstr("EventScan (e"));
  EXPECT_THAT(Anchor("MATCH (n) RETURN n"), HasSubstr("AllNodesScan"));
  // The anchor is the name, even when written last, and the WHERE filter sits after the expand.
  std::string plan = Explain("MATCH (e:Event)-[:TARGET]->(t), (e)-[:SOURCE]->(s:Actor {name: 'Iran'}) "
                             "WHERE t.name <> 'ISIL' RETURN e");
  size_t anchor = plan.find("NodeByNameIndex (s"), expand = plan.find("Expand (s"), filter = plan.find("Filter t.name");
  EXPECT_NE(anchor, std::string::npos);
  EXPECT_LT(anchor, expand);
  EXPECT_LT(expand, filter);
  EXPECT_EQ(plan.find("EventScan"), std::string::npos);
}

TEST_F(CypherTest, IdsAndLabelsFunctions) {
  uint64_t iran = graph_->Actor("Iran");
  QueryOptions options;
  options.params["id"] = std::to_string(iran);
  EXPECT_THAT(Col("MATCH (a) WHERE id(a) = $id RETURN a.name", 0, options), ElementsAre("Iran"));
  EXPECT_THAT(Col("MATCH (a {name: 'Iran'}) RETURN labels(a)"), ElementsAre("[Actor,Country]"));
  EXPECT_THAT(Col("MATCH (a {name: 'Iran'}) RETURN a.id = id(a)"), ElementsAre("true"));
}

TEST_F(CypherTest, RowCapsAreErrorsNotCrashes) {
  QueryOptions options;
  options.max_rows = 5;
  auto t = Run("MATCH (a), (b) RETURN a, b", options);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(t.status().message()), HasSubstr("--max-rows"));
  auto sorted = Run("MATCH (a), (b) RETURN a, b ORDER BY a.name", options);
  ASSERT_FALSE(sorted.ok());
  EXPECT_EQ(sorted.status().code(), absl::StatusCode::kResourceExhausted);
  // ORDER BY with LIMIT keeps only the top rows: no cap reached.
  auto top = Run("MATCH (a:Actor), (b:Actor) RETURN a.name + '/' + b.name AS pair ORDER BY pair DESC LIMIT 2", options);
  ASSERT_TRUE(top.ok()) << top.status();
  ASSERT_EQ(top->rows.size(), 2u);
  EXPECT_EQ(top->rows[0][0].s, "coalition/coalition");
  EXPECT_EQ(top->rows[1][0].s, "coalition/United States");
  EXPECT_THAT(Explain("MATCH (a:Actor) RETURN a.name AS n ORDER BY n SKIP 2 LIMIT 3"), HasSubstr("Top 5 by n"));
  auto grouped = Run("MATCH (a), (b) RETURN a, b, count(*)", options);
  EXPECT_EQ(grouped.status().code(), absl::StatusCode::kResourceExhausted);
  // LIMIT stops the pipeline before the cap.
  EXPECT_TRUE(Run("MATCH (a), (b) RETURN a, b LIMIT 3", options).ok());
  auto range = Run("RETURN range(1, 1000000000)", options);
  EXPECT_FALSE(range.ok());
}

TEST_F(CypherTest, SemanticErrorsHavePositions) {
  auto t = Run("MATCH (a:Actor)\nRETURN b.name");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(t.status().message()), HasSubstr("line 2, column 8: variable `b` is not defined"));
  auto label = Run("MATCH (a:Akter) RETURN a");
  EXPECT_THAT(std::string(label.status().message()), HasSubstr("line 1, column 7: unknown label Akter"));
  auto type = Run("MATCH (a)-[:SOURCES]->(b) RETURN a");
  EXPECT_THAT(std::string(type.status().message()), HasSubstr("unknown relationship type SOURCES"));
  auto agg = Run("MATCH (a) WHERE count(*) > 1 RETURN a");
  EXPECT_FALSE(agg.ok());
  auto fn = Run("RETURN frob(1)");
  EXPECT_THAT(std::string(fn.status().message()), HasSubstr("unknown function frob()"));
  auto group = Run("MATCH (a:Actor) RETURN a.name, count(*) + size(a.aliases)");
  EXPECT_THAT(std::string(group.status().message()), HasSubstr("grouping key"));
}

TEST_F(CypherTest, ExpressionsAndFunctions) {
  auto t = Run(
      "RETURN 1 + 2 * 3 AS a, 7 / 2 AS b, 7.0 / 2 AS c, 'x' + 1 AS d, [1, 2] + [3] AS e, toUpper('ab') AS f, "
      "size([1, 2, 3]) AS g, CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS h, "
      "coalesce(null, 'z') AS i, [x IN range(1, 5) WHERE x % 2 = 1 | x * 10] AS j, {k: 'v'}.k AS k, "
      "[1, 2, 3][1..] AS l, null = null AS m, 1 IN [1, null] AS n, 2 IN [1, null] AS o, "
      "split('a,b', ',') AS p, substring('hello', 1, 3) AS q, toInteger('42') AS r");
  ASSERT_TRUE(t.ok()) << t.status();
  std::vector<std::string> got;
  for (const auto& v : t->rows[0]) got.push_back(Text(v));
  EXPECT_THAT(got, ElementsAre("7", "3", "?", "x1", "[1,2,3]", "AB", "3", "two", "z", "[10,30,50]", "v", "[2,3]",
                               "null", "true", "null", "[a,b]", "ell", "42"));
  EXPECT_DOUBLE_EQ(t->rows[0][2].d, 3.5);
  auto div = Run("RETURN 1 / 0");
  EXPECT_FALSE(div.ok());
}

TEST_F(CypherTest, TheDenialQuestionInCypher) {
  const char* q = R"(
    MATCH (e:Event {class: 'DENY'})-[:CONTENT]->(c:Event {class: 'COOPERATE'}), (e)-[:SOURCE]->(who:Actor)
    OPTIONAL MATCH (c)-[:SOURCE]->(cs:Actor)
    OPTIONAL MATCH (c)-[:TARGET]->(ct:Actor)
    WITH e, who, CASE WHEN cs IS NULL OR cs = who OR EXISTS { MATCH (who)-[:MEMBER_OF*1..5]->(cs) }
                      THEN ct ELSE cs END AS whom
    WHERE whom IS NOT NULL AND whom <> who
    RETURN DISTINCT who.name AS who, whom.name AS whom ORDER BY who, whom)";
  auto t = Run(q);
  ASSERT_TRUE(t.ok()) << t.status();
  std::vector<std::string> pairs;
  for (const auto& row : t->rows) pairs.push_back(row[0].s + " -> " + row[1].s);
  EXPECT_THAT(pairs, ElementsAre("Iran -> United States", "John Kerry -> Iran", "John Kirby -> Iran",
                                 "Marzieh Afkham -> coalition"));
}

TEST_F(CypherTest, ResultsRenderNodesAsObjects) {
  auto t = Run("MATCH (a:Actor {name: 'John Kirby'}) RETURN a");
  ASSERT_TRUE(t.ok());
  const Value& a = t->rows[0][0];
  ASSERT_EQ(a.type, Value::Type::kNode);
  EXPECT_EQ(a.s, "John Kirby");
  ASSERT_NE(a.Find("affiliations"), nullptr);
  EXPECT_EQ(Text(*a.Find("affiliations")), "[Pentagon,United States]");
  EXPECT_EQ(Text(*a.Find("aliases")), "[Kirby]");
  EXPECT_EQ(a.Find("kind")->s, "PERSON");
}

}  // namespace
}  // namespace kg::query

namespace kg::query {
namespace {

// Mutated queries (tokens dropped, duplicated or swapped) run without crashing: each gives rows
// or an error.
TEST_F(CypherTest, MutatedQueriesNeverCrash) {
  const std::vector<std::string> seeds = {
      "MATCH (a:Actor {name: 'Iran'})<-[:SOURCE]-(e:Event)-[:TARGET]->(t) WHERE e.asserted RETURN t.name, count(*) "
      "ORDER BY t.name LIMIT 3",
      "MATCH (k {name: 'John Kirby'})-[:MEMBER_OF*0..3]->(x) OPTIONAL MATCH (x)<-[r]-(e:Event) "
      "WITH x, collect(DISTINCT type(r)) AS types RETURN x.name, types",
      "MATCH (a:Actor), (b:Actor) WHERE a.name = 'John Kerry' AND b.name STARTS WITH 'Marz' "
      "MATCH p = shortestPath((a)-[*..4]-(b)) RETURN [n IN nodes(p) | labels(n)], length(p)",
      "UNWIND range(1, 5) AS x WITH x WHERE x % 2 = 1 RETURN CASE WHEN x > 2 THEN 'big' ELSE 'small' END, "
      "sum(x), avg(x)",
      "MATCH (e:DENY) WHERE EXISTS { MATCH (e)-[:CONTENT]->(:COOPERATE) } RETURN e.sentence SKIP 1",
  };
  uint32_t seed = 7;
  auto next = [&]() {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  QueryOptions options;
  options.max_rows = 50;
  int ran = 0;
  for (int i = 0; i < 400; ++i) {
    std::vector<std::string> tokens;
    std::string current;
    const std::string& base = seeds[next() % seeds.size()];
    for (char c : base) {
      current.push_back(c);
      if (c == ' ' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
        tokens.push_back(current);
        current.clear();
      }
    }
    tokens.push_back(current);
    int edits = 1 + static_cast<int>(next() % 3);
    for (int k = 0; k < edits && !tokens.empty(); ++k) {
      size_t at = next() % tokens.size();
      switch (next() % 3) {
        case 0: tokens.erase(tokens.begin() + static_cast<long>(at)); break;
        case 1: tokens.insert(tokens.begin() + static_cast<long>(at), tokens[next() % tokens.size()]); break;
        default: std::swap(tokens[at], tokens[next() % tokens.size()]); break;
      }
    }
    std::string q;
    for (const auto& t : tokens) q += t;
    auto t = RunCypher(graph_->store(), q, options);
    if (t.ok()) ++ran;
  }
  EXPECT_GT(ran, 0);
}

}  // namespace
}  // namespace kg::query
