// Internal to query/: the vocabulary side of Ask, exposed for tests.
#ifndef KG_QUERY_ASK_INTERNAL_H_
#define KG_QUERY_ASK_INTERNAL_H_

#include <optional>
#include <string>

#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "proto/vocabulary.h"

namespace kg::query {

// The event lexicon questions are read with ($KG_DATA_DIR or the default data dir, events.tsv);
// null with *error set when it cannot be loaded (built-in words are used then).
const EventLexicon* QuestionLexicon(std::string* error);
// Event class of a question word (a verb, or with `noun` a noun or gerund), via GuessLemmas.
std::optional<EventClass> WordClass(const std::string& word, bool noun);
// Canonical names of the actors a phrase names (name index; else names starting with it).
// NotFoundError when none.
absl::StatusOr<std::vector<std::string>> ActorNames(const graph::Store& store, const std::string& phrase);
// A Cypher string literal.
std::string QuoteCypher(const std::string& s);

}  // namespace kg::query

#endif  // KG_QUERY_ASK_INTERNAL_H_
