// SentenceReader: the per-sentence event reader behind EventFinder (event_rules.h). One is made for
// each sentence; Run resolves its pronouns, reads the events of its verbs, nouns, feelings and
// speech, shares roles between them and returns the events kept. Internal to ingest/ (its stages
// are defined in the .cc files named below); not a public API: use EventFinder.
#ifndef KG_INGEST_SENTENCE_READER_H_
#define KG_INGEST_SENTENCE_READER_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/event_rules.h"

namespace kg::ingest::reader_internal {

using WordSet = std::unordered_set<std::string>;

// What someone claims of someone else, that a denial answers ("rejected accusations that ...").
const WordSet& ClaimNouns();

// Documents that speak: "the report says", "a statement from the ministry said".
const WordSet& DocumentNouns();

// Nouns that report or rumour an event rather than name one: "talk of co-operation".
const WordSet& HedgeNouns();

inline bool IsAnyOf(const std::string& word, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (word == w) return true;
  return false;
}

// An entry of the rules' own, for phrases the lexicon cannot list ("called Russia to stop", "came
// under fire"); made once and kept for the life of the process.
const EventEntry* RuleEntry(EventClass event_class, const char* cameo, const char* lemma = "",
                            bool direct_object = false, bool speech = false,
                            std::vector<std::string> target_prepositions = {});

class SentenceReader {
 public:
  SentenceReader(const EventLexicon& lexicon, const Sentence& sentence, const ClauseAnalysis& clauses,
                 std::vector<Mention>& mentions, DocActors& actors, Salience& salience,
                 const SentenceParser* parser)
      : lexicon_(lexicon),
        parser_(parser),
        tokens_(sentence.tokens),
        clauses_(clauses),
        mentions_(mentions),
        actors_(actors),
        salience_(salience),
        mention_at_(sentence.tokens.size(), -1),
        subject_memo_(clauses.verb_groups().size(), -2) {
    for (size_t m = 0; m < mentions_.size(); ++m)
      for (uint32_t k = mentions_[m].first; k < mentions_[m].last && k < tokens_.size(); ++k)
        mention_at_[k] = static_cast<int>(m);
  }

  SentenceEvents Run(int carried_speaker);

 private:
  // ---- stages of Run (sentence_reader.cc) -------------------------------------------------------
  void FindActs();
  int ReadSpeech(int carried_speaker);
  void ShareRoles();
  void SettleRaidsAndPartners();

  const Token& At(size_t i) const {
    static const Token* none = new Token();
    return i < tokens_.size() ? tokens_[i] : *none;
  }

  // The mention at token i, -1 when none or past the end.
  int MentionAt(size_t i) const { return i < mention_at_.size() ? mention_at_[i] : -1; }

  bool After(uint32_t k, std::initializer_list<const char*> words) const {
    return k < tokens_.size() && IsAnyOf(At(k).lower, words);
  }

  // The actor of a mention; places ("the town of Kadugli") are where events happen, not
  // their participants.
  int ActorOf(int mention) const {
    if (mention < 0) return -1;
    int actor = mentions_[mention].actor;
    return actor >= 0 && actors_.at(actor).actor.kind() == LOCATION ? -1 : actor;
  }

  bool Usable(const Mention& m) const {
    if (m.form == MentionForm::kPair) return true;
    return m.form != MentionForm::kAdjective && !m.locative && (m.actor >= 0 || m.form == MentionForm::kPronoun);
  }

  // ---- pronouns (sentence_reader.cc) ------------------------------------------------------------
  bool BeforeVerb(const Mention& m) const;
  void ResolveThirdPerson();
  void ResolveFirstPerson(int speaker);

  // ---- subjects and objects (sentence_reader.cc) ------------------------------------------------
  int Antecedent(uint32_t k) const;
  int Subject(int g);
  int AmongThose(uint32_t k) const;
  bool GerundOfObject(const VerbGroup& group) const;
  bool IssuesDocument(const Mention& mention, const VerbGroup& group) const;
  bool DocumentVerb(const VerbGroup& group) const;
  uint32_t PastTimePhrase(uint32_t k) const;
  int PreviousClauseSubject(int g);
  int ParsedSubject(const VerbGroup& group, uint32_t clause_start);
  bool IsSpeechVerb(int g) const;
  int Object(uint32_t from, uint32_t end, bool direct, const std::vector<std::string>& prepositions,
             bool* by_preposition = nullptr, EventClass own_class = EVENT_CLASS_UNSPECIFIED) const;
  bool EventNounBetween(uint32_t from, uint32_t to, EventClass own_class) const;
  bool InsiderOf(const Mention& mention, uint32_t start) const;
  bool ActsForPossessor(uint32_t from, uint32_t to) const;

