// SentenceReader's verb pass: events triggered by verb groups (FindVerbEvents), the verb-sense
// tests that pick a lexicon entry or one of the rules' own, and security raised in the passive.
// Not noun triggers (noun_events.cc) nor speech and denial (speech_events.cc).
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

namespace {

// The lemma of the rules' own entries whose subject suffers the act ("came under fire", "faced
// criticism", "survived an attack"): the subject is the target.
constexpr char kSuffered[] = "(suffered)";
// The lemma of rule entries for denials whose content goes unnamed ("takes no blame").
constexpr char kUnnamedDenial[] = "(unnamed denial)";

// A diplomat's or an embassy's words ("ambassador", "envoys").
const WordSet& EnvoyWords() {
  static const WordSet* diplomats = new WordSet{"diplomat", "diplomats", "ambassador", "ambassadors", "envoy",
                                                "envoys", "attache", "attaché", "consul", "embassy"};
  return *diplomats;
}

}  // namespace

// The lexicon entries of the verb group, and where its trigger ends (past a particle).
const std::vector<EventEntry>& SentenceReader::VerbEntries(const VerbGroup& group, uint32_t* trigger_end) const {
  const Token& head = At(group.head);
  *trigger_end = group.head + 1;
  // a particle after the object: "pulled their forces out of Iraq"
  if (lexicon_.StartsPhrase(head.lemma)) {
    for (uint32_t k = group.head + 2; k < tokens_.size() && k < group.head + 6; ++k) {
      if (At(k).tag != "RP" && !(At(k).lower == "out" || At(k).lower == "off" || At(k).lower == "back")) continue;
      const auto& split = lexicon_.Lookup(head.lemma + " " + At(k).lower, TriggerPos::kVerb);
      if (!split.empty()) return split;
      break;
    }
  }
  // "took to the streets", "poured into the streets": three words, past a determiner
  if (lexicon_.StartsPhrase(head.lemma) && group.head + 2 < tokens_.size()) {
    uint32_t last = group.head + 2;
    if (IsAnyOf(At(last).lower, {"the", "a", "an", "its", "their", "his", "her"}) && last + 1 < tokens_.size()) ++last;
    const auto& phrase =
        lexicon_.Lookup(absl::StrCat(head.lemma, " ", At(group.head + 1).lower, " ", At(last).lemma), TriggerPos::kVerb);
    if (!phrase.empty()) {
      *trigger_end = last + 1;
      return phrase;
    }
  }
  // "voted 14-8 against the plan": a tally between the verb and its particle
  if (lexicon_.StartsPhrase(head.lemma) && At(group.head + 1).tag == "CD" && group.head + 2 < tokens_.size()) {
    const auto& phrase = lexicon_.Lookup(head.lemma + " " + At(group.head + 2).lower, TriggerPos::kVerb);
    if (!phrase.empty()) {
      *trigger_end = group.head + 3;
      return phrase;
    }
  }
  if (lexicon_.StartsPhrase(head.lemma) && group.head + 1 < tokens_.size()) {
    for (const std::string& next : {At(group.head + 1).lower, At(group.head + 1).lemma}) {
      const auto& phrase = lexicon_.Lookup(head.lemma + " " + next, TriggerPos::kVerb);
      if (!phrase.empty()) {
        *trigger_end = group.head + 2;
        return phrase;
      }
    }
  }
  const auto& entries = lexicon_.Lookup(head.lemma, TriggerPos::kVerb);
  if (!entries.empty()) return entries;
  for (const auto& guess : EventLexicon::GuessLemmas(head.lower)) {
    const auto& guessed = lexicon_.Lookup(guess, TriggerPos::kVerb);
    if (!guessed.empty()) return guessed;
  }
  return entries;
}

// "called Russia to stop the bombardment", "want Iran to cease enrichment": calling on or
// wanting an actor to act is a request of it.
const EventEntry* SentenceReader::CallToRequest(const VerbGroup& group) const {
  static const EventEntry* request = RuleEntry(REQUEST, "100", "call", true);
  uint32_t k = group.head + 1;
  if (k >= tokens_.size() || mention_at_[k] < 0) return nullptr;
  uint32_t after = mentions_[mention_at_[k]].last;
  if (At(after).lower == "not") ++after;  // "told Australians not to allow ..."
  return After(after, {"to"}) && At(after + 1).tag == "VB" ? request : nullptr;
}

// "the union wants higher pensions", "they need an emergency loan": wanting or needing a thing
// (not an actor, not an act: "wants to", "needs Iran to") is a request, of no one named.
const EventEntry* SentenceReader::WantsThing(const VerbGroup& group) const {
  static const EventEntry* request = RuleEntry(REQUEST, "100", "want", false);
  if (group.negated || group.passive || !IsAnyOf(At(group.head).lemma, {"want", "need"})) return nullptr;
  uint32_t k = group.head + 1;
  while (k < tokens_.size() && IsAnyOf(At(k).tag, {"DT", "JJ", "JJR", "JJS", "CD", "PRP$", "RB", "VBN"})) ++k;
  if (k == group.head + 1 && At(k).tag.rfind("NN", 0) != 0) return nullptr;
  if (k >= tokens_.size() || (At(k).tag != "NN" && At(k).tag != "NNS") || mention_at_[k] >= 0) return nullptr;
  return request;
}

// "called this information nonsense", "described the reports as baseless": a denial.
const EventEntry* SentenceReader::CallItFalse(const VerbGroup& group) const {
  static const WordSet* words = new WordSet{"nonsense", "rubbish", "lies", "lie", "baseless", "groundless",
                                            "false", "untrue", "fabrication", "fabricated", "absurd",
                                            "ridiculous", "unfounded", "fiction", "propaganda", "slander"};
  static const EventEntry* deny = RuleEntry(DENY, "016", "call", false, true);
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 7; ++k)
    if (words->count(At(k).lower)) return deny;
  return nullptr;
}

// A crowd: protesters, supporters, students, workers, "thousands".
bool SentenceReader::CrowdSubject(int mention) const {
  if (mention < 0) return false;
  const Mention& m = mentions_[mention];
  int actor = ActorOf(mention);
  if (actor >= 0 && actors_.at(actor).actor.kind() == GROUP) return true;
  for (uint32_t k = m.first; k < m.last; ++k)
    if (IsAnyOf(At(k).lower, {"thousands", "hundreds", "crowds", "crowd", "supporters", "protesters"})) return true;
  return false;
}

// "No suspects have been arrested", "none were hurt": a subject that denies the act.
bool SentenceReader::NoneSubject(const VerbGroup& group) const {
  for (uint32_t k = group.first; k > 0 && k + 5 > group.first; --k) {
    if (clauses_.GroupAt(k - 1) >= 0 || At(k - 1).text == ",") break;
    if (IsAnyOf(At(k - 1).lower, {"no", "none", "nobody", "neither", "nothing"})) return true;
  }
  return false;
}

// The subject just before the verb group is a weapon or a blast ("a car bomb exploded").
bool SentenceReader::WeaponSubject(const VerbGroup& group) const {
  uint32_t k = group.first;
  while (k > 0 && (At(k - 1).tag == "RB" || At(k - 1).text == ",")) --k;
  return k > 0 && Weapons().count(At(k - 1).lower) > 0;
}

const WordSet& SentenceReader::Weapons() {
  static const WordSet* weapons = new WordSet{
      "bomb", "bombs", "blast", "blasts", "explosion", "explosions", "missile", "missiles", "rocket",
      "rockets", "mortar", "mortars", "shell", "shells", "grenade", "grenades", "mine", "mines",
      "landmine", "landmines", "device", "devices", "gunfire", "fire", "bullet", "bullets", "gunmen",
      "bomber", "bombers", "sniper", "snipers", "drone", "drones", "airstrike", "airstrikes", "shelling",
      "munition", "munitions", "explosives", "ied", "ieds", "car-bomb"};
  return *weapons;
}

bool SentenceReader::NonActorSubject(const VerbGroup& group) const {
  uint32_t k = group.first;
  while (k > 0 && (At(k - 1).tag == "RB" || At(k - 1).text == ",")) --k;
  if (k == 0) return false;
  const Token& before = At(k - 1);
  if (mention_at_[k - 1] >= 0 || (before.tag != "NN" && before.tag != "NNS")) return false;
  // "a car bomb killed", "the attack killed", "shelling wounded": someone's weapon or act
  if (Weapons().count(before.lower)) return false;
  uint32_t first;
  const auto* act = NounEntries(k - 1, &first);
  if (act && act->front().event_class == ASSAULT) return false;
  // (a noun WordNet does not know is taken for no actor either)
  return IsNature(before) || before.noun_file < 0;
}

// "the storm hit", "the recession hit", "hit by the mould", "battled cancer": nature, states,
// processes, amounts and the like (WordNet's noun.phenomenon, noun.state, noun.process,
// noun.quantity, noun.attribute, noun.substance, noun.plant, noun.animal, noun.shape,
// noun.time, noun.feeling) and disasters; not a weapon ("a drone hit"), an act ("the fighting
// killed"), an artifact ("a truck hit") or a decision ("the ruling annulled").
bool SentenceReader::IsNature(const Token& noun) {
  static const std::set<int>* natural = new std::set<int>{5, 7, 12, 19, 20, 22, 23, 25, 26, 27, 28};
  static const WordSet* disasters = new WordSet{
      "earthquake", "quake", "tsunami", "fire", "wildfire", "landslide", "avalanche", "eruption", "epidemic",
      "mudslide", "blaze", "flame", "stampede", "crash", "accident", "collapse", "lightning", "storm", "flood"};
  if (Weapons().count(noun.lower)) return false;
  return natural->count(noun.noun_file) || disasters->count(noun.lemma);
}

