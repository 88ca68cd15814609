// SentenceReader's noun pass: events triggered by event nouns (FindNounEvents), their actors from
// modifiers, prepositions and governing support verbs, and requests attached to the act requested.
// Not verb triggers (verb_events.cc).
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

namespace {

// Verbs that lend their subject to the event noun they govern: "carried out airstrikes".
const WordSet& SupportVerbs() {
  static const WordSet* words = new WordSet{
      "carry out", "carry", "conduct", "launch", "stage", "mount", "hold", "begin", "start", "continue",
      "resume", "step up", "intensify", "fly", "make", "wage", "unleash", "order", "pursue", "undertake",
      "perform", "escalate", "commit", "open", "deliver", "impose", "have", "engage", "seek", "offer",
      "provide", "give", "issue", "lodge", "file", "level", "express", "voice", "extend", "announce", "sign",
      "reach", "conclude", "strike", "expand", "deepen", "plan", "authorize", "authorise", "approve",
      "renew", "maintain", "keep", "step", "join", "lead", "end", "complete", "finish", "wrap up",
      "break off", "suspend", "halt", "cancel", "postpone", "scrap", "freeze", "boycott", "abandon", "call off", "raise",
      "implement", "enforce", "declare", "attend", "organise", "organize", "participate", "take part",
      "initiate", "go", "restore", "re-establish", "reopen", "present", "vow", "swear", "strengthen", "tighten",
      "toughen", "widen", "broaden", "reinforce", "take", "bring", "release", "publish", "post", "put out",
      "host", "convene", "chair", "pay", "put", "exert", "apply", "increase", "heap", "pile", "ramp up"};
  return *words;
}

// Words that may stand between a support verb and its event noun.
const WordSet& NounPhraseFillers() {
  static const WordSet* words = new WordSet{
      "a", "an", "the", "its", "their", "his", "her", "our", "own", "new", "more", "further",
      "fresh", "hundreds", "dozens", "thousands", "scores", "series", "wave", "number", "of", "some",
      "several", "many", "any", "all", "no", "first", "second", "joint", "major", "limited",
      "military", "heavy", "massive", "deadly", "several", "two", "three", "tacit", "direct", "full",
      "formal", "official", "diplomatic", "economic", "trade", "peace", "bilateral", "high-level",
      "operation", "operations", "campaign", "round", "spate", "barrage", "string", "on-going", "ongoing"};
  return *words;
}

}  // namespace

bool SentenceReader::InsideVerbGroupOrMention(uint32_t k) const { return clauses_.GroupAt(k) >= 0 || mention_at_[k] >= 0; }

const std::vector<EventEntry>* SentenceReader::NounEntries(uint32_t k, uint32_t* first) const {
  *first = k;
  if (k > 0 && !InsideVerbGroupOrMention(k - 1)) {
    // "air strikes", "arms sale": the first word as lemma or as written
    for (const std::string& word : {At(k - 1).lemma, At(k - 1).lower}) {
      const auto& pair = lexicon_.Lookup(word + " " + At(k).lemma, TriggerPos::kNoun);
      if (!pair.empty()) {
        *first = k - 1;
        return &pair;
      }
    }
  }
  const auto& single = lexicon_.Lookup(At(k).lemma, TriggerPos::kNoun);
  if (!single.empty()) return &single;
  for (const auto& guess : EventLexicon::GuessLemmas(At(k).lower)) {
    const auto& guessed = lexicon_.Lookup(guess, TriggerPos::kNoun);
    if (!guessed.empty()) return &guessed;
  }
  return nullptr;
}

// The verb group whose object the noun at `first` is, when only fillers stand between them.
int SentenceReader::GoverningGroup(uint32_t first) const {
  uint32_t j = first;
  while (j > 0) {
    --j;
    int g = clauses_.GroupAt(j);
    if (g >= 0) return g;
    const Token& t = At(j);
    // (an adverb of an adjective too: "sparked somewhat violent protests")
    if (NounPhraseFillers().count(t.lower) || t.tag == "JJ" || t.tag == "CD" || t.tag == "DT" ||
        t.tag == "PRP$" || t.tag == "RP" || mention_at_[j] >= 0 || (t.tag == "RB" && At(j + 1).tag == "JJ")) {
      continue;
    }
    // "took part in the talks", "participated in a meeting", "engaged in negotiations"
    if (j > 0 && ((t.lower == "in" && (At(j - 1).lower == "part" ||
                                       IsAnyOf(At(j - 1).lemma, {"participate", "engage", "join"}))) ||
                  (t.lower == "part" && At(j - 1).lemma == "take")))
      continue;
    return -1;
  }
  return -1;
}

