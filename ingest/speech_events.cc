// SentenceReader's speech pass: statements, denials, refusals and blame made by verbs of saying
// and their complements, attributions ("according to"), and the first-person statement of a quotation.
// Not the roles shared between events afterwards (event_sharing.cc).
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

// "according to the ministry, ...", "..., according to Amnesty International": an attribution
// is a statement of the source, whose content is the rest of the sentence.
void SentenceReader::FindAttributions() {
  for (uint32_t k = 0; k + 2 < tokens_.size(); ++k) {
    if (At(k).lower != "according" || At(k + 1).lower != "to") continue;
    int m = mention_at_[k + 2];
    if (m < 0 && At(k + 2).lower == "the" && k + 3 < tokens_.size()) m = mention_at_[k + 3];
    if (m < 0 || ActorOf(m) < 0 || mentions_[m].form == MentionForm::kPronoun) continue;
    DraftEvent e;
    e.event_class = STATEMENT;
    e.cameo = "010";
    e.speech = true;
    e.source_mention = m;
    e.source = ActorOf(m);
    e.trigger_first = k;
    e.trigger_last = k + 2;
    e.rule = "according-to";
    drafts_.push_back(e);
  }
}

// '"We have done all we could."' read alone: a first-person clause with nothing else in it is
// a statement of whoever speaks (the carried speaker, or an unresolved "we").
void SentenceReader::AddFirstPersonStatement() {
  for (const auto& d : drafts_)
    if (!d.needs_parent && !(d.negated && d.source < 0) &&
        (d.source >= 0 || d.target >= 0 || d.stands_alone || UnnamedSource(d)))
      return;
  const auto& groups = clauses_.verb_groups();
  for (size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& mention = mentions_[m];
    if (mention.form != MentionForm::kPronoun || mention.possessive || !IsAnyOf(mention.pronoun, {"i", "we"}))
      continue;
    int g = clauses_.GroupAt(mention.last);
    if (g < 0 || !groups[g].finite) continue;
    DraftEvent e;
    e.event_class = STATEMENT;
    e.cameo = "010";
    e.source_mention = static_cast<int>(m);
    e.source = mention.actor;
    e.verb_group = g;
    e.trigger_first = groups[g].head;
    e.trigger_last = groups[g].head + 1;
    e.rule = "first-person";
    // '"We do not run detention sites."': saying what one does not do or is not is a denial
    // ("we will not", "we cannot": a refusal or an inability, left a statement)
    bool modal = HasModal(groups[g]);
    // (not a thought or a perception: "I don't know why", "I don't think so", "I'm not saying")
    static const WordSet* mental = new WordSet{
        "know", "think", "believe", "see", "say", "understand", "want", "like", "expect", "remember", "mean",
        "feel", "care", "recall", "wish", "hope", "doubt", "suppose", "imagine", "guess", "need", "seem", "be",
        "have", "get", "mind", "agree", "intend", "plan", "wonder", "forget", "notice", "hear", "read",
        "comment", "speculate", "discuss", "go", "give"};
    if (groups[g].negated && !modal && !mental->count(At(groups[g].head).lemma)) {
      e.event_class = DENY;
      e.cameo = "016";
      e.denies_unnamed = true;
      e.rule = "first-person:denial";
    } else {
      SetTopic(groups[g].last, static_cast<uint32_t>(tokens_.size()), e);  // "I think the Japanese will ..."
    }
    drafts_.push_back(e);
    return;
  }
}

// "must", "should", "ought": the group says what someone is obliged to do.
bool SentenceReader::Obliges(const VerbGroup& group) const {
  for (uint32_t k = group.first; k < group.head; ++k)
    if (IsAnyOf(At(k).lower, {"must", "should", "ought"})) return true;
  return false;
}

// Token range of what a speech verb reports: its clause to the right, or the quotation (or
// clause) before it when it comes after ("'...,' he said", "..., officials say").
std::pair<uint32_t, uint32_t> SentenceReader::Complement(const DraftEvent& speech, int subject_mention) const {
  uint32_t after = speech.trigger_last;
  // '"...," said opposition leader X': the subject stands after the verb, the content before
  bool inverted = subject_mention >= 0 && mentions_[subject_mention].first >= speech.trigger_last;
  if (inverted) after = mentions_[subject_mention].last;
  // "told reporters", "told the ministers": skip an addressee
  uint32_t right_end = static_cast<uint32_t>(tokens_.size());
  for (uint32_t j = after; j < tokens_.size(); ++j) {
    // "disputes the result and has called for a recount": a second verb of the same subject
    bool second_verb = At(j).lower == "and" && j > after + 1 && j + 1 < tokens_.size() &&
                       clauses_.GroupAt(j + 1) >= 0 && At(j + 1).tag != "VBG" && At(j + 1).tag != "TO";
    if (At(j).text == ";" || (At(j).text == "," && (At(j + 1).lower == "but" || At(j + 1).lower == "according")) ||
        (At(j).lower == "but" && At(j).tag == "CC") || second_verb) {
      right_end = j;
      break;
    }
  }
  bool content_right = false;
  for (uint32_t j = after; j < right_end; ++j) {
    if (clauses_.GroupAt(j) >= 0 || IsQuoteToken(At(j)) || At(j).tag.rfind("NN", 0) == 0) {
      content_right = true;
      break;
    }
    if (At(j).text == "." || At(j).text == ",") break;
  }
  uint32_t left_end = subject_mention >= 0 && !inverted ? mentions_[subject_mention].first : speech.trigger_first;
  while (left_end > 0 && (At(left_end - 1).text == "," || IsQuoteToken(At(left_end - 1)))) --left_end;
  bool content_left = left_end > 0 && left_end < speech.trigger_first &&
                      (At(left_end).text == "," || IsQuoteToken(At(left_end)));
  if (content_right && !(content_left && clauses_.InQuote(left_end - 1))) return {after, right_end};
  if (content_left) return {0, left_end};
  return {after, right_end};
}

