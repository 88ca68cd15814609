// PosTagger: a bigram HMM over Lingua::EN::Tagger's data. words.yml gives each word's tag counts
// (emission scores log P(tag|word) - log P(tag), i.e. log P(word|tag) up to a constant),
// tags.yml the tag-to-tag transitions; unknown words take the distribution of a class
// (unknown.yml: "-cap-", "-ing-", ...) chosen from their shape. Viterbi runs only over the tags
// each word can have.
#include <cmath>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "ingest/text.h"
#include "ingest/text_internal.h"

namespace kg::ingest {
namespace {

constexpr absl::string_view kTaggerPackage = "liblingua-en-tagger-perl";
constexpr float kMinTransition = 1e-6f;
// Added to each observed tag count of a word, so that a rare reading ("attacks" as VBZ: 1 of
// 20) can still win on context.
constexpr double kCountSmoothing = 1.0;

// One "key: { tag: number, ... }" line of the tagger's YAML files.
struct YamlEntry {
  absl::string_view key;
  std::vector<std::pair<absl::string_view, double>> values;
};

absl::string_view Unquote(absl::string_view s) {
  s = absl::StripAsciiWhitespace(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  return s;
}

// Parses one line; false for comments, the "---" header and malformed lines.
bool ParseYamlLine(absl::string_view line, YamlEntry& entry) {
  const size_t open = line.rfind('{');
  const size_t close = line.rfind('}');
  if (open == absl::string_view::npos || close == absl::string_view::npos || close < open ||
      open < 2) {
    return false;
  }
  absl::string_view key = absl::StripTrailingAsciiWhitespace(line.substr(0, open));
  if (!absl::ConsumeSuffix(&key, ":")) return false;
  entry.key = Unquote(key);
  entry.values.clear();
  absl::string_view body = line.substr(open + 1, close - open - 1);
  while (!body.empty()) {
    const size_t comma = body.find(',');
    const absl::string_view item = body.substr(0, comma);
    body = comma == absl::string_view::npos ? absl::string_view() : body.substr(comma + 1);
    const size_t colon = item.rfind(':');
    double value = 0;
    if (colon == absl::string_view::npos ||
        !absl::SimpleAtod(absl::StripAsciiWhitespace(item.substr(colon + 1)), &value)) {
      return false;
    }
    entry.values.emplace_back(Unquote(item.substr(0, colon)), value);
  }
  return !entry.values.empty();
}

template <typename Callback>
void ForEachYamlEntry(absl::string_view text, Callback callback) {
  YamlEntry entry;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t newline = text.find('\n', pos);
    if (newline == absl::string_view::npos) newline = text.size();
    if (ParseYamlLine(text.substr(pos, newline - pos), entry)) callback(entry);
    pos = newline + 1;
  }
}

// Penn Treebank name of a Lingua tag.
std::string PennName(absl::string_view lingua) {
  static constexpr std::pair<absl::string_view, absl::string_view> kRenamed[] = {
      {"det", "DT"},  {"prps", "PRP$"}, {"wps", "WP$"},    {"ppc", ","},      {"pp", "."},
      {"pps", ":"},   {"ppl", "``"},    {"ppr", "''"},     {"lrb", "-LRB-"}, {"rrb", "-RRB-"},
      {"ppd", "$"},
  };
  for (const auto& [from, to] : kRenamed) {
    if (lingua == from) return std::string(to);
  }
  return absl::AsciiStrToUpper(lingua);
}

// Unknown-word classes beyond unknown.yml's (tag counts in the same form); "-s-" and
// "-unknown-" replace unknown.yml's, which leave too little room for verbs ("clinches",
// "to detain").
constexpr absl::string_view kExtraClasses[] = {
    "\"-s-\": { nns: 750, vbz: 200, nn: 30, nnp: 20 }",
    "\"-unknown-\": { nn: 800, jj: 180, vb: 100, vbp: 30, nns: 20, vbz: 10 }",
    "\"-adj-\": { jj: 900, nn: 100 }",
    "\"-cap-plural-\": { nnps: 700, nnp: 250, nns: 50 }",
    "\"-verb-\": { vb: 600, vbp: 300, nn: 100 }",
    "\"-num-\": { cd: 1000 }",
    "\"-men-\": { nns: 950, nn: 50 }",
};

}  // namespace

struct PosTagger::Data {
  struct Candidate {
    uint8_t tag;
    float score;
  };
  struct Range {
    uint32_t offset;
    uint32_t size;
    float total;  // the word's count in words.yml
  };

