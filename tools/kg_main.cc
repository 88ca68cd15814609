// kg: the command line. Subcommands: ingest, events, actors, stats, ask, query, path.
// Output is a readable table by default and JSON, JSON lines or CSV with --format. Errors go to
// stderr with a non-zero exit status (2 for a malformed question, query or command line).
#include <iostream>
#include <map>

#include "CLI/CLI.hpp"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/store.h"
#include "proto/vocabulary.h"
#include "query/query.h"
#include "tools/cli.h"

namespace {

using kg::cli::ResolveDbPath;
using kg::query::OutputFormat;

const std::map<std::string, OutputFormat>& Formats() {
  static const auto* formats = new std::map<std::string, OutputFormat>{
      {"table", OutputFormat::kTable}, {"json", OutputFormat::kJson},
      {"csv", OutputFormat::kCsv},     {"jsonl", OutputFormat::kJsonl}};
  return *formats;
}

int Fail(const std::string& command, const absl::Status& status) {
  std::cerr << "kg " << command << ": " << status.message() << "\n";
  return status.code() == absl::StatusCode::kInvalidArgument ? 2 : 1;
}

absl::StatusOr<std::unique_ptr<kg::graph::Store>> OpenForReading(const std::string& db) {
  kg::graph::StoreOptions options;
  options.read_only = true;
  return kg::graph::Store::Open(ResolveDbPath(db), options);
}

// Whether `kg events` lists an event without --all: a fact, or what is not one but stands on
// its own. An unasserted event that is the content of another (what was denied, threatened,
// supposed) is listed only with its container, except what an actor says or agrees it will do
// itself ("X said it would ask for a recount": a request announced, with modality INTENDED).
bool ListedOnItsOwn(const kg::graph::Store& store, const kg::Event& e) {
  if (e.asserted()) return true;
  bool listed = true;
  (void)store.ForEachEdge(e.id(), kg::graph::Direction::kIn, kg::CONTENT, [&](const kg::Edge& edge) {
    auto container = store.GetEvent(edge.from());
    bool own_intention = e.modality() == kg::INTENDED && e.polarity() == kg::POSITIVE && e.source() != 0 &&
                         container.ok() && container->has_value() && (*container)->source() == e.source() &&
                         ((*container)->event_class() == kg::STATEMENT || (*container)->event_class() == kg::AGREE);
    listed = own_intention;
    return false;
  });
  return listed;
}

// Prints JSON rows in the requested format (events and actors are JSON objects already).
void PrintJsonRows(const std::vector<nlohmann::json>& rows, OutputFormat format,
                   const std::vector<std::string>& table_columns) {
  if (format == OutputFormat::kJsonl) {
    for (const auto& row : rows) std::cout << row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  if (format == OutputFormat::kJson) {
    std::cout << nlohmann::json(rows).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  kg::query::Table table;
  table.columns = table_columns;
  for (const auto& row : rows) {
    std::vector<kg::query::Value> cells;
    for (const auto& column : table_columns) {
      const nlohmann::json* v = row.contains(column) ? &row.at(column) : nullptr;
      std::string text;
      if (v == nullptr || v->is_null()) {
        text = "";
      } else if (v->is_string()) {
        text = v->get<std::string>();
      } else if (v->is_object() && v->contains("name")) {
        text = v->at("name").get<std::string>();
      } else if (v->is_object() && v->contains("class")) {
        text = v->at("class").get<std::string>();
      } else {
        text = v->dump();
      }
      cells.push_back(kg::query::Value::String(text));
    }
    table.rows.push_back(std::move(cells));
  }
  std::cout << kg::query::FormatTable(table, format);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kg: a knowledge graph of actors and events read from news"};
  app.require_subcommand(1);
  std::string db;
  std::string format = "table";
  auto add_db = [&](CLI::App* sub) {
    sub->add_option("--db", db, "store directory (default: $KG_DB, else ./kg.db)");
  };
  auto add_format = [&](CLI::App* sub, const std::string& default_format) {
    format = default_format;
    sub->add_option("--format", format, "table, json, jsonl or csv")->check(CLI::IsMember({"table", "json", "jsonl", "csv"}));
  };

  kg::cli::IngestOptions ingest_options;
  auto* ingest = app.add_subcommand("ingest", "read articles (files, directories, .jsonl feeds, or - for stdin) into the store");
  add_db(ingest);
  ingest->add_option("inputs", ingest_options.inputs, "files, directories or -")->required();
  ingest->add_option("--threads,-j", ingest_options.threads, "extractor threads")->check(CLI::Range(1, 64));
  ingest->add_flag("--quiet,-q", ingest_options.quiet, "no progress bar");
  ingest->add_flag("--sync", ingest_options.sync, "fsync each document (survives a machine crash)");
  ingest->add_option("--data", ingest_options.data_dir, "lexicon directory (default: $KG_DATA_DIR or the built-in data/)");
  ingest->add_flag("--parse", ingest_options.parse,
                   "ask link-grammar for subjects the shallow analysis cannot find (slower)");

  auto* events = app.add_subcommand("events", "list events with their evidence");
  add_db(events);
  add_format(events, "table");
  std::string event_class, event_doc;
  bool all_events = false;
  events->add_option("--class", event_class, "only events of this class (ASSAULT, DENY, ...)");
  events->add_option("--doc", event_doc, "only events of this document (its name)");
  events->add_flag("--all", all_events,
                   "also events that exist only as the content of another (denied, threatened, supposed)");

  auto* actors = app.add_subcommand("actors", "list actors");
  add_db(actors);
  add_format(actors, "table");
  std::string actor_name;
  actors->add_option("--name", actor_name, "only actors whose name or alias starts with this");

  auto* stats = app.add_subcommand("stats", "counts of documents, actors, events, edges");
  add_db(stats);
  add_format(stats, "table");

  kg::query::QueryOptions query_options;
  std::string text;
  std::vector<std::string> params;
  bool explain = false;
  auto* ask = app.add_subcommand("ask", "answer a question in English: kg ask \"who denied coordination with whom\"");
  add_db(ask);
  add_format(ask, "table");
  ask->add_option("question", text, "the question")->required();
  ask->add_flag("--explain", explain, "print the Cypher the question compiles to");

  auto* query = app.add_subcommand("query", "run a read-only Cypher query");
  add_db(query);
  add_format(query, "table");
  query->add_option("cypher", text, "the query")->required();
  query->add_option("--param", params, "name=value, for $name in the query");
  query->add_option("--max-rows", query_options.max_rows, "cap on rows held by any step");

  std::string from, to;
  int max_hops = 6;
  auto* path = app.add_subcommand("path", "shortest connections between two actors");
  add_db(path);
  add_format(path, "table");
  path->add_option("from", from, "an actor's name")->required();
  path->add_option("to", to, "an actor's name")->required();
  path->add_option("--max-hops", max_hops, "longest path in edges")->check(CLI::Range(1, 12));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  OutputFormat output = Formats().at(format);

  if (ingest->parsed()) {
    ingest_options.db = ResolveDbPath(db);
    return kg::cli::RunIngest(ingest_options);
  }

  auto store = OpenForReading(db);
  if (!store.ok()) return Fail(app.get_subcommands().front()->get_name(), store.status());

  if (events->parsed()) {
    std::optional<kg::EventClass> only_class;
    if (!event_class.empty()) {
      only_class = kg::EventClassFromName(event_class);
      if (!only_class) return Fail("events", absl::InvalidArgumentError(absl::StrCat("unknown event class '", event_class, "'")));
    }
    kg::cli::Renderer renderer(**store);
    std::vector<nlohmann::json> rows;
    auto visit = [&](const kg::Event& e) {
      // An event that is only the content of a denial or claim is not listed on its own.
      if (!all_events && !ListedOnItsOwn(**store, e)) return true;
      if (!event_doc.empty() && renderer.DocumentName(e.provenance().document()) != event_doc) return true;
      rows.push_back(renderer.EventJson(e));
      return true;
    };
    absl::Status status = only_class ? (*store)->ForEachEventOfClass(*only_class, visit) : (*store)->ForEachEvent(visit);
    if (!status.ok()) return Fail("events", status);
    PrintJsonRows(rows, output, {"class", "source", "target", "content", "doc", "sentence"});
    return 0;
  }
  if (actors->parsed()) {
    kg::cli::Renderer renderer(**store);
    std::vector<nlohmann::json> rows;
    std::string prefix = absl::AsciiStrToLower(actor_name);
    absl::Status status = (*store)->ForEachActor([&](const kg::Actor& a) {
      if (!prefix.empty()) {
        bool match = absl::AsciiStrToLower(a.name()).rfind(prefix, 0) == 0;
        for (const auto& alias : a.aliases()) match = match || absl::AsciiStrToLower(alias).rfind(prefix, 0) == 0;
        if (!match) return true;
      }
      nlohmann::json row = renderer.ActorJson(a.id());
      row["mentions"] = a.mention_count();
      rows.push_back(std::move(row));
      return true;
    });
    if (!status.ok()) return Fail("actors", status);
    PrintJsonRows(rows, output, {"name", "kind", "cameo", "affiliations", "mentions"});
    return 0;
  }
  if (stats->parsed()) {
    auto counts = (*store)->Stats();
    if (!counts.ok()) return Fail("stats", counts.status());
    nlohmann::json row = {{"documents", counts->documents}, {"actors", counts->actors}, {"events", counts->events},
                          {"edges", counts->edges}, {"names", counts->names}};
    if (output == OutputFormat::kTable) {
      for (const auto& [key, value] : row.items()) std::cout << key << "\t" << value.dump() << "\n";
    } else {
      PrintJsonRows({row}, output, {"documents", "actors", "events", "edges", "names"});
    }
    return 0;
  }
  if (ask->parsed() || query->parsed()) {
    for (const auto& p : params) {
      auto eq = p.find('=');
      if (eq == std::string::npos) return Fail("query", absl::InvalidArgumentError(absl::StrCat("--param ", p, ": expected name=value")));
      query_options.params[p.substr(0, eq)] = p.substr(eq + 1);
    }
    query_options.explain = explain;
    auto table = ask->parsed() ? kg::query::Ask(**store, text, query_options)
                               : kg::query::RunCypher(**store, text, query_options);
    if (!table.ok()) return Fail(ask->parsed() ? "ask" : "query", table.status());
    std::cout << kg::query::FormatTable(*table, output);
    return 0;
  }
  if (path->parsed()) {
    auto table = kg::query::FindPaths(**store, from, to, max_hops);
    if (!table.ok()) return Fail("path", table.status());
    std::cout << kg::query::FormatTable(*table, output);
    return 0;
  }
  return 0;
}
