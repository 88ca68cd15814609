#include "graph/store.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <mutex>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "graph/keys.h"
#include "graph/status_macros.h"
#include "rocksdb/cache.h"
#include "rocksdb/db.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/slice_transform.h"
#include "rocksdb/table.h"
#include "rocksdb/write_batch.h"

namespace kg::graph {
namespace {

enum Cf { kMeta, kDocuments, kDocNames, kNodes, kOutEdges, kInEdges, kNames, kClasses, kDocItems, kCfCount };
constexpr std::array<const char*, kCfCount> kCfNames = {
    "meta", "documents", "doc_names", "nodes", "out_edges", "in_edges", "names", "classes", "doc_items"};
constexpr char kSchemaVersionKey[] = "schema_version";

std::optional<Cf> CfByName(const std::string& name) {
  for (int cf = 0; cf < kCfCount; ++cf) {
    if (name == kCfNames[cf]) return static_cast<Cf>(cf);
  }
  return std::nullopt;
}

bool IsLockError(const rocksdb::Status& status) {
  const std::string message = absl::AsciiStrToLower(status.ToString());
  return status.IsIOError() && (absl::StrContains(message, "while lock file") ||
                                absl::StrContains(message, "lock hold by current process"));
}

absl::Status FromRocks(const rocksdb::Status& status, absl::string_view path, absl::string_view doing) {
  if (status.ok()) return absl::OkStatus();
  const std::string message = absl::StrCat(path, ": ", doing, ": ", status.ToString());
  if (status.IsNotFound()) return absl::NotFoundError(message);
  if (status.IsCorruption()) return absl::DataLossError(message);
  if (status.IsInvalidArgument()) return absl::InvalidArgumentError(message);
  if (status.IsBusy() || status.IsTimedOut() || status.IsTryAgain()) return absl::UnavailableError(message);
  return absl::InternalError(message);
}

template <typename Message>
absl::Status ParseValue(absl::string_view bytes, absl::string_view path, absl::string_view what,
                        Message* message) {
  if (message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return absl::OkStatus();
  return absl::DataLossError(absl::StrCat(path, ": cannot parse a stored ", what));
}

// Options of one column family. Edge and doc_items keys start with an 8-byte id, so a fixed
// prefix extractor (with its bloom filter) serves their prefix scans.
rocksdb::ColumnFamilyOptions CfOptions(Cf cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions options;
  options.compression = rocksdb::kLZ4Compression;
  options.bottommost_compression = rocksdb::kZSTD;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  const bool id_prefixed = cf == kOutEdges || cf == kInEdges || cf == kDocItems;
  if (id_prefixed) options.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(keys::kIdBytes));
  if (id_prefixed || cf == kDocuments || cf == kDocNames || cf == kNodes) {
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

rocksdb::DBOptions DbOptions() {
  rocksdb::DBOptions options;
  options.keep_log_file_num = 3;
  // Bound the write-ahead log: column families that see few writes are flushed rather than
  // holding the log (and every later open's replay) hostage.
  options.max_total_wal_size = 64 << 20;
  return options;
}

// The open database and its column families: point reads and prefix scans.
class Db {
 public:
  using ScanFn = std::function<absl::StatusOr<bool>(absl::string_view key, absl::string_view value)>;

  Db(std::string path, rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles)
      : path_(std::move(path)), db_(db), handles_(std::move(handles)) {
    for (auto* handle : handles_) {
      if (auto cf = CfByName(handle->GetName())) by_cf_[*cf] = handle;
    }
  }
  ~Db() {
    // A writer flushes its memtables on close, so that the write-ahead log is empty and the next
    // (possibly read-only) open need not replay it.
    rocksdb::FlushOptions flush;
    flush.wait = true;
    flush.allow_write_stall = true;
    if (!read_only_) db_->Flush(flush, handles_).PermitUncheckedError();
    for (auto* handle : handles_) db_->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    db_->Close().PermitUncheckedError();
  }
  void set_read_only(bool read_only) { read_only_ = read_only; }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  const std::string& path() const { return path_; }
  rocksdb::DB* db() const { return db_.get(); }
  rocksdb::ColumnFamilyHandle* cf(Cf cf) const { return by_cf_[cf]; }
  std::optional<Cf> MissingCf() const {
    for (int cf = 0; cf < kCfCount; ++cf) {
      if (by_cf_[cf] == nullptr) return static_cast<Cf>(cf);
    }
    return std::nullopt;
  }

  absl::StatusOr<std::optional<std::string>> Get(Cf cf, absl::string_view key) const {
    std::string value;
    rocksdb::Status status = db_->Get(rocksdb::ReadOptions(), by_cf_[cf], rocksdb::Slice(key.data(), key.size()), &value);
    if (status.IsNotFound()) return std::nullopt;
    KG_RETURN_IF_ERROR(FromRocks(status, path_, "read"));
    return value;
  }

  template <typename Message>
  absl::StatusOr<std::optional<Message>> GetProto(Cf cf, absl::string_view key) const {
    KG_ASSIGN_OR_RETURN(std::optional<std::string> bytes, Get(cf, key));
    if (!bytes.has_value()) return std::nullopt;
    Message message;
    KG_RETURN_IF_ERROR(ParseValue(*bytes, path_, kCfNames[cf], &message));
    return message;
  }

  // Calls fn on each key of `cf` starting with `prefix` (every key when empty), in key order,
  // until fn returns false or an error. The iterator never reads past the prefix.
  absl::Status Scan(Cf cf, absl::string_view prefix, const ScanFn& fn) const {
    rocksdb::ReadOptions read;
    const std::optional<std::string> bound = keys::PrefixSuccessor(prefix);
    rocksdb::Slice bound_slice;
    if (bound.has_value()) {
      bound_slice = rocksdb::Slice(*bound);
      read.iterate_upper_bound = &bound_slice;
    }
    // Prefixes shorter than the extractor's (and full scans) must not use prefix bloom filters.
    read.total_order_seek = prefix.size() < keys::kIdBytes;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(read, by_cf_[cf]));
    for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
      KG_ASSIGN_OR_RETURN(bool more, fn(absl::string_view(it->key().data(), it->key().size()),
                                        absl::string_view(it->value().data(), it->value().size())));
      if (!more) return absl::OkStatus();
    }
    return FromRocks(it->status(), path_, "scan");
  }

  absl::StatusOr<uint64_t> Count(Cf cf, absl::string_view prefix) const {
    uint64_t count = 0;
    KG_RETURN_IF_ERROR(Scan(cf, prefix, [&count](absl::string_view, absl::string_view) -> absl::StatusOr<bool> {
      ++count;
      return true;
    }));
    return count;
  }

 private:
  std::string path_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::array<rocksdb::ColumnFamilyHandle*, kCfCount> by_cf_{};
  bool read_only_ = false;
};

// ---- Opening ----

// Whether `path` holds a RocksDB database (true), may receive a new store (false), or neither.
absl::StatusOr<bool> ExistingDatabase(const std::string& path, const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  const bool creatable = !options.read_only && options.create_if_missing;
  if (!fs::exists(status)) {
    if (creatable) return false;
    return absl::NotFoundError(absl::StrCat(path, ": no kg store here"));
  }
  if (!fs::is_directory(status)) {
    return absl::FailedPreconditionError(absl::StrCat(path, ": not a kg store (not a directory)"));
  }
  if (fs::exists(fs::path(path) / "CURRENT", error)) return true;
  if (!fs::is_empty(path, error) || error) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": not a kg store (a directory with other files and no database)"));
  }
  if (creatable) return false;
  return absl::NotFoundError(absl::StrCat(path, ": no kg store here (an empty directory)"));
}