// "which the U.S. calls a state sponsor of terrorism", "branded the group terrorists": naming
// someone by a crime or a threat is an accusation.
const EventEntry* SentenceReader::CallNames(const VerbGroup& group) const {
  static const WordSet* names = new WordSet{
      "terrorist", "terrorists", "terrorism", "sponsor", "criminal", "criminals", "aggressor", "aggression",
      "dictator", "dictatorship", "regime", "threat", "menace", "enemy", "liar", "liars", "murderer",
      "murderers", "butcher", "war", "rogue", "pariah", "occupier", "occupiers", "puppet", "genocide",
      "fascist", "fascists", "nazi", "nazis", "thugs", "invader", "invaders", "crime", "crimes", "defendant",
      "defendants", "suspect", "suspects", "culprit", "culprits", "accomplice", "accomplices"};
  static const EventEntry* accuse = RuleEntry(ACCUSE, "112", "", true);
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 12; ++k) {
    if (IsQuoteToken(At(k))) continue;  // 'described the plan as "reckless"'
    if (clauses_.IsBoundary(k) || At(k).text == ",") break;
    if (names->count(At(k).lower)) return accuse;
    // 'described the plan as "reckless"' (criticism); "called him a man of courage" (praise)
    if (const EventEntry* judgement = Evaluation(k)) {
      static const EventEntry* praise = RuleEntry(SUPPORT, "051", "", true);
      return judgement->event_class == SUPPORT ? praise : accuse;
    }
  }
  return nullptr;
}

// "the letter attacks the minister's record", "attacked the cabinet's handling of the
// floods": an attack on words, plans or conduct, or one a text makes, is criticism (CAMEO 111).
const EventEntry* SentenceReader::WordsAttacked(const VerbGroup& group, uint32_t after, const EventEntry* entry) const {
  static const EventEntry* criticism = RuleEntry(ACCUSE, "111", "", true, false, {"of"});
  static const WordSet* conduct = new WordSet{
      "quality", "policy", "policies", "decision", "decisions", "plan", "plans", "proposal", "proposals",
      "record", "remarks", "comments", "statement", "statements", "handling", "approach", "bill", "law",
      "legislation", "report", "idea", "ideas", "claims", "leadership", "performance", "credibility",
      "integrity", "stance", "position", "reform", "reforms", "budget", "strategy", "response", "conduct",
      "management", "ruling", "verdict", "views", "motives", "competence", "logic", "argument", "arguments",
      "findings", "conclusions", "judgment", "judgement", "agenda", "programme", "program"};
  if (At(group.head).lemma != "attack" || group.passive) return entry;
  uint32_t k = after;
  while (k < tokens_.size() && k < after + 6 &&
         (IsAnyOf(At(k).tag, {"DT", "PRP$", "JJ", "POS"}) ||
          (mention_at_[k] >= 0 && mentions_[mention_at_[k]].possessive)))
    ++k;
  if (k < tokens_.size() && conduct->count(At(k).lower)) return criticism;
  uint32_t subject = group.first;
  while (subject > 0 && At(subject - 1).tag == "RB") --subject;
  if (subject > 0 && mention_at_[subject - 1] < 0 &&
      (DocumentNouns().count(At(subject - 1).lower) || IsAnyOf(At(subject - 1).lower, {"speech", "article"})))
    return criticism;
  return entry;
}

// "will attend the Global Energy Summit", "took part in the Asia-Pacific Economic Forum": taking
// part in a meeting that has a name (which makes no event noun of its own) is consultation.
const EventEntry* SentenceReader::AttendsNamedMeeting(const VerbGroup& group) const {
  static const EventEntry* attend = RuleEntry(CONSULT, "040", "attend", false, false, {"with"});
  bool takes_part = At(group.head).lemma == "take" && At(group.head + 1).lower == "part";
  if (group.passive || group.negated || (!takes_part && !IsAnyOf(At(group.head).lemma, {"attend", "participate"})))
    return nullptr;
  for (uint32_t k = group.last; k < tokens_.size() && k < group.last + 10; ++k) {
    if (clauses_.GroupAt(k) >= 0 || At(k).text == "," || At(k).text == ".") break;
    if (!At(k).capitalized) continue;
    if (IsAnyOf(At(k).lower, {"summit", "conference", "meeting", "talks", "forum", "negotiations", "consultations"}))
      return attend;
  }
  return nullptr;
}

// "the president received the visiting Kenyan minister", "welcomed the Pope to Manila",
// "was received by the king": hosting a visitor (CONSULT 043). Not receiving aid, a letter or
// criticism, nor welcoming a decision: the one received is a person or a delegation.
const EventEntry* SentenceReader::ReceivesVisitor(const VerbGroup& group) const {
  static const EventEntry* host = RuleEntry(CONSULT, "043", "receive", true);
  const std::string& lemma = At(group.head).lemma;
  if (group.negated || lemma.size() < 5 || !IsAnyOf(lemma, {"receive", "welcome", "greet"})) return nullptr;
  int visitor = -1;
  if (group.passive) {
    for (uint32_t k = group.first; k-- > 0 && k + 6 > group.first;)
      if (mention_at_[k] >= 0) {
        visitor = mention_at_[k];
        break;
      }
  } else {
    uint32_t k = group.last;
    while (k < tokens_.size() && IsAnyOf(At(k).tag, {"DT", "JJ", "VBG", "RB"}) && mention_at_[k] < 0) ++k;
    if (k < tokens_.size()) visitor = mention_at_[k];
  }
  if (visitor < 0 || !mentions_[visitor].preposition.empty()) return nullptr;
  const Mention& m = mentions_[visitor];
  bool delegation = false;
  for (uint32_t k = m.first > 0 ? m.first - 1 : 0; k < m.last; ++k)
    delegation |= IsAnyOf(At(k).lower, {"delegation", "visiting", "counterpart", "envoy", "envoys"});
  int actor = ActorOf(visitor);
  bool person = actor >= 0 && actors_.at(actor).actor.kind() == PERSON;
  // ("welcomed the decision": only with a place the visitor comes to)
  bool to_place = lemma != "welcome" || At(m.last).lower == "to" || At(m.last).lower == "in" || delegation;
  return (person || delegation) && to_place ? host : nullptr;
}

// Whether the object after token `after` is an event noun of its own ("condolences", "support").
bool SentenceReader::OffersEventNoun(uint32_t after) const {
  for (uint32_t k = after; k < tokens_.size() && k < after + 4; ++k) {
    if (IsAnyOf(At(k).tag, {"DT", "PRP$", "JJ"})) continue;
    uint32_t first;
    return At(k).tag.rfind("NN", 0) == 0 && mention_at_[k] < 0 && NounEntries(k, &first) != nullptr &&
           At(k).lemma != "offer";
  }
  return false;
}

// "released a statement", "released video footage": publishing, no release of anyone.
bool SentenceReader::Publishes(const VerbGroup& group, uint32_t after) const {
  static const WordSet* published = new WordSet{
      "video", "videos", "footage", "figures", "data", "details", "tape", "recording", "photos", "photographs",
      "images", "pictures", "results", "list", "names", "transcript", "text", "book", "album", "film", "plan"};
  if (At(group.head).lemma != "release" || group.passive) return false;
  for (uint32_t k = after; k < tokens_.size() && k < after + 5; ++k) {
    if (At(k).tag.rfind("NN", 0) == 0 && mention_at_[k] < 0 &&
        (k + 1 >= tokens_.size() || At(k + 1).tag.rfind("NN", 0) != 0))  // the head of the phrase
      return DocumentNouns().count(At(k).lower) || published->count(At(k).lower);
    if (!IsAnyOf(At(k).tag, {"DT", "JJ", "CD", "PRP$", "NN", "NNS", "VBN"})) return false;
  }
  return false;
}

// "set the police station on fire", "set cars alight": arson, done to the object.
const EventEntry* SentenceReader::SetsOnFire(const VerbGroup& group) const {
  static const EventEntry* arson = RuleEntry(ASSAULT, "190", "set_on_fire", true);
  if (At(group.head).lemma != "set") return nullptr;
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 8; ++k) {
    if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") break;
    if (IsAnyOf(At(k).lower, {"alight", "ablaze", "afire"}) ||
        (At(k).lower == "on" && k + 1 < tokens_.size() && At(k + 1).lower == "fire"))
      return arson;
  }
  return nullptr;
}

// "The Indian prime minister arrived in Tokyo on Monday": a person of one country arriving in
// another visits it (CAMEO 042); refugees and troops arriving are no visit.
const EventEntry* SentenceReader::ArrivesAbroad(const VerbGroup& group, int g) {
  static const EventEntry* visit = RuleEntry(CONSULT, "042", "arrive", false, false, {"in"});
  if (At(group.head).lemma != "arrive" || group.passive || At(group.head + 1).lower != "in") return nullptr;
  // (a city's country too; -1 for a mention that names no one)
  int place = MentionAt(group.head + 2) >= 0 ? mentions_[MentionAt(group.head + 2)].actor : -1;
  int visitor = ActorOf(Subject(g));
  if (place < 0 || visitor < 0 || !actors_.at(visitor).is_person) return nullptr;
  int host = actors_.CountryOf(place);
  int home = actors_.CountryOf(visitor);
  return host >= 0 && home >= 0 && host != home ? visit : nullptr;
}

