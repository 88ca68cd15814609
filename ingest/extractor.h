// Extractor: turns one news article into the part of the graph it states (a kg.DocumentGraph):
// the actors it mentions, merged within the document and given stable ids, and the events
// between them with their provenance. It is lexicon and pattern based over a shallow analysis
// (text.h); it never touches the store (the caller writes the graph with graph::Store).
#ifndef KG_INGEST_EXTRACTOR_H_
#define KG_INGEST_EXTRACTOR_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "kg.pb.h"

namespace kg::ingest {

// An article as read from disk or a feed, before analysis.
struct RawDocument {
  std::string name;    // unique name in the store: the file name, or the feed's id
  std::string path;    // where it came from, for messages
  std::string text;    // UTF-8; the first line is the title when it looks like one
  std::string title;   // when the reader knows it; else taken from the first line
  std::string date;    // ISO date when known
  std::string source;
};

struct ExtractorOptions {
  std::string data_dir;     // lexicons (events.tsv, actors/); empty: $KG_DATA_DIR or the built-in path
  std::string tagger_dir;   // empty: Debian's Lingua::EN::Tagger data
  std::string wordnet_dir;  // empty: /usr/share/wordnet
  std::string iso_codes_path;  // empty: /usr/share/iso-codes/json/iso_3166-1.json
  // Ask link-grammar for the subject of an active verb where the shallow analysis cannot decide.
  // Measured on 4,346 Wikinews articles: 116 more events with a source (0.3%), about two thirds
  // of them right, for twice the time; so it is off unless asked for (kg ingest --parse).
  bool use_parser = false;
};

class Extractor {
 public:
  // Loads the lexicons and models; errors name the file that is missing or malformed.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options = {});
  ~Extractor();

  // The graph of one document. Thread-safe: several threads may extract at once.
  absl::StatusOr<DocumentGraph> Extract(const RawDocument& document) const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The data directory in effect for `configured` (empty: $KG_DATA_DIR, else the build's data/).
std::string ResolveDataDir(const std::string& configured);

}  // namespace kg::ingest

#endif  // KG_INGEST_EXTRACTOR_H_