  std::vector<std::string> penn;                      // by tag id
  absl::flat_hash_map<std::string, uint8_t> tag_ids;  // Lingua tag name -> id
  std::vector<float> transitions;                     // log P(next | previous), [prev * n + next]
  std::vector<double> tag_counts;                     // over words.yml
  std::vector<Candidate> candidates;
  absl::flat_hash_map<std::string, Range> words;      // also holds the unknown-word classes
  uint8_t start_tag = 0;                              // "pp": the tag before a sentence

  size_t TagCount() const { return penn.size(); }

  uint8_t TagId(absl::string_view lingua) {
    auto [it, inserted] = tag_ids.try_emplace(lingua, static_cast<uint8_t>(penn.size()));
    if (inserted) {
      penn.push_back(PennName(lingua));
      tag_counts.push_back(0);
    }
    return it->second;
  }

  void AddWord(const YamlEntry& entry, bool count_tags) {
    double total = 0;
    for (const auto& [tag, count] : entry.values) total += count + kCountSmoothing;
    const Range range{static_cast<uint32_t>(candidates.size()),
                      static_cast<uint32_t>(entry.values.size()), static_cast<float>(total)};
    for (const auto& [tag, count] : entry.values) {
      const uint8_t id = TagId(tag);
      if (count_tags) tag_counts[id] += count;
      candidates.push_back({id, static_cast<float>(std::log((count + kCountSmoothing) / total))});
    }
    words.insert_or_assign(entry.key, range);
  }

  // Turns log P(tag|word) into log P(tag|word) - log P(tag).
  void DivideByTagPriors() {
    double total = 0;
    for (double count : tag_counts) total += count;
    std::vector<float> log_prior(tag_counts.size());
    for (size_t t = 0; t < tag_counts.size(); ++t) {
      log_prior[t] = static_cast<float>(std::log(std::max(tag_counts[t], 1.0) / total));
    }
    for (Candidate& c : candidates) c.score -= log_prior[c.tag];
  }

  void SetTransitions(absl::string_view tags_yml) {
    std::vector<YamlEntry> rows;
    ForEachYamlEntry(tags_yml, [&](const YamlEntry& entry) {
      TagId(entry.key);
      for (const auto& value : entry.values) TagId(value.first);
      rows.push_back(entry);
    });
    const size_t n = TagCount();
    transitions.assign(n * n, std::log(kMinTransition));
    for (const YamlEntry& row : rows) {
      const uint8_t from = TagId(row.key);
      for (const auto& [to, p] : row.values) {
        transitions[from * n + TagId(to)] =
            static_cast<float>(std::log(std::max<double>(p, kMinTransition)));
      }
    }
    start_tag = TagId("pp");
  }

  const Range* Find(absl::string_view word) const {
    auto it = words.find(word);
    return it == words.end() ? nullptr : &it->second;
  }

  bool HasTag(const Range& range, absl::string_view lingua) const {
    auto it = tag_ids.find(lingua);
    if (it == tag_ids.end()) return false;
    for (uint32_t i = 0; i < range.size; ++i) {
      if (candidates[range.offset + i].tag == it->second) return true;
    }
    return false;
  }

  const Range& Class(absl::string_view name) const { return words.find(name)->second; }