// "came under mortar fire", "came under attack": the subject was attacked.
const EventEntry* SentenceReader::UnderFire(const VerbGroup& group) const {
  static const EventEntry* assault = RuleEntry(ASSAULT, "190", kSuffered);
  static const EventEntry* accuse = RuleEntry(ACCUSE, "111", kSuffered);
  // ("the garrison is under heavy artillery fire", "remained under attack")
  if (!IsAnyOf(At(group.head).lemma, {"come", "be", "remain"}) || At(group.head + 1).lower != "under") return nullptr;
  for (uint32_t k = group.head + 2; k < tokens_.size() && k < group.head + 5; ++k) {
    if (IsAnyOf(At(k).lower, {"fire", "attack", "attacks", "shelling", "bombardment", "assault"})) {
      // "came under fire from critics": criticism, unless arms are named
      bool verbal = At(k).lower == "fire" && !IsAnyOf(At(k - 1).lower, {"heavy", "mortar", "rocket", "artillery",
                                                                        "sniper", "machine-gun", "gun", "tank"});
      for (uint32_t j = k + 1; verbal && j < tokens_.size() && j < k + 4; ++j)
        if (IsAnyOf(At(j).lower, {"critics", "opposition", "lawmakers", "activists", "over", "for"})) return accuse;
      return assault;
    }
    if (IsAnyOf(At(k).lower, {"criticism", "scrutiny", "pressure"})) return accuse;
  }
  return nullptr;
}

// "faced criticism", "faces charges of fraud", "is facing sanctions", "received death threats":
// the subject suffers the act.
const EventEntry* SentenceReader::Faces(const VerbGroup& group) const {
  static const EventEntry* accuse = RuleEntry(ACCUSE, "112", kSuffered);
  static const EventEntry* sanction = RuleEntry(SANCTION, "160", kSuffered);
  static const EventEntry* protest = RuleEntry(PROTEST, "140", kSuffered);
  static const EventEntry* request = RuleEntry(REQUEST, "100", kSuffered);
  // "survived an assassination attempt", "narrowly escaped a rocket attack", "the base has
  // experienced repeated attacks", "suffered a suicide bombing"
  const bool withstands = IsAnyOf(At(group.head).lemma, {"survive", "escape", "experience", "endure", "sustain",
                                                         "suffer", "withstand", "repel", "repulse", "fend"});
  // "will stand trial for fraud", "went on trial": the subject is accused
  if (!group.negated && ((At(group.head).lemma == "stand" && At(group.head + 1).lower == "trial") ||
                         (At(group.head).lemma == "go" && At(group.head + 1).lower == "on" &&
                          At(group.head + 2).lower == "trial")))
    return accuse;
  if (group.negated) return nullptr;
  // "won the backing of the army", "gathered support from MPs", "enjoys the support of": the
  // subject is supported
  static const EventEntry* support = RuleEntry(SUPPORT, "050", kSuffered);
  static const EventEntry* aid = RuleEntry(AID, "070", kSuffered);
  static const EventEntry* phoned = RuleEntry(CONSULT, "041", kSuffered);
  // "received a phone call from the Turkish prime minister", "took a call from": the caller
  // talks with the subject
  if (IsAnyOf(At(group.head).lemma, {"receive", "get", "take"})) {
    for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k) {
      bool call = At(k).lower == "call" || At(k).lower == "calls";
      if (call && (IsAnyOf(At(k - 1).lower, {"phone", "telephone"}) || (At(k).lower == "call" && At(k + 1).lower == "from")))
        return phoned;
      if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") break;
    }
  }
  if (IsAnyOf(At(group.head).lemma, {"receive", "draw", "attract", "earn", "win", "gain", "garner", "gather",
                                     "enjoy", "secure", "get", "obtain", "command"})) {
    for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k) {
      if (IsAnyOf(At(k).lower, {"support", "backing", "endorsement", "endorsements", "praise", "approval",
                                "blessing", "plaudits"}))
        return support;
      // "received aid from Japan", "got weapons from Iran": the subject is given it
      if (IsAnyOf(At(group.head).lemma, {"receive", "get", "obtain", "secure", "accept"}) &&
          IsAnyOf(At(k).lower, {"aid", "assistance", "loan", "loans", "grant", "grants", "weapons", "arms",
                                "donations", "supplies", "funding", "relief"}))
        return aid;
      if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") break;
    }
  }
  if (!withstands && !IsAnyOf(At(group.head).lemma, {"face", "receive", "draw", "attract", "earn", "incur"}))
    return nullptr;
  static const EventEntry* threaten = RuleEntry(THREATEN, "130", kSuffered);
  static const EventEntry* assault = RuleEntry(ASSAULT, "190", kSuffered);
  if (withstands) {
    for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k)
      if (IsAnyOf(At(k).lower, {"attack", "attacks", "attempt", "ambush", "bombing", "bombings", "shooting",
                                "assault", "assaults", "raid", "raids", "offensive", "onslaught", "shelling"}))
        return assault;
    if (At(group.head).lemma != "suffer") return nullptr;
  }
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k)
    if (IsAnyOf(At(k).lower, {"threats", "threat", "ultimatum"})) return threaten;  // "received death threats"
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k) {
    const std::string& w = At(k).lower;
    if (IsAnyOf(w, {"criticism", "criticisms", "charges", "charge", "accusations", "allegations", "questioning",
                    "condemnation", "lawsuit", "lawsuits", "investigation", "prosecution", "trial", "censure"}))
      return accuse;
    if (IsAnyOf(w, {"sanctions", "embargo", "boycott", "expulsion"})) return sanction;
    if (IsAnyOf(w, {"protests", "demonstrations", "strikes"})) return protest;
    if (IsAnyOf(w, {"calls", "demands", "pressure"})) return request;
    if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") break;
  }
  return nullptr;
}

// "fired tear gas at the students", "used water cannon and rubber bullets on the crowd":
// repression (CAMEO 175), not an armed attack.
const EventEntry* SentenceReader::RiotControl(const VerbGroup& group, const EventEntry* entry) const {
  static const EventEntry* repression = RuleEntry(COERCE, "175", "", false, false, {"at", "on", "against", "into"});
  if (!IsAnyOf(At(group.head).lemma, {"fire", "shoot", "use", "lob", "spray"})) return entry;
  for (uint32_t k = group.head + 1; k + 1 < tokens_.size() && k < group.head + 4; ++k) {
    const std::string& w = At(k).lower;
    const std::string& next = At(k + 1).lower;
    if ((w == "tear" && (next == "gas" || next == "gases")) || (w == "rubber" && next == "bullets") ||
        (w == "water" && (next == "cannon" || next == "cannons")) || (w == "pepper" && next == "spray") ||
        (w == "stun" && next == "grenades") || w == "teargas")
      return repression;
    if (!IsAnyOf(At(k).tag, {"DT", "JJ", "CD", "RB"})) break;
  }
  return entry;
}

// "violated the truce", "broke the ceasefire": where the truce noun stands after the verb of
// group (an act of force, CAMEO 196), 0 when the verb breaks none.
uint32_t SentenceReader::TruceBroken(const VerbGroup& group) const {
  if (group.negated || !IsAnyOf(At(group.head).lemma, {"violate", "break", "breach"})) return 0;
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k) {
    if (IsAnyOf(At(k).lower, {"ceasefire", "truce", "cease-fire", "armistice", "ceasefires", "truces"}))
      return k;
    if (!IsAnyOf(At(k).tag, {"DT", "JJ", "PRP$", "RB", "POS", "NNP"}) && MentionAt(k) < 0) return 0;
  }
  return 0;
}

// "put its armed forces on high alert", "placed troops on standby", "police were on high
// alert": a mobilization.
const EventEntry* SentenceReader::OnAlert(const VerbGroup& group) const {
  static const EventEntry* mobilize = RuleEntry(MOBILIZE, "152");
  bool copula = IsAnyOf(At(group.head).lemma, {"be", "remain", "stay"}) && At(group.head + 1).lower == "on";
  if (!copula && !IsAnyOf(At(group.head).lemma, {"put", "place", "keep"})) return nullptr;
  for (uint32_t k = group.head + 1; k + 1 < tokens_.size() && k < group.head + (copula ? 2 : 8); ++k)
    if (At(k).lower == "on" && (IsAnyOf(At(k + 1).lower, {"alert", "standby"}) ||
                                (k + 2 < tokens_.size() && IsAnyOf(At(k + 2).lower, {"alert", "standby", "footing"}))))
      return mobilize;
  return nullptr;
}

// "cut diplomatic ties with Qatar", "severed relations with": a sanction.
const EventEntry* SentenceReader::CutTies(const VerbGroup& group) const {
  static const EventEntry* sanction = RuleEntry(SANCTION, "161", "", false, false, {"with"});
  if (!IsAnyOf(At(group.head).lemma, {"cut", "sever", "break", "suspend", "downgrade", "freeze", "end"}))
    return nullptr;
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 5; ++k)
    if (IsAnyOf(At(k).lower, {"ties", "relations", "contacts", "links"})) return sanction;
  return nullptr;
}

// "cut aid to Malawi", "halted gas supplies to Ukraine", "slashed funding for the agency": aid
// reduced or stopped (CAMEO 162), not aid given; not "cut taxes" or "halted the talks".
const EventEntry* SentenceReader::StopsAid(const VerbGroup& group) const {
  static const EventEntry* stop = RuleEntry(SANCTION, "162", "", false, false, {"to", "from", "for"});
  static const WordSet* stopping = new WordSet{"cut",  "reduce", "slash",    "halt",   "suspend", "freeze",
                                               "stop", "end",    "withhold", "cancel", "curtail", "scale"};
  if (group.negated || !stopping->count(At(group.head).lemma)) return nullptr;
  return WordAfterHead(group, 5, {"aid", "assistance", "supplies", "funding", "funds", "loans", "credits",
                                  "deliveries", "shipments", "subsidies", "grants"}) >= 0
             ? stop : nullptr;
}

