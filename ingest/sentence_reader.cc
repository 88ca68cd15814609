// SentenceReader's core: Run and its stages in order, pronoun resolution, the subjects and objects
// of verb groups, the small helpers several stages share, and Finish, which decides what is kept.
// Not the rules that make events: those are in verb_events.cc, feeling_events.cc, noun_events.cc,
// speech_events.cc and event_sharing.cc.
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

namespace {

// The lemma of the rules' own entries whose subject suffers the act ("came under fire", "faced
// criticism", "survived an attack"): the subject is the target.
constexpr char kSuffered[] = "(suffered)";
// The lemma of rule entries for denials whose content goes unnamed ("takes no blame").
constexpr char kUnnamedDenial[] = "(unnamed denial)";

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

// What someone claims of someone else, that a denial answers ("rejected accusations that ...").
const WordSet& ClaimNouns() {
  static const WordSet* words = new WordSet{"accusation", "accusations", "allegation", "allegations", "claim",
                                            "claims", "report", "reports", "charge", "charges"};
  return *words;
}

// A country's places and posts, which stand for the country when they suffer an act ("the Malian
// village was shelled", "Saudi tankers attacked by Houthi boats").
const WordSet& PostNouns() {
  static const WordSet* words = new WordSet{
      "village", "villages", "town", "towns", "city", "cities", "position", "positions", "base", "bases",
      "embassy", "embassies", "consulate", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "convoy",
      "outpost", "outposts", "checkpoint", "patrol", "territory", "airport", "port", "capital", "border"};
  return *words;
}

// Documents that speak: "the report says", "a statement from the ministry said".
const WordSet& DocumentNouns() {
  static const WordSet* words = new WordSet{
      "report", "statement", "letter", "communique", "communiqué", "study", "survey", "resolution", "document",
      "memo", "memorandum", "declaration", "editorial", "release", "message", "notice", "indictment",
      "complaint", "ruling", "verdict", "leaflet", "pamphlet", "bulletin", "dossier", "assessment", "cable",
      "petition", "manifesto", "filing", "inquiry", "investigation", "probe", "audit", "poll", "reports",
      "documents", "leaflets", "cables", "polls"};
  return *words;
}

// Nouns that report or rumour an event rather than name one: "talk of co-operation".
const WordSet& HedgeNouns() {
  static const WordSet* words = new WordSet{
      "talk", "report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors",
      "suggestion", "suggestions", "speculation", "news", "idea", "possibility", "prospect",
      "allegation", "allegations", "accusation", "accusations", "charge", "charges", "word", "sign",
      "signs", "evidence", "question", "issue", "policy"};
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

// An entry of the rules' own, for phrases the lexicon cannot list ("called Russia to stop", "came
// under fire"); made once and kept for the life of the process.
const EventEntry* RuleEntry(EventClass event_class, const char* cameo, const char* lemma = "",
                            bool direct_object = false, bool speech = false,
                            std::vector<std::string> target_prepositions = {}) {
  auto* e = new EventEntry();
  e->event_class = event_class;
  e->cameo = cameo;
  e->lemma = lemma;
  e->direct_object = direct_object;
  e->speech = speech;
  e->target_prepositions = std::move(target_prepositions);
  return e;
}

Modality ModalityForComplement(EventClass outer) {
  switch (outer) {
    case THREATEN: return THREATENED;
    case REQUEST: return REQUESTED;
    case ACCUSE: return REPORTED;
    default: return INTENDED;
  }
}

}  // namespace

SentenceEvents SentenceReader::Run(int carried_speaker) {
  ResolveThirdPerson();
  SentenceEvents out;
  FindVerbEvents();
  FindSecurityRaised();
  FindFeelings();
  FindFavour();
  FindCritics();
  FindNounEvents();
  AttachRequested();
  FindAttributions();
  int speaker = FindSpeech(carried_speaker);
  FindBlame();
  ShareContentWithConjuncts();
  ResolveFirstPerson(speaker >= 0 ? speaker : carried_speaker);
  AddFirstPersonStatement();
  ApplyComplements();
  InferTargets();
  ShareAgents();
  AddThingTargets();
  AddConditionalThreats();
  AddIntentions();
  ConvertNegations();
  ShareSources();
  ShareSpeechWithConjuncts();
  ShareWithIncluded();
  for (auto& e : drafts_) {
    // "police raided the newspaper's offices": a raid by the police enforces, it is no attack
    if (e.event_class == ASSAULT && At(e.trigger_first).lemma == "raid" && IsPolice(e.source)) {
      e.event_class = COERCE;
      e.cameo = "170";
      e.rule += ":police";
    }
    // a cooperation or a break of ties always has a partner: the salient other country
    bool partnered = e.event_class == COOPERATE || (e.event_class == SANCTION && BreaksTies(e.trigger_last));
    if (partnered && e.target < 0 && e.source >= 0) e.target = salience_.SalientOther({e.source});
  }
  out.speaker = speaker;
  Finish(out);
  return out;
}

bool SentenceReader::BeforeVerb(const Mention& m) const {
  size_t k = m.last;
  // "Putin last Friday announced", "Iran on Monday denied": a time between subject and verb
  if (IsAnyOf(At(k).lower, {"last", "this", "on", "early", "late"}) && k + 1 < tokens_.size() &&
      IsAnyOf(At(k + 1).lower, {"week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
                                "saturday", "sunday", "night", "morning", "evening"}))
    k += 2;
  else if (IsAnyOf(At(k).lower, {"yesterday", "today", "tonight"}))
    ++k;
  while (k < tokens_.size() && (IsQuoteToken(At(k)) || At(k).text == "," || At(k).tag == "RB")) {
    if (At(k).text == ",") return false;
    ++k;
  }
  return clauses_.GroupAt(static_cast<uint32_t>(std::min(k, tokens_.size() - 1))) >= 0 && k < tokens_.size();
}

void SentenceReader::ResolveThirdPerson() {
  for (auto& m : mentions_) {
    if (m.form == MentionForm::kPronoun && m.actor < 0) {
      m.actor = salience_.ResolvePronoun(m.pronoun, !clauses_.InQuote(m.first));
      if (m.body >= 0 && m.actor >= 0) m.actor = actors_.BodyOf(m.body, m.actor);
    } else if (m.form == MentionForm::kPair && m.pair.empty()) {
      m.pair = salience_.ResolvePair(m.sides);
    }
    if (m.form == MentionForm::kPair) {
      for (int a : m.pair) salience_.Add(a, false, false);
    } else if (m.actor >= 0 && m.form != MentionForm::kAdjective) {
      salience_.Add(m.actor, BeforeVerb(m), m.locative, clauses_.InQuote(m.first));
    }
  }
}

void SentenceReader::ResolveFirstPerson(int speaker) {
  if (speaker < 0) return;
  for (auto& m : mentions_) {
    if (m.form != MentionForm::kPronoun || m.actor >= 0 || !clauses_.InQuote(m.first)) continue;
    if (m.pronoun == "i" || m.pronoun == "me" || m.pronoun == "my") {
      m.actor = speaker;
    } else if (m.pronoun == "we" || m.pronoun == "us" || m.pronoun == "our") {
      // the speaker's own body or group ("a Taliban spokesman": the Taliban), else the speaker
      const auto& parents = actors_.at(speaker).member_of;
      m.actor = parents.empty() ? speaker : parents.front();
      if (m.body >= 0) m.actor = actors_.BodyOf(m.body, actors_.TopAffiliation(speaker));
    }
  }
  // Events whose source or target was an unresolved first-person pronoun.
  for (auto& e : drafts_) {
    if (e.source < 0 && e.source_mention >= 0) e.source = mentions_[e.source_mention].actor;
    if (e.target < 0 && e.target_mention >= 0) e.target = mentions_[e.target_mention].actor;
  }
}

// The mention a relative pronoun at token `k` stands for.
int SentenceReader::Antecedent(uint32_t k) const {
  for (uint32_t j = k; j-- > 0;) {
    int m = mention_at_[j];
    if (m < 0) {
      if (At(j).text == "," || IsQuoteToken(At(j))) continue;
      if (clauses_.GroupAt(j) >= 0) return -1;
      continue;
    }
    const Mention& mention = mentions_[m];
    // "Republicans in Congress who": the head noun before the attached phrase
    if (!mention.preposition.empty() && IsAnyOf(mention.preposition, {"in", "of", "at", "from", "on"}) &&
        mention.first >= 2 && mention_at_[mention.first - 2] >= 0)
      return mention_at_[mention.first - 2];
    return Usable(mention) ? m : -1;
  }
  return -1;
}

int SentenceReader::Subject(int g) {
  if (subject_memo_[g] != -2) return subject_memo_[g];
  const bool speech_verb = IsSpeechVerb(g);
  subject_memo_[g] = -1;
  const VerbGroup& group = clauses_.verb_groups()[g];
  int result = -1;
  const uint32_t at = group.first;
  if ((group.participle || group.gerund) && at >= 2 && At(at - 1).lower == "those" && At(at - 2).lower == "among") {
    subject_memo_[g] = AmongThose(at - 2);
    return subject_memo_[g];
  }
  if (group.participle) {
    // "troops backed by militias": the noun before is what the participle is done to ("Saudi
    // tankers attacked by ...": a country's vessel or post stands for the country)
    if (group.first > 0 && mention_at_[group.first - 1] >= 0) result = mention_at_[group.first - 1];
    if (result < 0 && group.first > 1 && PostNouns().count(At(group.first - 1).lower)) {
      int owner = mention_at_[group.first - 2];
      if (owner >= 0 && mentions_[owner].form == MentionForm::kAdjective && mentions_[owner].actor >= 0)
        result = owner;
    }
    subject_memo_[g] = result;
    return result;
  }
  uint32_t k = group.first;
  // "four jets were shot down while attacking Georgia", "after meeting Putin, he said": a
  // gerund after a conjunction shares the subject of the clause it hangs on
  if (group.gerund && k > 0 && IsAnyOf(At(k - 1).lower, {"while", "after", "before", "when", "since", "by"})) {
    int shared = k > 1 ? PreviousClauseSubject(g) : -1;
    if (shared < 0) {  // the clause follows: "After meeting Putin, Erdogan said ..."
      for (size_t next = g + 1; next < clauses_.verb_groups().size() && shared < 0; ++next)
        if (clauses_.verb_groups()[next].finite) shared = Subject(static_cast<int>(next));
    }
    subject_memo_[g] = shared;
    return shared;
  }
  // "A typhoon hit the coast, killing 20 people": a participle after a comma shares the
  // subject of the clause before it (and none when that subject is no actor)
  if (group.gerund && k > 0 && At(k - 1).text == ",") {
    subject_memo_[g] = PreviousClauseSubject(g);
    // ("She said A and B had stopped talking, adding that ...": a gerund of saying
    // goes on with the speaker)
    for (int prev = g - 1; speech_verb && prev >= 0; --prev)
      if (IsSpeechVerb(prev) && clauses_.verb_groups()[prev].finite) {
        if (Subject(prev) >= 0) subject_memo_[g] = Subject(prev);
        break;
      }
    return subject_memo_[g];
  }
  // "sent a letter to the premier asking that ...": a request made by writing is the writer's
  if (group.gerund && IsAnyOf(At(group.head).lemma, {"request", "ask", "urge", "demand", "seek", "call", "plead"})) {
    for (int prev = g - 1; prev >= 0; --prev) {
      const VerbGroup& before_group = clauses_.verb_groups()[prev];
      if (!before_group.finite) continue;
      if (IsAnyOf(At(before_group.head).lemma, {"write", "send", "petition", "appeal", "contact", "telephone",
                                                 "phone", "approach", "lobby", "turn"})) {
        subject_memo_[g] = Subject(prev);
        return subject_memo_[g];
      }
      break;
    }
  }
  // "with the president resuming dialogue": an absolute clause's gerund has the mention
  // before it as subject
  if (group.gerund && k > 0 && mention_at_[k - 1] >= 0 && mentions_[mention_at_[k - 1]].preposition == "with") {
    subject_memo_[g] = mention_at_[k - 1];
    return subject_memo_[g];
  }
  // "nor does it have any interest": after "nor" the subject follows the auxiliary
  if (k > 0 && At(k - 1).lower == "nor" && group.last < tokens_.size() && mention_at_[group.last] >= 0 &&
      Usable(mentions_[mention_at_[group.last]])) {
    subject_memo_[g] = mention_at_[group.last];
    return subject_memo_[g];
  }
  // "Iran supports Syria and sends weapons": a shared subject
  uint32_t before = k;
  while (before > 0 && At(before - 1).tag == "RB") --before;
  if (before > 0 && IsAnyOf(At(before - 1).lower, {"and", "or", "but"})) {
    result = PreviousClauseSubject(g);
    // "said the vote was fair, but said the board should review it": the speaker, not the subject
    // of what was said
    if (speech_verb && before > 1 && At(before - 2).text == ",")
      for (int prev = g - 1; prev >= 0; --prev)
        if (IsSpeechVerb(prev)) {
          result = Subject(prev);
          break;
        }
    if (result >= 0) {
      subject_memo_[g] = result;
      return result;
    }
  }
  if (before > 0 && IsAnyOf(At(before - 1).lower, {"who", "which", "that"}) &&
      (At(before - 1).tag == "WP" || At(before - 1).tag == "WDT" || At(before - 1).lower != "that")) {
    result = Antecedent(before - 1);
    subject_memo_[g] = result;
    return result;
  }
  // "John Pace, human rights chief for the UN mission in Iraq, condemned ...": the name before
  // an apposition that no verb interrupts
  if (before > 0 && At(before - 1).text == "," && !group.infinitive) {
    for (uint32_t j = before - 1; j-- > 0 && j + 24 > before;) {
      // ("X, a rival of Y and Z, said": an "and" inside the apposition, after its comma)
      if (clauses_.GroupAt(j) >= 0 || IsQuoteToken(At(j)) || IsAnyOf(At(j).lower, {"who", "which", "that"}) ||
          (At(j).lower == "and" && !(j + 2 < before && (IsAnyOf(At(j + 1).tag, {"NNP", "NNPS"}) ||
                                                        IsAnyOf(At(j + 1).lower, {"a", "an"})))))
        break;
      if (At(j).text != ",") continue;
      int m = j > 0 ? mention_at_[j - 1] : -1;
      // ("The farmers' leader Ana Ruiz, ...": a title phrase may open the sentence before the name)
      bool titled = m >= 0;
      for (uint32_t t = 0; titled && t < mentions_[m].first; ++t)
        titled = IsAnyOf(At(t).tag, {"DT", "JJ", "NN", "NNS", "NNP", "POS"});
      if (m >= 0 && mentions_[m].actor >= 0 && actors_.at(mentions_[m].actor).is_person &&
          mentions_[m].form == MentionForm::kName && mentions_[m].preposition.empty() &&
          (mentions_[m].first == 0 || IsAnyOf(At(mentions_[m].first - 1).lower, {",", "but", "and", "``"}) ||
           IsQuoteToken(At(mentions_[m].first - 1)) || titled)) {
        subject_memo_[g] = m;
        return m;
      }
      break;
    }
  }
  // "Reagan's move to impose tariffs", "Comecon's refusal to recognise": the possessor
  if (group.infinitive && group.first >= 2 && At(group.first - 2).tag.rfind("NN", 0) == 0 &&
      mention_at_[group.first - 2] < 0) {
    for (uint32_t j = group.first - 2; j-- > 0 && j + 4 > group.first;) {
      int m = mention_at_[j];
      if (m >= 0) {
        if (mentions_[m].possessive && Usable(mentions_[m])) {
          subject_memo_[g] = m;
          return m;
        }
        break;
      }
      if (At(j).tag != "JJ" && At(j).tag != "POS") break;
    }
  }
  // "urged China to release": the object before "to" does the infinitive's action
  // (after an apposition's closing comma: "called on the president, Ali Said, to resign")
  uint32_t object_at = group.first >= 3 && At(group.first - 2).text == "," ? group.first - 3 : group.first - 2;
  if (group.infinitive && group.first >= 2 && mention_at_[object_at] >= 0) {
    int object = mention_at_[object_at];
    const Mention& m = mentions_[object];
    static const WordSet* control = new WordSet{
        "urge", "ask", "call", "press", "request", "order", "tell", "push", "encourage", "invite",
        "force", "allow", "permit", "persuade", "help", "warn", "advise", "compel", "pressure",
        "pressurize", "appeal", "beg", "instruct", "authorize", "authorise", "enable", "want", "expect"};
    int governor = m.first > 0 ? clauses_.GroupAt(m.first - 1) : -1;
    // "called on Russia to withdraw": the phrase's own preposition
    bool called_on = IsAnyOf(m.preposition, {"on", "upon"}) && m.first > 1 && clauses_.GroupAt(m.first - 2) >= 0 &&
                     At(clauses_.verb_groups()[clauses_.GroupAt(m.first - 2)].head).lemma == "call";
    if (called_on) governor = clauses_.GroupAt(m.first - 2);
    if ((m.preposition.empty() || called_on) && governor >= 0 && Usable(m) &&
        control->count(At(clauses_.verb_groups()[governor].head).lemma)) {
      subject_memo_[g] = object;
      return object;
    }
  }
  // "serious in fighting Daesh", "wants to remove": the governing clause's subject
  if ((group.gerund && group.first > 0 && (At(group.first - 1).tag == "IN" || GerundOfObject(group))) ||
      group.infinitive) {
    result = PreviousClauseSubject(g);
    if (result >= 0) {
      subject_memo_[g] = result;
      return result;
    }
  }
  uint32_t start = clauses_.ClauseStart(group.first);
  int fallback = -1;
  const bool verbal = speech_verb || DocumentVerb(group);  // what a document can do
  for (uint32_t j = group.first; j-- > start;) {
    if (clauses_.InParenthetical(j) && !(mention_at_[j] >= 0 && IssuesDocument(mentions_[mention_at_[j]], group)))
      continue;
    int gj = clauses_.GroupAt(j);
    if (gj >= 0 && gj != g && clauses_.verb_groups()[gj].finite) {
      // "three engineers who were abducted last week were freed": step over a relative
      // clause to the noun it describes
      uint32_t r = clauses_.verb_groups()[gj].first;
      while (r > start && At(r - 1).tag == "RB") --r;
      if (r > start + 1 && (At(r - 1).tag == "WP" || At(r - 1).tag == "WDT") &&
          IsAnyOf(At(r - 1).lower, {"who", "which", "that"}) && mention_at_[r - 2] >= 0) {
        j = r - 1;
        continue;
      }
      break;
    }
    int m = mention_at_[j];
    if (m < 0) continue;
    const Mention& mention = mentions_[m];
    j = mention.first;  // step over the whole mention
    // "The Malian village was shelled": a country's place or post suffers the act
    if (group.passive && mention.form == MentionForm::kAdjective && mention.actor >= 0 &&
        mention.preposition.empty() && PostNouns().count(At(mention.last).lower) && mention.last + 1 == group.first) {
      result = m;
      break;
    }
    // "an Iranian statement accused", "the NATO communique urges", "a Foreign Ministry statement
    // said": a document its issuer modifies speaks for the issuer
    // (a country's adjective before an inquiry or a study names where it was made, not who made
    // it: "the Swedish inquiry found")
    auto utterance = [&] {
      return IsAnyOf(At(mention.last).lower, {"statement", "communique", "communiqué", "declaration", "letter",
                                              "message", "resolution", "memo", "cable"});
    };
    if (verbal && mention.actor >= 0 && mention.form != MentionForm::kPronoun && mention.preposition.empty() &&
        DocumentNouns().count(At(mention.last).lower) && (mention.form != MentionForm::kAdjective || utterance()) &&
        (mention.last + 1 == group.first || (mention.last + 2 == group.first && IsQuoteToken(At(mention.last + 1))))) {
      result = m;
      break;
    }
    if (!Usable(mention)) continue;
    // "Amnesty's report says", "a statement from the ministry said": a document speaks for
    // whoever issued it
    // (and "a statement released by the army on Monday said", "the letter, signed by 40 MPs, urged")
    if (verbal && mention.possessive && DocumentNouns().count(At(mention.last).lower) &&
        mention.last + 1 == group.first) {
      result = m;
      break;
    }
    if (verbal && IssuesDocument(mention, group)) {
      result = m;
      break;
    }
    // "a source in the defence ministry told", "sources close to the president said": an
    // unnamed insider speaks for where it is
    if (verbal && InsiderOf(mention, start)) {
      result = m;
      break;
    }
    // "the candidate's legal team denied", "Peru's intelligence service said": those who act for
    // the possessor
    if (mention.possessive && mention.form != MentionForm::kPronoun && ActsForPossessor(mention.last, group.first)) {
      result = m;
      break;
    }
    if (mention.preposition.empty() || IsAnyOf(mention.preposition, {"like", "including"})) {
      if (!mention.possessive || mention.form == MentionForm::kPronoun) {
        result = m;
        break;
      }
    }
    if (fallback < 0 && mention.form == MentionForm::kPronoun) fallback = m;
  }
  if (result < 0) result = fallback;
  if (result < 0 && !speech_verb && group.finite && !group.passive) {
    result = ParsedSubject(group, start);
    if (result >= 0) parsed_subject_.push_back(g);
  }
  // "..., said Kerry": an inverted subject, right after a quotation or a comma
  bool after_quote = group.first > 0 && (IsQuoteToken(At(group.first - 1)) || At(group.first - 1).text == ",");
  // ("..., said Mr Lindqvist": past an honorific the name leaves out)
  uint32_t inverted = group.last;
  if (IsAnyOf(At(inverted).lower, {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."}))
    ++inverted;
  // ("said veteran MP Ola Berg": past the adjectives before the title)
  while (inverted < group.last + 3 && At(inverted).tag == "JJ" && mention_at_[inverted] < 0) ++inverted;
  if (result < 0 && speech_verb && after_quote && inverted < tokens_.size() && mention_at_[inverted] >= 0 &&
      Usable(mentions_[mention_at_[inverted]]))
    result = mention_at_[inverted];
  subject_memo_[g] = result;
  return result;
}

// "X and Y were among those joining", "Among those held was X": who "those" are, for
// "among" at token k.
int SentenceReader::AmongThose(uint32_t k) const {
  if (k >= 1) {  // "... were among those"
    int copula = clauses_.GroupAt(k - 1);
    if (copula >= 0 && At(clauses_.verb_groups()[copula].head).lemma == "be") {
      for (uint32_t j = clauses_.verb_groups()[copula].first; j-- > 0 && j + 8 > k;) {
        int m = MentionAt(j);
        if (m >= 0 && mentions_[m].preposition.empty()) return Usable(mentions_[m]) ? m : -1;
      }
      return -1;
    }
  }
  for (uint32_t j = k + 3; j < tokens_.size() && j < k + 10; ++j) {  // "Among those held was X"
    int copula = clauses_.GroupAt(j);
    if (copula < 0) continue;
    if (At(clauses_.verb_groups()[copula].head).lemma != "be") continue;
    int m = MentionAt(clauses_.verb_groups()[copula].last);
    return m >= 0 && Usable(mentions_[m]) ? m : -1;
  }
  return -1;
}

// "passed a resolution condemning X": a gerund after the object noun of the clause's verb does
// what that clause's subject does (not so after a preposition: "outrage over a resolution
// labelling X").
bool SentenceReader::GerundOfObject(const VerbGroup& group) const {
  uint32_t k = group.first;
  if (k == 0 || At(k - 1).tag.rfind("NN", 0) != 0 || mention_at_[k - 1] >= 0) return false;
  while (k > 0) {
    --k;
    if (clauses_.GroupAt(k) >= 0) return clauses_.verb_groups()[clauses_.GroupAt(k)].finite;
    const std::string& tag = At(k).tag;
    if (tag != "DT" && tag != "JJ" && tag != "NN" && tag != "NNS" && tag != "CD" && tag != "PRP$") return false;
  }
  return false;
}

// "a statement from the ministry said", "the letter, signed by 40 MPs, urged": whether mention
// names who issued the document that is the subject of group.
bool SentenceReader::IssuesDocument(const Mention& mention, const VerbGroup& group) const {
  if (!IsAnyOf(mention.preposition, {"from", "by", "of"}) || PastTimePhrase(mention.last) != group.first)
    return false;
  uint32_t at = mention.first;  // back to the preposition, then past "issued" and a comma
  while (at > 0 && at + 3 > mention.first && !IsPreposition(At(at))) --at;
  if (at > 0 && mention.preposition == "by" && At(at - 1).tag == "VBN") --at;
  if (at > 0 && At(at - 1).text == ",") --at;
  return at > 0 && DocumentNouns().count(At(at - 1).lower);
}

// Whether a document can do what verb group g says ("the letter urged", "the report accused"):
// a verb of speech or of what is said; no act of force or movement.
bool SentenceReader::DocumentVerb(const VerbGroup& group) const {
  const auto& entries = lexicon_.Lookup(At(group.head).lemma, TriggerPos::kVerb);
  if (entries.empty()) return false;
  EventClass c = entries.front().event_class;
  return c == STATEMENT || c == ACCUSE || c == REQUEST || c == DENY || c == REJECT || c == SUPPORT ||
         c == THREATEN || c == AGREE;
}

// Past a comma or a short phrase of time at token k ("on Monday", "late on Friday", ", last
// week,"): the token where the clause goes on.
uint32_t SentenceReader::PastTimePhrase(uint32_t k) const {
  static const WordSet* time_words = new WordSet{
      "on", "late", "early", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight", "night", "morning", "afternoon", "evening", "week", "month"};
  uint32_t j = k;
  while (j < tokens_.size() && j < k + 5 && (At(j).text == "," || time_words->count(At(j).lower))) ++j;
  return j;
}

// The subject of the nearest finite verb group before group g, or -1.
int SentenceReader::PreviousClauseSubject(int g) {
  for (int prev = g - 1; prev >= 0; --prev)
    if (clauses_.verb_groups()[prev].finite) return Subject(prev);
  return -1;
}

// The subject link-grammar finds for an active verb, when actors stand before it in its clause
// and the shallow scan could not choose among them (or found none it could use).
int SentenceReader::ParsedSubject(const VerbGroup& group, uint32_t clause_start) {
  if (parser_ == nullptr || tokens_.size() > 30) return -1;
  bool actors_before = false;
  for (uint32_t j = clause_start; j < group.first; ++j) actors_before |= mention_at_[j] >= 0;
  if (!actors_before) return -1;
  if (!parsed_) parsed_ = parser_->Parse(tokens_);
  int head = parsed_->subject_of[group.head];
  if (head < 0 || mention_at_[head] < 0) return -1;
  int m = mention_at_[head];
  return Usable(mentions_[m]) ? m : -1;
}

bool SentenceReader::IsSpeechVerb(int g) const {
  for (const auto& e : lexicon_.Lookup(At(clauses_.verb_groups()[g].head).lemma, TriggerPos::kVerb))
    if (e.speech) return true;
  return false;
}

// The first mention after token `from` in the clause that is a direct object (no preposition)
// or the object of one of `prepositions`.
int SentenceReader::Object(uint32_t from, uint32_t end, bool direct, const std::vector<std::string>& prepositions,
                           bool* by_preposition, EventClass own_class) const {
  uint32_t frame_preposition_at = 0;
  bool seen_frame_preposition = false;
  for (uint32_t j = from; j < end; ++j) {
    int m = mention_at_[j];
    if (m < 0) {
      if (std::find(prepositions.begin(), prepositions.end(), At(j).lower) != prepositions.end()) {
        frame_preposition_at = j;
        seen_frame_preposition = true;
      }
      continue;
    }
    const Mention& mention = mentions_[m];
    // "tariffs on a range of Japanese goods", "sanctions against imports from Iran"
    if (seen_frame_preposition && j > frame_preposition_at + 1 && j <= frame_preposition_at + 5 &&
        IsAnyOf(mention.preposition, {"of", "from"}) && mention.actor >= 0) {
      if (by_preposition) *by_preposition = true;
      return m;
    }
    j = mention.last - 1;
    if (mention.locative && std::find(prepositions.begin(), prepositions.end(), mention.preposition) == prepositions.end())
      continue;
    if (mention.actor < 0 && mention.form != MentionForm::kPair && mention.form != MentionForm::kPronoun) continue;
    if (mention.form == MentionForm::kPronoun && mention.possessive) continue;  // "recalled its ambassador"
    bool plain = mention.preposition.empty() || IsAnyOf(mention.preposition, {"like", "including"});
    // "hosted a meeting of the coalition", "attacked the headquarters of Hamas"
    if (direct && mention.preposition == "of" && mention.first <= from + 5 && mention.first >= 2 &&
        At(mention.first - 2).tag.rfind("NN", 0) == 0 && mention_at_[mention.first - 2] < 0)
      plain = true;
    // "threatened withdrawal of troops": an event noun stands between, the object is that event
    if (direct && plain && mention.first <= from + 6 && !EventNounBetween(from, mention.first, own_class)) {
      if (by_preposition) *by_preposition = false;
      // "insurgents like Islamic State": the example names them
      uint32_t after = mention.last;
      if (After(after, {"like", "including", "such"})) {
        uint32_t next = after + (At(after).lower == "such" ? 2 : 1);
        if (next < tokens_.size() && mention_at_[next] >= 0 && mentions_[mention_at_[next]].actor >= 0) return mention_at_[next];
      }
      return m;
    }
    if (!mention.preposition.empty() &&
        std::find(prepositions.begin(), prepositions.end(), mention.preposition) != prepositions.end()) {
      if (by_preposition) *by_preposition = true;
      return m;
    }
  }
  return -1;
}

// An event noun of another class than the verb's own ("hosted a meeting of X" is one event).
bool SentenceReader::EventNounBetween(uint32_t from, uint32_t to, EventClass own_class) const {
  for (uint32_t k = from; k < to; ++k) {
    if (At(k).tag.rfind("NN", 0) != 0 || mention_at_[k] >= 0) continue;
    uint32_t first;
    const auto* entries = NounEntries(k, &first);
    if (entries != nullptr && entries->front().event_class != own_class) return true;
  }
  return false;
}

// The mention is the place of an unnamed insider that opens the clause at `start`: "(a) source
// in", "sources at", "a source close to", "insiders within".
bool SentenceReader::InsiderOf(const Mention& mention, uint32_t start) const {
  if (mention.actor < 0 || mention.first < 2 ||
      !IsAnyOf(mention.preposition, {"in", "at", "within", "inside", "from", "to"}))
    return false;
  uint32_t noun = mention.first - 2;
  if (mention.preposition == "to") {  // "close to"
    if (noun < 1 || At(noun).lower != "close") return false;
    --noun;
  }
  if (!IsAnyOf(At(noun).lower, {"source", "sources", "insider", "insiders"})) return false;
  for (uint32_t k = start; k < noun; ++k)
    if (At(k).tag != "DT" && At(k).tag != "JJ" && At(k).tag != "CD" && At(k).tag != "NN") return false;
  return true;
}

// Tokens [from, to) are a plain noun phrase headed by people or an office who act for whoever
// possesses them: "('s) legal team", "('s) foreign intelligence service", "('s) lawyers".
bool SentenceReader::ActsForPossessor(uint32_t from, uint32_t to) const {
  static const WordSet* agents = new WordSet{
      "team", "camp", "side", "office", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides",
      "campaign", "representative", "representatives", "delegation", "negotiator", "negotiators", "service",
      "services", "agency", "staff", "adviser", "advisers", "advisor", "advisors", "spokespeople"};
  if (At(from).tag == "POS") ++from;
  while (to > from && At(to - 1).tag == "RB") --to;  // "Odinga's team has also denied"
  if (to <= from || !agents->count(At(to - 1).lower)) return false;
  for (uint32_t k = from; k + 1 < to; ++k)
    if (At(k).tag != "JJ" && At(k).tag != "NN" && At(k).tag != "NNP") return false;
  return true;
}

// "will", "would", "could", "must": a modal in the verb group before its head.
bool SentenceReader::HasModal(const VerbGroup& group) const {
  for (uint32_t k = group.first; k < group.head; ++k)
    if (At(k).tag == "MD") return true;
  return false;
}

// "he said", "they denied" with nobody earlier for the pronoun (a sentence read alone): the
// event stands with its source unresolved; its source offsets still point at the pronoun.
// So does a document no actor issued ("the report said"), kept as the event's source phrase.
bool SentenceReader::UnnamedSource(const DraftEvent& e) const {
  if (e.source < 0 && e.speaker_thing_last > e.speaker_thing_first) return true;
  if (e.source >= 0 || e.source_mention < 0 || e.verb_group < 0) return false;
  const Mention& m = mentions_[e.source_mention];
  // "Both men say ...", "the two said": a pair no earlier sentence names
  if (m.form == MentionForm::kPair && m.pair.empty() && m.actor < 0) return e.speech;
  if (m.form != MentionForm::kPronoun || m.actor >= 0 || m.possessive || !m.pair.empty()) return false;
  if (IsAnyOf(m.pronoun, {"he", "she", "they", "we", "i"})) return true;
  return m.pronoun == "it" && e.speech;  // "it said": a company or a government; not "it hit"
}

// Makes k the content of d: k is no longer a fact of its own.
void SentenceReader::Attach(size_t d, size_t k) {
  drafts_[d].content = static_cast<int>(k);
  drafts_[k].claimed = true;
  drafts_[k].asserted = false;
  drafts_[k].negated = false;  // the content is the event denied, stated positively
}

bool SentenceReader::BreaksTies(uint32_t after) const {
  for (uint32_t k = after; k < tokens_.size() && k < after + 4; ++k)
    if (IsAnyOf(At(k).lower, {"ties", "relations", "contacts", "links"})) return true;
  return false;
}

bool SentenceReader::IsPolice(int actor) const {
  if (actor < 0) return false;
  const Actor& a = actors_.at(actor).actor;
  return absl::EndsWith(a.cameo(), "COP") || a.name() == "police" || absl::EndsWith(a.name(), " police");
}

void SentenceReader::Finish(SentenceEvents& out) {
  std::vector<int> remap(drafts_.size(), -1);
  for (size_t k = 0; k < drafts_.size(); ++k) {
    const DraftEvent& e = drafts_[k];
    bool unnamed = UnnamedSource(e);
    bool keep = !(e.needs_parent && !e.claimed) &&
                (e.source >= 0 || e.target >= 0 || e.claimed || unnamed || e.stands_alone ||
                 (e.thing_last > e.thing_first && e.asserted && !e.negated));
    if (e.content < 0 && drafts_[k].speech && e.event_class == DENY && !e.denies_unnamed) keep = false;
    if (drafts_[k].speech && e.event_class == STATEMENT && e.source < 0 && !unnamed) keep = false;
    // "were on high alert": the noun restates the verb's event
    if (e.rule.rfind("noun:", 0) == 0 && e.content < 0 && !e.claimed) {
      for (size_t v = 0; v < drafts_.size() && keep; ++v)
        if (v != k && drafts_[v].verb_group >= 0 && drafts_[v].rule.rfind("verb:", 0) == 0 &&
            !(drafts_[v].needs_parent && !drafts_[v].claimed) &&  // (a verb event kept itself)
            drafts_[v].event_class == e.event_class && drafts_[v].source == e.source &&
            (drafts_[v].target == e.target || e.target < 0) && !drafts_[v].claimed &&
            drafts_[v].asserted == e.asserted && drafts_[v].trigger_last <= e.trigger_first &&
            e.trigger_first <= drafts_[v].trigger_last + 4)
          keep = false;
    }
    // "an army statement said ...": the document that speaks is the statement the verb makes
    if (keep && e.event_class == STATEMENT && e.rule.rfind("noun:", 0) == 0 && e.content < 0 && !e.claimed)
      for (size_t v = 0; v < drafts_.size() && keep; ++v)
        if (v != k && drafts_[v].verb_group >= 0 && drafts_[v].source == e.source &&
            clauses_.verb_groups()[drafts_[v].verb_group].first == e.trigger_last &&
            DocumentVerb(clauses_.verb_groups()[drafts_[v].verb_group]))
          keep = false;
    // "Harlow Mills said it agreed to sell its stake to Carden Capital": business between companies is
    // no political event
    // (a country's firms, "Japanese chipmakers", stay: trade disputes are between countries)
    auto company = [&](int a) {
      return a >= 0 && actors_.at(a).actor.kind() == COMPANY && actors_.CountryOf(a) < 0;
    };
    if (company(e.source) && (e.target < 0 || company(e.target)) && e.event_class != STATEMENT) keep = false;
    if (keep) remap[k] = static_cast<int>(k);
  }
  // Contents of kept events stay; events whose container is dropped go too.
  std::vector<int> index(drafts_.size(), -1);
  for (size_t k = 0; k < drafts_.size(); ++k) {
    if (remap[k] < 0) continue;
    if (drafts_[k].claimed) {
      bool container_kept = false;
      for (size_t d = 0; d < drafts_.size(); ++d)
        if (remap[d] >= 0 && drafts_[d].content == static_cast<int>(k)) container_kept = true;
      if (!container_kept) continue;
    }
    index[k] = static_cast<int>(out.events.size());
    out.events.push_back(drafts_[k]);
  }
  for (auto& e : out.events) {
    if (e.asserted && !e.negated && e.event_class != STATEMENT && e.event_class != DENY && e.source >= 0)
      salience_.SetLastFact({e.event_class, e.cameo, e.source, e.target, 0});
    if (e.content >= 0) e.content = index[e.content];
    // the two sides of an event ("the two sides"); a statement's topic is not a side
    if (e.source >= 0 && e.target >= 0 && e.event_class != STATEMENT && !actors_.at(e.source).is_person &&
        !actors_.at(e.target).is_person)
      salience_.AddPair(e.source, e.target);
  }
}

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
    return kind == PERSON || kind == GROUP || kind == MILITARY || kind == MEDIA;
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
        if (actor < 0 || std::find(preps.begin(), preps.end(), mentions_[m].preposition) == preps.end() ||
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
      if (k + 1 < end && At(k + 1).lower == "of") {  // "a series of illnesses"
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
      // "Russian forces are being sent into the conflict": the forces' side moves them
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
void SentenceReader::ReadObjectSense(const VerbGroup& group, uint32_t from, uint32_t end, DraftEvent& e) const {
  static const WordSet* diplomats = new WordSet{"diplomat", "diplomats", "ambassador", "envoy", "envoys",
                                                "attache", "attaché", "consul", "embassy"};
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
  } else if (e.event_class == COERCE && lemma == "expel" && object_has(*diplomats)) {
    e.event_class = SANCTION;
    e.cameo = "166";
    // the diplomats' country is the target
    if (e.target >= 0 && actors_.CountryOf(e.target) >= 0) e.target = actors_.CountryOf(e.target);
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

// "The Greens are appalled at the plan", "Beijing was furious over the visit": a feeling of
// judgement about someone is an event of the evaluation's class (criticism).
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

// "according to the ministry, ...", "..., according to Amnesty International": an attribution
// is a statement of the source, whose content is the rest of the sentence.
void SentenceReader::FindAttributions() {
  for (uint32_t k = 0; k + 2 < tokens_.size(); ++k) {
    if (At(k).lower != "according" || At(k + 1).lower != "to") continue;
    int m = mention_at_[k + 2];
    if (m < 0 && At(k + 2).lower == "the" && k + 3 < tokens_.size()) m = mention_at_[k + 3];
    if (m < 0 || ActorOf(m) < 0 || mentions_[m].form == MentionForm::kPronoun) continue;
    DraftEvent e;
    e.event_class = STATEMENT;
    e.cameo = "010";
    e.speech = true;
    e.source_mention = m;
    e.source = ActorOf(m);
    e.trigger_first = k;
    e.trigger_last = k + 2;
    e.rule = "according-to";
    drafts_.push_back(e);
  }
}

// '"We have done all we could."' read alone: a first-person clause with nothing else in it is
// a statement of whoever speaks (the carried speaker, or an unresolved "we").
void SentenceReader::AddFirstPersonStatement() {
  for (const auto& d : drafts_)
    if (!d.needs_parent && !(d.negated && d.source < 0) &&
        (d.source >= 0 || d.target >= 0 || d.stands_alone || UnnamedSource(d)))
      return;
  const auto& groups = clauses_.verb_groups();
  for (size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& mention = mentions_[m];
    if (mention.form != MentionForm::kPronoun || mention.possessive || !IsAnyOf(mention.pronoun, {"i", "we"}))
      continue;
    int g = clauses_.GroupAt(mention.last);
    if (g < 0 || !groups[g].finite) continue;
    DraftEvent e;
    e.event_class = STATEMENT;
    e.cameo = "010";
    e.source_mention = static_cast<int>(m);
    e.source = mention.actor;
    e.verb_group = g;
    e.trigger_first = groups[g].head;
    e.trigger_last = groups[g].head + 1;
    e.rule = "first-person";
    // '"We do not run detention sites."': saying what one does not do or is not is a denial
    // ("we will not", "we cannot": a refusal or an inability, left a statement)
    bool modal = HasModal(groups[g]);
    // (not a thought or a perception: "I don't know why", "I don't think so", "I'm not saying")
    static const WordSet* mental = new WordSet{
        "know", "think", "believe", "see", "say", "understand", "want", "like", "expect", "remember", "mean",
        "feel", "care", "recall", "wish", "hope", "doubt", "suppose", "imagine", "guess", "need", "seem", "be",
        "have", "get", "mind", "agree", "intend", "plan", "wonder", "forget", "notice", "hear", "read",
        "comment", "speculate", "discuss", "go", "give"};
    if (groups[g].negated && !modal && !mental->count(At(groups[g].head).lemma)) {
      e.event_class = DENY;
      e.cameo = "016";
      e.denies_unnamed = true;
      e.rule = "first-person:denial";
    } else {
      SetTopic(groups[g].last, static_cast<uint32_t>(tokens_.size()), e);  // "I think the Japanese will ..."
    }
    drafts_.push_back(e);
    return;
  }
}

// "must", "should", "ought": the group says what someone is obliged to do.
bool SentenceReader::Obliges(const VerbGroup& group) const {
  for (uint32_t k = group.first; k < group.head; ++k)
    if (IsAnyOf(At(k).lower, {"must", "should", "ought"})) return true;
  return false;
}

// Token range of what a speech verb reports: its clause to the right, or the quotation (or
// clause) before it when it comes after ("'...,' he said", "..., officials say").
std::pair<uint32_t, uint32_t> SentenceReader::Complement(const DraftEvent& speech, int subject_mention) const {
  uint32_t after = speech.trigger_last;
  // '"...," said opposition leader X': the subject stands after the verb, the content before
  bool inverted = subject_mention >= 0 && mentions_[subject_mention].first >= speech.trigger_last;
  if (inverted) after = mentions_[subject_mention].last;
  // "told reporters", "told the ministers": skip an addressee
  uint32_t right_end = static_cast<uint32_t>(tokens_.size());
  for (uint32_t j = after; j < tokens_.size(); ++j) {
    // "disputes the result and has called for a recount": a second verb of the same subject
    bool second_verb = At(j).lower == "and" && j > after + 1 && j + 1 < tokens_.size() &&
                       clauses_.GroupAt(j + 1) >= 0 && At(j + 1).tag != "VBG" && At(j + 1).tag != "TO";
    if (At(j).text == ";" || (At(j).text == "," && (At(j + 1).lower == "but" || At(j + 1).lower == "according")) ||
        (At(j).lower == "but" && At(j).tag == "CC") || second_verb) {
      right_end = j;
      break;
    }
  }
  bool content_right = false;
  for (uint32_t j = after; j < right_end; ++j) {
    if (clauses_.GroupAt(j) >= 0 || IsQuoteToken(At(j)) || At(j).tag.rfind("NN", 0) == 0) {
      content_right = true;
      break;
    }
    if (At(j).text == "." || At(j).text == ",") break;
  }
  uint32_t left_end = subject_mention >= 0 && !inverted ? mentions_[subject_mention].first : speech.trigger_first;
  while (left_end > 0 && (At(left_end - 1).text == "," || IsQuoteToken(At(left_end - 1)))) --left_end;
  bool content_left = left_end > 0 && left_end < speech.trigger_first &&
                      (At(left_end).text == "," || IsQuoteToken(At(left_end)));
  if (content_right && !(content_left && clauses_.InQuote(left_end - 1))) return {after, right_end};
  if (content_left) return {0, left_end};
  return {after, right_end};
}

// "Chile held Peru responsible", "Kenya said Ugandan troops were responsible for that
// raid", "the minister said the rebels were to blame": blame laid on an actor is an accusation
// (CAMEO 112) by whoever holds it or says it.
void SentenceReader::FindBlame() {
  static const WordSet* blame_words =
      new WordSet{"responsible", "accountable", "liable", "culpable", "blame"};
  const auto& groups = clauses_.verb_groups();
  for (uint32_t w = 1; w < tokens_.size(); ++w) {
    if (At(w).lower.size() < 5 || !blame_words->count(At(w).lower)) continue;
    bool to_blame = At(w).lower == "blame";
    if (to_blame && At(w - 1).lower != "to") continue;
    uint32_t b = to_blame ? w - 1 : w;
    while (b > 0 && At(b - 1).tag == "RB") --b;  // "directly responsible"
    if (b == 0) continue;
    int source = -1, source_mention = -1, target_mention = -1;
    int g = clauses_.GroupAt(b - 1);
    if (g >= 0 && At(groups[g].head).lemma == "be" && !groups[g].negated) {
      // "X was responsible": said by the speaker whose words hold it
      target_mention = Subject(g);
      int holder = -1;  // the innermost speech whose words hold the blame
      uint32_t holder_length = 0;
      for (size_t d = 0; d < drafts_.size(); ++d) {
        if (!drafts_[d].speech || drafts_[d].negated) continue;
        auto span = Complement(drafts_[d], drafts_[d].source_mention);
        if (w < span.first || w >= span.second || (holder >= 0 && span.second - span.first >= holder_length))
          continue;
        holder = static_cast<int>(d);
        holder_length = span.second - span.first;
      }
      if (holder < 0) continue;
      source = drafts_[holder].source;
      source_mention = drafts_[holder].source_mention;
    } else if (int m = mention_at_[b - 1]; m >= 0 && mentions_[m].first > 0 &&
               clauses_.GroupAt(mentions_[m].first - 1) >= 0) {
      // "held the United States responsible"
      const VerbGroup& hold = groups[clauses_.GroupAt(mentions_[m].first - 1)];
      if (At(hold.head).lemma != "hold" || hold.negated || hold.passive) continue;
      target_mention = m;
      source_mention = Subject(clauses_.GroupAt(mentions_[m].first - 1));
      source = ActorOf(source_mention);
    } else {
      continue;
    }
    int target = ActorOf(target_mention);
    if (target < 0 || (source < 0 && source_mention < 0) || target == source) continue;
    // ("were to blame": the verb read as the rebels blaming is the blame laid on them)
    for (auto& d : drafts_)
      if (d.trigger_first == w && d.event_class == ACCUSE) d.needs_parent = true;
    DraftEvent e;
    e.event_class = ACCUSE;
    e.cameo = "112";
    e.source = source;
    e.source_mention = source_mention;
    e.target = target;
    e.target_mention = target_mention;
    e.trigger_first = w;
    e.trigger_last = w + 1;
    e.rule = "blame";
    drafts_.push_back(e);
  }
}

int SentenceReader::FindSpeech(int carried_speaker) {
  int sentence_speaker = -1;
  // Inner speech first: a shorter span is nested in a longer one.
  std::vector<size_t> order;
  for (size_t d = 0; d < drafts_.size(); ++d)
    if (drafts_[d].speech) order.push_back(d);
  std::vector<std::pair<uint32_t, uint32_t>> spans(drafts_.size());
  for (size_t d : order) spans[d] = Complement(drafts_[d], drafts_[d].source_mention);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return spans[a].second - spans[a].first < spans[b].second - spans[b].first;
  });
  for (size_t d : order) {
    if (!clauses_.InQuote(drafts_[d].trigger_first) && drafts_[d].source >= 0 && sentence_speaker < 0)
      sentence_speaker = drafts_[d].source;
  }
  int quote_speaker = sentence_speaker >= 0 ? sentence_speaker : carried_speaker;
  ResolveFirstPerson(quote_speaker);
  for (size_t d : order) {
    DraftEvent& speech = drafts_[d];
    bool pair_speaker = speech.source_mention >= 0 && mentions_[speech.source_mention].pair.size() == 2;
    if (speech.source < 0 && !pair_speaker && !UnnamedSource(speech)) continue;
    auto [begin, end] = spans[d];
    std::vector<size_t> inner;
    for (size_t k = 0; k < drafts_.size(); ++k) {
      if (k == d || drafts_[k].claimed || (drafts_[k].speech && drafts_[k].content >= 0)) continue;
      if (drafts_[k].trigger_first >= begin && drafts_[k].trigger_first < end) inner.push_back(k);
    }
    std::sort(inner.begin(), inner.end(),
              [&](size_t a, size_t b) { return drafts_[a].trigger_first < drafts_[b].trigger_first; });
    HandleSpeech(d, inner);
    // "officials said Clinton would not accept": a statement is about whom it speaks of
    // (and "alleged the reporters were spies", "complained that Tokyo ...": of whom it alleges)
    if ((drafts_[d].event_class == STATEMENT || drafts_[d].event_class == ACCUSE) && !drafts_[d].negated &&
        drafts_[d].target < 0)
      SetTopic(begin, end, drafts_[d]);
    // "warned of unrest before the Games": a warning of what others may do is a statement too
    // (a warning of one's own act is only a threat)
    if (drafts_[d].event_class == THREATEN && !drafts_[d].negated &&
        IsAnyOf(At(drafts_[d].trigger_first).lemma, {"warn", "caution"})) {
      int content = drafts_[d].content;
      bool own = content >= 0 && drafts_[content].source >= 0 && drafts_[d].source >= 0 &&
                 (drafts_[content].source == drafts_[d].source ||
                  actors_.IsRelated(drafts_[content].source, drafts_[d].source));
      if (!own) {
        DraftEvent said = OfSpeaker(d, STATEMENT, "010", drafts_[d].trigger_first, drafts_[d].trigger_last,
                                    "speech:warning");
        SetTopic(begin, end, said);
        drafts_.push_back(said);
      }
    }
    if (drafts_[d].event_class != DENY && !drafts_[d].negated) {
      AddBlame(d, begin, end);
      AddAttribution(d, begin, end);
      AddGoodRole(d, begin, end);
      AddObligations(d, begin, end);
      AddImperative(d, begin, end);
      AddEvaluation(d, begin, end);
      AddSelfDenial(d, begin, end);
    }
  }
  // '"Congress should hold firm," (read alone, no speaker anywhere): a demand of whom the
  // quotation says must act, by a speaker unknown
  if (order.empty() && carried_speaker < 0 && clauses_.HasQuote()) {
    const auto& groups = clauses_.verb_groups();
    for (size_t g = 0; g < groups.size(); ++g) {
      if (!clauses_.InQuote(groups[g].head)) continue;
      int subject = Obliges(groups[g]) ? Subject(static_cast<int>(g)) : -1;
      if (ActorOf(subject) < 0) continue;
      DraftEvent e;
      e.event_class = REQUEST;
      e.cameo = "100";
      e.target = ActorOf(subject);
      e.target_mention = subject;
      e.trigger_first = groups[g].first;
      e.trigger_last = groups[g].head + 1;
      e.rule = "quote:obligation";
      drafts_.push_back(e);
      break;
    }
  }
  // '"The conduct of the faction has been shameful."' (read alone, no speaker anywhere):
  // a judgement of whom the quotation is about, by a speaker unknown
  if (order.empty() && carried_speaker < 0 && clauses_.HasQuote()) {
    for (uint32_t k = 0; k < tokens_.size(); ++k) {
      const EventEntry* entry = clauses_.InQuote(k) ? Evaluation(k) : nullptr;
      if (!entry || (entry->event_class != ACCUSE && entry->event_class != SUPPORT)) continue;
      bool already = false;
      for (const auto& d : drafts_) already |= d.event_class == entry->event_class;
      if (already) break;
      DraftEvent e;
      e.event_class = entry->event_class;
      e.cameo = entry->cameo;
      e.trigger_first = k;
      e.trigger_last = k + 1;
      e.rule = absl::StrCat("quote:evaluation:", At(k).lower);
      SetTopic(0, static_cast<uint32_t>(tokens_.size()), e);
      if (e.target >= 0) drafts_.push_back(e);
      break;
    }
  }
  // A quotation with no speech verb of its own speaks for the last speaker.
  if (order.empty() && carried_speaker >= 0 && clauses_.HasQuote()) {
    std::vector<size_t> inner;
    for (size_t k = 0; k < drafts_.size(); ++k)
      if (clauses_.InQuote(drafts_[k].trigger_first)) inner.push_back(k);
    for (size_t k : inner) {
      if (drafts_[k].negated && !drafts_[k].claimed) {
        if (drafts_[k].source < 0) drafts_[k].source = carried_speaker;
        AddDenial(carried_speaker, k, drafts_[k].trigger_first, drafts_[k].trigger_last, "quote:negated");
      }
    }
  }
  return quote_speaker;
}

void SentenceReader::HandleSpeech(size_t d, const std::vector<size_t>& inner) {
  DraftEvent speech = drafts_[d];
  if (speech.negated) {  // "neither confirmed nor denied": nothing is stated
    for (size_t k : inner) drafts_[k].asserted = false;
    drafts_[d].claimed = true;
    drafts_[d].needs_parent = true;
    return;
  }
  if (speech.event_class == DENY) {
    // The denied event: the first that is not itself an accusation or statement.
    size_t chosen = inner.size();
    for (size_t i = 0; i < inner.size() && chosen == inner.size(); ++i) {
      auto c = drafts_[inner[i]].event_class;
      if (c != ACCUSE && c != STATEMENT && c != DENY) chosen = i;
    }
    if (chosen == inner.size() && !inner.empty()) chosen = 0;
    if (chosen == inner.size()) {
      // "denied the reports", "called this information nonsense": what an earlier sentence said
      Salience::Fact fact = salience_.RecentFact();
      if (fact.event_class == EVENT_CLASS_UNSPECIFIED || !RefersBack(speech)) {
        // "denied the reports", "denied involvement": a denial whose content we cannot name;
        // otherwise a denial of nothing
        drafts_[d].needs_parent = !RefersBack(speech);
        drafts_[d].denies_unnamed = RefersBack(speech);
        return;
      }
      DraftEvent content;
      content.event_class = fact.event_class;
      content.cameo = fact.cameo;
      content.source = fact.source;
      content.target = fact.target;
      content.trigger_first = speech.trigger_first;
      content.trigger_last = speech.trigger_last;
      content.rule = "earlier-sentence";
      drafts_.push_back(content);
      drafts_[d].target = -1;
      Attach(d, drafts_.size() - 1);
      return;
    }
    size_t k = inner[chosen];
    // "Turkey denies Syrian accusations that it backs ...": the accusation targets the denier
    // (and the denial answers the accuser: "Laos denied the exiled prince's accusations")
    int accuser = -1;
    for (size_t other : inner) {
      bool claim = drafts_[other].event_class == STATEMENT && drafts_[other].rule.rfind("noun:", 0) == 0;
      if (drafts_[other].event_class != ACCUSE && !claim) continue;
      if (drafts_[other].target < 0 && !claim) drafts_[other].target = speech.source;
      if (drafts_[other].source >= 0 && drafts_[other].source != speech.source && accuser < 0)
        accuser = static_cast<int>(other);
    }
    const Mention* subject = speech.source_mention >= 0 ? &mentions_[speech.source_mention] : nullptr;
    if (subject && subject->form == MentionForm::kPair && subject->pair.size() == 2) {
      // "both deny any military coordination": one denial each, of cooperation with the other
      for (int side = 0; side < 2; ++side) {
        DraftEvent content = drafts_[k];
        content.source = subject->pair[side];
        content.target = subject->pair[1 - side];
        content.needs_parent = false;
        drafts_.push_back(content);
        DraftEvent denial = speech;
        denial.speech = false;  // a denial made here, not a verb whose clause is still to read
        denial.source = subject->pair[side];
        denial.rule += ":pair";
        drafts_.push_back(denial);
        Attach(drafts_.size() - 1, drafts_.size() - 2);
      }
      drafts_[d].claimed = true;
      drafts_[d].needs_parent = true;
      drafts_[k].claimed = true;
      drafts_[k].needs_parent = true;
      return;
    }
    if (drafts_[k].source < 0 && drafts_[k].target != speech.source) drafts_[k].source = speech.source;
    drafts_[d].target = -1;  // what is denied is the content, not a target
    drafts_[d].target_mention = -1;
    if (accuser >= 0) {
      drafts_[d].target = drafts_[accuser].source;
      drafts_[d].target_mention = drafts_[accuser].source_mention;
    }
    Attach(d, k);
    return;
  }
  // "claimed responsibility for the attack": the claimant did it
  // (and of each conjunct of that act: "the car bomb that killed nine civilians and three soldiers")
  if (At(speech.trigger_last).lower == "responsibility" || At(speech.trigger_last + 1).lower == "responsibility") {
    int claimed_trigger = -1;
    for (size_t k : inner) {
      if (drafts_[k].source >= 0 || drafts_[k].claimed) continue;
      if (claimed_trigger >= 0 && static_cast<int>(drafts_[k].trigger_first) != claimed_trigger) break;
      claimed_trigger = static_cast<int>(drafts_[k].trigger_first);
      drafts_[k].source = speech.source;
      drafts_[k].needs_parent = false;
      drafts_[k].rule += ":claimed";
    }
  }
  // "the general said the offensive could go on for weeks", "the caller said the bomb would
  // explode": violence held out with no one named to do it is the speaker's (a threat, below)
  for (size_t k : inner) {
    DraftEvent& act = drafts_[k];
    if ((act.event_class == ASSAULT || act.event_class == COERCE) && act.source < 0 && !act.negated &&
        !act.claimed && (act.modality == INTENDED || act.modality == POSSIBLE) && speech.source >= 0 &&
        actors_.at(speech.source).actor.kind() != GROUP && actors_.at(speech.source).actor.kind() != MEDIA &&
        actors_.at(speech.source).actor.kind() != COMPANY) {
      // (not commentators: "analysts said the strikes would continue" forecasts)
      act.source = speech.source;
      act.rule += ":announced";
    }
  }
  // A statement: negated inner events are denials by the speaker, the rest are reported.
  bool stated = false;
  for (size_t k : inner) {
    if (drafts_[k].claimed) continue;
    if (drafts_[k].negated && (drafts_[k].modality == INTENDED || drafts_[k].modality == POSSIBLE)) {
      drafts_[k].asserted = false;
      if (drafts_[k].modality == INTENDED && drafts_[k].source >= 0) AddRefusal(k);
    } else if (drafts_[k].negated && drafts_[k].modality == HYPOTHETICAL) {
      drafts_[k].asserted = false;  // "... if Uganda does not apologise": a condition, no denial
    } else if (drafts_[k].negated) {
      AddDenial(speech.source, k, speech.trigger_first, speech.trigger_last, "speech:negated");
    } else if (!stated && !drafts_[k].needs_parent) {
      stated = true;
      drafts_[d].content = static_cast<int>(k);  // the statement's content; k stays a fact
      // "warned Belarus of further sanctions": what the warner itself holds out is no fact
      if (speech.event_class == THREATEN && drafts_[k].source >= 0 && speech.source >= 0 &&
          (drafts_[k].source == speech.source || actors_.IsRelated(drafts_[k].source, speech.source))) {
        drafts_[k].modality = THREATENED;
        drafts_[k].asserted = false;
        if (drafts_[d].target < 0) {
          drafts_[d].target = drafts_[k].target;
          drafts_[d].target_mention = drafts_[k].target_mention;
        }
      }
      MakeAllegation(d, k);
    }
  }
}

// "Sudan claimed that Chad is sheltering the rebels": claiming or alleging a hostile act of
// someone else is an accusation of them.
void SentenceReader::MakeAllegation(size_t d, size_t k) {
  DraftEvent& speech = drafts_[d];
  const DraftEvent& act = drafts_[k];
  if (speech.event_class != STATEMENT || speech.source < 0 || act.source < 0 ||
      !IsAnyOf(At(speech.trigger_first).lemma, {"claim", "allege", "contend", "assert", "maintain", "insist"}))
    return;
  static const std::set<EventClass>* hostile = new std::set<EventClass>{
      ASSAULT, COERCE, THREATEN, MOBILIZE, SANCTION, AID, COOPERATE, REJECT};
  if (!hostile->count(act.event_class) || actors_.IsRelated(act.source, speech.source)) return;
  speech.event_class = ACCUSE;
  speech.cameo = "112";
  speech.target = act.source;
  speech.target_mention = act.source_mention;
  speech.rule += ":allegation";
}

// '"This is a disgrace," the minister said', 'said Brough's comments were offensive': a
// judgement in what someone says is a criticism by the speaker, of the first other actor
// named in it (or of no one named).
void SentenceReader::AddEvaluation(size_t d, uint32_t begin, uint32_t end) {
  if (drafts_[d].event_class != STATEMENT) return;
  // "According to AFP, the ministry called the reports nonsense": the judgement is the inner speaker's
  for (size_t other = 0; other < drafts_.size(); ++other)
    if (other != d && drafts_[other].verb_group >= 0 && drafts_[other].trigger_first >= begin &&
        drafts_[other].trigger_first < end && (drafts_[other].speech || drafts_[other].event_class == DENY))
      return;
  for (uint32_t k = begin; k < end; ++k) {
    const EventEntry* entry = Evaluation(k);
    if (!entry || entry->event_class == STATEMENT) continue;  // ("said he was hopeful": said already)
    for (const auto& other : drafts_)
      if (other.event_class == entry->event_class && other.trigger_first >= begin && other.trigger_first < end) return;
    DraftEvent e = OfSpeaker(d, entry->event_class, entry->cameo, k, k + 1,
                             absl::StrCat("speech:evaluation:", At(k).lower));
    SetTopic(begin, end, e);
    drafts_.push_back(e);
    return;
  }
}

// Whom words in tokens [begin, end) are about, as the target of e when it has none: the subject
// of a clause of what is said, else the first actor named; never the source or its own.
void SentenceReader::SetTopic(uint32_t begin, uint32_t end, DraftEvent& e) {
  auto other = [&](int actor) {
    return actor >= 0 && !(e.source >= 0 && (actor == e.source || actors_.IsRelated(actor, e.source)));
  };
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size() && e.target < 0; ++g) {
    if (groups[g].head < begin || groups[g].head >= end || !groups[g].finite) continue;
    int subject = Subject(static_cast<int>(g));
    if (!other(ActorOf(subject))) continue;
    e.target = ActorOf(subject);
    e.target_mention = subject;
  }
  for (size_t m = 0; m < mentions_.size() && e.target < 0; ++m) {
    const Mention& mention = mentions_[m];
    if (mention.first < begin || mention.first >= end || mention.locative || !other(ActorOf(static_cast<int>(m))))
      continue;
    e.target = ActorOf(static_cast<int>(m));
    e.target_mention = static_cast<int>(m);
  }
}

// "X said Russia had failed to honour its obligations": saying that someone failed, violated or
// schemed is an accusation of them.
void SentenceReader::AddBlame(size_t d, uint32_t begin, uint32_t end) {
  static const WordSet* blame = new WordSet{
      "fail", "violate", "breach", "flout", "ignore", "undermine", "sabotage", "interfere", "meddle",
      "provoke", "lie", "scheme", "plot", "conspire", "incite", "instigate", "renege", "obstruct"};
  static const WordSet* duty = new WordSet{"comply", "honour", "honor", "respect", "live", "keep", "fulfil",
                                           "fulfill", "abide", "do", "show"};
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end) continue;
    const std::string& lemma = At(group.head).lemma;
    // "was trying to escape accountability", "evaded responsibility"
    bool evades = IsAnyOf(lemma, {"escape", "evade", "dodge", "avoid", "shirk"}) &&
                  IsAnyOf(At(group.head + 1).lower, {"accountability", "responsibility", "justice", "scrutiny"});
    if (!group.finite && !evades) continue;
    if (!blame->count(lemma) && !(group.negated && duty->count(lemma)) && !evades) continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), ACCUSE, "112", &e)) continue;
    e.trigger_first = group.head;
    e.rule = absl::StrCat("speech:blame:", lemma);
    drafts_.push_back(e);
    return;
  }
}

