#include "graph/keys.h"

#include <algorithm>
#include <random>
#include <set>
#include <vector>

#include "gtest/gtest.h"

namespace kg::graph::keys {
namespace {

TEST(KeysTest, IdsAreBigEndianAndRoundTrip) {
  EXPECT_EQ(IdKey(0x0102030405060708ULL), std::string("\x01\x02\x03\x04\x05\x06\x07\x08", 8));
  for (uint64_t id : {0ULL, 1ULL, 255ULL, 256ULL, 0x8000000000000000ULL, ~0ULL}) {
    EXPECT_EQ(DecodeId(IdKey(id)), id);
  }
}

TEST(KeysTest, IdKeysSortNumerically) {
  std::mt19937_64 random(42);
  std::vector<uint64_t> ids = {0, 1, 255, 256, 65535, 65536, ~0ULL, 1ULL << 56};
  for (int i = 0; i < 1000; ++i) ids.push_back(random());
  std::vector<std::string> encoded;
  for (uint64_t id : ids) encoded.push_back(IdKey(id));
  std::sort(ids.begin(), ids.end());
  std::sort(encoded.begin(), encoded.end());  // bytewise, as RocksDB's default comparator
  for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(DecodeId(encoded[i]), ids[i]) << i;
}

TEST(KeysTest, EdgeKeyRoundTrip) {
  const std::string key = EdgeKey(0x03000000000000ffULL, CONTENT, 42);
  ASSERT_EQ(key.size(), kEdgeKeyBytes);
  const std::optional<EdgeKeyParts> parts = ParseEdgeKey(key);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->first, 0x03000000000000ffULL);
  EXPECT_EQ(parts->type, CONTENT);
  EXPECT_EQ(parts->second, 42u);
  EXPECT_FALSE(ParseEdgeKey("short").has_value());
}

// Keys in a std::set are in RocksDB order; returns those in [prefix, PrefixSuccessor(prefix)).
std::vector<std::string> Range(const std::set<std::string>& keys, const std::string& prefix) {
  auto begin = keys.lower_bound(prefix);
  const std::optional<std::string> bound = PrefixSuccessor(prefix);
  auto end = bound.has_value() ? keys.lower_bound(*bound) : keys.end();
  return std::vector<std::string>(begin, end);
}

TEST(KeysTest, EdgesOfANodeAreOneContiguousPrefixRange) {
  // Neighbouring ids, including ones whose low byte is 0xff, so the range end must carry.
  const std::vector<uint64_t> nodes = {0x02000000000000feULL, 0x02000000000000ffULL, 0x0200000000000100ULL,
                                       0x02ffffffffffffffULL, 0x0300000000000000ULL};
  std::set<std::string> all;
  for (uint64_t from : nodes) {
    for (EdgeType type : {SOURCE, TARGET, MEMBER_OF, MENTIONED_IN}) {
      for (uint64_t to : nodes) all.insert(EdgeKey(from, type, to));
    }
  }
  for (uint64_t node : nodes) {
    const std::vector<std::string> range = Range(all, EdgePrefix(node));
    EXPECT_EQ(range.size(), 4 * nodes.size());
    for (const std::string& key : range) EXPECT_EQ(ParseEdgeKey(key)->first, node);
    // Within a node, edges are grouped by type and then ordered by the other end's id.
    std::vector<std::string> by_type = Range(all, EdgePrefix(node, MEMBER_OF));
    ASSERT_EQ(by_type.size(), nodes.size());
    for (size_t i = 0; i < by_type.size(); ++i) {
      const EdgeKeyParts parts = *ParseEdgeKey(by_type[i]);
      EXPECT_EQ(parts.type, MEMBER_OF);
      EXPECT_EQ(parts.second, nodes[i]);
    }
  }
}

TEST(KeysTest, PrefixSuccessor) {
  EXPECT_EQ(PrefixSuccessor("ab"), "ac");
  EXPECT_EQ(PrefixSuccessor(std::string("a\xff\xff", 3)), "b");
  EXPECT_FALSE(PrefixSuccessor(std::string("\xff\xff", 2)).has_value());
  EXPECT_FALSE(PrefixSuccessor("").has_value());
}

TEST(KeysTest, NamePrefixCoversExactlyOneName) {
  std::set<std::string> all = {NameKey("us", 7), NameKey("us", 9), NameKey("usa", 8), NameKey("u", 1),
                               NameKey("us army", 3)};
  const std::vector<std::string> range = Range(all, NamePrefix("us"));
  ASSERT_EQ(range.size(), 2u);
  EXPECT_EQ(ParseNameKey(range[0])->actor, 7u);
  EXPECT_EQ(ParseNameKey(range[1])->actor, 9u);
  EXPECT_EQ(ParseNameKey(range[0])->name, "us");
  EXPECT_EQ(Range(all, "us").size(), 4u);  // a name prefix covers longer names too
  EXPECT_FALSE(ParseNameKey("no separator").has_value());
}

TEST(KeysTest, ClassAndDocItemKeys) {
  EXPECT_LT(ClassKey(ASSAULT, ~0ULL), ClassKey(COERCE, 0));
  EXPECT_EQ(ClassKey(ASSAULT, 5).substr(0, 1), ClassPrefix(ASSAULT));
  const std::string item = DocItemKey(11, DocItemKind::kEdge, EdgeKey(1, MEMBER_OF, 2));
  EXPECT_EQ(item.substr(0, kIdBytes), DocItemPrefix(11));
  const std::optional<DocItemParts> parts = ParseDocItemKey(item);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->kind, DocItemKind::kEdge);
  EXPECT_EQ(parts->item, EdgeKey(1, MEMBER_OF, 2));
}

}  // namespace
}  // namespace kg::graph::keys