// "was refused entry to the country", "denied the monitors access": a refusal, not a denial.
const EventEntry* SentenceReader::DeniesAccess(const VerbGroup& group) const {
  static const EventEntry* refusal = RuleEntry(REJECT, "120", "", true);
  if (!IsAnyOf(At(group.head).lemma, {"deny", "refuse"})) return nullptr;
  return WordAfterHead(group, 5, {"access", "entry", "permission", "visa", "visas", "bail", "asylum", "passage",
                                  "admission", "landing", "accreditation"}) >= 0
             ? refusal : nullptr;
}

// Where one of `words` stands in the `span` tokens after the group's head, before another verb
// or a comma; -1 if nowhere.
int SentenceReader::WordAfterHead(const VerbGroup& group, uint32_t span,
                                  std::initializer_list<const char*> words) const {
  for (uint32_t k = group.head + 1; k < tokens_.size() && k <= group.head + span; ++k) {
    if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") return -1;
    if (IsAnyOf(At(k).lower, words)) return static_cast<int>(k);
  }
  return -1;
}

// "takes no blame for", "disputed the casualty count", "contested the report": a denial of
// what is said of the subject, whose content goes unnamed.
const EventEntry* SentenceReader::DisclaimsOrDisputes(const VerbGroup& group) const {
  static const EventEntry* denial = RuleEntry(DENY, "016", kUnnamedDenial);
  const std::string& lemma = At(group.head).lemma;
  uint32_t next = group.head + 1;
  if (IsAnyOf(lemma, {"accept", "take", "bear", "assume", "admit", "claim"}) && next + 1 < tokens_.size() &&
      At(next).lower == "no" &&
      IsAnyOf(At(next + 1).lower, {"responsibility", "blame", "liability", "wrongdoing", "guilt"}))
    return denial;
  // "inspectors found no evidence for the claim", "saw no sign of troops": a denial of it
  // (with the clause it finds no evidence for as content: "found no evidence that troops crossed")
  static const EventEntry* no_evidence = RuleEntry(DENY, "016", kUnnamedDenial, false, true);
  if (IsAnyOf(lemma, {"find", "see"}) && !group.passive && next + 1 < tokens_.size() && At(next).lower == "no" &&
      IsAnyOf(At(next + 1).lower, {"evidence", "proof", "sign", "signs", "trace", "indication"}))
    return no_evidence;
  if (!IsAnyOf(lemma, {"dispute", "contest", "challenge", "question"}) || group.passive) return nullptr;
  return WordAfterHead(group, 4, {"claim", "claims", "report", "reports", "figures", "figure", "account",
                                  "accounts", "allegation", "allegations", "accusation", "accusations", "version",
                                  "charges"}) >= 0
             ? denial : nullptr;
}

// A mention of people in tokens [from, to): persons, groups, forces, not countries or bodies.
bool SentenceReader::PeopleBetween(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to; ++k) {
    if (mention_at_[k] >= 0 && IsAnyOf(mentions_[mention_at_[k]].pronoun, {"him", "her", "them", "me", "us"}))
      return true;
    int actor = mention_at_[k] >= 0 ? ActorOf(mention_at_[k]) : -1;
    if (actor < 0) continue;
    ActorKind kind = actors_.at(actor).actor.kind();
    // (and a government's people named in the plural: "three policemen", "two diplomats")
    bool officials = kind == GOVERNMENT && At(mentions_[mention_at_[k]].last - 1).tag == "NNS";
    return kind == PERSON || kind == GROUP || kind == MILITARY || kind == MEDIA || officials;
  }
  return false;
}

// "have been held on suspicion of", "kept him in custody", "were held hostage": a detention
// (or, for hostages, an abduction), done to the object or the passive subject.
const EventEntry* SentenceReader::HeldCaptive(const VerbGroup& group) const {
  static const EventEntry* detention = RuleEntry(COERCE, "173", "", true);
  static const EventEntry* abduction = RuleEntry(ASSAULT, "181", "", true);
  // (and "were taken into custody", "took two soldiers prisoner", "was taken hostage")
  bool take = At(group.head).lemma == "take";
  if (!take && !IsAnyOf(At(group.head).lemma, {"hold", "keep"})) return nullptr;
  for (uint32_t k = group.head + 1; k < tokens_.size() && k < group.head + 6; ++k) {
    if (clauses_.GroupAt(k) >= 0 || At(k).text == ",") break;
    // ("to take the Olympics hostage": only people are taken)
    if (take && !group.passive && !PeopleBetween(group.head + 1, k)) continue;
    if (IsAnyOf(At(k).lower, {"hostage", "hostages"})) return abduction;
    if (take) {
      if (IsAnyOf(At(k).lower, {"prisoner", "prisoners", "captive"}) ||
          (At(k).lower == "into" && IsAnyOf(At(k + 1).lower, {"custody", "detention"})))
        return detention;
      continue;
    }
    if (IsAnyOf(At(k).lower, {"suspicion", "custody", "detention", "captive", "incommunicado", "prisoner",
                              "prisoners"}) ||
        (At(k).lower == "without" && k + 1 < tokens_.size() && IsAnyOf(At(k + 1).lower, {"charge", "trial"})))
      return detention;
  }
  return nullptr;
}

// "the plan was dismissed by Kenya", "the allegations were rejected by the ministry": in the
// passive the subject is what was refused (or denied, when it is a claim), not a clause.
const EventEntry* SentenceReader::RefusedInPassive(const std::vector<EventEntry>& entries, const VerbGroup& group,
                                                   const EventEntry* chosen) const {
  static const EventEntry* denial = RuleEntry(DENY, "016", kUnnamedDenial);
  // (back over a participle's phrase: "a draft calling for talks with the rebels was rejected")
  for (uint32_t k = group.first; k > 0 && k + 10 > group.first; --k) {
    int other = clauses_.GroupAt(k - 1);
    if (At(k - 1).text == "," || (other >= 0 && clauses_.verb_groups()[other].finite)) break;
    const std::string& w = At(k - 1).lower;
    if (ClaimNouns().count(w)) return denial;
    if (IsAnyOf(w, {"proposal", "proposals", "plan", "plans", "offer", "offers", "demand", "demands", "request",
                    "requests", "initiative", "idea", "resolution", "appeal", "appeals", "bid", "ultimatum"})) {
      for (const auto& e : entries)
        if (e.event_class == REJECT) return &e;
      return chosen;
    }
  }
  return chosen;
}

// Does a clause or quotation follow the verb ("denied that ...", "dismissed talk of ...")?
bool SentenceReader::TakesClause(uint32_t after) const {
  uint32_t j = after;
  while (j < tokens_.size() && (mention_at_[j] >= 0 || At(j).tag == "RB" || At(j).text == ",")) ++j;
  if (j >= tokens_.size()) return false;
  const Token& t = At(j);
  if (t.lower == "that" || IsQuoteToken(t) || t.text == ":") return true;
  if (clauses_.GroupAt(j) >= 0) return true;  // "denied cooperating", "said Iran attacked"
  for (uint32_t k = j; k < j + 4 && k < tokens_.size(); ++k)
    if (HedgeNouns().count(At(k).lower)) return true;
  return false;
}

const EventEntry* SentenceReader::ChooseEntry(const std::vector<EventEntry>& entries, uint32_t after) const {
  if (entries.empty()) return nullptr;
  // "dismissed the proposal", "dismissed Smith's suggestion that the parties should merge": a
  // refusal of what someone proposed
  for (uint32_t k = after; k < tokens_.size() && k < after + 5; ++k) {
    if (clauses_.GroupAt(k) >= 0) break;
    bool proposal = IsAnyOf(At(k).lower, {"proposal", "proposals", "plan", "plans", "offer", "offers", "demand",
                                          "demands", "request", "requests", "initiative", "idea"});
    if (IsAnyOf(At(k).lower, {"suggestion", "suggestions"}))
      for (uint32_t j = k + 1; j < tokens_.size() && j < k + 10; ++j)
        proposal = proposal || IsAnyOf(At(j).lower, {"should", "must", "ought"});
    if (!proposal) continue;
    for (const auto& e : entries)
      if (e.event_class == REJECT) return &e;
    break;
  }
  // "rejected accusations that ...", "dismissed reports of ...": a denial
  static const EventEntry* deny = RuleEntry(DENY, "016", "", false, true);
  if (entries.front().event_class == REJECT) {
    for (uint32_t k = after; k < tokens_.size() && k < after + 4; ++k) {
      if (ClaimNouns().count(At(k).lower) || IsAnyOf(At(k).lower, {"suggestion", "suggestions"})) return deny;
      if (clauses_.GroupAt(k) >= 0) break;
    }
  }
  bool clause = TakesClause(after);
  // "rallied behind the president" / "rallied against", "spoke by telephone with Putin": the
  // sense whose preposition follows (within a few words, before any other verb)
  if (entries.size() > 1 && after < tokens_.size() && !clause) {
    for (uint32_t k = after; k < tokens_.size() && k < after + 4; ++k) {
      if (clauses_.GroupAt(k) >= 0 || At(k).text == "," || mention_at_[k] >= 0) break;
      for (const auto& e : entries)
        if (std::find(e.target_prepositions.begin(), e.target_prepositions.end(), At(k).lower) !=
            e.target_prepositions.end())
          return &e;
    }
  }
  for (const auto& e : entries) {
    // a sense known only by its preposition ("insisted on") was chosen above if it applies
    if (clause ? e.speech : (e.direct_object || (!e.speech && e.target_prepositions.empty()))) return &e;
  }
  return &entries.front();
}

