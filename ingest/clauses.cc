#include "ingest/clauses.h"

#include <unordered_set>

#include "absl/strings/match.h"

namespace kg::ingest {
namespace {

using WordSet = std::unordered_set<std::string>;

const WordSet& GroupAdverbs() {
  static const WordSet* words = new WordSet{
      "not", "n't", "never", "also", "still", "already", "indeed", "reportedly", "allegedly", "just",
      "now", "repeatedly", "again", "strongly", "previously", "recently", "further", "jointly",
      "formally", "officially", "publicly", "flatly", "firmly", "immediately", "finally", "quickly",
      "largely", "mostly", "effectively", "actually", "really", "even", "apparently", "once",
      "always", "often", "later", "subsequently", "vehemently", "categorically", "emphatically",
      "reluctantly", "openly", "secretly", "tacitly", "long", "yet", "both", "all", "then", "ever",
      "no", "longer", "being", "been", "neither", "nor", "earlier", "since", "twice", "soon", "too", "duly",
      "separately", "personally", "privately"};
  return *words;
}

const WordSet& Subordinators() {
  static const WordSet* words = new WordSet{"whether", "if", "because", "although", "though", "while",
                                            "when", "unless", "since", "but", "whereas", "so", "until",
                                            "after", "before", "once", "where"};
  return *words;
}

const WordSet& Negators() {
  static const WordSet* words = new WordSet{"not", "n't", "never", "no", "nothing", "neither", "nor",
                                            "none", "nobody", "without"};
  return *words;
}

bool IsVerb(const Token& t) { return !t.tag.empty() && t.tag[0] == 'V'; }

bool IsAuxiliary(const std::string& lower) {
  static const WordSet* words = new WordSet{
      "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has",
      "had", "'ve", "'d", "do", "does", "did", "get", "gets", "got", "gotten", "getting"};
  return words->count(lower) > 0;
}

Modality ModalityOf(const std::string& lower) {
  if (lower == "may" || lower == "might" || lower == "could" || lower == "should" || lower == "must" ||
      lower == "can" || lower == "ca")
    return POSSIBLE;
  if (lower == "will" || lower == "would" || lower == "shall" || lower == "'ll" || lower == "wo") return INTENDED;
  return ASSERTED;
}

}  // namespace

bool IsQuoteToken(const Token& token) {
  return token.text == "\"" || token.tag == "``" || token.tag == "''" || token.text == "``" || token.text == "''";
}

bool IsBeForm(const std::string& lower) {
  return lower == "be" || lower == "is" || lower == "are" || lower == "was" || lower == "were" ||
         lower == "been" || lower == "being" || lower == "am" || lower == "'re" || lower == "'m" ||
         lower == "get" || lower == "gets" || lower == "got";
}

ClauseAnalysis::ClauseAnalysis(const Sentence& sentence, bool quote_open_at_start)
    : tokens_(sentence.tokens),
      group_of_(sentence.tokens.size(), -1),
      in_quote_(sentence.tokens.size(), false),
      parenthetical_(sentence.tokens.size(), false) {
  FindQuotes(quote_open_at_start);
  FindGroups();
  FindParentheticals();
}

void ClauseAnalysis::FindQuotes(bool open) {
  // 'We will march again," said X.': a closing quote with no opening before it (the
  // quotation's opening was lost or is in an earlier sentence) closes what the sentence opened with
  if (!open) {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (!IsQuoteToken(tokens_[i])) continue;
      open = tokens_[i].tag == "''" && i > 2;
      break;
    }
  }
  has_quote_ = open;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (IsQuoteToken(tokens_[i])) {
      has_quote_ = true;
      if (tokens_[i].tag == "``") {
        open = true;
      } else if (tokens_[i].tag == "''") {
        open = false;
      } else {
        open = !open;
      }
      continue;
    }
    in_quote_[i] = open;
  }
  quote_open_at_end_ = open;
}

// An adverb that may stand inside a verb group: "also", "not", "reportedly", "additionally".
static bool IsGroupAdverb(const Token& t) {
  return GroupAdverbs().count(t.lower) > 0 || (t.tag == "RB" && t.lower.size() > 4 && absl::EndsWith(t.lower, "ly"));
}

