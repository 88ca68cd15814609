// Tests of ingest/text.h: normalisation, sentences, tokens, tags and lemmas on news-like text,
// using the Debian tagger and WordNet data.
#include "ingest/text.h"

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest/text_internal.h"

namespace kg::ingest {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;

// ---------------------------------------------------------------- normalisation

TEST(NormalizeTextTest, SpacesAndQuotes) {
  EXPECT_EQ(NormalizeText("a\xC2\xA0" "b\xE2\x80\x89" "c"), "a b c");
  EXPECT_EQ(NormalizeText("Iran\xE2\x80\x99s \xE2\x80\x9Cred line\xE2\x80\x9D"),
            "Iran's \"red line\"");
  EXPECT_EQ(NormalizeText("\xE2\x80\x98no\xE2\x80\x99"), "'no'");
}

TEST(NormalizeTextTest, Dashes) {
  EXPECT_EQ(NormalizeText("attack\xE2\x80\x94the third"), "attack - the third");
  EXPECT_EQ(NormalizeText("attack \xE2\x80\x94 the third"), "attack - the third");
  EXPECT_EQ(NormalizeText("Iran\xE2\x80\x93Iraq war, 1980 \xE2\x80\x93 1988"),
            "Iran-Iraq war, 1980 - 1988");
  EXPECT_EQ(NormalizeText("non\xE2\x80\x91stop"), "non-stop");
}

TEST(NormalizeTextTest, HtmlEntities) {
  EXPECT_EQ(NormalizeText("AT&amp;T &mdash; &quot;hi&quot; &#39;x&#x27;"),
            "AT&T - \"hi\" 'x'");
  EXPECT_EQ(NormalizeText("a&nbsp;b &hellip;"), "a b ...");
  EXPECT_EQ(NormalizeText("R&D & more &bogus; &#;"), "R&D & more &bogus; &#;");
}

TEST(NormalizeTextTest, ControlAndZeroWidth) {
  EXPECT_EQ(NormalizeText("a\tb\r\nc\rd\x01" "e\xE2\x80\x8B" "f\xEF\xBB\xBFg\xC2\xAD" "h"),
            "a b\nc\nde" "fgh");
  EXPECT_EQ(NormalizeText("one\n\ntwo"), "one\n\ntwo");
}

TEST(NormalizeTextTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(NormalizeText("ab\xFF" "cd"), "ab\xEF\xBF\xBD" "cd");
  EXPECT_EQ(NormalizeText("\xC3"), "\xEF\xBF\xBD");
  EXPECT_EQ(NormalizeText("caf\xC3\xA9 M\xC3\xBCller"), "caf\xC3\xA9 M\xC3\xBCller");
}

TEST(NormalizeTextTest, EllipsisAndUnchangedAscii) {
  EXPECT_EQ(NormalizeText("wait\xE2\x80\xA6"), "wait...");
  const std::string plain = "Plain ASCII text, with (brackets) and 10,000 numbers.\n";
  EXPECT_EQ(NormalizeText(plain), plain);
  EXPECT_EQ(NormalizeText(""), "");
}

TEST(NormalizeTextTest, IsIdempotent) {
  const std::string once = NormalizeText(
      "\xE2\x80\x9CWe\xE2\x80\x99re ready\xE2\x80\x94now,\xE2\x80\x9D he said &amp; left\xC2\xA0\xF0\x9F\x98\x80");
  EXPECT_EQ(NormalizeText(once), once);
  EXPECT_EQ(once, "\"We're ready - now,\" he said & left \xF0\x9F\x98\x80");
}

// ---------------------------------------------------------------- sentences

std::vector<std::string> Sentences(absl::string_view text) {
  std::vector<std::string> out;
  for (const auto& [begin, end] : SplitSentences(text)) {
    out.emplace_back(text.substr(begin, end - begin));
  }
  return out;
}

TEST(SplitSentencesTest, SimpleAndTitles) {
  EXPECT_THAT(Sentences("Mr. Smith said. He left."), ElementsAre("Mr. Smith said.", "He left."));
  EXPECT_THAT(Sentences("Gen. Dempsey spoke. Lt. Col. Smith did not."),
              ElementsAre("Gen. Dempsey spoke.", "Lt. Col. Smith did not."));
  EXPECT_THAT(Sentences("Pentagon spokesman Rear Adm. John Kirby said so."),
              ElementsAre("Pentagon spokesman Rear Adm. John Kirby said so."));
}

TEST(SplitSentencesTest, MonthsAndNumbers) {
  EXPECT_THAT(Sentences("The deadline is Nov. 30th. Talks resume on Dec. 1."),
              ElementsAre("The deadline is Nov. 30th.", "Talks resume on Dec. 1."));
  EXPECT_THAT(Sentences("Growth was 3.5 percent. It was 2.1 percent in 1986."),
              ElementsAre("Growth was 3.5 percent.", "It was 2.1 percent in 1986."));
  EXPECT_THAT(Sentences("He ranked No. 1 in the poll."), ElementsAre("He ranked No. 1 in the poll."));
}

TEST(SplitSentencesTest, DottedAcronyms) {
  EXPECT_THAT(Sentences("The U.S. Navy said it would go."),
              ElementsAre("The U.S. Navy said it would go."));
  EXPECT_THAT(Sentences("He flew to the U.S. The trip was short."),
              ElementsAre("He flew to the U.S.", "The trip was short."));
  EXPECT_THAT(Sentences("U.N. officials and U.S.-led forces met. They agreed."),
              ElementsAre("U.N. officials and U.S.-led forces met.", "They agreed."));
}

TEST(SplitSentencesTest, CompanySuffixes) {
  EXPECT_THAT(Sentences("Apple Inc. Chairman Tim Cook spoke."),
              ElementsAre("Apple Inc. Chairman Tim Cook spoke."));
  EXPECT_THAT(Sentences("He joined Apple Inc. But he left."),
              ElementsAre("He joined Apple Inc.", "But he left."));
}

TEST(SplitSentencesTest, Initials) {
  EXPECT_THAT(Sentences("John F. Kennedy was shot in 1963. He died."),
              ElementsAre("John F. Kennedy was shot in 1963.", "He died."));
  EXPECT_THAT(Sentences("George W. Bush and H. W. Bush met."),
              ElementsAre("George W. Bush and H. W. Bush met."));
}

TEST(SplitSentencesTest, QuotesStayWithTheirSentence) {
  EXPECT_THAT(
      Sentences("\"We are positive,\" Kerry told reporters. \"But that's not all.\" He left."),
      ElementsAre("\"We are positive,\" Kerry told reporters.", "\"But that's not all.\"",
                  "He left."));
  EXPECT_THAT(Sentences("\"We will win.\" said the general."),
              ElementsAre("\"We will win.\" said the general."));
  EXPECT_THAT(Sentences("He said (in Farsi.) Then he left."),
              ElementsAre("He said (in Farsi.)", "Then he left."));
}

TEST(SplitSentencesTest, QuestionsAndExclamations) {
  EXPECT_THAT(Sentences("Why now? Nobody knows! 'What?' he asked."),
              ElementsAre("Why now?", "Nobody knows!", "'What?' he asked."));
}

TEST(SplitSentencesTest, Ellipses) {
  EXPECT_THAT(Sentences("He paused... Then he spoke. Wait... what now?"),
              ElementsAre("He paused...", "Then he spoke.", "Wait... what now?"));
}

TEST(SplitSentencesTest, LowerCaseNextWordDoesNotSplit) {
  EXPECT_THAT(Sentences("They met at 5 p.m. on Friday. e.g. this."),
              ElementsAre("They met at 5 p.m. on Friday. e.g. this."));
}

TEST(SplitSentencesTest, BlankLinesAlwaysSplit) {
  EXPECT_THAT(Sentences("IRAN SAYS NO\n\nTEHRAN, Feb 26 - Iran said no\n \nanother line"),
              ElementsAre("IRAN SAYS NO", "TEHRAN, Feb 26 - Iran said no", "another line"));
  EXPECT_THAT(Sentences("one line\nwraps here."), ElementsAre("one line\nwraps here."));
}

TEST(SplitSentencesTest, TrimsAndHandlesEmptyInput) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n  ").empty());
  const auto ranges = SplitSentences("  Hello there.  ");
  ASSERT_EQ(ranges.size(), 1u);
  EXPECT_EQ(ranges[0].first, 2u);
  EXPECT_EQ(ranges[0].second, 14u);
}

