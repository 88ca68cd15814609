// kg_bench_query: builds a synthetic power-law graph (default 100k actors, 320k events, about
// 1.1M edges) through Store::PutDocumentGraph and reports the median and p99 latency of typical
// queries through RunCypher: a name lookup (also straight on the store), 1- and 2-hop expansions
// from hubs and from typical actors, a variable-length *1..3 match and shortestPath between
// random pairs. With --export-csv DIR it writes the same graph and query samples as CSV/JSON, and
// unless --no-sqlite it runs tools/bench_query_sqlite.py on them in the same run, which times the
// same queries in SQLite (recursive CTEs over an indexed edge table) and prints the ratios.
//
//   kg_bench_query [--db DIR] [--actors N] [--events N] [--samples N] [--export-csv DIR]
//                  [--no-sqlite] [--sqlite-timeout SECONDS] [--seed N]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "graph/store.h"
#include "nlohmann/json.hpp"
#include "query/query.h"

#ifndef KG_SOURCE_DIR
#define KG_SOURCE_DIR "."
#endif

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string db;
  std::string export_csv;
  int actors = 100000;
  int events = 320000;
  int samples = 200;
  bool sqlite = true;
  double sqlite_timeout = 2.0;
  uint64_t seed = 42;
};

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "kg_bench_query: %s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--db") o->db = value();
    else if (a == "--export-csv") o->export_csv = value();
    else if (a == "--actors") o->actors = std::atoi(value().c_str());
    else if (a == "--events") o->events = std::atoi(value().c_str());
    else if (a == "--samples") o->samples = std::atoi(value().c_str());
    else if (a == "--no-sqlite") o->sqlite = false;
    else if (a == "--sqlite-timeout") o->sqlite_timeout = std::atof(value().c_str());
    else if (a == "--seed") o->seed = std::strtoull(value().c_str(), nullptr, 10);
    else if (a == "--help" || a == "-h") {
      std::printf(
          "kg_bench_query [--db DIR] [--actors N] [--events N] [--samples N] [--export-csv DIR]\n"
          "               [--no-sqlite] [--sqlite-timeout SECONDS] [--seed N]\n");
      std::exit(0);
    } else {
      std::fprintf(stderr, "kg_bench_query: unknown option %s\n", a.c_str());
      return false;
    }
  }
  if (o->actors < 1000 || o->events < 1000) {
    std::fprintf(stderr, "kg_bench_query: --actors and --events must be at least 1000\n");
    return false;
  }
  return true;
}

// Zipf(s) sampler over ranks 0..n-1 by inverse CDF.
class Zipf {
 public:
  Zipf(int n, double s) : cdf_(n) {
    double sum = 0;
    for (int r = 0; r < n; ++r) {
      sum += 1.0 / std::pow(r + 1, s);
      cdf_[r] = sum;
    }
    for (auto& c : cdf_) c /= sum;
  }
  int operator()(std::mt19937_64& rng) const {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return static_cast<int>(std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
  }

 private:
  std::vector<double> cdf_;
};

std::string ActorName(int i, bool country) { return absl::StrCat(country ? "Country " : "Actor ", i); }
bool IsCountry(int i) { return i % 500 == 0; }
uint64_t ActorId(int i) { return kg::graph::MakeId(kg::graph::NodeKind::kActor, absl::StrCat("bench-actor-", i)); }
uint64_t EventId(int j) { return kg::graph::MakeId(kg::graph::NodeKind::kEvent, absl::StrCat("bench-event-", j)); }

struct Stats {
  double median = 0, p99 = 0;
  int n = 0;
  std::string result;  // a sample result, for checking against SQLite
};

Stats Summarise(std::vector<double> ms) {
  Stats s;
  s.n = static_cast<int>(ms.size());
  if (ms.empty()) return s;
  std::sort(ms.begin(), ms.end());
  s.median = ms[ms.size() / 2];
  s.p99 = ms[std::min(ms.size() - 1, static_cast<size_t>(std::ceil(0.99 * ms.size())) - 1)];
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) return 2;
  namespace fs = std::filesystem;
  std::string temp_root;
  if (o.db.empty() || o.export_csv.empty()) {
    std::string pattern = (fs::temp_directory_path() / "kg_bench_XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data())) {
      std::perror("mkdtemp");
      return 1;
    }
    temp_root = buf.data();
  }
  if (o.db.empty()) o.db = temp_root + "/db";
  if (o.export_csv.empty() && o.sqlite) o.export_csv = temp_root + "/csv";