void ClauseAnalysis::FindGroups() {
  size_t i = 0;
  while (i < tokens_.size()) {
    const Token& t = tokens_[i];
    bool starts = IsVerb(t) || t.tag == "MD";
    if (!starts) {
      ++i;
      continue;
    }
    VerbGroup group;
    group.first = static_cast<uint32_t>(i);
    bool seen_be = false, seen_aux = false, seen_verb = false;
    size_t j = i;
    for (; j < tokens_.size(); ++j) {
      const Token& u = tokens_[j];
      if (u.tag == "MD") {
        group.modality = ModalityOf(u.lower);
        seen_aux = true;
      } else if (IsVerb(u)) {
        // A second lexical verb after a complete one starts a new group ("said Iran attacked").
        if (seen_verb && !IsAuxiliary(tokens_[group.head].lower)) break;
        if (seen_verb) {
          seen_aux = true;
          if (IsBeForm(tokens_[group.head].lower)) seen_be = true;
        }
        group.head = static_cast<uint32_t>(j);
        seen_verb = true;
      } else if (IsGroupAdverb(u) && j + 1 < tokens_.size() &&
                 (IsVerb(tokens_[j + 1]) || IsGroupAdverb(tokens_[j + 1]) || tokens_[j + 1].tag == "MD")) {
        if (u.lower == "not" || u.lower == "n't" || u.lower == "never" || u.lower == "nor" || u.lower == "neither")
          group.negated = true;
        if (u.lower == "no" && j + 1 < tokens_.size() && tokens_[j + 1].lower == "longer") group.negated = true;
      } else if ((u.lower == "not" || u.lower == "n't" || u.lower == "never") && seen_verb) {
        group.negated = true;  // "is not", "did n't"
      } else {
        break;
      }
    }
    if (!seen_verb) {
      i = j > i ? j : i + 1;
      continue;
    }
    group.last = static_cast<uint32_t>(group.head + 1);
    const Token& head = tokens_[group.head];
    if (i > 0 && (tokens_[i - 1].lower == "nor" || tokens_[i - 1].lower == "neither")) group.negated = true;
    if (i > 1 && tokens_[i - 1].lower == "to" && IsVerb(tokens_[i - 2]) == false && tokens_[i - 2].lower == "not")
      group.negated = true;
    group.passive = seen_be && (head.tag == "VBN" || (head.tag == "VBD" && group.head + 1 < tokens_.size() &&
                                                      tokens_[group.head + 1].lower == "by"));
    group.infinitive = i > 0 && tokens_[i - 1].lower == "to" && head.tag == "VB";
    group.gerund = !seen_aux && head.tag == "VBG" && group.first == group.head;
    // "after being accused", "having met the envoy": a gerund with its auxiliary
    if (group.first < group.head && (tokens_[group.first].lower == "being" || tokens_[group.first].lower == "having") &&
        (group.first == 0 || tokens_[group.first - 1].lower != "is"))
      group.gerund = true;
    // "troops backed by militias", "the towns, seized by the militants": a reduced relative
    bool after_noun = i > 0 && (tokens_[i - 1].tag.rfind("NN", 0) == 0 || tokens_[i - 1].text == ",");
    // ("the premier stood by her minister", "abided by the ruling": "by" is the verb's own particle)
    static const auto* by_particle =
        new WordSet{"stand", "abide", "swear", "live", "go", "come", "pass", "drop", "stop"};
    // ("spoke by telephone", "met by video link": "by" names the means, not an agent)
    static const auto* means = new WordSet{"telephone", "phone", "video", "videoconference", "videolink", "letter",
                                           "radio", "satellite", "email", "e-mail", "mail", "post", "car", "air",
                                           "road", "sea", "land", "helicopter", "plane", "boat", "train"};
    bool by_follows = group.head + 1 < tokens_.size() && tokens_[group.head + 1].lower == "by" &&
                      !by_particle->count(head.lemma) &&
                      !(group.head + 2 < tokens_.size() && means->count(tokens_[group.head + 2].lower));
    // ("those arrested", "those hurt in the blast": a reduced relative after "those" is passive)
    bool after_those = group.first > 0 && tokens_[group.first - 1].lower == "those";
    // ("Four killed in clashes", "At least 45 arrested after protests", "Three soldiers wounded in
    // bombing": a headline's participle after a number and at most two words, with no auxiliary,
    // is passive)
    size_t number = group.first;
    while (number > 0 && (tokens_[number - 1].tag.rfind("NN", 0) == 0 || tokens_[number - 1].tag == "JJ"))
      --number;
    // (the number opens the headline, alone or after "at least", "more than": "the two sides met
    // in Accra" is no headline)
    bool opens = number == 1 || (number == 3 && tokens_[0].tag != "DT") || (number == 2 && tokens_[0].tag == "RB");
    bool after_number = number > 0 && opens && tokens_[number - 1].tag == "CD" &&
                        (number == group.first || number + 2 >= group.first) &&
                        (group.head + 1 >= tokens_.size() || tokens_[group.head + 1].tag == "IN" ||
                         tokens_[group.head + 1].text == ",");
    group.participle = !seen_aux && group.first == group.head && (head.tag == "VBN" || head.tag == "VBD") &&
                       ((after_noun && by_follows) || after_those || after_number);
    if (group.participle) group.passive = true;
    group.finite = !group.infinitive && !group.gerund && !group.participle && head.tag != "VBN";
    if (head.tag == "VBN" && seen_aux) group.finite = true;
    // "was convicted and sentenced to ten years": a participle coordinated with a passive shares it
    if (head.tag == "VBN" && !seen_aux && group.first == group.head && i > 0 &&
        (tokens_[i - 1].lower == "and" || tokens_[i - 1].lower == "or") && !groups_.empty() &&
        groups_.back().passive && !groups_.back().participle) {
      group.passive = true;
      group.finite = true;
    }
    int index = static_cast<int>(groups_.size());
    for (size_t k = group.first; k < group.last; ++k) group_of_[k] = index;
    groups_.push_back(group);
    i = group.last;
  }
  // "Two tankers attacked in the Gulf by Iranian gunboats have anchored off Bahrain": a participle
  // after a noun, with "by" a few words on, before the clause's own finite verb, is a reduced
  // relative (passive), not the main verb
  for (size_t g = 0; g + 1 < groups_.size(); ++g) {
    VerbGroup& group = groups_[g];
    const Token& head = tokens_[group.head];
    if (group.participle || group.passive || group.first != group.head || group.first == 0) continue;
    if ((head.tag != "VBN" && head.tag != "VBD") || tokens_[group.first - 1].tag.rfind("NN", 0) != 0) continue;
    bool by = false;
    for (uint32_t k = group.last; k < tokens_.size() && k < group.last + 5 && !by; ++k) {
      if (tokens_[k].text == "," || group_of_[k] >= 0) break;
      by = tokens_[k].lower == "by" && k > group.last;
    }
    const VerbGroup& next = groups_[g + 1];
    bool main_verb_follows = next.finite && next.first > group.last;
    for (uint32_t k = group.last; main_verb_follows && k < next.first; ++k)
      if (tokens_[k].text == "," || tokens_[k].text == ";" || tokens_[k].lower == "and" || tokens_[k].lower == "that")
        main_verb_follows = false;
    // (with no "by", when the word is a participle and no past tense: "the man arrested on
    // Monday was freed")
    if ((by || head.tag == "VBN") && main_verb_follows) {
      group.participle = true;
      group.passive = true;
      group.finite = false;
    }
  }
}