// "said Lula will be an excellent president", "the governor is a fine governor": calling someone good at
// what they are praises them.
void SentenceReader::AddGoodRole(size_t d, uint32_t begin, uint32_t end) {
  static const WordSet* good = new WordSet{"good", "great", "strong", "excellent", "fine", "outstanding",
                                           "wonderful", "remarkable", "effective", "capable", "superb", "brilliant"};
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end || group.negated || At(group.head).lemma != "be") continue;
    uint32_t k = group.head + 1;
    if (!IsAnyOf(At(k).lower, {"a", "an"})) continue;
    ++k;
    while (k < end && At(k).tag == "RB") ++k;
    if (!good->count(At(k).lower) || k + 1 >= end) continue;
    const Token& noun = At(k + 1);
    if (!noun.person_noun && !IsAnyOf(noun.lower, {"leader", "mayor", "president", "minister", "choice", "friend"}))
      continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), SUPPORT, "051", &e)) continue;
    e.trigger_first = k;
    e.trigger_last = k + 2;
    e.rule = "speech:good-role";
    drafts_.push_back(e);
    return;
  }
}

// "said the bombing bore the hallmarks of al-Qaeda": naming whose mark a deed carries blames them.
void SentenceReader::AddAttribution(size_t d, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k + 2 < end; ++k) {
    if (!IsAnyOf(At(k).lower, {"hallmarks", "hallmark", "fingerprints", "signature", "trademarks"}) ||
        At(k + 1).lower != "of" || k < begin + 2 || !IsAnyOf(At(k - 1).lower, {"the", "all"}))
      continue;
    int g = clauses_.GroupAt(k - 2);
    if (g < 0 || !IsAnyOf(At(clauses_.verb_groups()[g].head).lemma, {"bear", "have", "carry", "show"})) continue;
    int mention = k + 2 < tokens_.size() ? mention_at_[k + 2] : -1;
    int target = ActorOf(mention);
    if (target < 0 || target == drafts_[d].source) continue;
    DraftEvent e = OfSpeaker(d, ACCUSE, "112", k, k + 1, "speech:hallmarks");
    e.target = target;
    e.target_mention = mention;
    drafts_.push_back(e);
    return;
  }
}