  auto opened = kg::graph::Store::Open(o.db);
  if (!opened.ok()) {
    std::fprintf(stderr, "kg_bench_query: %s\n", std::string(opened.status().message()).c_str());
    return 1;
  }
  kg::graph::Store* writer = opened->get();
  std::mt19937_64 rng(o.seed);
  Zipf actor_zipf(o.actors, 1.0);
  std::vector<int> countries;
  for (int i = 0; i < o.actors; ++i)
    if (IsCountry(i)) countries.push_back(i);
  Zipf country_zipf(static_cast<int>(countries.size()), 1.0);

  // ---- build
  struct EdgeRow {
    uint64_t src, dst;
    int type;
  };
  std::vector<EdgeRow> edges;
  bool export_csv = !o.export_csv.empty();
  std::vector<int> degree(o.actors, 0);
  auto start = Clock::now();
  const int kActorsPerDoc = 1000;
  int doc_count = 0;
  auto put = [&](kg::DocumentGraph& g) {
    auto r = writer->PutDocumentGraph(g);
    if (!r.ok()) {
      std::fprintf(stderr, "kg_bench_query: %s\n", std::string(r.status().message()).c_str());
      std::exit(1);
    }
  };
  for (int first = 0; first < o.actors; first += kActorsPerDoc) {
    kg::DocumentGraph g;
    std::string name = absl::StrCat("bench-registry-", doc_count++, ".txt");
    g.mutable_document()->set_name(name);
    g.mutable_document()->set_id(kg::graph::DocumentId(name));
    g.mutable_document()->set_content_hash(name);
    for (int i = first; i < std::min(o.actors, first + kActorsPerDoc); ++i) {
      kg::Actor* a = g.add_actors();
      a->set_id(ActorId(i));
      a->set_name(ActorName(i, IsCountry(i)));
      a->set_kind(IsCountry(i) ? kg::COUNTRY : (i % 3 == 0 ? kg::PERSON : kg::ORGANIZATION));
      if (export_csv) edges.push_back({ActorId(i), g.document().id(), kg::MENTIONED_IN});
      if (!IsCountry(i) && i % 2 == 1) {
        int c = countries[country_zipf(rng)];
        kg::Edge* e = g.add_edges();
        e->set_from(ActorId(i));
        e->set_to(ActorId(c));
        e->set_type(kg::MEMBER_OF);
        a->add_affiliations(ActorId(c));
        if (export_csv) edges.push_back({ActorId(i), ActorId(c), kg::MEMBER_OF});
      }
    }
    put(g);
  }
  const int kEventsPerDoc = 100;
  const kg::EventClass classes[] = {kg::ASSAULT, kg::ACCUSE, kg::COOPERATE, kg::CONSULT, kg::SUPPORT, kg::DENY,
                                    kg::THREATEN, kg::STATEMENT};
  for (int first = 0; first < o.events; first += kEventsPerDoc) {
    kg::DocumentGraph g;
    std::string name = absl::StrCat("bench-news-", doc_count++, ".txt");
    uint64_t doc = kg::graph::DocumentId(name);
    g.mutable_document()->set_name(name);
    g.mutable_document()->set_id(doc);
    g.mutable_document()->set_content_hash(name);
    for (int j = first; j < std::min(o.events, first + kEventsPerDoc); ++j) {
      int s = actor_zipf(rng), t = actor_zipf(rng);
      while (t == s) t = actor_zipf(rng);
      ++degree[s];
      ++degree[t];
      kg::Event* e = g.add_events();
      e->set_id(EventId(j));
      e->set_event_class(classes[j % 8]);
      e->set_source(ActorId(s));
      e->set_target(ActorId(t));
      e->set_asserted(true);
      e->set_trigger("bench");
      e->mutable_provenance()->set_document(doc);
      e->mutable_provenance()->set_sentence(absl::StrCat("Synthetic sentence ", j, "."));
      if (export_csv) {
        edges.push_back({EventId(j), ActorId(s), kg::SOURCE});
        edges.push_back({EventId(j), ActorId(t), kg::TARGET});
        edges.push_back({EventId(j), doc, kg::REPORTED_IN});
      }
    }
    put(g);
  }
  double build_s = std::chrono::duration<double>(Clock::now() - start).count();
  // Reopen, as `kg query` would after an ingest: the write-ahead log is replayed into table files.
  opened->reset();
  opened = kg::graph::Store::Open(o.db);
  if (!opened.ok()) {
    std::fprintf(stderr, "kg_bench_query: %s\n", std::string(opened.status().message()).c_str());
    return 1;
  }
  kg::graph::Store& store = **opened;
  auto stats = store.Stats();
  uint64_t edge_count = stats.ok() ? stats->edges : 0;
  std::printf("graph: %d actors, %d events, %d documents, %llu edges; built in %.1f s (%s)\n", o.actors, o.events,
              doc_count, static_cast<unsigned long long>(edge_count), build_s, o.db.c_str());

