// The ingest pipeline shared by `kg ingest` and kg_bench_ingest: a document source read lazily
// by a pool of extractor threads, whose results reach the caller's thread one at a time, in input
// order (so that a single writer can store them). It holds no storing or reporting policy: the
// caller decides what to do with each result and each bad input.
#ifndef KG_TOOLS_INGEST_PIPELINE_H_
#define KG_TOOLS_INGEST_PIPELINE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "ingest/extractor.h"
#include "kg.pb.h"

namespace kg::cli {

// Documents to extract, read lazily from the inputs as `kg ingest` takes them: "-" is standard
// input, a *.jsonl file is a feed of many documents (read whole when it is reached), anything
// else a plain-text article.
class DocumentSource {
 public:
  struct Options {
    size_t limit = 0;  // > 0: stop after this many documents
    // When set, asked first for every path: a stream of JSON lines to read in place of the file
    // (e.g. a decompressed *.jsonl.gz), or nullptr to treat the path as usual.
    std::function<std::unique_ptr<std::istream>(const std::string& path)> open_feed;
  };

  explicit DocumentSource(std::vector<std::string> paths) : DocumentSource(std::move(paths), Options()) {}
  DocumentSource(std::vector<std::string> paths, Options options)
      : paths_(std::move(paths)), options_(std::move(options)) {}

  // The next document, or nullopt at the end. Bad inputs are appended to `errors` and skipped.
  std::optional<ingest::RawDocument> Next(std::vector<absl::Status>* errors);

  size_t inputs_total() const { return paths_.size(); }
  size_t inputs_read();

 private:
  void ReadFeed(std::istream& in, const std::string& path, std::vector<absl::Status>* errors);
  bool LimitReached() const { return options_.limit > 0 && produced_ >= options_.limit; }

  std::mutex mutex_;
  std::vector<std::string> paths_;
  Options options_;
  size_t next_path_ = 0;
  size_t inputs_read_ = 0;
  size_t produced_ = 0;  // documents returned or queued
  std::deque<ingest::RawDocument> pending_;
};

// One document's extraction result.
struct Extracted {
  uint64_t sequence = 0;  // position in input order, from 0
  std::string path;
  absl::StatusOr<DocumentGraph> graph;
  double extract_seconds = 0;  // wall time in Extractor::Extract
};

// Where a pipeline's time went, in seconds of wall time (summed over threads where noted).
struct PipelineTimes {
  double total = 0;    // the whole run, on the calling thread
  double read = 0;     // in DocumentSource::Next (the others wait: readers hold the pipeline lock)
  double extract = 0;  // in Extractor::Extract, summed over the extractor threads
  double consume = 0;  // in `consume`, on the calling thread
  double wait = 0;     // calling thread waiting for the next document in order
};

// Extracts every document of `source` on `threads` threads (at least one) and calls `consume` on
// the calling thread with each result, in input order. Reading errors go to `on_read_error` as
// they are met, one call at a time (under the pipeline's lock).
PipelineTimes RunPipeline(DocumentSource& source, const ingest::Extractor& extractor, int threads,
                          const std::function<void(const absl::Status&)>& on_read_error,
                          const std::function<void(Extracted&)>& consume);

}  // namespace kg::cli

#endif  // KG_TOOLS_INGEST_PIPELINE_H_
