// Lemmatizer: WordNet's morphy. A word's lemma for a part of speech is its entry in the
// exception list (verb.exc: "struck strike"), else the first detachment rule whose result is in
// the index file, else the word itself. Hyphenated and British ("-ise") spellings are retried
// as "coordinate" and "-ize".
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/types/span.h"
#include "ingest/text.h"

#include "ingest/text_internal.h"

namespace kg::ingest {
namespace {

constexpr absl::string_view kWordnetPackage = "wordnet-base";

enum Pos { kNoun = 0, kVerb = 1, kAdj = 2, kPosCount = 3 };
constexpr absl::string_view kPosNames[kPosCount] = {"noun", "verb", "adj"};

struct Rule {
  absl::string_view suffix;
  absl::string_view replacement;
};
constexpr Rule kNounRules[] = {{"ses", "s"}, {"xes", "x"},   {"zes", "z"}, {"ches", "ch"},
                               {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
constexpr Rule kVerbRules[] = {{"ies", "y"}, {"es", "e"},  {"es", ""},  {"ed", "e"},
                               {"ed", ""},   {"ing", "e"}, {"ing", ""}, {"s", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

// Clitics and auxiliaries whose lemma does not follow from WordNet.
constexpr std::pair<absl::string_view, absl::string_view> kFixedLemmas[] = {
    {"'s", "be"},   {"'re", "be"},  {"'m", "be"},     {"'ve", "have"}, {"'ll", "will"},
    {"'d", "would"}, {"n't", "not"}, {"ca", "can"},    {"wo", "will"},  {"sha", "shall"},
};

std::optional<Pos> PosOfTag(absl::string_view tag) {
  if (absl::StartsWith(tag, "VB")) return kVerb;
  if (absl::StartsWith(tag, "NN")) return kNoun;
  if (absl::StartsWith(tag, "JJ")) return kAdj;
  return std::nullopt;
}

// Inflected forms (rather than base forms) of each part of speech.
bool IsInflectedTag(absl::string_view tag) {
  return tag == "VBD" || tag == "VBN" || tag == "VBG" || tag == "VBZ" || tag == "NNS" ||
         tag == "NNPS" || tag == "JJR" || tag == "JJS";
}

absl::Span<const Rule> RulesFor(Pos pos) {
  switch (pos) {
    case kNoun:
      return kNounRules;
    case kVerb:
      return kVerbRules;
    case kAdj:
      return kAdjRules;
    default:
      return {};
  }
}

}  // namespace

struct Lemmatizer::Data {
  std::array<absl::flat_hash_set<std::string>, kPosCount> index;
  std::array<absl::flat_hash_map<std::string, std::string>, kPosCount> exceptions;
  absl::flat_hash_map<std::string, int> noun_files;  // lexicographer file of the first sense

  // morphy: the lemma of a lower-case word, if WordNet knows the word.
  std::optional<std::string> Morphy(absl::string_view word, Pos pos, bool inflected) const {
    const bool known = index[pos].contains(word);
    if (known && !inflected) return std::string(word);  // "lay" as a base form stays "lay"
    if (auto it = exceptions[pos].find(word); it != exceptions[pos].end()) return it->second;
    for (const Rule& rule : RulesFor(pos)) {
      if (!absl::EndsWith(word, rule.suffix) || word.size() <= rule.suffix.size()) continue;
      std::string candidate = absl::StrCat(word.substr(0, word.size() - rule.suffix.size()),
                                           rule.replacement);
      if (index[pos].contains(candidate)) return candidate;
    }
    if (known) return std::string(word);
    return std::nullopt;
  }

  // Morphy, then the same for spelling variants of hyphenated and "-ise" words.
  std::optional<std::string> MorphyWithVariants(absl::string_view word, Pos pos,
                                                bool inflected) const {
    if (auto lemma = Morphy(word, pos, inflected)) return lemma;
    const size_t hyphen = word.rfind('-');
    if (hyphen != absl::string_view::npos) {
      if (auto lemma = Morphy(absl::StrReplaceAll(word, {{"-", ""}}), pos, inflected)) {
        return lemma;
      }
      if (auto last = Morphy(word.substr(hyphen + 1), pos, inflected)) {
        return absl::StrCat(word.substr(0, hyphen + 1), *last);
      }
    }
    if (const size_t ise = word.rfind("is"); ise != absl::string_view::npos && ise > 2 &&
                                              ise + 2 < word.size() &&
                                              (word[ise + 2] == 'e' || word[ise + 2] == 'i')) {
      std::string american(word);
      american[ise + 1] = 'z';
      return Morphy(american, pos, inflected);
    }
    return std::nullopt;
  }
};

namespace {

// The first field of each line of an index file (skipping the licence lines, which start
// with a space).
void LoadIndex(absl::string_view text, absl::flat_hash_set<std::string>& index) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (line.empty() || line[0] == ' ') continue;
    index.insert(std::string(line.substr(0, line.find(' '))));
  }
}

// "inflected base [base...]" lines; the first base wins.
void LoadExceptions(absl::string_view text, absl::flat_hash_map<std::string, std::string>& map) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    const size_t space = line.find(' ');
    if (space == absl::string_view::npos || space == 0) continue;
    const absl::string_view base = line.substr(space + 1, line.find(' ', space + 1) - space - 1);
    if (!base.empty()) map.try_emplace(line.substr(0, space), base);
  }
}

// The lexicographer file of each noun's most frequent sense (the first synset of its index.noun
// line): 18 noun.person ("lawyer", "squatter"), 19 noun.phenomenon ("storm"), 06 noun.artifact...
void LoadNounFiles(absl::string_view index_noun, absl::string_view data_noun,
                   absl::flat_hash_map<std::string, int>& out) {
  absl::flat_hash_map<absl::string_view, int> file_of;  // synset offset -> file number
  for (absl::string_view line : absl::StrSplit(data_noun, '\n')) {
    if (line.size() < 12 || line[0] == ' ') continue;
    // "09483738 18 n 02 ...": synset offset, lexicographer file number
    int file = 0;
    if (line[11] == ' ' && absl::SimpleAtoi(line.substr(9, 2), &file)) file_of[line.substr(0, 8)] = file;
  }
  for (absl::string_view line : absl::StrSplit(index_noun, '\n')) {
    if (line.empty() || line[0] == ' ') continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, ' ', absl::SkipEmpty());
    // lemma pos synset_cnt p_cnt ptr_symbol... sense_cnt tagsense_cnt synset_offset...
    int pointers = 0;
    if (f.size() < 4 || !absl::SimpleAtoi(f[3], &pointers)) continue;
    const size_t first = 4 + static_cast<size_t>(pointers) + 2;
    if (first >= f.size()) continue;
    auto it = file_of.find(f[first]);
    if (it != file_of.end()) out.emplace(std::string(f[0]), it->second);
  }
}

}  // namespace