  // ---- samples
  std::vector<int> by_degree(o.actors);
  for (int i = 0; i < o.actors; ++i) by_degree[i] = i;
  std::sort(by_degree.begin(), by_degree.end(), [&](int a, int b) { return degree[a] > degree[b]; });
  std::vector<int> hubs(by_degree.begin(), by_degree.begin() + 10);
  std::vector<int> active;
  for (int i = 0; i < o.actors; ++i)
    if (degree[i] > 0) active.push_back(i);
  std::sort(active.begin(), active.end(), [&](int a, int b) { return degree[a] < degree[b]; });
  int median_degree = degree[active[active.size() / 2]];
  std::vector<int> typical;
  for (int i : active)
    if (degree[i] == median_degree) typical.push_back(i);
  std::shuffle(typical.begin(), typical.end(), rng);
  auto pick = [&](const std::vector<int>& from, int n) {
    std::vector<int> out;
    for (int k = 0; k < n; ++k) out.push_back(from[k % from.size()]);
    return out;
  };
  std::printf("degree (events per actor): hub max %d, hub #10 %d, median of active actors %d\n", degree[hubs[0]],
              degree[hubs[9]], median_degree);

  struct QuerySpec {
    std::string key;
    std::string label;
    std::string cypher;
    std::vector<std::vector<int>> args;  // actor indexes per sample ($a, $b)
  };
  int n = o.samples;
  int heavy = std::max(10, n / 10);
  std::vector<QuerySpec> specs;
  auto singles = [&](const std::vector<int>& xs) {
    std::vector<std::vector<int>> out;
    for (int x : xs) out.push_back({x});
    return out;
  };
  std::vector<int> random_actors;
  for (int k = 0; k < n; ++k) random_actors.push_back(std::uniform_int_distribution<int>(0, o.actors - 1)(rng));
  specs.push_back({"name_lookup", "name lookup (Cypher)", "MATCH (a:Actor {name: $a}) RETURN id(a)", singles(random_actors)});
  specs.push_back({"hop1_hub", "1-hop from a hub", "MATCH (a:Actor {name: $a})<-[:SOURCE|TARGET]-(e:Event) RETURN count(e)",
                   singles(pick(hubs, heavy))});
  specs.push_back({"hop1_typical", "1-hop from a typical actor",
                   "MATCH (a:Actor {name: $a})<-[:SOURCE|TARGET]-(e:Event) RETURN count(e)", singles(pick(typical, n))});
  const std::string two_hop =
      "MATCH (a:Actor {name: $a})<-[:SOURCE|TARGET]-(e:Event)-[:SOURCE|TARGET]->(b:Actor) RETURN count(DISTINCT b)";
  specs.push_back({"hop2_hub", "2-hop from a hub", two_hop, singles(pick(hubs, heavy))});
  specs.push_back({"hop2_typical", "2-hop from a typical actor", two_hop, singles(pick(typical, n))});
  specs.push_back({"varlen_typical", "*1..3 from a typical actor",
                   "MATCH (a:Actor {name: $a})-[:SOURCE|TARGET*1..3]-(x) RETURN count(DISTINCT x)",
                   singles(pick(typical, heavy))});
  std::vector<std::vector<int>> pairs;
  for (int k = 0; k < heavy; ++k) pairs.push_back({active[std::uniform_int_distribution<size_t>(0, active.size() - 1)(rng)],
                                                   active[std::uniform_int_distribution<size_t>(0, active.size() - 1)(rng)]});
  specs.push_back({"shortest_random", "shortestPath, random pairs (<= 6 hops)",
                   "MATCH (a:Actor {name: $a}), (b:Actor {name: $b}) "
                   "MATCH p = shortestPath((a)-[:SOURCE|TARGET|MEMBER_OF*..6]-(b)) RETURN length(p)",
                   pairs});