TEST(AbbreviationsTest, DataFileMatchesCompiledList) {
  std::ifstream in(std::string(KG_SOURCE_DIR) + "/data/abbreviations.txt");
  ASSERT_TRUE(in) << "data/abbreviations.txt missing";
  std::string line;
  int entries = 0;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string word, kind;
    if (!(words >> word)) continue;
    words >> kind;
    ++entries;
    const auto expected = kind == "prefix" ? internal::AbbreviationKind::kPrefix
                                           : internal::AbbreviationKind::kSuffix;
    EXPECT_EQ(internal::ClassifyAbbreviation(word), expected) << word;
  }
  EXPECT_GT(entries, 50);
  EXPECT_EQ(internal::ClassifyAbbreviation("said."), internal::AbbreviationKind::kNone);
  EXPECT_EQ(internal::ClassifyAbbreviation("N.Y.C."), internal::AbbreviationKind::kSuffix);
}

// ---------------------------------------------------------------- tokens

std::vector<std::string> Words(absl::string_view text) {
  std::vector<std::string> out;
  for (const Token& token : Tokenize(text, 0, static_cast<uint32_t>(text.size()))) {
    out.push_back(token.text);
  }
  return out;
}

TEST(TokenizeTest, Clitics) {
  EXPECT_THAT(Words("Iran's leaders don't say they're sure we'll win; I'm, we've, he'd."),
              ElementsAre("Iran", "'s", "leaders", "do", "n't", "say", "they", "'re", "sure",
                          "we", "'ll", "win", ";", "I", "'m", ",", "we", "'ve", ",", "he", "'d",
                          "."));
  EXPECT_THAT(Words("It can't, won't. The soldiers' rifles"),
              ElementsAre("It", "ca", "n't", ",", "wo", "n't", ".", "The", "soldiers", "'",
                          "rifles"));
  EXPECT_THAT(Words("O'Brien DON'T"), ElementsAre("O'Brien", "DO", "N'T"));
}

