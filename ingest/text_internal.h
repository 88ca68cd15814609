// Helpers shared by the text-processing files of ingest/ (normalisation, sentences, tokens,
// tagger, lemmatizer): UTF-8 character classes, file reading and the abbreviation list.
// Internal to kg_ingest; other modules use text.h.
#ifndef KG_INGEST_TEXT_INTERNAL_H_
#define KG_INGEST_TEXT_INTERNAL_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace kg::ingest::internal {

// Code point at text[*pos] (U+FFFD for invalid UTF-8); advances *pos past it.
int32_t NextCodePoint(absl::string_view text, size_t* pos);
// Code point ending just before text[pos] (U+FFFD for invalid UTF-8); sets *start to its start.
int32_t PrevCodePoint(absl::string_view text, size_t pos, size_t* start);

// Letters and digits of any script (ASCII fast path).
bool IsAlnum(int32_t c);
bool IsUpper(int32_t c);
bool IsDigit(int32_t c);
// ' ', '\t', '\n', '\r', '\f', '\v'.
inline bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Lower-cases ASCII and, through ICU, other scripts.
std::string ToLower(absl::string_view word);

// Whole file; NotFound naming `path` and `package` (the Debian package providing it).
absl::StatusOr<std::string> ReadFile(const std::string& path, absl::string_view package);

// How an abbreviation ("Gen.", "Inc.") behaves before a capitalised word.
enum class AbbreviationKind {
  kNone,    // not an abbreviation
  kPrefix,  // titles and months ("Gen.", "Mr.", "Nov."): never end a sentence
  kSuffix,  // "Inc.", "Jr.", "U.S.": end one only before a common sentence starter ("The")
};
// `word` includes its final period: "Gen.", "U.S.". Dotted acronyms ("U.S.", "N.Y.C.") and
// single capital initials ("F.") are kSuffix even when not listed.
AbbreviationKind ClassifyAbbreviation(absl::string_view word);
// True for words that begin many sentences ("The", "But", "He", ...).
bool IsCommonSentenceStarter(absl::string_view word);
// "U.S.", "N.Y.", "U.N." (letters each followed by a period, at least two).
bool IsDottedAcronym(absl::string_view word);

}  // namespace kg::ingest::internal

#endif  // KG_INGEST_TEXT_INTERNAL_H_
