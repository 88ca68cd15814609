// The abbreviation list of the sentence splitter and tokeniser: compiled in, extended once from
// data/abbreviations.txt (see that file for the format), plus common sentence starters.
#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "ingest/text_internal.h"

namespace kg::ingest::internal {
namespace {

// Keep in step with data/abbreviations.txt (the test AbbreviationFile checks that it is).
constexpr absl::string_view kBuiltinAbbreviations = R"(
Mr. prefix
Mrs. prefix
Ms. prefix
Messrs. prefix
Dr. prefix
Prof. prefix
Rev. prefix
Fr. prefix
Hon. prefix
Gen. prefix
Gens. prefix
Lt. prefix
Col. prefix
Maj. prefix
Capt. prefix
Cmdr. prefix
Cdr. prefix
Sgt. prefix
Cpl. prefix
Pvt. prefix
Adm. prefix
Brig. prefix
Rep. prefix
Reps. prefix
Sen. prefix
Sens. prefix
Gov. prefix
Pres. prefix
Sec. prefix
Amb. prefix
Atty. prefix
Supt. prefix
Insp. prefix
Det. prefix
Mt. prefix
Ft. prefix
Jan. prefix
Feb. prefix
Mar. prefix
Apr. prefix
Jun. prefix
Jul. prefix
Aug. prefix
Sep. prefix
Sept. prefix
Oct. prefix
Nov. prefix
Dec. prefix
No. prefix
Nos. prefix
vs. prefix
v. prefix
e.g. prefix
i.e. prefix
cf. prefix
approx. prefix
ca. prefix
Sr. Jr. St. etc. al. a.m. p.m. pct.
Co. Cos. Corp. Inc. Ltd. Plc. Bros. Dept. Assn. Univ. Intl.
U.S. U.K. U.N. E.U. D.C. Ave. Blvd. Rd.
Calif. Colo. Conn. Fla. Ga. Ill. Mass. Mich. Minn. Okla. Penn. Tenn. Tex. Wash. Wis.
Ph.D. M.D.
)";

constexpr absl::string_view kSentenceStarters[] = {
    "A",       "About",   "After",   "Again",  "All",       "Also",    "Although", "An",
    "And",     "Another", "Any",     "As",     "At",        "Because", "Before",   "Both",
    "But",     "By",      "Despite", "During", "Each",      "Earlier", "Even",     "Every",
    "For",     "From",    "He",      "Her",    "Here",      "His",     "How",      "However",
    "I",       "If",      "In",      "It",     "Its",       "Last",    "Later",    "Many",
    "Meanwhile", "More",  "Most",    "Much",   "My",        "No",      "Not",      "Now",
    "Of",      "On",      "One",     "Only",   "Other",     "Our",     "Over",     "Several",
    "She",     "Since",   "So",      "Some",   "Still",     "Such",    "That",     "The",
    "Their",   "There",   "These",   "They",   "This",      "Those",   "Though",   "Thus",
    "To",      "Under",   "Until",   "We",     "What",      "When",    "Where",    "Whether",
    "Which",   "While",   "Who",     "Why",    "With",      "Yet",     "You",      "Your",
};

using AbbreviationMap = absl::flat_hash_map<std::string, AbbreviationKind>;

// Adds the entries of `text` in the data file's format. A line holding several words without
// "prefix" lists several suffix abbreviations.
void AddAbbreviations(absl::string_view text, AbbreviationMap& map) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = line.substr(0, line.find('#'));
    std::vector<absl::string_view> words = absl::StrSplit(line, absl::ByAnyChar(" \t\r"),
                                                          absl::SkipEmpty());
    const bool prefix = words.size() == 2 && words[1] == "prefix";
    if (prefix) words.pop_back();
    for (absl::string_view word : words) {
      map[std::string(word)] = prefix ? AbbreviationKind::kPrefix : AbbreviationKind::kSuffix;
    }
  }
}

std::string AbbreviationFilePath() {
  const char* env = std::getenv("KG_DATA_DIR");
  std::string dir = env != nullptr && *env != '\0' ? env : KG_DEFAULT_DATA_DIR;
  return dir + "/abbreviations.txt";
}

const AbbreviationMap& Abbreviations() {
  static const AbbreviationMap* const map = [] {
    auto* m = new AbbreviationMap;
    AddAbbreviations(kBuiltinAbbreviations, *m);
    // The file is optional: the compiled-in list is complete on its own.
    absl::StatusOr<std::string> file = ReadFile(AbbreviationFilePath(), "kg data");
    if (file.ok()) AddAbbreviations(*file, *m);
    return m;
  }();
  return *map;
}

}  // namespace

bool IsDottedAcronym(absl::string_view word) {
  if (word.size() < 4 || word.size() % 2 != 0) return false;
  for (size_t i = 0; i < word.size(); i += 2) {
    const char c = word[i];
    if (!(IsAsciiUpper(c) || IsAsciiLower(c)) || word[i + 1] != '.') return false;
  }
  return true;
}

AbbreviationKind ClassifyAbbreviation(absl::string_view word) {
  const AbbreviationMap& map = Abbreviations();
  if (auto it = map.find(word); it != map.end()) return it->second;
  if (word.size() == 2 && IsAsciiUpper(word[0]) && word[1] == '.') return AbbreviationKind::kSuffix;
  if (IsDottedAcronym(word)) return AbbreviationKind::kSuffix;
  return AbbreviationKind::kNone;
}

bool IsCommonSentenceStarter(absl::string_view word) {
  static const auto* const starters =
      new absl::flat_hash_set<absl::string_view>(std::begin(kSentenceStarters),
                                                  std::end(kSentenceStarters));
  return starters->contains(word);
}

}  // namespace kg::ingest::internal