// "Chile held Peru responsible", "Kenya said Ugandan troops were responsible for that
// raid", "the minister said the rebels were to blame": blame laid on an actor is an accusation
// (CAMEO 112) by whoever holds it or says it.
void SentenceReader::FindBlame() {
  static const WordSet* blame_words =
      new WordSet{"responsible", "accountable", "liable", "culpable", "blame"};
  const auto& groups = clauses_.verb_groups();
  for (uint32_t w = 1; w < tokens_.size(); ++w) {
    if (At(w).lower.size() < 5 || !blame_words->count(At(w).lower)) continue;
    bool to_blame = At(w).lower == "blame";
    if (to_blame && At(w - 1).lower != "to") continue;
    uint32_t b = to_blame ? w - 1 : w;
    while (b > 0 && At(b - 1).tag == "RB") --b;  // "directly responsible"
    if (b == 0) continue;
    int source = -1, source_mention = -1, target_mention = -1;
    int g = clauses_.GroupAt(b - 1);
    if (g >= 0 && At(groups[g].head).lemma == "be" && !groups[g].negated) {
      // "X was responsible": said by the speaker whose words hold it
      target_mention = Subject(g);
      int holder = -1;  // the innermost speech whose words hold the blame
      uint32_t holder_length = 0;
      for (size_t d = 0; d < drafts_.size(); ++d) {
        if (!drafts_[d].speech || drafts_[d].negated) continue;
        auto span = Complement(drafts_[d], drafts_[d].source_mention);
        if (w < span.first || w >= span.second || (holder >= 0 && span.second - span.first >= holder_length))
          continue;
        holder = static_cast<int>(d);
        holder_length = span.second - span.first;
      }
      if (holder < 0) continue;
      source = drafts_[holder].source;
      source_mention = drafts_[holder].source_mention;
    } else if (int m = mention_at_[b - 1]; m >= 0 && mentions_[m].first > 0 &&
               clauses_.GroupAt(mentions_[m].first - 1) >= 0) {
      // "held the United States responsible"
      const VerbGroup& hold = groups[clauses_.GroupAt(mentions_[m].first - 1)];
      if (At(hold.head).lemma != "hold" || hold.negated || hold.passive) continue;
      target_mention = m;
      source_mention = Subject(clauses_.GroupAt(mentions_[m].first - 1));
      source = ActorOf(source_mention);
    } else {
      continue;
    }
    int target = ActorOf(target_mention);
    if (target < 0 || (source < 0 && source_mention < 0) || target == source) continue;
    // ("were to blame": the verb read as the rebels blaming is the blame laid on them)
    for (auto& d : drafts_)
      if (d.trigger_first == w && d.event_class == ACCUSE) d.needs_parent = true;
    DraftEvent e;
    e.event_class = ACCUSE;
    e.cameo = "112";
    e.source = source;
    e.source_mention = source_mention;
    e.target = target;
    e.target_mention = target_mention;
    e.trigger_first = w;
    e.trigger_last = w + 1;
    e.rule = "blame";
    drafts_.push_back(e);
  }
}

