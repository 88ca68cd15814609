// Writing and reading the graph: round trips, edges, merges, the name index, re-ingest,
// replacement and the atomicity of a document's batch.
#include "graph/store.h"

#include <algorithm>
#include <memory>
#include <set>
#include <utility>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using ::kg::graph::testing::MakeActor;
using ::kg::graph::testing::MakeEvent;
using ::kg::graph::testing::MakeGraph;
using ::kg::graph::testing::MemberOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

std::string Bytes(const google::protobuf::Message& message) { return message.SerializeAsString(); }

bool SameStats(const StoreStats& a, const StoreStats& b) {
  return a.documents == b.documents && a.actors == b.actors && a.events == b.events && a.edges == b.edges &&
         a.names == b.names;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { Reopen(); }

  void Reopen(StoreOptions options = {}) {
    store_.reset();
    auto store = Store::Open(dir_.path(), options);
    ASSERT_TRUE(store.ok()) << store.status();
    store_ = std::move(*store);
  }

  PutOutcome Put(const DocumentGraph& graph) {
    auto outcome = store_->PutDocumentGraph(graph);
    EXPECT_TRUE(outcome.ok()) << outcome.status();
    return outcome.value_or(PutOutcome::kUnchanged);
  }

  StoreStats Stats() {
    auto stats = store_->Stats();
    EXPECT_TRUE(stats.ok()) << stats.status();
    return stats.value_or(StoreStats{});
  }

  // (type, other end) of each edge of `node`, in scan order.
  std::vector<std::pair<EdgeType, uint64_t>> Edges(uint64_t node, Direction direction,
                                                   std::optional<EdgeType> type = std::nullopt) {
    std::vector<std::pair<EdgeType, uint64_t>> edges;
    absl::Status status = store_->ForEachEdge(node, direction, type, [&](const Edge& edge) {
      edges.emplace_back(edge.type(), direction == Direction::kOut ? edge.to() : edge.from());
      return true;
    });
    EXPECT_TRUE(status.ok()) << status;
    return edges;
  }

  std::optional<Edge> FindEdge(uint64_t from, EdgeType type, uint64_t to, Direction direction) {
    std::optional<Edge> found;
    const uint64_t node = direction == Direction::kOut ? from : to;
    EXPECT_TRUE(store_->ForEachEdge(node, direction, type, [&](const Edge& edge) {
                  if (edge.from() == from && edge.to() == to) found = edge;
                  return true;
                }).ok());
    return found;
  }

  uint64_t Degree(uint64_t node, Direction direction, std::optional<EdgeType> type = std::nullopt) {
    auto degree = store_->Degree(node, direction, type);
    EXPECT_TRUE(degree.ok()) << degree.status();
    return degree.value_or(~0ULL);
  }

  std::vector<uint64_t> Lookup(const std::string& name) {
    auto ids = store_->LookupName(name);
    EXPECT_TRUE(ids.ok()) << ids.status();
    return ids.value_or(std::vector<uint64_t>{});
  }

  std::vector<uint64_t> EventsOfClass(EventClass event_class) {
    std::vector<uint64_t> ids;
    EXPECT_TRUE(store_->ForEachEventOfClass(event_class, [&](const Event& event) {
                  ids.push_back(event.id());
                  return true;
                }).ok());
    return ids;
  }

  testing::TempStoreDir dir_;
  std::unique_ptr<Store> store_;
};

// A document in which Iran's foreign ministry accused the United States, and the United States
// denied (CONTENT) having struck.
struct Sample {
  Actor iran = MakeActor("Iran", COUNTRY, {"Islamic Republic of Iran"}, 2);
  Actor ministry = MakeActor("Iranian Foreign Ministry", GOVERNMENT);
  Actor us = MakeActor("United States", COUNTRY, {"U.S.", "America"}, 3);
  Event accuse = MakeEvent("a.txt", "accused", ACCUSE, ministry.id(), us.id());
  Event strike = MakeEvent("a.txt", "struck", ASSAULT, us.id(), iran.id());
  Event deny = MakeEvent("a.txt", "denied", DENY, us.id(), 0, strike.id());
  DocumentGraph graph = MakeGraph("a.txt", "Iran's foreign ministry accused the U.S., which denied ...");

