// Tests of ingest/parser.h: subjects, objects and passives from link-grammar on kg tokens, the
// bounds (long sentences), silence, and threads. Needs Debian's link-grammar English dictionary.
#include "ingest/parser.h"

#include <algorithm>
#include <chrono>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/text.h"

namespace kg::ingest {
namespace {

class ParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = TextAnalyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = analyzer->release();
    auto parser = SentenceParser::Create();
    ASSERT_TRUE(parser.ok()) << parser.status();
    parser_ = parser->release();
  }
  static void TearDownTestSuite() {
    delete parser_;
    delete analyzer_;
    parser_ = nullptr;
    analyzer_ = nullptr;
  }

  static std::vector<Token> Tokens(const std::string& text) {
    return analyzer_->AnalyzeSentence(NormalizeText(text)).tokens;
  }
  // Index of the first token spelled `word`; fails the test when there is none.
  static int At(const std::vector<Token>& tokens, const std::string& word) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].text == word) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no token " << word;
    return -2;
  }

  static TextAnalyzer* analyzer_;
  static SentenceParser* parser_;
};

TextAnalyzer* ParserTest::analyzer_ = nullptr;
SentenceParser* ParserTest::parser_ = nullptr;

TEST_F(ParserTest, SubjectAndObject) {
  const auto tokens = Tokens("Iran attacked Iraq.");
  const ParsedRelations r = parser_->Parse(tokens);
  ASSERT_EQ(r.subject_of.size(), tokens.size());
  ASSERT_EQ(r.object_of.size(), tokens.size());
  ASSERT_EQ(r.passive.size(), tokens.size());
  ASSERT_EQ(r.agent_of.size(), tokens.size());
  EXPECT_TRUE(r.complete);
  EXPECT_EQ(r.null_count, 0);
  const int verb = At(tokens, "attacked");
  EXPECT_EQ(r.subject_of[verb], At(tokens, "Iran"));
  EXPECT_EQ(r.object_of[verb], At(tokens, "Iraq"));
  EXPECT_FALSE(r.passive[verb]);
  EXPECT_EQ(r.subject_of[At(tokens, "Iran")], -1);
  EXPECT_EQ(r.object_of[At(tokens, "Iraq")], -1);
}

TEST_F(ParserTest, RelativeClauseBetweenSubjectAndVerb) {
  const auto tokens =
      Tokens("The army, which had been shelled for days, finally attacked the rebels.");
  const ParsedRelations r = parser_->Parse(tokens);
  EXPECT_TRUE(r.complete);
  const int army = At(tokens, "army");
  EXPECT_EQ(r.subject_of[At(tokens, "attacked")], army);
  EXPECT_EQ(r.object_of[At(tokens, "attacked")], At(tokens, "rebels"));
  // Inside the clause: "which" is the army, and it was shelled.
  const int shelled = At(tokens, "shelled");
  EXPECT_EQ(r.subject_of[shelled], army);
  EXPECT_TRUE(r.passive[shelled]);
}

TEST_F(ParserTest, PassiveWithAgent) {
  const auto tokens = Tokens("Iraq was attacked by Iran.");
  const ParsedRelations r = parser_->Parse(tokens);
  EXPECT_TRUE(r.complete);
  const int verb = At(tokens, "attacked");
  EXPECT_TRUE(r.passive[verb]);
  EXPECT_EQ(r.subject_of[verb], At(tokens, "Iraq"));
  EXPECT_EQ(r.agent_of[verb], At(tokens, "Iran"));
  EXPECT_EQ(r.object_of[verb], -1);
  EXPECT_FALSE(r.passive[At(tokens, "was")]);
}

TEST_F(ParserTest, ReducedPassive) {
  const auto tokens = Tokens("Iraq, attacked by Iran, retaliated.");
  const ParsedRelations r = parser_->Parse(tokens);
  const int verb = At(tokens, "attacked");
  EXPECT_TRUE(r.passive[verb]);
  EXPECT_EQ(r.subject_of[verb], At(tokens, "Iraq"));
  EXPECT_EQ(r.agent_of[verb], At(tokens, "Iran"));
  EXPECT_EQ(r.subject_of[At(tokens, "retaliated")], At(tokens, "Iraq"));
}

