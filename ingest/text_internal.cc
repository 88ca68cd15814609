// UTF-8 character classes and file reading for the text-processing code.
#include "ingest/text_internal.h"

#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace kg::ingest::internal {

int32_t NextCodePoint(absl::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(*pos);
  UChar32 c;
  U8_NEXT(s, i, length, c);
  *pos = static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

int32_t PrevCodePoint(absl::string_view text, size_t pos, size_t* start) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  *start = static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

bool IsAlnum(int32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(c) & U_GC_M_MASK);
}

bool IsUpper(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

bool IsDigit(int32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(c);
}

std::string ToLower(absl::string_view word) {
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    const char b = word[pos];
    if (static_cast<unsigned char>(b) < 0x80) {
      out.push_back(IsAsciiUpper(b) ? static_cast<char>(b - 'A' + 'a') : b);
      ++pos;
      continue;
    }
    const UChar32 c = u_tolower(NextCodePoint(word, &pos));
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), n, U8_MAX_LENGTH, c, error);
    if (!error) out.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

absl::StatusOr<std::string> ReadFile(const std::string& path, absl::string_view package) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot read ", path, " (install the Debian package ",
                                            package, ")"));
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

}  // namespace kg::ingest::internal
