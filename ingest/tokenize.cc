// Tokenize: words are runs of letters and digits joined by inner hyphens, apostrophes, '&',
// dotted-acronym periods and number separators; known abbreviations keep their period; clitics
// are split off the end; every other character is a token of its own ("..." and "--" whole).
#include <vector>

#include "ingest/text.h"
#include "ingest/text_internal.h"

namespace kg::ingest {
namespace {

using internal::IsAlnum;
using internal::IsAsciiDigit;
using internal::IsAsciiLower;
using internal::IsAsciiUpper;

bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }

class WordScanner {
 public:
  WordScanner(absl::string_view text, uint32_t end) : text_(text), end_(end) {}

  bool AlnumAt(size_t pos) const {
    if (pos >= end_) return false;
    return IsAlnum(internal::NextCodePoint(text_.substr(0, end_), &pos));
  }
  bool DigitAt(size_t pos) const { return pos < end_ && IsAsciiDigit(text_[pos]); }
  bool LetterAt(size_t pos) const { return pos < end_ && IsAsciiLetter(text_[pos]); }
  char CharAt(size_t pos) const { return pos < end_ ? text_[pos] : '\0'; }

  // End of the word starting with a letter or digit at `pos`.
  size_t ScanWord(size_t pos) const {
    while (true) {
      while (AlnumAt(pos)) internal::NextCodePoint(text_, &pos);
      if (pos >= end_ || !JoinsAt(pos)) return pos;
      ++pos;
    }
  }

 private:
  // Whether the character at `pos`, after a letter or digit, joins it to what follows.
  bool JoinsAt(size_t pos) const {
    switch (text_[pos]) {
      case '-':
      case '\'':
      case '&':
        return AlnumAt(pos + 1);
      case '/':
        return DigitAt(pos - 1) && DigitAt(pos + 1);
      case ',':
        return DigitAt(pos - 1) && DigitAt(pos + 1) && DigitAt(pos + 2) && DigitAt(pos + 3) &&
               !DigitAt(pos + 4);
      case '.':
        // "3.5", "U.S", "Ph.D", "e.g" (the final period is the abbreviation's).
        return (DigitAt(pos - 1) && DigitAt(pos + 1)) ||
               (LetterAt(pos + 1) && (CharAt(pos + 2) == '.' || SingleLetterBefore(pos)));
      default:
        return false;
    }
  }

  bool SingleLetterBefore(size_t pos) const {
    return LetterAt(pos - 1) && (pos < 2 || !IsAlnum(static_cast<unsigned char>(text_[pos - 2])));
  }

  absl::string_view text_;
  size_t end_;
};

constexpr absl::string_view kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

bool EndsWithIgnoringCase(absl::string_view word, absl::string_view suffix) {
  if (word.size() <= suffix.size()) return false;
  const absl::string_view tail = word.substr(word.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    const char c = IsAsciiUpper(tail[i]) ? static_cast<char>(tail[i] - 'A' + 'a') : tail[i];
    if (c != suffix[i]) return false;
  }
  return true;
}

// Length of the clitic at the end of `word` ("'s", "n't", ...), or 0.
size_t CliticLength(absl::string_view word) {
  for (absl::string_view clitic : kClitics) {
    if (EndsWithIgnoringCase(word, clitic)) return clitic.size();
  }
  return 0;
}

class TokenBuilder {
 public:
  TokenBuilder(absl::string_view text, uint32_t begin, uint32_t end)
      : text_(text), begin_(begin), end_(end), scanner_(text, end) {}

  std::vector<Token> Run() {
    size_t pos = begin_;
    while (pos < end_) {
      if (internal::IsSpace(text_[pos])) {
        ++pos;
      } else if (scanner_.AlnumAt(pos)) {
        pos = AddWord(pos);
      } else {
        pos = AddPunctuation(pos);
      }
    }
    return std::move(tokens_);
  }

 private:
  void Add(size_t begin, size_t end) {
    Token& token = tokens_.emplace_back();
    token.begin = static_cast<uint32_t>(begin);
    token.end = static_cast<uint32_t>(end);
    token.text = std::string(text_.substr(begin, end - begin));
    token.lower = internal::ToLower(token.text);
    size_t pos = begin;
    const int32_t first = internal::NextCodePoint(text_, &pos);
    token.capitalized = internal::IsUpper(first);
    if (!seen_word_ && IsAlnum(first)) {
      token.sentence_initial = true;
      seen_word_ = true;
    }
  }

  size_t AddWord(size_t begin) {
    size_t end = scanner_.ScanWord(begin);
    if (end < end_ && text_[end] == '.' &&
        internal::ClassifyAbbreviation(text_.substr(begin, end + 1 - begin)) !=
            internal::AbbreviationKind::kNone) {
      ++end;
      // "U.S.-led"
      if (scanner_.CharAt(end) == '-' && scanner_.AlnumAt(end + 1)) end = scanner_.ScanWord(end + 1);
    }
    const size_t clitic = CliticLength(text_.substr(begin, end - begin));
    if (clitic == 0) {
      Add(begin, end);
    } else {
      Add(begin, end - clitic);
      Add(end - clitic, end);
    }
    return end;
  }

  size_t AddPunctuation(size_t begin) {
    const char c = text_[begin];
    size_t end = begin;
    if (c == '.' || c == '-') {
      while (end < end_ && text_[end] == c) ++end;
    } else {
      internal::NextCodePoint(text_.substr(0, end_), &end);
    }
    Add(begin, end);
    return end;
  }

  absl::string_view text_;
  uint32_t begin_;
  uint32_t end_;
  WordScanner scanner_;
  bool seen_word_ = false;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> Tokenize(absl::string_view text, uint32_t begin, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  return TokenBuilder(text, begin, end).Run();
}

}  // namespace kg::ingest