absl::StatusOr<std::unique_ptr<Db>> OpenDb(const std::string& path, const StoreOptions& options,
                                           const std::vector<std::string>& cf_names, bool create) {
  const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(64 << 20);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cf_names) {
    const std::optional<Cf> cf = CfByName(name);
    descriptors.emplace_back(name, cf.has_value() ? CfOptions(*cf, cache) : rocksdb::ColumnFamilyOptions());
  }
  rocksdb::Options db_options(DbOptions(), rocksdb::ColumnFamilyOptions());
  db_options.create_if_missing = create;
  db_options.create_missing_column_families = create;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  const rocksdb::Status status =
      options.read_only ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &handles, &db)
                        : rocksdb::DB::Open(db_options, path, descriptors, &handles, &db);
  if (IsLockError(status)) {
    return absl::UnavailableError(
        absl::StrCat(path, ": the store is in use by another writer (", status.ToString(), ")"));
  }
  KG_RETURN_IF_ERROR(FromRocks(status, path, "cannot open the store"));
  auto opened = std::make_unique<Db>(path, db, std::move(handles));
  opened->set_read_only(options.read_only);
  return opened;
}

absl::Status WriteSchemaVersion(const Db& db) {
  rocksdb::WriteOptions write;
  write.sync = true;
  return FromRocks(db.db()->Put(write, db.cf(kMeta), kSchemaVersionKey, std::to_string(kSchemaVersion)),
                   db.path(), "cannot write the schema version");
}

