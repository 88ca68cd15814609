#include "proto/vocabulary.h"

#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/match.h"

namespace kg {
namespace {

struct ClassInfo {
  EventClass event_class;
  const char* name;
  const char* cameo;
};

constexpr ClassInfo kClasses[] = {
    {ASSAULT, "ASSAULT", "190"},   {COERCE, "COERCE", "170"},     {MOBILIZE, "MOBILIZE", "150"},
    {THREATEN, "THREATEN", "130"}, {PROTEST, "PROTEST", "140"},   {SANCTION, "SANCTION", "160"},
    {ACCUSE, "ACCUSE", "112"},     {REJECT, "REJECT", "120"},     {REQUEST, "REQUEST", "100"},
    {CONCEDE, "CONCEDE", "080"},   {RETREAT, "RETREAT", "087"},   {AGREE, "AGREE", "030"},
    {CONSULT, "CONSULT", "040"},   {SUPPORT, "SUPPORT", "050"},   {COOPERATE, "COOPERATE", "060"},
    {AID, "AID", "070"},           {DENY, "DENY", "016"},         {STATEMENT, "STATEMENT", "010"},
};

constexpr std::pair<ActorKind, const char*> kKinds[] = {
    {COUNTRY, "COUNTRY"},       {PERSON, "PERSON"},         {GOVERNMENT, "GOVERNMENT"},
    {MILITARY, "MILITARY"},     {ARMED_GROUP, "ARMED_GROUP"}, {ORGANIZATION, "ORGANIZATION"},
    {COALITION, "COALITION"},   {PARTY, "PARTY"},           {COMPANY, "COMPANY"},
    {MEDIA, "MEDIA"},           {GROUP, "GROUP"},           {LOCATION, "LOCATION"},
    {OTHER, "OTHER"},
};

const std::vector<EventEntry>& Empty() {
  static const std::vector<EventEntry>* empty = new std::vector<EventEntry>();
  return *empty;
}

}  // namespace

absl::string_view EventClassName(EventClass event_class) {
  for (const auto& info : kClasses)
    if (info.event_class == event_class) return info.name;
  return "";
}

std::optional<EventClass> EventClassFromName(absl::string_view name) {
  std::string upper = absl::AsciiStrToUpper(name);
  for (const auto& info : kClasses)
    if (upper == info.name) return info.event_class;
  return std::nullopt;
}

absl::string_view DefaultCameoCode(EventClass event_class) {
  for (const auto& info : kClasses)
    if (info.event_class == event_class) return info.cameo;
  return "";
}

EventClass EventClassFromCameo(absl::string_view cameo) {
  if (cameo.size() < 2) return EVENT_CLASS_UNSPECIFIED;
  int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  if (cameo.substr(0, 3) == "016") return DENY;
  if (cameo.substr(0, 3) == "057") return AGREE;  // signing a formal agreement: PLOVER AGREE
  if (cameo.substr(0, 3) == "163") return COERCE;
  if (cameo.substr(0, 3) == "087") return RETREAT;
  switch (root) {
    case 1: case 2: return STATEMENT;
    case 3: return AGREE;
    case 4: return CONSULT;
    case 5: return SUPPORT;
    case 6: return COOPERATE;
    case 7: return AID;
    case 8: return CONCEDE;
    case 9: case 11: return ACCUSE;
    case 10: return REQUEST;
    case 12: return REJECT;
    case 13: return THREATEN;
    case 14: return PROTEST;
    case 15: return MOBILIZE;
    case 16: return SANCTION;
    case 17: return COERCE;
    case 18: case 19: case 20: return ASSAULT;
    default: return EVENT_CLASS_UNSPECIFIED;
  }
}

const std::vector<EventClass>& AllEventClasses() {
  static const std::vector<EventClass>* all = [] {
    auto* v = new std::vector<EventClass>();
    for (const auto& info : kClasses) v->push_back(info.event_class);
    return v;
  }();
  return *all;
}

absl::string_view ActorKindName(ActorKind kind) {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "UNKNOWN";
}

std::optional<ActorKind> ActorKindFromName(absl::string_view name) {
  std::string upper = absl::AsciiStrToUpper(name);
  if (upper == "ORGANISATION") upper = "ORGANIZATION";
  for (const auto& [k, n] : kKinds)
    if (upper == n) return k;
  return std::nullopt;
}

absl::StatusOr<EventLexicon> EventLexicon::LoadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open the event lexicon"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

absl::StatusOr<EventLexicon> EventLexicon::Parse(absl::string_view text, absl::string_view origin) {
  EventLexicon lexicon;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    if (auto hash = line.find('#'); hash != absl::string_view::npos) line = line.substr(0, hash);
    std::vector<absl::string_view> fields =
        absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
    if (fields.empty()) continue;
    auto error = [&](absl::string_view why) {
      return absl::InvalidArgumentError(absl::StrCat(origin, ":", line_number, ": ", why));
    };
    if (fields.size() != 5) return error("expected LEMMA POS CLASS CAMEO FRAME");
    EventEntry entry;
    entry.lemma = absl::StrReplaceAll(absl::AsciiStrToLower(fields[0]), {{"_", " "}});
    if (fields[1] == "v") {
      entry.pos = TriggerPos::kVerb;
    } else if (fields[1] == "n") {
      entry.pos = TriggerPos::kNoun;
    } else if (fields[1] == "e") {
      entry.pos = TriggerPos::kEvaluation;
    } else {
      return error(absl::StrCat("part of speech must be v, n or e, not '", fields[1], "'"));
    }
    auto event_class = EventClassFromName(fields[2]);
    if (!event_class) return error(absl::StrCat("unknown event class '", fields[2], "'"));
    entry.event_class = *event_class;
    if (fields[3] == "-") {
      entry.cameo = std::string(DefaultCameoCode(*event_class));
    } else {
      for (char c : fields[3])
        if (c < '0' || c > '9') return error(absl::StrCat("CAMEO code must be digits: '", fields[3], "'"));
      entry.cameo = std::string(fields[3]);
    }
    if (fields[4] != "-") {
      for (absl::string_view part : absl::StrSplit(fields[4], ',', absl::SkipEmpty())) {
        if (part == "obj") {
          entry.direct_object = true;
        } else if (part == "clause") {
          entry.speech = true;
        } else if (part == "that") {
          entry.speech = true;
          entry.clause_only = true;
        } else {
          entry.target_prepositions.emplace_back(part);
        }
      }
    }
    auto& table = entry.pos == TriggerPos::kVerb  ? lexicon.verbs_
                  : entry.pos == TriggerPos::kNoun ? lexicon.nouns_
                                                   : lexicon.evaluations_;
    if (auto space = entry.lemma.find(' '); space != std::string::npos)
      lexicon.phrase_starts_[entry.lemma.substr(0, space)] = true;
    table[entry.lemma].push_back(std::move(entry));
    ++lexicon.size_;
  }
  return lexicon;
}