// An event of the speaker of draft d about the subject of verb group g, who must be someone
// else; false when there is no such subject.
bool SentenceReader::SpeakerAbout(size_t d, int g, EventClass event_class, const char* cameo, DraftEvent* e) {
  int subject = Subject(g);
  int other = ActorOf(subject);
  int speaker = drafts_[d].source;
  // (a speaker may be an unresolved "he" in a sentence read alone)
  if (other < 0 || (speaker < 0 && !UnnamedSource(drafts_[d])) ||
      (speaker >= 0 && actors_.IsRelated(other, speaker)))
    return false;
  e->event_class = event_class;
  e->cameo = cameo;
  e->source = speaker;
  e->target = other;
  e->source_mention = drafts_[d].source_mention;
  e->target_mention = subject;
  e->trigger_last = clauses_.verb_groups()[g].head + 1;
  return true;
}

// The denial's object points back: "the reports", "this information", "these claims", "it".
bool SentenceReader::RefersBack(const DraftEvent& speech) const {
  static const WordSet* back = new WordSet{"this", "that", "these", "those", "it", "report", "reports",
                                           "claim", "claims", "information", "allegation", "allegations",
                                           "accusation", "accusations", "charge", "charges", "account",
                                           "accounts", "story", "rumours", "rumors", "suggestion",
                                           "involvement", "responsibility", "role", "links", "wrongdoing",
                                           // "denied them", "denied any knowledge of", "denied ties to"
                                           "them", "any", "knowledge", "relationship", "ties", "link",
                                           "connection", "connections", "contact", "contacts", "guilt",
                                           "complicity", "rumour", "rumor"};
  for (uint32_t k = speech.trigger_last; k < tokens_.size() && k < speech.trigger_last + 4; ++k)
    if (back->count(At(k).lower)) return true;
  // "an accusation that Nepal rejected", "the claims, which Oslo denies": the antecedent
  if (speech.source_mention < 0) return false;
  uint32_t relative = mentions_[speech.source_mention].first;
  if (relative < 2 || !IsAnyOf(At(relative - 1).lower, {"that", "which"})) return false;
  uint32_t antecedent = At(relative - 2).text == "," && relative >= 3 ? relative - 3 : relative - 2;
  return back->count(At(antecedent).lower) > 0;
}

