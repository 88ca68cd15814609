// The event vocabulary shared by the extractor (ingest/) and the query engine (query/): the
// names of the event classes, their default CAMEO codes, and the event lexicon that maps verb
// and noun lemmas to classes (data/events.tsv). It knows words only as lemmas; it does no text
// analysis and no storage.
#ifndef KG_PROTO_VOCABULARY_H_
#define KG_PROTO_VOCABULARY_H_

#include <optional>
#include <string>
#include "absl/strings/string_view.h"
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "kg.pb.h"

namespace kg {

// "ASSAULT" for ASSAULT; "" for EVENT_CLASS_UNSPECIFIED.
absl::string_view EventClassName(EventClass event_class);
// Upper or lower case name to class; nullopt when it is none of the eighteen.
std::optional<EventClass> EventClassFromName(absl::string_view name);
// The CAMEO code used when the lexicon gives none: "190" for ASSAULT, "016" for DENY, ...
absl::string_view DefaultCameoCode(EventClass event_class);
// PLOVER class of a CAMEO code ("190" -> ASSAULT, "163" -> COERCE, "01x" -> STATEMENT).
EventClass EventClassFromCameo(absl::string_view cameo);
// Every class, in enum order.
const std::vector<EventClass>& AllEventClasses();

absl::string_view ActorKindName(ActorKind kind);
std::optional<ActorKind> ActorKindFromName(absl::string_view name);

// Part of speech of a trigger word in the lexicon. kEvaluation: a word of judgement ("disgrace",
// "outraged") that makes what an actor says or feels about another an event of its class.
enum class TriggerPos { kVerb, kNoun, kEvaluation };

// One line of the event lexicon.
struct EventEntry {
  std::string lemma;                 // one or more lemmas, space separated: "break off"
  TriggerPos pos = TriggerPos::kVerb;
  EventClass event_class = EVENT_CLASS_UNSPECIFIED;
  std::string cameo;                 // CAMEO code, a string
  bool direct_object = false;        // the target is the verb's direct object
  std::vector<std::string> target_prepositions;  // or the object of one of these: "with", "against"
  bool speech = false;               // a verb of saying or denying that takes a clause
  bool clause_only = false;          // an event only with its clause ("ruled that", not "ruled the country")
};

// The event lexicon: verb and noun lemmas to event classes. Format of the file (one entry a
// line, '#' starts a comment, fields separated by tabs or runs of spaces):
//   LEMMA  POS  CLASS  CAMEO  FRAME
// LEMMA may hold several words joined by '_' ("break_off"); POS is v, n or e (evaluation); FRAME is a comma list
// of: obj (target is the direct object), a preposition (target follows it), clause (a speech or
// attitude verb taking a that-clause), that (such a verb that is an event only with its clause or
// quotation: "the court ruled that ..."), or '-' for none.
class EventLexicon {
 public:
  static absl::StatusOr<EventLexicon> LoadFile(const std::string& path);
  static absl::StatusOr<EventLexicon> Parse(absl::string_view text, absl::string_view origin);

  // Entries for a lemma (single or multiword, space separated) as a verb or noun; empty if none.
  const std::vector<EventEntry>& Lookup(absl::string_view lemma, TriggerPos pos) const;
  // True when some entry starts with this lemma followed by more words ("break" of "break off").
  bool StartsPhrase(absl::string_view first_lemma) const;
  size_t size() const { return size_; }

  // Crude lemma candidates for a word without a morphology ("denied" -> "deny", "attacks" ->
  // "attack"), for short inputs such as questions. The extractor uses WordNet instead.
  static std::vector<std::string> GuessLemmas(absl::string_view word);

 private:
  std::unordered_map<std::string, std::vector<EventEntry>> verbs_;
  std::unordered_map<std::string, std::vector<EventEntry>> nouns_;
  std::unordered_map<std::string, std::vector<EventEntry>> evaluations_;
  std::unordered_map<std::string, bool> phrase_starts_;
  size_t size_ = 0;
};

}  // namespace kg

#endif  // KG_PROTO_VOCABULARY_H_