const std::vector<EventEntry>& EventLexicon::Lookup(absl::string_view lemma, TriggerPos pos) const {
  const auto& table = pos == TriggerPos::kVerb ? verbs_ : pos == TriggerPos::kNoun ? nouns_ : evaluations_;
  auto it = table.find(std::string(lemma));
  return it == table.end() ? Empty() : it->second;
}

bool EventLexicon::StartsPhrase(absl::string_view first_lemma) const {
  return phrase_starts_.count(std::string(first_lemma)) > 0;
}

std::vector<std::string> EventLexicon::GuessLemmas(absl::string_view word) {
  std::string w = absl::AsciiStrToLower(word);
  std::vector<std::string> out = {w};
  auto ends = [&](absl::string_view suffix) {
    return w.size() > suffix.size() + 1 && absl::EndsWith(w, suffix);
  };
  auto stem = [&](size_t cut, absl::string_view add = "") {
    out.push_back(w.substr(0, w.size() - cut) + std::string(add));
  };
  if (ends("ied")) stem(3, "y");
  if (ends("ies")) stem(3, "y");
  if (ends("ed")) { stem(2); stem(1); }
  if (ends("ing")) { stem(3); stem(3, "e"); }
  if (ends("es")) stem(2);
  if (ends("s") && !ends("ss")) stem(1);
  // Doubled final consonant: "planned" -> "plan".
  if (ends("ed") && w.size() > 4 && w[w.size() - 3] == w[w.size() - 4]) stem(3);
  if (ends("ing") && w.size() > 5 && w[w.size() - 4] == w[w.size() - 5]) stem(4);
  return out;
}

}  // namespace kg