  const Range& Lookup(const std::vector<Token>& tokens, size_t i) const;
  const Range& UnknownClass(const Token& token) const;
  const Range& HyphenatedClass(const Token& token) const;

  class Viterbi;
};

namespace {

bool IsNumber(absl::string_view word) {
  bool digit = false;
  for (char c : word) {
    if (internal::IsAsciiDigit(c)) {
      digit = true;
    } else if (c != ',' && c != '.' && c != '/') {
      return false;
    }
  }
  return digit;
}

bool IsOrdinal(absl::string_view lower) {
  size_t digits = 0;
  while (digits < lower.size() && internal::IsAsciiDigit(lower[digits])) ++digits;
  const absl::string_view rest = lower.substr(digits);
  return digits > 0 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
}

bool IsAllCaps(absl::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (internal::IsAsciiLower(c)) return false;
    letters += internal::IsAsciiUpper(c);
  }
  return letters >= 2;
}

// A suffix with at least two characters before it.
bool HasSuffix(absl::string_view word, absl::string_view suffix) {
  return word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix;
}

// A '"' opens a quotation when it has space (or nothing) before and a word right after.
bool IsOpeningQuote(const std::vector<Token>& tokens, size_t i) {
  const bool space_before = i == 0 || tokens[i - 1].end < tokens[i].begin;
  const bool word_after = i + 1 < tokens.size() && tokens[i + 1].begin == tokens[i].end;
  return space_before && word_after;
}

// A "'" is an opening quote, a possessive after a plural ("soldiers'") or a closing quote.
absl::string_view QuoteKey(const std::vector<Token>& tokens, size_t i) {
  if (IsOpeningQuote(tokens, i)) return "``";
  const bool after_plural = i > 0 && tokens[i - 1].end == tokens[i].begin &&
                            absl::EndsWith(tokens[i - 1].lower, "s");
  return after_plural ? "'" : "''";
}

// The key under which words.yml lists a punctuation token, or the token itself.
absl::string_view LexiconKey(const std::vector<Token>& tokens, size_t i) {
  const absl::string_view text = tokens[i].text;
  if (text == "\"") return IsOpeningQuote(tokens, i) ? "``" : "''";
  if (text == "'") return QuoteKey(tokens, i);
  if (text == "(" || text == "[") return "*LRB*";
  if (text == ")" || text == "]") return "*RRB*";
  if (text == "{") return "*LCB*";
  if (text == "}") return "*RCB*";
  return text;
}

}  // namespace

const PosTagger::Data::Range& PosTagger::Data::HyphenatedClass(const Token& token) const {
  const absl::string_view word = token.text;
  const absl::string_view last = word.substr(word.rfind('-') + 1);
  std::string joined;
  for (char c : token.lower) {
    if (c != '-') joined.push_back(c);
  }
  if (const Range* range = Find(joined)) return *range;  // "co-ordinating"
  if (!last.empty() && internal::IsAsciiUpper(last[0])) return Class("-cap-");
  if (!last.empty() && internal::IsAsciiDigit(last[0])) {
    return Class(token.capitalized ? "-cap-" : "-num-");
  }
  const Range* last_range = Find(last);
  const bool adjectival = HasSuffix(last, "ed") || HasSuffix(last, "ing") ||
                          (last_range != nullptr &&
                           (HasTag(*last_range, "jj") || HasTag(*last_range, "vbn")));
  return Class(adjectival || token.capitalized ? "-hyp-adj-" : "-hyp-");
}

