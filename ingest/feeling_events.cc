// SentenceReader's judgement pass: feelings, reactions, favour and criticism read from adjectives,
// adverbs and critic nouns ("was furious over", "a staunch critic of"), and the evaluation words
// they rest on. Not judgements said in speech (speech_events.cc).
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

// An evaluation word of the lexicon ("disgrace", "outraged") at token k, not negated.
const EventEntry* SentenceReader::Evaluation(uint32_t k) const {
  if (k >= tokens_.size()) return nullptr;
  const auto& entries = lexicon_.Lookup(At(k).lower, TriggerPos::kEvaluation);
  if (entries.empty()) return nullptr;
  if (k > 0 && IsAnyOf(At(k - 1).lower, {"not", "n't", "no", "never", "nothing"})) return nullptr;
  if (k > 1 && IsAnyOf(At(k - 2).lower, {"not", "n't", "no", "never"}) && At(k - 1).tag == "RB") return nullptr;
  // "the offensive could go on": a noun of violence here, not a judgement
  uint32_t first;
  if (At(k).tag.rfind("NN", 0) == 0) {
    const auto* nouns = NounEntries(k, &first);
    if (nouns && nouns->front().event_class == ASSAULT) return nullptr;
  }
  return &entries.front();
}

// "the delegates who came out in favour of Lula", "voted in favor of the Kenyan candidate":
// siding with an actor is support of it by the subject of the clause.
void SentenceReader::FindFavour() {
  static const EventEntry* endorse = RuleEntry(SUPPORT, "051");
  for (uint32_t k = 1; k + 2 < tokens_.size(); ++k) {
    if (At(k - 1).lower != "in" || !IsAnyOf(At(k).lower, {"favour", "favor"}) || At(k + 1).lower != "of") continue;
    int target = ActorOf(mention_at_[k + 2]);
    if (target < 0) continue;
    for (uint32_t b = k - 1; b > 0 && b + 6 > k; --b) {
      int g = clauses_.GroupAt(b - 1);
      if (g < 0) continue;
      const VerbGroup& group = clauses_.verb_groups()[g];
      DraftEvent e;
      e.source_mention = Subject(g);
      e.source = ActorOf(e.source_mention);
      if (e.source < 0 || e.source == target || group.passive) break;
      e.event_class = endorse->event_class;
      e.cameo = endorse->cameo;
      e.trigger_first = k - 1;
      e.trigger_last = k + 2;
      e.target = target;
      e.target_mention = mention_at_[k + 2];
      e.negated = group.negated;
      e.modality = group.modality;
      e.asserted = group.modality == ASSERTED;
      e.verb_group = g;
      e.rule = "favour";
      drafts_.push_back(e);
      break;
    }
  }
}

