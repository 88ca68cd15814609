// SplitSentences: one pass looking for '.', '?', '!' (then closing quotes or brackets,
// whitespace and an upper-case letter, digit or opening quote) and for blank lines.
#include <utility>
#include <vector>

#include "ingest/text.h"
#include "ingest/text_internal.h"

namespace kg::ingest {
namespace {

using internal::AbbreviationKind;
using internal::IsSpace;

bool IsTerminator(char c) { return c == '.' || c == '?' || c == '!'; }
bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}'; }
bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '`'; }
bool IsHorizontalSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Position after the blank line starting with the '\n' at `pos`, or npos if the next line has
// text.
size_t BlankLineEnd(absl::string_view text, size_t pos) {
  size_t j = pos + 1;
  while (j < text.size() && IsHorizontalSpace(text[j])) ++j;
  return j < text.size() && text[j] == '\n' ? j + 1 : absl::string_view::npos;
}

size_t SkipSpace(absl::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos;
}

// The word ending at `end` (exclusive), after any opening quotes or brackets.
absl::string_view WordBefore(absl::string_view text, size_t end) {
  size_t start = end;
  while (start > 0 && !IsSpace(text[start - 1])) --start;
  while (start < end && IsOpener(text[start])) ++start;
  return text.substr(start, end - start);
}

// The run of ASCII letters starting at `pos`.
absl::string_view WordAt(absl::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() &&
         (internal::IsAsciiUpper(text[end]) || internal::IsAsciiLower(text[end]))) {
    ++end;
  }
  return text.substr(pos, end - pos);
}

// Whether the character at `next` may start a sentence: an upper-case letter, a digit or an
// opening quote or bracket.
bool CanStartSentence(absl::string_view text, size_t next) {
  const char c = text[next];
  if (IsOpener(c) || internal::IsAsciiDigit(c)) return true;
  size_t pos = next;
  return internal::IsUpper(internal::NextCodePoint(text, &pos));
}

// Whether the single period at `period`, followed by whitespace and then text[next], ends a
// sentence.
bool PeriodEndsSentence(absl::string_view text, size_t period, size_t next) {
  switch (internal::ClassifyAbbreviation(WordBefore(text, period + 1))) {
    case AbbreviationKind::kNone:
      return true;
    case AbbreviationKind::kPrefix:
      return false;
    case AbbreviationKind::kSuffix:
      return text[next] == '"' || internal::IsCommonSentenceStarter(WordAt(text, next));
  }
  return true;
}

class Splitter {
 public:
  explicit Splitter(absl::string_view text) : text_(text) {}

  std::vector<std::pair<uint32_t, uint32_t>> Run() {
    size_t pos = start_ = SkipSpace(text_, 0);
    while (pos < text_.size()) {
      const char c = text_[pos];
      if (c == '\n') {
        pos = AtNewline(pos);
      } else if (IsTerminator(c)) {
        pos = AtTerminator(pos);
      } else {
        ++pos;
      }
    }
    Emit(text_.size(), text_.size());
    return std::move(sentences_);
  }

 private:
  // Ends the current sentence at `end` (trimmed) and starts the next one at `next`.
  void Emit(size_t end, size_t next) {
    while (end > start_ && IsSpace(text_[end - 1])) --end;
    if (end > start_) {
      sentences_.emplace_back(static_cast<uint32_t>(start_), static_cast<uint32_t>(end));
    }
    start_ = SkipSpace(text_, next);
  }

  size_t AtNewline(size_t pos) {
    const size_t after = BlankLineEnd(text_, pos);
    if (after == absl::string_view::npos) return pos + 1;
    Emit(pos, after);
    return start_;
  }

  size_t AtTerminator(size_t pos) {
    size_t end = pos + 1;
    while (end < text_.size() && IsTerminator(text_[end])) ++end;
    const bool single_period = text_[pos] == '.' && end == pos + 1;
    while (end < text_.size() && IsCloser(text_[end])) ++end;
    if (end >= text_.size() || !IsSpace(text_[end])) return end;
    const size_t next = SkipSpace(text_, end);
    if (next >= text_.size() || !CanStartSentence(text_, next)) return end;
    const bool direct_space = end == pos + 1;
    if (single_period && direct_space && !PeriodEndsSentence(text_, pos, next)) return end;
    Emit(end, next);
    return start_;
  }

  absl::string_view text_;
  size_t start_ = 0;
  std::vector<std::pair<uint32_t, uint32_t>> sentences_;
};

}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> SplitSentences(absl::string_view text) {
  return Splitter(text).Run();
}

}  // namespace kg::ingest
