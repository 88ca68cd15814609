// SentenceReader's core: Run and its stages in order, pronoun resolution, the subjects and objects
// of verb groups, the small helpers several stages share, and Finish, which decides what is kept.
// Not the rules that make events: those are in verb_events.cc, feeling_events.cc, noun_events.cc,
// speech_events.cc and event_sharing.cc.
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"

namespace kg::ingest::reader_internal {

namespace {

// A country's places and posts, which stand for the country when they suffer an act ("the Malian
// village was shelled", "Saudi tankers attacked by Houthi boats").
const WordSet& PostNouns() {
  static const WordSet* words = new WordSet{
      "village", "villages", "town", "towns", "city", "cities", "position", "positions", "base", "bases",
      "embassy", "embassies", "consulate", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "convoy",
      "outpost", "outposts", "checkpoint", "patrol", "territory", "airport", "port", "capital", "border"};
  return *words;
}

}  // namespace

// What someone claims of someone else, that a denial answers ("rejected accusations that ...").
const WordSet& ClaimNouns() {
  static const WordSet* words = new WordSet{"accusation", "accusations", "allegation", "allegations", "claim",
                                            "claims", "report", "reports", "charge", "charges"};
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

// An entry of the rules' own, for phrases the lexicon cannot list ("called Russia to stop", "came
// under fire"); made once and kept for the life of the process.
const EventEntry* RuleEntry(EventClass event_class, const char* cameo, const char* lemma, bool direct_object,
                            bool speech, std::vector<std::string> target_prepositions) {
  auto* e = new EventEntry();
  e->event_class = event_class;
  e->cameo = cameo;
  e->lemma = lemma;
  e->direct_object = direct_object;
  e->speech = speech;
  e->target_prepositions = std::move(target_prepositions);
  return e;
}

SentenceEvents SentenceReader::Run(int carried_speaker) {
  ResolveThirdPerson();
  SentenceEvents out;
  FindActs();
  int speaker = ReadSpeech(carried_speaker);
  ShareRoles();
  SettleRaidsAndPartners();
  out.speaker = speaker;
  Finish(out);
  return out;
}

// The acts the sentence reports: the events of its verbs (and security raised), its feelings,
// favour and criticism, the events of its nouns, and requests attached to the act requested.
void SentenceReader::FindActs() {
  FindVerbEvents();
  FindSecurityRaised();
  FindFeelings();
  FindFavour();
  FindCritics();
  FindNounEvents();
  AttachRequested();
}

// Who speaks and what they say: attributions, statements and denials (the speaker is returned),
// blame, and acts copied for a coordinated subject said as much as their original; then the
// quotation's first-person pronouns are the speaker's (else the carried one's), and its first-person
// statement.
int SentenceReader::ReadSpeech(int carried_speaker) {
  FindAttributions();
  int speaker = FindSpeech(carried_speaker);
  FindBlame();
  ShareContentWithConjuncts();
  ResolveFirstPerson(speaker >= 0 ? speaker : carried_speaker);
  AddFirstPersonStatement();
  return speaker;
}

// Roles shared between the events read and inferred for them: complements become contents,
// targets, agents and things are shared or inferred, conditions make threats, intentions
// agreements, negations denials; sources and speech go to conjuncts and included members.
void SentenceReader::ShareRoles() {
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
}

// The last corrections of class and target that depend on the actors found.
void SentenceReader::SettleRaidsAndPartners() {
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
      salience_.Add(m.actor, BeforeVerb(m), m.locative, clauses_.InQuote(m.first), static_cast<int>(m.first));
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
  // "Seoul's decision to levy duties", "Lagos's refusal to sign": the possessor
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
    // "hosted a meeting of the coalition", "attacked the headquarters of Hamas", "froze the assets
    // of six Iranian firms"
    uint32_t of = mention.first - 1;
    while (of > from && of + 3 > mention.first && (At(of).tag == "CD" || At(of).tag == "DT")) --of;
    if (direct && mention.preposition == "of" && of <= from + 4 && of >= 1 && At(of).lower == "of" &&
        At(of - 1).tag.rfind("NN", 0) == 0 && mention_at_[of - 1] < 0)
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

}  // namespace kg::ingest::reader_internal