int SentenceReader::FindSpeech(int carried_speaker) {
  int sentence_speaker = -1;
  // Inner speech first: a shorter span is nested in a longer one.
  std::vector<size_t> order;
  for (size_t d = 0; d < drafts_.size(); ++d)
    if (drafts_[d].speech) order.push_back(d);
  std::vector<std::pair<uint32_t, uint32_t>> spans(drafts_.size());
  for (size_t d : order) spans[d] = Complement(drafts_[d], drafts_[d].source_mention);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return spans[a].second - spans[a].first < spans[b].second - spans[b].first;
  });
  for (size_t d : order) {
    if (!clauses_.InQuote(drafts_[d].trigger_first) && drafts_[d].source >= 0 && sentence_speaker < 0)
      sentence_speaker = drafts_[d].source;
  }
  int quote_speaker = sentence_speaker >= 0 ? sentence_speaker : carried_speaker;
  ResolveFirstPerson(quote_speaker);
  for (size_t d : order) {
    DraftEvent& speech = drafts_[d];
    bool pair_speaker = speech.source_mention >= 0 && mentions_[speech.source_mention].pair.size() == 2;
    if (speech.source < 0 && !pair_speaker && !UnnamedSource(speech)) continue;
    auto [begin, end] = spans[d];
    std::vector<size_t> inner;
    for (size_t k = 0; k < drafts_.size(); ++k) {
      if (k == d || drafts_[k].claimed || (drafts_[k].speech && drafts_[k].content >= 0)) continue;
      if (drafts_[k].trigger_first >= begin && drafts_[k].trigger_first < end) inner.push_back(k);
    }
    std::sort(inner.begin(), inner.end(),
              [&](size_t a, size_t b) { return drafts_[a].trigger_first < drafts_[b].trigger_first; });
    HandleSpeech(d, inner);
    // "officials said Clinton would not accept": a statement is about whom it speaks of
    // (and "alleged the reporters were spies", "complained that Tokyo ...": of whom it alleges)
    if ((drafts_[d].event_class == STATEMENT || drafts_[d].event_class == ACCUSE) && !drafts_[d].negated &&
        drafts_[d].target < 0)
      SetTopic(begin, end, drafts_[d]);
    // "warned of unrest before the Games": a warning of what others may do is a statement too
    // (a warning of one's own act is only a threat)
    if (drafts_[d].event_class == THREATEN && !drafts_[d].negated &&
        IsAnyOf(At(drafts_[d].trigger_first).lemma, {"warn", "caution"})) {
      int content = drafts_[d].content;
      bool own = content >= 0 && drafts_[content].source >= 0 && drafts_[d].source >= 0 &&
                 (drafts_[content].source == drafts_[d].source ||
                  actors_.IsRelated(drafts_[content].source, drafts_[d].source));
      if (!own) {
        DraftEvent said = OfSpeaker(d, STATEMENT, "010", drafts_[d].trigger_first, drafts_[d].trigger_last,
                                    "speech:warning");
        SetTopic(begin, end, said);
        drafts_.push_back(said);
      }
    }
    if (drafts_[d].event_class != DENY && !drafts_[d].negated) {
      AddBlame(d, begin, end);
      AddAttribution(d, begin, end);
      AddGoodRole(d, begin, end);
      AddObligations(d, begin, end);
      AddImperative(d, begin, end);
      AddEvaluation(d, begin, end);
      AddSelfDenial(d, begin, end);
    }
  }
  // '"Congress should hold firm," (read alone, no speaker anywhere): a demand of whom the
  // quotation says must act, by a speaker unknown
  if (order.empty() && carried_speaker < 0 && clauses_.HasQuote()) {
    const auto& groups = clauses_.verb_groups();
    for (size_t g = 0; g < groups.size(); ++g) {
      if (!clauses_.InQuote(groups[g].head)) continue;
      int subject = Obliges(groups[g]) ? Subject(static_cast<int>(g)) : -1;
      if (ActorOf(subject) < 0) continue;
      DraftEvent e;
      e.event_class = REQUEST;
      e.cameo = "100";
      e.target = ActorOf(subject);
      e.target_mention = subject;
      e.trigger_first = groups[g].first;
      e.trigger_last = groups[g].head + 1;
      e.rule = "quote:obligation";
      drafts_.push_back(e);
      break;
    }
  }
  // '"The conduct of the faction has been shameful."' (read alone, no speaker anywhere):
  // a judgement of whom the quotation is about, by a speaker unknown
  if (order.empty() && carried_speaker < 0 && clauses_.HasQuote()) {
    for (uint32_t k = 0; k < tokens_.size(); ++k) {
      const EventEntry* entry = clauses_.InQuote(k) ? Evaluation(k) : nullptr;
      if (!entry || (entry->event_class != ACCUSE && entry->event_class != SUPPORT)) continue;
      bool already = false;
      for (const auto& d : drafts_) already |= d.event_class == entry->event_class;
      if (already) break;
      DraftEvent e;
      e.event_class = entry->event_class;
      e.cameo = entry->cameo;
      e.trigger_first = k;
      e.trigger_last = k + 1;
      e.rule = absl::StrCat("quote:evaluation:", At(k).lower);
      SetTopic(0, static_cast<uint32_t>(tokens_.size()), e);
      if (e.target >= 0) drafts_.push_back(e);
      break;
    }
  }
  // A quotation with no speech verb of its own speaks for the last speaker.
  if (order.empty() && carried_speaker >= 0 && clauses_.HasQuote()) {
    std::vector<size_t> inner;
    for (size_t k = 0; k < drafts_.size(); ++k)
      if (clauses_.InQuote(drafts_[k].trigger_first)) inner.push_back(k);
    for (size_t k : inner) {
      if (drafts_[k].negated && !drafts_[k].claimed) {
        if (drafts_[k].source < 0) drafts_[k].source = carried_speaker;
        AddDenial(carried_speaker, k, drafts_[k].trigger_first, drafts_[k].trigger_last, "quote:negated");
      }
    }
  }
  return quote_speaker;
}