// "X, an outspoken critic of the president,", "Y, who is a staunch supporter of the plan", "critics of
// the government say": a critic criticises (ACCUSE), a supporter supports, whom "of" names.
void SentenceReader::FindCritics() {
  static const EventEntry* criticism = RuleEntry(ACCUSE, "111");
  static const EventEntry* support = RuleEntry(SUPPORT, "051");
  for (uint32_t k = 0; k + 2 < tokens_.size(); ++k) {
    const std::string& word = At(k).lower;
    const EventEntry* entry = IsAnyOf(word, {"critic", "critics"}) ? criticism
                              : IsAnyOf(word, {"supporter", "supporters", "backer", "backers"}) ? support : nullptr;
    if (!entry || At(k + 1).lower != "of") continue;
    int target_mention = mention_at_[k + 2];
    if (target_mention >= 0 && mentions_[target_mention].possessive && MentionAt(mentions_[target_mention].last) >= 0)
      target_mention = MentionAt(mentions_[target_mention].last);
    // "a critic of the government of President X": the person the office is of
    if (target_mention >= 0 && At(mentions_[target_mention].last).lower == "of") {
      int person = MentionAt(mentions_[target_mention].last + 1);
      if (ActorOf(person) >= 0 && actors_.at(ActorOf(person)).is_person) target_mention = person;
    }
    int target = ActorOf(target_mention);
    if (target < 0) continue;
    // the holder: the noun itself ("critics of the plan"), a copula's subject, or the apposition
    int holder = -1;
    uint32_t j = k;
    while (j > 0 && (At(j - 1).tag == "JJ" || At(j - 1).tag == "DT" || At(j - 1).tag == "RB")) --j;
    if (j > 0) {
      int g = clauses_.GroupAt(j - 1);
      if (g >= 0 && IsAnyOf(At(clauses_.verb_groups()[g].head).lemma, {"be", "become", "remain"}))
        holder = Subject(g);
      else if (At(j - 1).text == "," && j > 1 && mention_at_[j - 2] >= 0)
        holder = mention_at_[j - 2];
    }
    if (ActorOf(holder) < 0) holder = mention_at_[k];
    int source = ActorOf(holder);
    if (source < 0 || source == target || actors_.IsRelated(source, target)) continue;
    DraftEvent e;
    e.event_class = entry->event_class;
    e.cameo = entry->cameo;
    e.trigger_first = k;
    e.trigger_last = k + 1;
    e.source = source;
    e.source_mention = holder;
    e.target = target;
    e.target_mention = target_mention;
    e.rule = absl::StrCat("critic:", word);
    drafts_.push_back(e);
  }
}

// "responded negatively to the plan", "angrily reacted to", "reacted warmly to the offer": the
// manner of a reaction judges what it reacts to. Sets *word to the adverb.
const EventEntry* SentenceReader::ReactionManner(const VerbGroup& group, uint32_t* word) const {
  static const EventEntry* criticism = RuleEntry(ACCUSE, "111");
  static const EventEntry* praise = RuleEntry(SUPPORT, "051");
  if (!IsAnyOf(At(group.head).lemma, {"react", "respond"}) || group.passive) return nullptr;
  for (uint32_t k : {group.head + 1, group.head - 1}) {
    if (k >= tokens_.size() || At(k).tag != "RB") continue;
    *word = k;
    if (IsAnyOf(At(k).lower, {"negatively", "angrily", "furiously", "sharply", "coolly", "critically",
                              "indignantly", "harshly", "bitterly", "scornfully"}))
      return criticism;
    if (IsAnyOf(At(k).lower, {"positively", "warmly", "favourably", "favorably", "enthusiastically"})) return praise;
  }
  return nullptr;
}

// "has been critical of the plan", "were supportive of the mayor", "is worried about the deal":
// words that judge someone only with their preposition ("the situation is critical", "the
// parties concerned" judge no one).
const EventEntry* SentenceReader::FeelingWithPreposition(uint32_t k) const {
  static const EventEntry* criticism = RuleEntry(ACCUSE, "111");
  static const EventEntry* praise = RuleEntry(SUPPORT, "051");
  if (k + 1 >= tokens_.size() || (k > 0 && IsAnyOf(At(k - 1).lower, {"not", "n't", "never"}))) return nullptr;
  const std::string& word = At(k).lower;
  const std::string& next = At(k + 1).lower;
  if (IsAnyOf(word, {"critical", "scornful", "dismissive", "contemptuous"}) && next == "of") return criticism;
  if (IsAnyOf(word, {"supportive", "appreciative"}) && next == "of") return praise;
  if (IsAnyOf(word, {"concerned", "worried", "angry", "upset", "unhappy", "uneasy"}) &&
      IsAnyOf(next, {"about", "over", "at", "by", "with"}))
    return criticism;
  return nullptr;
}