  Sample() {
    for (const Actor& actor : {iran, ministry, us}) *graph.add_actors() = actor;
    for (const Event& event : {accuse, strike, deny}) *graph.add_events() = event;
    *graph.add_edges() = MemberOf(ministry.id(), iran.id());
  }
  uint64_t doc() const { return graph.document().id(); }
};

TEST_F(StoreTest, RoundTripsDocumentActorsAndEvents) {
  Sample s;
  EXPECT_EQ(Put(s.graph), PutOutcome::kAdded);

  auto document = store_->GetDocument(s.doc());
  ASSERT_TRUE(document.ok() && document->has_value());
  EXPECT_EQ(Bytes(**document), Bytes(s.graph.document()));
  auto by_name = store_->FindDocument("a.txt");
  ASSERT_TRUE(by_name.ok() && by_name->has_value());
  EXPECT_EQ((*by_name)->id(), s.doc());
  EXPECT_FALSE(store_->FindDocument("missing.txt")->has_value());

  auto us = store_->GetActor(s.us.id());
  ASSERT_TRUE(us.ok() && us->has_value());
  EXPECT_EQ(Bytes(**us), Bytes(s.us));
  auto deny = store_->GetEvent(s.deny.id());
  ASSERT_TRUE(deny.ok() && deny->has_value());
  EXPECT_EQ(Bytes(**deny), Bytes(s.deny));
  // Kinds do not mix: an event id is no actor and the reverse.
  EXPECT_FALSE(store_->GetActor(s.deny.id())->has_value());
  EXPECT_FALSE(store_->GetEvent(s.us.id())->has_value());

  const StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(stats.actors, 3u);
  EXPECT_EQ(stats.events, 3u);
  // accuse: SOURCE TARGET REPORTED_IN; strike: same; deny: SOURCE CONTENT REPORTED_IN;
  // 3 MENTIONED_IN; 1 MEMBER_OF.
  EXPECT_EQ(stats.edges, 13u);
  // iran, islamic republic of iran, iranian foreign ministry, united states, us, america.
  EXPECT_EQ(stats.names, 6u);

  // Everything survives closing and reopening.
  Reopen();
  EXPECT_TRUE(SameStats(Stats(), stats));
  EXPECT_EQ(Bytes(**store_->GetEvent(s.strike.id())), Bytes(s.strike));
}

TEST_F(StoreTest, EdgesInBothDirectionsWithTypeFilter) {
  Sample s;
  Put(s.graph);
  EXPECT_THAT(Edges(s.deny.id(), Direction::kOut),
              ElementsAre(std::make_pair(SOURCE, s.us.id()), std::make_pair(CONTENT, s.strike.id()),
                          std::make_pair(REPORTED_IN, s.doc())));
  EXPECT_THAT(Edges(s.strike.id(), Direction::kIn), ElementsAre(std::make_pair(CONTENT, s.deny.id())));
  EXPECT_THAT(Edges(s.us.id(), Direction::kIn, SOURCE),
              UnorderedElementsAre(std::make_pair(SOURCE, s.strike.id()), std::make_pair(SOURCE, s.deny.id())));
  EXPECT_THAT(Edges(s.us.id(), Direction::kIn, TARGET), ElementsAre(std::make_pair(TARGET, s.accuse.id())));
  EXPECT_THAT(Edges(s.us.id(), Direction::kOut), ElementsAre(std::make_pair(MENTIONED_IN, s.doc())));
  EXPECT_THAT(Edges(s.ministry.id(), Direction::kOut, MEMBER_OF), ElementsAre(std::make_pair(MEMBER_OF, s.iran.id())));
  EXPECT_THAT(Edges(s.iran.id(), Direction::kIn, MEMBER_OF), ElementsAre(std::make_pair(MEMBER_OF, s.ministry.id())));
  EXPECT_TRUE(Edges(s.iran.id(), Direction::kIn, CONTENT).empty());

  // Both copies of an edge carry the same value.
  std::optional<Edge> out = FindEdge(s.deny.id(), CONTENT, s.strike.id(), Direction::kOut);
  std::optional<Edge> in = FindEdge(s.deny.id(), CONTENT, s.strike.id(), Direction::kIn);
  ASSERT_TRUE(out.has_value() && in.has_value());
  EXPECT_EQ(Bytes(*out), Bytes(*in));
  EXPECT_THAT(out->documents(), ElementsAre(s.doc()));

  EXPECT_EQ(Degree(s.us.id(), Direction::kIn), 3u);
  EXPECT_EQ(Degree(s.us.id(), Direction::kIn, SOURCE), 2u);
  EXPECT_EQ(Degree(s.us.id(), Direction::kOut), 1u);
  EXPECT_EQ(Degree(s.doc(), Direction::kIn, REPORTED_IN), 3u);
  EXPECT_EQ(Degree(s.doc(), Direction::kIn, MENTIONED_IN), 3u);
  EXPECT_EQ(Degree(s.doc(), Direction::kOut), 0u);

  int calls = 0;
  ASSERT_TRUE(store_->ForEachEdge(s.doc(), Direction::kIn, std::nullopt, [&](const Edge&) { return ++calls < 2; }).ok());
  EXPECT_EQ(calls, 2);
}