const PosTagger::Data::Range& PosTagger::Data::UnknownClass(const Token& token) const {
  const absl::string_view word = token.text;
  const absl::string_view lower = token.lower;
  if (IsNumber(word)) return Class("*NUM*");
  if (IsOrdinal(lower)) return Class("*ORD*");
  size_t pos = 0;
  if (word.empty() || !internal::IsAlnum(internal::NextCodePoint(word, &pos))) {
    return Class("-sym-");
  }
  if (word.find('-') != absl::string_view::npos) return HyphenatedClass(token);
  if (word.back() == '.') return Class("-abr-");
  if (token.capitalized) {
    const Range* lower_range = Find(lower);
    const bool plural = lower_range != nullptr && HasTag(*lower_range, "nns");
    return Class(plural ? "-cap-plural-" : "-cap-");
  }
  if (internal::IsAsciiDigit(word[0])) return Class("-num-");
  if (HasSuffix(lower, "ing")) return Class("-ing-");
  if (HasSuffix(lower, "ed")) return Class("-ed-");
  if (HasSuffix(lower, "ly")) return Class("-ly-");
  for (absl::string_view suffix : {"tion", "sion", "ment", "ness", "ity", "ism", "ship"}) {
    if (HasSuffix(lower, suffix)) return Class("-tion-");
  }
  for (absl::string_view suffix : {"able", "ible", "ous", "ive", "ful", "less", "ical", "ish"}) {
    if (HasSuffix(lower, suffix)) return Class("-adj-");
  }
  for (absl::string_view suffix : {"ize", "ise", "ify", "ate"}) {
    if (HasSuffix(lower, suffix)) return Class("-verb-");
  }
  if (HasSuffix(lower, "s") && !HasSuffix(lower, "ss") && !HasSuffix(lower, "us")) {
    return Class("-s-");
  }
  // "policemen", "militiamen", "tribesmen": the plural of a "-man" noun (not "specimen", "abdomen")
  if (HasSuffix(lower, "men") && lower != "specimen" && lower != "abdomen" && lower != "acumen" && lower != "bitumen")
    return Class("-men-");
  return Class("-unknown-");
}

const PosTagger::Data::Range& PosTagger::Data::Lookup(const std::vector<Token>& tokens,
                                                      size_t i) const {
  const Token& token = tokens[i];
  const Range* exact = Find(LexiconKey(tokens, i));
  // Sentence-initial words ("Attacks ...", "US troops ...") may be lower-case words; the more
  // frequent reading wins ("Police" -> "police", "Bush" stays). An all-caps word inside a
  // sentence is an acronym ("new US sanctions", "the UN said"), not "us".
  if (token.capitalized && token.sentence_initial && (!IsAllCaps(token.text) || token.text.size() > 2)) {
    const Range* lower = Find(token.lower);
    if (lower != nullptr && (exact == nullptr || lower->total > exact->total)) return *lower;
  }
  return exact != nullptr ? *exact : UnknownClass(token);
}

PosTagger::PosTagger() = default;
PosTagger::~PosTagger() = default;

absl::StatusOr<std::unique_ptr<PosTagger>> PosTagger::Load(const std::string& tagger_dir) {
  absl::StatusOr<std::string> words = internal::ReadFile(tagger_dir + "/words.yml", kTaggerPackage);
  if (!words.ok()) return words.status();
  absl::StatusOr<std::string> tags = internal::ReadFile(tagger_dir + "/tags.yml", kTaggerPackage);
  if (!tags.ok()) return tags.status();
  absl::StatusOr<std::string> unknown =
      internal::ReadFile(tagger_dir + "/unknown.yml", kTaggerPackage);
  if (!unknown.ok()) return unknown.status();

  auto data = std::make_unique<Data>();
  data->words.reserve(50000);
  ForEachYamlEntry(*words, [&](const YamlEntry& entry) { data->AddWord(entry, true); });
  if (data->words.size() < 1000) {
    return absl::DataLossError(absl::StrCat(tagger_dir, "/words.yml has too few words"));
  }
  ForEachYamlEntry(*unknown, [&](const YamlEntry& entry) { data->AddWord(entry, false); });
  for (absl::string_view line : kExtraClasses) {
    ForEachYamlEntry(line, [&](const YamlEntry& entry) { data->AddWord(entry, false); });
  }
  for (absl::string_view name : {"-cap-", "-hyp-", "-hyp-adj-", "-abr-", "-ing-", "-ed-", "-ly-",
                                 "-tion-", "-s-", "-sym-", "-unknown-", "*NUM*", "*ORD*"}) {
    if (data->Find(name) == nullptr) {
      return absl::DataLossError(absl::StrCat("the tagger data in ", tagger_dir, " lacks ", name));
    }
  }
  data->DivideByTagPriors();
  data->SetTransitions(*tags);
  std::unique_ptr<PosTagger> tagger(new PosTagger);
  tagger->data_ = std::move(data);
  return tagger;
}