TEST_F(ParserTest, AuxiliaryChainsCarryTheSubject) {
  const auto tokens = Tokens("Iran has been attacking Iraq.");
  const ParsedRelations r = parser_->Parse(tokens);
  const int verb = At(tokens, "attacking");
  EXPECT_EQ(r.subject_of[verb], At(tokens, "Iran"));
  EXPECT_EQ(r.object_of[verb], At(tokens, "Iraq"));
  EXPECT_FALSE(r.passive[verb]);
}

TEST_F(ParserTest, CliticsAndNegation) {
  const auto tokens = Tokens("Iran's army didn't attack Iraq.");
  ASSERT_GE(At(tokens, "n't"), 0);  // kg splits the clitics off
  const ParsedRelations r = parser_->Parse(tokens);
  const int verb = At(tokens, "attack");
  EXPECT_EQ(r.subject_of[verb], At(tokens, "army"));
  EXPECT_EQ(r.object_of[verb], At(tokens, "Iraq"));
}

TEST_F(ParserTest, SubjectRelativeResolvesToItsAntecedent) {
  const auto tokens = Tokens("The rebels who attacked the army fled.");
  const ParsedRelations r = parser_->Parse(tokens);
  const int rebels = At(tokens, "rebels");
  EXPECT_EQ(r.subject_of[At(tokens, "attacked")], rebels);
  EXPECT_EQ(r.object_of[At(tokens, "attacked")], At(tokens, "army"));
  EXPECT_EQ(r.subject_of[At(tokens, "fled")], rebels);
}

TEST_F(ParserTest, ObjectRelative) {
  const auto tokens = Tokens("Police arrested the men that Israel accused.");
  const ParsedRelations r = parser_->Parse(tokens);
  EXPECT_EQ(r.subject_of[At(tokens, "arrested")], At(tokens, "Police"));
  EXPECT_EQ(r.object_of[At(tokens, "arrested")], At(tokens, "men"));
  EXPECT_EQ(r.subject_of[At(tokens, "accused")], At(tokens, "Israel"));
  EXPECT_EQ(r.object_of[At(tokens, "accused")], At(tokens, "men"));
}

TEST_F(ParserTest, LongSentenceIsNotParsed) {
  std::string text = "Iran attacked Iraq";
  for (int i = 0; i < 30; ++i) text += " and Syria";
  text += ".";
  const auto tokens = Tokens(text);
  ASSERT_GT(tokens.size(), 40u);
  const auto start = std::chrono::steady_clock::now();
  const ParsedRelations r = parser_->Parse(tokens);
  const double ms = std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(ms, 5.0);
  EXPECT_FALSE(r.complete);
  EXPECT_EQ(r.null_count, -1);
  ASSERT_EQ(r.subject_of.size(), tokens.size());
  EXPECT_TRUE(std::all_of(r.subject_of.begin(), r.subject_of.end(), [](int v) { return v == -1; }));
  EXPECT_TRUE(std::all_of(r.object_of.begin(), r.object_of.end(), [](int v) { return v == -1; }));
  EXPECT_TRUE(std::all_of(r.agent_of.begin(), r.agent_of.end(), [](int v) { return v == -1; }));
  EXPECT_TRUE(std::none_of(r.passive.begin(), r.passive.end(), [](bool v) { return v; }));
}

TEST_F(ParserTest, MaxTokensIsAnOption) {
  SentenceParser::Options options;
  options.max_tokens = 3;
  auto small = SentenceParser::Create(options);
  ASSERT_TRUE(small.ok()) << small.status();
  const auto tokens = Tokens("Iran attacked Iraq.");  // four tokens with the full stop
  EXPECT_EQ((*small)->Parse(tokens).null_count, -1);
  EXPECT_EQ((*small)->Parse(tokens).subject_of[At(tokens, "attacked")], -1);
  options.max_tokens = 0;
  EXPECT_FALSE(SentenceParser::Create(options).ok());
}