Lemmatizer::Lemmatizer() = default;
Lemmatizer::~Lemmatizer() = default;

absl::StatusOr<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& wordnet_dir) {
  auto data = std::make_unique<Data>();
  for (int pos = 0; pos < kPosCount; ++pos) {
    const std::string name(kPosNames[pos]);
    absl::StatusOr<std::string> index =
        internal::ReadFile(absl::StrCat(wordnet_dir, "/index.", name), kWordnetPackage);
    if (!index.ok()) return index.status();
    absl::StatusOr<std::string> exceptions =
        internal::ReadFile(absl::StrCat(wordnet_dir, "/", name, ".exc"), kWordnetPackage);
    if (!exceptions.ok()) return exceptions.status();
    LoadIndex(*index, data->index[pos]);
    LoadExceptions(*exceptions, data->exceptions[pos]);
    if (pos == kNoun) {
      absl::StatusOr<std::string> synsets =
          internal::ReadFile(absl::StrCat(wordnet_dir, "/data.noun"), kWordnetPackage);
      if (!synsets.ok()) return synsets.status();
      LoadNounFiles(*index, *synsets, data->noun_files);
    }
    if (data->index[pos].empty()) {
      return absl::DataLossError(absl::StrCat(wordnet_dir, "/index.", name, " holds no words"));
    }
  }
  std::unique_ptr<Lemmatizer> lemmatizer(new Lemmatizer);
  lemmatizer->data_ = std::move(data);
  return lemmatizer;
}

int Lemmatizer::NounFile(absl::string_view lemma) const {
  auto it = data_->noun_files.find(lemma);
  return it == data_->noun_files.end() ? -1 : it->second;
}

bool Lemmatizer::IsPersonNoun(absl::string_view lemma) const { return NounFile(lemma) == kNounPersonFile; }

std::string Lemmatizer::Lemma(absl::string_view word, absl::string_view penn_tag) const {
  std::string lower = internal::ToLower(word);
  if (penn_tag == "POS") return lower;
  for (const auto& [form, lemma] : kFixedLemmas) {
    if (lower == form) return std::string(lemma);
  }
  const std::optional<Pos> pos = PosOfTag(penn_tag);
  if (!pos || penn_tag == "NNP") return lower;
  if (auto lemma = data_->MorphyWithVariants(lower, *pos, IsInflectedTag(penn_tag))) {
    return *std::move(lemma);
  }
  return lower;
}

}  // namespace kg::ingest
