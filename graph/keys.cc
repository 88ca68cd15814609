#include "graph/keys.h"

namespace kg::graph::keys {

void AppendId(std::string* out, uint64_t id) {
  for (int shift = 56; shift >= 0; shift -= 8) out->push_back(static_cast<char>((id >> shift) & 0xff));
}

uint64_t DecodeId(absl::string_view bytes) {
  uint64_t id = 0;
  for (size_t i = 0; i < kIdBytes; ++i) id = (id << 8) | static_cast<unsigned char>(bytes[i]);
  return id;
}

std::string IdKey(uint64_t id) {
  std::string key;
  AppendId(&key, id);
  return key;
}

std::string EdgeKey(uint64_t first, EdgeType type, uint64_t second) {
  std::string key = EdgePrefix(first, type);
  AppendId(&key, second);
  return key;
}

std::string EdgePrefix(uint64_t node, std::optional<EdgeType> type) {
  std::string key = IdKey(node);
  if (type.has_value()) key.push_back(static_cast<char>(*type));
  return key;
}

std::optional<EdgeKeyParts> ParseEdgeKey(absl::string_view key) {
  if (key.size() != kEdgeKeyBytes) return std::nullopt;
  EdgeKeyParts parts;
  parts.first = DecodeId(key);
  parts.type = static_cast<EdgeType>(static_cast<unsigned char>(key[kIdBytes]));
  parts.second = DecodeId(key.substr(kIdBytes + 1));
  return parts;
}

std::string NameKey(absl::string_view normalized_name, uint64_t actor) {
  std::string key = NamePrefix(normalized_name);
  AppendId(&key, actor);
  return key;
}

std::string NamePrefix(absl::string_view normalized_name) {
  std::string key(normalized_name);
  key.push_back('\0');
  return key;
}

std::optional<NameKeyParts> ParseNameKey(absl::string_view key) {
  if (key.size() < kIdBytes + 1 || key[key.size() - kIdBytes - 1] != '\0') return std::nullopt;
  NameKeyParts parts;
  parts.name = std::string(key.substr(0, key.size() - kIdBytes - 1));
  parts.actor = DecodeId(key.substr(key.size() - kIdBytes));
  return parts;
}

std::string ClassKey(EventClass event_class, uint64_t event) {
  std::string key = ClassPrefix(event_class);
  AppendId(&key, event);
  return key;
}

std::string ClassPrefix(EventClass event_class) { return std::string(1, static_cast<char>(event_class)); }

std::string DocItemKey(uint64_t document, DocItemKind kind, absl::string_view item) {
  std::string key = DocItemPrefix(document);
  key.push_back(static_cast<char>(kind));
  key.append(item.data(), item.size());
  return key;
}

std::string DocItemPrefix(uint64_t document) { return IdKey(document); }

std::optional<DocItemParts> ParseDocItemKey(absl::string_view key) {
  if (key.size() < kIdBytes + 1) return std::nullopt;
  DocItemParts parts;
  parts.kind = static_cast<DocItemKind>(key[kIdBytes]);
  parts.item = std::string(key.substr(kIdBytes + 1));
  return parts;
}

std::optional<std::string> PrefixSuccessor(absl::string_view prefix) {
  std::string bound(prefix);
  while (!bound.empty() && static_cast<unsigned char>(bound.back()) == 0xff) bound.pop_back();
  if (bound.empty()) return std::nullopt;
  bound.back() = static_cast<char>(static_cast<unsigned char>(bound.back()) + 1);
  return bound;
}

}  // namespace kg::graph::keys