  // ---- shared helpers (sentence_reader.cc) ------------------------------------------------------
  bool HasModal(const VerbGroup& group) const;
  bool UnnamedSource(const DraftEvent& e) const;
  void Attach(size_t d, size_t k);
  bool BreaksTies(uint32_t after) const;
  bool IsPolice(int actor) const;

  // ---- what is kept (sentence_reader.cc) --------------------------------------------------------
  void Finish(SentenceEvents& out);

  // ---- verb events (verb_events.cc) -------------------------------------------------------------
  const std::vector<EventEntry>& VerbEntries(const VerbGroup& group, uint32_t* trigger_end) const;
  const EventEntry* CallToRequest(const VerbGroup& group) const;
  const EventEntry* WantsThing(const VerbGroup& group) const;
  const EventEntry* CallItFalse(const VerbGroup& group) const;
  bool CrowdSubject(int mention) const;
  bool NoneSubject(const VerbGroup& group) const;
  bool WeaponSubject(const VerbGroup& group) const;
  static const WordSet& Weapons();
  bool NonActorSubject(const VerbGroup& group) const;
  static bool IsNature(const Token& noun);
  const EventEntry* CallNames(const VerbGroup& group) const;
  const EventEntry* WordsAttacked(const VerbGroup& group, uint32_t after, const EventEntry* entry) const;
  const EventEntry* AttendsNamedMeeting(const VerbGroup& group) const;
  const EventEntry* ReceivesVisitor(const VerbGroup& group) const;
  bool OffersEventNoun(uint32_t after) const;
  bool Publishes(const VerbGroup& group, uint32_t after) const;
  const EventEntry* SetsOnFire(const VerbGroup& group) const;
  const EventEntry* ArrivesAbroad(const VerbGroup& group, int g);
  const EventEntry* UnderFire(const VerbGroup& group) const;
  const EventEntry* Faces(const VerbGroup& group) const;
  const EventEntry* RiotControl(const VerbGroup& group, const EventEntry* entry) const;
  uint32_t TruceBroken(const VerbGroup& group) const;
  const EventEntry* OnAlert(const VerbGroup& group) const;
  const EventEntry* CutTies(const VerbGroup& group) const;
  const EventEntry* StopsAid(const VerbGroup& group) const;
  const EventEntry* DeniesAccess(const VerbGroup& group) const;
  int WordAfterHead(const VerbGroup& group, uint32_t span, std::initializer_list<const char*> words) const;
  const EventEntry* DisclaimsOrDisputes(const VerbGroup& group) const;
  bool PeopleBetween(uint32_t from, uint32_t to) const;
  const EventEntry* HeldCaptive(const VerbGroup& group) const;
  const EventEntry* RefusedInPassive(const std::vector<EventEntry>& entries, const VerbGroup& group,
                                     const EventEntry* chosen) const;
  bool TakesClause(uint32_t after) const;
  const EventEntry* ChooseEntry(const std::vector<EventEntry>& entries, uint32_t after) const;
  void ResolveInfinitivePossessives();
  void SpeakingDocument(const VerbGroup& group, DraftEvent& e) const;
  void FindVerbEvents();
  bool DropsMunitions(uint32_t from, uint32_t end) const;
  bool CarriesAid(uint32_t from, uint32_t end) const;
  bool IsEnvoy(uint32_t k) const;
  void ReadObjectSense(const VerbGroup& group, uint32_t from, uint32_t end, DraftEvent& e) const;
  bool MovesForces(const VerbGroup& group, uint32_t from, uint32_t end) const;
  Modality InfinitiveModality(const VerbGroup& group) const;
  void FindSecurityRaised();

  // ---- judgements and feelings (feeling_events.cc) ----------------------------------------------
  const EventEntry* Evaluation(uint32_t k) const;
  void FindFavour();
  void FindCritics();
  const EventEntry* ReactionManner(const VerbGroup& group, uint32_t* word) const;
  const EventEntry* FeelingWithPreposition(uint32_t k) const;
  void FindFeelings();