TEST_F(ParserTest, EmptyInput) {
  const ParsedRelations r = parser_->Parse({});
  EXPECT_TRUE(r.subject_of.empty());
  EXPECT_FALSE(r.complete);
}

TEST_F(ParserTest, UnparsableWordSaladGivesNothingOrAPartialLinkage) {
  const auto tokens = Tokens("Xqzt blorfed ;; the the of of ,, zzkk.");
  const ParsedRelations r = parser_->Parse(tokens);
  EXPECT_FALSE(r.complete);
  ASSERT_EQ(r.subject_of.size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_GE(r.subject_of[i], -1);
    EXPECT_LT(r.subject_of[i], static_cast<int>(tokens.size()));
  }
}

TEST_F(ParserTest, PrintsNothing) {
  ::testing::internal::CaptureStderr();
  ::testing::internal::CaptureStdout();
  {
    // A program that never set its locale: link-grammar would force C.UTF-8 with a warning.
    std::setlocale(LC_CTYPE, "C");
    auto parser = SentenceParser::Create();  // dictionary load: locale and dictionary messages
    const std::string ctype = std::setlocale(LC_CTYPE, nullptr);
    EXPECT_NE(ctype.find("UTF"), std::string::npos) << ctype;
    ASSERT_TRUE(parser.ok());
    for (const char* text : {"Iran attacked Iraq.", "Xqzt blorfed ;; the the of of ,, zzkk.",
                             "Qwrtzp glorbed the flimflam of Zzyzx-7 at 3:45 p.m.",
                             "\"We will not attack,\" said the minister."}) {
      (*parser)->Parse(Tokens(text));
    }
  }
  const std::string out = ::testing::internal::GetCapturedStdout();
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(err, "");
  EXPECT_EQ(out, "");
}