// "urged Russia to withdraw its troops", "called on Iran to halt its programme": the possessive
// right after the infinitive belongs to the infinitive's subject, not the sentence's.
void SentenceReader::ResolveInfinitivePossessives() {
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!groups[g].infinitive || groups[g].last >= tokens_.size()) continue;
    int pronoun = mention_at_[groups[g].last];
    if (pronoun < 0) continue;
    Mention& m = mentions_[pronoun];
    if (m.form != MentionForm::kPronoun || (!m.possessive && m.body < 0) || !IsAnyOf(m.pronoun, {"its", "their"}))
      continue;
    int controller = Subject(static_cast<int>(g));
    if (controller < 0 || mentions_[controller].form == MentionForm::kPronoun || ActorOf(controller) < 0) continue;
    // only a controller before the infinitive that is not the sentence's own subject changes anything
    if (mentions_[controller].last + 1 != groups[g].first) continue;
    int owner = ActorOf(controller);
    if (actors_.at(owner).is_person) continue;
    m.actor = m.body >= 0 ? actors_.BodyOf(m.body, owner) : owner;
  }
}

// "The report said", "a leaked memo states": a document that no actor issued speaks as the
// subject of a speech verb; e keeps its words as the speaker.
// (so does a body, a paper or a source that the lexicons tie to no one: "the commission said",
// "the paper says", "industry sources said", '"...," said one source')
void SentenceReader::SpeakingDocument(const VerbGroup& group, DraftEvent& e) const {
  static const WordSet* speakers = new WordSet{
      "commission", "committee", "agency", "department", "council", "board", "panel", "tribunal",
      "paper", "newspaper", "magazine", "daily", "source", "sources", "statistics", "bureau", "office"};
  auto speaks = [&](uint32_t k) {
    return mention_at_[k] < 0 && At(k).tag.rfind("NN", 0) == 0 &&
           (DocumentNouns().count(At(k).lower) || speakers->count(At(k).lower));
  };
  uint32_t last = group.first;
  while (last > 0 && At(last - 1).tag == "RB") --last;
  // '"...," said one source': after the verb, when a quotation or a comma stands before it
  bool inverted = group.first > 0 && (IsQuoteToken(At(group.first - 1)) || At(group.first - 1).text == ",");
  if (inverted && group.last < tokens_.size()) {
    uint32_t k = group.last;
    while (k < tokens_.size() && k < group.last + 4 && mention_at_[k] < 0 &&
           IsAnyOf(At(k).tag, {"DT", "CD", "JJ", "NN", "NNS"}) && !speaks(k))
      ++k;
    if (k < tokens_.size() && speaks(k) && (k + 1 >= tokens_.size() || At(k + 1).tag.rfind("NN", 0) != 0)) {
      e.speaker_thing_first = group.last;
      e.speaker_thing_last = k + 1;
      return;
    }
  }
  if (last == 0 || !speaks(last - 1)) return;
  uint32_t first = last - 1;
  // (past a country's adjective, which names no issuer: "the Swedish inquiry")
  auto adjective = [&](uint32_t k) {
    return mention_at_[k] >= 0 && mentions_[mention_at_[k]].form == MentionForm::kAdjective;
  };
  while (first > 0 && (adjective(first - 1) ||
                       (mention_at_[first - 1] < 0 && IsAnyOf(At(first - 1).tag, {"JJ", "NN", "NNS", "CD", "VBN"}))))
    --first;
  if (first > 0 && IsAnyOf(At(first - 1).tag, {"DT", "PRP$"})) --first;
  if (first > 0 && (IsPreposition(At(first - 1)) || mention_at_[first - 1] >= 0)) return;
  e.speaker_thing_first = first;
  e.speaker_thing_last = last;
}

