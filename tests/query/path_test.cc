#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "query/query.h"
#include "test_graph.h"

namespace kg::query {
namespace {

using ::testing::HasSubstr;

TEST(FindPaths, ConnectsKerryAndAfkhamThroughEventsWithEvidence) {
  testing::TestGraph g;
  auto t = FindPaths(g.store(), "Kerry", "Afkham", 6);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"path", "step", "node", "edge", "evidence", "doc"}));
  ASSERT_GE(t->rows.size(), 4u);
  // The first path: 3 hops, 4 steps, from Kerry to Afkham.
  EXPECT_EQ(t->rows[0][0].i, 1);
  EXPECT_EQ(t->rows[0][2].s, "John Kerry");
  EXPECT_EQ(t->rows[3][0].i, 1);
  EXPECT_EQ(t->rows[3][2].s, "Marzieh Afkham");
  EXPECT_EQ(t->rows[3][3].s, "");
  bool evidence = false;
  for (size_t k = 0; k < 4; ++k) {
    EXPECT_FALSE(t->rows[k][2].s.empty());
    if (k < 3) {
      EXPECT_THAT(t->rows[k][3].s, HasSubstr(":"));
    }
    if (t->rows[k][4].type == Value::Type::kString) {
      evidence = true;
      EXPECT_EQ(t->rows[k][5].type, Value::Type::kString);
    }
  }
  EXPECT_TRUE(evidence);
  // Every path has the same (shortest) length.
  for (const auto& row : t->rows) EXPECT_LE(row[1].i, 3);
  std::string text = FormatTable(*t, OutputFormat::kTable);
  EXPECT_THAT(text, HasSubstr("John Kerry"));
}

TEST(FindPaths, ErrorsForUnknownActorsAndNoPath) {
  testing::TestGraph g;
  auto unknown = FindPaths(g.store(), "Atlantis", "Iran", 6);
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(std::string(unknown.status().message()), HasSubstr("no actor named 'Atlantis'"));
  auto far = FindPaths(g.store(), "Kerry", "Afkham", 2);
  ASSERT_FALSE(far.ok());
  EXPECT_EQ(far.status().code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(FindPaths(g.store(), "Kerry", "Afkham", 0).ok());
}

}  // namespace
}  // namespace kg::query
