// Salience: the document's recent actors, for resolving pronouns ("he", "it", "they"), pairs
// ("both", "the two countries") and missing partners of an event. A mention is more salient when
// it is recent and when it was a subject. It holds indices into DocActors; it finds nothing in
// text itself. Internal to ingest/.
#ifndef KG_INGEST_SALIENCE_H_
#define KG_INGEST_SALIENCE_H_

#include <utility>
#include <vector>

#include "ingest/mentions.h"

namespace kg::ingest {

class Salience {
 public:
  explicit Salience(const DocActors& actors) : actors_(actors) {}

  void StartSentence(int sentence_index) { sentence_ = sentence_index; }
  // Records a resolved mention. `subject`: it stands before a verb.
  // `quoted`: named inside a quotation.
  // `position`: the mention's first token in this sentence.
  void Add(int actor, bool subject, bool locative, bool quoted = false, int position = -1);
  // Records the two actors of an event, the best antecedent of "both" and "the two countries".
  void AddPair(int a, int b);

  // The last event stated as a fact, for "X called the reports nonsense" in a later sentence.
  struct Fact {
    EventClass event_class = EVENT_CLASS_UNSPECIFIED;
    std::string cameo;
    int source = -1;
    int target = -1;
    int sentence = -1;
  };
  void SetLastFact(const Fact& fact) { last_fact_ = fact; last_fact_.sentence = sentence_; }
  // The last fact of an earlier sentence, within two sentences; event_class unset when none.
  Fact RecentFact() const {
    return last_fact_.sentence >= 0 && last_fact_.sentence < sentence_ && sentence_ - last_fact_.sentence <= 2
               ? last_fact_ : Fact();
  }

  // The actor a third-person pronoun refers to, or -1 ("he", "her", "it", "its", "they", ...).
  // `outside_quote`: the pronoun stands outside a quotation ('"...," he said'), so it names no
  // one named only inside this sentence's quotation.
  int ResolvePronoun(const std::string& pronoun, bool outside_quote = false) const;
  // The same, for a pronoun at token `position` of this sentence that cannot name `exclude` nor an
  // actor related to it: "the army shelled their positions" (not the army's own), or -1.
  int ResolvePronounOtherThan(const std::string& pronoun, int exclude, int position) const;
  // The two actors "both" or "the two countries" refer to; empty when unknown. `sides`: the words
  // were "the two sides" (or parties, rivals): the two sides of a recent event come first, not the
  // last two countries named.
  std::vector<int> ResolvePair(bool sides = false) const;
  // The most salient country or organisation unrelated to every actor of `exclude`, or -1: the
  // partner of "not something we're coordinating".
  int SalientOther(const std::vector<int>& exclude) const;

 private:
  struct Entry {
    int actor;
    int sentence;
    bool subject;
    bool locative;
    bool quoted;
    int position;
  };
  template <typename Skip, typename SkipRecent>
  int Resolve(const std::string& pronoun, Skip skip, SkipRecent skip_recent, bool institutions_plural) const;
  const DocActors& actors_;
  std::vector<Entry> history_;
  std::vector<std::pair<int, int>> pairs_;  // (sentence, a) (sentence, b) in order
  std::vector<std::pair<int, std::pair<int, int>>> event_pairs_;
  int sentence_ = 0;
  Fact last_fact_;
};

}  // namespace kg::ingest

#endif  // KG_INGEST_SALIENCE_H_
