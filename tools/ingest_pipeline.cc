#include "tools/ingest_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "ingest/reader.h"

namespace kg::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::optional<ingest::RawDocument> DocumentSource::Next(std::vector<absl::Status>* errors) {
  std::lock_guard<std::mutex> lock(mutex_);
  while (true) {
    if (!pending_.empty()) {
      auto doc = std::move(pending_.front());
      pending_.pop_front();
      return doc;
    }
    if (next_path_ >= paths_.size() || LimitReached()) return std::nullopt;
    const std::string& path = paths_[next_path_++];
    ++inputs_read_;
    std::unique_ptr<std::istream> feed;
    if (options_.open_feed && path != "-") feed = options_.open_feed(path);
    if (feed) {
      ReadFeed(*feed, path, errors);
    } else if (path == "-") {
      std::stringstream buffer;
      buffer << std::cin.rdbuf();
      std::string text = buffer.str();
      // A feed on standard input ("zcat news.jsonl.gz | kg ingest -"): JSON lines, one article each
      size_t first = text.find_first_not_of(" \t\r\n");
      if (first != std::string::npos && text[first] == '{') {
        std::istringstream lines(text);
        ReadFeed(lines, "<stdin>", errors);
        continue;
      }
      std::string name = absl::StrCat("stdin-", graph::ContentDigest(text).substr(0, 12));
      auto doc = ingest::ArticleFromText(std::move(text), name, "<stdin>");
      if (doc.ok()) {
        ++produced_;
        return std::move(*doc);
      }
      errors->push_back(doc.status());
    } else if (EndsWith(path, ".jsonl")) {
      std::ifstream in(path);
      ReadFeed(in, path, errors);
    } else {
      auto doc = ingest::ReadArticleFile(path);
      if (doc.ok()) {
        ++produced_;
        return std::move(*doc);
      }
      errors->push_back(doc.status());
    }
  }
}

void DocumentSource::ReadFeed(std::istream& in, const std::string& path, std::vector<absl::Status>* errors) {
  if (!in) {
    errors->push_back(absl::NotFoundError(absl::StrCat(path, ": cannot open")));
    return;
  }
  absl::Status status = ingest::ReadJsonLines(
      in, path,
      [&](ingest::RawDocument doc) {
        pending_.push_back(std::move(doc));
        ++produced_;
        return !LimitReached();
      },
      [&](const absl::Status& error) { errors->push_back(error); });
  if (!status.ok()) errors->push_back(status);
}

size_t DocumentSource::inputs_read() {
  std::lock_guard<std::mutex> lock(mutex_);
  return inputs_read_;
}

PipelineTimes RunPipeline(DocumentSource& source, const ingest::Extractor& extractor, int threads,
                          const std::function<void(const absl::Status&)>& on_read_error,
                          const std::function<void(Extracted&)>& consume) {
  const auto start = Clock::now();
  const int thread_count = std::max(1, threads);
  PipelineTimes times;
  std::mutex mutex;
  std::condition_variable ready;
  std::map<uint64_t, Extracted> finished;  // by sequence, so results are consumed in input order
  std::atomic<uint64_t> next_sequence{0};
  std::atomic<int> workers_left{thread_count};
  const size_t kMaxBuffered = 64;

  auto worker = [&]() {
    std::vector<absl::Status> local_errors;
    while (true) {
      std::optional<ingest::RawDocument> doc;
      uint64_t sequence;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready.wait(lock, [&] { return finished.size() < kMaxBuffered; });
        const auto read_start = Clock::now();
        doc = source.Next(&local_errors);
        times.read += SecondsSince(read_start);
        sequence = next_sequence++;
        for (auto& e : local_errors) on_read_error(e);
        local_errors.clear();
        if (!doc) break;
      }
      const auto extract_start = Clock::now();
      Extracted item{sequence, doc->path, extractor.Extract(*doc), 0};
      item.extract_seconds = SecondsSince(extract_start);
      {
        std::lock_guard<std::mutex> lock(mutex);
        times.extract += item.extract_seconds;
        finished.emplace(sequence, std::move(item));
      }
      ready.notify_all();
    }
    --workers_left;
    ready.notify_all();
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < thread_count; ++t) pool.emplace_back(worker);

  uint64_t expected = 0;
  while (true) {
    Extracted item;
    {
      const auto wait_start = Clock::now();
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] {
        return finished.count(expected) > 0 || (workers_left == 0 && finished.count(expected) == 0);
      });
      times.wait += SecondsSince(wait_start);
      auto it = finished.find(expected);
      // Numbers are handed out in input order; the first one without a document is the end.
      if (it == finished.end()) break;
      item = std::move(it->second);
      finished.erase(it);
    }
    ready.notify_all();
    ++expected;
    const auto consume_start = Clock::now();
    consume(item);
    times.consume += SecondsSince(consume_start);
  }
  for (auto& t : pool) t.join();
  times.total = SecondsSince(start);
  return times;
}

}  // namespace kg::cli