TEST_F(ParserTest, ThreadsShareOneParser) {
  const std::vector<std::string> texts = {
      "Iran attacked Iraq.", "Iraq was attacked by Iran.",
      "The rebels who attacked the army fled.", "Iran has been attacking Iraq."};
  std::vector<std::vector<Token>> tokens;
  std::vector<ParsedRelations> expected;
  for (const auto& t : texts) {
    tokens.push_back(Tokens(t));
    expected.push_back(parser_->Parse(tokens.back()));
  }
  std::vector<int> mismatches(4, 0);
  ::testing::internal::CaptureStderr();
  std::vector<std::thread> threads;
  for (int th = 0; th < 4; ++th) {
    threads.emplace_back([&, th] {
      for (int round = 0; round < 10; ++round) {
        for (size_t i = 0; i < tokens.size(); ++i) {
          const ParsedRelations r = parser_->Parse(tokens[i]);
          if (r.subject_of != expected[i].subject_of || r.object_of != expected[i].object_of ||
              r.passive != expected[i].passive || r.complete != expected[i].complete) {
            ++mismatches[th];
          }
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// Parse time on real news (Wikinews politics articles): set KG_NEWS_DIR to the unpacked
// shared corpus (e.g. /tmp/news). Prints median and 90th percentile per sentence.
TEST_F(ParserTest, NewsTiming) {
  const char* dir = std::getenv("KG_NEWS_DIR");
  if (dir == nullptr) GTEST_SKIP() << "KG_NEWS_DIR not set";
  const std::filesystem::path folder = std::filesystem::path(dir) / "wikinews_politics";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(folder)) files.push_back(e.path());
  ASSERT_FALSE(files.empty());
  std::sort(files.begin(), files.end());
  std::vector<std::vector<Token>> sentences;
  for (size_t f = 0; f < files.size() && sentences.size() < 60; f += 37) {
    std::ifstream in(files[f]);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = NormalizeText(buffer.str());
    int taken = 0;
    for (Sentence& s : analyzer_->Analyze(text)) {
      if (s.tokens.size() >= 8 && taken < 3) {
        sentences.push_back(std::move(s.tokens));
        ++taken;
      }
    }
  }
  std::vector<double> ms;
  int complete = 0, partial = 0, skipped = 0, too_long = 0;
  for (const auto& tokens : sentences) {
    const auto start = std::chrono::steady_clock::now();
    const ParsedRelations r = parser_->Parse(tokens);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                           start).count());
    if (tokens.size() > 40) ++too_long;
    if (r.complete) {
      ++complete;
    } else if (r.null_count > 0) {
      ++partial;
    } else {
      ++skipped;
    }
  }
  std::vector<double> sorted = ms;
  std::sort(sorted.begin(), sorted.end());
  double total = 0;
  for (double v : ms) total += v;
  std::printf("news: %zu sentences, median %.1f ms, p90 %.1f ms, max %.1f ms, mean %.1f ms; "
              "complete %d, one null word %d, nothing %d (of which > 40 tokens %d)\n",
              sorted.size(), sorted[sorted.size() / 2], sorted[sorted.size() * 9 / 10],
              sorted.back(), total / ms.size(), complete, partial, skipped, too_long);
  EXPECT_LT(sorted.back(), 2500.0);  // the 1 s link-grammar timer, twice at worst
}

// ------------------------------------------------------------- word to token mapping

using parser_internal::LinkWord;
using parser_internal::MapWordsToTokens;

std::vector<Token> Plain(const std::vector<std::string>& texts) {
  std::vector<Token> tokens;
  for (const auto& t : texts) {
    Token tok;
    tok.text = t;
    tokens.push_back(tok);
  }
  return tokens;
}

TEST(ParserMappingTest, ByteRanges) {
  const auto tokens = Plain({"Iran", "'s", "army", "did", "n't", "attack", "."});
  const std::string joined = "Iran 's army did n't attack .";
  const std::vector<size_t> starts = {0, 5, 8, 13, 17, 21, 28};
  const std::vector<LinkWord> words = {
      {"LEFT-WALL", 0, 0}, {"Iran.l", 0, 4},     {"'s.p", 5, 7}, {"army.n", 8, 12},
      {"did.v-d", 13, 16}, {"n't", 17, 20},      {"attack.v", 21, 27}, {".", 28, 29},
      {"RIGHT-WALL", 29, 29}};
  EXPECT_EQ(MapWordsToTokens(words, tokens, starts, joined),
            (std::vector<int>{-1, 0, 1, 2, 3, 4, 5, 6, -1}));
}

TEST(ParserMappingTest, SplitTokenByByteRanges) {
  // link-grammar splits "didn't" itself when given it whole.
  const auto tokens = Plain({"Iran", "didn't", "attack"});
  const std::string joined = "Iran didn't attack";
  const std::vector<LinkWord> words = {{"LEFT-WALL", 0, 0}, {"Iran.l", 0, 4},
                                       {"did.v-d", 5, 8},   {"n't", 8, 11},
                                       {"attack.v", 12, 18}, {"RIGHT-WALL", 18, 18}};
  EXPECT_EQ(MapWordsToTokens(words, tokens, {0, 5, 12}, joined),
            (std::vector<int>{-1, 0, 1, 1, 2, -1}));
}

TEST(ParserMappingTest, WalksBothSequencesWithoutUsableRanges) {
  const auto tokens = Plain({"\"", "Iran", "didn't", "attack", "U.S.", "forces", ",", "\""});
  const std::string joined = "\" Iran didn't attack U.S. forces , \"";
  // No byte ranges (all zero), a dropped quote, a split token, a null word in brackets.
  const std::vector<LinkWord> words = {{"LEFT-WALL", 0, 0}, {"Iran.l", 0, 0},
                                       {"did.v-d", 0, 0},   {"n't", 0, 0},
                                       {"[attack]", 0, 0},  {"U.S..n", 0, 0},
                                       {"forces.n", 0, 0},  {"\"", 0, 0},
                                       {"RIGHT-WALL", 0, 0}};
  EXPECT_EQ(MapWordsToTokens(words, tokens, {0, 2, 7, 14, 21, 26, 33, 35}, joined),
            (std::vector<int>{-1, 1, 2, 2, 3, 4, 5, 7, -1}));
}

}  // namespace
}  // namespace kg::ingest