// '"Russia must withdraw its troops," the minister said': telling another what it must do is
// a request of it.
void SentenceReader::AddObligations(size_t d, uint32_t begin, uint32_t end) {
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end) continue;
    bool must = Obliges(group);
    if (group.negated && !must) continue;  // ("Japan should never repeat it": a demand too)
    int act = static_cast<int>(g);  // the group of the act demanded
    // "the security forces have to be reformed", "Congress needs to act"
    if (!must && !HasModal(group) && IsAnyOf(At(group.head).lemma, {"have", "need"}) &&
        At(group.head + 1).lower == "to" &&
        g + 1 < groups.size() && groups[g + 1].first == group.head + 2) {
      must = true;
      act = static_cast<int>(g + 1);
    }
    // "it is important that western powers support the process": a demand of them
    if (!must && At(group.head).lemma == "be" && group.first > 0 && At(group.first - 1).lower == "it") {
      uint32_t k = group.head + 1;
      while (k < end && At(k).tag == "RB") ++k;
      if (k + 1 < end &&
          IsAnyOf(At(k).lower, {"important", "essential", "vital", "necessary", "imperative", "crucial"}) &&
          At(k + 1).lower == "that" && clauses_.GroupAt(k + 2) < 0) {
        for (size_t next = g + 1; next < groups.size() && groups[next].head < end; ++next) {
          if (!groups[next].finite) continue;
          DraftEvent e;
          // (of whom it names, or of no one named: "that both sides respect the truce")
          if (!SpeakerAbout(d, static_cast<int>(next), REQUEST, "100", &e))
            e = OfSpeaker(d, REQUEST, "100", k, k + 1, "");
          e.trigger_first = k;
          e.trigger_last = k + 1;
          e.rule = "speech:obligation:important";
          drafts_.push_back(e);
          return;
        }
      }
    }
    if (!must) continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), REQUEST, "100", &e)) {
      // '"Those who are guilty must be punished," she said': a demand of no one named
      int subject = Subject(static_cast<int>(g));
      if (subject >= 0 && (ActorOf(subject) >= 0 || mentions_[subject].form == MentionForm::kPronoun)) continue;
      e = OfSpeaker(d, REQUEST, "100", group.first, group.head + 1, "");
    }
    e.trigger_first = group.first;
    e.rule = "speech:obligation";
    // the act demanded, if it is an event, is the request's content and no fact
    for (size_t k = 0; k < drafts_.size(); ++k) {
      if (drafts_[k].trigger_first == groups[act].head && !drafts_[k].claimed && !drafts_[k].speech) {
        drafts_.push_back(e);
        drafts_[k].modality = REQUESTED;
        Attach(drafts_.size() - 1, k);
        return;
      }
    }
    drafts_.push_back(e);
    return;
  }
}

