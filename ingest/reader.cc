#include "ingest/reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "nlohmann/json.hpp"

namespace kg::ingest {
namespace fs = std::filesystem;
namespace {

// Share of bytes that start or continue a well-formed UTF-8 sequence.
bool LooksLikeText(absl::string_view text) {
  if (text.find('\0') != absl::string_view::npos) return false;
  size_t bad = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = length > 0 && i + length <= text.size();
    for (size_t k = 1; ok && k < length; ++k)
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!ok) {
      ++bad;
      ++i;
    } else {
      i += length;
    }
  }
  return bad * 20 < text.size() + 1;  // tolerate a few stray Latin-1 bytes
}

std::string BaseName(const std::string& path) { return fs::path(path).filename().string(); }

}  // namespace

std::string GuessTitle(absl::string_view text) {
  size_t newline = text.find('\n');
  if (newline == absl::string_view::npos) return "";
  absl::string_view first = absl::StripAsciiWhitespace(text.substr(0, newline));
  absl::string_view rest = text.substr(newline + 1);
  bool blank_follows = rest.empty() || absl::StripLeadingAsciiWhitespace(rest.substr(0, rest.find('\n'))).empty();
  if (first.empty() || first.size() > 200 || !blank_follows) return "";
  char last = first.back();
  if (last == '.' && !absl::EndsWith(first, "..")) return "";
  return std::string(first);
}

absl::StatusOr<RawDocument> ArticleFromText(std::string text, std::string name, std::string path) {
  if (absl::StripAsciiWhitespace(text).empty())
    return absl::InvalidArgumentError(absl::StrCat(path, ": empty article"));
  if (!LooksLikeText(text))
    return absl::InvalidArgumentError(absl::StrCat(path, ": not a UTF-8 text file"));
  RawDocument doc;
  doc.name = std::move(name);
  doc.path = std::move(path);
  doc.title = GuessTitle(text);
  doc.text = std::move(text);
  return doc;
}

absl::StatusOr<RawDocument> ReadArticleFile(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  if (fs::is_directory(path, ec)) return absl::InvalidArgumentError(absl::StrCat(path, ": is a directory"));
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::PermissionDeniedError(absl::StrCat(path, ": cannot open for reading"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return ArticleFromText(buffer.str(), BaseName(path), path);
}

absl::Status ReadJsonLines(std::istream& in, const std::string& origin,
                           const std::function<bool(RawDocument)>& fn,
                           const std::function<void(const absl::Status&)>& on_error) {
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    auto fail = [&](absl::string_view why) {
      on_error(absl::InvalidArgumentError(absl::StrCat(origin, ":", number, ": ", why)));
    };
    nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded() || !record.is_object()) {
      fail("not a JSON object");
      continue;
    }
    auto text_field = record.find("text");
    if (text_field == record.end() || !text_field->is_string()) {
      fail("no \"text\" string");
      continue;
    }
    auto string_field = [&](const char* key) -> std::string {
      auto it = record.find(key);
      return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    std::string id = string_field("id");
    if (id.empty()) id = absl::StrCat(BaseName(origin), ":", number);
    std::string title = string_field("title");
    // The title goes in as the first line, as in a plain-text article.
    std::string text = title.empty() ? text_field->get<std::string>()
                                     : absl::StrCat(title, "\n\n", text_field->get<std::string>());
    auto doc = ArticleFromText(std::move(text), id, absl::StrCat(origin, ":", number));
    if (!doc.ok()) {
      on_error(doc.status());
      continue;
    }
    if (!title.empty()) doc->title = title;
    doc->date = string_field("date");
    doc->source = string_field("source");
    if (!fn(std::move(*doc))) break;
  }
  if (in.bad()) return absl::DataLossError(absl::StrCat(origin, ": read error"));
  return absl::OkStatus();
}

std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& paths,
                                          const std::function<void(const absl::Status&)>& on_error) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") {
      out.push_back(path);
    } else if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::string ext = it->path().extension().string();
        if (ext == ".txt" || ext == ".jsonl") found.push_back(it->path().string());
      }
      if (ec) on_error(absl::UnavailableError(absl::StrCat(path, ": ", ec.message())));
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      out.push_back(path);
    } else {
      on_error(absl::NotFoundError(absl::StrCat(path, ": no such file or directory")));
    }
  }
  return out;
}

}  // namespace kg::ingest