  // ---- noun events (noun_events.cc) -------------------------------------------------------------
  bool InsideVerbGroupOrMention(uint32_t k) const;
  const std::vector<EventEntry>* NounEntries(uint32_t k, uint32_t* first) const;
  int GoverningGroup(uint32_t first) const;
  int ReactionGroup(uint32_t first) const;
  const EventEntry* JudgingWords(uint32_t first, uint32_t k, const EventEntry& noun) const;
  int Prenominal(uint32_t first) const;
  bool SubjectOfOccurrence(uint32_t first, uint32_t k) const;
  int ClauseOfSubject(uint32_t first, uint32_t k) const;
  bool HeldOutOccurrence(uint32_t first, uint32_t k, Modality* modality) const;
  bool ArmedCampaign(uint32_t k) const;
  void TravelsFor(uint32_t first, DraftEvent& e);
  void TakeBetween(int between, uint32_t end, DraftEvent& e) const;
  void FindNounEvents();
  bool speech_group_for(int g) const;
  bool IsSupport(int g) const;
  bool DisputedClaim(int g, uint32_t k) const;
  bool SubjectOfClause(uint32_t k) const;
  void AttachRequested();

  // ---- speech, denial, blame, complements (speech_events.cc) ------------------------------------
  void FindAttributions();
  void AddFirstPersonStatement();
  bool Obliges(const VerbGroup& group) const;
  std::pair<uint32_t, uint32_t> Complement(const DraftEvent& speech, int subject_mention) const;
  void FindBlame();
  int FindSpeech(int carried_speaker);
  void HandleSpeech(size_t d, const std::vector<size_t>& inner);
  void MakeAllegation(size_t d, size_t k);
  void AddEvaluation(size_t d, uint32_t begin, uint32_t end);
  void SetTopic(uint32_t begin, uint32_t end, DraftEvent& e);
  void AddBlame(size_t d, uint32_t begin, uint32_t end);
  void AddGoodRole(size_t d, uint32_t begin, uint32_t end);
  void AddAttribution(size_t d, uint32_t begin, uint32_t end);
  bool SpeakerAbout(size_t d, int g, EventClass event_class, const char* cameo, DraftEvent* e);
  bool RefersBack(const DraftEvent& speech) const;
  void AddObligations(size_t d, uint32_t begin, uint32_t end);
  DraftEvent OfSpeaker(size_t d, EventClass event_class, const std::string& cameo, uint32_t first, uint32_t last,
                       std::string rule) const;
  void AddImperative(size_t d, uint32_t begin, uint32_t end);
  void AddSelfDenial(size_t d, uint32_t begin, uint32_t end);
  void AddRefusal(size_t k);
  void AddDenial(int speaker, size_t k, uint32_t trigger_first, uint32_t trigger_last, const char* rule);

  // ---- sharing and inferring roles: conjuncts (event_sharing.cc) --------------------------------
  std::vector<int> Conjuncts(int m) const;
  void AddWithConjuncts(DraftEvent e, const std::vector<int>& conjuncts, int group, bool speech);
  bool ReciprocalObject(uint32_t after) const;
  bool MeetsInItself(const DraftEvent& e) const;

  // ---- sharing and inferring roles: roles shared after speech (event_sharing.cc) ----------------
  void ShareContentWithConjuncts();
  void ApplyComplements();
  void InferTargets();
  int ConditionSubject(const DraftEvent& threat) const;
  void ShareAgents();
  uint32_t ThingPhraseAt(uint32_t from, uint32_t end) const;
  void AddThingTargets();
  void OwnerOfAttacked(uint32_t from, DraftEvent& e) const;
  bool HasCondition() const;
  void AddConditionalThreats();
  void AddIntentions();
  void ConvertNegations();
  void ShareSources();
  void ShareSpeechWithConjuncts();
  void ShareWithIncluded();
  std::vector<int> IncludedMembers(int m) const;
  int CopyContent(int k, int from, int to, int to_mention);

  const EventLexicon& lexicon_;
  const SentenceParser* parser_;
  std::optional<ParsedRelations> parsed_;  // the parse of this sentence, once asked for
  std::vector<int> parsed_subject_;        // verb groups whose subject came from the parse
  const std::vector<Token>& tokens_;
  const ClauseAnalysis& clauses_;
  std::vector<Mention>& mentions_;
  DocActors& actors_;
  Salience& salience_;
  std::vector<int> mention_at_;
  std::vector<int> subject_memo_;
  std::vector<DraftEvent> drafts_;
};

}  // namespace kg::ingest::reader_internal

#endif  // KG_INGEST_SENTENCE_READER_H_
