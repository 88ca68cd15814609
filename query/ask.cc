// Ask: a small grammar of English questions over the event classes, compiled to Cypher.
// Verbs and nouns go to event classes through the event lexicon (data/events.tsv, or
// $KG_DATA_DIR/events.tsv); actor phrases go to actors through the store's name index.
#include <cstdlib>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "graph/ids.h"
#include "proto/vocabulary.h"
#include "query/ask_internal.h"
#include "query/engine.h"
#include "query/query.h"
#include "query/status_macros.h"

namespace kg::query {
namespace {

constexpr char kForms[] =
    "Questions kg ask can read (VERB and NOUN are any verb or noun of the event lexicon, ACTOR any "
    "actor name or alias, KINDS an actor kind such as countries, people, groups):\n"
    "  who VERBED whom                  who attacked whom, who accused whom, who threatened whom\n"
    "  who VERBED NOUN with whom        who denied coordination with whom\n"
    "  who VERBED NOUN with ACTOR       who denied coordination with Iran\n"
    "  who VERBED what                  who denied what\n"
    "  who VERBED ACTOR                 who supports Syria, who attacked Iraq\n"
    "  which KINDS VERBED [with] ACTOR  which countries cooperated with Iraq\n"
    "  who did ACTOR VERB               who did Iran accuse\n"
    "  what did ACTOR VERB              what did Iran deny\n"
    "  how is ACTOR connected to ACTOR  how is Kerry connected to Afkham";

struct LexiconCache {
  std::mutex mu;
  std::string path;
  std::optional<EventLexicon> lexicon;
  std::string error;
};

std::string LexiconPath() {
  const char* dir = std::getenv("KG_DATA_DIR");
  std::string base = dir && *dir ? dir : KG_DEFAULT_DATA_DIR;
  return base + "/events.tsv";
}

// Built-in fallbacks, used only when the lexicon does not know a word.
const std::vector<std::pair<const char*, EventClass>>& BuiltinVerbs() {
  static const auto* v = new std::vector<std::pair<const char*, EventClass>>{
      {"attack", ASSAULT},     {"strike", ASSAULT},   {"bomb", ASSAULT},      {"kill", ASSAULT},
      {"deny", DENY},          {"accuse", ACCUSE},    {"blame", ACCUSE},      {"criticize", ACCUSE},
      {"criticise", ACCUSE},   {"condemn", ACCUSE},   {"threaten", THREATEN}, {"support", SUPPORT},
      {"back", SUPPORT},       {"praise", SUPPORT},   {"cooperate", COOPERATE}, {"coordinate", COOPERATE},
      {"collaborate", COOPERATE}, {"meet", CONSULT},  {"visit", CONSULT},     {"help", AID},
      {"aid", AID},            {"arm", AID},          {"sanction", SANCTION}, {"reject", REJECT},
      {"refuse", REJECT},      {"urge", REQUEST},     {"demand", REQUEST},    {"ask", REQUEST},
      {"protest", PROTEST},    {"arrest", COERCE},    {"agree", AGREE},       {"sign", AGREE},
      {"withdraw", RETREAT},   {"release", CONCEDE},  {"deploy", MOBILIZE},   {"say", STATEMENT}};
  return *v;
}
const std::vector<std::pair<const char*, EventClass>>& BuiltinNouns() {
  static const auto* v = new std::vector<std::pair<const char*, EventClass>>{
      {"coordination", COOPERATE}, {"cooperation", COOPERATE}, {"collaboration", COOPERATE},
      {"attack", ASSAULT},         {"strike", ASSAULT},        {"airstrike", ASSAULT},
      {"talk", CONSULT},           {"meeting", CONSULT},       {"support", SUPPORT},
      {"aid", AID},                {"help", AID},              {"threat", THREATEN},
      {"accusation", ACCUSE},      {"sanction", SANCTION},     {"agreement", AGREE},
      {"involvement", COOPERATE},  {"contact", CONSULT},       {"deal", AGREE}};
  return *v;
}

bool IsPreposition(const std::string& w) {
  static const std::set<std::string> kPreps = {"with", "to", "against", "on", "at", "of", "for", "from", "by", "in", "into", "about"};
  return kPreps.count(w) > 0;
}
bool IsAuxiliary(const std::string& w) {
  static const std::set<std::string> kAux = {"did", "does", "do", "has", "have", "had", "is", "was", "are", "were", "will", "would"};
  return kAux.count(w) > 0;
}

std::optional<ActorKind> KindWord(const std::string& w) {
  static const std::vector<std::pair<const char*, ActorKind>> kWords = {
      {"country", COUNTRY},       {"countries", COUNTRY},       {"nation", COUNTRY},     {"nations", COUNTRY},
      {"state", COUNTRY},         {"states", COUNTRY},          {"person", PERSON},      {"people", PERSON},
      {"persons", PERSON},        {"officials", PERSON},        {"leaders", PERSON},     {"government", GOVERNMENT},
      {"governments", GOVERNMENT}, {"military", MILITARY},      {"militaries", MILITARY}, {"forces", MILITARY},
      {"group", ARMED_GROUP},     {"groups", ARMED_GROUP},      {"militias", ARMED_GROUP}, {"rebels", ARMED_GROUP},
      {"organization", ORGANIZATION}, {"organizations", ORGANIZATION}, {"organisation", ORGANIZATION},
      {"organisations", ORGANIZATION}, {"coalition", COALITION}, {"coalitions", COALITION}, {"party", PARTY},
      {"parties", PARTY},         {"company", COMPANY},         {"companies", COMPANY},  {"media", MEDIA},
      {"outlets", MEDIA},         {"places", LOCATION},         {"cities", LOCATION},    {"locations", LOCATION},
      {"actors", ACTOR_KIND_UNSPECIFIED}, {"actor", ACTOR_KIND_UNSPECIFIED}};
  for (const auto& [word, kind] : kWords)
    if (w == word) return kind;
  return std::nullopt;
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

bool Symmetric(EventClass c) { return c == COOPERATE || c == CONSULT || c == AGREE; }

}  // namespace

// ---------------------------------------------------------------- vocabulary

const EventLexicon* QuestionLexicon(std::string* error) {
  static LexiconCache* cache = new LexiconCache();
  std::lock_guard<std::mutex> lock(cache->mu);
  std::string path = LexiconPath();
  if (cache->path != path || !cache->lexicon) {
    cache->path = path;
    auto lexicon = EventLexicon::LoadFile(path);
    if (lexicon.ok()) {
      cache->lexicon = std::move(*lexicon);
      cache->error.clear();
    } else {
      cache->lexicon.reset();
      cache->error = std::string(lexicon.status().message());
    }
  }
  *error = cache->error;
  return cache->lexicon ? &*cache->lexicon : nullptr;
}

std::optional<EventClass> WordClass(const std::string& word, bool noun) {
  std::string error;
  const EventLexicon* lexicon = QuestionLexicon(&error);
  std::vector<std::string> lemmas = EventLexicon::GuessLemmas(word);
  static const std::vector<std::pair<const char*, const char*>> kIrregular = {
      {"met", "meet"},     {"struck", "strike"}, {"fought", "fight"},   {"held", "hold"},     {"sought", "seek"},
      {"said", "say"},     {"told", "tell"},     {"led", "lead"},       {"gave", "give"},     {"given", "give"},
      {"took", "take"},    {"taken", "take"},    {"brought", "bring"},  {"shot", "shoot"},    {"sent", "send"},
      {"made", "make"},    {"spoke", "speak"},   {"broke", "break"},    {"withdrew", "withdraw"},
      {"withdrawn", "withdraw"}, {"sold", "sell"}, {"won", "win"},      {"saw", "see"},       {"seen", "see"},
      {"threw", "throw"},  {"beat", "beat"},     {"hit", "hit"},        {"bore", "bear"},     {"drove", "drive"},
      {"rode", "ride"},    {"stood", "stand"},   {"kept", "keep"},      {"left", "leave"},    {"froze", "freeze"},
      {"slew", "slay"},    {"undertook", "undertake"}, {"overthrew", "overthrow"}, {"forbade", "forbid"}};
  for (const auto& [form, lemma] : kIrregular)
    if (lemmas.front() == form) lemmas.insert(lemmas.begin(), lemma);
  if (lexicon) {
    for (TriggerPos pos : noun ? std::vector<TriggerPos>{TriggerPos::kNoun, TriggerPos::kVerb}
                               : std::vector<TriggerPos>{TriggerPos::kVerb}) {
      for (const auto& lemma : lemmas) {
        const auto& entries = lexicon->Lookup(lemma, pos);
        if (!entries.empty()) return entries.front().event_class;
      }
    }
  }
  for (const auto& lemma : lemmas) {
    for (const auto& [w, c] : noun ? BuiltinNouns() : BuiltinVerbs())
      if (lemma == w) return c;
    if (noun)
      for (const auto& [w, c] : BuiltinVerbs())
        if (lemma == w) return c;
    if (auto c = EventClassFromName(lemma)) return c;
  }
  return std::nullopt;
}

absl::StatusOr<std::vector<std::string>> ActorNames(const graph::Store& store, const std::string& phrase) {
  auto ids = store.LookupName(phrase);
  if (!ids.ok()) return ids.status();
  std::vector<uint64_t> found = *ids;
  if (found.empty()) {
    std::string prefix = graph::NormalizeName(phrase);
    if (!prefix.empty()) {
      absl::Status s = store.ForEachNameWithPrefix(prefix + " ", [&](const std::string&, uint64_t id) {
        found.push_back(id);
        return found.size() < 50;
      });
      if (!s.ok()) return s;
    }
  }
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (uint64_t id : found) {
    auto actor = store.GetActor(id);
    if (!actor.ok()) return actor.status();
    if (actor->has_value() && seen.insert((*actor)->name()).second) names.push_back((*actor)->name());
  }
  if (names.empty())
    return absl::NotFoundError(absl::StrCat("no actor named '", phrase, "' in the store"));
  return names;
}

std::string QuoteCypher(const std::string& s) { return Quote(s); }

namespace {

std::string NameList(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  for (const auto& n : names) quoted.push_back(Quote(n));
  return absl::StrCat("[", absl::StrJoin(quoted, ", "), "]");
}

std::string KindLabelText(std::optional<ActorKind> kind) {
  if (!kind || *kind == ACTOR_KIND_UNSPECIFIED) return "Actor";
  return KindLabel(*kind);
}

std::string ClassText(EventClass c) { return std::string(EventClassName(c)); }

// Facts only: asserted, positive events (denials are facts about the denier).
std::string FactFilter(EventClass c, const std::string& var) {
  if (c == DENY) return "";
  return absl::StrCat(var, ".asserted = true AND ", var, ".polarity = 'POSITIVE'");
}

std::string Where(std::vector<std::string> parts) {
  parts.erase(std::remove(parts.begin(), parts.end(), std::string()), parts.end());
  if (parts.empty()) return "";
  return absl::StrCat("WHERE ", absl::StrJoin(parts, " AND "), "\n");
}

// One row per (who, whom), with the evidence that comes first in the documents. min() keeps one
// value per pair (no sort of every matching row).
const char kFirstEvidence[] =
    "WITH who, whom, min([e.doc, e.sentence_index, e]) AS first\n"
    "RETURN who, whom, first[2].sentence AS evidence, first[0] AS doc";

std::string WhoVerbedWhom(EventClass c, std::optional<ActorKind> who_kind) {
  return absl::StrCat("MATCH (e:Event {class: ", Quote(ClassText(c)), "})-[:SOURCE]->(who:", KindLabelText(who_kind),
                      "), (e)-[:TARGET]->(whom:Actor)\n", Where({FactFilter(c, "e"), "who <> whom"}), kFirstEvidence);
}

// With `x_match`, whom must be the actor X or one of its members ("who denied coordination with Iran").
std::string WhoVerbedNounWithWhom(EventClass c, EventClass content, std::optional<ActorKind> who_kind,
                                  const std::string& x_match = "") {
  return absl::StrCat(
      x_match, "MATCH (e:Event {class: ", Quote(ClassText(c)), "})-[:CONTENT]->(c:Event {class: ",
      Quote(ClassText(content)), "}), (e)-[:SOURCE]->(who:", KindLabelText(who_kind), ")\n",
      Where({FactFilter(c, "e")}),
      "OPTIONAL MATCH (c)-[:SOURCE]->(cs:Actor)\n"
      "OPTIONAL MATCH (c)-[:TARGET]->(ct:Actor)\n"
      "WITH ", x_match.empty() ? "" : "x, ",
      "e, who, CASE WHEN cs IS NULL OR cs = who OR EXISTS { MATCH (who)-[:MEMBER_OF*1..5]->(cs) }\n"
      "                  THEN ct ELSE cs END AS whom\n"
      "WHERE whom IS NOT NULL AND whom <> who",
      x_match.empty() ? "" : " AND EXISTS { MATCH (whom)-[:MEMBER_OF*0..5]->(x) }", "\n", kFirstEvidence);
}

std::string WhoVerbedWhat(EventClass c, const std::string& x_match) {
  std::string head = x_match.empty()
                         ? absl::StrCat("MATCH (e:Event {class: ", Quote(ClassText(c)), "})-[:SOURCE]->(who:Actor)\n")
                         : absl::StrCat(x_match, "MATCH (who:Actor)-[:MEMBER_OF*0..5]->(x)\n",
                                        "MATCH (e:Event {class: ", Quote(ClassText(c)), "})-[:SOURCE]->(who)\n");
  return absl::StrCat(head, Where({FactFilter(c, "e")}),
                      "OPTIONAL MATCH (e)-[:CONTENT]->(content:Event)\n"
                      "OPTIONAL MATCH (e)-[:TARGET]->(target:Actor)\n"
                      "WITH who, coalesce(content, target) AS what, min([e.doc, e.sentence_index, e]) AS first\n"
                      "RETURN who, what, first[2].sentence AS evidence, first[0] AS doc");
}

// "who did X accuse": X (or one of its members) is the source.
std::string WhoDidXVerb(EventClass c, const std::string& x_match, std::optional<ActorKind> whom_kind) {
  std::string rel = Symmetric(c) ? "SOURCE|TARGET" : "SOURCE";
  std::string other = Symmetric(c) ? "SOURCE|TARGET" : "TARGET";
  return absl::StrCat(x_match, "MATCH (who:Actor)-[:MEMBER_OF*0..5]->(x)\n", "MATCH (e:Event {class: ",
                      Quote(ClassText(c)), "})-[:", rel, "]->(who), (e)-[:", other, "]->(whom:",
                      KindLabelText(whom_kind), ")\n", Where({FactFilter(c, "e"), "who <> whom"}), kFirstEvidence);
}

// "who supports X", "which countries cooperated with X": X (or one of its members) is the target.
std::string WhoVerbsX(EventClass c, const std::string& x_match, std::optional<ActorKind> who_kind) {
  std::string rel = Symmetric(c) ? "SOURCE|TARGET" : "TARGET";
  std::string other = Symmetric(c) ? "SOURCE|TARGET" : "SOURCE";
  std::string out = absl::StrCat(x_match, "MATCH (whom:Actor)-[:MEMBER_OF*0..5]->(x)\n", "MATCH (e:Event {class: ",
                                 Quote(ClassText(c)), "})-[:", rel, "]->(whom), (e)-[:", other, "]->(");
  if (who_kind && *who_kind != ACTOR_KIND_UNSPECIFIED) {
    // The party itself when of that kind, or what it belongs to of that kind.
    absl::StrAppend(&out, "party:Actor)\n", "MATCH (party)-[:MEMBER_OF*0..5]->(who:", KindLabelText(who_kind), ")\n",
                    Where({FactFilter(c, "e"), "party <> whom", "who <> x", "NOT EXISTS { MATCH (who)-[:MEMBER_OF*1..5]->(x) }"}));
  } else {
    absl::StrAppend(&out, "who:Actor)\n", Where({FactFilter(c, "e"), "who <> whom"}));
  }
  return absl::StrCat(out, kFirstEvidence);
}

std::string HowConnected(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return absl::StrCat("MATCH (a:Actor) WHERE a.name IN ", NameList(a), "\n", "MATCH (b:Actor) WHERE b.name IN ",
                      NameList(b), " AND b <> a\n",
                      "MATCH p = shortestPath((a)-[:SOURCE|TARGET|CONTENT|MEMBER_OF*..6]-(b))\n"
                      "RETURN a AS from, b AS to, length(p) AS hops, p AS path,\n"
                      "       [n IN nodes(p) WHERE n:Event | n.sentence] AS evidence,\n"
                      "       [n IN nodes(p) WHERE n:Event | n.doc] AS doc\n"
                      "ORDER BY hops\nLIMIT 20");
}

absl::Status CannotRead(absl::string_view question, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat("cannot read the question \"", question, "\"",
                                                 why.empty() ? "" : absl::StrCat(" (", why, ")"), ".\n", kForms));
}

}  // namespace

absl::StatusOr<std::string> QuestionToCypher(const graph::Store& store, absl::string_view question) {
  std::string text(question);
  for (char& c : text)
    if (c == '?' || c == '!' || c == ',' || c == ';' || c == '"' || c == '\t' || c == '\n') c = ' ';
  std::vector<std::string> original = absl::StrSplit(text, ' ', absl::SkipEmpty());
  while (!original.empty() && original.back() == ".") original.pop_back();
  if (!original.empty() && !original.back().empty() && original.back().back() == '.') original.back().pop_back();
  std::vector<std::string> w;
  for (const auto& x : original) w.push_back(absl::AsciiStrToLower(x));
  auto phrase = [&](size_t from, size_t to) {
    std::vector<std::string> parts(original.begin() + static_cast<long>(from), original.begin() + static_cast<long>(to));
    return absl::StrJoin(parts, " ");
  };
  auto verb_class = [&](const std::string& word) -> std::optional<EventClass> { return WordClass(word, false); };
  auto x_match = [&](const std::string& name_phrase) -> absl::StatusOr<std::string> {
    KGQ_ASSIGN_OR_RETURN(std::vector<std::string> names, ActorNames(store, name_phrase));
    return absl::StrCat("MATCH (x:Actor) WHERE x.name IN ", NameList(names), "\n");
  };
  if (w.size() < 2) return CannotRead(question, "too short");

  // how is X connected to Y / how are X and Y connected
  if (w[0] == "how" && w.size() >= 4 && IsAuxiliary(w[1])) {
    static const std::set<std::string> kLinked = {"connected", "related", "linked", "tied"};
    size_t k = 2;
    while (k < w.size() && !kLinked.count(w[k])) ++k;
    std::string a, b;
    if (k < w.size() && k + 2 <= w.size() - 1 + 1 && k + 1 < w.size() &&
        (w[k + 1] == "to" || w[k + 1] == "with" || w[k + 1] == "and")) {
      a = phrase(2, k);
      b = phrase(k + 2, w.size());
    } else if (k + 1 == w.size()) {
      size_t andk = 2;
      while (andk < k && w[andk] != "and") ++andk;
      if (andk < k) {
        a = phrase(2, andk);
        b = phrase(andk + 1, k);
      }
    }
    if (a.empty() || b.empty()) return CannotRead(question, "expected: how is ACTOR connected to ACTOR");
    KGQ_ASSIGN_OR_RETURN(std::vector<std::string> na, ActorNames(store, a));
    KGQ_ASSIGN_OR_RETURN(std::vector<std::string> nb, ActorNames(store, b));
    return HowConnected(na, nb);
  }

  // Subject term: who | which KINDS | what KINDS
  size_t i = 1;
  std::optional<ActorKind> kind;
  bool asks_what = false;
  if (w[0] == "who" || w[0] == "whom") {
  } else if ((w[0] == "which" || w[0] == "what") && KindWord(w[1])) {
    kind = KindWord(w[1]);
    i = 2;
  } else if (w[0] == "what") {
    asks_what = true;
  } else {
    return CannotRead(question, "expected it to start with who, what, which or how");
  }
  if (i >= w.size()) return CannotRead(question, "expected a verb");

  if (IsAuxiliary(w[i])) {
    // Object questions: who did X accuse / what did X deny / which countries did X attack [with]
    size_t end = w.size();
    if (end > i + 2 && IsPreposition(w[end - 1])) --end;
    if (end < i + 3) return CannotRead(question, "expected an actor and a verb after the auxiliary");
    std::optional<EventClass> c = verb_class(w[end - 1]);
    if (!c) return CannotRead(question, absl::StrCat("'", original[end - 1], "' is not a verb of the event lexicon"));
    std::string x = phrase(i + 1, end - 1);
    KGQ_ASSIGN_OR_RETURN(std::string xm, x_match(x));
    if (asks_what) return WhoVerbedWhat(*c, xm);
    return WhoDidXVerb(*c, xm, kind);
  }
  if (asks_what) return CannotRead(question, "expected: what did ACTOR VERB");

  std::optional<EventClass> c = verb_class(w[i]);
  if (!c) return CannotRead(question, absl::StrCat("'", original[i], "' is not a verb of the event lexicon"));
  std::vector<std::string> rest(w.begin() + static_cast<long>(i) + 1, w.end());
  if (rest.empty()) return CannotRead(question, "expected whom, what, a noun or an actor after the verb");
  if (rest.size() == 1 && (rest[0] == "whom" || rest[0] == "who")) return WhoVerbedWhom(*c, kind);
  if (rest.size() == 1 && rest[0] == "what") return WhoVerbedWhat(*c, "");
  if (rest.back() == "whom" || rest.back() == "who") {
    // who VERBED NOUN [PREP] whom
    size_t noun_end = rest.size() - 1;
    if (noun_end > 0 && IsPreposition(rest[noun_end - 1])) --noun_end;
    if (noun_end == 0) return WhoVerbedWhom(*c, kind);
    std::optional<EventClass> content;
    for (size_t k = noun_end; k-- > 0 && !content;) content = WordClass(rest[k], true);
    if (!content)
      return CannotRead(question, absl::StrCat("'", absl::StrJoin(std::vector<std::string>(rest.begin(), rest.begin() + static_cast<long>(noun_end)), " "),
                                               "' is not a noun of the event lexicon"));
    return WhoVerbedNounWithWhom(*c, *content, kind);
  }
  // who VERBED NOUN PREP ACTOR: "who denied coordination with Iran"
  if (rest.size() >= 3 && IsPreposition(rest[1])) {
    if (std::optional<EventClass> content = WordClass(rest[0], true)) {
      KGQ_ASSIGN_OR_RETURN(std::string xm, x_match(phrase(i + 3, w.size())));
      return WhoVerbedNounWithWhom(*c, *content, kind, xm);
    }
  }
  // who VERBED [PREP] ACTOR
  size_t start = i + 1;
  if (start < w.size() && IsPreposition(w[start])) ++start;
  if (start >= w.size()) return CannotRead(question, "expected an actor after the preposition");
  KGQ_ASSIGN_OR_RETURN(std::string xm, x_match(phrase(start, w.size())));
  return WhoVerbsX(*c, xm, kind);
}

absl::StatusOr<Table> Ask(const graph::Store& store, absl::string_view question, const QueryOptions& options) {
  KGQ_ASSIGN_OR_RETURN(std::string cypher, QuestionToCypher(store, question));
  if (options.explain) {
    QueryOptions plan_options = options;
    plan_options.explain = true;
    KGQ_ASSIGN_OR_RETURN(Table plan, RunCypher(store, cypher, plan_options));
    Table out;
    out.explain = absl::StrCat(cypher, "\n\n", plan.explain);
    return out;
  }
  KGQ_ASSIGN_OR_RETURN(Table table, RunCypher(store, cypher, options));
  table.explain = cypher;
  return table;
}

}  // namespace kg::query