absl::Status CheckSchema(const Db& db) {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> stored, db.Get(kMeta, kSchemaVersionKey));
  uint32_t version = 0;
  if (!stored.has_value() || !absl::SimpleAtoi(*stored, &version)) {
    return absl::FailedPreconditionError(absl::StrCat(db.path(), ": not a kg store (no schema version)"));
  }
  if (version != kSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(db.path(), ": the store has schema version ", version,
                                                      ", this program reads version ", kSchemaVersion));
  }
  if (std::optional<Cf> missing = db.MissingCf()) {
    return absl::DataLossError(absl::StrCat(db.path(), ": damaged store: no column family ", kCfNames[*missing]));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Db>> OpenExisting(const std::string& path, const StoreOptions& options) {
  std::vector<std::string> cf_names;
  KG_RETURN_IF_ERROR(FromRocks(rocksdb::DB::ListColumnFamilies(DbOptions(), path, &cf_names), path,
                               "not a kg store (cannot read its column families)"));
  if (std::find(cf_names.begin(), cf_names.end(), kCfNames[kMeta]) == cf_names.end()) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": not a kg store (a RocksDB database without kg's meta column family)"));
  }
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Db> db, OpenDb(path, options, cf_names, /*create=*/false));
  KG_RETURN_IF_ERROR(CheckSchema(*db));
  return db;
}

absl::StatusOr<std::unique_ptr<Db>> CreateNew(const std::string& path, const StoreOptions& options) {
  std::vector<std::string> cf_names = {rocksdb::kDefaultColumnFamilyName};
  cf_names.insert(cf_names.end(), kCfNames.begin(), kCfNames.end());
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Db> db, OpenDb(path, options, cf_names, /*create=*/true));
  KG_RETURN_IF_ERROR(WriteSchemaVersion(*db));
  return db;
}

// ---- Writing one document ----

absl::Status Validate(const DocumentGraph& graph) {
  const Document& document = graph.document();
  if (document.name().empty() || document.id() == 0) {
    return absl::InvalidArgumentError("a document needs a name and an id");
  }
  for (const Actor& actor : graph.actors()) {
    if (actor.id() == 0) return absl::InvalidArgumentError(absl::StrCat(document.name(), ": an actor has id 0"));
  }
  for (const Event& event : graph.events()) {
    if (event.id() == 0 || !EventClass_IsValid(event.event_class())) {
      return absl::InvalidArgumentError(absl::StrCat(document.name(), ": an event has id 0 or an unknown class"));
    }
  }
  for (const Edge& edge : graph.edges()) {
    if (edge.from() == 0 || edge.to() == 0 || edge.type() == EDGE_TYPE_UNSPECIFIED || !EdgeType_IsValid(edge.type())) {
      return absl::InvalidArgumentError(absl::StrCat(document.name(), ": an edge lacks an end or a type"));
    }
  }
  return absl::OkStatus();
}