TEST(TokenizeTest, HyphensStayWhole) {
  EXPECT_THAT(Words("U.S.-led forces, al-Abadi, an F-4 and co-ordinating -- -5"),
              ElementsAre("U.S.-led", "forces", ",", "al-Abadi", ",", "an", "F-4", "and",
                          "co-ordinating", "--", "-", "5"));
}

TEST(TokenizeTest, NumbersAndSymbols) {
  EXPECT_THAT(Words("$1.5 billion, 10,000 troops, 5% and 1/2 of 1,000,000 in the 1990s..."),
              ElementsAre("$", "1.5", "billion", ",", "10,000", "troops", ",", "5", "%", "and",
                          "1/2", "of", "1,000,000", "in", "the", "1990s", "..."));
  EXPECT_THAT(Words("1,2 (AT&T) [x]"),
              ElementsAre("1", ",", "2", "(", "AT&T", ")", "[", "x", "]"));
}

TEST(TokenizeTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_THAT(Words("Gen. Smith of the U.S. Army and Mr. F. Jones, Inc. said so."),
              ElementsAre("Gen.", "Smith", "of", "the", "U.S.", "Army", "and", "Mr.", "F.",
                          "Jones", ",", "Inc.", "said", "so", "."));
  EXPECT_THAT(Words("at 5 p.m. e.g. this Ph.D. end.The"),
              ElementsAre("at", "5", "p.m.", "e.g.", "this", "Ph.D.", "end", ".", "The"));
}