// An event of the speaker of draft d (resolved or an unresolved pronoun) read from its words.
DraftEvent SentenceReader::OfSpeaker(size_t d, EventClass event_class, const std::string& cameo, uint32_t first,
                                     uint32_t last, std::string rule) const {
  DraftEvent e;
  e.event_class = event_class;
  e.cameo = cameo;
  e.source = drafts_[d].source;
  e.source_mention = drafts_[d].source_mention;
  e.speaker_thing_first = drafts_[d].speaker_thing_first;
  e.speaker_thing_last = drafts_[d].speaker_thing_last;
  e.verb_group = drafts_[d].verb_group;
  e.trigger_first = first;
  e.trigger_last = last;
  e.rule = std::move(rule);
  return e;
}

// '"Do not injure our sovereignty," the minister said': a quotation that opens with an order is
// a demand by its speaker.
void SentenceReader::AddImperative(size_t d, uint32_t begin, uint32_t end) {
  uint32_t k = begin;
  while (k < end && (IsQuoteToken(At(k)) || At(k).text == ",")) ++k;
  if (k + 1 >= end || !clauses_.InQuote(k) || drafts_[d].event_class != STATEMENT) return;
  bool order = At(k).tag == "VB" && !IsAnyOf(At(k).lower, {"be", "have", "thank", "say"});
  if (IsAnyOf(At(k).lower, {"do", "don't"}) && IsAnyOf(At(k + 1).lower, {"not", "n't"})) order = true;
  if (!order) return;
  for (const auto& other : drafts_)
    if (other.event_class == REQUEST && other.trigger_first >= begin && other.trigger_first < end) return;
  drafts_.push_back(OfSpeaker(d, REQUEST, "100", k, k + 1, "speech:imperative"));
}

