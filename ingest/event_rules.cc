#include "ingest/event_rules.h"

#include "ingest/sentence_reader.h"

namespace kg::ingest {

SentenceEvents EventFinder::Find(const Sentence& sentence, const ClauseAnalysis& clauses,
                                 std::vector<Mention>& mentions, DocActors& actors, Salience& salience,
                                 int carried_speaker) const {
  return reader_internal::SentenceReader(lexicon_, sentence, clauses, mentions, actors, salience, parser_)
      .Run(carried_speaker);
}

}  // namespace kg::ingest
