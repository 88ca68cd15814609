// link-grammar wrapper: see parser.h.
#include "ingest/parser.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace kg::ingest {
namespace {

constexpr char kDictionaryPackage[] = "link-grammar-dictionaries-en";

void SwallowMessage(lg_errinfo*, void*) {}

// link-grammar's error handler is per thread: install a silent one for the scope of a call and
// put the caller's back afterwards.
class ScopedSilence {
 public:
  ScopedSilence() : previous_(lg_error_set_handler(&SwallowMessage, nullptr)) {}
  ~ScopedSilence() {
    lg_error_flush();  // a partial message still buffered goes to our handler, not a terminal
    lg_error_set_handler(previous_, nullptr);
  }
  ScopedSilence(const ScopedSilence&) = delete;
  ScopedSilence& operator=(const ScopedSilence&) = delete;

 private:
  lg_error_handler previous_;
};

bool IsUtf8Locale(const char* name) {
  if (name == nullptr) return false;
  const std::string lower = absl::AsciiStrToLower(name);
  return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
}

// "attacked.v-d" -> "attacked", "[Iran]" -> "Iran", "Xyz[?].n" -> "Xyz", "U.S." -> "U.S.".
std::string StripWord(std::string w) {
  if (w.size() > 2 && w.front() == '[' && w.back() == ']') w = w.substr(1, w.size() - 2);
  for (const char* mark : {"[?]", "[!]", "[~]", "[&]", "[*]"}) {
    const size_t at = w.find(mark);
    if (at != std::string::npos) w.erase(at, 3);
  }
  const size_t dot = w.rfind('.');
  if (dot != std::string::npos && dot > 0 && dot + 1 < w.size() &&
      std::islower(static_cast<unsigned char>(w[dot + 1]))) {
    bool subscript = true;
    for (size_t i = dot + 1; i < w.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(w[i]);
      if (!(std::islower(c) || std::isdigit(c) || c == '-' || c == '*' || c == '_')) {
        subscript = false;
        break;
      }
    }
    if (subscript) w.resize(dot);
  }
  return w;
}

bool IsWall(const std::string& w) { return w == "LEFT-WALL" || w == "RIGHT-WALL"; }

// Link type and subscript: "Ss*s" -> ("S", "s*s"), "SIsj" -> ("SI", "sj"), "MXsr" -> ("MX", "sr").
std::pair<std::string, std::string> SplitLabel(const char* label) {
  std::string s = label == nullptr ? "" : label;
  size_t i = 0;
  while (i < s.size() && std::isupper(static_cast<unsigned char>(s[i]))) ++i;
  return {s.substr(0, i), s.substr(i)};
}

struct Link {
  std::string type;
  std::string sub;
  int left;
  int right;
};

// Relations between linkage words (not yet tokens); see parser.h for what is read.
struct WordRelations {
  std::vector<int> subject, object, agent, antecedent, first_conjunct;
  std::vector<bool> passive;
};

WordRelations ReadLinks(const std::vector<Link>& links, const std::vector<std::string>& lower) {
  const int n = static_cast<int>(lower.size());
  WordRelations r;
  r.subject.assign(n, -1);
  r.object.assign(n, -1);
  r.agent.assign(n, -1);
  r.antecedent.assign(n, -1);
  r.first_conjunct.assign(n, -1);
  r.passive.assign(n, false);
  std::vector<bool> relative_subject(n, false);  // verb with an RS link
  std::vector<std::vector<int>> verb_conjuncts(n);
  std::vector<int> by_object(n, -1);  // "by" -> its J object

  for (const Link& k : links) {
    const std::string& t = k.type;
    const char s0 = k.sub.empty() ? '\0' : k.sub[0];
    if (t == "S" || t == "SF" || t == "SX") {
      r.subject[k.right] = k.left;
    } else if (t == "SI" || t == "SFI" || t == "SXI") {
      r.subject[k.left] = k.right;
    } else if (t == "RS") {
      r.subject[k.right] = k.left;  // the pronoun; resolved to its antecedent below
      relative_subject[k.right] = true;
    } else if (t == "O" || t == "OX") {
      r.object[k.left] = k.right;
    } else if (t == "P" && s0 == 'v') {
      r.passive[k.right] = true;
    } else if (t == "M" && (s0 == 'v' || s0 == 'g')) {
      // "the men arrested by police" (Mv), "soldiers attacking the city" (Mg)
      r.subject[k.right] = k.left;
      if (s0 == 'v') r.passive[k.right] = true;
    } else if (t == "MX" && k.sub.size() >= 2 && k.sub[1] == 'p') {
      // "Iraq, attacked by Iran, ..." / "Iran, attacking Iraq, ..."
      r.subject[k.right] = k.left;
      const std::string& w = lower[k.right];
      if (!(w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0)) r.passive[k.right] = true;
    } else if ((t == "MX" && k.sub.size() >= 2 && k.sub[1] == 'r') || t == "R") {
      r.antecedent[k.right] = k.left;  // "the army, which ...", "the rebels who ..."
    } else if (t == "SJ" && s0 == 'l') {
      if (r.first_conjunct[k.right] < 0 || k.left < r.first_conjunct[k.right])
        r.first_conjunct[k.right] = k.left;
    } else if (t == "VJ" && s0 == 'l') {
      verb_conjuncts[k.right].push_back(k.left);
    } else if (t == "VJ" && s0 == 'r') {
      verb_conjuncts[k.left].push_back(k.right);
    } else if (t == "J" && lower[k.left] == "by") {
      by_object[k.left] = k.right;
    }
  }
  // Object relatives: "the men that Israel accused" (B from "men" to "accused").
  for (const Link& k : links) {
    if (k.type == "B" && !relative_subject[k.right] && r.object[k.right] < 0 &&
        r.subject[k.right] != k.left) {
      r.object[k.right] = k.left;
    }
  }
  // Agents of passives: "attacked by Iran" (MVp to "by", J to "Iran").
  for (const Link& k : links) {
    if (k.type == "MV" && !k.sub.empty() && k.sub[0] == 'p' && by_object[k.right] >= 0 &&
        r.passive[k.left]) {
      r.agent[k.left] = by_object[k.right];
    }
  }
  // Subjects down auxiliary and infinitive chains and over verb conjunctions, to a fixpoint
  // (links point both ways, so repeat; a sentence has few words and links).
  for (int round = 0; round < n; ++round) {
    bool changed = false;
    auto give = [&](int from_value, int to) {
      if (from_value >= 0 && r.subject[to] < 0 && from_value != to) {
        r.subject[to] = from_value;
        changed = true;
      }
    };
    for (const Link& k : links) {
      const char s0 = k.sub.empty() ? '\0' : k.sub[0];
      if (k.type == "PP" || k.type == "I" || (k.type == "P" && (s0 == 'v' || s0 == 'g'))) {
        give(r.subject[k.left], k.right);
      } else if (k.type == "TO") {
        give(s0 == 'o' ? r.object[k.left] : r.subject[k.left], k.right);
      }
    }
    for (int c = 0; c < n; ++c) {
      for (int v : verb_conjuncts[c]) {
        give(r.subject[c], v);
        if (r.object[c] >= 0 && r.object[v] < 0) {
          r.object[v] = r.object[c];
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return r;
}

// Antecedent of a relative pronoun, first member of a conjoined noun phrase.
int ResolveNominal(const WordRelations& r, int w) {
  for (int step = 0; step < 4 && w >= 0; ++step) {
    if (r.antecedent[w] >= 0) {
      w = r.antecedent[w];
    } else if (r.first_conjunct[w] >= 0) {
      w = r.first_conjunct[w];
    } else {
      break;
    }
  }
  return w;
}

ParsedRelations Empty(size_t n) {
  ParsedRelations out;
  out.subject_of.assign(n, -1);
  out.object_of.assign(n, -1);
  out.agent_of.assign(n, -1);
  out.passive.assign(n, false);
  return out;
}

}  // namespace

namespace parser_internal {

std::vector<int> MapWordsToTokens(const std::vector<LinkWord>& words,
                                  const std::vector<Token>& tokens,
                                  const std::vector<size_t>& starts, const std::string& joined) {
  std::vector<int> out(words.size(), -1);
  // By byte ranges, when they are consistent: inside the string and in order.
  bool consistent = starts.size() == tokens.size();
  size_t last_begin = 0;
  for (const LinkWord& w : words) {
    if (!consistent) break;
    if (IsWall(w.text)) continue;
    if (w.end <= w.begin || w.end > joined.size() || w.begin < last_begin) consistent = false;
    last_begin = w.begin;
  }
  if (consistent) {
    for (size_t i = 0; i < words.size(); ++i) {
      if (IsWall(words[i].text) || words[i].end <= words[i].begin) continue;
      // The token whose range holds the word's first byte.
      auto it = std::upper_bound(starts.begin(), starts.end(), words[i].begin);
      if (it == starts.begin()) continue;
      const size_t t = static_cast<size_t>(it - starts.begin()) - 1;
      if (words[i].begin < starts[t] + tokens[t].text.size()) out[i] = static_cast<int>(t);
    }
    return out;
  }
  // Walk both sequences. A token may be split into several words ("didn't" -> "did" "n't");
  // tokens the parser dropped or merged away are skipped, looking a few tokens ahead.
  size_t t = 0, pos = 0;
  for (size_t i = 0; i < words.size() && t < tokens.size(); ++i) {
    if (IsWall(words[i].text)) continue;
    const std::string w = absl::AsciiStrToLower(StripWord(words[i].text));
    if (w.empty()) continue;
    for (size_t ahead = 0; ahead < 4 && t + ahead < tokens.size(); ++ahead) {
      const std::string lower = absl::AsciiStrToLower(tokens[t + ahead].text);
      const size_t p = ahead == 0 ? pos : 0;
      if (lower.compare(p, w.size(), w) == 0) {
        t += ahead;
        out[i] = static_cast<int>(t);
        pos = p + w.size();
        if (pos >= lower.size()) {
          ++t;
          pos = 0;
        }
        break;
      }
    }
  }
  return out;
}

}  // namespace parser_internal

struct SentenceParser::Impl {
  Options options;
  Dictionary dict = nullptr;
  ~Impl() {
    if (dict != nullptr) {
      ScopedSilence silence;
      dictionary_delete(dict);
    }
  }
};

SentenceParser::SentenceParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceParser::~SentenceParser() = default;

absl::StatusOr<std::unique_ptr<SentenceParser>> SentenceParser::Create() {
  return Create(Options{});
}

absl::StatusOr<std::unique_ptr<SentenceParser>> SentenceParser::Create(const Options& options) {
  if (!(options.max_seconds > 0) || options.max_tokens <= 0) {
    return absl::InvalidArgumentError("SentenceParser: max_seconds and max_tokens must be > 0");
  }
  ScopedSilence silence;
  // link-grammar needs a UTF-8 LC_CTYPE; without one it sets C.UTF-8 itself, with a warning.
  if (!IsUtf8Locale(std::setlocale(LC_CTYPE, nullptr))) {
    if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr) {
      std::setlocale(LC_CTYPE, "en_US.UTF-8");
    }
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->dict = dictionary_create_lang("en");
  if (impl->dict == nullptr) {
    char* dir = dictionary_get_data_dir();
    const std::string where = dir != nullptr ? std::string(dir) : "/usr/share/link-grammar";
    free(dir);
    return absl::FailedPreconditionError(absl::StrCat(
        "link-grammar's English dictionary (en/4.0.dict under ", where,
        " or /usr/share/link-grammar) could not be loaded; install the Debian package ",
        kDictionaryPackage, " (it comes with liblink-grammar5 / liblink-grammar-dev)"));
  }
  return std::unique_ptr<SentenceParser>(new SentenceParser(std::move(impl)));
}

ParsedRelations SentenceParser::Parse(const std::vector<Token>& tokens) const {
  const size_t n = tokens.size();
  ParsedRelations out = Empty(n);
  if (n == 0 || n > static_cast<size_t>(impl_->options.max_tokens)) return out;

  std::string joined;
  std::vector<size_t> starts;
  starts.reserve(n);
  for (const Token& t : tokens) {
    if (!joined.empty()) joined += ' ';
    starts.push_back(joined.size());
    for (char c : t.text) joined += std::isspace(static_cast<unsigned char>(c)) ? '_' : c;
  }
  if (joined.empty()) return out;

  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  ScopedSilence silence;
  Parse_Options po = parse_options_create();
  parse_options_set_verbosity(po, 0);
  parse_options_set_linkage_limit(po, 10);
  parse_options_set_max_parse_time(
      po, std::max(1, static_cast<int>(std::ceil(impl_->options.max_seconds))));
  parse_options_set_spell_guess(po, 0);
  parse_options_set_islands_ok(po, false);
  parse_options_set_repeatable_rand(po, true);
  parse_options_set_min_null_count(po, 0);
  parse_options_set_max_null_count(po, 0);
  ::Sentence sent = sentence_create(joined.c_str(), impl_->dict);

  int found = 0;
  if (sent != nullptr && sentence_split(sent, po) >= 0) {
    found = sentence_parse(sent, po);
    if (found <= 0 && !parse_options_timer_expired(po) &&
        elapsed() < impl_->options.max_seconds) {
      parse_options_set_min_null_count(po, 1);
      parse_options_set_max_null_count(po, 1);
      found = sentence_parse(sent, po);
    }
  }
  const bool expired = parse_options_timer_expired(po);
  Linkage linkage = (found > 0 && !expired) ? linkage_create(0, sent, po) : nullptr;
  if (linkage != nullptr) {
    const size_t num_words = linkage_get_num_words(linkage);
    std::vector<parser_internal::LinkWord> words(num_words);
    std::vector<std::string> lower(num_words);
    for (size_t w = 0; w < num_words; ++w) {
      const char* text = linkage_get_word(linkage, w);
      words[w].text = text != nullptr ? text : "";
      words[w].begin = linkage_get_word_byte_start(linkage, w);
      words[w].end = linkage_get_word_byte_end(linkage, w);
      lower[w] = absl::AsciiStrToLower(StripWord(words[w].text));
    }
    std::vector<Link> links;
    const size_t num_links = linkage_get_num_links(linkage);
    links.reserve(num_links);
    for (size_t i = 0; i < num_links; ++i) {
      auto [type, sub] = SplitLabel(linkage_get_link_label(linkage, i));
      const size_t l = linkage_get_link_lword(linkage, i);
      const size_t r = linkage_get_link_rword(linkage, i);
      if (l >= num_words || r >= num_words) continue;
      links.push_back({std::move(type), std::move(sub), static_cast<int>(l), static_cast<int>(r)});
    }
    const std::vector<int> tok = parser_internal::MapWordsToTokens(words, tokens, starts, joined);
    const WordRelations rel = ReadLinks(links, lower);
    auto set = [&](std::vector<int>& target, int word, int value_word) {
      if (value_word < 0) return;
      value_word = ResolveNominal(rel, value_word);
      const int t = tok[word];
      const int v = tok[value_word];
      if (t >= 0 && v >= 0 && t != v && target[t] < 0) target[t] = v;
    };
    for (size_t w = 0; w < num_words; ++w) {
      const int t = tok[w];
      if (t < 0 || lower[w] == "to") continue;
      set(out.subject_of, static_cast<int>(w), rel.subject[w]);
      set(out.object_of, static_cast<int>(w), rel.object[w]);
      set(out.agent_of, static_cast<int>(w), rel.agent[w]);
      if (rel.passive[w]) out.passive[t] = true;
    }
    out.null_count = sentence_null_count(sent);
    out.complete = out.null_count == 0;
    linkage_delete(linkage);
  }
  if (sent != nullptr) sentence_delete(sent);
  parse_options_delete(po);
  return out;
}

}  // namespace kg::ingest