template <typename Value, typename Repeated>
void AddMissing(const Value& value, Repeated* to) {
  if (std::find(to->begin(), to->end(), value) == to->end()) to->Add(Value(value));
}

template <typename Repeated>
void AppendMissing(const Repeated& from, Repeated* to) {
  for (const auto& value : from) AddMissing(value, to);
}

// Merges `incoming` into `existing`: lists unioned, mention counts added, and the existing name,
// kind and codes kept unless empty.
void MergeActor(const Actor& incoming, Actor* existing) {
  if (existing->name().empty()) existing->set_name(incoming.name());
  if (existing->kind() == ACTOR_KIND_UNSPECIFIED) existing->set_kind(incoming.kind());
  if (existing->iso3().empty()) existing->set_iso3(incoming.iso3());
  if (existing->cameo().empty()) existing->set_cameo(incoming.cameo());
  // A different name for the same actor is kept as an alias (the name index points to it too).
  if (!incoming.name().empty() && incoming.name() != existing->name()) {
    AddMissing(incoming.name(), existing->mutable_aliases());
  }
  AppendMissing(incoming.aliases(), existing->mutable_aliases());
  AppendMissing(incoming.roles(), existing->mutable_roles());
  AppendMissing(incoming.affiliations(), existing->mutable_affiliations());
  AppendMissing(incoming.affiliation_names(), existing->mutable_affiliation_names());
  existing->set_mention_count(existing->mention_count() + incoming.mention_count());
}

std::string InEdgeKey(const keys::EdgeKeyParts& out) { return keys::EdgeKey(out.second, out.type, out.first); }

// Builds the one WriteBatch of a document: removal of its previous version, then its content.
// Edges and actors are staged in memory until Finish, so that the merges read what this batch
// already holds before what the database holds, and each key gets one final operation.
class DocumentWriter {
 public:
  explicit DocumentWriter(const Db& db) : db_(db) {}

  // Removes what document `id` wrote (events, their edges, its support of shared edges, its
  // doc_items and its record). Its actors stay.
  absl::Status RemoveDocument(uint64_t id) {
    Delete(kDocuments, keys::IdKey(id));
    return db_.Scan(kDocItems, keys::DocItemPrefix(id), [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
      Delete(kDocItems, key);
      const std::optional<keys::DocItemParts> item = keys::ParseDocItemKey(key);
      if (!item.has_value()) return true;
      if (item->kind == keys::DocItemKind::kEvent && item->item.size() == keys::kIdBytes) {
        KG_RETURN_IF_ERROR(RemoveEvent(keys::DecodeId(item->item)));
      } else if (item->kind == keys::DocItemKind::kEdge) {
        KG_RETURN_IF_ERROR(WithdrawSupport(item->item, id));
      }
      return true;
    });
  }

  absl::Status AddGraph(const DocumentGraph& graph) {
    const Document& document = graph.document();
    Put(kDocuments, keys::IdKey(document.id()), document.SerializeAsString());
    Put(kDocNames, document.name(), keys::IdKey(document.id()));
    for (const Actor& actor : graph.actors()) {
      KG_RETURN_IF_ERROR(AddActor(actor));
      KG_RETURN_IF_ERROR(AddSupport(MakeEdge(actor.id(), MENTIONED_IN, document.id()), document.id()));
    }
    for (const Event& event : graph.events()) AddEvent(event, document.id());
    for (const Edge& edge : graph.edges()) KG_RETURN_IF_ERROR(AddSupport(edge, document.id()));
    return absl::OkStatus();
  }

