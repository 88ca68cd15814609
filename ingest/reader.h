// Readers: articles from plain-text files, standard input, and JSON-lines feeds
// ({"id","title","date","source","text"} a line, as in shared/corpus/news.jsonl). They check
// that input is text and name the input in every error; they do no analysis.
#ifndef KG_INGEST_READER_H_
#define KG_INGEST_READER_H_

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "ingest/extractor.h"

namespace kg::ingest {

// A plain-text article. The document's name is the file's base name. Fails on a missing or
// unreadable file, an empty file, and binary content (NUL bytes or mostly invalid UTF-8).
absl::StatusOr<RawDocument> ReadArticleFile(const std::string& path);

// A plain-text article from text already in memory (standard input, tests).
absl::StatusOr<RawDocument> ArticleFromText(std::string text, std::string name, std::string path);

// The title of an article whose first line looks like a headline (short, followed by a blank
// line, no final full stop); empty otherwise.
std::string GuessTitle(absl::string_view text);

// Calls `fn` for each article of a JSON-lines stream; a malformed line is reported through
// `on_error` ("<origin>:<line>: ...") and skipped. Stops early when `fn` returns false.
absl::Status ReadJsonLines(std::istream& in, const std::string& origin,
                           const std::function<bool(RawDocument)>& fn,
                           const std::function<void(const absl::Status&)>& on_error);

// Expands the paths given on a command line: files as they are, directories recursively to their
// *.txt and *.jsonl files in sorted order. Missing paths are reported through `on_error`.
std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& paths,
                                          const std::function<void(const absl::Status&)>& on_error);

}  // namespace kg::ingest

#endif  // KG_INGEST_READER_H_