// "The Greens are appalled at the plan", "Beijing was furious over the visit": a feeling of
// judgement about someone is an event of the evaluation's class (criticism).
void SentenceReader::FindFeelings() {
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    uint32_t word = group.head;
    const EventEntry* reaction = ReactionManner(group, &word);
    if (reaction) {
    } else if (At(group.head).lemma == "be" || IsAnyOf(At(group.head).lemma, {"seem", "appear", "remain", "feel"})) {
      word = group.head + 1;
      while (word < tokens_.size() && (At(word).tag == "RB" || At(word).tag == "``")) ++word;
    } else if (!group.passive) {
      continue;
    }
    const EventEntry* with_preposition = FeelingWithPreposition(word);
    const EventEntry* entry = reaction ? reaction : Evaluation(word);
    if (!entry) entry = with_preposition;
    // "was shocked and appalled by": the feeling named second
    if (!entry && word + 2 < tokens_.size() && At(word + 1).lower == "and" && At(word).tag == "JJ") {
      word += 2;
      entry = Evaluation(word);
    }
    if (!entry || group.negated) continue;
    bool already = false;
    for (const auto& d : drafts_) already |= d.verb_group == static_cast<int>(g);
    if (already && !reaction) continue;
    DraftEvent e;
    e.event_class = entry->event_class;
    e.cameo = entry->cameo;
    e.trigger_first = word;
    e.trigger_last = word + 1;
    e.modality = group.modality;
    e.verb_group = static_cast<int>(g);
    e.rule = absl::StrCat("feeling:", At(word).lower);
    e.source_mention = Subject(static_cast<int>(g));
    // "it is regrettable that ...": a judgement of no one's feeling (read with its speaker)
    if (e.source_mention >= 0 && mentions_[e.source_mention].form == MentionForm::kPronoun &&
        mentions_[e.source_mention].pronoun == "it" && !with_preposition && !reaction)
      continue;
    e.source = ActorOf(e.source_mention);
    // "X is wrong", "the plan is unacceptable": a judgement of the subject, no feeling of its
    // own (said by someone, it is the speaker's criticism)
    static const WordSet* feelings = new WordSet{
        "angry", "furious", "unhappy", "upset", "anxious", "sad", "afraid", "fearful", "wary", "skeptical",
        "sceptical", "indignant", "livid", "irate", "uneasy", "nervous", "bitter", "resentful", "unsure"};
    if (entry->event_class == ACCUSE && !reaction && !with_preposition && e.source >= 0 &&
        !absl::EndsWith(At(word).lower, "ed") && !feelings->count(At(word).lower))
      continue;
    uint32_t end = clauses_.ClauseEnd(word + 1, static_cast<int>(g));
    // ('was "shocked and angry" about the ruling': past the quotation that holds the feeling)
    for (uint32_t q = word + 1; q < end + 1 && q < tokens_.size() && q < word + 5; ++q)
      if (IsQuoteToken(At(q)) && clauses_.InQuote(word)) {
        end = std::max(end, clauses_.ClauseEnd(q + 1, static_cast<int>(g)));
        break;
      }
    e.target_mention = Object(word + 1, end, false,
                              {"at", "by", "over", "about", "with", "toward", "towards", "of", "to"});
    e.target = ActorOf(e.target_mention);
    if (e.source >= 0 && e.source == e.target) e.target = -1;
    if (e.source < 0 && !UnnamedSource(e)) continue;
    // "appalled at the lengths the government will go to": whom the rest of the clause is about
    // "pleased with the talks", "grateful to Qatar", "glad that the court upheld": praise is a
    // feeling about someone; "he is courageous" judges the subject, which is no feeling of its own
    bool pleased = IsAnyOf(At(word).lower, {"pleased", "delighted", "satisfied", "grateful", "proud", "glad",
                                            "thankful", "impressed", "encouraged", "heartened", "supportive",
                                            "appreciative"}) ||
                   (reaction && reaction->event_class == SUPPORT);
    // ("glad that the court upheld the ruling": the clause after "that" is the feeling's own)
    if (At(word + 1).lower == "that" && word + 2 < tokens_.size())
      end = std::max(end, clauses_.ClauseEnd(word + 2, clauses_.GroupAt(word + 2)));
    if (e.target < 0 && (e.event_class != SUPPORT || pleased)) SetTopic(word + 1, end, e);
    if (e.event_class == SUPPORT && (e.target < 0 || !pleased)) continue;
    drafts_.push_back(e);
  }
}

}  // namespace kg::ingest::reader_internal