void SentenceReader::FindVerbEvents() {
  ResolveInfinitivePossessives();
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    uint32_t trigger_end;
    const auto& entries = VerbEntries(group, &trigger_end);
    // "pledged delegates", "agreed terms": a participle used as an adjective names no act, unless
    // it is an act done to someone ("kidnapped journalists")
    if (group.first == group.head && At(group.head).tag == "VBN" && group.head + 1 < tokens_.size() &&
        At(group.head + 1).tag.rfind("NN", 0) == 0 && (group.head == 0 || At(group.head - 1).tag == "DT" ||
                                                       At(group.head - 1).tag == "CD" || At(group.head - 1).tag == "JJ")) {
      if (!entries.empty() && entries.front().event_class != ASSAULT && entries.front().event_class != COERCE) continue;
    }
    // "a crushing defeat", "the devastating blow": a violent -ing word between an article and its
    // noun is an adjective ("the negotiating teams" still negotiate)
    if (group.first == group.head && At(group.head).tag == "VBG" && group.head > 0 &&
        group.head + 1 < tokens_.size() && IsAnyOf(At(group.head - 1).lower, {"a", "an", "the"}) &&
        At(group.head + 1).tag.rfind("NN", 0) == 0 && !entries.empty() && entries.front().event_class == ASSAULT)
      continue;
    // "a statement released by the army", "the letter, signed by 40 MPs,": a document's issuing
    // is no act of its own (its issuer speaks through it)
    if (group.first == group.head && At(group.head).tag == "VBN" && group.head > 0 &&
        IsAnyOf(At(group.head).lemma, {"release", "issue", "sign", "publish", "send", "write", "read", "deliver",
                                       "post", "circulate", "submit", "leak", "draft", "prepare"})) {
      uint32_t before = At(group.head - 1).text == "," ? group.head - 1 : group.head;
      if (before > 0 && DocumentNouns().count(At(before - 1).lower) && mention_at_[before - 1] < 0) continue;
    }
    const EventEntry* entry = DeniesAccess(group);
    if (!entry) entry = DisclaimsOrDisputes(group);
    if (!entry) entry = ReceivesVisitor(group);
    if (!entry) entry = StopsAid(group);
    if (!entry) entry = ChooseEntry(entries, trigger_end);
    if (entry && entry->speech && group.passive) entry = RefusedInPassive(entries, group, entry);
    // "the court ruled that ...", '"...," the court ruled': not "ruled the country"
    if (entry && entry->clause_only && !TakesClause(trigger_end)) {
      bool quoted = false;
      for (uint32_t k = 0; k < group.first; ++k) quoted |= IsQuoteToken(At(k));
      if (!quoted) entry = nullptr;
    }
    if (!entry) entry = HeldCaptive(group);
    if (!entry && IsAnyOf(At(group.head).lemma, {"call", "want", "push", "need", "expect"}) && !group.negated)
      entry = CallToRequest(group);
    // "told Iran to stop", "instructed the army not to fire", "the court ordered the government
    // to release them": an order
    if (IsAnyOf(At(group.head).lemma, {"tell", "instruct", "advise", "order", "direct", "command"}) &&
        !group.negated)
      if (const EventEntry* order = CallToRequest(group)) entry = order;
    if (!entry && IsAnyOf(At(group.head).lemma, {"call", "describe", "brand", "label"})) entry = CallItFalse(group);
    if (entry && entry->event_class == ASSAULT) entry = WordsAttacked(group, trigger_end, entry);
    if (entry && entry->event_class == ASSAULT) entry = RiotControl(group, entry);
    if (entry && entry->event_class == CONCEDE && Publishes(group, trigger_end)) continue;
    // "offered condolences to", "offered its support": the noun is the event, the verb lends it
    // its subject
    if (entry && At(group.head).lemma == "offer" && OffersEventNoun(trigger_end)) continue;
    if (!entry) entry = AttendsNamedMeeting(group);
    if (!entry) entry = WantsThing(group);
    if (!entry) entry = CutTies(group);
    if (!entry) entry = UnderFire(group);
    if (!entry) entry = SetsOnFire(group);
    // ("gathered support from": not a crowd gathering)
    if (const EventEntry* faced = entry && entry->event_class != PROTEST ? nullptr : Faces(group))
      entry = !entry || faced->event_class == SUPPORT ? faced : entry;
    if (!entry) entry = OnAlert(group);
    static const EventEntry* truce_broken = RuleEntry(ASSAULT, "196");
    if (!entry && TruceBroken(group) > 0) entry = truce_broken;
    if (!entry) entry = ArrivesAbroad(group, static_cast<int>(g));
    // "some 2,000 protesters took part": a demonstration
    if (!entry && At(group.head).lemma == "take" && At(group.head + 1).lower == "part" &&
        At(group.head + 2).lower != "in") {
      static const EventEntry* protest = RuleEntry(PROTEST, "141");
      int subject = Subject(static_cast<int>(g));
      for (uint32_t k = subject >= 0 ? mentions_[subject].first : 0; subject >= 0 && k < mentions_[subject].last; ++k)
        if (IsAnyOf(At(k).lower, {"protesters", "protestors", "demonstrators", "marchers", "strikers"})) entry = protest;
    }
    if ((!entry || entry->event_class == STATEMENT) &&
        IsAnyOf(At(group.head).lemma,
                {"call", "label", "brand", "describe", "consider", "list", "designate", "name", "identify"})) {
      if (const EventEntry* names = CallNames(group)) entry = names;
    }
    if (!entry) continue;
    DraftEvent e;
    e.event_class = entry->event_class;
    e.cameo = entry->cameo;
    e.trigger_first = group.head;
    e.trigger_last = trigger_end;
    e.negated = group.negated || (!entry->speech && clauses_.NegatedBefore(group.head) && !group.passive) ||
                NoneSubject(group);  // "no suspects have been arrested"
    e.modality = group.modality;
    e.rule = absl::StrCat("verb:", At(group.head).lemma, entry->speech ? ":speech" : "");
    e.denies_unnamed = entry->lemma == kUnnamedDenial;
    e.stands_alone = entry->lemma == "attend";  // a named meeting stands with no one met
    uint32_t end = clauses_.ClauseEnd(trigger_end, static_cast<int>(g));
    int subject = Subject(static_cast<int>(g));
    bool by_preposition = false;
    // The phrase's own preposition ("fight alongside", "call on") takes a direct object.
    uint32_t object_from = trigger_end;
    // "called on Iran to release the researchers": the object of the phrase's own preposition first
    int object = -1;
    if (trigger_end > group.head + 1 && entry->direct_object && IsPreposition(At(trigger_end - 1)) &&
        mention_at_[trigger_end] >= 0)
      object = mention_at_[trigger_end];
    if (object < 0)
      object = Object(object_from, end, entry->direct_object, entry->target_prepositions, &by_preposition,
                      entry->event_class);
    if (trigger_end > group.head + 1 && object < 0 && entry->direct_object)
      object = Object(object_from, end, false, {At(trigger_end - 1).lower}, &by_preposition);
    // "the party is opposed to the bill": a stance of the subject, not a passive
    bool stance = group.passive && At(group.head).lemma == "oppose" && At(trigger_end).lower == "to";
    if (stance) object = Object(trigger_end, end, false, {"to"});
    if (group.passive && !stance) {
      int agent = Object(trigger_end, end, false, {"by"});
      e.source_mention = agent;
      e.target_mention = subject;
      if (object >= 0 && by_preposition && object != agent) e.target_mention = object;
    } else {
      e.source_mention = subject;
      e.target_mention = object;
    }
    // "Iran, which the U.S. calls a sponsor of terrorism": the relative pronoun is the object
    if (e.target_mention < 0 && !group.passive && e.source_mention >= 0 && entry->direct_object) {
      uint32_t before = mentions_[e.source_mention].first;
      if (before > 0 && IsAnyOf(At(before - 1).lower, {"which", "whom", "that"}) &&
          (At(before - 1).tag == "WDT" || At(before - 1).tag == "WP" || At(before - 1).lower != "that"))
        e.target_mention = Antecedent(before - 1);
    }
    e.source = ActorOf(e.source_mention);
    e.target = ActorOf(e.target_mention);
    if (entry->speech && e.source < 0 && !group.passive) SpeakingDocument(group, e);
    // "Fighting between the army and the rebels killed ...": the sides of a gerund with no subject
    if (e.source < 0 && group.gerund && !group.passive && At(trigger_end).lower == "between") {
      int between = Object(trigger_end, std::min<uint32_t>(end, trigger_end + 4), false, {"between"});
      if (between >= 0) TakeBetween(between, end, e);
    }
    if (std::find(parsed_subject_.begin(), parsed_subject_.end(), static_cast<int>(g)) != parsed_subject_.end())
      e.rule += ":parsed-subject";
    // "recalled its ambassador from Sweden": the subject's own envoy is no target; the
    // preposition's object is
    bool own_envoy = e.target_mention > 0 && mentions_[e.target_mention - 1].possessive &&
                     mentions_[e.target_mention - 1].last == mentions_[e.target_mention].first &&
                     mentions_[e.target_mention - 1].actor == e.source;
    if (!group.passive && e.source >= 0 && e.target >= 0 && e.target != e.source &&
        (own_envoy || actors_.IsRelated(e.source, e.target)) && !entry->target_prepositions.empty()) {
      for (int m = e.target_mention + 1; m < static_cast<int>(mentions_.size()) && mentions_[m].first < end; ++m) {
        const auto& preps = entry->target_prepositions;
        int actor = mentions_[m].actor;
        // ("recalled its ambassador to Colombia", "its envoy in Caracas": where the envoy is posted)
        bool posted = own_envoy && IsAnyOf(mentions_[m].preposition, {"to", "in"}) &&
                      IsEnvoy(mentions_[e.target_mention].last - 1);
        if (actor < 0 || (!posted && std::find(preps.begin(), preps.end(), mentions_[m].preposition) == preps.end()) ||
            actors_.IsRelated(e.source, actor))
          continue;
        e.target_mention = m;
        e.target = actor;
        break;
      }
    }
    if (e.source >= 0 && e.source == e.target) {
      e.target = -1;
      e.target_mention = -1;
    }
    // "sent a letter to the premier asking that she ...": whom the request was written to
    if (e.event_class == REQUEST && e.target < 0 && group.gerund && group.first > 0 &&
        mention_at_[group.first - 1] >= 0 && mentions_[mention_at_[group.first - 1]].preposition == "to" &&
        ActorOf(mention_at_[group.first - 1]) != e.source) {
      e.target_mention = mention_at_[group.first - 1];
      e.target = ActorOf(e.target_mention);
    }
    bool suffered = false;  // the subject suffers the act
    if (entry->lemma == kSuffered) {
      // the subject of "came under fire", "faced criticism" is the target; "from critics", "by
      // the Taliban" names the source
      suffered = true;
      e.target_mention = e.source_mention;
      e.target = e.source;
      // ("Kenya's intervention drew criticism": whose act it was)
      if (e.target < 0) {
        uint32_t start = clauses_.ClauseStart(group.first);
        int owner = MentionAt(start) >= 0 ? MentionAt(start) : (At(start).lower == "the" ? MentionAt(start + 1) : -1);
        if (owner >= 0 && mentions_[owner].form != MentionForm::kPronoun && mentions_[owner].last < group.first &&
            (mentions_[owner].possessive || mentions_[owner].form == MentionForm::kAdjective)) {
          e.target_mention = owner;
          e.target = ActorOf(owner);
        }
      }
      e.source_mention = e.event_class == SUPPORT ? Object(trigger_end, end, false, {"by", "from", "of"})
                                                  : Object(trigger_end, end, false, {"by", "from"});
      e.source = ActorOf(e.source_mention);
      if (e.source == e.target) {
        e.source_mention = -1;
        e.source = -1;
      }
    }
    // "The UN condemned the attack": an accusation of whoever did the act just reported
    if (e.event_class == ACCUSE && e.target < 0 && At(trigger_end).lower == "the" && trigger_end + 1 < tokens_.size()) {
      uint32_t first;
      const auto* act = At(trigger_end + 1).tag.rfind("NN", 0) == 0 ? NounEntries(trigger_end + 1, &first) : nullptr;
      Salience::Fact fact = salience_.RecentFact();
      if (act && fact.event_class == act->front().event_class && fact.source >= 0 && fact.source != e.source) {
        e.target = fact.source;
        e.rule += ":earlier-act";
      }
    }
    // "rejected the ceasefire proposal put forward by Egypt", "welcomed Washington's plan": a
    // stand on a proposal is a stand on whoever made it
    if (e.target < 0 && e.source >= 0 && !group.passive &&
        (e.event_class == REJECT || e.event_class == SUPPORT || e.event_class == AGREE)) {
      static const WordSet* proposals = new WordSet{
          "proposal", "proposals", "plan", "plans", "offer", "offers", "initiative", "demand", "demands",
          "request", "requests", "call", "calls", "bid", "idea", "proposition", "suggestion", "resolution", "draft",
          "declaration", "declarations", "ceasefire", "ceasefires", "cease-fire", "cease-fires", "truce", "overture",
          "overtures", "ultimatum", "conditions", "terms"};
      for (uint32_t j = trigger_end; j < tokens_.size() && j < trigger_end + 5; ++j) {
        if (!proposals->count(At(j).lower)) continue;
        int owner = -1;
        if (j > 0 && mention_at_[j - 1] >= 0 && mentions_[mention_at_[j - 1]].possessive) owner = mention_at_[j - 1];
        for (uint32_t b = j + 1; owner < 0 && b + 1 < tokens_.size() && b < j + 6; ++b) {
          if (At(b).text == "," || At(b).text == ".") break;
          if (At(b).lower == "by" || At(b).lower == "from" || At(b).lower == "of")
            owner = MentionAt(b + 1) >= 0 ? MentionAt(b + 1) : MentionAt(b + 2);
        }
        if (ActorOf(owner) >= 0 && ActorOf(owner) != e.source) {
          e.target_mention = owner;
          e.target = ActorOf(owner);
        }
        break;
      }
    }
    // "appealed for an effort from developed countries", "called for restraint by both sides":
    // a demand is of whoever is to make what it asks for
    if (e.event_class == REQUEST && (At(trigger_end).lower == "for" || At(trigger_end - 1).lower == "for")) {
      for (uint32_t j = trigger_end; j + 1 < end && j < trigger_end + 7; ++j) {
        if (clauses_.GroupAt(j) >= 0 || At(j).text == ",") break;
        if (!IsAnyOf(At(j).lower, {"from", "by"})) continue;
        int maker = MentionAt(j + 1) >= 0 ? MentionAt(j + 1) : MentionAt(j + 2);
        if (ActorOf(maker) >= 0 && ActorOf(maker) != e.source) {
          e.target_mention = maker;
          e.target = ActorOf(maker);
        } else if (uint32_t thing_end = ThingPhraseAt(j + 1, end); e.target < 0 && thing_end > j + 1) {
          e.thing_first = j + 1;  // ("restraint by all sides")
          e.thing_last = thing_end;
        }
        break;
      }
    }
    // "The union asked the ministry to raise wages. The ministry refused.": a refusal or a
    // concession with no one named answers the request just reported
    if (e.target < 0 && e.source >= 0 &&
        (e.event_class == REJECT || e.event_class == CONCEDE || e.event_class == AGREE)) {
      Salience::Fact fact = salience_.RecentFact();
      bool aimed = fact.target < 0 || fact.target == e.source || actors_.IsRelated(fact.target, e.source);
      if (fact.event_class == REQUEST && fact.source >= 0 && fact.source != e.source && aimed &&
          !actors_.IsRelated(fact.source, e.source)) {
        e.target = fact.source;
        e.rule += ":earlier-request";
      }
    }
    // "complained about the outcome: 'the way Congress compiled this bill'", "criticised the
    // decision by the ministry": a criticism is of whom its words are about
    // (also of an unresolved "we": '"We condemn the violence of armed groups"')
    bool pronoun = e.source_mention >= 0 && mentions_[e.source_mention].form == MentionForm::kPronoun;
    if (e.event_class == ACCUSE && e.target < 0 && (e.source >= 0 || pronoun) &&
        !group.passive && !suffered)
      SetTopic(trigger_end, static_cast<uint32_t>(tokens_.size()), e);
    if (At(group.head).lemma == "write" && IsAnyOf(At(group.head + 1).lower, {"off", "down"})) continue;  // loans
    // "Kenya protested the arrest of its diplomats": a state's protest is a complaint (CAMEO 114),
    // a crowd's a demonstration
    if (e.event_class == PROTEST && At(group.head).lemma == "protest" && !group.passive && e.source >= 0 &&
        !CrowdSubject(e.source_mention) && At(trigger_end).tag != "IN") {
      ActorKind kind = actors_.at(e.source).actor.kind();
      if (kind == COUNTRY || kind == GOVERNMENT || kind == PERSON || kind == ORGANIZATION) {
        e.event_class = ACCUSE;
        e.cameo = "114";
        e.rule += ":complaint";
      }
    }
    // "banks may be forced into writedowns", "was forced to resign": circumstance, no one coerces
    if (IsAnyOf(At(group.head).lemma, {"force", "compel"}) && group.passive && e.source < 0) continue;
    // "seek to create a state", "sought refuge": an aim or a shelter, not a request of anyone
    if (At(group.head).lemma == "seek" &&
        IsAnyOf(At(trigger_end).lower, {"to", "refuge", "asylum", "shelter", "cover"}))
      continue;
    // "has battled cancer", "fought the fires": a fight against an illness or nature
    if (IsAnyOf(At(group.head).lemma, {"fight", "battle", "combat"}) && e.target < 0) {
      uint32_t k = trigger_end;
      while (k < end && IsAnyOf(At(k).tag, {"DT", "JJ", "CD", "PRP$"})) ++k;
      if (k + 1 < end && At(k + 1).lower == "of") {  // "a string of injuries"
        k += 2;
        while (k < end && IsAnyOf(At(k).tag, {"DT", "JJ", "CD", "PRP$"})) ++k;
      }
      if (k < end && (At(k).tag == "NN" || At(k).tag == "NNS") && IsNature(At(k))) continue;
    }
    // "the farm has been hit by the mould", "was struck by lightning": nature is no attacker
    if (group.passive && e.source < 0 && (e.event_class == ASSAULT || e.event_class == COERCE)) {
      bool natural_agent = false;
      for (uint32_t k = trigger_end; k + 1 < end && k < trigger_end + 4; ++k) {
        if (At(k).lower != "by") continue;
        uint32_t n = k + 1;
        while (n < end && IsAnyOf(At(n).tag, {"DT", "JJ"})) ++n;
        natural_agent = n < end && mention_at_[n] < 0 && IsNature(At(n));
        break;
      }
      if (natural_agent) continue;
    }
    // "Reuters contacted the ministry", "the BBC interviewed him": journalism, not consultation
    if (e.event_class == CONSULT && e.source >= 0 && actors_.at(e.source).actor.kind() == MEDIA) continue;
    // "The earthquake struck the coast", "a typhoon hit": a subject that is no actor does no harm
    if (!group.passive && !suffered && e.source < 0 && (e.event_class == ASSAULT || e.event_class == COERCE) &&
        NonActorSubject(group))
      continue;
    if (group.gerund && group.first > 0 && At(group.first - 1).text == "," && e.source < 0) {
      int previous = -1;  // ", killing 20 people" after "a typhoon hit the coast"
      for (int p = static_cast<int>(g) - 1; p >= 0 && previous < 0; --p)
        if (clauses_.verb_groups()[p].finite) previous = p;
      if (previous >= 0 && NonActorSubject(clauses_.verb_groups()[previous])) continue;
    }
    if (clauses_.Hypothetical(group.head)) e.modality = HYPOTHETICAL;
    if (Modality m = InfinitiveModality(group); m != ASSERTED) e.modality = m;
    // "would not hesitate to use force": two negations make an intention
    if (group.infinitive && g > 0 && At(groups[g - 1].head).lemma == "hesitate" && groups[g - 1].negated) {
      e.negated = false;
      e.modality = INTENDED;
    }
    if (e.modality != ASSERTED) e.asserted = false;
    const std::string& head_lemma = At(group.head).lemma;
    if (IsAnyOf(head_lemma, {"move", "cross"}) && !MovesForces(group, trigger_end, end) &&
        !(e.source >= 0 && actors_.at(e.source).actor.kind() == MILITARY))
      continue;  // "moved troops into", "troops crossed the border"; not "the talks moved on"
    if (head_lemma == "drop" && !DropsMunitions(trigger_end, end)) continue;
    // "troops surrounded the town", "the house was surrounded by police": only armed forces
    // besiege (not "friends surrounded her", "controversy surrounds the plan"); the police coerce
    if (IsAnyOf(head_lemma, {"surround", "encircle"})) {
      bool armed = e.source >= 0 && (actors_.at(e.source).actor.kind() == MILITARY ||
                                     actors_.at(e.source).actor.kind() == ARMED_GROUP || IsPolice(e.source));
      if (!armed) continue;
      if (IsPolice(e.source)) {
        e.event_class = COERCE;
        e.cameo = "170";
      }
    }
    if (head_lemma == "beat" && !group.passive) {  // "beat him to death"; not "beat Spain 2-1"
      bool violent = false;
      for (uint32_t k = trigger_end; k < end && k < trigger_end + 6; ++k)
        violent |= IsAnyOf(At(k).lower, {"death", "up", "batons", "sticks", "clubs", "rods", "unconscious"});
      if (!violent) continue;
    }
    // "10,000 supporters gathered in the square"; not "leaders gathered in Brussels"
    if (IsAnyOf(head_lemma, {"gather", "assemble"}) && e.event_class == PROTEST) {
      // the crowd may stand in an "of" phrase's head: "5,000 supporters of the opposition gathered"
      bool found = e.source_mention >= 0;
      for (uint32_t j = group.first; !found && j > 0 && j + 8 > group.first; --j) {
        if (clauses_.IsBoundary(j - 1) || clauses_.GroupAt(j - 1) >= 0 || At(j - 1).text == ",") break;
        int m = mention_at_[j - 1];
        if (m >= 0 && CrowdSubject(m)) {  // the leftmost: the head of "supporters of the opposition"
          e.source_mention = m;
          e.source = ActorOf(m);
        }
      }
      if (!CrowdSubject(e.source_mention)) continue;
    }
    if (IsAnyOf(head_lemma, {"send", "dispatch", "rush", "remove", "deliver", "ship"}) &&
        (IsAnyOf(head_lemma, {"deliver", "ship"}) || !MovesForces(group, trigger_end, end))) {
      // "sent weapons to Ukraine", "delivered tanks": a transfer of arms or aid
      if (head_lemma == "remove" || !CarriesAid(trigger_end, end)) continue;
      e.event_class = AID;
      e.cameo = "070";
    } else if (IsAnyOf(head_lemma, {"send", "dispatch", "rush"}) && group.passive && e.target_mention >= 0) {
      // "Turkish troops are being sent to the border": the troops' side moves them
      e.source_mention = e.target_mention;
      e.source = e.target;
      e.target_mention = Object(trigger_end, end, false, {"to", "into"});
      e.target = ActorOf(e.target_mention);
    }
    ReadObjectSense(group, trigger_end, end, e);
    if (e.event_class == EVENT_CLASS_UNSPECIFIED) continue;
    // "as many as 100 were killed", "three bombs exploded": violence whose actors go unnamed
    if (e.source < 0 && e.target < 0 && !e.negated &&
        (e.event_class == ASSAULT || e.event_class == COERCE || (e.event_class == THREATEN && group.passive)) &&
        (group.passive || WeaponSubject(group)) && !NoneSubject(group))
      e.stands_alone = true;

    std::vector<int> conjuncts = group.passive ? std::vector<int>() : Conjuncts(e.source_mention);
    // "urged the two sides to ...": one event for each side
    if (e.target_mention >= 0 && mentions_[e.target_mention].pair.size() == 2 && e.target < 0) {
      DraftEvent second = e;
      e.target = mentions_[e.target_mention].pair[0];
      second.target = mentions_[e.target_mention].pair[1];
      second.rule += ":pair";
      AddWithConjuncts(std::move(second), {}, static_cast<int>(g), entry->speech);
    }
    // "fought alongside the peshmerga against Islamic State": an alliance and an assault
    if (e.event_class == COOPERATE && IsAnyOf(head_lemma, {"fight", "battle"})) {
      int enemy = Object(trigger_end, end, false, {"against"});
      if (ActorOf(enemy) >= 0) {
        DraftEvent assault = e;
        assault.event_class = ASSAULT;
        assault.cameo = "190";
        assault.target_mention = enemy;
        assault.target = ActorOf(enemy);
        assault.rule += ":against";
        AddWithConjuncts(std::move(assault), conjuncts, static_cast<int>(g), false);
      }
    }
    AddWithConjuncts(std::move(e), conjuncts, static_cast<int>(g), entry->speech);
  }
}