TEST(TokenizeTest, OffsetsMapBackToText) {
  const std::string text = "First one. \"Iran's F-4s,\" al-Abadi said in Caf\xC3\xA9 M\xC3\xBCller.";
  const uint32_t begin = 11;
  const std::vector<Token> tokens = Tokenize(text, begin, static_cast<uint32_t>(text.size()));
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.front().begin, begin);
  for (const Token& token : tokens) {
    EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
  }
  EXPECT_EQ(tokens.back().end, text.size());
  EXPECT_EQ(tokens[tokens.size() - 3].text, "Caf\xC3\xA9");
  EXPECT_EQ(tokens[tokens.size() - 2].lower, "m\xC3\xBCller");
}

TEST(TokenizeTest, Flags) {
  const std::string text = "\"Iran said the U.S. lied.\"";
  const std::vector<Token> tokens = Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_FALSE(tokens[0].sentence_initial);  // the quote
  EXPECT_TRUE(tokens[1].sentence_initial);
  EXPECT_TRUE(tokens[1].capitalized);
  EXPECT_EQ(tokens[1].lower, "iran");
  EXPECT_FALSE(tokens[2].sentence_initial);
  EXPECT_FALSE(tokens[2].capitalized);
  EXPECT_TRUE(tokens[4].capitalized);
  EXPECT_EQ(tokens[4].lower, "u.s.");
}

TEST(TokenizeTest, QuotesAndBrackets) {
  EXPECT_THAT(Words("\"Yes,\" he said (twice) -- 'maybe'."),
              ElementsAre("\"", "Yes", ",", "\"", "he", "said", "(", "twice", ")", "--", "'",
                          "maybe", "'", "."));
}

TEST(TokenizeTest, RangeLimitsAndEmpty) {
  EXPECT_TRUE(Tokenize("", 0, 0).empty());
  EXPECT_TRUE(Tokenize("   ", 0, 3).empty());
  EXPECT_THAT(Words("a"), ElementsAre("a"));
  const std::vector<Token> tokens = Tokenize("abc def", 0, 100);
  EXPECT_EQ(tokens.size(), 2u);
}

// ---------------------------------------------------------------- tagger and lemmas

class AnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = TextAnalyzer::Create();
    ASSERT_TRUE(created.ok()) << created.status();
    analyzer_ = created->release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }

  static const Token& Find(const Sentence& sentence, absl::string_view word) {
    for (const Token& token : sentence.tokens) {
      if (token.text == word) return token;
    }
    ADD_FAILURE() << "no token " << word << " in " << sentence.text;
    static const Token kNone;
    return kNone;
  }
  static std::string TagOf(absl::string_view text, absl::string_view word) {
    return Find(analyzer_->AnalyzeSentence(text), word).tag;
  }
  static std::string LemmaOf(absl::string_view text, absl::string_view word) {
    return Find(analyzer_->AnalyzeSentence(text), word).lemma;
  }

  static TextAnalyzer* analyzer_;
};
TextAnalyzer* AnalyzerTest::analyzer_ = nullptr;

TEST_F(AnalyzerTest, TagsVerbsInNewsSentences) {
  const Sentence s = analyzer_->AnalyzeSentence(
      "Iranian officials denied on Sunday that militants had seized the tanker.");
  EXPECT_EQ(Find(s, "denied").tag, "VBD");
  EXPECT_EQ(Find(s, "had").tag, "VBD");
  EXPECT_EQ(Find(s, "seized").tag, "VBN");
  EXPECT_EQ(Find(s, "the").tag, "DT");
  EXPECT_EQ(Find(s, "tanker").tag, "NN");
  EXPECT_EQ(Find(s, "Sunday").tag, "NNP");
  EXPECT_EQ(Find(s, ".").tag, ".");
}

