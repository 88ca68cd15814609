#include "ingest/reader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("kg_reader_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  fs::path dir_;
};

TEST_F(ReaderTest, ReadsATextArticleNamedAfterItsFile) {
  auto doc = ReadArticleFile(Write("a.txt", "Iran attacks Iraq\n\nIran attacked Iraq on Monday.\n"));
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->name, "a.txt");
  EXPECT_EQ(doc->title, "Iran attacks Iraq");
}

TEST_F(ReaderTest, BadFilesAreErrorsThatNameThem) {
  auto missing = ReadArticleFile((dir_ / "missing.txt").string());
  EXPECT_TRUE(absl::IsNotFound(missing.status()));
  EXPECT_NE(missing.status().message().find("missing.txt"), std::string::npos);
  auto empty = ReadArticleFile(Write("empty.txt", "  \n"));
  EXPECT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty article"), std::string::npos);
  auto binary = ReadArticleFile(Write("bin.txt", std::string("\x00\x01\x02\x03", 4)));
  EXPECT_FALSE(binary.ok());
  EXPECT_NE(binary.status().message().find("not a UTF-8 text file"), std::string::npos);
  EXPECT_FALSE(ReadArticleFile(dir_.string()).ok());
}

TEST(GuessTitleTest, OnlyAShortFirstLineBeforeABlankLine) {
  EXPECT_EQ(GuessTitle("Somali Islamists halt talks\n\nThe Union of Islamic Courts ..."), "Somali Islamists halt talks");
  EXPECT_EQ(GuessTitle("Iranian jets have carried out airstrikes in Iraq, officials say.\n\nMore."), "");
  EXPECT_EQ(GuessTitle("One line and no blank line\nafter it."), "");
  EXPECT_EQ(GuessTitle("No newline at all"), "");
}

TEST(ReadJsonLinesTest, ReadsFeedsAndReportsBadLines) {
  std::istringstream in(
      "{\"id\": \"r/1\", \"title\": \"T one\", \"date\": \"1987-02-26\", \"source\": \"Reuters\", \"text\": \"Body one.\"}\n"
      "not json\n"
      "{\"id\": \"r/2\"}\n"
      "\n"
      "{\"text\": \"Body three.\"}\n");
  std::vector<RawDocument> docs;
  std::vector<std::string> errors;
  absl::Status status = ReadJsonLines(
      in, "feed.jsonl", [&](RawDocument doc) { docs.push_back(std::move(doc)); return true; },
      [&](const absl::Status& error) { errors.emplace_back(error.message()); });
  ASSERT_TRUE(status.ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].name, "r/1");
  EXPECT_EQ(docs[0].title, "T one");
  EXPECT_EQ(docs[0].date, "1987-02-26");
  EXPECT_EQ(docs[0].source, "Reuters");
  EXPECT_EQ(docs[0].text, "T one\n\nBody one.");
  EXPECT_EQ(docs[1].name, "feed.jsonl:5");  // no id: named by its line
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "feed.jsonl:2: not a JSON object");
  EXPECT_EQ(errors[1], "feed.jsonl:3: no \"text\" string");
}

TEST_F(ReaderTest, ExpandsDirectoriesInSortedOrderAndReportsMissingPaths) {
  std::string b = Write("d/b.txt", "B\n\nb.");
  std::string a = Write("d/sub/a.txt", "A\n\na.");
  std::string feed = Write("d/f.jsonl", "{}");
  Write("d/ignored.pdf", "x");
  std::vector<std::string> errors;
  auto paths = ExpandInputPaths({(dir_ / "d").string(), (dir_ / "nope").string(), "-"},
                                [&](const absl::Status& s) { errors.emplace_back(s.message()); });
  EXPECT_EQ(paths, (std::vector<std::string>{b, feed, a, "-"}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("nope"), std::string::npos);
}

}  // namespace
}  // namespace kg::ingest