// The verb group of a reaction whose manner the noun at `first` names: "met the ruling with
// scorn", "greeted the verdict with outrage", "responded with fury".
int SentenceReader::ReactionGroup(uint32_t first) const {
  uint32_t j = first;
  while (j > 0 && (At(j - 1).tag == "JJ" || At(j - 1).tag == "RB" || At(j - 1).tag == "VBN")) --j;
  if (j < 2 || At(j - 1).lower != "with") return -1;
  for (uint32_t b = j - 1; b > 0 && b + 8 > j;) {
    --b;
    int g = clauses_.GroupAt(b);
    if (g >= 0)
      return IsAnyOf(At(clauses_.verb_groups()[g].head).lemma,
                     {"react", "respond", "greet", "meet", "receive", "answer", "reply", "view", "treat"})
                 ? g : -1;
    if (At(b).text == "," || At(b).text == ";" || At(b).tag == "WDT" ||
        (At(b).tag == "IN" && !IsAnyOf(At(b).lower, {"to", "of"})))
      return -1;
  }
  return -1;
}

// Words that criticise, for the noun of words at tokens [first, k]: "scathing remarks",
// "critical comments", "a statement critical of the ruling", "a verbal attack on the minister"
// are criticism (ACCUSE), aimed at whom "of" or "on" names; nullptr when the noun stays as it is.
const EventEntry* SentenceReader::JudgingWords(uint32_t first, uint32_t k, const EventEntry& noun) const {
  static const EventEntry* criticism = RuleEntry(ACCUSE, "111", "", false, false, {"of", "on", "against"});
  bool words = noun.event_class == STATEMENT;
  if (!words && !(noun.event_class == ASSAULT && At(k).lemma == "attack")) return nullptr;
  for (uint32_t j = first >= 3 ? first - 3 : 0; j < first; ++j) {
    if (At(j).tag != "JJ" && At(j).tag != "VBG") continue;
    if (!words && IsAnyOf(At(j).lower, {"verbal", "scathing", "blistering", "stinging", "withering", "personal"}))
      return criticism;
    if (words && (IsAnyOf(At(j).lower, {"critical", "criticizing", "criticising", "harsh", "angry", "sharp"}) ||
                  (Evaluation(j) && Evaluation(j)->event_class == ACCUSE)))
      return criticism;
  }
  // (also past a short phrase: "a statement on her website critical of the ruling party")
  for (uint32_t j = k + 1; words && j < tokens_.size() && j < k + 6; ++j) {
    const EventEntry* after = FeelingWithPreposition(j);
    if (after) return after->event_class == ACCUSE ? criticism : nullptr;
    bool own = mention_at_[j] >= 0 && mentions_[mention_at_[j]].form == MentionForm::kPronoun;  // "his"
    if (clauses_.GroupAt(j) >= 0 || (mention_at_[j] >= 0 && !own) ||
        !IsAnyOf(At(j).tag, {"IN", "DT", "PRP$", "NN", "NNS", "JJ", "CD"}))
      break;
  }
  return nullptr;
}

// A mention directly before the noun, across adjectives: "Iranian airstrikes", "Iran's attacks".
int SentenceReader::Prenominal(uint32_t first) const {
  uint32_t j = first;
  while (j > 0) {
    --j;
    int m = mention_at_[j];
    if (m >= 0) {
      const Mention& mention = mentions_[m];
      if (mention.form == MentionForm::kAdjective || mention.possessive || mention.form == MentionForm::kPair) return m;
      // a noun modifier: "opposition charges", "U.S. air strikes", "during a Taliban attack" (a
      // preposition of time or circumstance governs the whole phrase)
      // (right before the noun, whatever governs the phrase: "ended with student rallies")
      if (mention.form == MentionForm::kName && mention.actor >= 0 && !actors_.at(mention.actor).is_person &&
          (mention.preposition.empty() || mention.last == first ||
           IsAnyOf(mention.preposition, {"during", "in", "after", "before", "amid", "following", "since"})))
        return m;
      return -1;
    }
    const Token& t = At(j);
    if (t.tag == "JJ" || t.tag == "NN" || t.tag == "VBN" || t.lower == "own" || t.tag == "CD")
      continue;
    // ("the Nigerian army's operations": the possessive ending that the mention leaves out)
    if (t.tag == "POS" && j > 0 && mention_at_[j - 1] >= 0 && mentions_[mention_at_[j - 1]].possessive)
      return mention_at_[j - 1];
    return -1;
  }
  return -1;
}

