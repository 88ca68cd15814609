// kg_bench_ingest: end-to-end ingest throughput (read, extract, store) through the same pipeline
// as `kg ingest` (tools/ingest_pipeline.h), in sentences and documents per second, for each
// thread count asked for. For each count it runs the pipeline twice: without a store (read and
// extract only) and with a fresh RocksDB store in a temporary directory (deleted afterwards), so
// that the store's share of the time shows. A read-only pass comes first (it also warms the page
// cache). Each run reports peak RSS (the high-water mark is reset before the run) and CPU time
// (all threads, RocksDB's own included; sentences per CPU second is the figure to compare on a
// busy machine, and the "load" column is the 1-minute load average when the run started);
// the extractor's lexicons are loaded once, before any run, and that load is reported apart.
//
//   kg_bench_ingest [--threads 1,2] [--limit N] [--db DIR] [--data DIR] [--no-extract-only] INPUT...
//
// INPUT is what `kg ingest` takes (files, directories of *.txt and *.jsonl, *.jsonl feeds) and
// also gzip-compressed JSON lines (*.gz, read with zlib), e.g. shared/corpus/news.jsonl.gz.
// --db DIR is where the temporary stores go (default $TMPDIR, else /tmp).
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <istream>
#include <memory>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "graph/store.h"
#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "tools/ingest_pipeline.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A read-only stream over a gzip file.
class GzipStreamBuf : public std::streambuf {
 public:
  explicit GzipStreamBuf(gzFile file) : file_(file) {
    if (file_) gzbuffer(file_, 1 << 18);
  }
  ~GzipStreamBuf() override {
    if (file_) gzclose(file_);
  }
  bool is_open() const { return file_ != nullptr; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    int n = gzread(file_, buffer_, sizeof buffer_);
    if (n < 0) throw std::runtime_error("gzip read error");  // the istream sets badbit
    if (n == 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  gzFile file_;
  char buffer_[1 << 16];
};

class GzipStream : public std::istream {
 public:
  explicit GzipStream(const std::string& path) : std::istream(nullptr), buf_(gzopen(path.c_str(), "rb")) {
    init(&buf_);
    if (!buf_.is_open()) setstate(std::ios::failbit);
  }

 private:
  GzipStreamBuf buf_;
};

std::unique_ptr<std::istream> OpenFeed(const std::string& path) {
  if (path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0) return std::make_unique<GzipStream>(path);
  return nullptr;
}

struct Options {
  std::vector<int> threads = {1, 2};
  size_t limit = 0;
  std::string db_parent;
  std::string data_dir;
  bool extract_only = true;
  std::vector<std::string> inputs;
};

[[noreturn]] void Usage(const char* why) {
  if (why) std::fprintf(stderr, "kg_bench_ingest: %s\n", why);
  std::fprintf(stderr,
               "usage: kg_bench_ingest [--threads 1,2] [--limit N] [--db DIR] [--data DIR] [--no-extract-only] "
               "INPUT...\n");
  std::exit(2);
}

Options ParseArgs(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Usage((a + " needs a value").c_str());
      return argv[++i];
    };
    if (a == "--threads" || a == "-j") {
      o.threads.clear();
      for (absl::string_view part : absl::StrSplit(value(), ',', absl::SkipEmpty())) {
        int t = 0;
        if (!absl::SimpleAtoi(part, &t) || t < 1 || t > 64) Usage("--threads takes numbers from 1 to 64");
        o.threads.push_back(t);
      }
      if (o.threads.empty()) Usage("--threads takes numbers from 1 to 64");
    } else if (a == "--limit") {
      if (!absl::SimpleAtoi(value(), &o.limit)) Usage("--limit takes a number");
    } else if (a == "--db") {
      o.db_parent = value();
    } else if (a == "--data") {
      o.data_dir = value();
    } else if (a == "--no-extract-only") {
      o.extract_only = false;
    } else if (a == "--help" || a == "-h") {
      Usage(nullptr);
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      Usage(("unknown option " + a).c_str());
    } else {
      o.inputs.push_back(a);
    }
  }
  if (o.inputs.empty()) Usage("no INPUT");
  if (o.db_parent.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    o.db_parent = tmp && *tmp ? tmp : "/tmp";
  }
  return o;
}

