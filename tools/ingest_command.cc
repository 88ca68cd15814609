// `kg ingest`: readers feed a pool of extractor threads; one writer stores each document's graph
// in its own atomic batch, in input order.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "tools/cli.h"

namespace kg::cli {
namespace {

// Documents to extract, read lazily from the inputs (a JSON-lines file yields many).
class DocumentSource {
 public:
  explicit DocumentSource(std::vector<std::string> paths) : paths_(std::move(paths)) {}

  // The next document, or nullopt at the end. Bad inputs are reported and skipped.
  std::optional<ingest::RawDocument> Next(std::vector<absl::Status>* errors) {
    std::lock_guard<std::mutex> lock(mutex_);
    while (true) {
      if (!pending_.empty()) {
        auto doc = std::move(pending_.front());
        pending_.pop_front();
        return doc;
      }
      if (next_path_ >= paths_.size()) return std::nullopt;
      const std::string& path = paths_[next_path_++];
      ++inputs_read_;
      if (path == "-") {
        std::stringstream buffer;
        buffer << std::cin.rdbuf();
        std::string text = buffer.str();
        std::string name = absl::StrCat("stdin-", graph::ContentDigest(text).substr(0, 12));
        auto doc = ingest::ArticleFromText(std::move(text), name, "<stdin>");
        if (doc.ok()) return std::move(*doc);
        errors->push_back(doc.status());
      } else if (path.size() > 6 && path.compare(path.size() - 6, 6, ".jsonl") == 0) {
        std::ifstream in(path);
        if (!in) {
          errors->push_back(absl::NotFoundError(absl::StrCat(path, ": cannot open")));
          continue;
        }
        absl::Status status = ingest::ReadJsonLines(
            in, path, [&](ingest::RawDocument doc) { pending_.push_back(std::move(doc)); return true; },
            [&](const absl::Status& error) { errors->push_back(error); });
        if (!status.ok()) errors->push_back(status);
      } else {
        auto doc = ingest::ReadArticleFile(path);
        if (doc.ok()) return std::move(*doc);
        errors->push_back(doc.status());
      }
    }
  }

  size_t inputs_total() const { return paths_.size(); }
  size_t inputs_read() {
    std::lock_guard<std::mutex> lock(mutex_);
    return inputs_read_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  size_t inputs_read_ = 0;
  std::deque<ingest::RawDocument> pending_;
};

struct Extracted {
  uint64_t sequence = 0;
  std::string path;
  absl::StatusOr<DocumentGraph> graph;
};

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void Update(size_t done, size_t total, size_t sentences) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(100) && done < total) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    int width = 30;
    int filled = total ? static_cast<int>(width * done / total) : 0;
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu inputs, %.0f sentences/s ", filled,
                 "##############################", width - filled, "", done, total,
                 seconds > 0 ? sentences / seconds : 0.0);
    std::fflush(stderr);
  }
  void Finish() {
    if (enabled_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

int RunIngest(const IngestOptions& options) {
  std::vector<absl::Status> errors;
  auto report = [&](const absl::Status& s) { std::cerr << "kg ingest: " << s.message() << "\n"; };
  std::vector<std::string> paths = ingest::ExpandInputPaths(options.inputs, [&](const absl::Status& s) {
    errors.push_back(s);
    report(s);
  });
  ingest::ExtractorOptions extractor_options;
  extractor_options.data_dir = options.data_dir;
  auto extractor = ingest::Extractor::Create(extractor_options);
  if (!extractor.ok()) {
    std::cerr << "kg ingest: " << extractor.status().message() << "\n";
    return 1;
  }
  graph::StoreOptions store_options;
  store_options.sync = options.sync;
  auto store = graph::Store::Open(options.db, store_options);
  if (!store.ok()) {
    std::cerr << "kg ingest: " << store.status().message() << "\n";
    return 1;
  }

  DocumentSource source(paths);
  std::mutex mutex;
  std::condition_variable ready;
  std::map<uint64_t, Extracted> finished;  // by sequence, so documents are stored in input order
  std::atomic<uint64_t> next_sequence{0};
  std::atomic<int> workers_left{std::max(1, options.threads)};
  const size_t kMaxBuffered = 64;

  auto worker = [&]() {
    std::vector<absl::Status> local_errors;
    while (true) {
      std::optional<ingest::RawDocument> doc;
      uint64_t sequence;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait(lock, [&] { return finished.size() < kMaxBuffered; });
        doc = source.Next(&local_errors);
        sequence = next_sequence++;
        for (auto& e : local_errors) {
          report(e);
          errors.push_back(e);
        }
        local_errors.clear();
        if (!doc) break;
      }
      Extracted item{sequence, doc->path, (*extractor)->Extract(*doc)};
      {
        std::lock_guard<std::mutex> lock(mutex);
        finished.emplace(sequence, std::move(item));
      }
      ready.notify_all();
    }
    --workers_left;
    ready.notify_all();
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < std::max(1, options.threads); ++t) threads.emplace_back(worker);

  size_t added = 0, replaced = 0, unchanged = 0, failed = 0, sentences = 0, events = 0, documents = 0;
  ProgressBar bar(!options.quiet);
  uint64_t expected = 0;
  while (true) {
    Extracted item;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] {
        return finished.count(expected) > 0 || (workers_left == 0 && finished.count(expected) == 0);
      });
      auto it = finished.find(expected);
      // Numbers are handed out in input order; the first one without a document is the end.
      if (it == finished.end()) break;
      item = std::move(it->second);
      finished.erase(it);
    }
    ready.notify_all();
    ++expected;
    if (!item.graph.ok()) {
      ++failed;
      report(item.graph.status());
      continue;
    }
    auto outcome = (*store)->PutDocumentGraph(*item.graph);
    if (!outcome.ok()) {
      ++failed;
      report(absl::InternalError(absl::StrCat(item.path, ": ", outcome.status().message())));
      continue;
    }
    ++documents;
    sentences += item.graph->document().sentence_count();
    events += item.graph->events_size();
    switch (*outcome) {
      case graph::PutOutcome::kAdded: ++added; break;
      case graph::PutOutcome::kReplaced: ++replaced; break;
      case graph::PutOutcome::kUnchanged: ++unchanged; break;
    }
    bar.Update(source.inputs_read(), source.inputs_total(), sentences);
  }
  for (auto& t : threads) t.join();
  bar.Finish();
  failed += errors.size();
  std::cerr << "kg ingest: " << documents << " documents (" << added << " added, " << replaced << " replaced, "
            << unchanged << " unchanged), " << sentences << " sentences, " << events << " events; " << failed
            << " failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace kg::cli