// "Riots erupted in Belfast", "the blasts went off at noon", "clashes killed 12": an event noun
// that opens its clause as the subject of a verb of happening is the clause's event.
bool SentenceReader::SubjectOfOccurrence(uint32_t first, uint32_t k) const {
  static const WordSet* happen = new WordSet{
      "erupt", "break", "begin", "start", "occur", "continue", "spread", "take", "go", "rock", "hit", "shake",
      "escalate", "intensify", "resume", "flare", "kill", "leave", "wound", "injure", "destroy", "damage",
      "claim", "cause", "end", "paralyse", "paralyze", "disrupt", "grip", "sweep", "enter", "target", "rage",
      "close", "shut", "cripple", "halt", "ground"};
  // "... in June riots erupted": a noun right before a verb that only events do is its subject
  if (int next = k + 1 < tokens_.size() ? clauses_.GroupAt(k + 1) : -1; next >= 0) {
    const VerbGroup& group = clauses_.verb_groups()[next];
    if (!HasModal(group) && !group.negated && !group.passive && group.first == k + 1 &&
        IsAnyOf(At(group.head).lemma, {"erupt", "flare", "rage", "escalate", "intensify"}))
      return true;
  }
  int g = ClauseOfSubject(first, k);
  if (g < 0) return false;
  const VerbGroup& group = clauses_.verb_groups()[g];
  if (HasModal(group)) return false;  // "the summit will take place": not yet an event
  return !group.negated && !group.passive && happen->count(At(group.head).lemma) > 0;
}

// The verb group of the clause whose subject the noun [first, k] opens, or -1.
int SentenceReader::ClauseOfSubject(uint32_t first, uint32_t k) const {
  uint32_t b = first;
  while (b > 0 && IsAnyOf(At(b - 1).tag, {"DT", "JJ", "JJS", "JJR", "CD", "PRP$", "NN", "NNS", "RB", "VBN"}) &&
         mention_at_[b - 1] < 0 && clauses_.GroupAt(b - 1) < 0)
    --b;
  if (b > 0 && !IsAnyOf(At(b - 1).lower, {",", "that", "when", "after", "as", "and", "but", "while", "where", "\"",
                                          "since", "before", "until", "because", "though", "although"}) &&
      At(b - 1).tag != "``")
    return -1;
  for (uint32_t j = k + 1; j < tokens_.size() && j < k + 10; ++j) {
    if (At(j).text == "," || At(j).text == "." || (At(j).tag == "CC" && At(j + 1).tag.rfind("NN", 0) != 0)) return -1;
    int g = clauses_.GroupAt(j);
    if (g >= 0) return g;
  }
  return -1;
}

// "further strikes will come", "the raids will go on": violence held out as coming, with
// no one named to do it (the speaker's threat, when someone says it).
bool SentenceReader::HeldOutOccurrence(uint32_t first, uint32_t k, Modality* modality) const {
  int g = ClauseOfSubject(first, k);
  if (g < 0) return false;
  const VerbGroup& group = clauses_.verb_groups()[g];
  if (group.negated || group.passive || (group.modality != INTENDED && group.modality != POSSIBLE) ||
      !IsAnyOf(At(group.head).lemma, {"follow", "come", "continue", "happen", "occur", "begin", "start", "resume",
                                      "escalate", "intensify"}))
    return false;
  *modality = group.modality;
  return true;
}

// "Kenya's campaign against al-Shabaab", "the army's operations against the rebels": a campaign
// of a state or an armed force against an armed force or a state is force.
bool SentenceReader::ArmedCampaign(uint32_t k) const {
  if (!IsAnyOf(At(k).lower, {"campaign", "operation", "operations"}) || k + 2 >= tokens_.size() ||
      At(k + 1).lower != "against")
    return false;
  auto armed = [&](int actor) {
    if (actor < 0) return false;
    ActorKind kind = actors_.at(actor).actor.kind();
    return kind == COUNTRY || kind == MILITARY || kind == ARMED_GROUP;
  };
  int target = MentionAt(k + 2) >= 0 ? MentionAt(k + 2) : MentionAt(k + 3);
  return armed(ActorOf(Prenominal(k))) && armed(ActorOf(target));
}

// "will head to Lima for a state visit": the subject of a verb of going takes part in the
// meeting noun at token `first` that follows "for", with the country it goes to.
void SentenceReader::TravelsFor(uint32_t first, DraftEvent& e) {
  uint32_t k = first;
  while (k > 0 && IsAnyOf(At(k - 1).tag, {"DT", "JJ", "CD", "NN"})) --k;
  if (k < 2 || At(k - 1).lower != "for") return;
  for (uint32_t b = k - 1; b > 0 && b + 10 > k; --b) {
    int g = clauses_.GroupAt(b - 1);
    if (g < 0) continue;
    const VerbGroup& group = clauses_.verb_groups()[g];
    if (group.passive || !IsAnyOf(At(group.head).lemma, {"travel", "fly", "head", "go", "come", "arrive", "leave",
                                                         "depart", "return", "set", "jet", "be"}))
      return;
    int visitor = Subject(g);
    if (ActorOf(visitor) < 0) return;
    int place = Object(group.last, k - 1, false, {"to", "in"});
    int host = ActorOf(place) >= 0 ? actors_.CountryOf(ActorOf(place)) : -1;
    if (host < 0) host = ActorOf(place);
    if (host == ActorOf(visitor) || (host >= 0 && actors_.IsRelated(host, ActorOf(visitor)))) host = -1;
    e.source_mention = visitor;
    e.source = ActorOf(visitor);
    e.target_mention = host >= 0 ? place : -1;
    e.target = host;
    e.rule += ":journey";
    return;
  }
}

