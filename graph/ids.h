// Deterministic 64-bit ids for the nodes of the graph. An id is a stable hash of a key that
// names the thing (a document's name, an actor's canonical key, an event's document, sentence
// and trigger), so that stores built apart give the same thing the same id and merge without
// renumbering. The top byte holds the kind of node. This header knows nothing of RocksDB.
#ifndef KG_GRAPH_IDS_H_
#define KG_GRAPH_IDS_H_

#include <cstdint>
#include <string>
#include "absl/strings/string_view.h"

namespace kg::graph {

enum class NodeKind : uint8_t { kDocument = 0x01, kActor = 0x02, kEvent = 0x03 };

// A stable 64-bit hash (FNV-1a followed by a 64-bit finaliser); the same on every machine.
uint64_t StableHash64(absl::string_view data, uint64_t seed = 0);
// 32 hex digits: two independent StableHash64 of the data. Used as a document's content hash.
std::string ContentDigest(absl::string_view data);

// Id of kind `kind` for `key`: top byte = kind, low 56 bits = hash of the key.
uint64_t MakeId(NodeKind kind, absl::string_view key);
NodeKind KindOfId(uint64_t id);

inline uint64_t DocumentId(absl::string_view document_name) {
  return MakeId(NodeKind::kDocument, document_name);
}
// `actor_key` is the actor's canonical key, see ActorKey().
inline uint64_t ActorIdForKey(absl::string_view actor_key) { return MakeId(NodeKind::kActor, actor_key); }

// Canonical key of an actor: persons and everything else live in separate key spaces, so a
// person is never merged with a country of the same name. `code` (an ISO or CAMEO code) wins over
// the name when given: "org:code:IRN".
std::string ActorKey(bool is_person, absl::string_view normalized_name, absl::string_view code = "");

// Lower case, no dots, no possessive 's, no leading "the", single spaces: the form under which
// the name index stores names ("The U.S.'s" -> "us"). ASCII folding only; other bytes unchanged.
std::string NormalizeName(absl::string_view name);

}  // namespace kg::graph

#endif  // KG_GRAPH_IDS_H_
