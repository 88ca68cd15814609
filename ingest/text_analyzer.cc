// TextAnalyzer: sentences -> tokens -> tags -> lemmas, with the Debian data by default.
#include <string>
#include <utility>

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
  tagger.Tag(sentence.tokens);
  for (Token& token : sentence.tokens) token.lemma = lemmatizer.Lemma(token.text, token.tag);
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