// '"We do not operate detention facilities," the navy said', "said that he was not drunk": a
// speaker saying what it itself did not do or is not denies it.
void SentenceReader::AddSelfDenial(size_t d, uint32_t begin, uint32_t end) {
  if (drafts_[d].event_class != STATEMENT) return;
  for (const auto& other : drafts_)
    if ((other.event_class == DENY || other.negated) && other.trigger_first >= begin && other.trigger_first < end) return;
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end || !group.finite) continue;
    // "There are no special favours", "there was no cover-up": the speaker denies it exists
    bool none_exists = group.first > 0 && At(group.first - 1).lower == "there" && At(group.head).lemma == "be" &&
                       At(group.head + 1).lower == "no";
    if (none_exists) {
      DraftEvent e = OfSpeaker(d, DENY, "016", group.first, group.head + 2, "speech:none-exists");
      e.denies_unnamed = true;
      drafts_.push_back(e);
      return;
    }
    if (!group.negated) return;  // only the first clause of what is said
    if (HasModal(group)) return;  // "would not", "cannot": a refusal or an inability
    int subject = Subject(static_cast<int>(g));
    if (subject < 0) return;
    const Mention& m = mentions_[subject];
    int actor = ActorOf(subject);
    bool self = (m.form == MentionForm::kPronoun && IsAnyOf(m.pronoun, {"i", "we"})) ||
                (actor >= 0 && drafts_[d].source >= 0 && (actor == drafts_[d].source || actors_.IsRelated(actor, drafts_[d].source)));
    if (!self) return;
    DraftEvent e = OfSpeaker(d, DENY, "016", group.first, group.head + 1, "speech:self-denial");
    e.denies_unnamed = true;
    drafts_.push_back(e);
    return;
  }
}

// "Tehran would not negotiate with Washington": refusing to do something is a rejection.
void SentenceReader::AddRefusal(size_t k) {
  DraftEvent refusal;
  refusal.event_class = REJECT;
  refusal.cameo = "120";
  refusal.source = drafts_[k].source;
  refusal.target = drafts_[k].target;
  refusal.source_mention = drafts_[k].source_mention;
  refusal.target_mention = drafts_[k].target_mention;
  refusal.trigger_first = drafts_[k].trigger_first;
  refusal.trigger_last = drafts_[k].trigger_last;
  refusal.rule = absl::StrCat("refusal:", drafts_[k].rule);
  drafts_.push_back(refusal);
  Attach(drafts_.size() - 1, k);
}

void SentenceReader::AddDenial(int speaker, size_t k, uint32_t trigger_first, uint32_t trigger_last, const char* rule) {
  // a denial of an act by nobody against nobody says nothing about anyone
  if (drafts_[k].source < 0 && drafts_[k].target < 0) {
    drafts_[k].asserted = false;
    drafts_[k].needs_parent = true;
    return;
  }
  DraftEvent denial;
  denial.event_class = DENY;
  denial.cameo = std::string(DefaultCameoCode(DENY));
  denial.source = speaker;
  denial.trigger_first = trigger_first;
  denial.trigger_last = trigger_last;
  denial.rule = rule;
  drafts_.push_back(denial);
  Attach(drafts_.size() - 1, k);
}

// Mentions coordinated with mention m: "Peru and Chile", "Both the EU and the US".
std::vector<int> SentenceReader::Conjuncts(int m) const {
  std::vector<int> out;
  if (m < 0 || mentions_[m].actor < 0) return out;
  // Only "and", ",", determiners between; a chain needs an "and" somewhere ("Germany, France
  // and Italy").
  bool chain_has_and = false;
  auto joined = [&](uint32_t from, uint32_t to) {
    bool link = false;
    for (uint32_t k = from; k < to; ++k) {
      const std::string& w = At(k).lower;
      if (w == "and" || w == "," || w == "both") {
        link = true;
        chain_has_and |= w == "and";
      } else if (At(k).tag != "DT" && At(k).tag != "PRP$" && At(k).tag != "JJ" &&
                 !(k > from && At(k - 1).tag == "PRP$" && At(k).tag == "NN")) {
        return false;
      }
    }
    return link;
  };
  int last = m;
  for (int other = m + 1; other < static_cast<int>(mentions_.size()); ++other) {
    const Mention& next = mentions_[other];
    // "Peru and its neighbour Chile": step over the possessive and its noun
    if (next.form == MentionForm::kPronoun && next.possessive) continue;
    if (next.actor < 0 || !next.preposition.empty() || next.first > mentions_[last].last + 4 ||
        !joined(mentions_[last].last, next.first))
      break;
    out.push_back(other);
    last = other;
  }
  int after = m;  // the chain member right of `other`
  for (int other = m - 1; other >= 0; --other) {
    const Mention& previous = mentions_[other];
    if (previous.form == MentionForm::kPronoun && previous.possessive) continue;  // "and their ally"
    if (previous.actor < 0 || previous.last + 4 < mentions_[after].first ||
        !joined(previous.last, mentions_[after].first))
      break;
    out.push_back(other);
    after = other;
  }
  if (!chain_has_and) out.clear();
  return out;
}

// A draft, and for a coordinated subject one more per conjunct; for a symmetric event with no
// other party ("X and Y held talks"), the conjunct is the other party.
void SentenceReader::AddWithConjuncts(DraftEvent e, const std::vector<int>& conjuncts, int group, bool speech) {
  bool symmetric = e.event_class == CONSULT || e.event_class == COOPERATE || e.event_class == AGREE;
  std::vector<DraftEvent> more;
  // "sanctions on Russia and Belarus": one event for each target
  if (e.target_mention >= 0 && !speech) {
    for (int c : Conjuncts(e.target_mention)) {
      if (c < e.target_mention || ActorOf(c) < 0 || ActorOf(c) == e.source) continue;
      DraftEvent copy = e;
      copy.target_mention = c;
      copy.target = ActorOf(c);
      copy.rule += ":target-conjunct";
      more.push_back(copy);
    }
  }
  // "X and Y accused each other", "X and Y fought": each of the other
  bool mutual = e.event_class == ASSAULT &&
                IsAnyOf(At(e.trigger_first).lemma, {"fight", "clash", "battle", "skirmish", "exchange"});
  if (!conjuncts.empty() && e.target < 0 && (mutual || ReciprocalObject(e.trigger_last))) {
    e.target = ActorOf(conjuncts.front());
    for (int c : conjuncts) {
      DraftEvent copy = e;
      copy.source_mention = c;
      copy.source = ActorOf(c);
      copy.target = ActorOf(e.source_mention);
      copy.rule += ":reciprocal";
      more.push_back(copy);
    }
    symmetric = true;  // no more copies below
  }
  if (symmetric && e.target < 0 && !conjuncts.empty()) {
    e.target_mention = conjuncts.front();
    e.target = ActorOf(conjuncts.front());
  } else if (!speech) {
    for (int c : conjuncts) {
      DraftEvent copy = e;
      copy.source_mention = c;
      copy.source = ActorOf(c);
      copy.rule += ":conjunct";
      if (copy.source != copy.target) more.push_back(copy);
    }
  }
  // a meeting with nobody ("hosted the Olympic Games", "spoke on Monday") is no event, unless a
  // body or a group meets in itself ("the cabinet met on Friday", "the ministers discussed the budget")
  if (e.event_class == CONSULT && e.target < 0 && group >= 0 && !e.stands_alone) {
    if (MeetsInItself(e)) {
      // "the two sides met": one with the other, or with no actor while the pair is unresolved
      const Mention& m = mentions_[e.source_mention];
      if (m.form == MentionForm::kPair && m.pair.size() == 2) {
        e.source = m.pair[0];
        e.target = m.pair[1];
      }
      e.stands_alone = e.source < 0;
    } else
      e.needs_parent = true;
  }
  e.verb_group = group;
  e.speech = speech;
  drafts_.push_back(std::move(e));
  for (auto& copy : more) {
    copy.verb_group = group;
    copy.speech = false;
    drafts_.push_back(std::move(copy));
  }
}

bool SentenceReader::ReciprocalObject(uint32_t after) const {
  for (uint32_t k = after; k + 1 < tokens_.size() && k < after + 3; ++k)
    if ((At(k).lower == "each" && At(k + 1).lower == "other") || (At(k).lower == "one" && At(k + 1).lower == "another"))
      return true;
  return false;
}

// "The council met behind closed doors", "the ministers will meet in Rome", "the commission
// discussed the plan": a meeting of a body or of a group with no one else. Not one actor
// meeting something ("meet its target", "met the deadline"), nor a person discussing a topic.
bool SentenceReader::MeetsInItself(const DraftEvent& e) const {
  if (e.source_mention < 0 || e.target_mention >= 0) return false;
  const std::string& lemma = At(e.trigger_first).lemma;
  bool discuss = lemma == "discuss";
  if (!discuss && !IsAnyOf(lemma, {"meet", "confer"})) return false;
  // "a shareholders meeting": a noun the tagger took for a verb
  if (At(e.trigger_first).tag == "VBG" && e.trigger_first > 0 && At(e.trigger_first - 1).tag.rfind("NN", 0) == 0)
    return false;
  // an intransitive meeting: what follows is a place, a time, a manner or the end
  const std::string& next_tag = At(e.trigger_last).tag;
  bool face_to_face = At(e.trigger_last).lower == "face" || At(e.trigger_last).lower == "face-to-face";
  if (!discuss && !face_to_face &&
      (next_tag == "DT" || next_tag == "PRP$" || next_tag == "CD" || next_tag.rfind("NN", 0) == 0 ||
       next_tag.rfind("JJ", 0) == 0))
    return false;
  const Mention& m = mentions_[e.source_mention];
  if (DocumentNouns().count(At(m.last).lower)) return false;  // "the ministry's study discusses"
  if (m.form == MentionForm::kPronoun) return IsAnyOf(m.pronoun, {"they", "we"});
  if (m.form == MentionForm::kPair || m.sides) return true;
  // "met on Friday to discuss the budget": one meeting
  for (const DraftEvent& d : drafts_)
    if (d.event_class == CONSULT && d.source_mention == e.source_mention) return false;
  int actor = ActorOf(e.source_mention);
  if (actor < 0) return false;
  ActorKind kind = actors_.at(actor).actor.kind();
  if (kind == GOVERNMENT || kind == ORGANIZATION || kind == COALITION || kind == PARTY) return true;
  // the head noun: the last word before a preposition ("ministers from the bloc")
  uint32_t head = m.last - 1;
  for (uint32_t k = m.first + 1; k < m.last; ++k)
    if (At(k).tag == "IN") {
      head = k - 1;
      break;
    }
  return kind != COUNTRY && kind != LOCATION && (At(head).tag == "NNS" || At(head).tag == "NNPS");
}

// "The minister said Kenya and Uganda must withdraw": an act copied for each subject of a
// coordinated subject is said as much as the act it was copied from (a copy of the statement
// holds it), not a fact of its own.
void SentenceReader::ShareContentWithConjuncts() {
  const size_t read = drafts_.size();
  for (size_t c = 0; c < read; ++c) {
    if (drafts_[c].claimed || !absl::EndsWith(drafts_[c].rule, ":conjunct")) continue;
    const std::string rule = drafts_[c].rule.substr(0, drafts_[c].rule.size() - strlen(":conjunct"));
    for (size_t o = 0; o < read; ++o) {
      if (!drafts_[o].claimed || drafts_[o].rule != rule || drafts_[o].trigger_first != drafts_[c].trigger_first ||
          drafts_[o].event_class != drafts_[c].event_class)
        continue;
      // (by value: the containers copied below may move the drafts)
      const int original_source = drafts_[o].source;
      drafts_[c].modality = drafts_[o].modality;
      drafts_[c].needs_parent = drafts_[o].needs_parent;
      for (size_t d = 0; d < read; ++d) {
        if (drafts_[d].content != static_cast<int>(o)) continue;
        DraftEvent container = drafts_[d];
        if (container.target >= 0 && container.target == original_source) {
          container.target = drafts_[c].source;
          container.target_mention = drafts_[c].source_mention;
        }
        container.rule += ":conjunct";
        drafts_.push_back(std::move(container));
        Attach(drafts_.size() - 1, c);  // (each container holds the one copy: a statement, a request)
      }
      break;
    }
  }
}

