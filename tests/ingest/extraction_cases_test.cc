// Sentence-level tests of the extractor: the cases of extraction_cases.txt (see its header for
// the format), one parameterised test per case, named by the line of its text ("line_123").
// Every case is extracted by one shared Extractor with the data of the source tree.
//
// A case with a `! known-failure: reason` line is expected to fail today: when it fails it is
// reported as skipped with the reason; when it passes, the test fails and asks for the marker to
// be removed, so the list of known failures stays honest.
//
// KG_CASES=path runs another case file (same format); KG_CASES_VERBOSE=1 prints what was
// extracted for every case, passing or not.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "ingest/extractor.h"
#include "kg.pb.h"

namespace kg::ingest {
namespace {

constexpr char kCasesPath[] = KG_SOURCE_DIR "/tests/ingest/extraction_cases.txt";
constexpr char kDataDir[] = KG_SOURCE_DIR "/data";

// ---------------------------------------------------------------------------------------------
// The case file.

// One expected event: CLASS SOURCE [-> TARGET] [[CONTENT]].
struct EventSpec {
  std::string event_class;  // upper case, e.g. "ASSAULT"
  std::string source;       // "?" = any (or none)
  std::string target;       // "?" = any (or none); also "?" when the line gives no "->"
  std::shared_ptr<EventSpec> content;  // the content of a DENY/STATEMENT, when given
};

enum class ExpectKind {
  kPresent,          // "= ...": an asserted event matches
  kPresentAny,       // "=? ...": an event matches, asserted or not
  kAbsentAsserted,   // "=! ...": no asserted event matches
  kNone,             // "= none": no event but STATEMENT (and unasserted STATEMENT contents)
};

struct Expectation {
  ExpectKind kind;
  EventSpec spec;      // unused for kNone
  std::string text;    // the line as written, for messages
};

struct Case {
  int line = 0;        // line of the '>' text
  std::string text;
  std::vector<Expectation> expectations;
  bool known_failure = false;
  std::string known_failure_reason;
  std::string parse_error;  // non-empty: the block is malformed (reported as a failure)
};

// gtest prints a failing parameter with this (instead of its bytes).
void PrintTo(const Case& c, std::ostream* os) { *os << "line " << c.line << ": " << c.text; }

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Parses "CLASS SOURCE -> TARGET [CONTENT]" (target and content optional).
bool ParseSpec(const std::string& raw, EventSpec* spec, std::string* error) {
  std::string s = Trim(raw);
  // Content: from the first '[' to the matching last ']'.
  size_t open = s.find('[');
  if (open != std::string::npos) {
    size_t close = s.rfind(']');
    if (close == std::string::npos || close < open) {
      *error = "unbalanced [ ] in '" + raw + "'";
      return false;
    }
    if (!Trim(s.substr(close + 1)).empty()) {
      *error = "text after ] in '" + raw + "'";
      return false;
    }
    auto content = std::make_shared<EventSpec>();
    if (!ParseSpec(s.substr(open + 1, close - open - 1), content.get(), error)) return false;
    spec->content = std::move(content);
    s = Trim(s.substr(0, open));
  }
  size_t space = s.find_first_of(" \t");
  spec->event_class = Upper(s.substr(0, space));
  std::string rest = space == std::string::npos ? "" : Trim(s.substr(space));
  size_t arrow = rest.find("->");
  if (arrow == std::string::npos) {
    spec->source = rest;
    spec->target = "?";
  } else {
    spec->source = Trim(rest.substr(0, arrow));
    spec->target = Trim(rest.substr(arrow + 2));
  }
  if (spec->event_class.empty() || spec->source.empty() || spec->target.empty()) {
    *error = "expected 'CLASS SOURCE -> TARGET' in '" + raw + "'";
    return false;
  }
  if (EventClass cls; !EventClass_Parse(spec->event_class, &cls) || cls == EVENT_CLASS_UNSPECIFIED) {
    *error = "unknown class '" + spec->event_class + "' in '" + raw + "'";
    return false;
  }
  return true;
}

std::vector<Case> ParseCases(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return {};
  }
  std::vector<Case> cases;
  Case current;
  bool open = false;
  auto finish = [&] {
    if (open) {
      if (current.text.empty() && current.parse_error.empty())
        current.parse_error = "block without a '>' text line";
      if (current.expectations.empty() && current.parse_error.empty())
        current.parse_error = "case without expectations";
      cases.push_back(std::move(current));
    }
    current = Case();
    open = false;
  };
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string t = Trim(line);
    if (t.empty()) {
      finish();
      continue;
    }
    if (t[0] == '#') continue;
    if (!open) {
      open = true;
      current.line = number;
    }
    if (t[0] == '>') {
      if (!current.text.empty()) {
        current.parse_error = "two '>' lines in one block (line " + std::to_string(number) + ")";
        continue;
      }
      current.text = Trim(t.substr(1));
      current.line = number;
    } else if (t.rfind("! known-failure", 0) == 0) {
      current.known_failure = true;
      size_t colon = t.find(':');
      current.known_failure_reason = colon == std::string::npos ? "" : Trim(t.substr(colon + 1));
    } else if (t[0] == '=') {
      Expectation e;
      e.text = t;
      std::string body;
      if (t.rfind("=?", 0) == 0) {
        e.kind = ExpectKind::kPresentAny;
        body = t.substr(2);
      } else if (t.rfind("=!", 0) == 0) {
        e.kind = ExpectKind::kAbsentAsserted;
        body = t.substr(2);
      } else {
        e.kind = ExpectKind::kPresent;
        body = t.substr(1);
      }
      if (e.kind == ExpectKind::kPresent && Upper(Trim(body)) == "NONE") {
        e.kind = ExpectKind::kNone;
      } else {
        std::string err;
        if (!ParseSpec(body, &e.spec, &err)) {
          current.parse_error = "line " + std::to_string(number) + ": " + err;
          continue;
        }
      }
      current.expectations.push_back(std::move(e));
    } else {
      current.parse_error = "line " + std::to_string(number) + ": unrecognised line '" + t + "'";
    }
  }
  finish();
  return cases;
}