TEST_F(StoreTest, NeighboursFromKeysMatchTheEdges) {
  Sample s;
  Put(s.graph);
  for (uint64_t node : {s.deny.id(), s.us.id(), s.iran.id(), s.doc()}) {
    for (Direction direction : {Direction::kOut, Direction::kIn}) {
      for (std::optional<EdgeType> type : {std::optional<EdgeType>(), std::optional<EdgeType>(SOURCE)}) {
        std::vector<std::pair<EdgeType, uint64_t>> neighbours;
        ASSERT_TRUE(store_->ForEachNeighbor(node, direction, type, [&](uint64_t other, EdgeType edge_type) {
                      neighbours.emplace_back(edge_type, other);
                      return true;
                    }).ok());
        EXPECT_EQ(neighbours, Edges(node, direction, type));
      }
    }
  }
  int calls = 0;
  ASSERT_TRUE(store_->ForEachNeighbor(s.doc(), Direction::kIn, std::nullopt, [&](uint64_t, EdgeType) {
                return ++calls < 2;
              }).ok());
  EXPECT_EQ(calls, 2);
}

TEST_F(StoreTest, PrefixScansStopAtNeighbouringIds) {
  // Ids whose low bytes are 0xff: the scan bound must carry into the next byte, and a node's
  // scan must not return the edges of the node just after it.
  const uint64_t a = 0x02000000000000ffULL, b = 0x0200000000000100ULL, c = 0x02000000000001ffULL;
  DocumentGraph graph = MakeGraph("ids.txt", "text");
  for (uint64_t id : {a, b, c}) {
    Actor actor;
    actor.set_id(id);
    actor.set_name(absl::StrCat("actor ", id));
    *graph.add_actors() = actor;
  }
  *graph.add_edges() = MemberOf(a, b);
  *graph.add_edges() = MemberOf(b, c);
  *graph.add_edges() = MemberOf(c, a);
  Put(graph);
  EXPECT_THAT(Edges(a, Direction::kOut, MEMBER_OF), ElementsAre(std::make_pair(MEMBER_OF, b)));
  EXPECT_THAT(Edges(b, Direction::kOut, MEMBER_OF), ElementsAre(std::make_pair(MEMBER_OF, c)));
  EXPECT_THAT(Edges(b, Direction::kIn), ElementsAre(std::make_pair(MEMBER_OF, a)));
  EXPECT_EQ(Degree(a, Direction::kOut), 2u);  // MEMBER_OF, MENTIONED_IN
  EXPECT_EQ(Degree(a + 2, Direction::kOut), 0u);
}

