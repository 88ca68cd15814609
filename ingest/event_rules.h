// EventFinder: the rules that read events out of one analysed sentence. Verb triggers take their
// subject and objects from the clause (passive voice swaps them); noun triggers ("air strikes
// against IS", "co-operation between the two countries") take theirs from modifiers,
// prepositions and support verbs ("carried out airstrikes"); speech and denial verbs make
// statements and denials whose content is the event of their clause or quotation; a negated
// event is never a fact, only the content of a denial. Internal to ingest/.
#ifndef KG_INGEST_EVENT_RULES_H_
#define KG_INGEST_EVENT_RULES_H_

#include <string>
#include <vector>

#include "ingest/clauses.h"
#include "ingest/mentions.h"
#include "ingest/parser.h"
#include "ingest/salience.h"
#include "proto/vocabulary.h"

namespace kg::ingest {

// An event of one sentence before it gets ids.
struct DraftEvent {
  EventClass event_class = EVENT_CLASS_UNSPECIFIED;
  std::string cameo;
  int source = -1;           // DocActors index
  int target = -1;
  int content = -1;          // index of another DraftEvent of the same sentence
  bool negated = false;
  Modality modality = ASSERTED;
  bool asserted = true;
  bool needs_parent = false;  // kept only as the content of another event
  bool claimed = false;       // is the content of another event
  bool denies_unnamed = false;  // a denial of reports or involvement whose content is not read
  bool speech = false;          // made by a verb of saying or denying, whose clause is its content
  bool stands_alone = false;    // "riots erupted": an event noun as the subject of its clause, kept without actors
  int verb_group = -1;          // the verb group that triggered it, -1 for a noun or a derived event
  uint32_t trigger_first = 0, trigger_last = 0;  // tokens
  int source_mention = -1, target_mention = -1;  // indices into the sentence's mentions
  // What the event was done to when that is no actor ("stormed the building", "two ships were
  // hit"): tokens [first, last), empty when first == last.
  uint32_t thing_first = 0, thing_last = 0;
  // Who speaks when that is a document no actor issued ("the report said"): tokens [first, last).
  uint32_t speaker_thing_first = 0, speaker_thing_last = 0;
  std::string rule;
};

struct SentenceEvents {
  std::vector<DraftEvent> events;
  int speaker = -1;  // the speaker of the sentence's quotation, carried to the next sentence
};

class EventFinder {
 public:
  // `parser` (may be null) is asked, at most once a sentence, for the subject of an active verb
  // whose subject the shallow scan cannot find although actors stand before it.
  explicit EventFinder(const EventLexicon& lexicon, const SentenceParser* parser = nullptr)
      : lexicon_(lexicon), parser_(parser) {}

  // Resolves the sentence's pronouns and pairs (through `salience`, which it also updates) and
  // finds its events. `carried_speaker`: who speaks when the sentence opens inside a quotation.
  SentenceEvents Find(const Sentence& sentence, const ClauseAnalysis& clauses, std::vector<Mention>& mentions,
                      DocActors& actors, Salience& salience, int carried_speaker) const;

 private:
  const EventLexicon& lexicon_;
  const SentenceParser* parser_;
};

}  // namespace kg::ingest

#endif  // KG_INGEST_EVENT_RULES_H_