// ", which ... ,", ", who ... ,", and an apposition with a relative clause (", a lawmaker who heads
// the committee ,"): tokens a subject scan should step over.
void ClauseAnalysis::FindParentheticals() {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].text != ",") continue;
    size_t close = i + 1;
    bool relative = false;
    for (; close < tokens_.size() && tokens_[close].text != ","; ++close) {
      const std::string& w = tokens_[close].lower;
      if (w == "which" || w == "who" || w == "whose" || w == "whom") relative = true;
      if (w == ";" || w == ":" || IsQuoteToken(tokens_[close])) break;
    }
    bool participle = i + 1 < tokens_.size() &&
                      (tokens_[i + 1].tag == "VBN" || tokens_[i + 1].tag == "VBG" || tokens_[i + 1].tag == "VBD");
    if (close >= tokens_.size() || tokens_[close].text != "," || !(relative || participle)) continue;
    // Only when a verb follows the closing comma: the main clause goes on after it.
    size_t after = close + 1;
    while (after < tokens_.size() && GroupAdverbs().count(tokens_[after].lower)) ++after;
    if (after >= tokens_.size() || (!IsVerb(tokens_[after]) && tokens_[after].tag != "MD")) continue;
    for (size_t k = i; k <= close; ++k) parenthetical_[k] = true;
    // ", asked about the Iranian action,": a bare participle there is passive
    if (participle && group_of_[i + 1] >= 0) {
      VerbGroup& g = groups_[group_of_[i + 1]];
      if (g.first == g.head && tokens_[g.head].tag != "VBG") {
        g.passive = true;
        g.participle = true;
        g.finite = false;
      }
    }
    i = close - 1;
  }
}