// Viterbi over the candidate tags of each token of one sentence.
class PosTagger::Data::Viterbi {
 public:

  Viterbi(const Data& data, const std::vector<Token>& tokens)
      : d_(data), n_(data.TagCount()), ranges_(tokens.size()), first_(tokens.size() + 1, 0) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      ranges_[i] = &d_.Lookup(tokens, i);
      first_[i + 1] = first_[i] + ranges_[i]->size;
    }
    best_.resize(first_.back());
    back_.resize(first_.back());
  }

  // The best tag sequence, as Penn tag names written into `tokens`.
  void Run(std::vector<Token>& tokens) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      for (uint32_t c = 0; c < ranges_[i]->size; ++c) Step(i, c);
    }
    const size_t last = tokens.size() - 1;
    uint32_t choice = 0;
    for (uint32_t c = 1; c < ranges_[last]->size; ++c) {
      if (best_[first_[last] + c] > best_[first_[last] + choice]) choice = c;
    }
    for (size_t i = tokens.size(); i-- > 0;) {
      tokens[i].tag = d_.penn[TagOf(i, choice)];
      choice = back_[first_[i] + choice];
    }
  }

 private:
  uint8_t TagOf(size_t i, uint32_t c) const { return d_.candidates[ranges_[i]->offset + c].tag; }

  // Best score of candidate `c` of token `i`, and where it came from.
  void Step(size_t i, uint32_t c) {
    const Data::Candidate& candidate = d_.candidates[ranges_[i]->offset + c];
    float top = -std::numeric_limits<float>::infinity();
    uint32_t arg = 0;
    if (i == 0) {
      top = d_.transitions[d_.start_tag * n_ + candidate.tag];
    } else {
      for (uint32_t p = 0; p < ranges_[i - 1]->size; ++p) {
        const float score =
            best_[first_[i - 1] + p] + d_.transitions[TagOf(i - 1, p) * n_ + candidate.tag];
        if (score > top) {
          top = score;
          arg = p;
        }
      }
    }
    best_[first_[i] + c] = top + candidate.score;
    back_[first_[i] + c] = arg;
  }

  const Data& d_;
  const size_t n_;
  std::vector<const Data::Range*> ranges_;
  std::vector<uint32_t> first_;  // index of each token's first candidate in best_ and back_
  std::vector<float> best_;
  std::vector<uint32_t> back_;
};

