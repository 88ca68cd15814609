// Internal to query/: turning node references of a result into objects (see Value in query.h).
#ifndef KG_QUERY_RENDER_H_
#define KG_QUERY_RENDER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "query/engine.h"

namespace kg::query {

class Renderer {
 public:
  explicit Renderer(GraphReader& reader);
  // Nodes (also inside lists, maps and paths) get their properties and display text.
  Value Render(const Value& v, absl::Status* status);
  // Names of the actors `actor` is MEMBER_OF, transitively, nearest first.
  std::vector<std::string> Affiliations(const Actor& actor, absl::Status* status);
  std::string ActorName(uint64_t id, absl::Status* status);

 private:
  GraphReader& reader_;
  absl::flat_hash_map<uint64_t, Value> cache_;
};

// RunCypher with or without rendering nodes.
absl::StatusOr<Table> RunCypherInternal(const graph::Store& store, absl::string_view text,
                                        const QueryOptions& options, bool render);

}  // namespace kg::query

#endif  // KG_QUERY_RENDER_H_