void SentenceReader::HandleSpeech(size_t d, const std::vector<size_t>& inner) {
  DraftEvent speech = drafts_[d];
  if (speech.negated) {  // "neither confirmed nor denied": nothing is stated
    for (size_t k : inner) drafts_[k].asserted = false;
    drafts_[d].claimed = true;
    drafts_[d].needs_parent = true;
    return;
  }
  if (speech.event_class == DENY) {
    // The denied event: the first that is not itself an accusation or statement.
    size_t chosen = inner.size();
    for (size_t i = 0; i < inner.size() && chosen == inner.size(); ++i) {
      auto c = drafts_[inner[i]].event_class;
      if (c != ACCUSE && c != STATEMENT && c != DENY) chosen = i;
    }
    if (chosen == inner.size() && !inner.empty()) chosen = 0;
    if (chosen == inner.size()) {
      // "denied the reports", "called this information nonsense": what an earlier sentence said
      Salience::Fact fact = salience_.RecentFact();
      if (fact.event_class == EVENT_CLASS_UNSPECIFIED || !RefersBack(speech)) {
        // "denied the reports", "denied involvement": a denial whose content we cannot name;
        // otherwise a denial of nothing
        drafts_[d].needs_parent = !RefersBack(speech);
        drafts_[d].denies_unnamed = RefersBack(speech);
        return;
      }
      DraftEvent content;
      content.event_class = fact.event_class;
      content.cameo = fact.cameo;
      content.source = fact.source;
      content.target = fact.target;
      content.trigger_first = speech.trigger_first;
      content.trigger_last = speech.trigger_last;
      content.rule = "earlier-sentence";
      drafts_.push_back(content);
      drafts_[d].target = -1;
      Attach(d, drafts_.size() - 1);
      return;
    }
    size_t k = inner[chosen];
    // "Turkey denies Syrian accusations that it backs ...": the accusation targets the denier
    // (and the denial answers the accuser: "Laos denied the exiled prince's accusations")
    int accuser = -1;
    for (size_t other : inner) {
      bool claim = drafts_[other].event_class == STATEMENT && drafts_[other].rule.rfind("noun:", 0) == 0;
      if (drafts_[other].event_class != ACCUSE && !claim) continue;
      if (drafts_[other].target < 0 && !claim) drafts_[other].target = speech.source;
      if (drafts_[other].source >= 0 && drafts_[other].source != speech.source && accuser < 0)
        accuser = static_cast<int>(other);
    }
    const Mention* subject = speech.source_mention >= 0 ? &mentions_[speech.source_mention] : nullptr;
    if (subject && subject->form == MentionForm::kPair && subject->pair.size() == 2) {
      // "both deny any military coordination": one denial each, of cooperation with the other
      for (int side = 0; side < 2; ++side) {
        DraftEvent content = drafts_[k];
        content.source = subject->pair[side];
        content.target = subject->pair[1 - side];
        content.needs_parent = false;
        drafts_.push_back(content);
        DraftEvent denial = speech;
        denial.speech = false;  // a denial made here, not a verb whose clause is still to read
        denial.source = subject->pair[side];
        denial.rule += ":pair";
        drafts_.push_back(denial);
        Attach(drafts_.size() - 1, drafts_.size() - 2);
      }
      drafts_[d].claimed = true;
      drafts_[d].needs_parent = true;
      drafts_[k].claimed = true;
      drafts_[k].needs_parent = true;
      return;
    }
    if (drafts_[k].source < 0 && drafts_[k].target != speech.source) drafts_[k].source = speech.source;
    drafts_[d].target = -1;  // what is denied is the content, not a target
    drafts_[d].target_mention = -1;
    if (accuser >= 0) {
      drafts_[d].target = drafts_[accuser].source;
      drafts_[d].target_mention = drafts_[accuser].source_mention;
    }
    Attach(d, k);
    return;
  }
  // "claimed responsibility for the attack": the claimant did it
  // (and of each conjunct of that act: "the car bomb that killed nine civilians and three soldiers")
  if (At(speech.trigger_last).lower == "responsibility" || At(speech.trigger_last + 1).lower == "responsibility") {
    int claimed_trigger = -1;
    for (size_t k : inner) {
      if (drafts_[k].source >= 0 || drafts_[k].claimed) continue;
      if (claimed_trigger >= 0 && static_cast<int>(drafts_[k].trigger_first) != claimed_trigger) break;
      claimed_trigger = static_cast<int>(drafts_[k].trigger_first);
      drafts_[k].source = speech.source;
      drafts_[k].needs_parent = false;
      drafts_[k].rule += ":claimed";
    }
  }
  // "the general said the offensive could go on for weeks", "the caller said the bomb would
  // explode": violence held out with no one named to do it is the speaker's (a threat, below)
  for (size_t k : inner) {
    DraftEvent& act = drafts_[k];
    if ((act.event_class == ASSAULT || act.event_class == COERCE) && act.source < 0 && !act.negated &&
        !act.claimed && (act.modality == INTENDED || act.modality == POSSIBLE) && speech.source >= 0 &&
        actors_.at(speech.source).actor.kind() != GROUP && actors_.at(speech.source).actor.kind() != MEDIA &&
        actors_.at(speech.source).actor.kind() != COMPANY) {
      // (not commentators: "analysts said the strikes would continue" forecasts)
      act.source = speech.source;
      act.rule += ":announced";
    }
  }
  // A statement: negated inner events are denials by the speaker, the rest are reported.
  bool stated = false;
  for (size_t k : inner) {
    if (drafts_[k].claimed) continue;
    if (drafts_[k].negated && (drafts_[k].modality == INTENDED || drafts_[k].modality == POSSIBLE)) {
      drafts_[k].asserted = false;
      if (drafts_[k].modality == INTENDED && drafts_[k].source >= 0) AddRefusal(k);
    } else if (drafts_[k].negated && drafts_[k].modality == HYPOTHETICAL) {
      drafts_[k].asserted = false;  // "... if Uganda does not apologise": a condition, no denial
    } else if (drafts_[k].negated) {
      AddDenial(speech.source, k, speech.trigger_first, speech.trigger_last, "speech:negated");
    } else if (!stated && !drafts_[k].needs_parent) {
      stated = true;
      drafts_[d].content = static_cast<int>(k);  // the statement's content; k stays a fact
      // "warned Belarus of further sanctions": what the warner itself holds out is no fact
      if (speech.event_class == THREATEN && drafts_[k].source >= 0 && speech.source >= 0 &&
          (drafts_[k].source == speech.source || actors_.IsRelated(drafts_[k].source, speech.source))) {
        drafts_[k].modality = THREATENED;
        drafts_[k].asserted = false;
        if (drafts_[d].target < 0) {
          drafts_[d].target = drafts_[k].target;
          drafts_[d].target_mention = drafts_[k].target_mention;
        }
      }
      MakeAllegation(d, k);
    }
  }
}

