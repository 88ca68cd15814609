// Text processing for English news: normalisation, sentence splitting, tokenisation,
// part-of-speech tagging (a bigram HMM over the data of Debian's Lingua::EN::Tagger) and
// lemmas (WordNet's morphy: suffix rules plus exception lists). It finds no actors and no
// events; see extractor.h for that.
#ifndef KG_INGEST_TEXT_H_
#define KG_INGEST_TEXT_H_

#include <cstdint>
#include <memory>
#include <string>
#include "absl/strings/string_view.h"
#include <vector>

#include "absl/status/statusor.h"

namespace kg::ingest {

// Replaces non-breaking and other Unicode spaces with ' ', curly quotes and apostrophes with
// ASCII ones, en and em dashes with " - " (or '-' inside a word), removes zero-width and control
// characters (keeping '\n'), decodes the common HTML entities (&amp; &mdash; &quot; ...), and
// repairs invalid UTF-8 with U+FFFD. Offsets of everything later index into the result.
std::string NormalizeText(absl::string_view raw);

struct Token {
  uint32_t begin = 0;     // byte offsets in the normalised text
  uint32_t end = 0;
  std::string text;       // as written: "U.S.", "al-Abadi", "n't", "'s"
  std::string lower;      // lower case
  std::string tag;        // Penn Treebank tag, upper case: "NNP", "VBD", "POS", ...
  std::string lemma;      // lower-case lemma: "denied" -> "deny", "strikes" -> "strike"
  bool capitalized = false;  // first character an upper-case letter
  bool sentence_initial = false;
  bool headline_caps = false;  // the sentence is written in capitals ("IRAN DENIES TALKS"): tags
                               // and lemmas come from the lower-case words, and no word counts
                               // as capitalised
  bool person_noun = false;  // a common noun whose usual sense is a person ("lawyers", "squatter")
  int noun_file = -1;        // for common nouns: Lemmatizer::NounFile of the lemma
};

struct Sentence {
  uint32_t begin = 0;     // byte offsets in the normalised text
  uint32_t end = 0;
  std::string text;
  std::vector<Token> tokens;
};

// Byte ranges of the sentences of `text`. Abbreviations ("U.S.", "Gen.", "Nov.", "Mr.",
// initials) do not end a sentence; a closing quote after the full stop stays in the sentence;
// blank lines always end one. The abbreviations are compiled in and extended by
// abbreviations.txt in $KG_DATA_DIR (else the source tree's data/), read at the first call.
std::vector<std::pair<uint32_t, uint32_t>> SplitSentences(absl::string_view text);

// Tokens of text[begin, end) with offsets into `text`: words (keeping "U.S.", "F-4", "co-operate",
// "al-Abadi", "10,000" whole), clitics split off ("Iran's" -> "Iran" "'s", "don't" -> "do" "n't"),
// punctuation one token each. Tags and lemmas are left empty.
std::vector<Token> Tokenize(absl::string_view text, uint32_t begin, uint32_t end);

// Lemmas from WordNet 3.0's exception lists and morphy's detachment rules, checked against
// its index files.
class Lemmatizer {
 public:
  // `wordnet_dir` holds index.noun, index.verb, index.adj, verb.exc, noun.exc, adj.exc and
  // data.noun.
  static absl::StatusOr<std::unique_ptr<Lemmatizer>> Load(const std::string& wordnet_dir);
  // Lower-case lemma of a word for a Penn tag ("VBD", "NNS", ...); the lower-cased word itself
  // when WordNet knows no better.
  std::string Lemma(absl::string_view word, absl::string_view penn_tag) const;
  // True when the most frequent WordNet sense of a noun lemma names a person ("lawyer",
  // "squatters" -> "squatter"), from data.noun's lexicographer file noun.person.
  bool IsPersonNoun(absl::string_view lemma) const;
  // The number of the WordNet lexicographer file of a noun lemma's most frequent sense
  // (noun.person is 18, noun.phenomenon 19, noun.state 26; see WordNet's lexnames), or -1.
  int NounFile(absl::string_view lemma) const;
  static constexpr int kNounPersonFile = 18;
  ~Lemmatizer();

 private:
  Lemmatizer();
  struct Data;
  std::unique_ptr<Data> data_;
};

// Bigram HMM part-of-speech tagger (Viterbi) reading Lingua::EN::Tagger's words.yml and
// tags.yml at start-up; unknown words are guessed from suffix, capitalisation and digits.
class PosTagger {
 public:
  // `tagger_dir` holds words.yml and tags.yml.
  static absl::StatusOr<std::unique_ptr<PosTagger>> Load(const std::string& tagger_dir);
  // Sets Token::tag on every token of a sentence.
  void Tag(std::vector<Token>& tokens) const;
  ~PosTagger();

 private:
  PosTagger();
  struct Data;
  std::unique_ptr<Data> data_;
};

// Where the system's data lives; empty strings take the Debian defaults
// (/usr/share/perl5/Lingua/EN/Tagger, /usr/share/wordnet).
struct TextResources {
  std::string tagger_dir;
  std::string wordnet_dir;
};

// Splits, tokenises, tags and lemmatises a normalised text. Thread-safe after construction.
class TextAnalyzer {
 public:
  static absl::StatusOr<std::unique_ptr<TextAnalyzer>> Create(const TextResources& resources = {});
  std::vector<Sentence> Analyze(absl::string_view normalized_text) const;
  // One sentence's tokens, tagged and lemmatised (for tests and short inputs).
  Sentence AnalyzeSentence(absl::string_view sentence) const;

 private:
  TextAnalyzer(std::unique_ptr<PosTagger> tagger, std::unique_ptr<Lemmatizer> lemmatizer);
  std::unique_ptr<PosTagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
};

}  // namespace kg::ingest

#endif  // KG_INGEST_TEXT_H_