TEST_F(StoreTest, MergesActorsAcrossDocuments) {
  Actor first = MakeActor("John Kirby", PERSON, {"Kirby"}, 2);
  first.add_roles("spokesman");
  first.set_kind(ACTOR_KIND_UNSPECIFIED);
  DocumentGraph one = MakeGraph("one.txt", "one");
  *one.add_actors() = first;

  Actor second = MakeActor("John Kirby", PERSON, {"Rear Adm Kirby", "Kirby"}, 3);
  second.set_name("Admiral Kirby");
  second.add_roles("rear admiral");
  second.add_roles("spokesman");
  second.add_affiliations(42);
  second.add_affiliation_names("Pentagon");
  second.set_id(first.id());
  DocumentGraph two = MakeGraph("two.txt", "two");
  *two.add_actors() = second;
  *two.add_actors() = second;  // twice in one document: merged within the batch too

  Put(one);
  Put(two);
  auto merged = store_->GetActor(first.id());
  ASSERT_TRUE(merged.ok() && merged->has_value());
  const Actor& actor = **merged;
  EXPECT_EQ(actor.name(), "John Kirby");  // the existing name stays
  EXPECT_EQ(actor.kind(), PERSON);        // an empty kind is filled
  EXPECT_THAT(actor.aliases(), ElementsAre("Kirby", "Admiral Kirby", "Rear Adm Kirby"));
  EXPECT_THAT(actor.roles(), ElementsAre("spokesman", "rear admiral"));
  EXPECT_THAT(actor.affiliations(), ElementsAre(42u));
  EXPECT_THAT(actor.affiliation_names(), ElementsAre("Pentagon"));
  EXPECT_EQ(actor.mention_count(), 2u + 3u + 3u);
  EXPECT_EQ(Stats().actors, 1u);
  EXPECT_THAT(Lookup("admiral kirby"), ElementsAre(first.id()));
  EXPECT_THAT(Edges(first.id(), Direction::kOut, MENTIONED_IN),
              UnorderedElementsAre(std::make_pair(MENTIONED_IN, DocumentId("one.txt")),
                                   std::make_pair(MENTIONED_IN, DocumentId("two.txt"))));
}

TEST_F(StoreTest, NameIndexNormalises) {
  Sample s;
  const Actor person = MakeActor("Iran", PERSON);  // same name, another key space
  ASSERT_NE(person.id(), s.iran.id());
  *s.graph.add_actors() = person;
  Put(s.graph);

  EXPECT_THAT(Lookup("The U.S."), ElementsAre(s.us.id()));
  EXPECT_THAT(Lookup("the U.S.'s"), ElementsAre(s.us.id()));
  EXPECT_THAT(Lookup("UNITED   STATES"), ElementsAre(s.us.id()));
  EXPECT_THAT(Lookup("Iran"), UnorderedElementsAre(s.iran.id(), person.id()));
  EXPECT_TRUE(Lookup("Ira").empty());  // exact names only
  EXPECT_TRUE(Lookup("").empty());

  std::set<std::pair<std::string, uint64_t>> found;
  ASSERT_TRUE(store_->ForEachNameWithPrefix("Ira", [&](const std::string& name, uint64_t id) {
                       found.emplace(name, id);
                       return true;
                     }).ok());
  EXPECT_THAT(found, UnorderedElementsAre(std::make_pair("iran", s.iran.id()), std::make_pair("iran", person.id()),
                                          std::make_pair("iranian foreign ministry", s.ministry.id())));
  found.clear();
  ASSERT_TRUE(store_->ForEachNameWithPrefix("Iran ", [&](const std::string& name, uint64_t id) {
                       found.emplace(name, id);
                       return true;
                     }).ok());
  EXPECT_TRUE(found.empty());  // "iranian" does not follow the word "iran"
  int calls = 0;
  ASSERT_TRUE(store_->ForEachNameWithPrefix("", [&](const std::string&, uint64_t) { return ++calls < 3; }).ok());
  EXPECT_EQ(calls, 3);
}

TEST_F(StoreTest, ReingestingTheSameDocumentWritesNothing) {
  Sample s;
  EXPECT_EQ(Put(s.graph), PutOutcome::kAdded);
  const StoreStats before = Stats();
  EXPECT_EQ(Put(s.graph), PutOutcome::kUnchanged);
  EXPECT_TRUE(SameStats(Stats(), before));
  EXPECT_EQ((*store_->GetActor(s.us.id()))->mention_count(), 3u);  // not counted twice
  auto edge = FindEdge(s.ministry.id(), MEMBER_OF, s.iran.id(), Direction::kOut);
  ASSERT_TRUE(edge.has_value());
  EXPECT_THAT(edge->documents(), ElementsAre(s.doc()));
}