TEST_F(AnalyzerTest, AttacksAsNounOrVerb) {
  EXPECT_EQ(TagOf("The attacks killed 12 people.", "attacks"), "NNS");
  EXPECT_EQ(TagOf("The army attacks the rebels every night.", "attacks"), "VBZ");
  EXPECT_EQ(TagOf("He attacks the government daily.", "attacks"), "VBZ");
  EXPECT_EQ(TagOf("Attacks on shipping rose.", "Attacks"), "NNS");
}

TEST_F(AnalyzerTest, ProperNamesAndUnknownWords) {
  const Sentence s = analyzer_->AnalyzeSentence(
      "Prime Minister Haider al-Abadi met Zarif in Baghdad, officials said.");
  EXPECT_EQ(Find(s, "al-Abadi").tag, "NNP");
  EXPECT_EQ(Find(s, "Zarif").tag, "NNP");
  EXPECT_EQ(Find(s, "Baghdad").tag, "NNP");
  EXPECT_EQ(Find(s, "said").tag, "VBD");
  EXPECT_EQ(Find(s, ",").tag, ",");
  EXPECT_THAT(TagOf("The Houthis are blockading the port.", "blockading"), StartsWith("VB"));
  EXPECT_EQ(TagOf("U.S.-led forces struck twice.", "U.S.-led"), "JJ");
}

TEST_F(AnalyzerTest, PunctuationAndQuotesGetPennTags) {
  const Sentence s = analyzer_->AnalyzeSentence("\"We will (not) stop,\" he said: $5.");
  ASSERT_GE(s.tokens.size(), 10u);
  EXPECT_EQ(s.tokens[0].tag, "``");
  EXPECT_EQ(Find(s, "(").tag, "-LRB-");
  EXPECT_EQ(Find(s, ")").tag, "-RRB-");
  EXPECT_EQ(s.tokens[8].text, "\"");
  EXPECT_EQ(s.tokens[8].tag, "''");
  EXPECT_EQ(Find(s, ":").tag, ":");
  EXPECT_EQ(Find(s, "$").tag, "$");
  EXPECT_EQ(Find(s, "will").tag, "MD");
  EXPECT_EQ(Find(s, "5").tag, "CD");
}

TEST_F(AnalyzerTest, ClitisAndPossessives) {
  const Sentence s = analyzer_->AnalyzeSentence("Iran's navy doesn't say it's over.");
  EXPECT_EQ(s.tokens[1].tag, "POS");
  EXPECT_EQ(Find(s, "n't").tag, "RB");
  EXPECT_EQ(Find(s, "n't").lemma, "not");
  EXPECT_EQ(Find(s, "does").lemma, "do");
}

TEST_F(AnalyzerTest, PassivesAndModals) {
  const Sentence s =
      analyzer_->AnalyzeSentence("Three soldiers were killed and two will be tried in court.");
  EXPECT_EQ(Find(s, "Three").tag, "CD");
  EXPECT_EQ(Find(s, "soldiers").tag, "NNS");
  EXPECT_EQ(Find(s, "were").tag, "VBD");
  EXPECT_EQ(Find(s, "killed").tag, "VBN");
  EXPECT_EQ(Find(s, "will").tag, "MD");
  EXPECT_EQ(Find(s, "be").tag, "VB");
  EXPECT_EQ(Find(s, "tried").tag, "VBN");
  EXPECT_EQ(Find(s, "tried").lemma, "try");
  EXPECT_EQ(Find(s, "in").tag, "IN");
}

TEST_F(AnalyzerTest, SingleQuotes) {
  const Sentence s = analyzer_->AnalyzeSentence("The soldiers' rifles were in 'good order'.");
  ASSERT_EQ(s.tokens.size(), 11u);
  EXPECT_EQ(s.tokens[2].tag, "POS");
  EXPECT_EQ(s.tokens[6].tag, "``");
  EXPECT_EQ(s.tokens[9].tag, "''");
}

