#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/ask_internal.h"
#include "query/query.h"

namespace kg::query {
namespace {

using ::testing::HasSubstr;

Table Sample() {
  Table t;
  t.columns = {"who", "n", "note"};
  Value actor = Value::Node(0x0200000000000001ull);
  actor.s = "John Kirby";
  actor.map = std::make_shared<const Value::Map>(Value::Map{
      {"name", Value::String("John Kirby")},
      {"aliases", Value::MakeList({Value::String("Kirby")})},
      {"affiliations", Value::MakeList({Value::String("Pentagon"), Value::String("United States")})},
      {"kind", Value::String("PERSON")},
      {"id", Value::Int(1)}});
  t.rows.push_back({actor, Value::Int(3), Value::String("said \"no\", twice")});
  t.rows.push_back({Value(), Value::Double(2.5), Value::MakeList({Value::String("a"), Value::Int(1)})});
  return t;
}

TEST(FormatTable, Json) {
  std::string json = FormatTable(Sample(), OutputFormat::kJson);
  EXPECT_THAT(json, HasSubstr("\"who\": {\n"));
  EXPECT_THAT(json, HasSubstr("\"affiliations\": [\n"));
  EXPECT_THAT(json, HasSubstr("\"name\": \"John Kirby\""));
  EXPECT_THAT(json, HasSubstr("\"who\": null"));
  EXPECT_THAT(json, HasSubstr("\"n\": 2.5"));
}

TEST(FormatTable, JsonLinesOneObjectALine) {
  std::string out = FormatTable(Sample(), OutputFormat::kJsonl);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
  EXPECT_THAT(out, HasSubstr("{\"n\":3,\"note\":\"said \\\"no\\\", twice\",\"who\":{"));
}

TEST(FormatTable, CsvQuotes) {
  std::string out = FormatTable(Sample(), OutputFormat::kCsv);
  EXPECT_EQ(out,
            "who,n,note\r\n"
            "John Kirby,3,\"said \"\"no\"\", twice\"\r\n"
            ",2.5,\"[\"\"a\"\",1]\"\r\n");
}

TEST(FormatTable, TextTable) {
  std::string out = FormatTable(Sample(), OutputFormat::kTable);
  EXPECT_THAT(out, HasSubstr("who        | n   | note"));
  EXPECT_THAT(out, HasSubstr("John Kirby | 3   | said \"no\", twice"));
  EXPECT_THAT(out, HasSubstr("(2 rows)"));
}

TEST(FormatTable, ExplainOnly) {
  Table t;
  t.explain = "Plan:\n  Scan";
  EXPECT_EQ(FormatTable(t, OutputFormat::kTable), "Plan:\n  Scan\n");
  EXPECT_THAT(FormatTable(t, OutputFormat::kJson), HasSubstr("\"explain\""));
}

TEST(FormatTable, EmptyTable) {
  Table t;
  t.columns = {"a"};
  EXPECT_EQ(FormatTable(t, OutputFormat::kJson), "[]\n");
  EXPECT_EQ(FormatTable(t, OutputFormat::kCsv), "a\r\n");
  EXPECT_THAT(FormatTable(t, OutputFormat::kTable), HasSubstr("(0 rows)"));
}

TEST(QuestionWords, VerbsAndNounsGoToClassesThroughTheLexicon) {
  EXPECT_EQ(WordClass("denied", false), DENY);
  EXPECT_EQ(WordClass("attacked", false), ASSAULT);
  EXPECT_EQ(WordClass("supports", false), SUPPORT);
  EXPECT_EQ(WordClass("threatened", false), THREATEN);
  EXPECT_EQ(WordClass("met", false), CONSULT);
  EXPECT_EQ(WordClass("coordination", true), COOPERATE);
  EXPECT_EQ(WordClass("cooperation", true), COOPERATE);
  EXPECT_EQ(WordClass("cooperating", true), COOPERATE);
  EXPECT_FALSE(WordClass("frobnicated", false).has_value());
}

}  // namespace
}  // namespace kg::query
