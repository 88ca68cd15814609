#include "graph/ids.h"

#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace kg::graph {
namespace {

uint64_t Finalize(uint64_t h) {
  // splitmix64's finaliser: spreads FNV's weak low bits over the whole word.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

}  // namespace

uint64_t StableHash64(absl::string_view data, uint64_t seed) {
  uint64_t h = 0xcbf29ce484222325ULL ^ Finalize(seed + 0x9e3779b97f4a7c15ULL);
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Finalize(h ^ data.size());
}

std::string ContentDigest(absl::string_view data) {
  char buffer[33];
  std::snprintf(buffer, sizeof buffer, "%016llx%016llx",
                static_cast<unsigned long long>(StableHash64(data, 1)),
                static_cast<unsigned long long>(StableHash64(data, 2)));
  return buffer;
}

uint64_t MakeId(NodeKind kind, absl::string_view key) {
  uint64_t low = StableHash64(key) & 0x00FFFFFFFFFFFFFFULL;
  if (low == 0) low = 1;  // 0 means "no node" in Event.source/target/content
  return (static_cast<uint64_t>(kind) << 56) | low;
}

NodeKind KindOfId(uint64_t id) { return static_cast<NodeKind>(id >> 56); }

std::string ActorKey(bool is_person, absl::string_view normalized_name, absl::string_view code) {
  if (!is_person && !code.empty()) return absl::StrCat("org:code:", code);
  return absl::StrCat(is_person ? "person:" : "org:", normalized_name);
}

std::string NormalizeName(absl::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '.') continue;
    // possessive 's (or ’s already normalised to 's) at a word end
    if (c == '\'' && i + 1 < name.size() && (name[i + 1] == 's' || name[i + 1] == 'S') &&
        (i + 2 == name.size() || !absl::ascii_isalnum(static_cast<unsigned char>(name[i + 2])))) {
      ++i;
      continue;
    }
    if (c == '\'' && i + 1 == name.size()) continue;
    if (absl::ascii_isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace kg::graph