// "Sudan claimed that Chad is sheltering the rebels": claiming or alleging a hostile act of
// someone else is an accusation of them.
void SentenceReader::MakeAllegation(size_t d, size_t k) {
  DraftEvent& speech = drafts_[d];
  const DraftEvent& act = drafts_[k];
  if (speech.event_class != STATEMENT || speech.source < 0 || act.source < 0 ||
      !IsAnyOf(At(speech.trigger_first).lemma, {"claim", "allege", "contend", "assert", "maintain", "insist"}))
    return;
  static const std::set<EventClass>* hostile = new std::set<EventClass>{
      ASSAULT, COERCE, THREATEN, MOBILIZE, SANCTION, AID, COOPERATE, REJECT};
  if (!hostile->count(act.event_class) || actors_.IsRelated(act.source, speech.source)) return;
  speech.event_class = ACCUSE;
  speech.cameo = "112";
  speech.target = act.source;
  speech.target_mention = act.source_mention;
  speech.rule += ":allegation";
}

// '"This is a disgrace," the minister said', 'said Brough's comments were offensive': a
// judgement in what someone says is a criticism by the speaker, of the first other actor
// named in it (or of no one named).
void SentenceReader::AddEvaluation(size_t d, uint32_t begin, uint32_t end) {
  if (drafts_[d].event_class != STATEMENT) return;
  // "According to AFP, the ministry called the reports nonsense": the judgement is the inner speaker's
  for (size_t other = 0; other < drafts_.size(); ++other)
    if (other != d && drafts_[other].verb_group >= 0 && drafts_[other].trigger_first >= begin &&
        drafts_[other].trigger_first < end && (drafts_[other].speech || drafts_[other].event_class == DENY))
      return;
  for (uint32_t k = begin; k < end; ++k) {
    const EventEntry* entry = Evaluation(k);
    if (!entry || entry->event_class == STATEMENT) continue;  // ("said he was hopeful": said already)
    for (const auto& other : drafts_)
      if (other.event_class == entry->event_class && other.trigger_first >= begin && other.trigger_first < end) return;
    DraftEvent e = OfSpeaker(d, entry->event_class, entry->cameo, k, k + 1,
                             absl::StrCat("speech:evaluation:", At(k).lower));
    SetTopic(begin, end, e);
    drafts_.push_back(e);
    return;
  }
}

