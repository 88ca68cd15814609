// Opening stores: creation, schema versions, directories that are no kg store, a second writer,
// and read-only opens.
#include <fstream>
#include <memory>

#include "gmock/gmock.h"
#include "graph/store.h"
#include "gtest/gtest.h"
#include "rocksdb/db.h"
#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using ::kg::graph::testing::MakeActor;
using ::kg::graph::testing::MakeGraph;
using ::kg::graph::testing::TempStoreDir;
using ::testing::AllOf;
using ::testing::HasSubstr;

std::string Message(const absl::Status& status) { return std::string(status.message()); }

std::unique_ptr<Store> OpenOrDie(const std::string& path, StoreOptions options = {}) {
  auto store = Store::Open(path, options);
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? std::move(*store) : nullptr;
}

StoreOptions ReadOnly() {
  StoreOptions options;
  options.read_only = true;
  return options;
}

// Opens `path` as a plain RocksDB database (all its column families) and runs fn on it.
void WithRawDb(const std::string& path, bool create,
               const std::function<void(rocksdb::DB*, const std::vector<rocksdb::ColumnFamilyHandle*>&)>& fn) {
  std::vector<std::string> names = {rocksdb::kDefaultColumnFamilyName};
  if (!create) {
    ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), path, &names).ok());
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  rocksdb::Options options;
  options.create_if_missing = create;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  ASSERT_TRUE(rocksdb::DB::Open(options, path, descriptors, &handles, &db).ok());
  fn(db, handles);
  for (auto* handle : handles) ASSERT_TRUE(db->DestroyColumnFamilyHandle(handle).ok());
  delete db;
}

TEST(StoreOpenTest, CreatesAStoreAndReopensIt) {
  TempStoreDir dir;
  {
    auto store = OpenOrDie(dir.path());
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(store->path(), dir.path());
    DocumentGraph graph = MakeGraph("a.txt", "a");
    *graph.add_actors() = MakeActor("Iran", COUNTRY);
    ASSERT_TRUE(store->PutDocumentGraph(graph).ok());
  }
  auto store = OpenOrDie(dir.path());
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->Stats()->documents, 1u);
  EXPECT_EQ(store->Stats()->actors, 1u);
}

TEST(StoreOpenTest, SyncedWritesWork) {
  TempStoreDir dir;
  StoreOptions options;
  options.sync = true;
  auto store = OpenOrDie(dir.path(), options);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->PutDocumentGraph(MakeGraph("a.txt", "a")), PutOutcome::kAdded);
}

TEST(StoreOpenTest, RefusesAnotherSchemaVersion) {
  TempStoreDir dir;
  OpenOrDie(dir.path());
  WithRawDb(dir.path(), /*create=*/false, [](rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
    for (auto* handle : handles) {
      if (handle->GetName() == "meta") {
        ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handle, "schema_version", "7").ok());
      }
    }
  });
  for (const StoreOptions& options : {StoreOptions{}, ReadOnly()}) {
    auto store = Store::Open(dir.path(), options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_THAT(Message(store.status()),
                AllOf(HasSubstr(dir.path()), HasSubstr("schema version 7"), HasSubstr("version 1")));
  }
}

TEST(StoreOpenTest, RefusesARocksDbThatIsNoKgStore) {
  TempStoreDir dir;
  WithRawDb(dir.path(), /*create=*/true, [](rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
    ASSERT_TRUE(db->Put(rocksdb::WriteOptions(), handles[0], "key", "value").ok());
  });
  auto store = Store::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_THAT(Message(store.status()), AllOf(HasSubstr(dir.path()), HasSubstr("not a kg store")));
}

TEST(StoreOpenTest, RefusesADirectoryOfOtherFilesAndAPlainFile) {
  TempStoreDir dir;
  std::filesystem::create_directories(dir.path());
  std::ofstream(dir.path() + "/notes.txt") << "not a database";
  auto store = Store::Open(dir.path());
  ASSERT_FALSE(store.ok());
  EXPECT_THAT(Message(store.status()), AllOf(HasSubstr(dir.path()), HasSubstr("not a kg store")));
  EXPECT_FALSE(std::filesystem::exists(dir.path() + "/CURRENT"));  // nothing created there

  auto file = Store::Open(dir.path() + "/notes.txt");
  ASSERT_FALSE(file.ok());
  EXPECT_THAT(Message(file.status()), HasSubstr("not a kg store"));
}

TEST(StoreOpenTest, ASecondWriterGetsAClearError) {
  TempStoreDir dir;
  auto writer = OpenOrDie(dir.path());
  ASSERT_NE(writer, nullptr);
  auto second = Store::Open(dir.path());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_THAT(Message(second.status()),
              HasSubstr(dir.path() + ": the store is in use by another writer ("));
  // The first writer is unharmed.
  EXPECT_TRUE(writer->PutDocumentGraph(MakeGraph("a.txt", "a")).ok());
}

TEST(StoreOpenTest, ReadOnlyOpensBesideAWriter) {
  TempStoreDir dir;
  auto writer = OpenOrDie(dir.path());
  ASSERT_NE(writer, nullptr);
  ASSERT_TRUE(writer->PutDocumentGraph(MakeGraph("a.txt", "a")).ok());

  auto reader = OpenOrDie(dir.path(), ReadOnly());
  ASSERT_NE(reader, nullptr);
  auto document = reader->FindDocument("a.txt");
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(document->has_value());
  auto put = reader->PutDocumentGraph(MakeGraph("b.txt", "b"));
  EXPECT_EQ(put.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(Message(put.status()), HasSubstr("read-only"));

  // The writer keeps writing while the reader is open.
  EXPECT_TRUE(writer->PutDocumentGraph(MakeGraph("c.txt", "c")).ok());
  auto second_reader = OpenOrDie(dir.path(), ReadOnly());
  ASSERT_NE(second_reader, nullptr);
  EXPECT_TRUE(second_reader->FindDocument("c.txt")->has_value());
}

TEST(StoreOpenTest, ReadOnlyOpenOfAMissingStoreFails) {
  TempStoreDir dir;
  auto store = Store::Open(dir.path(), ReadOnly());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(Message(store.status()), AllOf(HasSubstr(dir.path()), HasSubstr("no kg store")));
  EXPECT_FALSE(std::filesystem::exists(dir.path()));

  StoreOptions no_create;
  no_create.create_if_missing = false;
  EXPECT_EQ(Store::Open(dir.path(), no_create).status().code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(dir.path()));
}

}  // namespace
}  // namespace kg::graph