void PosTagger::Tag(std::vector<Token>& tokens) const {
  if (tokens.empty()) return;
  Data::Viterbi(*data_, tokens).Run(tokens);
  // "is arming the rebels": an -ing word the model knows only as a noun, after a form of "be"
  // and before its object, is a progressive verb.
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.tag != "NN" || !HasSuffix(t.lower, "ing")) continue;
    const std::string& be = tokens[i - 1].lower;
    const std::string& next = tokens[i + 1].tag;
    // (and "denied arming al-Shabaab", "stopped funding the rebels": a gerund object of a verb)
    const bool after_verb = tokens[i - 1].tag.rfind("VB", 0) == 0 && tokens[i - 1].tag != "VBG" &&
                            (next == "NNP" || next == "NNPS" || next == "NNS" || next == "DT" || next == "PRP" ||
                             next == "PRP$");
    // (and "blamed Greece for arming the islands": a gerund under a preposition, before its object)
    const bool after_preposition = tokens[i - 1].tag == "IN" && tokens[i - 1].lower != "of" &&
                                   (next == "DT" || next == "PRP$" || next == "NNP" || next == "NNPS");
    if (((be == "is" || be == "are" || be == "was" || be == "were" || be == "been") &&
         (next == "DT" || next == "PRP" || next == "PRP$" || next == "NNP" || next == "CD")) ||
        after_verb || after_preposition)
      t.tag = "VBG";
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    // "Mr Ngata today told the house": a day word used as an adverb of time ("today's vote" keeps
    // its noun)
    const bool day = t.lower == "today" || t.lower == "yesterday" || t.lower == "tonight" || t.lower == "tomorrow";
    if (t.tag == "NN" && day && (i + 1 >= tokens.size() || tokens[i + 1].tag != "POS")) t.tag = "RB";
    // "will head to Lima", "would table a motion": a lower-case singular noun right after a modal
    // is the modal's verb
    if (t.tag == "NN" && i > 0 && tokens[i - 1].tag == "MD" && !t.capitalized && t.text.find('-') == std::string::npos)
      t.tag = "VB";
    // "fired tear gas at students": the first word of the compound, no verb
    if (t.lower == "tear" && i + 1 < tokens.size() && (tokens[i + 1].lower == "gas" || tokens[i + 1].lower == "gases"))
      t.tag = "NN";
  }
  // "a counteroffensive against", "the initiative for": an -ive word between a determiner and a
  // preposition is a noun
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.tag == "JJ" && HasSuffix(t.lower, "ive") && tokens[i - 1].tag == "DT" && tokens[i + 1].tag == "IN" &&
        tokens[i + 1].lower != "than" && tokens[i + 1].lower != "as")
      t.tag = "NN";
  }
  // "Mark Regev said", "Ban Ki-moon said": a capitalised first word before a one-word proper
  // name, itself taken for a common word, is a first name
  if (tokens.size() > 2 && tokens[0].capitalized && !tokens[0].headline_caps &&
      (tokens[0].tag == "NN" || tokens[0].tag == "VB" || tokens[0].tag == "VBP" || tokens[0].tag == "JJ") &&
      (tokens[1].tag == "NNP" || (tokens[1].tag == "NN" && tokens[1].text.find('-') != std::string::npos)) &&
      tokens[1].capitalized && tokens[2].tag != "NNP" && tokens[2].tag != "NNPS") {
    tokens[0].tag = "NNP";
    tokens[1].tag = "NNP";
  }
  // "Sow accuses the military": a capitalised first word taken for a base verb, before a finite
  // verb, is a name (no base verb stands right before a finite one)
  // (and one taken for a singular noun, before a verb only people do: "Grant accuses", "Hope said")
  static const std::unordered_set<std::string>* agentive = new std::unordered_set<std::string>{
      "says", "said", "accuses", "accused", "blames", "blamed", "denies", "denied", "tells", "told", "warns",
      "warned", "claims", "claimed", "insists", "insisted", "urges", "urged", "condemns", "condemned",
      "criticises", "criticised", "criticizes", "criticized", "adds", "added", "argues", "argued"};
  if (tokens.size() > 2 && tokens[0].capitalized && !tokens[0].headline_caps &&
      (((tokens[0].tag == "VB" || tokens[0].tag == "VBP") && (tokens[1].tag == "VBZ" || tokens[1].tag == "VBD") &&
        tokens[1].lower != "is" && tokens[1].lower != "was") ||
       (tokens[0].tag == "NN" && agentive->count(tokens[1].lower))))
    tokens[0].tag = "NNP";
  // "The Energy Agency estimates that", "Moscow warns that": an -s word after a proper name that
  // opens the sentence, and before "that", is the name's verb ("rejected US claims that" keeps
  // its noun: the name does not open the sentence)
  // (so after a singular noun opening the sentence: "The leaked memo states that")
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.tag != "NNS" || tokens[i + 1].lower != "that" || !HasSuffix(t.lower, "s")) continue;
    size_t b = i;
    while (b > 0 && (tokens[b - 1].tag == "NNP" || tokens[b - 1].tag == "NNPS")) --b;
    if (b == i && tokens[i - 1].tag == "NN") {
      b = i - 1;
      while (b > 0 && (tokens[b - 1].tag == "JJ" || tokens[b - 1].tag == "VBN" || tokens[b - 1].tag == "NN")) --b;
    }
    if (b == i) continue;
    if (b == 0 || (b == 1 && tokens[0].tag == "DT")) t.tag = "VBZ";
  }
  // "have been martyred", "had targeted": an -ed word after "been" (or a noun-tagged one after
  // "had") is a participle whatever the model knows
  for (size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& before = tokens[i - 1].lower;
    if (!HasSuffix(t.lower, "ed")) continue;
    if (((t.tag == "NN" || t.tag == "JJ") && before == "been") ||
        (t.tag == "NN" && (before == "had" || before == "has" || before == "have")))
      t.tag = "VBN";  // "had targeted journalists"
  }
  // "The Dutch minister voiced doubt that ...": an -ed participle right after the sentence's first
  // noun phrase, before its object, with no finite verb before it or after it up to "that" or a
  // comma, is the past tense of the sentence's verb ("the man arrested on Monday was freed" keeps
  // its participle)
  auto finite = [&](size_t k) {
    const std::string& tag = tokens[k].tag;
    return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
  };
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& noun = tokens[i - 1].tag;
    const std::string& next = tokens[i + 1].tag;
    if (t.tag.size() != 3 || t.tag != "VBN" || !HasSuffix(t.lower, "ed") || noun.rfind("NN", 0) != 0 ||
        !(next == "DT" || next == "NN" || next == "NNS" || next == "PRP$" || next == "JJ"))
      continue;
    bool clear = true;
    for (size_t k = 0; k < i && clear; ++k) clear = !finite(k) && tokens[k].text != ",";
    for (size_t k = i + 1; k < tokens.size() && clear; ++k) {
      if (tokens[k].lower == "that" || tokens[k].text == ",") break;
      clear = !finite(k);
    }
    if (clear) t.tag = "VBD";
  }
  // "accused Colombia of violating its airspace and threatened to respond": an -ed word after "and"
  // that follows a gerund under a preposition coordinates with the past-tense verb the preposition
  // depends on ("was accused of lying and convicted" keeps its participle)
  for (size_t i = 4; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.tag != "VBN" || !HasSuffix(t.lower, "ed") || tokens[i - 1].lower != "and") continue;
    size_t k = i - 1;
    while (k > 0 && tokens[k - 1].tag.rfind("VB", 0) != 0 && i - k < 8) --k;
    if (k < 3 || tokens[k - 1].tag != "VBG" || tokens[k - 2].tag != "IN") continue;
    size_t v = k - 2;
    while (v > 0 && tokens[v - 1].tag.rfind("VB", 0) != 0 && k - v < 8) --v;
    if (v > 0 && tokens[v - 1].tag == "VBD" && HasSuffix(tokens[v - 1].lower, "ed")) t.tag = "VBD";
  }
  // "Mr Vaile also dismissed Tuckey's suggestion": a participle after a name and an adverb, with no
  // auxiliary, before its object, is the name's past-tense verb
  for (size_t i = 2; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& name = tokens[i - 2].tag;
    const std::string& next = tokens[i + 1].tag;
    if (t.tag == "VBN" && HasSuffix(t.lower, "ed") && tokens[i - 1].tag == "RB" &&
        (name == "NNP" || name == "NNPS" || name == "PRP") &&
        (next == "DT" || next == "NNP" || next == "PRP$" || next == "PRP" || next == "CD"))
      t.tag = "VBD";
  }
}

}  // namespace kg::ingest
