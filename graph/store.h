// Store: the graph kept in an embedded RocksDB database. It holds documents, nodes (actors and
// events), typed edges in both directions, a name index and an event-class index, and writes
// everything one document contributes in one atomic WriteBatch. One process may open a store
// for writing (a second writer gets a clear error); any number may open it read-only.
// It knows no text analysis and no query language: callers hand it protobuf messages.
//
// Column families and keys (ids are 8-byte big-endian, so keys sort by id):
//   meta        "schema_version" -> decimal string
//   documents   doc_id                         -> kg.Document
//   doc_names   name                           -> doc_id
//   nodes       node_id                        -> kg.Node (actor or event)
//   out_edges   from_id  type(1)  to_id        -> kg.Edge
//   in_edges    to_id    type(1)  from_id      -> kg.Edge
//   names       normalised_name 0x00 actor_id  -> ""
//   classes     class(1) event_id              -> ""
//   doc_items   doc_id kind(1) item key        -> ""   (what a document wrote, for replacing it)
#ifndef KG_GRAPH_STORE_H_
#define KG_GRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "kg.pb.h"

namespace kg::graph {

inline constexpr uint32_t kSchemaVersion = 1;

struct StoreOptions {
  bool read_only = false;         // open for reading beside a writer (or with no writer)
  bool create_if_missing = true;  // ignored when read_only
  bool sync = false;              // fsync every document's batch (survives a machine crash)
  // Test seam (fault injection), unset in production: called with the writer lock held just
  // before a document's batch is written; an error skips the write and is returned by
  // PutDocumentGraph, as a failed RocksDB write would be.
  std::function<absl::Status()> before_write_for_testing;
};

enum class Direction { kOut, kIn };

enum class PutOutcome {
  kAdded,      // a new document
  kUnchanged,  // same name and same content hash: nothing written
  kReplaced,   // same name, new content: its old events and edges were removed first
};

struct StoreStats {
  uint64_t documents = 0;
  uint64_t actors = 0;
  uint64_t events = 0;
  uint64_t edges = 0;  // each edge counted once
  uint64_t names = 0;  // name index entries
};

class Store {
 public:
  // Opens (or creates) the store at `path`. Errors: another writer holds it, a store of another
  // schema version, not a kg store, I/O. Messages name the path and the cause.
  static absl::StatusOr<std::unique_ptr<Store>> Open(const std::string& path,
                                                      const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Writes one document with its actors, events and edges in one WriteBatch. Actors already in
  // the store are merged (aliases, roles, affiliations unioned; mention counts added). Events get
  // SOURCE/TARGET/CONTENT/REPORTED_IN edges from their fields; the graph's `edges` add the rest
  // (MEMBER_OF). Ingesting a document again with the same content writes nothing.
  absl::StatusOr<PutOutcome> PutDocumentGraph(const DocumentGraph& graph);

  absl::StatusOr<std::optional<Document>> GetDocument(uint64_t id) const;
  absl::StatusOr<std::optional<Document>> FindDocument(const std::string& name) const;
  absl::StatusOr<std::optional<Actor>> GetActor(uint64_t id) const;
  absl::StatusOr<std::optional<Event>> GetEvent(uint64_t id) const;

  // Edges of `node` in one direction, all types or one, in key order. `fn` returns false to stop.
  absl::Status ForEachEdge(uint64_t node, Direction direction, std::optional<EdgeType> type,
                           const std::function<bool(const Edge&)>& fn) const;
  // The other ends of a node's edges, read from the keys alone (no value is parsed): the fast way
  // to expand a node when the edges' documents are not needed. `fn` returns false to stop.
  absl::Status ForEachNeighbor(uint64_t node, Direction direction, std::optional<EdgeType> type,
                               const std::function<bool(uint64_t other, EdgeType type)>& fn) const;
  // Number of edges of a node (a prefix scan).
  absl::StatusOr<uint64_t> Degree(uint64_t node, Direction direction,
                                  std::optional<EdgeType> type = std::nullopt) const;

  // Actor ids whose name or alias normalises (NormalizeName) to the same form as `name`.
  absl::StatusOr<std::vector<uint64_t>> LookupName(const std::string& name) const;
  // Actors with a name or alias whose normalised form starts with `prefix` (normalised).
  absl::Status ForEachNameWithPrefix(
      const std::string& prefix, const std::function<bool(const std::string& name, uint64_t id)>& fn) const;

  absl::Status ForEachDocument(const std::function<bool(const Document&)>& fn) const;
  absl::Status ForEachActor(const std::function<bool(const Actor&)>& fn) const;
  absl::Status ForEachEvent(const std::function<bool(const Event&)>& fn) const;
  absl::Status ForEachEventOfClass(EventClass event_class, const std::function<bool(const Event&)>& fn) const;

  absl::StatusOr<StoreStats> Stats() const;
  const std::string& path() const;

 private:
  class Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_STORE_H_