std::string CasesPath() {
  const char* override_path = std::getenv("KG_CASES");
  return override_path != nullptr && *override_path != '\0' ? override_path : kCasesPath;
}

const std::vector<Case>& AllCases() {
  static const std::vector<Case>* cases = [] {
    std::string error;
    auto* parsed = new std::vector<Case>(ParseCases(CasesPath(), &error));
    if (!error.empty()) {
      Case broken;
      broken.parse_error = error;
      parsed->push_back(broken);
    }
    return parsed;
  }();
  return *cases;
}

// ---------------------------------------------------------------------------------------------
// Matching against a DocumentGraph.

// Case-folded, without dots, a possessive 's and a leading "the" (as the scorer compares names).
std::string NormalizeName(const std::string& name) {
  std::string s;
  for (char c : name) {
    if (c == '.') continue;
    s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  s = Trim(s);
  if (s.size() > 2 && (s.compare(s.size() - 2, 2, "'s") == 0)) s.resize(s.size() - 2);
  if (s.rfind("the ", 0) == 0) s = Trim(s.substr(4));
  return s;
}

class GraphView {
 public:
  explicit GraphView(const DocumentGraph& graph) : graph_(graph) {
    for (const Actor& a : graph.actors()) actors_[a.id()] = &a;
    for (const Event& e : graph.events()) events_[e.id()] = &e;
    for (const Event& e : graph.events())
      if (e.event_class() == STATEMENT && e.content() != 0) statement_contents_.insert(e.content());
  }

  const Actor* FindActor(uint64_t id) const {
    auto it = actors_.find(id);
    return it == actors_.end() ? nullptr : it->second;
  }
  const Event* FindEvent(uint64_t id) const {
    auto it = events_.find(id);
    return it == events_.end() ? nullptr : it->second;
  }
  bool IsStatementContent(uint64_t id) const { return statement_contents_.count(id) > 0; }

  // Every written form of the actor: name, aliases, and those of its affiliations (transitively;
  // affiliation_names too, for affiliations that are not in the graph).
  std::set<std::string> Forms(uint64_t id) const {
    std::set<std::string> forms;
    std::set<uint64_t> seen;
    std::vector<uint64_t> todo = {id};
    while (!todo.empty()) {
      uint64_t current = todo.back();
      todo.pop_back();
      if (!seen.insert(current).second) continue;
      const Actor* a = FindActor(current);
      if (a == nullptr) continue;
      forms.insert(NormalizeName(a->name()));
      for (const auto& alias : a->aliases()) forms.insert(NormalizeName(alias));
      for (const auto& name : a->affiliation_names()) forms.insert(NormalizeName(name));
      for (uint64_t up : a->affiliations()) todo.push_back(up);
    }
    return forms;
  }

  bool ActorMatches(const std::string& expected, uint64_t id) const {
    if (expected == "?") return true;
    if (id == 0) return false;
    return Forms(id).count(NormalizeName(expected)) > 0;
  }

  static bool Quoted(const std::string& expected) {
    return expected.size() >= 2 && expected.front() == '"' && expected.back() == '"';
  }

  // A quoted target ("the building") is a thing, matched against the event's target phrase.
  bool TargetMatches(const std::string& expected, const Event& e) const {
    if (Quoted(expected)) return e.target() == 0 && e.target_phrase() == expected.substr(1, expected.size() - 2);
    return ActorMatches(expected, e.target());
  }

  // A quoted source ("the report") is a document that speaks, matched against the source phrase.
  bool SourceMatches(const std::string& expected, const Event& e) const {
    if (Quoted(expected)) return e.source() == 0 && e.source_phrase() == expected.substr(1, expected.size() - 2);
    return ActorMatches(expected, e.source());
  }

  // Whether `e` fits `spec` (asserted or not: the caller checks that). COOPERATE, CONSULT and
  // AGREE match either way round, as in the scorer.
  bool Matches(const EventSpec& spec, const Event& e, int depth = 0) const {
    if (depth > 8) return false;
    if (EventClass_Name(e.event_class()) != spec.event_class) return false;
    bool actors = SourceMatches(spec.source, e) && TargetMatches(spec.target, e);
    if (!actors && (e.event_class() == COOPERATE || e.event_class() == CONSULT ||
                    e.event_class() == AGREE)) {
      actors = ActorMatches(spec.source, e.target()) && ActorMatches(spec.target, e.source());
    }
    if (!actors) return false;
    if (spec.content) {
      const Event* content = FindEvent(e.content());
      if (content == nullptr || !Matches(*spec.content, *content, depth + 1)) return false;
    }
    return true;
  }

  std::string ActorText(uint64_t id) const {
    if (id == 0) return "-";
    const Actor* a = FindActor(id);
    if (a == nullptr) return "#" + std::to_string(id);
    std::string s = a->name();
    std::vector<std::string> ups;
    for (const auto& n : a->affiliation_names()) ups.push_back(n);
    if (!ups.empty()) {
      s += " (";
      for (size_t i = 0; i < ups.size(); ++i) s += (i ? ", " : "") + ups[i];
      s += ")";
    }
    return s;
  }

  std::string EventText(const Event& e, int depth = 0) const {
    std::string target = e.target() == 0 && !e.target_phrase().empty() ? "\"" + e.target_phrase() + "\""
                                                                        : ActorText(e.target());
    std::string source = e.source() == 0 && !e.source_phrase().empty() ? "\"" + e.source_phrase() + "\""
                                                                        : ActorText(e.source());
    std::string s = EventClass_Name(e.event_class()) + " " + source + " -> " + target;
    if (e.content() != 0) {
      const Event* content = FindEvent(e.content());
      s += " [" + (content == nullptr || depth > 4 ? std::string("?") : EventText(*content, depth + 1)) + "]";
    }
    return s;
  }

  std::string Describe() const {
    std::ostringstream out;
    if (graph_.events().empty()) out << "    (no events)\n";
    for (const Event& e : graph_.events()) {
      out << "    " << (e.asserted() ? "  " : "~ ") << EventText(e) << "   {"
          << Modality_Name(e.modality())
          << (e.polarity() == NEGATIVE ? ", negative" : "") << ", trigger '" << e.trigger()
          << "', rule " << e.provenance().rule() << "}\n";
    }
    out << "  actors:";
    for (const Actor& a : graph_.actors()) out << " [" << ActorText(a.id()) << "]";
    out << "\n";
    return out.str();
  }

  const DocumentGraph& graph() const { return graph_; }

 private:
  const DocumentGraph& graph_;
  std::unordered_map<uint64_t, const Actor*> actors_;
  std::unordered_map<uint64_t, const Event*> events_;
  std::set<uint64_t> statement_contents_;
};

// The problems of one case (empty: it passes).
std::vector<std::string> Check(const Case& c, const GraphView& view) {
  std::vector<std::string> problems;
  for (const Expectation& x : c.expectations) {
    switch (x.kind) {
      case ExpectKind::kPresent:
      case ExpectKind::kPresentAny: {
        bool found = false;
        for (const Event& e : view.graph().events()) {
          if (x.kind == ExpectKind::kPresent && !e.asserted()) continue;
          if (view.Matches(x.spec, e)) {
            found = true;
            break;
          }
        }
        if (!found) problems.push_back("missing: " + x.text);
        break;
      }
      case ExpectKind::kAbsentAsserted:
        for (const Event& e : view.graph().events()) {
          if (e.asserted() && view.Matches(x.spec, e)) {
            problems.push_back("unexpected asserted event for " + x.text + ": " + view.EventText(e));
            break;
          }
        }
        break;
      case ExpectKind::kNone:
        for (const Event& e : view.graph().events()) {
          if (e.event_class() == STATEMENT) continue;
          if (!e.asserted() && view.IsStatementContent(e.id())) continue;
          problems.push_back("'= none' but got: " + view.EventText(e));
        }
        break;
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The tests.

const Extractor* SharedExtractor(std::string* error) {
  static std::string* create_error = new std::string();
  static const Extractor* extractor = [] {
    ExtractorOptions options;
    options.data_dir = kDataDir;
    auto created = Extractor::Create(options);
    if (!created.ok()) {
      *create_error = std::string(created.status().message());
      return static_cast<const Extractor*>(nullptr);
    }
    return static_cast<const Extractor*>(created->release());
  }();
  *error = *create_error;
  return extractor;
}

class ExtractionCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(ExtractionCaseTest, Holds) {
  const Case& c = GetParam();
  ASSERT_TRUE(c.parse_error.empty()) << CasesPath() << ": case at line " << c.line << ": "
                                     << c.parse_error;
  std::string error;
  const Extractor* extractor = SharedExtractor(&error);
  ASSERT_NE(extractor, nullptr) << "Extractor::Create: " << error;

  RawDocument doc;
  doc.name = "case_" + std::to_string(c.line) + ".txt";
  doc.path = CasesPath();
  doc.title = "Case " + std::to_string(c.line);  // so that the case's text is not taken as a title
  doc.text = c.text;
  auto graph = extractor->Extract(doc);
  ASSERT_TRUE(graph.ok()) << graph.status();
  GraphView view(*graph);
  std::vector<std::string> problems = Check(c, view);

  std::ostringstream report;
  report << CasesPath() << ":" << c.line << "\n  > " << c.text << "\n";
  for (const auto& p : problems) report << "  " << p << "\n";
  report << "  predicted events (~ = not asserted):\n" << view.Describe();

  if (std::getenv("KG_CASES_VERBOSE") != nullptr) std::cout << report.str();
  if (c.known_failure) {
    if (!problems.empty())
      GTEST_SKIP() << "known failure: " << c.known_failure_reason << "\n" << report.str();
    ADD_FAILURE() << "known-failure case now passes: remove the '! known-failure' marker ("
                  << c.known_failure_reason << ")\n"
                  << report.str();
    return;
  }
  EXPECT_TRUE(problems.empty()) << report.str();
}

// The format itself, on a small inline file.
TEST(ExtractionCasesFormat, Parses) {
  std::string path = ::testing::TempDir() + "/kg_cases_format.txt";
  {
    std::ofstream out(path);
    out << "# header\n\n"
           "# a comment\n"
           "> Iran denied helping Hamas.\n"
           "= DENY Iran [AID Iran -> Hamas]\n"
           "=? AID Iran -> ?\n"
           "=! AID Iran -> Hamas\n"
           "! known-failure: not yet\n\n"
           "> It rained.\n= none\n";
  }
  std::string error;
  std::vector<Case> cases = ParseCases(path, &error);
  ASSERT_TRUE(error.empty()) << error;
  ASSERT_EQ(cases.size(), 2u);
  EXPECT_EQ(cases[0].line, 4);
  EXPECT_EQ(cases[0].text, "Iran denied helping Hamas.");
  EXPECT_TRUE(cases[0].parse_error.empty()) << cases[0].parse_error;
  ASSERT_EQ(cases[0].expectations.size(), 3u);
  const EventSpec& deny = cases[0].expectations[0].spec;
  EXPECT_EQ(deny.event_class, "DENY");
  EXPECT_EQ(deny.source, "Iran");
  EXPECT_EQ(deny.target, "?");
  ASSERT_TRUE(deny.content != nullptr);
  EXPECT_EQ(deny.content->event_class, "AID");
  EXPECT_EQ(deny.content->target, "Hamas");
  EXPECT_EQ(cases[0].expectations[1].kind, ExpectKind::kPresentAny);
  EXPECT_EQ(cases[0].expectations[2].kind, ExpectKind::kAbsentAsserted);
  EXPECT_TRUE(cases[0].known_failure);
  EXPECT_EQ(cases[0].known_failure_reason, "not yet");
  EXPECT_EQ(cases[1].expectations[0].kind, ExpectKind::kNone);
  EXPECT_EQ(NormalizeName("The U.S."), "us");
  EXPECT_EQ(NormalizeName("Iran's"), "iran");
}

TEST(ExtractionCasesFile, HasCases) {
  EXPECT_GE(AllCases().size(), 170u) << CasesPath();
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  return "line_" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Extraction, ExtractionCaseTest, ::testing::ValuesIn(AllCases()),
                         CaseName);

}  // namespace
}  // namespace kg::ingest
