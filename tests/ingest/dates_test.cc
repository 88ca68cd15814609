#include "ingest/dates.h"

#include <memory>

#include "gtest/gtest.h"

namespace kg::ingest {
namespace {

class DatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = TextAnalyzer::Create();
    ASSERT_TRUE(created.ok()) << created.status();
    analyzer_ = std::move(*created).release();
  }
  std::string Resolve(const std::string& text, const std::string& doc_date = "2014-12-03") {
    return ResolveSentenceDate(analyzer_->AnalyzeSentence(text), doc_date);
  }
  static TextAnalyzer* analyzer_;
};
TextAnalyzer* DatesTest::analyzer_ = nullptr;

// 2014-12-03 was a Wednesday.
TEST_F(DatesTest, WeekdaysResolveToTheLatestSuchDay) {
  EXPECT_EQ(Resolve("Kirby said on Tuesday that Iran attacked."), "2014-12-02");
  EXPECT_EQ(Resolve("Kerry spoke in Brussels on Wednesday."), "2014-12-03");
  EXPECT_EQ(Resolve("The talks ended Thursday."), "2014-11-27");
  EXPECT_EQ(Resolve("They will meet next Monday."), "2014-12-08");
}

TEST_F(DatesTest, RelativeDays) {
  EXPECT_EQ(Resolve("Rebels attacked the town yesterday."), "2014-12-02");
  EXPECT_EQ(Resolve("Iran denied it today."), "2014-12-03");
  EXPECT_EQ(Resolve("The ministers met last week."), "2014-W48");
  EXPECT_EQ(Resolve("The ministers met last month."), "2014-11");
}

TEST_F(DatesTest, MonthsAndDays) {
  EXPECT_EQ(Resolve("A jet flew over Iraq Nov. 30th."), "2014-11-30");
  EXPECT_EQ(Resolve("Partners will meet on December 15 in Marrakesh."), "2014-12-15");
  EXPECT_EQ(Resolve("The militants seized the towns in August."), "2014-08");
  EXPECT_EQ(Resolve("Troops arrived on March 6, 2007."), "2007-03-06");
  EXPECT_EQ(Resolve("Troops arrived on March 6, 2007.", ""), "2007-03-06");
}

TEST_F(DatesTest, DecemberWrittenInJanuaryIsLastYear) {
  EXPECT_EQ(Resolve("The strikes began on December 28.", "2015-01-05"), "2014-12-28");
}

TEST_F(DatesTest, NoDateWithoutAnExpressionOrADocumentDate) {
  EXPECT_EQ(Resolve("Iran supports the Syrian government."), "");
  EXPECT_EQ(Resolve("The talks ended Thursday.", ""), "");
  EXPECT_EQ(Resolve("Iran may attack."), "");  // "may" is a modal, not a month
  EXPECT_EQ(Resolve("He said in May that he would go.", ""), "");
}

}  // namespace
}  // namespace kg::ingest