// Peak RSS since the last ResetPeakRss(), in MiB (VmHWM), or -1 when unknown.
double PeakRssMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  }
  return -1;
}

// Returns freed heap to the system and resets the peak-RSS mark; false when the kernel refuses.
bool ResetPeakRss() {
  malloc_trim(0);
  std::ofstream clear("/proc/self/clear_refs");
  clear << "5";
  clear.flush();
  return static_cast<bool>(clear);
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one;
  in >> one;
  return one.empty() ? "?" : one;
}

uint64_t DiskBytes(const fs::path& dir) {
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) total += it->file_size(size_ec);
  }
  return total;
}

struct RunResult {
  std::string mode;
  int threads = 0;
  size_t documents = 0, sentences = 0, events = 0, failed = 0;
  double seconds = 0, cpu_seconds = 0, peak_rss_mib = -1, store_mib = -1, close_seconds = 0;
  std::string load;  // 1-minute load average when the run started
  kg::cli::PipelineTimes times;
};

// One pass of the pipeline; `store` null: extract only.
RunResult RunOnce(const Options& options, const std::vector<std::string>& paths, const kg::ingest::Extractor& extractor,
                  int threads, bool with_store) {
  RunResult r;
  r.mode = with_store ? "ingest" : "extract";
  r.threads = threads;
  std::unique_ptr<kg::graph::Store> store;
  fs::path temp_dir;
  if (with_store) {
    std::string templ = (fs::path(options.db_parent) / "kg_bench_ingest.XXXXXX").string();
    if (!mkdtemp(templ.data())) {
      std::perror(("kg_bench_ingest: mkdtemp " + templ).c_str());
      std::exit(1);
    }
    temp_dir = templ;
    auto opened = kg::graph::Store::Open((temp_dir / "db").string());
    if (!opened.ok()) {
      std::fprintf(stderr, "kg_bench_ingest: %s\n", std::string(opened.status().message()).c_str());
      fs::remove_all(temp_dir);
      std::exit(1);
    }
    store = std::move(*opened);
  }
  kg::cli::DocumentSource::Options source_options;
  source_options.limit = options.limit;
  source_options.open_feed = OpenFeed;
  kg::cli::DocumentSource source(paths, source_options);
  size_t reported = 0;
  auto report = [&](const absl::Status& s) {
    ++r.failed;
    if (++reported <= 5) std::fprintf(stderr, "kg_bench_ingest: %s\n", std::string(s.message()).c_str());
  };

  ResetPeakRss();
  r.load = LoadAverage();
  const double cpu_start = CpuSeconds();
  const auto start = Clock::now();
  r.times = kg::cli::RunPipeline(source, extractor, threads, report, [&](kg::cli::Extracted& item) {
    if (!item.graph.ok()) {
      report(item.graph.status());
      return;
    }
    if (store) {
      auto outcome = store->PutDocumentGraph(*item.graph);
      if (!outcome.ok()) {
        report(outcome.status());
        return;
      }
    }
    ++r.documents;
    r.sentences += item.graph->document().sentence_count();
    r.events += item.graph->events_size();
  });
  if (store) {
    const auto close_start = Clock::now();
    store.reset();  // closing is part of an ingest (kg ingest pays it at exit)
    r.close_seconds = std::chrono::duration<double>(Clock::now() - close_start).count();
  }
  r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  r.cpu_seconds = CpuSeconds() - cpu_start;
  r.peak_rss_mib = PeakRssMiB();
  if (with_store) {
    r.store_mib = DiskBytes(temp_dir) / (1024.0 * 1024.0);
    std::error_code ec;
    fs::remove_all(temp_dir, ec);
    if (ec) std::fprintf(stderr, "kg_bench_ingest: cannot remove %s: %s\n", temp_dir.c_str(), ec.message().c_str());
  }
  if (reported > 5) std::fprintf(stderr, "kg_bench_ingest: ... %zu errors in all\n", reported);
  return r;
}

void PrintHeader() {
  std::printf("%-8s %3s %8s %10s %8s %8s %10s %8s %8s %9s %8s %10s %6s\n", "mode", "thr", "docs", "sentences",
              "events", "seconds", "sent/s", "docs/s", "store_MB", "peakRSS_MB", "cpu_s", "sent/cpu_s", "load");
}

