// Key encoding of the graph store's column families (see the table in store.h). Ids are written
// as 8 big-endian bytes so that keys sort by id and every edge of a node, or every edge of one
// type of a node, is one contiguous prefix range. This header only builds and parses byte
// strings: it knows nothing of RocksDB handles, values or I/O.
#ifndef KG_GRAPH_KEYS_H_
#define KG_GRAPH_KEYS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "kg.pb.h"

namespace kg::graph::keys {

inline constexpr size_t kIdBytes = 8;
inline constexpr size_t kEdgeKeyBytes = 2 * kIdBytes + 1;

// The 8 big-endian bytes of `id`, appended to `out`.
void AppendId(std::string* out, uint64_t id);
// The id held by the first 8 bytes of `bytes` (which must hold at least 8).
uint64_t DecodeId(absl::string_view bytes);

// documents, nodes: the id alone.
std::string IdKey(uint64_t id);

// out_edges: EdgeKey(from, type, to); in_edges: EdgeKey(to, type, from).
std::string EdgeKey(uint64_t first, EdgeType type, uint64_t second);
// All edges of `node` (8 bytes), or only those of `type` (9 bytes).
std::string EdgePrefix(uint64_t node, std::optional<EdgeType> type = std::nullopt);
struct EdgeKeyParts {
  uint64_t first = 0;
  EdgeType type = EDGE_TYPE_UNSPECIFIED;
  uint64_t second = 0;
};
std::optional<EdgeKeyParts> ParseEdgeKey(absl::string_view key);

// names: normalised name, 0x00, actor id. NamePrefix(name) covers exactly that name.
std::string NameKey(absl::string_view normalized_name, uint64_t actor);
std::string NamePrefix(absl::string_view normalized_name);
struct NameKeyParts {
  std::string name;
  uint64_t actor = 0;
};
std::optional<NameKeyParts> ParseNameKey(absl::string_view key);

// classes: class byte, event id.
std::string ClassKey(EventClass event_class, uint64_t event);
std::string ClassPrefix(EventClass event_class);

// doc_items: document id, kind byte, item. What a document wrote that replacing it must undo.
enum class DocItemKind : char {
  kEvent = 'E',  // item: the event id (8 bytes)
  kEdge = 'G',   // item: the out_edges key of an edge the document supports (MEMBER_OF, MENTIONED_IN)
};
std::string DocItemKey(uint64_t document, DocItemKind kind, absl::string_view item);
std::string DocItemPrefix(uint64_t document);
struct DocItemParts {
  DocItemKind kind = DocItemKind::kEvent;
  std::string item;
};
std::optional<DocItemParts> ParseDocItemKey(absl::string_view key);

// The smallest key greater than every key starting with `prefix`, for iterate_upper_bound;
// nullopt when there is none (empty prefix, or only 0xff bytes).
std::optional<std::string> PrefixSuccessor(absl::string_view prefix);

}  // namespace kg::graph::keys

#endif  // KG_GRAPH_KEYS_H_
