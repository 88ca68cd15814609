// NormalizeText: one pass over the bytes; plain ASCII is copied in runs, everything else goes
// through MapCodePoint.
#include <string>

#include "absl/strings/numbers.h"
#include "ingest/text.h"
#include "ingest/text_internal.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace kg::ingest {
namespace {

using internal::IsAlnum;
using internal::IsSpace;
using internal::NextCodePoint;
using internal::PrevCodePoint;

struct NamedEntity {
  const char* name;
  int32_t code_point;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
    {"apos", '\''},     {"nbsp", 0xA0},     {"mdash", 0x2014},  {"ndash", 0x2013},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"laquo", 0xAB},    {"raquo", 0xBB},
    {"hellip", 0x2026}, {"minus", 0x2212},  {"shy", 0xAD},      {"zwj", 0x200D},
    {"zwnj", 0x200C},   {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003},
    {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},
    {"euro", 0x20AC},   {"pound", 0xA3},    {"cent", 0xA2},     {"middot", 0xB7},
    {"eacute", 0xE9},   {"aacute", 0xE1},   {"iacute", 0xED},   {"oacute", 0xF3},
    {"uacute", 0xFA},   {"ntilde", 0xF1},   {"uuml", 0xFC},     {"ouml", 0xF6},
};

// Code point of the entity starting at raw[pos] == '&' and the position after its ';', or -1.
int32_t DecodeEntity(absl::string_view raw, size_t pos, size_t* after) {
  constexpr size_t kMaxLength = 10;
  const size_t semicolon = raw.find(';', pos + 1);
  if (semicolon == absl::string_view::npos || semicolon - pos - 1 > kMaxLength ||
      semicolon == pos + 1) {
    return -1;
  }
  const absl::string_view name = raw.substr(pos + 1, semicolon - pos - 1);
  int32_t code_point = -1;
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    uint32_t value = 0;
    const bool ok = hex ? absl::SimpleHexAtoi(name.substr(2), &value)
                        : absl::SimpleAtoi(name.substr(1), &value);
    if (ok && value > 0 && value <= 0x10FFFF && !U_IS_SURROGATE(value)) {
      code_point = static_cast<int32_t>(value);
    }
  } else {
    for (const NamedEntity& entity : kEntities) {
      if (name == entity.name) code_point = entity.code_point;
    }
  }
  if (code_point >= 0) *after = semicolon + 1;
  return code_point;
}

void AppendUtf8(int32_t c, std::string& out) {
  char buffer[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), n, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(n));
}

bool EndsWithAlnum(const std::string& out) {
  if (out.empty()) return false;
  size_t start = 0;
  return IsAlnum(PrevCodePoint(out, out.size(), &start));
}

bool StartsWithAlnum(absl::string_view raw, size_t pos) {
  if (pos >= raw.size()) return false;
  return IsAlnum(NextCodePoint(raw, &pos));
}

// " - " without doubling the spaces already around it.
void AppendSpacedDash(absl::string_view raw, size_t next, std::string& out) {
  if (!out.empty() && !IsSpace(out.back())) out.push_back(' ');
  out.push_back('-');
  if (next < raw.size() && !IsSpace(raw[next])) out.push_back(' ');
}

bool IsSingleQuote(int32_t c) {
  return c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032 ||
         c == 0x02BC || c == 0x2039 || c == 0x203A || c == 0x0060 || c == 0x00B4;
}

bool IsDoubleQuote(int32_t c) {
  return c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033 ||
         c == 0x00AB || c == 0x00BB || c == 0x301D || c == 0x301E;
}

bool IsHyphen(int32_t c) {
  return c == 0x2010 || c == 0x2011 || c == 0x2212 || c == 0xFE63 || c == 0xFF0D;
}

bool IsRemoved(int32_t c) {
  const uint32_t mask = U_GET_GC_MASK(c);
  return (mask & (U_GC_CC_MASK | U_GC_CF_MASK)) != 0;
}

// Appends what code point `c` (read from raw up to `next`) becomes.
void MapCodePoint(int32_t c, absl::string_view raw, size_t next, std::string& out) {
  if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
    out.push_back('\n');
  } else if (c == '\r') {
    if (next >= raw.size() || raw[next] != '\n') out.push_back('\n');
  } else if (u_isUWhiteSpace(c)) {
    out.push_back(' ');
  } else if (IsSingleQuote(c)) {
    out.push_back('\'');
  } else if (IsDoubleQuote(c)) {
    out.push_back('"');
  } else if (IsHyphen(c)) {
    out.push_back('-');
  } else if (c == 0x2012 || c == 0x2013) {
    if (EndsWithAlnum(out) && StartsWithAlnum(raw, next)) {
      out.push_back('-');
    } else {
      AppendSpacedDash(raw, next, out);
    }
  } else if (c == 0x2014 || c == 0x2015) {
    AppendSpacedDash(raw, next, out);
  } else if (c == 0x2026) {
    out.append("...");
  } else if (!IsRemoved(c)) {
    AppendUtf8(c, out);
  }
}

bool IsPlainAscii(unsigned char b) { return (b >= 0x20 && b < 0x7F && b != '&') || b == '\n'; }

}  // namespace

std::string NormalizeText(absl::string_view raw) {
  std::string out;
  out.reserve(raw.size() + raw.size() / 32);
  size_t pos = 0;
  while (pos < raw.size()) {
    const size_t run_start = pos;
    while (pos < raw.size() && IsPlainAscii(static_cast<unsigned char>(raw[pos]))) ++pos;
    out.append(raw.data() + run_start, pos - run_start);
    if (pos >= raw.size()) break;
    int32_t c = -1;
    size_t next = pos;
    if (raw[pos] == '&') {
      c = DecodeEntity(raw, pos, &next);
      if (c < 0) {
        c = '&';
        next = pos + 1;
      }
    } else {
      c = NextCodePoint(raw, &next);
    }
    MapCodePoint(c, raw, next, out);
    pos = next;
  }
  return out;
}

}  // namespace kg::ingest