TEST_F(AnalyzerTest, ConcurrentAnalyzeGivesSameResult) {
  const std::string text =
      "Rebels attacked the town on Friday. Officials said 12 people died.\n\nTalks failed.";
  const std::vector<Sentence> expected = analyzer_->Analyze(text);
  std::vector<std::vector<Sentence>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&text, &result] {
      for (int i = 0; i < 50; ++i) result = analyzer_->Analyze(text);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const auto& result : results) {
    ASSERT_EQ(result.size(), expected.size());
    for (size_t i = 0; i < result.size(); ++i) {
      ASSERT_EQ(result[i].tokens.size(), expected[i].tokens.size());
      for (size_t t = 0; t < result[i].tokens.size(); ++t) {
        EXPECT_EQ(result[i].tokens[t].tag, expected[i].tokens[t].tag);
      }
    }
  }
  EXPECT_EQ(expected.size(), 3u);
}

TEST_F(AnalyzerTest, EmptyInput) {
  EXPECT_TRUE(analyzer_->Analyze("").empty());
  EXPECT_TRUE(analyzer_->AnalyzeSentence("").tokens.empty());
}

TEST_F(AnalyzerTest, LemmasOfNewsWords) {
  EXPECT_EQ(LemmaOf("Officials denied the report.", "denied"), "deny");
  EXPECT_EQ(LemmaOf("The strikes hit two towns.", "strikes"), "strike");
  EXPECT_EQ(LemmaOf("A missile struck the ship.", "struck"), "strike");
  EXPECT_EQ(LemmaOf("The ship was hit.", "was"), "be");
  EXPECT_EQ(LemmaOf("He rejected the accusations.", "accusations"), "accusation");
  EXPECT_EQ(LemmaOf("The militants fled.", "militants"), "militant");
  EXPECT_EQ(LemmaOf("Police seized the weapons.", "seized"), "seize");
  EXPECT_EQ(LemmaOf("Police seized the weapons.", "weapons"), "weapon");
  EXPECT_EQ(LemmaOf("The men were arrested.", "men"), "man");
  EXPECT_EQ(LemmaOf("Kerry is co-ordinating the talks.", "co-ordinating"), "coordinate");
}

TEST_F(AnalyzerTest, AnalyzeKeepsOffsetsAndSentences) {
  const std::string text = NormalizeText(
      "TEHRAN, Nov. 30 \xE2\x80\x94 Iran\xE2\x80\x99s foreign minister met Gen. Smith. "
      "\xE2\x80\x9CWe agreed,\xE2\x80\x9D he said.\n\nTalks resume Monday.");
  const std::vector<Sentence> sentences = analyzer_->Analyze(text);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(sentences[1].text, "\"We agreed,\" he said.");
  for (const Sentence& sentence : sentences) {
    EXPECT_EQ(text.substr(sentence.begin, sentence.end - sentence.begin), sentence.text);
    for (const Token& token : sentence.tokens) {
      EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
      EXPECT_FALSE(token.tag.empty()) << token.text;
      EXPECT_FALSE(token.lemma.empty()) << token.text;
    }
  }
  EXPECT_EQ(Find(sentences[0], "met").lemma, "meet");
  EXPECT_THAT(Find(sentences[2], "resume").tag, StartsWith("VB"));
}

// ---------------------------------------------------------------- direct loading

TEST(LemmatizerTest, MorphyRulesAndExceptions) {
  auto lemmatizer = Lemmatizer::Load("/usr/share/wordnet");
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status();
  const Lemmatizer& l = **lemmatizer;
  EXPECT_EQ(l.Lemma("Attacked", "VBD"), "attack");
  EXPECT_EQ(l.Lemma("bombing", "VBG"), "bomb");
  EXPECT_EQ(l.Lemma("taxes", "NNS"), "tax");
  EXPECT_EQ(l.Lemma("churches", "NNS"), "church");
  EXPECT_EQ(l.Lemma("countries", "NNS"), "country");
  EXPECT_EQ(l.Lemma("better", "JJR"), "good");
  EXPECT_EQ(l.Lemma("largest", "JJS"), "large");
  EXPECT_EQ(l.Lemma("found", "VBD"), "find");
  EXPECT_EQ(l.Lemma("organised", "VBD"), "organise");  // WordNet lists the British form
  EXPECT_EQ(l.Lemma("radicalised", "VBN"), "radicalize");  // but not this one
  EXPECT_EQ(l.Lemma("cease-fires", "NNS"), "cease-fire");
  EXPECT_EQ(l.Lemma("quickly", "RB"), "quickly");
  EXPECT_EQ(l.Lemma("Americans", "NNPS"), "american");
  EXPECT_EQ(l.Lemma("Davis", "NNP"), "davis");
  EXPECT_EQ(l.Lemma("'s", "POS"), "'s");
  EXPECT_EQ(l.Lemma("'s", "VBZ"), "be");
  EXPECT_EQ(l.Lemma("blorfed", "VBD"), "blorfed");
}