  auto name_of = [&](int i) { return ActorName(i, IsCountry(i)); };
  nlohmann::json ours = nlohmann::json::object();
  std::printf("\n%-40s %10s %10s %8s\n", "query (kg, RunCypher)", "median ms", "p99 ms", "samples");
  // Direct store name lookups.
  {
    std::vector<double> ms;
    for (int i : random_actors) {
      auto t0 = Clock::now();
      auto ids = store.LookupName(name_of(i));
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (!ids.ok() || ids->empty()) {
        std::fprintf(stderr, "lookup failed for %s\n", name_of(i).c_str());
        return 1;
      }
    }
    Stats s = Summarise(ms);
    std::printf("%-40s %10.3f %10.3f %8d\n", "name lookup (Store::LookupName)", s.median, s.p99, s.n);
    ours["name_lookup_store"] = {{"median", s.median}, {"p99", s.p99}};
  }
  // The store's own floor for a hub's 1-hop: counting keys, and reading (parsing) every edge.
  {
    std::vector<double> degree_ms, scan_ms;
    for (int h : pick(hubs, heavy)) {
      uint64_t id = ActorId(h);
      auto t0 = Clock::now();
      uint64_t n = 0;
      for (auto type : {kg::SOURCE, kg::TARGET}) {
        auto d = store.Degree(id, kg::graph::Direction::kIn, type);
        if (d.ok()) n += *d;
      }
      degree_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      t0 = Clock::now();
      uint64_t m = 0;
      for (auto type : {kg::SOURCE, kg::TARGET}) {
        auto st = store.ForEachEdge(id, kg::graph::Direction::kIn, type, [&](const kg::Edge&) { return ++m > 0; });
        (void)st;
      }
      scan_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (n != m) std::fprintf(stderr, "degree %llu != edges %llu\n", (unsigned long long)n, (unsigned long long)m);
    }
    Stats d = Summarise(degree_ms), e = Summarise(scan_ms);
    std::printf("%-40s %10.3f %10.3f %8d\n", "1-hop from a hub (Store::Degree)", d.median, d.p99, d.n);
    std::printf("%-40s %10.3f %10.3f %8d\n", "1-hop from a hub (Store::ForEachEdge)", e.median, e.p99, e.n);
    ours["hop1_hub_degree"] = {{"median", d.median}, {"p99", d.p99}};
    ours["hop1_hub_foreachedge"] = {{"median", e.median}, {"p99", e.p99}};
  }
  for (const auto& spec : specs) {
    std::vector<double> ms;
    std::vector<std::string> results;
    // One warm-up run.
    for (size_t k = 0; k <= spec.args.size(); ++k) {
      const auto& args = spec.args[k == 0 ? 0 : k - 1];
      kg::query::QueryOptions qo;
      qo.params["a"] = absl::StrCat("'", name_of(args[0]), "'");
      if (args.size() > 1) qo.params["b"] = absl::StrCat("'", name_of(args[1]), "'");
      auto t0 = Clock::now();
      auto t = kg::query::RunCypher(store, spec.cypher, qo);
      double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!t.ok()) {
        std::fprintf(stderr, "%s: %s\n", spec.key.c_str(), std::string(t.status().message()).c_str());
        results.push_back("error");
      } else {
        std::string r = t->rows.empty() ? "none" : (t->rows[0][0].type == kg::query::Value::Type::kInt ? absl::StrCat(t->rows[0][0].i) : "?");
        if (k > 0) results.push_back(r);
      }
      if (k > 0) ms.push_back(elapsed);
    }
    Stats s = Summarise(ms);
    std::printf("%-40s %10.3f %10.3f %8d\n", spec.label.c_str(), s.median, s.p99, s.n);
    ours[spec.key] = {{"median", s.median}, {"p99", s.p99}, {"results", results}, {"label", spec.label}};
  }

  if (!o.export_csv.empty()) {
    fs::create_directories(o.export_csv);
    {
      std::ofstream nodes(o.export_csv + "/actors.csv");
      nodes << "id,name\n";
      for (int i = 0; i < o.actors; ++i) nodes << ActorId(i) << "," << name_of(i) << "\n";
    }
    {
      std::ofstream out(o.export_csv + "/edges.csv");
      out << "src,dst,type\n";
      for (const auto& e : edges) out << e.src << "," << e.dst << "," << e.type << "\n";
    }
    nlohmann::json queries = nlohmann::json::array();
    for (const auto& spec : specs) {
      nlohmann::json samples = nlohmann::json::array();
      for (const auto& args : spec.args) {
        nlohmann::json names = nlohmann::json::array();
        for (int a : args) names.push_back(name_of(a));
        samples.push_back(names);
      }
      queries.push_back({{"key", spec.key}, {"label", spec.label}, {"samples", samples}});
    }
    std::ofstream(o.export_csv + "/queries.json") << queries.dump(1);
    std::ofstream(o.export_csv + "/ours.json") << ours.dump(1);
    std::printf("\nexported the graph (%zu edges) and the query samples to %s\n", edges.size(), o.export_csv.c_str());
    if (o.sqlite) {
      std::string script = std::string(KG_SOURCE_DIR) + "/tools/bench_query_sqlite.py";
      std::string cmd = absl::StrCat("python3 '", script, "' --csv '", o.export_csv, "' --timeout ", o.sqlite_timeout);
      std::printf("running %s\n\n", cmd.c_str());
      std::fflush(stdout);
      int rc = std::system(cmd.c_str());
      if (rc != 0) std::fprintf(stderr, "kg_bench_query: the SQLite comparison failed (status %d)\n", rc);
    }
  }
  opened->reset();
  if (!temp_root.empty()) {
    std::error_code ec;
    fs::remove_all(temp_root, ec);
  }
  return 0;
}