// "talks between X and Y", "fighting between X and Y": X is the source and Y the target of e;
// `between` is the mention after "between".
void SentenceReader::TakeBetween(int between, uint32_t end, DraftEvent& e) const {
  const Mention& m = mentions_[between];
  if (m.form == MentionForm::kPair && m.pair.size() == 2) {
    e.source = m.pair[0];
    e.target = m.pair[1];
  } else {
    e.source = m.actor;
    // "between X and Y": the next mention after "and"
    int other = Object(m.last, std::min<uint32_t>(end, m.last + 4), false, {"and"});
    if (other < 0 && At(m.last).lower == "and" && m.last + 1 < tokens_.size()) other = mention_at_[m.last + 1];
    // "between the minister and his Chinese counterpart": the phrase after the possessive
    if (other >= 0 && mentions_[other].form == MentionForm::kPronoun && mentions_[other].possessive &&
        mentions_[other].last < tokens_.size() && mention_at_[mentions_[other].last] >= 0)
      other = mention_at_[mentions_[other].last];
    e.target = ActorOf(other);
    e.target_mention = other;
  }
  e.source_mention = between;
}

void SentenceReader::FindNounEvents() {
  static const EventEntry* campaign = RuleEntry(ASSAULT, "190", "campaign", false, false, {"against"});
  static const std::vector<EventEntry>* armed = new std::vector<EventEntry>{*campaign};
  for (uint32_t k = 0; k < tokens_.size(); ++k) {
    const Token& t = At(k);
    if (t.tag.rfind("NN", 0) != 0 || InsideVerbGroupOrMention(k)) continue;
    if (k + 1 < tokens_.size() && At(k + 1).tag.rfind("NN", 0) == 0 && !InsideVerbGroupOrMention(k + 1) &&
        At(k + 1).tag != "NNP" && !IsAnyOf(At(k + 1).lower, {"today", "yesterday", "tonight", "tomorrow"}))
      continue;  // not the head of its compound ("peace talks": take "talks"; "a speech today" is one)
    if (HedgeNouns().count(t.lower) && At(k + 1).lower == "of") continue;
    // "March 17", "in March": a month, not a march
    if (t.text == "March" && (At(k + 1).tag == "CD" || (k > 0 && IsAnyOf(At(k - 1).lower, {"in", "of", "since", "until", "by", "last", "next", "early", "late", "mid"}))))
      continue;
    uint32_t first;
    const auto* entries = NounEntries(k, &first);
    if (!entries && ArmedCampaign(k)) {
      entries = armed;
      first = k;
    }
    if (!entries) continue;
    // "violated the truce": the truce is what was broken, no agreement made here
    if (int breaking = GoverningGroup(first); breaking >= 0 && TruceBroken(clauses_.verb_groups()[breaking]) == k)
      continue;
    // "cut aid to Malawi", "halted gas supplies": the aid stopped is none given
    uint32_t compound = first;
    while (compound > 0 && At(compound - 1).tag == "NN" && mention_at_[compound - 1] < 0) --compound;
    if (int stopping = GoverningGroup(compound);
        stopping >= 0 && entries->front().event_class == AID && StopsAid(clauses_.verb_groups()[stopping]))
      continue;
    // "recognised as genocide by ten countries", "described it as aggression": a name given
    // to an act, not an act of whoever gives it
    if (first >= 2 && At(first - 1).lower == "as" &&
        IsAnyOf(At(first - 2).lemma, {"recognize", "recognise", "describe", "label", "brand", "classify", "designate",
                                      "regard", "define", "term", "characterize", "characterise", "view", "condemn",
                                      "denounce", "decry"}))
      continue;
    const EventEntry* chosen = &entries->front();
    // "a call between the two presidents", "a call with Putin": the sense whose frame the next
    // word is, when it is not the first sense's ("a call for calm")
    auto frames = [&](const EventEntry& entry) {
      const auto& preps = entry.target_prepositions;
      return std::find(preps.begin(), preps.end(), At(k + 1).lower) != preps.end();
    };
    if (t.lemma != "strike" && !frames(*chosen))
      for (const auto& other : *entries)
        if (frames(other)) {
          chosen = &other;
          break;
        }
    // "the teachers' strike", "a general strike", "a hunger strike": the labour sense
    if (t.lemma == "strike" && entries->size() > 1) {
      for (uint32_t j = first >= 3 ? first - 3 : 0; j < first; ++j)
        if (IsAnyOf(At(j).lower, {"workers", "teachers", "miners", "doctors", "nurses", "staff", "employees",
                                  "union", "unions", "general", "national", "nationwide", "hunger", "labour",
                                  "labor", "transport", "rail", "dockers", "drivers", "pilots", "student", "students"}))
          chosen = &(*entries)[1];
    }
    // "lodged a formal protest with Japan", "delivered a protest note to": a diplomatic protest is
    // a complaint (ACCUSE), not a demonstration
    static const EventEntry* complaint = RuleEntry(ACCUSE, "114", "protest", false, false, {"with", "to", "over"});
    if (chosen->event_class == PROTEST && t.lemma == "protest") {
      int lodging = GoverningGroup(first);
      if (lodging >= 0 && IsAnyOf(At(clauses_.verb_groups()[lodging].head).lemma,
                                  {"lodge", "file", "register", "deliver", "send", "hand", "submit"}))
        chosen = complaint;
    }
    if (const EventEntry* judged = JudgingWords(first, k, *chosen)) chosen = judged;
    const EventEntry& entry = *chosen;
    // "expressed confidence that ...": a noun of attitude reports only with its that-clause
    // ("confidence in the cabinet", "a confidence vote" report nothing)
    if (entry.clause_only && At(k + 1).lower != "that") continue;
    // "won the backing of the army": the verb's event, whose subject is supported
    // ("received aid from Japan": likewise the verb's, whose subject is given it)
    if (int winning = GoverningGroup(first);
        winning >= 0 && (entry.event_class == SUPPORT || entry.event_class == AID)) {
      const EventEntry* won = Faces(clauses_.verb_groups()[winning]);
      if (won && won->event_class == entry.event_class) continue;
    }
    // "reacted with relief": the manner of a reaction is a feeling, or no act at all
    int reaction = ReactionGroup(first);
    if (reaction >= 0 && entry.event_class != ACCUSE && entry.event_class != SUPPORT) continue;
    DraftEvent e;
    e.event_class = entry.event_class;
    e.cameo = entry.cameo;
    e.trigger_first = first;
    e.trigger_last = k + 1;
    e.rule = absl::StrCat("noun:", t.lemma);
    uint32_t end = clauses_.ClauseEnd(k + 1, -1);
    // "the war to damage relations with the US": the noun's phrase ends at the next verb
    for (uint32_t j = k + 1; j < end; ++j)
      if (clauses_.GroupAt(j) >= 0) {
        end = j;
        break;
      }
    // Source: a modifier, "between X and Y", a support verb's subject, "by X".
    int pre = Prenominal(first);
    int target_mention = Object(k + 1, std::min<uint32_t>(end, k + 8), false, entry.target_prepositions);
    int between = Object(k + 1, std::min<uint32_t>(end, k + 4), false, {"between"});
    // "a truce struck last week between X and Y", "talks held in Oslo between"
    if (between < 0 && k + 1 < tokens_.size() && (At(k + 1).tag == "VBN" || At(k + 1).tag == "VBD") &&
        IsAnyOf(At(k + 1).lemma, {"reach", "sign", "strike", "conclude", "hold", "broker", "hammer"}))
      between = Object(k + 2, std::min<uint32_t>(clauses_.ClauseEnd(k + 2, -1), k + 8), false, {"between"});
    int governing = GoverningGroup(first);
    // the governing verb lends its subject: a support verb, or calling a strike or a protest
    // (asked only when the noun's actors are not found otherwise: the test builds a phrase)
    auto lends = [&] {
      return governing >= 0 && (IsSupport(governing) || (entry.event_class == PROTEST &&
                                                         At(clauses_.verb_groups()[governing].head).lemma == "call"));
    };
    std::vector<int> sides;  // a pair that governs the noun as one subject
    if (pre >= 0 && mentions_[pre].form == MentionForm::kPair && mentions_[pre].pair.size() == 2) {
      e.source = mentions_[pre].pair[0];
      e.target = mentions_[pre].pair[1];
      e.source_mention = pre;
    } else if (between >= 0) {
      TakeBetween(between, end, e);
    } else {
      // "the general's execution", "the journalist's arrest": the possessor of an act done to someone
      // suffers it; "by" names who did it
      static const WordSet* done_to = new WordSet{
          "execution", "arrest", "arrests", "killing", "murder", "assassination", "detention", "abduction",
          "kidnapping", "trial", "expulsion", "deportation", "extradition", "capture", "imprisonment", "torture",
          "jailing", "sentencing", "conviction", "indictment", "prosecution", "dismissal", "sacking", "ouster"};
      if (pre >= 0 && mentions_[pre].possessive && done_to->count(t.lower) && target_mention < 0) {
        target_mention = pre;
        e.source_mention = Object(k + 1, std::min<uint32_t>(end, k + 8), false, {"by"});
      } else if (pre >= 0) {
        e.source_mention = pre;
        // "will resume their attacks": violence held out, in the governing verb's modality (a
        // withdrawal or a meeting to come is still reported as such: "would begin their withdrawal")
        bool force = entry.event_class == ASSAULT || entry.event_class == COERCE || entry.event_class == SANCTION;
        if (force && lends() && !SubjectOfClause(k)) {
          e.negated = clauses_.verb_groups()[governing].negated;
          e.modality = clauses_.verb_groups()[governing].modality;
        }
      } else if (lends() && !SubjectOfClause(k) && DisputedClaim(governing, k)) {
        // "Israel denied accusations by Hamas that ...": who is denied made the claim
        e.source_mention = Object(k + 1, std::min<uint32_t>(end, k + 8), false, {"by", "from"});
      } else if (lends() && !SubjectOfClause(k)) {
        const VerbGroup& group = clauses_.verb_groups()[governing];
        e.source_mention = group.passive ? -1 : const_cast<SentenceReader*>(this)->Subject(governing);
        e.negated = group.negated;
        e.modality = group.modality;
        // "the two sides continued talks": one side with the other
        if (e.source_mention >= 0 && mentions_[e.source_mention].pair.size() == 2 && target_mention < 0)
          sides = mentions_[e.source_mention].pair;
      } else if (reaction >= 0 && !clauses_.verb_groups()[reaction].passive) {
        // "greeted the ruling with outrage": the reaction's subject feels it, about what it reacts to
        const VerbGroup& group = clauses_.verb_groups()[reaction];
        e.source_mention = const_cast<SentenceReader*>(this)->Subject(reaction);
        e.negated = group.negated;
        e.modality = group.modality;
        if (target_mention < 0) target_mention = Object(group.last, first, true, {"to"});
      } else {
        int agent = Object(k + 1, std::min<uint32_t>(end, k + 8), false, {"by"});
        e.source_mention = agent;
      }
      e.source = ActorOf(e.source_mention);
      e.target_mention = target_mention;
      e.target = ActorOf(target_mention);
      if (!sides.empty()) {
        e.source = sides[0];
        e.target = sides[1];
      }
    }
    // "the arrest of a diplomat by the police", "the withdrawal of US troops from Afghanistan": after
    // an act done to someone "of" names its target; after a movement, who moves
    if (k + 1 < tokens_.size() && At(k + 1).lower == "of" && k + 2 < tokens_.size()) {
      int of = -1;
      for (uint32_t j = k + 2; j < tokens_.size() && j < k + 5 && of < 0; ++j) of = mention_at_[j];
      auto c = e.event_class;
      if (of >= 0 && ActorOf(of) >= 0) {
        if ((c == RETREAT || c == MOBILIZE || c == PROTEST) && e.source < 0) {
          e.source_mention = of;
          e.source = ActorOf(of);
          int from = Object(mentions_[of].last, std::min<uint32_t>(end, mentions_[of].last + 6), false, {"from", "out"});
          if (from >= 0 && (e.target < 0 || e.target == e.source)) {
            e.target_mention = from;
            e.target = ActorOf(from);
          }
        } else if ((c == COERCE || c == ASSAULT || c == SANCTION || c == CONCEDE) && e.target < 0) {
          e.target_mention = of;
          e.target = ActorOf(of);
        }
        // "the expulsion of the Spanish ambassador": a sanction against the diplomat's country
        bool diplomat = false;
        for (uint32_t j = mentions_[of].first; j < mentions_[of].last; ++j)
          diplomat |= IsAnyOf(At(j).lower, {"ambassador", "diplomat", "diplomats", "envoy", "envoys", "consul"});
        if (c == COERCE && diplomat && e.target == ActorOf(of) && IsAnyOf(At(k).lemma, {"expulsion", "expel"})) {
          e.event_class = SANCTION;
          e.cameo = "166";
          if (actors_.CountryOf(e.target) >= 0) e.target = actors_.CountryOf(e.target);
        }
      }
    }
    // "drew protests from Kurdish students", "criticism from human rights groups", "an attack by
    // the Taliban": the noun's own agent
    if (e.source < 0 && k + 1 < tokens_.size() && (At(k + 1).lower == "from" || At(k + 1).lower == "by")) {
      int agent = mention_at_[k + 2 < tokens_.size() ? k + 2 : k + 1];
      if (agent < 0 && k + 3 < tokens_.size()) agent = mention_at_[k + 3];
      if (agent >= 0 && ActorOf(agent) >= 0 && ActorOf(agent) != e.target) {
        e.source_mention = agent;
        e.source = ActorOf(agent);
      }
    }
    if (e.source < 0) {
      // "sanctions were imposed by the EU": the agent of a passive support verb
      for (uint32_t j = k + 1; j < tokens_.size() && j < k + 4; ++j) {
        int g = clauses_.GroupAt(j);
        if (g < 0) continue;
        if (clauses_.verb_groups()[g].passive && IsSupport(g)) {
          int agent = Object(clauses_.verb_groups()[g].last, clauses_.ClauseEnd(clauses_.verb_groups()[g].last, g), false, {"by"});
          if (agent >= 0) {
            e.source_mention = agent;
            e.source = ActorOf(agent);
            // ("a treaty was signed by Peru and Chile": one side with the other)
            auto c = e.event_class;
            std::vector<int> others = Conjuncts(agent);
            if (e.target < 0 && (c == AGREE || c == COOPERATE || c == CONSULT) && !others.empty()) {
              e.target_mention = others.front();
              e.target = ActorOf(others.front());
            }
          }
        }
        break;
      }
    }
    // "spoke to reporters after a week of talks with Brazilian officials", "will raise it in a
    // meeting with the envoys": the subject of the clause took part in the talks it mentions
    // (not talks that are only the topic: "is optimistic about the talks with Uganda")
    if (e.event_class == CONSULT && e.source < 0 && e.target >= 0) {
      bool governed = false;  // the preposition that governs the noun was seen
      for (uint32_t b = first; b > 0 && b + 14 > first; --b) {
        if (IsAnyOf(At(b - 1).text, {",", ";", ":"}) || At(b - 1).tag == "WDT") break;
        if (At(b - 1).tag == "IN" && !governed) {
          if (IsAnyOf(At(b - 1).lower, {"about", "on", "over", "regarding", "concerning"})) break;
          governed = true;
        }
        int g = clauses_.GroupAt(b - 1);
        if (g < 0) continue;
        int subject = Subject(g);
        int actor = ActorOf(subject);
        if (actor >= 0 && actor != e.target && !clauses_.verb_groups()[g].passive) {
          e.source = actor;
          e.source_mention = subject;
          e.rule += ":clause-subject";
        }
        break;
      }
    }
    // "will travel to Lima for a state visit", "flew to Nairobi for talks": who went, to the place
    // the journey's verb names
    if (e.event_class == CONSULT && e.source < 0 && e.target < 0) TravelsFor(first, e);
    if (e.source >= 0 && e.source == e.target) e.target = -1;
    // "expressed concern over the situation in Myanmar": a criticism is of whom it names next
    if (e.event_class == ACCUSE && e.source >= 0 && e.target < 0) SetTopic(k + 1, clauses_.ClauseEnd(k + 1, -1), e);
    if (!e.negated) {
      for (uint32_t j = first >= 3 ? first - 3 : 0; j < first; ++j)
        if (IsAnyOf(At(j).lower, {"no", "not", "without", "never"})) e.negated = true;
      if (clauses_.DisclaimedBefore(first)) e.negated = true;
    }
    if (clauses_.Hypothetical(k)) e.modality = HYPOTHETICAL;
    if (e.modality != ASSERTED) e.asserted = false;
    e.needs_parent = e.source < 0 && e.target < 0;  // "air strikes against X": an event with a target stands
    if (e.needs_parent && SubjectOfOccurrence(first, k)) {
      e.needs_parent = false;
      e.stands_alone = true;
    }
    // "the price rise set off riots", "the arrest triggered clashes": what something set off
    // happened, with no one named to do it
    if (e.needs_parent && governing >= 0 && (e.event_class == PROTEST || e.event_class == ASSAULT) &&
        !clauses_.verb_groups()[governing].negated && !HasModal(clauses_.verb_groups()[governing]) &&
        IsAnyOf(At(clauses_.verb_groups()[governing].head).lemma,
                {"spark", "trigger", "prompt", "provoke", "ignite", "unleash", "fuel", "cause"})) {
      e.needs_parent = false;
      e.stands_alone = true;
    }
    if (e.source < 0 && (e.event_class == ASSAULT || e.event_class == COERCE) &&
        HeldOutOccurrence(first, k, &e.modality)) {
      e.asserted = false;
      e.rule += ":held-out";
    }
    // "called off a trip to Chile", "suspended talks with": breaking off contact is a sanction
    if ((e.event_class == CONSULT || e.event_class == AID || e.event_class == COOPERATE) && governing >= 0) {
      const Token& verb = At(clauses_.verb_groups()[governing].head);
      if (IsAnyOf(verb.lemma, {"cancel", "postpone", "suspend", "scrap", "freeze", "boycott", "halt", "abandon"}) ||
          (verb.lemma == "break" && At(clauses_.verb_groups()[governing].head + 1).lower == "off") ||
          (verb.lemma == "call" && At(clauses_.verb_groups()[governing].head + 1).lower == "off")) {
        e.event_class = SANCTION;
        e.cameo = "161";
      }
    }
    // "delaying the general's execution", "foiled an attack": an act put off or prevented did
    // not happen (one halted did: "to halt its attacks")
    int put_off = governing >= 0 ? governing : (pre >= 0 ? GoverningGroup(mentions_[pre].first) : -1);
    if ((e.event_class == ASSAULT || e.event_class == COERCE) && put_off >= 0 &&
        IsAnyOf(At(clauses_.verb_groups()[put_off].head).lemma,
                {"delay", "postpone", "prevent", "avert", "avoid", "thwart", "foil", "forestall"})) {
      e.asserted = false;
      e.needs_parent = true;
    }
    // "verbal attacks", "a war of words": criticism, not violence
    if (e.event_class == ASSAULT && first > 0 &&
        IsAnyOf(At(first - 1).lower, {"verbal", "rhetorical", "political", "personal", "scathing", "harsh",
                                      "bitter", "stinging", "written", "media", "propaganda"})) {
      e.event_class = ACCUSE;
      e.cameo = "111";
    }
    std::vector<int> conjuncts = governing >= 0 && e.source_mention >= 0 && pre < 0 && between < 0
                                     ? Conjuncts(e.source_mention) : std::vector<int>();
    // "voiced hope that Chad would cooperate": the attitude holds what its clause reports
    bool reports = entry.speech && e.event_class == STATEMENT && At(k + 1).lower == "that" && e.source_mention >= 0;
    AddWithConjuncts(std::move(e), conjuncts, -1, reports);
  }
}