// Whom words in tokens [begin, end) are about, as the target of e when it has none: the subject
// of a clause of what is said, else the first actor named; never the source or its own.
void SentenceReader::SetTopic(uint32_t begin, uint32_t end, DraftEvent& e) {
  auto other = [&](int actor) {
    return actor >= 0 && !(e.source >= 0 && (actor == e.source || actors_.IsRelated(actor, e.source)));
  };
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size() && e.target < 0; ++g) {
    if (groups[g].head < begin || groups[g].head >= end || !groups[g].finite) continue;
    int subject = Subject(static_cast<int>(g));
    if (!other(ActorOf(subject))) continue;
    e.target = ActorOf(subject);
    e.target_mention = subject;
  }
  for (size_t m = 0; m < mentions_.size() && e.target < 0; ++m) {
    const Mention& mention = mentions_[m];
    if (mention.first < begin || mention.first >= end || mention.locative || !other(ActorOf(static_cast<int>(m))))
      continue;
    e.target = ActorOf(static_cast<int>(m));
    e.target_mention = static_cast<int>(m);
  }
}

// "X said Russia had failed to honour its obligations": saying that someone failed, violated or
// schemed is an accusation of them.
void SentenceReader::AddBlame(size_t d, uint32_t begin, uint32_t end) {
  static const WordSet* blame = new WordSet{
      "fail", "violate", "breach", "flout", "ignore", "undermine", "sabotage", "interfere", "meddle",
      "provoke", "lie", "scheme", "plot", "conspire", "incite", "instigate", "renege", "obstruct"};
  static const WordSet* duty = new WordSet{"comply", "honour", "honor", "respect", "live", "keep", "fulfil",
                                           "fulfill", "abide", "do", "show"};
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end) continue;
    const std::string& lemma = At(group.head).lemma;
    // "was trying to escape accountability", "evaded responsibility"
    bool evades = IsAnyOf(lemma, {"escape", "evade", "dodge", "avoid", "shirk"}) &&
                  IsAnyOf(At(group.head + 1).lower, {"accountability", "responsibility", "justice", "scrutiny"});
    if (!group.finite && !evades) continue;
    if (!blame->count(lemma) && !(group.negated && duty->count(lemma)) && !evades) continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), ACCUSE, "112", &e)) continue;
    e.trigger_first = group.head;
    e.rule = absl::StrCat("speech:blame:", lemma);
    drafts_.push_back(e);
    return;
  }
}

// "said Lula will be an excellent president", "the governor is a fine governor": calling someone good at
// what they are praises them.
void SentenceReader::AddGoodRole(size_t d, uint32_t begin, uint32_t end) {
  static const WordSet* good = new WordSet{"good", "great", "strong", "excellent", "fine", "outstanding",
                                           "wonderful", "remarkable", "effective", "capable", "superb", "brilliant"};
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end || group.negated || At(group.head).lemma != "be") continue;
    uint32_t k = group.head + 1;
    if (!IsAnyOf(At(k).lower, {"a", "an"})) continue;
    ++k;
    while (k < end && At(k).tag == "RB") ++k;
    if (!good->count(At(k).lower) || k + 1 >= end) continue;
    const Token& noun = At(k + 1);
    if (!noun.person_noun && !IsAnyOf(noun.lower, {"leader", "mayor", "president", "minister", "choice", "friend"}))
      continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), SUPPORT, "051", &e)) continue;
    e.trigger_first = k;
    e.trigger_last = k + 2;
    e.rule = "speech:good-role";
    drafts_.push_back(e);
    return;
  }
}

// "said the bombing bore the hallmarks of al-Qaeda": naming whose mark a deed carries blames them.
void SentenceReader::AddAttribution(size_t d, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin; k + 2 < end; ++k) {
    if (!IsAnyOf(At(k).lower, {"hallmarks", "hallmark", "fingerprints", "signature", "trademarks"}) ||
        At(k + 1).lower != "of" || k < begin + 2 || !IsAnyOf(At(k - 1).lower, {"the", "all"}))
      continue;
    int g = clauses_.GroupAt(k - 2);
    if (g < 0 || !IsAnyOf(At(clauses_.verb_groups()[g].head).lemma, {"bear", "have", "carry", "show"})) continue;
    int mention = k + 2 < tokens_.size() ? mention_at_[k + 2] : -1;
    int target = ActorOf(mention);
    if (target < 0 || target == drafts_[d].source) continue;
    DraftEvent e = OfSpeaker(d, ACCUSE, "112", k, k + 1, "speech:hallmarks");
    e.target = target;
    e.target_mention = mention;
    drafts_.push_back(e);
    return;
  }
}

// An event of the speaker of draft d about the subject of verb group g, who must be someone
// else; false when there is no such subject.
bool SentenceReader::SpeakerAbout(size_t d, int g, EventClass event_class, const char* cameo, DraftEvent* e) {
  int subject = Subject(g);
  int other = ActorOf(subject);
  int speaker = drafts_[d].source;
  // (a speaker may be an unresolved "he" in a sentence read alone)
  if (other < 0 || (speaker < 0 && !UnnamedSource(drafts_[d])) ||
      (speaker >= 0 && actors_.IsRelated(other, speaker)))
    return false;
  e->event_class = event_class;
  e->cameo = cameo;
  e->source = speaker;
  e->target = other;
  e->source_mention = drafts_[d].source_mention;
  e->target_mention = subject;
  e->trigger_last = clauses_.verb_groups()[g].head + 1;
  return true;
}

