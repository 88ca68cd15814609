// `kg ingest`: readers feed a pool of extractor threads (tools/ingest_pipeline.h); one writer
// stores each document's graph in its own atomic batch, in input order.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "tools/cli.h"
#include "tools/ingest_pipeline.h"

namespace kg::cli {
namespace {

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
  extractor_options.use_parser = options.parse;
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
  size_t added = 0, replaced = 0, unchanged = 0, failed = 0, sentences = 0, events = 0, documents = 0;
  ProgressBar bar(!options.quiet);
  RunPipeline(
      source, **extractor, options.threads,
      [&](const absl::Status& e) {
        report(e);
        errors.push_back(e);
      },
      [&](Extracted& item) {
        if (!item.graph.ok()) {
          ++failed;
          report(item.graph.status());
          return;
        }
        auto outcome = (*store)->PutDocumentGraph(*item.graph);
        if (!outcome.ok()) {
          ++failed;
          report(absl::InternalError(absl::StrCat(item.path, ": ", outcome.status().message())));
          return;
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
      });
  bar.Finish();
  failed += errors.size();
  std::cerr << "kg ingest: " << documents << " documents (" << added << " added, " << replaced << " replaced, "
            << unchanged << " unchanged), " << sentences << " sentences, " << events << " events; " << failed
            << " failed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace kg::cli