bool ClauseAnalysis::IsBoundary(uint32_t i) const {
  const Token& t = tokens_[i];
  if (t.text == ";" || t.text == ":" || t.text == "--" || IsQuoteToken(t)) return true;
  if (t.lower == "that" && (t.tag == "IN" || t.tag == "WDT")) {
    // "that's" and "that country" are not complementisers
    return !(i + 1 < tokens_.size() && (tokens_[i + 1].lower == "'s" || tokens_[i + 1].tag.rfind("NN", 0) == 0));
  }
  return Subordinators().count(t.lower) > 0 && (t.tag == "IN" || t.tag == "CC" || t.tag == "WRB" || t.tag == "RB");
}

uint32_t ClauseAnalysis::ClauseStart(uint32_t i) const {
  while (i > 0) {
    if (IsBoundary(i - 1) && !parenthetical_[i - 1]) return i;
    --i;
  }
  return 0;
}

uint32_t ClauseAnalysis::ClauseEnd(uint32_t i, int own_group) const {
  for (uint32_t k = i; k < tokens_.size(); ++k) {
    if (IsBoundary(k)) return k;
    if (tokens_[k].text == "," && k + 1 < tokens_.size() &&
        (tokens_[k + 1].lower == "which" || tokens_[k + 1].lower == "who" || tokens_[k + 1].lower == "but"))
      return k;
    int g = group_of_[k];
    if (g >= 0 && g != own_group && groups_[g].finite) return k;
  }
  return static_cast<uint32_t>(tokens_.size());
}

bool ClauseAnalysis::NegatedBefore(uint32_t i) const {
  uint32_t start = ClauseStart(i);
  for (uint32_t k = i; k-- > start;) {
    const std::string& w = tokens_[k].lower;
    if (w == "," || w == "and" || w == "or") return false;
    // "no" and "without" negate the noun or verb right after them, not the whole clause
    if (w == "no" || w == "without") return k + 1 == i;
    if (Negators().count(w)) return true;
  }
  return false;
}

bool ClauseAnalysis::DisclaimedBefore(uint32_t i) const {
  static const std::unordered_set<std::string>* knowing = new std::unordered_set<std::string>{
      "aware", "know", "knew", "seen", "heard", "confirm", "confirmed"};
  static const std::unordered_set<std::string>* evidence = new std::unordered_set<std::string>{
      "knowledge", "evidence", "information", "indication", "indications", "sign", "signs", "proof",
      "confirmation", "record"};
  for (uint32_t k = i; k-- > 0;) {
    const std::string& w = tokens_[k].lower;
    if (w == "but" || w == ";") return false;
    if ((w == "not" || w == "n't" || w == "never") && k + 2 < i + 1) {
      for (uint32_t j = k + 1; j <= k + 2 && j < i; ++j)
        if (knowing->count(tokens_[j].lower)) return true;
    }
    if (w == "no" || w == "any") {
      for (uint32_t j = k + 1; j <= k + 2 && j < i; ++j)
        if (evidence->count(tokens_[j].lower) && (w == "no" || (k > 0 && tokens_[k - 1].lower == "n't"))) return true;
    }
  }
  return false;
}

bool ClauseAnalysis::Hypothetical(uint32_t i) const {
  uint32_t start = ClauseStart(i);
  // "If Iran attacks, we will respond": after the condition's comma comes what follows from it
  auto past_condition = [&](uint32_t from) {
    for (uint32_t j = from + 2; j < i; ++j)
      if (tokens_[j].text == ",") return true;
    return false;
  };
  if (start > 0 && (tokens_[start - 1].lower == "if" || tokens_[start - 1].lower == "unless" ||
                    tokens_[start - 1].lower == "whether"))
    return !past_condition(start - 1);
  for (uint32_t k = start; k < i && k < start + 2; ++k)
    if (tokens_[k].lower == "if" || tokens_[k].lower == "unless") return !past_condition(k);
  return false;
}

}  // namespace kg::ingest