// The denial's object points back: "the reports", "this information", "these claims", "it".
bool SentenceReader::RefersBack(const DraftEvent& speech) const {
  static const WordSet* back = new WordSet{"this", "that", "these", "those", "it", "report", "reports",
                                           "claim", "claims", "information", "allegation", "allegations",
                                           "accusation", "accusations", "charge", "charges", "account",
                                           "accounts", "story", "rumours", "rumors", "suggestion",
                                           "involvement", "responsibility", "role", "links", "wrongdoing",
                                           // "denied them", "denied any knowledge of", "denied ties to"
                                           "them", "any", "knowledge", "relationship", "ties", "link",
                                           "connection", "connections", "contact", "contacts", "guilt",
                                           "complicity", "rumour", "rumor"};
  for (uint32_t k = speech.trigger_last; k < tokens_.size() && k < speech.trigger_last + 4; ++k)
    if (back->count(At(k).lower)) return true;
  // "an accusation that Nepal rejected", "the claims, which Oslo denies": the antecedent
  if (speech.source_mention < 0) return false;
  uint32_t relative = mentions_[speech.source_mention].first;
  if (relative < 2 || !IsAnyOf(At(relative - 1).lower, {"that", "which"})) return false;
  uint32_t antecedent = At(relative - 2).text == "," && relative >= 3 ? relative - 3 : relative - 2;
  return back->count(At(antecedent).lower) > 0;
}

// '"Russia must withdraw its troops," the minister said': telling another what it must do is
// a request of it.
void SentenceReader::AddObligations(size_t d, uint32_t begin, uint32_t end) {
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end) continue;
    bool must = Obliges(group);
    if (group.negated && !must) continue;  // ("Japan should never repeat it": a demand too)
    int act = static_cast<int>(g);  // the group of the act demanded
    // "the security forces have to be reformed", "Congress needs to act"
    if (!must && !HasModal(group) && IsAnyOf(At(group.head).lemma, {"have", "need"}) &&
        At(group.head + 1).lower == "to" &&
        g + 1 < groups.size() && groups[g + 1].first == group.head + 2) {
      must = true;
      act = static_cast<int>(g + 1);
    }
    // "it is important that western powers support the process": a demand of them
    if (!must && At(group.head).lemma == "be" && group.first > 0 && At(group.first - 1).lower == "it") {
      uint32_t k = group.head + 1;
      while (k < end && At(k).tag == "RB") ++k;
      if (k + 1 < end &&
          IsAnyOf(At(k).lower, {"important", "essential", "vital", "necessary", "imperative", "crucial"}) &&
          At(k + 1).lower == "that" && clauses_.GroupAt(k + 2) < 0) {
        for (size_t next = g + 1; next < groups.size() && groups[next].head < end; ++next) {
          if (!groups[next].finite) continue;
          DraftEvent e;
          // (of whom it names, or of no one named: "that both sides respect the truce")
          if (!SpeakerAbout(d, static_cast<int>(next), REQUEST, "100", &e))
            e = OfSpeaker(d, REQUEST, "100", k, k + 1, "");
          e.trigger_first = k;
          e.trigger_last = k + 1;
          e.rule = "speech:obligation:important";
          drafts_.push_back(e);
          return;
        }
      }
    }
    if (!must) continue;
    DraftEvent e;
    if (!SpeakerAbout(d, static_cast<int>(g), REQUEST, "100", &e)) {
      // '"Those who are guilty must be punished," she said': a demand of no one named
      int subject = Subject(static_cast<int>(g));
      if (subject >= 0 && (ActorOf(subject) >= 0 || mentions_[subject].form == MentionForm::kPronoun)) continue;
      e = OfSpeaker(d, REQUEST, "100", group.first, group.head + 1, "");
    }
    e.trigger_first = group.first;
    e.rule = "speech:obligation";
    // the act demanded, if it is an event, is the request's content and no fact
    for (size_t k = 0; k < drafts_.size(); ++k) {
      if (drafts_[k].trigger_first == groups[act].head && !drafts_[k].claimed && !drafts_[k].speech) {
        drafts_.push_back(e);
        drafts_[k].modality = REQUESTED;
        Attach(drafts_.size() - 1, k);
        return;
      }
    }
    drafts_.push_back(e);
    return;
  }
}

