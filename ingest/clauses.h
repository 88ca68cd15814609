// Shallow clause analysis of a tagged sentence: verb groups (with negation, modality, voice and
// particles), quotation spans, parenthetical clauses, and the scans that find a verb's subject
// and objects within its clause. It knows no actors and no event classes. Internal to ingest/.
#ifndef KG_INGEST_CLAUSES_H_
#define KG_INGEST_CLAUSES_H_

#include <string>
#include <vector>

#include "ingest/text.h"
#include "kg.pb.h"

namespace kg::ingest {

struct VerbGroup {
  uint32_t first = 0;       // tokens [first, last) of the group: auxiliaries, adverbs, the verb
  uint32_t last = 0;
  uint32_t head = 0;        // the main verb
  bool negated = false;     // not, n't, never, nor, no longer
  bool passive = false;     // a form of "be" or "get" with a past participle
  bool finite = true;       // false for bare participles, gerunds and infinitives
  bool infinitive = false;  // "to" + verb
  bool gerund = false;      // a VBG with no auxiliary
  bool participle = false;  // a VBN/VBD with no auxiliary directly after a noun ("troops backed by")
  Modality modality = ASSERTED;
};

class ClauseAnalysis {
 public:
  // `quote_open_at_start`: the sentence begins inside a quotation opened in an earlier sentence.
  ClauseAnalysis(const Sentence& sentence, bool quote_open_at_start);

  const std::vector<VerbGroup>& verb_groups() const { return groups_; }
  // Index of the verb group containing token i, or -1.
  // (past the last token: no group, no quotation)
  int GroupAt(uint32_t i) const { return i < group_of_.size() ? group_of_[i] : -1; }
  bool InQuote(uint32_t i) const { return i < in_quote_.size() && in_quote_[i]; }
  bool quote_open_at_end() const { return quote_open_at_end_; }
  bool HasQuote() const { return has_quote_; }
  // Token i is inside a parenthetical (", which ... ," or ", a lawmaker who ... ,").
  bool InParenthetical(uint32_t i) const { return parenthetical_[i]; }

  // Where the clause containing token i begins, scanning left (the token after the boundary).
  uint32_t ClauseStart(uint32_t i) const;
  // Where the clause containing token i ends (exclusive), scanning right; verb groups other than
  // `own_group` that are finite end it.
  uint32_t ClauseEnd(uint32_t i, int own_group) const;
  // A negator ("not", "no", "never", "nothing") between the clause start and token i.
  bool NegatedBefore(uint32_t i) const;
  // "I'm not aware there were airstrikes", "no evidence of any attack": an event after a
  // disclaimer of knowledge is not stated as a fact.
  bool DisclaimedBefore(uint32_t i) const;
  // "if", "unless", "whether" opens the clause of token i.
  bool Hypothetical(uint32_t i) const;
  bool IsBoundary(uint32_t i) const;

  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  void FindGroups();
  void FindQuotes(bool open);
  void FindParentheticals();

  const std::vector<Token>& tokens_;
  std::vector<VerbGroup> groups_;
  std::vector<int> group_of_;
  std::vector<bool> in_quote_;
  std::vector<bool> parenthetical_;
  bool quote_open_at_end_ = false;
  bool has_quote_ = false;
};

bool IsQuoteToken(const Token& token);
bool IsBeForm(const std::string& lower);

}  // namespace kg::ingest

#endif  // KG_INGEST_CLAUSES_H_