bool SentenceReader::DropsMunitions(uint32_t from, uint32_t end) const {
  for (uint32_t k = from; k < end && k < from + 8; ++k)
    if (IsAnyOf(At(k).lower, {"bomb", "bombs", "shells", "missiles", "barrel", "explosives", "munitions"})) return true;
  return false;
}

// "sent weapons", "delivered tanks", "shipped humanitarian aid".
bool SentenceReader::CarriesAid(uint32_t from, uint32_t end) const {
  static const WordSet* goods = new WordSet{"weapons", "arms", "aid", "ammunition", "supplies", "tanks",
                                            "missiles", "drones", "equipment", "food", "medicine", "medicines",
                                            "money", "assistance", "funds", "fuel", "vaccines", "rockets"};
  for (uint32_t k = from; k < end && k < from + 6; ++k)
    if (goods->count(At(k).lower)) return true;
  return false;
}

// What the object makes of the verb: "expelled four diplomats" is a sanction, "struck a deal"
// an agreement, "sent weapons to Ukraine" aid to Ukraine rather than to the weapons.
bool SentenceReader::IsEnvoy(uint32_t k) const { return EnvoyWords().count(At(k).lower) > 0; }

void SentenceReader::ReadObjectSense(const VerbGroup& group, uint32_t from, uint32_t end, DraftEvent& e) const {
  static const WordSet* deals = new WordSet{"deal", "agreement", "accord", "bargain", "compromise", "pact"};
  static const WordSet* goals = new WordSet{"demand", "demands", "condition", "conditions", "deadline", "deadlines",
                                            "target", "targets", "goal", "goals", "criteria", "requirement",
                                            "requirements", "need", "needs", "expectations", "standards",
                                            "obligations", "commitments", "challenge", "quota"};
  auto object_has = [&](const WordSet& words) {
    for (uint32_t k = from; k < end && k < from + 5; ++k)
      if (words.count(At(k).lower)) return true;
    // in the passive the object stands before the verb: "the ambassador was expelled"
    if (group.passive && e.target_mention >= 0)
      for (uint32_t k = mentions_[e.target_mention].first; k < mentions_[e.target_mention].last; ++k)
        if (words.count(At(k).lower)) return true;
    return false;
  };
  const std::string& lemma = At(group.head).lemma;
  static const WordSet* comment = new WordSet{"comment", "comments"};
  if (e.event_class == REJECT && lemma == "decline" && object_has(*comment)) {
    e.event_class = STATEMENT;  // "declined comment", "declined to comment"
    e.cameo = "017";
    e.target = -1;
    e.target_mention = -1;
  } else if (e.event_class == PROTEST && group.passive) {
    e.event_class = EVENT_CLASS_UNSPECIFIED;  // "has been demonstrated by": shown, not protested
  } else if (e.event_class == COERCE && lemma == "expel" && object_has(EnvoyWords())) {
    e.event_class = SANCTION;
    e.cameo = "166";
    // the diplomats' country is the target
    if (e.target >= 0 && actors_.CountryOf(e.target) >= 0) e.target = actors_.CountryOf(e.target);
  } else if (e.event_class == RETREAT && (lemma == "withdraw" || lemma == "pull") && object_has(EnvoyWords())) {
    // "withdrew its ambassador from Caracas": relations reduced with where the envoy was posted
    e.event_class = SANCTION;
    e.cameo = "161";
    int post = Object(from, end, false, {"from", "to", "in"});
    if (ActorOf(post) >= 0 && !actors_.IsRelated(ActorOf(post), e.source)) {
      e.target_mention = post;
      e.target = ActorOf(post);
    }
  } else if (e.event_class == CONSULT && lemma == "meet" &&
             (object_has(*goals) || (group.passive && group.first > 0 && goals->count(At(group.first - 1).lower)))) {
    e.event_class = EVENT_CLASS_UNSPECIFIED;  // "their demands were met", "met the deadline"
  } else if (e.event_class == ASSAULT && lemma == "strike" && object_has(*deals)) {
    e.event_class = AGREE;
    e.cameo = "057";
    e.target = -1;
    e.target_mention = -1;
  }
  if (e.event_class == AID) {
    // the recipient follows "to" even when there is a direct object
    int to = Object(from, end, false, {"to"});
    if (to >= 0 && ActorOf(to) >= 0) {
      e.target_mention = to;
      e.target = ActorOf(to);
    } else if (e.target >= 0 && actors_.at(e.target).actor.kind() == MILITARY && e.target_mention >= 0 &&
               mentions_[e.target_mention].preposition.empty()) {
      e.target = -1;  // "supplied drones": the drones are what is given, not who receives
    }
  }
}