  // Writes the staged edges and actors into the batch and hands it over.
  absl::StatusOr<rocksdb::WriteBatch> Finish() && {
    for (const auto& [out_key, edge] : edges_) {
      const keys::EdgeKeyParts parts = *keys::ParseEdgeKey(out_key);
      if (edge.has_value()) {
        const std::string value = edge->SerializeAsString();
        Put(kOutEdges, out_key, value);
        Put(kInEdges, InEdgeKey(parts), value);
      } else {
        Delete(kOutEdges, out_key);
        Delete(kInEdges, InEdgeKey(parts));
      }
    }
    for (const auto& [id, actor] : actors_) {
      Node node;
      *node.mutable_actor() = actor;
      Put(kNodes, keys::IdKey(id), node.SerializeAsString());
    }
    KG_RETURN_IF_ERROR(FromRocks(batch_status_, db_.path(), "cannot build the write batch"));
    return std::move(batch_);
  }

 private:
  static Edge MakeEdge(uint64_t from, EdgeType type, uint64_t to) {
    Edge edge;
    edge.set_from(from);
    edge.set_to(to);
    edge.set_type(type);
    return edge;
  }

  void Put(Cf cf, absl::string_view key, absl::string_view value) {
    if (batch_status_.ok()) {
      batch_status_ = batch_.Put(db_.cf(cf), rocksdb::Slice(key.data(), key.size()),
                                 rocksdb::Slice(value.data(), value.size()));
    }
  }
  void Delete(Cf cf, absl::string_view key) {
    if (batch_status_.ok()) batch_status_ = batch_.Delete(db_.cf(cf), rocksdb::Slice(key.data(), key.size()));
  }

  // The edge under `out_key` as this batch leaves it so far.
  absl::StatusOr<std::optional<Edge>> StagedEdge(const std::string& out_key) {
    auto it = edges_.find(out_key);
    if (it != edges_.end()) return it->second;
    return db_.GetProto<Edge>(kOutEdges, out_key);
  }

  void StageEdge(const Edge& edge) { edges_[keys::EdgeKey(edge.from(), edge.type(), edge.to())] = edge; }

  absl::Status RemoveEvent(uint64_t event) {
    KG_ASSIGN_OR_RETURN(std::optional<Node> node, db_.GetProto<Node>(kNodes, keys::IdKey(event)));
    if (!node.has_value() || !node->has_event()) return absl::OkStatus();
    Delete(kNodes, keys::IdKey(event));
    Delete(kClasses, keys::ClassKey(node->event().event_class(), event));
    KG_RETURN_IF_ERROR(RemoveEdgesOf(event, kOutEdges));
    return RemoveEdgesOf(event, kInEdges);
  }

  // Stages the deletion of every stored edge of `node` found in `cf` (out_edges or in_edges).
  absl::Status RemoveEdgesOf(uint64_t node, Cf cf) {
    return db_.Scan(cf, keys::EdgePrefix(node), [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
      if (std::optional<keys::EdgeKeyParts> parts = keys::ParseEdgeKey(key)) {
        const std::string out_key = cf == kOutEdges ? std::string(key) : InEdgeKey(*parts);
        edges_[out_key] = std::nullopt;
      }
      return true;
    });
  }

  // Takes `document` off the edge under `out_key`; an edge left with no document goes.
  absl::Status WithdrawSupport(const std::string& out_key, uint64_t document) {
    KG_ASSIGN_OR_RETURN(std::optional<Edge> edge, StagedEdge(out_key));
    if (!edge.has_value()) return absl::OkStatus();
    auto* documents = edge->mutable_documents();
    documents->erase(std::remove(documents->begin(), documents->end(), document), documents->end());
    if (documents->empty()) edge.reset();
    edges_[out_key] = std::move(edge);
    return absl::OkStatus();
  }