TEST(LemmatizerTest, AuxiliariesAndClitics) {
  auto lemmatizer = Lemmatizer::Load("/usr/share/wordnet");
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status();
  const Lemmatizer& l = **lemmatizer;
  EXPECT_EQ(l.Lemma("has", "VBZ"), "have");
  EXPECT_EQ(l.Lemma("did", "VBD"), "do");
  EXPECT_EQ(l.Lemma("are", "VBP"), "be");
  EXPECT_EQ(l.Lemma("'ll", "MD"), "will");
  EXPECT_EQ(l.Lemma("wo", "MD"), "will");
  EXPECT_EQ(l.Lemma("ca", "MD"), "can");
  EXPECT_EQ(l.Lemma("lay", "VBP"), "lay");
  EXPECT_EQ(l.Lemma("lay", "VBD"), "lie");
}

TEST(LemmatizerTest, PersonNounsByTheirUsualSense) {
  auto lemmatizer = Lemmatizer::Load("/usr/share/wordnet");
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status();
  const Lemmatizer& l = **lemmatizer;
  for (const char* person : {"lawyer", "squatter", "rioter", "critic", "journalist", "analyst"})
    EXPECT_TRUE(l.IsPersonNoun(person)) << person;
  // a first sense elsewhere: "head" (body part), "building", "state", "talk"
  for (const char* other : {"head", "building", "state", "talk", "bomb", "lawyers"})
    EXPECT_FALSE(l.IsPersonNoun(other)) << other;
}

TEST(PosTaggerTest, TagsEveryTokenAndToleratesEmpty) {
  auto tagger = PosTagger::Load("/usr/share/perl5/Lingua/EN/Tagger");
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  std::vector<Token> none;
  (*tagger)->Tag(none);
  EXPECT_TRUE(none.empty());
  const std::string text = "Xqzv \xE2\x82\xAC 5 @ blorfing # 1st Qwerties' \xEF\xBF\xBD ?";
  std::vector<Token> tokens = Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  (*tagger)->Tag(tokens);
  for (const Token& token : tokens) EXPECT_FALSE(token.tag.empty()) << token.text;
  const std::string unknown = "They are blorfing the frobnitzes quickly.";
  tokens = Tokenize(unknown, 0, static_cast<uint32_t>(unknown.size()));
  (*tagger)->Tag(tokens);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[2].tag, "VBG");
  EXPECT_EQ(tokens[4].tag, "NNS");
}

TEST(LoadTest, MissingDataNamesFileAndPackage) {
  auto tagger = PosTagger::Load("/nonexistent");
  ASSERT_FALSE(tagger.ok());
  EXPECT_THAT(std::string(tagger.status().message()), ::testing::HasSubstr("words.yml"));
  EXPECT_THAT(std::string(tagger.status().message()),
              ::testing::HasSubstr("liblingua-en-tagger-perl"));
  auto lemmatizer = Lemmatizer::Load("/nonexistent");
  ASSERT_FALSE(lemmatizer.ok());
  EXPECT_THAT(std::string(lemmatizer.status().message()), ::testing::HasSubstr("wordnet"));
  auto analyzer = TextAnalyzer::Create({"/nonexistent", ""});
  EXPECT_FALSE(analyzer.ok());
}

}  // namespace
}  // namespace kg::ingest