TEST_F(StoreTest, ReplacesAChangedDocument) {
  Sample s;
  // Another document supports the same MEMBER_OF edge and mentions Iran.
  DocumentGraph other = MakeGraph("b.txt", "other");
  *other.add_actors() = s.iran;
  *other.add_actors() = s.ministry;
  *other.add_edges() = MemberOf(s.ministry.id(), s.iran.id());
  // ... and reports a.txt's accusation as the content of its own statement.
  const Event report = MakeEvent("b.txt", "said", STATEMENT, s.iran.id(), 0, s.accuse.id());
  *other.add_events() = report;
  Put(s.graph);
  Put(other);
  const uint64_t other_doc = other.document().id();

  // a.txt changes: only a new protest by Iran, and the strike (same id) now targets the ministry.
  DocumentGraph changed = MakeGraph("a.txt", "Iran protested ... struck");
  const Event protest = MakeEvent("a.txt", "protested", PROTEST, s.iran.id());
  Event strike = s.strike;
  strike.set_target(s.ministry.id());
  *changed.add_actors() = s.iran;
  *changed.add_actors() = s.ministry;
  *changed.add_events() = protest;
  *changed.add_events() = strike;
  EXPECT_EQ(Put(changed), PutOutcome::kReplaced);

  EXPECT_EQ((*store_->FindDocument("a.txt"))->content_hash(), changed.document().content_hash());
  // Old events are gone with their class entries and edges, both directions.
  EXPECT_FALSE(store_->GetEvent(s.accuse.id())->has_value());
  EXPECT_FALSE(store_->GetEvent(s.deny.id())->has_value());
  EXPECT_TRUE(EventsOfClass(ACCUSE).empty());
  EXPECT_TRUE(EventsOfClass(DENY).empty());
  EXPECT_THAT(EventsOfClass(PROTEST), ElementsAre(protest.id()));
  EXPECT_THAT(EventsOfClass(ASSAULT), ElementsAre(strike.id()));
  EXPECT_TRUE(Edges(s.strike.id(), Direction::kIn).empty());  // deny's CONTENT edge
  EXPECT_THAT(Edges(report.id(), Direction::kOut),              // no dangling edge from b.txt
              ElementsAre(std::make_pair(SOURCE, s.iran.id()), std::make_pair(REPORTED_IN, other_doc)));
  EXPECT_THAT(Edges(s.us.id(), Direction::kIn), ElementsAre(std::make_pair(SOURCE, strike.id())));
  EXPECT_THAT(Edges(s.iran.id(), Direction::kIn, TARGET), ::testing::IsEmpty());
  EXPECT_THAT(Edges(s.ministry.id(), Direction::kIn, TARGET), ElementsAre(std::make_pair(TARGET, strike.id())));
  EXPECT_THAT(Edges(s.doc(), Direction::kIn, REPORTED_IN),
              UnorderedElementsAre(std::make_pair(REPORTED_IN, protest.id()), std::make_pair(REPORTED_IN, strike.id())));
  // The US is no longer mentioned by a.txt, but actors are kept.
  EXPECT_TRUE(Edges(s.us.id(), Direction::kOut, MENTIONED_IN).empty());
  EXPECT_TRUE(store_->GetActor(s.us.id())->has_value());
  // The MEMBER_OF edge stays, supported by b.txt only, in both copies.
  for (Direction direction : {Direction::kOut, Direction::kIn}) {
    auto edge = FindEdge(s.ministry.id(), MEMBER_OF, s.iran.id(), direction);
    ASSERT_TRUE(edge.has_value());
    EXPECT_THAT(edge->documents(), ElementsAre(other_doc));
  }

  // b.txt changes too and drops the edge: with no document left, the edge goes.
  DocumentGraph other_changed = MakeGraph("b.txt", "other, changed");
  *other_changed.add_actors() = s.iran;
  EXPECT_EQ(Put(other_changed), PutOutcome::kReplaced);
  EXPECT_FALSE(FindEdge(s.ministry.id(), MEMBER_OF, s.iran.id(), Direction::kOut).has_value());
  EXPECT_FALSE(FindEdge(s.ministry.id(), MEMBER_OF, s.iran.id(), Direction::kIn).has_value());

  EXPECT_FALSE(store_->GetEvent(report.id())->has_value());

  const StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_EQ(stats.events, 2u);
  // protest: SOURCE REPORTED_IN; strike: SOURCE TARGET REPORTED_IN; MENTIONED_IN: iran and
  // ministry in a.txt, iran in b.txt.
  EXPECT_EQ(stats.edges, 8u);
}

