// TextAnalyzer: sentences -> tokens -> tags -> lemmas, with the Debian data by default.
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"

#include "ingest/text.h"

namespace kg::ingest {
namespace {

constexpr char kDefaultTaggerDir[] = "/usr/share/perl5/Lingua/EN/Tagger";
constexpr char kDefaultWordnetDir[] = "/usr/share/wordnet";

std::string OrDefault(const std::string& dir, const char* fallback) {
  return dir.empty() ? std::string(fallback) : dir;
}

// The sentence text[begin, end), tokenised, tagged and lemmatised.
Sentence AnalyzeRange(absl::string_view text, uint32_t begin, uint32_t end,
                      const PosTagger& tagger, const Lemmatizer& lemmatizer) {
  Sentence sentence;
  sentence.begin = begin;
  sentence.end = end;
  sentence.text = std::string(text.substr(begin, end - begin));
  sentence.tokens = Tokenize(text, begin, end);
  // A headline in capitals: tag and lemmatise the lower-case words, then restore the text.
  size_t words = 0, capitals = 0;
  for (const Token& token : sentence.tokens) {
    size_t letters = 0, upper = 0;
    for (char c : token.text) {
      if (absl::ascii_isalpha(static_cast<unsigned char>(c))) ++letters;
      if (absl::ascii_isupper(static_cast<unsigned char>(c))) ++upper;
    }
    if (letters < 2) continue;
    ++words;
    capitals += upper == letters;
  }
  const bool headline = words >= 3 && capitals * 10 >= words * 8;
  std::vector<std::string> written;
  if (headline) {
    for (Token& token : sentence.tokens) {
      written.push_back(token.text);
      token.text = token.lower;
      token.capitalized = false;
      token.headline_caps = true;
    }
  }
  tagger.Tag(sentence.tokens);
  for (Token& token : sentence.tokens) {
    token.lemma = lemmatizer.Lemma(token.text, token.tag);
    if (token.tag == "NN" || token.tag == "NNS") token.noun_file = lemmatizer.NounFile(token.lemma);
    token.person_noun = token.noun_file == Lemmatizer::kNounPersonFile;
  }
  for (size_t k = 0; k < written.size(); ++k) sentence.tokens[k].text = written[k];
  return sentence;
}

}  // namespace

TextAnalyzer::TextAnalyzer(std::unique_ptr<PosTagger> tagger,
                           std::unique_ptr<Lemmatizer> lemmatizer)
    : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)) {}

absl::StatusOr<std::unique_ptr<TextAnalyzer>> TextAnalyzer::Create(
    const TextResources& resources) {
  absl::StatusOr<std::unique_ptr<PosTagger>> tagger =
      PosTagger::Load(OrDefault(resources.tagger_dir, kDefaultTaggerDir));
  if (!tagger.ok()) return tagger.status();
  absl::StatusOr<std::unique_ptr<Lemmatizer>> lemmatizer =
      Lemmatizer::Load(OrDefault(resources.wordnet_dir, kDefaultWordnetDir));
  if (!lemmatizer.ok()) return lemmatizer.status();
  return std::unique_ptr<TextAnalyzer>(
      new TextAnalyzer(*std::move(tagger), *std::move(lemmatizer)));
}

std::vector<Sentence> TextAnalyzer::Analyze(absl::string_view normalized_text) const {
  std::vector<Sentence> sentences;
  for (const auto& [begin, end] : SplitSentences(normalized_text)) {
    sentences.push_back(AnalyzeRange(normalized_text, begin, end, *tagger_, *lemmatizer_));
  }
  return sentences;
}

Sentence TextAnalyzer::AnalyzeSentence(absl::string_view sentence) const {
  return AnalyzeRange(sentence, 0, static_cast<uint32_t>(sentence.size()), *tagger_,
                      *lemmatizer_);
}

}  // namespace kg::ingest