// "threatened to attack", "urged Iran to stop", "accused X of backing Y": the inner event is
// the content of the outer one, not a fact.
void SentenceReader::ApplyComplements() {
  size_t count = drafts_.size();
  for (size_t d = 0; d < count; ++d) {
    DraftEvent& outer = drafts_[d];
    if ((drafts_[d].speech && outer.event_class != THREATEN) || outer.content >= 0) continue;
    auto c = outer.event_class;
    if (c != THREATEN && c != REQUEST && c != REJECT && c != AGREE && c != ACCUSE && c != SUPPORT) continue;
    uint32_t j = outer.trigger_last;
    uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), j + 8);
    for (; j < limit; ++j) {
      if (At(j).lower == "to" || At(j).lower == "of" || At(j).lower == "for") {
        // ("vowed revenge for the killing": what a threat is "for" is its reason, not its act)
        if (At(j).lower == "for" && c == THREATEN) j = limit;
        break;
      }
      // "demanded of Washington that it release ...", "urged that Turkey withdraw"
      if (At(j).lower == "that" && At(j).tag == "IN" && c == REQUEST) break;
      if (At(j).text == "," || clauses_.IsBoundary(j)) {
        j = limit;
        break;
      }
    }
    if (j >= limit) continue;
    for (size_t k = 0; k < count; ++k) {
      // (a speech verb is never the content: '"... have to be reformed," he said'; nor a finite
      // verb of its own: "promised to unite the country and thanked Kenya")
      if (k == d || drafts_[k].claimed || drafts_[k].speech || drafts_[k].trigger_first <= j ||
          drafts_[k].trigger_first > j + 6)
        continue;
      if (drafts_[k].verb_group >= 0 && drafts_[k].rule.rfind("verb:", 0) == 0) {
        const VerbGroup& inner = clauses_.verb_groups()[drafts_[k].verb_group];
        if (inner.finite && !inner.infinitive && At(j).lower != "that") continue;
      }
      // "urged Iran to release", "blamed Pakistan for the attack": the target does the inner act
      if (drafts_[k].source < 0 || ((c == ACCUSE || c == REQUEST) && drafts_[k].source == outer.source))
        drafts_[k].source = (c == REQUEST || c == ACCUSE) && outer.target >= 0 ? outer.target : outer.source;
      drafts_[k].modality = ModalityForComplement(c);
      // "refused to recognise X", "threatened to attack X": X is what the outer event is about
      if (outer.target < 0 && c != REQUEST) outer.target = drafts_[k].target;
      Attach(d, k);
      drafts_[k].negated = false;
      break;
    }
  }
}

// A threat with no target is aimed at whoever must act for it not to happen: "warned of grave
// consequences unless Mali pulls out"; an agreement "to host French jets" is with
// the actor its clause names.
void SentenceReader::InferTargets() {
  // "two civilians died in a NATO air raid": who died in an attack suffered it
  for (auto& e : drafts_) {
    if (e.event_class != ASSAULT || e.target >= 0 || e.thing_last > e.thing_first || e.rule.rfind("noun:", 0) != 0)
      continue;
    uint32_t k = e.trigger_first;
    while (k > 0 && k + 6 > e.trigger_first && At(k - 1).lower != "in" &&
           (IsAnyOf(At(k - 1).tag, {"DT", "JJ", "NN", "NNS", "NNP", "CD", "VBG"}) || MentionAt(k - 1) >= 0))
      --k;
    if (k < 2 || At(k - 1).lower != "in") continue;
    int g = clauses_.GroupAt(k - 2);
    if (g < 0 || !IsAnyOf(At(clauses_.verb_groups()[g].head).lemma, {"die", "perish"})) continue;
    int victim = Subject(g);
    if (ActorOf(victim) < 0 || ActorOf(victim) == e.source) continue;
    e.target_mention = victim;
    e.target = ActorOf(victim);
    e.rule += ":died-in";
  }
  // 'called the charge "a vendetta by a jealous rival," referring to the senator': a
  // judgement is of whom its speaker says it refers to
  for (uint32_t k = 0; k + 2 < tokens_.size(); ++k) {
    if (!IsAnyOf(At(k).lower, {"referring", "alluding"}) || At(k + 1).lower != "to") continue;
    int referred = ActorOf(mention_at_[k + 2]);
    if (referred < 0) continue;
    for (auto& e : drafts_)
      if ((e.event_class == ACCUSE || e.event_class == SUPPORT) && e.source >= 0 && e.source != referred &&
          e.trigger_first < k && !e.speech) {
        e.target = referred;
        e.target_mention = mention_at_[k + 2];
        e.rule += ":referring";
      }
  }
  // "condemned the killing of three protesters by the police", "concern over the arrest of
  // journalists by Ethiopian police": a criticism of an act is a criticism of its doer
  for (size_t d = 0; d < drafts_.size(); ++d) {
    DraftEvent& blame = drafts_[d];
    if (blame.event_class != ACCUSE || blame.speech || blame.source < 0) continue;
    for (size_t k = 0; k < drafts_.size(); ++k) {
      const DraftEvent& act = drafts_[k];
      if (k == d || act.trigger_first < blame.trigger_last || act.trigger_first > blame.trigger_last + 4) continue;
      bool hostile = act.event_class == ASSAULT || act.event_class == COERCE || act.event_class == SANCTION ||
                     act.event_class == THREATEN;
      if (!hostile || act.source < 0 || act.source == blame.source || actors_.IsRelated(act.source, blame.source))
        continue;
      if (blame.target < 0 || blame.target == act.target) {
        blame.target = act.source;
        blame.target_mention = act.source_mention;
      }
      break;
    }
  }
  for (auto& e : drafts_) {
    if (e.target >= 0 || e.source < 0) continue;
    if (e.event_class == THREATEN) {
      e.target = ConditionSubject(e);
    } else if (e.event_class == AGREE && At(e.trigger_last).lower == "to") {
      uint32_t end = clauses_.ClauseEnd(e.trigger_last + 1, -1);
      for (uint32_t j = e.trigger_last + 1; j < end && j < e.trigger_last + 8; ++j) {
        int m = mention_at_[j];
        if (m >= 0 && mentions_[m].actor >= 0 && !mentions_[m].locative && !actors_.IsRelated(mentions_[m].actor, e.source)) {
          e.target = mentions_[m].actor;
          break;
        }
      }
    }
  }
}

// The actor whose act a threat is conditioned on: the subject of its "if" or "unless" clause,
// after the threat ("... unless Mali pulls out") or before it ("If Iran attacks, ..."); -1.
int SentenceReader::ConditionSubject(const DraftEvent& threat) const {
  auto subject_after = [&](uint32_t k) {
    for (uint32_t j = k + 1; j < tokens_.size() && j < k + 5; ++j) {
      int m = mention_at_[j];
      if (m >= 0 && mentions_[m].actor >= 0 && mentions_[m].preposition.empty() &&
          (threat.source < 0 || !actors_.IsRelated(mentions_[m].actor, threat.source)))
        return mentions_[m].actor;
    }
    return -1;
  };
  for (uint32_t k = threat.trigger_last; k + 1 < tokens_.size(); ++k)
    if (IsAnyOf(At(k).lower, {"unless", "if"})) return subject_after(k);
  for (uint32_t k = threat.trigger_first; k-- > 0;)
    if (IsAnyOf(At(k).lower, {"unless", "if"})) return subject_after(k);
  return -1;
}

// "Three civilians were killed in an Israeli air strike", "were wounded during a Taliban attack",
// "killed in the course of the offensive": a passive act whose doer goes unnamed was done by
// whoever did the act it happened in.
void SentenceReader::ShareAgents() {
  for (auto& v : drafts_) {
    if (v.source >= 0 || v.verb_group < 0 || v.rule.rfind("verb:", 0) != 0 ||
        !(v.event_class == ASSAULT || v.event_class == COERCE) || !clauses_.verb_groups()[v.verb_group].passive)
      continue;
    for (const auto& n : drafts_) {
      if (n.source < 0 || n.event_class != v.event_class || n.rule.rfind("noun:", 0) != 0 ||
          n.trigger_first <= v.trigger_last || n.trigger_first > v.trigger_last + 8)
        continue;
      bool within = false;  // "in", "during", "as a result of" opens the noun's phrase
      for (uint32_t j = v.trigger_last; j < n.trigger_first && !within; ++j)
        within = IsAnyOf(At(j).lower, {"in", "during", "amid", "result", "course"}) ||
                 (At(j).lower == "by" && mention_at_[j + 1] < 0);
      for (uint32_t j = v.trigger_last; j < n.trigger_first; ++j)
        if (clauses_.GroupAt(j) >= 0 || At(j).text == ",") within = false;
      if (!within || n.source == v.target) continue;
      v.source = n.source;
      v.source_mention = n.source_mention;
      v.rule += ":by-act";
      break;
    }
  }
}

// The noun phrase that starts at `from` and names no actor: "the building", "two cargo ships",
// "our farms and villages", "the three"; its end (exclusive), or `from` when there is none.
uint32_t SentenceReader::ThingPhraseAt(uint32_t from, uint32_t end) const {
  static const WordSet* not_things = new WordSet{
      "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "time", "times",
      "weekend", "weekends", "period", "decade", "decades", "season", "summer", "winter", "spring", "autumn",
      "morning", "evening", "afternoon", "hour", "hours", "way", "one", "lot", "part",
      "order", "effort", "bid", "attempt", "fact", "idea", "need", "chance", "right", "power", "control"};
  uint32_t j = from;
  if (j < end && (At(j).tag == "DT" || At(j).tag == "PRP$")) ++j;
  uint32_t head = j;
  bool noun = false;
  auto nominal = [&](uint32_t k) {
    const std::string& tag = At(k).tag;
    // ("the copper mine last week": a time phrase ends it)
    if (IsAnyOf(At(k).lower, {"last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight"}))
      return false;
    return tag.rfind("NN", 0) == 0 || tag == "JJ" || tag == "CD" || tag == "VBN" || At(k).text == "-";
  };
  // (a mention that names no one, as "all parties" read alone, is a phrase like any other)
  auto unnamed = [&](uint32_t k) {
    int m = mention_at_[k];
    return m < 0 || (mentions_[m].actor < 0 && mentions_[m].form == MentionForm::kPair && mentions_[m].pair.empty());
  };
  while (j < end && unnamed(j) && nominal(j) && clauses_.GroupAt(j) < 0) {
    if (At(j).tag.rfind("NN", 0) == 0 && At(j).tag != "NNP") noun = true;
    ++j;
    // "farms and villages"
    if (noun && j + 1 < end && At(j).lower == "and" && At(j + 1).tag.rfind("NNS", 0) == 0 && mention_at_[j + 1] < 0)
      ++j;
  }
  if (j == head) return from;
  uint32_t last = j - 1;
  // "the three": a number named by its determiner; "a 26-year-old": an age
  bool counted = (At(last).tag == "CD" && head > from && At(from).lower == "the") ||
                 (At(last).tag == "JJ" && absl::EndsWith(At(last).lower, "-old"));
  if (!counted && (!noun || At(last).tag.rfind("NN", 0) != 0 || At(last).tag == "NNP")) return from;
  if (not_things->count(At(last).lower)) return from;
  uint32_t first_noun;
  if (!counted && NounEntries(last, &first_noun)) return from;  // an event: "launched an attack"
  // "dozens of our cattle", "hundreds of homes": the phrase after a quantity
  if (IsAnyOf(At(last).lower, {"dozens", "hundreds", "thousands", "scores", "millions", "number", "group"}) &&
      At(j).lower == "of") {
    uint32_t k = j + 1;
    while (k < end && (At(k).tag == "DT" || At(k).tag == "PRP$" || At(k).tag == "JJ" || At(k).tag == "CD" ||
                       At(k).tag.rfind("NN", 0) == 0))
      ++k;
    if (k > j + 1 && At(k - 1).tag.rfind("NN", 0) == 0) return k;
  }
  return j;
}

// "stormed the building", "opened fire on a bus", "two ships hit by drones", "an attack
// on the depot", "called on all parties", "welcomed the decision", "protested against the dam":
// the thing or unnamed group an act of force, a coercion, a criticism, a refusal, a demand, a
// praise or a protest was aimed at, kept as the target phrase of an event with no target actor.
void SentenceReader::AddThingTargets() {
  for (auto& e : drafts_) {
    if (e.target >= 0 || e.speech || (e.content >= 0 && e.event_class != REQUEST) ||
        e.thing_last > e.thing_first ||
        !(e.event_class == ASSAULT || e.event_class == COERCE || e.event_class == ACCUSE || e.event_class == REJECT ||
          e.event_class == REQUEST || e.event_class == SUPPORT || e.event_class == PROTEST))
      continue;
    uint32_t end = clauses_.ClauseEnd(e.trigger_last, e.verb_group);
    uint32_t from = e.trigger_last;
    if (e.verb_group >= 0 && e.rule.rfind("verb:", 0) == 0) {
      const VerbGroup& group = clauses_.verb_groups()[e.verb_group];
      if (group.passive) {
        // the subject phrase before the verb: "Hundreds of shops were looted"
        uint32_t start = group.first;
        while (start > 0 && mention_at_[start - 1] < 0 &&
               (At(start - 1).tag.rfind("NN", 0) == 0 || At(start - 1).tag == "JJ" || At(start - 1).tag == "CD" ||
                At(start - 1).tag == "DT" || At(start - 1).tag == "PRP$" || At(start - 1).lower == "and"))
          --start;
        while (start < group.first && At(start).lower == "and") ++start;
        if (start < group.first && ThingPhraseAt(start, group.first) == group.first) {
          e.thing_first = start;
          e.thing_last = group.first;
        }
        continue;
      }
      while (from < end && (At(from).tag == "RP" || At(from).tag == "RB")) ++from;
      // "fired rockets", "detonated a truck": the object is the weapon, not what it hit
      if (IsAnyOf(At(group.head).lemma, {"detonate", "explode", "fire", "launch", "drop", "plant", "throw",
                                         "hurl", "lob", "use"})) {
        while (from < end && mention_at_[from] < 0 &&
               (At(from).tag == "DT" || At(from).tag == "JJ" || At(from).tag == "CD" || At(from).tag == "PRP$" ||
                At(from).tag.rfind("NN", 0) == 0))
          ++from;
        if (!IsAnyOf(At(from).lower, {"on", "at", "against", "into", "upon"})) continue;
      }
    }
    if (IsAnyOf(At(from).lower, {"on", "at", "against", "into", "upon", "toward", "towards"}) ||
        (At(from).lower == "over" && e.event_class == PROTEST) ||  // "protested over the price rise"
        (At(from).lower == "with" && e.event_class == REQUEST))  // "pleaded with union members"
      ++from;
    else if (e.verb_group < 0) continue;  // a noun's target follows its preposition
    uint32_t last = ThingPhraseAt(from, end);
    if (last > from) {
      e.thing_first = from;
      e.thing_last = last;
    }
  }
}