bool SentenceReader::speech_group_for(int g) const {
  for (const DraftEvent& d : drafts_)
    if (d.verb_group == g && d.speech) return true;
  return false;
}

// A verb that lends its subject to the event noun it takes as object: "carried out airstrikes",
// and speech verbs: "announced the mobilization", "denied any intervention".
bool SentenceReader::IsSupport(int g) const {
  const VerbGroup& group = clauses_.verb_groups()[g];
  const Token& head = At(group.head);
  std::string phrase = head.lemma + " " + At(group.head + 1).lower;
  return SupportVerbs().count(phrase) || SupportVerbs().count(head.lemma) || speech_group_for(g);
}

// "denied accusations by Hamas", "rejected claims from the opposition": a claim noun at k whose
// governing verb g disputes it (its subject is no source of the claim).
bool SentenceReader::DisputedClaim(int g, uint32_t k) const {
  return IsAnyOf(At(clauses_.verb_groups()[g].head).lemma,
                 {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest", "counter", "deflect"}) &&
         (ClaimNouns().count(At(k).lower) || IsAnyOf(At(k).lower, {"criticism", "criticisms"}));
}

// The noun at k heads the subject of a clause of its own ("said the talks were useful").
bool SentenceReader::SubjectOfClause(uint32_t k) const {
  for (uint32_t j = k + 1; j < tokens_.size() && j < k + 4; ++j) {
    int g = clauses_.GroupAt(j);
    if (g >= 0) return clauses_.verb_groups()[g].finite;
    if (At(j).tag != "RB" && At(j).tag != "JJ") return false;
  }
  return false;
}

// "called for talks with Uganda", "urged a ceasefire", "proposed negotiations": the event a
// request or a proposal names is its content, requested or intended, and no fact.
void SentenceReader::AttachRequested() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    if (drafts_[k].verb_group >= 0 || drafts_[k].claimed || drafts_[k].speech ||
        !absl::StartsWith(drafts_[k].rule, "noun:"))
      continue;
    uint32_t first = drafts_[k].trigger_first;
    while (first > 0 && (At(first - 1).tag == "NN" || At(first - 1).tag == "JJ") && mention_at_[first - 1] < 0)
      --first;  // "urged direct peace talks"
    while (first > 0 && IsAnyOf(At(first - 1).tag, {"DT", "PRP$", "CD"})) --first;
    int g = GoverningGroup(first);
    for (size_t d = 0; d < count; ++d) {
      const DraftEvent& verb = drafts_[d];
      // ("called for talks": the phrase's preposition ends the verb's trigger)
      bool governs = verb.verb_group >= 0 && (verb.verb_group == g || verb.trigger_last == first);
      if (d == k || !governs || verb.content >= 0 || verb.negated || verb.speech) continue;
      const std::string& lemma = At(clauses_.verb_groups()[verb.verb_group].head).lemma;
      bool request = verb.event_class == REQUEST;
      bool proposal = verb.event_class == AGREE && IsAnyOf(lemma, {"propose", "offer", "suggest"});
      if (!request && !proposal) continue;
      Attach(d, k);
      drafts_[k].modality = request ? REQUESTED : INTENDED;
      // "called for sanctions against Iran": a punishment asked for is of whom it is done to
      auto c = drafts_[k].event_class;
      if (drafts_[d].target < 0 && drafts_[k].target != drafts_[d].source &&
          (c == SANCTION || c == COERCE || c == ASSAULT))
        drafts_[d].target = drafts_[k].target;
      break;
    }
  }
}

}  // namespace kg::ingest::reader_internal