  // Adds `document` (and the edge's own documents) to the edge, creating it when new.
  absl::Status AddSupport(const Edge& incoming, uint64_t document) {
    const std::string out_key = keys::EdgeKey(incoming.from(), incoming.type(), incoming.to());
    KG_ASSIGN_OR_RETURN(std::optional<Edge> edge, StagedEdge(out_key));
    if (!edge.has_value()) edge = MakeEdge(incoming.from(), incoming.type(), incoming.to());
    AppendMissing(incoming.documents(), edge->mutable_documents());
    AddMissing(document, edge->mutable_documents());
    edges_[out_key] = std::move(edge);
    Put(kDocItems, keys::DocItemKey(document, keys::DocItemKind::kEdge, out_key), "");
    return absl::OkStatus();
  }

  absl::Status AddActor(const Actor& incoming) {
    auto it = actors_.find(incoming.id());
    if (it == actors_.end()) {
      KG_ASSIGN_OR_RETURN(std::optional<Node> node, db_.GetProto<Node>(kNodes, keys::IdKey(incoming.id())));
      if (node.has_value() && !node->has_actor()) {
        return absl::InvalidArgumentError(absl::StrCat("actor id ", incoming.id(), " is already a node of another kind"));
      }
      if (node.has_value()) {
        it = actors_.emplace(incoming.id(), node->actor()).first;
        MergeActor(incoming, &it->second);
      } else {
        it = actors_.emplace(incoming.id(), incoming).first;
      }
    } else {
      MergeActor(incoming, &it->second);
    }
    IndexName(incoming.name(), incoming.id());
    for (const std::string& alias : incoming.aliases()) IndexName(alias, incoming.id());
    return absl::OkStatus();
  }

  void IndexName(absl::string_view name, uint64_t actor) {
    const std::string normalized = NormalizeName(name);
    if (!normalized.empty()) Put(kNames, keys::NameKey(normalized, actor), "");
  }

  void AddEvent(const Event& event, uint64_t document) {
    Node node;
    *node.mutable_event() = event;
    Put(kNodes, keys::IdKey(event.id()), node.SerializeAsString());
    Put(kClasses, keys::ClassKey(event.event_class(), event.id()), "");
    Put(kDocItems, keys::DocItemKey(document, keys::DocItemKind::kEvent, keys::IdKey(event.id())), "");
    const std::pair<EdgeType, uint64_t> ends[] = {
        {SOURCE, event.source()}, {TARGET, event.target()}, {CONTENT, event.content()}, {REPORTED_IN, document}};
    for (const auto& [type, to] : ends) {
      if (to == 0) continue;
      Edge edge = MakeEdge(event.id(), type, to);
      edge.add_documents(document);
      StageEdge(edge);
    }
  }

  const Db& db_;
  rocksdb::WriteBatch batch_;
  rocksdb::Status batch_status_;
  std::map<std::string, std::optional<Edge>> edges_;  // out_edges key -> edge, nullopt: delete
  std::map<uint64_t, Actor> actors_;
};

// Lets scans report the first error of a caller's parse while keeping fn's bool protocol.
template <typename Message, typename Fn>
Db::ScanFn ParsingScan(const std::string& path, absl::string_view what, Fn fn) {
  return [&path, what, fn](absl::string_view, absl::string_view value) -> absl::StatusOr<bool> {
    Message message;
    KG_RETURN_IF_ERROR(ParseValue(value, path, what, &message));
    return fn(message);
  };
}

}  // namespace

class Store::Impl {
 public:
  Impl(std::unique_ptr<Db> db, StoreOptions options) : db(std::move(db)), options(std::move(options)) {}
  std::unique_ptr<Db> db;
  StoreOptions options;
  std::mutex write_mutex;  // one PutDocumentGraph at a time: its merge reads see no rival batch
};

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