TEST_F(StoreTest, StreamsNodesAndDocumentsAndStops) {
  Sample s;
  Put(s.graph);
  Put(MakeGraph("b.txt", "b"));
  std::vector<std::string> names;
  ASSERT_TRUE(store_->ForEachDocument([&](const Document& d) {
                       names.push_back(d.name());
                       return true;
                     }).ok());
  EXPECT_THAT(names, UnorderedElementsAre("a.txt", "b.txt"));
  int actors = 0, events = 0;
  ASSERT_TRUE(store_->ForEachActor([&](const Actor&) { return ++actors > 0; }).ok());
  ASSERT_TRUE(store_->ForEachEvent([&](const Event&) { return ++events > 0; }).ok());
  EXPECT_EQ(actors, 3);
  EXPECT_EQ(events, 3);
  actors = 0;
  ASSERT_TRUE(store_->ForEachActor([&](const Actor&) { return ++actors < 2; }).ok());
  EXPECT_EQ(actors, 2);
  EXPECT_THAT(EventsOfClass(ASSAULT), ElementsAre(s.strike.id()));
  EXPECT_TRUE(EventsOfClass(AID).empty());
}

TEST_F(StoreTest, RejectsInvalidGraphs) {
  DocumentGraph no_name = MakeGraph("", "x");
  EXPECT_EQ(store_->PutDocumentGraph(no_name).status().code(), absl::StatusCode::kInvalidArgument);
  DocumentGraph bad_edge = MakeGraph("x.txt", "x");
  bad_edge.add_edges()->set_from(1);
  EXPECT_EQ(store_->PutDocumentGraph(bad_edge).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Stats().documents, 0u);
}

TEST_F(StoreTest, AFailedBatchLeavesNothingOfTheDocument) {
  auto fail = std::make_shared<bool>(false);
  StoreOptions options;
  int hook_calls = 0;
  options.before_write_for_testing = [&, fail]() -> absl::Status {
    ++hook_calls;
    if (!*fail) return absl::OkStatus();
    // Everything the document needs has been read and staged: nothing of it is visible yet.
    EXPECT_FALSE(store_->FindDocument("b.txt")->has_value());
    return absl::UnavailableError("injected write failure");
  };
  Reopen(options);
  Sample s;
  Put(s.graph);
  const StoreStats before = Stats();

  *fail = true;
  DocumentGraph other = MakeGraph("b.txt", "new");
  const Actor newcomer = MakeActor("Hezbollah", ARMED_GROUP);
  *other.add_actors() = newcomer;
  *other.add_actors() = s.us;
  *other.add_events() = MakeEvent("b.txt", "fired", ASSAULT, newcomer.id(), s.us.id());
  *other.add_edges() = MemberOf(s.ministry.id(), s.iran.id());
  auto outcome = store_->PutDocumentGraph(other);
  EXPECT_EQ(outcome.status().code(), absl::StatusCode::kUnavailable) << outcome.status();
  EXPECT_THAT(std::string(outcome.status().message()), HasSubstr("injected write failure"));

  DocumentGraph changed = MakeGraph("a.txt", "changed");
  EXPECT_FALSE(store_->PutDocumentGraph(changed).ok());
  EXPECT_EQ(hook_calls, 3);

  EXPECT_TRUE(SameStats(Stats(), before));
  EXPECT_FALSE(store_->FindDocument("b.txt")->has_value());
  EXPECT_FALSE(store_->GetActor(newcomer.id())->has_value());
  EXPECT_TRUE(Lookup("Hezbollah").empty());
  EXPECT_EQ((*store_->GetActor(s.us.id()))->mention_count(), 3u);
  EXPECT_THAT(FindEdge(s.ministry.id(), MEMBER_OF, s.iran.id(), Direction::kOut)->documents(), ElementsAre(s.doc()));
  EXPECT_EQ((*store_->FindDocument("a.txt"))->content_hash(), s.graph.document().content_hash());
  EXPECT_TRUE(store_->GetEvent(s.deny.id())->has_value());

  *fail = false;
  EXPECT_EQ(Put(other), PutOutcome::kAdded);
  EXPECT_EQ(Stats().documents, 2u);
}

}  // namespace
}  // namespace kg::graph
