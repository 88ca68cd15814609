// Pieces of the kg command line shared by its subcommands: opening the store named by --db,
// rendering actors and events as JSON for `kg events` and `kg actors`, and the ingest driver.
// The CLI only wires graph/, ingest/ and query/ together; it holds no extraction or query logic.
#ifndef KG_TOOLS_CLI_H_
#define KG_TOOLS_CLI_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/store.h"
#include "nlohmann/json.hpp"

namespace kg::cli {

// --db, else $KG_DB, else ./kg.db.
std::string ResolveDbPath(const std::string& flag);

// Renders store records as JSON, caching what it reads.
class Renderer {
 public:
  explicit Renderer(const graph::Store& store) : store_(store) {}
  // {"id","name","kind","aliases","affiliations" (names, transitively),"cameo","iso3"}
  nlohmann::json ActorJson(uint64_t id);
  // The fields of shared/eval/README.md plus the project's own: id, cameo, polarity, modality,
  // asserted, date, trigger, offsets, rule; `content` nested without doc and sentence.
  nlohmann::json EventJson(const Event& event, bool nested = false, int depth = 0);
  std::string DocumentName(uint64_t id);

 private:
  const graph::Store& store_;
  std::map<uint64_t, nlohmann::json> actors_;
  std::map<uint64_t, std::string> documents_;
};

struct IngestOptions {
  std::string db;
  std::vector<std::string> inputs;
  int threads = 1;
  bool quiet = false;
  bool sync = false;
  std::string data_dir;
  bool parse = false;  // link-grammar for the clauses the shallow analysis cannot decide
};

// Reads, extracts and stores every input; reports bad inputs on stderr and goes on. Returns the
// process exit status: 0 when every input went in, 1 when some failed.
int RunIngest(const IngestOptions& options);

}  // namespace kg::cli

#endif  // KG_TOOLS_CLI_H_