// "sent troops", "troops were sent": the verb moves armed forces.
bool SentenceReader::MovesForces(const VerbGroup& group, uint32_t from, uint32_t end) const {
  static const WordSet* forces = new WordSet{"troops", "soldiers", "forces", "warships", "jets", "reinforcements",
                                             "tanks", "units", "battalions", "brigades", "peacekeepers", "marines",
                                             "paratroopers", "warplanes", "bombers", "navy", "army", "ships",
                                             "frigates", "destroyers", "minesweepers", "vessels", "gunboats",
                                             "helicopters", "submarines", "carriers", "personnel", "police",
                                             "officers", "commandos", "divisions", "missiles"};
  if (group.passive) {
    for (uint32_t k = group.first >= 3 ? group.first - 3 : 0; k < group.first; ++k)
      if (forces->count(At(k).lower)) return true;
    return false;
  }
  for (uint32_t k = from; k < end && k < from + 8; ++k)
    if (forces->count(At(k).lower)) return true;
  return false;
}

// "plans to withdraw", "threatened to strike", "demanded that Turkey withdraw": what the
// governing verb makes of an act not (yet) done.
Modality SentenceReader::InfinitiveModality(const VerbGroup& group) const {
  static const WordSet* intend = new WordSet{"plan", "intend", "want", "seek", "hope", "aim", "expect",
                                             "prepare", "vow", "promise", "pledge", "agree", "decide",
                                             "try", "attempt", "need", "wish", "consider", "offer", "propose",
                                             "hesitate"};
  static const WordSet* ask = new WordSet{"urge", "ask", "demand", "call", "press", "request", "insist",
                                          "appeal", "order", "tell", "push", "encourage", "invite"};
  const int own = clauses_.GroupAt(group.head);
  int governor = -1;
  if (group.infinitive) {
    if (own > 0 && clauses_.verb_groups()[own - 1].last + 6 >= group.first) governor = own - 1;
  } else if (group.finite && own > 0) {
    // a that-clause: "demanded that Turkey withdraw"
    uint32_t start = clauses_.ClauseStart(group.first);
    const VerbGroup& previous = clauses_.verb_groups()[own - 1];
    if (start > 0 && At(start - 1).lower == "that" && previous.last + 1 >= start - 1 &&
        ask->count(At(previous.head).lemma))
      governor = own - 1;
  }
  if (governor < 0) return ASSERTED;
  const std::string& lemma = At(clauses_.verb_groups()[governor].head).lemma;
  if (lemma == "threaten") return THREATENED;
  if (ask->count(lemma)) return REQUESTED;
  if (intend->count(lemma)) return INTENDED;
  // "we are going to work with him": the future, unless "went to meet" (a purpose)
  if (At(clauses_.verb_groups()[governor].head).lower == "going" && group.first > 0 &&
      (At(group.first).lower == "to" || At(group.first - 1).lower == "to"))
    return INTENDED;
  return ASSERTED;
}

// "security has been tightened in Denmark", "security measures were stepped up at Kenyan
// airports": security raised, in the passive, by the country where it was.
void SentenceReader::FindSecurityRaised() {
  static const EventEntry* raised = RuleEntry(MOBILIZE, "151");
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (!group.passive || group.negated ||
        !IsAnyOf(At(group.head).lemma, {"tighten", "step", "beef", "boost", "increase", "heighten", "raise",
                                        "reinforce", "strengthen", "intensify"}))
      continue;
    bool security = false;
    for (uint32_t k = group.first; k > 0 && k + 6 > group.first && !security; --k) {
      if (clauses_.GroupAt(k - 1) >= 0 || At(k - 1).text == ",") break;
      security = At(k - 1).lower == "security";
    }
    if (!security) continue;
    // the country of the sentence's place: "in Denmark", "at Kenyan airports", "in Nairobi"
    int place = -1;
    for (size_t m = 0; m < mentions_.size() && place < 0; ++m) {
      const Mention& mention = mentions_[m];
      if (mention.actor < 0 || !(mention.locative || mention.form == MentionForm::kAdjective) ||
          mention.first + 12 < group.first || mention.first > group.last + 8)
        continue;
      if (actors_.CountryOf(mention.actor) >= 0) place = static_cast<int>(m);
    }
    DraftEvent e;
    e.event_class = raised->event_class;
    e.cameo = raised->cameo;
    e.trigger_first = group.head;
    e.trigger_last = group.head + 1;
    e.modality = group.modality;
    if (e.modality != ASSERTED) e.asserted = false;
    e.verb_group = static_cast<int>(g);
    e.rule = absl::StrCat("security:", At(group.head).lemma);
    e.source_mention = Object(group.last, clauses_.ClauseEnd(group.last, static_cast<int>(g)), false, {"by"});
    if (e.source_mention < 0) e.source_mention = place;
    e.source = e.source_mention >= 0 ? ActorOf(e.source_mention) : -1;
    if (e.source_mention == place && e.source >= 0) e.source = actors_.CountryOf(e.source);
    if (e.source < 0) continue;
    drafts_.push_back(std::move(e));
  }
}

}  // namespace kg::ingest::reader_internal
