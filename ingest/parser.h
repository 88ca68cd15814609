// A small, bounded wrapper around link-grammar 5.12 (Debian `liblink-grammar-dev`, English
// dictionaries from `link-grammar-dictionaries-en`): for one sentence, who is the subject and
// who the object of each verb, by token index of the kg Tokenize() tokens.
//
// What it is: a fallback for the few sentences where the extractor's shallow analysis cannot
// decide who did what to whom. It costs milliseconds to tens of milliseconds a sentence (two to
// three orders of magnitude more than the shallow analysis), so call it only on those.
// What it is not: a general dependency parser. It reads only subject links (S, SF, SX, SI, SFI,
// SXI, RS), object links (O, OX, and B for object relatives), passive participles (Pv, Mv,
// reduced MX), the agent of a passive (by + J), and carries subjects down auxiliary and
// infinitive chains (PP, Pv, Pg, I, TO; TOo takes the controller's object), over verb
// conjunctions (VJ), to the antecedent of a relative pronoun (R, MX*r) and to the first member
// of a conjoined noun phrase (SJ). It takes link-grammar's best-ranked linkage, which is
// sometimes wrong; it gives nothing for sentences longer than Options::max_tokens.
// It never prints: link-grammar's messages are swallowed on the calling thread.
#ifndef KG_INGEST_PARSER_H_
#define KG_INGEST_PARSER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "ingest/text.h"

namespace kg::ingest {

// Grammatical relations link-grammar finds for one sentence, by token index of the kg
// Tokenize() tokens. Every vector has tokens.size() entries; -1 (false) where unknown.
struct ParsedRelations {
  // For the token of a verb (auxiliaries included): the token of its subject's head, and of its
  // object's head. For a passive verb the subject is the surface subject (the patient).
  std::vector<int> subject_of;
  std::vector<int> object_of;
  // True for a passive participle ("attacked" in "Iraq was attacked by Iran", "Iraq, attacked by
  // Iran, ...", "the men arrested by police"): its subject_of is what was acted upon.
  std::vector<bool> passive;
  // For a passive verb: the token of the head of its by-phrase ("Iran"), the real agent.
  std::vector<int> agent_of;
  // A linkage without null (left-out) words was found within the time bound.
  bool complete = false;
  // Words left out of the linkage used (0 or 1); -1 when no linkage was used at all (sentence
  // too long or empty, nothing found in time), in which case every entry is -1 / false.
  int null_count = -1;
};

class SentenceParser {
 public:
  struct Options {
    // Time bound of one parse. link-grammar's timer counts whole seconds, so the hard bound is
    // this rounded up to a whole second (at least 1); within it, the retry with a null link is
    // skipped once this much time has gone.
    double max_seconds = 0.2;
    // Sentences with more tokens than this are not parsed.
    int max_tokens = 40;
  };

  // Loads the English dictionary (about 0.1-0.3 s). Fails, naming the dictionary and the Debian
  // package, when it is missing. When the program's LC_CTYPE is not a UTF-8 locale it is set to
  // C.UTF-8 (link-grammar needs one; it would otherwise do the same and print a warning): call
  // it at start-up, before other threads use the locale.
  static absl::StatusOr<std::unique_ptr<SentenceParser>> Create(const Options& options);
  static absl::StatusOr<std::unique_ptr<SentenceParser>> Create();

  // Parses the tokens' texts joined with spaces. Thread-safe: the dictionary is shared, parse
  // options and sentences are made per call.
  ParsedRelations Parse(const std::vector<Token>& tokens) const;

  ~SentenceParser();
  SentenceParser(const SentenceParser&) = delete;
  SentenceParser& operator=(const SentenceParser&) = delete;

 private:
  struct Impl;
  explicit SentenceParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

namespace parser_internal {

// One word of a linkage: its text as link-grammar prints it ("attacked.v-d", "[Iran]",
// "LEFT-WALL") and its byte range in the parsed string.
struct LinkWord {
  std::string text;
  size_t begin = 0;
  size_t end = 0;
};

// Token index of each linkage word (-1 for the walls and anything not found). `joined` is the
// parsed string and token i occupies [starts[i], starts[i] + tokens[i].text.size()) of it.
// Uses the byte ranges when they are consistent with `joined`, else walks both sequences
// comparing texts (link-grammar's subscripts and null-word brackets removed, case ignored,
// punctuation it dropped or split off skipped).
std::vector<int> MapWordsToTokens(const std::vector<LinkWord>& words,
                                  const std::vector<Token>& tokens,
                                  const std::vector<size_t>& starts, const std::string& joined);

}  // namespace parser_internal

}  // namespace kg::ingest

#endif  // KG_INGEST_PARSER_H_