// An event of the speaker of draft d (resolved or an unresolved pronoun) read from its words.
DraftEvent SentenceReader::OfSpeaker(size_t d, EventClass event_class, const std::string& cameo, uint32_t first,
                                     uint32_t last, std::string rule) const {
  DraftEvent e;
  e.event_class = event_class;
  e.cameo = cameo;
  e.source = drafts_[d].source;
  e.source_mention = drafts_[d].source_mention;
  e.speaker_thing_first = drafts_[d].speaker_thing_first;
  e.speaker_thing_last = drafts_[d].speaker_thing_last;
  e.verb_group = drafts_[d].verb_group;
  e.trigger_first = first;
  e.trigger_last = last;
  e.rule = std::move(rule);
  return e;
}

// '"Do not injure our sovereignty," the minister said': a quotation that opens with an order is
// a demand by its speaker.
void SentenceReader::AddImperative(size_t d, uint32_t begin, uint32_t end) {
  uint32_t k = begin;
  while (k < end && (IsQuoteToken(At(k)) || At(k).text == ",")) ++k;
  if (k + 1 >= end || !clauses_.InQuote(k) || drafts_[d].event_class != STATEMENT) return;
  bool order = At(k).tag == "VB" && !IsAnyOf(At(k).lower, {"be", "have", "thank", "say"});
  if (IsAnyOf(At(k).lower, {"do", "don't"}) && IsAnyOf(At(k + 1).lower, {"not", "n't"})) order = true;
  if (!order) return;
  for (const auto& other : drafts_)
    if (other.event_class == REQUEST && other.trigger_first >= begin && other.trigger_first < end) return;
  drafts_.push_back(OfSpeaker(d, REQUEST, "100", k, k + 1, "speech:imperative"));
}

// '"We do not operate detention facilities," the navy said', "said that he was not drunk": a
// speaker saying what it itself did not do or is not denies it.
void SentenceReader::AddSelfDenial(size_t d, uint32_t begin, uint32_t end) {
  if (drafts_[d].event_class != STATEMENT) return;
  for (const auto& other : drafts_)
    if ((other.event_class == DENY || other.negated) && other.trigger_first >= begin && other.trigger_first < end) return;
  const auto& groups = clauses_.verb_groups();
  for (size_t g = 0; g < groups.size(); ++g) {
    const VerbGroup& group = groups[g];
    if (group.head < begin || group.head >= end || !group.finite) continue;
    // "There are no special favours", "there was no cover-up": the speaker denies it exists
    bool none_exists = group.first > 0 && At(group.first - 1).lower == "there" && At(group.head).lemma == "be" &&
                       At(group.head + 1).lower == "no";
    if (none_exists) {
      DraftEvent e = OfSpeaker(d, DENY, "016", group.first, group.head + 2, "speech:none-exists");
      e.denies_unnamed = true;
      drafts_.push_back(e);
      return;
    }
    if (!group.negated) return;  // only the first clause of what is said
    if (HasModal(group)) return;  // "would not", "cannot": a refusal or an inability
    int subject = Subject(static_cast<int>(g));
    if (subject < 0) return;
    const Mention& m = mentions_[subject];
    int actor = ActorOf(subject);
    bool self = (m.form == MentionForm::kPronoun && IsAnyOf(m.pronoun, {"i", "we"})) ||
                (actor >= 0 && drafts_[d].source >= 0 && (actor == drafts_[d].source || actors_.IsRelated(actor, drafts_[d].source)));
    if (!self) return;
    DraftEvent e = OfSpeaker(d, DENY, "016", group.first, group.head + 1, "speech:self-denial");
    e.denies_unnamed = true;
    drafts_.push_back(e);
    return;
  }
}

// "Tehran would not negotiate with Washington": refusing to do something is a rejection.
void SentenceReader::AddRefusal(size_t k) {
  DraftEvent refusal;
  refusal.event_class = REJECT;
  refusal.cameo = "120";
  refusal.source = drafts_[k].source;
  refusal.target = drafts_[k].target;
  refusal.source_mention = drafts_[k].source_mention;
  refusal.target_mention = drafts_[k].target_mention;
  refusal.trigger_first = drafts_[k].trigger_first;
  refusal.trigger_last = drafts_[k].trigger_last;
  refusal.rule = absl::StrCat("refusal:", drafts_[k].rule);
  drafts_.push_back(refusal);
  Attach(drafts_.size() - 1, k);
}

void SentenceReader::AddDenial(int speaker, size_t k, uint32_t trigger_first, uint32_t trigger_last, const char* rule) {
  // a denial of an act by nobody against nobody says nothing about anyone
  if (drafts_[k].source < 0 && drafts_[k].target < 0) {
    drafts_[k].asserted = false;
    drafts_[k].needs_parent = true;
    return;
  }
  DraftEvent denial;
  denial.event_class = DENY;
  denial.cameo = std::string(DefaultCameoCode(DENY));
  denial.source = speaker;
  denial.trigger_first = trigger_first;
  denial.trigger_last = trigger_last;
  denial.rule = rule;
  drafts_.push_back(denial);
  Attach(drafts_.size() - 1, k);
}

}  // namespace kg::ingest::reader_internal