void PrintRow(const RunResult& r) {
  char store[32] = "-";
  if (r.store_mib >= 0) std::snprintf(store, sizeof store, "%.1f", r.store_mib);
  std::printf("%-8s %3d %8zu %10zu %8zu %8.2f %10.0f %8.0f %8s %9.0f %8.2f %10.0f %6s\n", r.mode.c_str(), r.threads,
              r.documents, r.sentences, r.events, r.seconds, r.sentences / r.seconds, r.documents / r.seconds, store,
              r.peak_rss_mib, r.cpu_seconds, r.sentences / r.cpu_seconds, r.load.c_str());
  if (r.failed) std::printf("         (%zu inputs or documents failed)\n", r.failed);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  Options options = ParseArgs(argc, argv);
  std::vector<std::string> paths = kg::ingest::ExpandInputPaths(options.inputs, [](const absl::Status& s) {
    std::fprintf(stderr, "kg_bench_ingest: %s\n", std::string(s.message()).c_str());
  });
  if (paths.empty()) return 1;

  const auto load_start = Clock::now();
  kg::ingest::ExtractorOptions extractor_options;
  extractor_options.data_dir = options.data_dir;
  auto extractor = kg::ingest::Extractor::Create(extractor_options);
  if (!extractor.ok()) {
    std::fprintf(stderr, "kg_bench_ingest: %s\n", std::string(extractor.status().message()).c_str());
    return 1;
  }
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  const bool rss_resets = ResetPeakRss();
  std::printf("kg_bench_ingest: %zu input(s), limit %zu; %u cores; extractor loaded in %.2f s (RSS %.0f MB)%s\n",
              paths.size(), options.limit, std::thread::hardware_concurrency(), load_seconds, PeakRssMiB(),
              rss_resets ? "" : "; peak RSS cannot be reset here, so it is cumulative");

  // Read only: what reading, decompressing and parsing the input costs (and a warm page cache).
  {
    kg::cli::DocumentSource::Options source_options;
    source_options.limit = options.limit;
    source_options.open_feed = OpenFeed;
    kg::cli::DocumentSource source(paths, source_options);
    std::vector<absl::Status> errors;
    size_t documents = 0, bytes = 0;
    const auto start = Clock::now();
    while (auto doc = source.Next(&errors)) {
      ++documents;
      bytes += doc->text.size();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("read only: %zu documents, %.1f MB of text in %.2f s (%.0f documents/s), %zu errors\n", documents,
                bytes / (1024.0 * 1024.0), seconds, documents / seconds, errors.size());
    for (size_t i = 0; i < errors.size() && i < 5; ++i) {
      std::fprintf(stderr, "kg_bench_ingest: %s\n", std::string(errors[i].message()).c_str());
    }
    if (documents == 0) {
      std::fprintf(stderr, "kg_bench_ingest: no documents to ingest\n");
      return 1;
    }
  }

  std::vector<RunResult> results;
  PrintHeader();
  for (int threads : options.threads) {
    if (options.extract_only) {
      results.push_back(RunOnce(options, paths, **extractor, threads, /*with_store=*/false));
      PrintRow(results.back());
    }
    results.push_back(RunOnce(options, paths, **extractor, threads, /*with_store=*/true));
    PrintRow(results.back());
  }

  std::printf("\nwhere the time went (seconds; read and store block the others, extract is summed over threads):\n");
  std::printf("%-8s %3s %8s %8s %9s %8s %11s %8s %12s\n", "mode", "thr", "total", "read", "extract", "store",
              "writer_wait", "close", "store_share");
  for (size_t i = 0; i < results.size(); ++i) {
    const RunResult& r = results[i];
    std::string share = "-";
    if (r.mode == "ingest" && i > 0 && results[i - 1].mode == "extract" && results[i - 1].threads == r.threads) {
      share = std::to_string(static_cast<int>(100 * (r.seconds - results[i - 1].seconds) / r.seconds + 0.5)) + "%";
    }
    std::printf("%-8s %3d %8.2f %8.2f %9.2f %8.2f %11.2f %8.2f %12s\n", r.mode.c_str(), r.threads, r.seconds,
                r.times.read, r.times.extract, r.mode == "ingest" ? r.times.consume : 0.0, r.times.wait,
                r.close_seconds, share.c_str());
  }
  return 0;
}