bool SentenceReader::HasCondition() const {
  for (const Token& t : tokens_)
    if (IsAnyOf(t.lower, {"unless", "if"})) return true;
  return false;
}

// "he would pull Ghanaian troops out of the UN mission if ...", "the group might impose new
// tariffs on Japanese goods": a coercive act held out for the future is a threat.
void SentenceReader::AddConditionalThreats() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    const DraftEvent& e = drafts_[k];
    auto c = e.event_class;
    bool coercive = c == ASSAULT || c == COERCE || c == SANCTION || c == RETREAT || c == MOBILIZE;
    // (an act inside "if ..." or "unless ..." is the condition, not the threat)
    bool held_out = e.modality == INTENDED || e.modality == POSSIBLE;
    // ('"We will burn your village," he told them' read alone: "we" stays unresolved)
    bool unnamed = e.source < 0 && UnnamedSource(e);
    if (!coercive || !held_out || e.negated || e.claimed || (e.source < 0 && !unnamed) || drafts_[k].speech) continue;
    // a withdrawal to come threatens only on a condition ("would pull out its troops unless
    // ..."); "Russia would withdraw its troops" is an intention, and so is "Egypt would send
    // troops" with no one to send them against
    if (c == RETREAT && !HasCondition()) continue;
    if (c == MOBILIZE && e.target < 0 && !HasCondition()) continue;
    DraftEvent threat;
    threat.event_class = THREATEN;
    threat.cameo = c == ASSAULT ? "138" : c == SANCTION ? "132" : "130";
    threat.source = e.source;
    threat.target = e.target;
    threat.source_mention = e.source_mention;
    threat.target_mention = e.target_mention;
    threat.verb_group = e.verb_group;
    threat.trigger_first = e.trigger_first;
    threat.trigger_last = e.trigger_last;
    threat.modality = ASSERTED;
    if (threat.target < 0) threat.target = ConditionSubject(threat);
    threat.rule = absl::StrCat("conditional:", e.rule);
    drafts_.push_back(threat);
    Attach(drafts_.size() - 1, k);
    drafts_[k].modality = THREATENED;
  }
}

// "Russia will cooperate with Iran", "we're going to work with him": saying one will
// cooperate, meet, help or back someone is an agreement (PLOVER's AGREE), whose content is
// the act promised.
void SentenceReader::AddIntentions() {
  size_t count = drafts_.size();
  static const std::set<EventClass>* promised =
      new std::set<EventClass>{COOPERATE, CONSULT, AID, SUPPORT, RETREAT, CONCEDE};
  for (size_t k = 0; k < count; ++k) {
    DraftEvent& e = drafts_[k];
    if (e.negated || e.claimed || !promised->count(e.event_class)) continue;
    // "is ready to work with India", "is open to talks with the opposition": a readiness
    uint32_t before = e.trigger_first;
    if (e.verb_group >= 0) before = clauses_.verb_groups()[e.verb_group].first;
    bool ready = before >= 2 && At(before - 1).lower == "to" &&
                 IsAnyOf(At(before - 2).lower, {"ready", "willing", "prepared", "eager", "open", "committed"});
    if (ready && e.source < 0 && e.verb_group < 0) {  // the noun takes the subject of "is open to"
      for (uint32_t j = before - 2; j > 0 && j + 5 > before; --j) {
        int g = clauses_.GroupAt(j - 1);
        if (g < 0) continue;
        e.source_mention = Subject(g);
        e.source = ActorOf(e.source_mention);
        e.needs_parent = false;
        break;
      }
    }
    if (ready) {
      if (e.source < 0) continue;
      e.modality = INTENDED;
      e.asserted = false;
    }
    if (e.needs_parent || e.modality != INTENDED || (e.verb_group < 0 && !ready)) continue;
    bool own_future = ready;
    if (e.verb_group >= 0) {
      const VerbGroup& group = clauses_.verb_groups()[e.verb_group];
      // "will", "'ll", "shall" in its own verb group, or "going to" just before it
      own_future |= group.first >= 2 && (At(group.first - 1).lower == "going" || At(group.first - 2).lower == "going");
      for (uint32_t j = group.first; j < group.head; ++j)
        own_future |= IsAnyOf(At(j).lower, {"will", "'ll", "shall", "going"});
      if (clauses_.Hypothetical(group.head)) continue;
    }
    if (!own_future) continue;
    if (e.source < 0 && !UnnamedSource(e)) continue;
    DraftEvent agree;
    agree.event_class = AGREE;
    agree.cameo = e.event_class == CONSULT ? "036" : "030";
    agree.source = e.source;
    agree.source_mention = e.source_mention;
    agree.target = e.target;
    agree.target_mention = e.target_mention;
    agree.verb_group = e.verb_group;
    agree.trigger_first = e.trigger_first;
    agree.trigger_last = e.trigger_last;
    agree.rule = absl::StrCat("intention:", e.rule);
    drafts_.push_back(agree);
    Attach(drafts_.size() - 1, k);
  }
}

// A negated event that no speech verb took is denied by its own subject ("the US is not
// co-ordinating with Iran").
void SentenceReader::ConvertNegations() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    DraftEvent& e = drafts_[k];
    if (!e.negated || e.claimed || drafts_[k].speech) continue;
    if (e.modality == HYPOTHETICAL) {  // "if Ghana does not withdraw, ...": a condition, no denial
      e.asserted = false;
      e.needs_parent = true;
      continue;
    }
    if (e.modality == INTENDED || e.modality == POSSIBLE) {  // "will not allow": a refusal, not a denial
      e.asserted = false;
      e.needs_parent = true;
      if (e.modality == INTENDED) AddRefusal(k);
      continue;
    }
    if (e.source < 0 || e.verb_group < 0) {
      e.asserted = false;
      e.needs_parent = true;
      continue;
    }
    AddDenial(e.source, k, e.trigger_first, e.trigger_last, "negated");
  }
}

// "imposed a travel ban and an arms embargo on Belarus": a nominal event with no source
// takes the source of the event of its class just before it (and of that one's conjuncts).
void SentenceReader::ShareSources() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    if (drafts_[k].source >= 0 || drafts_[k].claimed || drafts_[k].rule.rfind("noun:", 0) != 0) continue;
    bool first = true;
    for (size_t d = 0; d < count; ++d) {
      const DraftEvent& other = drafts_[d];
      if (d == k || other.event_class != drafts_[k].event_class || other.source < 0 ||
          other.trigger_first >= drafts_[k].trigger_first || other.trigger_first + 10 < drafts_[k].trigger_first)
        continue;
      if (first) {
        drafts_[k].source = other.source;
        drafts_[k].needs_parent = false;
        drafts_[k].rule += ":shared-source";
        first = false;
      } else if (other.source != drafts_[k].source) {
        DraftEvent copy = drafts_[k];
        copy.source = other.source;
        drafts_.push_back(copy);
      }
    }
  }
}

// "Kenya and Uganda said ...", "Senator X and other critics said ...": each speaker of a
// coordinated subject says it, with a copy of what is said (a verb of saying makes one event
// for its nearest subject while its clause is read).
void SentenceReader::ShareSpeechWithConjuncts() {
  const size_t read = drafts_.size();
  for (size_t d = 0; d < read; ++d) {
    if (!drafts_[d].speech || drafts_[d].claimed || drafts_[d].source_mention < 0 || drafts_[d].source < 0)
      continue;
    const int m = drafts_[d].source_mention;
    std::vector<int> conjuncts = Conjuncts(m);
    // (the last of a list is joined by "and": "speaking of the kings of Peru and Chile, Ruiz said"
    // has no coordinated subject)
    int left = -1;
    for (int c : conjuncts)
      if (c < m) left = std::max(left, c);
    bool joined_by_and = false;
    for (uint32_t k = left >= 0 ? mentions_[left].last : 0; left >= 0 && k < mentions_[m].first; ++k)
      joined_by_and |= IsAnyOf(At(k).lower, {"and", "or"});
    for (int c : conjuncts) {
      if (c < m && !joined_by_and) continue;
      int speaker = ActorOf(c);
      if (speaker < 0 || speaker == drafts_[d].source || speaker == drafts_[d].target) continue;
      bool made = false;  // ("both deny": a denial each already)
      for (const auto& e : drafts_)
        made |= e.source == speaker && e.event_class == drafts_[d].event_class &&
                e.trigger_first == drafts_[d].trigger_first;
      if (made) continue;
      // (with what the same words made of it: "they said they would attack" is a threat each)
      for (size_t e = 0; e < read; ++e) {
        const DraftEvent& made_here = drafts_[e];
        if (e != d && !made_here.claimed && made_here.trigger_first == drafts_[d].trigger_first &&
            made_here.source == drafts_[d].source && made_here.event_class != drafts_[d].event_class) {
          DraftEvent copy = made_here;
          copy.source = speaker;
          copy.source_mention = c;
          copy.rule += ":conjunct";
          if (copy.content >= 0) copy.content = CopyContent(copy.content, drafts_[d].source, speaker, c);
          drafts_.push_back(std::move(copy));
        }
      }
      DraftEvent copy = drafts_[d];
      copy.source = speaker;
      copy.source_mention = c;
      copy.rule += ":conjunct";
      if (copy.content >= 0) copy.content = CopyContent(copy.content, drafts_[d].source, speaker, c);
      drafts_.push_back(std::move(copy));
    }
  }
}

// "Several nations, including Britain and France, condemned ...", "sanctions on officials,
// among them the defence minister": the members a group names act or suffer with it.
void SentenceReader::ShareWithIncluded() {
  const size_t read = drafts_.size();
  for (size_t d = 0; d < read; ++d) {
    if (drafts_[d].claimed) continue;
    for (bool source : {true, false}) {
      int m = source ? drafts_[d].source_mention : drafts_[d].target_mention;
      // ("renewed their support": the group "their" stands for, named in this sentence)
      if (m >= 0 && mentions_[m].form == MentionForm::kPronoun && mentions_[m].actor >= 0)
        for (int other = m - 1; other >= 0; --other)
          if (mentions_[other].actor == mentions_[m].actor && mentions_[other].form != MentionForm::kPronoun) {
            m = other;
            break;
          }
      for (int member : IncludedMembers(m)) {
        int actor = ActorOf(member);
        if (actor < 0 || actor == drafts_[d].source || actor == drafts_[d].target) continue;
        DraftEvent copy = drafts_[d];
        (source ? copy.source : copy.target) = actor;
        (source ? copy.source_mention : copy.target_mention) = member;
        copy.rule += ":included";
        if (copy.content >= 0 && source) copy.content = CopyContent(copy.content, drafts_[d].source, actor, member);
        else if (copy.content >= 0) copy.content = CopyContent(copy.content, -1, -1, -1);
        drafts_.push_back(std::move(copy));
      }
    }
  }
}

// The mentions a group mention names after ", including", ", such as" or ", among them", up
// to the next comma or verb.
std::vector<int> SentenceReader::IncludedMembers(int m) const {
  std::vector<int> out;
  if (m < 0 || mentions_[m].actor < 0) return out;
  uint32_t k = mentions_[m].last;
  if (At(k).text != ",") return out;
  ++k;
  if (At(k).lower == "including" || At(k).lower == "notably") {
    ++k;
  } else if ((At(k).lower == "such" && At(k + 1).lower == "as") ||
             (At(k).lower == "among" && At(k + 1).lower == "them")) {
    k += 2;
  } else {
    return out;
  }
  // (up to the comma that ends the list: "including Britain, France and Italy,")
  for (; k < tokens_.size() && At(k).text != "." && clauses_.GroupAt(k) < 0; ++k) {
    if (At(k).text == "," && MentionAt(k + 1) < 0 && At(k + 1).lower != "and") break;
    int member = MentionAt(k);
    if (member < 0) continue;
    // (of the group's sort: "captives taken by the militia, including a mayor" names a captive)
    if (mentions_[member].actor >= 0 && mentions_[member].actor != mentions_[m].actor &&
        actors_.at(mentions_[member].actor).is_person == actors_.at(mentions_[m].actor).is_person)
      out.push_back(member);
    k = mentions_[member].last - 1;
  }
  return out;
}

// A copy of draft k and of the contents it holds, appended; its index. The speaker `from`
// becomes `to` where it is the source ("Kenya and Uganda said they would ...": each of itself).
// (A content that does not name the speaker is shared, not copied: "U.S. officials and
// analysts say Iran struck": one strike, reported by both.)
int SentenceReader::CopyContent(int k, int from, int to, int to_mention) {
  bool names_speaker = false;
  for (int c = k; c >= 0 && !names_speaker; c = drafts_[c].content)
    names_speaker = from >= 0 && drafts_[c].source == from;
  if (!names_speaker) return k;
  DraftEvent copy = drafts_[k];
  if (copy.source >= 0 && copy.source == from) {
    copy.source = to;
    copy.source_mention = to_mention;
  }
  if (copy.content >= 0) copy.content = CopyContent(copy.content, from, to, to_mention);
  drafts_.push_back(std::move(copy));
  return static_cast<int>(drafts_.size()) - 1;
}

}  // namespace kg::ingest::reader_internal