absl::StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  KG_ASSIGN_OR_RETURN(bool exists, ExistingDatabase(path, options));
  std::unique_ptr<Db> db;
  if (exists) {
    KG_ASSIGN_OR_RETURN(db, OpenExisting(path, options));
  } else {
    KG_ASSIGN_OR_RETURN(db, CreateNew(path, options));
  }
  return std::unique_ptr<Store>(new Store(std::make_unique<Impl>(std::move(db), options)));
}

const std::string& Store::path() const { return impl_->db->path(); }

absl::StatusOr<PutOutcome> Store::PutDocumentGraph(const DocumentGraph& graph) {
  if (impl_->options.read_only) {
    return absl::FailedPreconditionError(absl::StrCat(path(), ": the store is open read-only"));
  }
  KG_RETURN_IF_ERROR(Validate(graph));
  std::lock_guard<std::mutex> lock(impl_->write_mutex);
  KG_ASSIGN_OR_RETURN(std::optional<Document> previous, FindDocument(graph.document().name()));
  if (previous.has_value() && previous->content_hash() == graph.document().content_hash()) {
    return PutOutcome::kUnchanged;
  }
  DocumentWriter writer(*impl_->db);
  if (previous.has_value()) KG_RETURN_IF_ERROR(writer.RemoveDocument(previous->id()));
  KG_RETURN_IF_ERROR(writer.AddGraph(graph));
  KG_ASSIGN_OR_RETURN(rocksdb::WriteBatch batch, std::move(writer).Finish());
  if (impl_->options.before_write_for_testing) KG_RETURN_IF_ERROR(impl_->options.before_write_for_testing());
  rocksdb::WriteOptions write;
  write.sync = impl_->options.sync;
  KG_RETURN_IF_ERROR(FromRocks(impl_->db->db()->Write(write, &batch), path(),
                               absl::StrCat("cannot write document ", graph.document().name())));
  return previous.has_value() ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

absl::StatusOr<std::optional<Document>> Store::GetDocument(uint64_t id) const {
  return impl_->db->GetProto<Document>(kDocuments, keys::IdKey(id));
}

absl::StatusOr<std::optional<Document>> Store::FindDocument(const std::string& name) const {
  KG_ASSIGN_OR_RETURN(std::optional<std::string> id, impl_->db->Get(kDocNames, name));
  if (!id.has_value()) return std::nullopt;
  if (id->size() != keys::kIdBytes) return absl::DataLossError(absl::StrCat(path(), ": bad doc_names entry for ", name));
  return GetDocument(keys::DecodeId(*id));
}

absl::StatusOr<std::optional<Actor>> Store::GetActor(uint64_t id) const {
  KG_ASSIGN_OR_RETURN(std::optional<Node> node, impl_->db->GetProto<Node>(kNodes, keys::IdKey(id)));
  if (!node.has_value() || !node->has_actor()) return std::nullopt;
  return node->actor();
}

absl::StatusOr<std::optional<Event>> Store::GetEvent(uint64_t id) const {
  KG_ASSIGN_OR_RETURN(std::optional<Node> node, impl_->db->GetProto<Node>(kNodes, keys::IdKey(id)));
  if (!node.has_value() || !node->has_event()) return std::nullopt;
  return node->event();
}

absl::Status Store::ForEachEdge(uint64_t node, Direction direction, std::optional<EdgeType> type,
                                const std::function<bool(const Edge&)>& fn) const {
  return impl_->db->Scan(direction == Direction::kOut ? kOutEdges : kInEdges, keys::EdgePrefix(node, type),
                         ParsingScan<Edge>(path(), "edge", fn));
}

absl::Status Store::ForEachNeighbor(uint64_t node, Direction direction, std::optional<EdgeType> type,
                                    const std::function<bool(uint64_t other, EdgeType type)>& fn) const {
  return impl_->db->Scan(direction == Direction::kOut ? kOutEdges : kInEdges, keys::EdgePrefix(node, type),
                         [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                           std::optional<keys::EdgeKeyParts> parts = keys::ParseEdgeKey(key);
                           if (!parts) {
                             return absl::DataLossError(absl::StrCat(path(), ": malformed edge key"));
                           }
                           return fn(parts->second, parts->type);
                         });
}

absl::StatusOr<uint64_t> Store::Degree(uint64_t node, Direction direction, std::optional<EdgeType> type) const {
  return impl_->db->Count(direction == Direction::kOut ? kOutEdges : kInEdges, keys::EdgePrefix(node, type));
}

absl::StatusOr<std::vector<uint64_t>> Store::LookupName(const std::string& name) const {
  std::vector<uint64_t> ids;
  const std::string normalized = NormalizeName(name);
  if (normalized.empty()) return ids;
  const std::string prefix = keys::NamePrefix(normalized);
  KG_RETURN_IF_ERROR(impl_->db->Scan(kNames, prefix, [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
    if (key.size() == prefix.size() + keys::kIdBytes) ids.push_back(keys::DecodeId(key.substr(prefix.size())));
    return true;
  }));
  return ids;
}

absl::Status Store::ForEachNameWithPrefix(
    const std::string& prefix, const std::function<bool(const std::string& name, uint64_t id)>& fn) const {
  std::string normalized = NormalizeName(prefix);
  // "new " asks for names with a word after "new", not for "newark".
  if (!normalized.empty() && !prefix.empty() && absl::ascii_isspace(static_cast<unsigned char>(prefix.back()))) {
    normalized.push_back(' ');
  }
  return impl_->db->Scan(kNames, normalized, [&fn](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
    std::optional<keys::NameKeyParts> parts = keys::ParseNameKey(key);
    return !parts.has_value() || fn(parts->name, parts->actor);
  });
}

absl::Status Store::ForEachDocument(const std::function<bool(const Document&)>& fn) const {
  return impl_->db->Scan(kDocuments, "", ParsingScan<Document>(path(), "document", fn));
}

absl::Status Store::ForEachActor(const std::function<bool(const Actor&)>& fn) const {
  return impl_->db->Scan(kNodes, "", ParsingScan<Node>(path(), "node", [&fn](const Node& node) {
                           return !node.has_actor() || fn(node.actor());
                         }));
}

absl::Status Store::ForEachEvent(const std::function<bool(const Event&)>& fn) const {
  return impl_->db->Scan(kNodes, "", ParsingScan<Node>(path(), "node", [&fn](const Node& node) {
                           return !node.has_event() || fn(node.event());
                         }));
}

absl::Status Store::ForEachEventOfClass(EventClass event_class, const std::function<bool(const Event&)>& fn) const {
  return impl_->db->Scan(kClasses, keys::ClassPrefix(event_class),
                         [&](absl::string_view key, absl::string_view) -> absl::StatusOr<bool> {
                           if (key.size() != 1 + keys::kIdBytes) return true;
                           KG_ASSIGN_OR_RETURN(std::optional<Event> event, GetEvent(keys::DecodeId(key.substr(1))));
                           return !event.has_value() || fn(*event);  // gone since the scan began
                         });
}

absl::StatusOr<StoreStats> Store::Stats() const {
  StoreStats stats;
  const Db& db = *impl_->db;
  KG_ASSIGN_OR_RETURN(stats.documents, db.Count(kDocuments, ""));
  KG_ASSIGN_OR_RETURN(stats.edges, db.Count(kOutEdges, ""));
  KG_ASSIGN_OR_RETURN(stats.names, db.Count(kNames, ""));
  KG_RETURN_IF_ERROR(db.Scan(kNodes, "", ParsingScan<Node>(path(), "node", [&stats](const Node& node) {
                               stats.actors += node.has_actor() ? 1 : 0;
                               stats.events += node.has_event() ? 1 : 0;
                               return true;
                             })));
  return stats;
}

}  // namespace kg::graph
