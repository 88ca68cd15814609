// SentenceReader's sharing passes: events copied for coordinated actors, and the passes after
// speech that share or infer roles between the events already read (targets, agents, sources,
// contents) or derive events from them (threats, agreements, denials of negated acts). Not the
// events of triggers (verb_events.cc, noun_events.cc, feeling_events.cc, speech_events.cc).
#include "ingest/sentence_reader.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace kg::ingest::reader_internal {

namespace {

Modality ModalityForComplement(EventClass outer) {
  switch (outer) {
    case THREATEN: return THREATENED;
    case REQUEST: return REQUESTED;
    case ACCUSE: return REPORTED;
    default: return INTENDED;
  }
}

// A new asserted event of `event_class` on the actors and trigger of `e`, to hold `e` as its
// content ("would strike if ..." is a threat, "will cooperate" an agreement).
DraftEvent ContainerOf(const DraftEvent& e, EventClass event_class, const char* cameo) {
  DraftEvent container;
  container.event_class = event_class;
  container.cameo = cameo;
  container.source = e.source;
  container.target = e.target;
  container.source_mention = e.source_mention;
  container.target_mention = e.target_mention;
  container.verb_group = e.verb_group;
  container.trigger_first = e.trigger_first;
  container.trigger_last = e.trigger_last;
  container.modality = ASSERTED;
  return container;
}

}  // namespace

// Mentions coordinated with mention m: "Peru and Chile", "Both the EU and the US".
std::vector<int> SentenceReader::Conjuncts(int m) const {
  std::vector<int> out;
  if (m < 0 || mentions_[m].actor < 0) return out;
  // Only "and", ",", determiners between; a chain needs an "and" somewhere ("Germany, France
  // and Italy").
  bool chain_has_and = false;
  auto joined = [&](uint32_t from, uint32_t to) {
    bool link = false;
    for (uint32_t k = from; k < to; ++k) {
      const std::string& w = At(k).lower;
      if (w == "and" || w == "," || w == "both") {
        link = true;
        chain_has_and |= w == "and";
      } else if (At(k).tag != "DT" && At(k).tag != "PRP$" && At(k).tag != "JJ" &&
                 !(k > from && At(k - 1).tag == "PRP$" && At(k).tag == "NN")) {
        return false;
      }
    }
    return link;
  };
  int last = m;
  for (int other = m + 1; other < static_cast<int>(mentions_.size()); ++other) {
    const Mention& next = mentions_[other];
    // "Peru and its neighbour Chile": step over the possessive and its noun
    if (next.form == MentionForm::kPronoun && next.possessive) continue;
    if (next.actor < 0 || !next.preposition.empty() || next.first > mentions_[last].last + 4 ||
        !joined(mentions_[last].last, next.first))
      break;
    out.push_back(other);
    last = other;
  }
  int after = m;  // the chain member right of `other`
  for (int other = m - 1; other >= 0; --other) {
    const Mention& previous = mentions_[other];
    if (previous.form == MentionForm::kPronoun && previous.possessive) continue;  // "and their ally"
    if (previous.actor < 0 || previous.last + 4 < mentions_[after].first ||
        !joined(previous.last, mentions_[after].first))
      break;
    out.push_back(other);
    after = other;
  }
  if (!chain_has_and) out.clear();
  return out;
}

// A draft, and for a coordinated subject one more per conjunct; for a symmetric event with no
// other party ("X and Y held talks"), the conjunct is the other party.
void SentenceReader::AddWithConjuncts(DraftEvent e, const std::vector<int>& conjuncts, int group, bool speech) {
  bool symmetric = e.event_class == CONSULT || e.event_class == COOPERATE || e.event_class == AGREE;
  std::vector<DraftEvent> more;
  // "sanctions on Russia and Belarus": one event for each target
  if (e.target_mention >= 0 && !speech) {
    for (int c : Conjuncts(e.target_mention)) {
      if (c < e.target_mention || ActorOf(c) < 0 || ActorOf(c) == e.source) continue;
      DraftEvent copy = e;
      copy.target_mention = c;
      copy.target = ActorOf(c);
      copy.rule += ":target-conjunct";
      more.push_back(copy);
    }
  }
  // "X and Y accused each other", "X and Y fought": each of the other
  bool mutual = e.event_class == ASSAULT &&
                IsAnyOf(At(e.trigger_first).lemma, {"fight", "clash", "battle", "skirmish", "exchange"});
  if (!conjuncts.empty() && e.target < 0 && (mutual || ReciprocalObject(e.trigger_last))) {
    e.target = ActorOf(conjuncts.front());
    for (int c : conjuncts) {
      DraftEvent copy = e;
      copy.source_mention = c;
      copy.source = ActorOf(c);
      copy.target = ActorOf(e.source_mention);
      copy.rule += ":reciprocal";
      more.push_back(copy);
    }
    symmetric = true;  // no more copies below
  }
  if (symmetric && e.target < 0 && !conjuncts.empty()) {
    e.target_mention = conjuncts.front();
    e.target = ActorOf(conjuncts.front());
  } else if (!speech) {
    for (int c : conjuncts) {
      DraftEvent copy = e;
      copy.source_mention = c;
      copy.source = ActorOf(c);
      copy.rule += ":conjunct";
      if (copy.source != copy.target) more.push_back(copy);
    }
  }
  // a meeting with nobody ("hosted the Olympic Games", "spoke on Monday") is no event, unless a
  // body or a group meets in itself ("the cabinet met on Friday", "the ministers discussed the budget")
  if (e.event_class == CONSULT && e.target < 0 && group >= 0 && !e.stands_alone) {
    if (MeetsInItself(e)) {
      // "the two sides met": one with the other, or with no actor while the pair is unresolved
      const Mention& m = mentions_[e.source_mention];
      if (m.form == MentionForm::kPair && m.pair.size() == 2) {
        e.source = m.pair[0];
        e.target = m.pair[1];
      }
      e.stands_alone = e.source < 0;
    } else
      e.needs_parent = true;
  }
  e.verb_group = group;
  e.speech = speech;
  drafts_.push_back(std::move(e));
  for (auto& copy : more) {
    copy.verb_group = group;
    copy.speech = false;
    drafts_.push_back(std::move(copy));
  }
}

bool SentenceReader::ReciprocalObject(uint32_t after) const {
  for (uint32_t k = after; k + 1 < tokens_.size() && k < after + 3; ++k)
    if ((At(k).lower == "each" && At(k + 1).lower == "other") || (At(k).lower == "one" && At(k + 1).lower == "another"))
      return true;
  return false;
}

// "The council met behind closed doors", "the ministers will meet in Rome", "the commission
// discussed the plan": a meeting of a body or of a group with no one else. Not one actor
// meeting something ("meet its target", "met the deadline"), nor a person discussing a topic.
bool SentenceReader::MeetsInItself(const DraftEvent& e) const {
  if (e.source_mention < 0 || e.target_mention >= 0) return false;
  const std::string& lemma = At(e.trigger_first).lemma;
  bool discuss = lemma == "discuss";
  if (!discuss && !IsAnyOf(lemma, {"meet", "confer"})) return false;
  // "a shareholders meeting": a noun the tagger took for a verb
  if (At(e.trigger_first).tag == "VBG" && e.trigger_first > 0 && At(e.trigger_first - 1).tag.rfind("NN", 0) == 0)
    return false;
  // an intransitive meeting: what follows is a place, a time, a manner or the end
  const std::string& next_tag = At(e.trigger_last).tag;
  bool face_to_face = At(e.trigger_last).lower == "face" || At(e.trigger_last).lower == "face-to-face";
  if (!discuss && !face_to_face &&
      (next_tag == "DT" || next_tag == "PRP$" || next_tag == "CD" || next_tag.rfind("NN", 0) == 0 ||
       next_tag.rfind("JJ", 0) == 0))
    return false;
  const Mention& m = mentions_[e.source_mention];
  if (DocumentNouns().count(At(m.last).lower)) return false;  // "the ministry's study discusses"
  if (m.form == MentionForm::kPronoun) return IsAnyOf(m.pronoun, {"they", "we"});
  if (m.form == MentionForm::kPair || m.sides) return true;
  // "met on Friday to discuss the budget": one meeting
  for (const DraftEvent& d : drafts_)
    if (d.event_class == CONSULT && d.source_mention == e.source_mention) return false;
  int actor = ActorOf(e.source_mention);
  if (actor < 0) return false;
  ActorKind kind = actors_.at(actor).actor.kind();
  if (kind == GOVERNMENT || kind == ORGANIZATION || kind == COALITION || kind == PARTY) return true;
  // the head noun: the last word before a preposition ("ministers from the bloc")
  uint32_t head = m.last - 1;
  for (uint32_t k = m.first + 1; k < m.last; ++k)
    if (At(k).tag == "IN") {
      head = k - 1;
      break;
    }
  return kind != COUNTRY && kind != LOCATION && (At(head).tag == "NNS" || At(head).tag == "NNPS");
}

// "The minister said Kenya and Uganda must withdraw": an act copied for each subject of a
// coordinated subject is said as much as the act it was copied from (a copy of the statement
// holds it), not a fact of its own.
void SentenceReader::ShareContentWithConjuncts() {
  const size_t read = drafts_.size();
  for (size_t c = 0; c < read; ++c) {
    if (drafts_[c].claimed || !absl::EndsWith(drafts_[c].rule, ":conjunct")) continue;
    const std::string rule = drafts_[c].rule.substr(0, drafts_[c].rule.size() - strlen(":conjunct"));
    for (size_t o = 0; o < read; ++o) {
      if (!drafts_[o].claimed || drafts_[o].rule != rule || drafts_[o].trigger_first != drafts_[c].trigger_first ||
          drafts_[o].event_class != drafts_[c].event_class)
        continue;
      // (by value: the containers copied below may move the drafts)
      const int original_source = drafts_[o].source;
      drafts_[c].modality = drafts_[o].modality;
      drafts_[c].needs_parent = drafts_[o].needs_parent;
      for (size_t d = 0; d < read; ++d) {
        if (drafts_[d].content != static_cast<int>(o)) continue;
        DraftEvent container = drafts_[d];
        if (container.target >= 0 && container.target == original_source) {
          container.target = drafts_[c].source;
          container.target_mention = drafts_[c].source_mention;
        }
        container.rule += ":conjunct";
        drafts_.push_back(std::move(container));
        Attach(drafts_.size() - 1, c);  // (each container holds the one copy: a statement, a request)
      }
      break;
    }
  }
}

// "threatened to attack", "urged Iran to stop", "accused X of backing Y": the inner event is
// the content of the outer one, not a fact.
void SentenceReader::ApplyComplements() {
  size_t count = drafts_.size();
  for (size_t d = 0; d < count; ++d) {
    DraftEvent& outer = drafts_[d];
    if ((drafts_[d].speech && outer.event_class != THREATEN) || outer.content >= 0) continue;
    auto c = outer.event_class;
    if (c != THREATEN && c != REQUEST && c != REJECT && c != AGREE && c != ACCUSE && c != SUPPORT) continue;
    uint32_t j = outer.trigger_last;
    uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(tokens_.size()), j + 8);
    for (; j < limit; ++j) {
      if (At(j).lower == "to" || At(j).lower == "of" || At(j).lower == "for") {
        // ("vowed revenge for the killing": what a threat is "for" is its reason, not its act)
        if (At(j).lower == "for" && c == THREATEN) j = limit;
        break;
      }
      // "demanded of Washington that it release ...", "urged that Turkey withdraw"
      if (At(j).lower == "that" && At(j).tag == "IN" && c == REQUEST) break;
      if (At(j).text == "," || clauses_.IsBoundary(j)) {
        j = limit;
        break;
      }
    }
    if (j >= limit) continue;
    for (size_t k = 0; k < count; ++k) {
      // (a speech verb is never the content: '"... have to be reformed," he said'; nor a finite
      // verb of its own: "promised to unite the country and thanked Kenya")
      if (k == d || drafts_[k].claimed || drafts_[k].speech || drafts_[k].trigger_first <= j ||
          drafts_[k].trigger_first > j + 6)
        continue;
      if (drafts_[k].verb_group >= 0 && drafts_[k].rule.rfind("verb:", 0) == 0) {
        const VerbGroup& inner = clauses_.verb_groups()[drafts_[k].verb_group];
        if (inner.finite && !inner.infinitive && At(j).lower != "that") continue;
      }
      // "urged Iran to release", "blamed Pakistan for the attack": the target does the inner act
      if (drafts_[k].source < 0 || ((c == ACCUSE || c == REQUEST) && drafts_[k].source == outer.source))
        drafts_[k].source = (c == REQUEST || c == ACCUSE) && outer.target >= 0 ? outer.target : outer.source;
      drafts_[k].modality = ModalityForComplement(c);
      // "refused to recognise X", "threatened to attack X": X is what the outer event is about
      if (outer.target < 0 && c != REQUEST) outer.target = drafts_[k].target;
      Attach(d, k);
      drafts_[k].negated = false;
      break;
    }
  }
}

// A threat with no target is aimed at whoever must act for it not to happen: "warned of grave
// consequences unless Mali pulls out"; an agreement "to host French jets" is with
// the actor its clause names.
void SentenceReader::InferTargets() {
  // "two civilians died in a NATO air raid": who died in an attack suffered it
  for (auto& e : drafts_) {
    if (e.event_class != ASSAULT || e.target >= 0 || e.thing_last > e.thing_first || e.rule.rfind("noun:", 0) != 0)
      continue;
    uint32_t k = e.trigger_first;
    while (k > 0 && k + 6 > e.trigger_first && At(k - 1).lower != "in" &&
           (IsAnyOf(At(k - 1).tag, {"DT", "JJ", "NN", "NNS", "NNP", "CD", "VBG"}) || MentionAt(k - 1) >= 0))
      --k;
    if (k < 2 || At(k - 1).lower != "in") continue;
    int g = clauses_.GroupAt(k - 2);
    if (g < 0 || !IsAnyOf(At(clauses_.verb_groups()[g].head).lemma, {"die", "perish"})) continue;
    int victim = Subject(g);
    if (ActorOf(victim) < 0 || ActorOf(victim) == e.source) continue;
    e.target_mention = victim;
    e.target = ActorOf(victim);
    e.rule += ":died-in";
  }
  // 'called the charge "a vendetta by a jealous rival," referring to the senator': a
  // judgement is of whom its speaker says it refers to
  for (uint32_t k = 0; k + 2 < tokens_.size(); ++k) {
    if (!IsAnyOf(At(k).lower, {"referring", "alluding"}) || At(k + 1).lower != "to") continue;
    int referred = ActorOf(mention_at_[k + 2]);
    if (referred < 0) continue;
    for (auto& e : drafts_)
      if ((e.event_class == ACCUSE || e.event_class == SUPPORT) && e.source >= 0 && e.source != referred &&
          e.trigger_first < k && !e.speech) {
        e.target = referred;
        e.target_mention = mention_at_[k + 2];
        e.rule += ":referring";
      }
  }
  // "condemned the killing of three protesters by the police", "concern over the arrest of
  // journalists by Ethiopian police": a criticism of an act is a criticism of its doer
  for (size_t d = 0; d < drafts_.size(); ++d) {
    DraftEvent& blame = drafts_[d];
    if (blame.event_class != ACCUSE || blame.speech || blame.source < 0) continue;
    for (size_t k = 0; k < drafts_.size(); ++k) {
      const DraftEvent& act = drafts_[k];
      if (k == d || act.trigger_first < blame.trigger_last || act.trigger_first > blame.trigger_last + 4) continue;
      bool hostile = act.event_class == ASSAULT || act.event_class == COERCE || act.event_class == SANCTION ||
                     act.event_class == THREATEN;
      if (!hostile || act.source < 0 || act.source == blame.source || actors_.IsRelated(act.source, blame.source))
        continue;
      if (blame.target < 0 || blame.target == act.target) {
        blame.target = act.source;
        blame.target_mention = act.source_mention;
      }
      break;
    }
  }
  for (auto& e : drafts_) {
    if (e.target >= 0 || e.source < 0) continue;
    if (e.event_class == THREATEN) {
      e.target = ConditionSubject(e);
    } else if (e.event_class == AGREE && At(e.trigger_last).lower == "to") {
      uint32_t end = clauses_.ClauseEnd(e.trigger_last + 1, -1);
      for (uint32_t j = e.trigger_last + 1; j < end && j < e.trigger_last + 8; ++j) {
        int m = mention_at_[j];
        if (m >= 0 && mentions_[m].actor >= 0 && !mentions_[m].locative && !actors_.IsRelated(mentions_[m].actor, e.source)) {
          e.target = mentions_[m].actor;
          break;
        }
      }
    }
  }
}

// The actor whose act a threat is conditioned on: the subject of its "if" or "unless" clause,
// after the threat ("... unless Mali pulls out") or before it ("If Iran attacks, ..."); -1.
int SentenceReader::ConditionSubject(const DraftEvent& threat) const {
  auto subject_after = [&](uint32_t k) {
    for (uint32_t j = k + 1; j < tokens_.size() && j < k + 5; ++j) {
      int m = mention_at_[j];
      if (m >= 0 && mentions_[m].actor >= 0 && mentions_[m].preposition.empty() &&
          (threat.source < 0 || !actors_.IsRelated(mentions_[m].actor, threat.source)))
        return mentions_[m].actor;
    }
    return -1;
  };
  for (uint32_t k = threat.trigger_last; k + 1 < tokens_.size(); ++k)
    if (IsAnyOf(At(k).lower, {"unless", "if"})) return subject_after(k);
  for (uint32_t k = threat.trigger_first; k-- > 0;)
    if (IsAnyOf(At(k).lower, {"unless", "if"})) return subject_after(k);
  return -1;
}

// "Three civilians were killed in an Israeli air strike", "were wounded during a Taliban attack",
// "killed in the course of the offensive": a passive act whose doer goes unnamed was done by
// whoever did the act it happened in.
void SentenceReader::ShareAgents() {
  for (auto& v : drafts_) {
    if (v.source >= 0 || v.verb_group < 0 || v.rule.rfind("verb:", 0) != 0 ||
        !(v.event_class == ASSAULT || v.event_class == COERCE) || !clauses_.verb_groups()[v.verb_group].passive)
      continue;
    for (const auto& n : drafts_) {
      if (n.source < 0 || n.event_class != v.event_class || n.rule.rfind("noun:", 0) != 0 ||
          n.trigger_first <= v.trigger_last || n.trigger_first > v.trigger_last + 8)
        continue;
      bool within = false;  // "in", "during", "as a result of" opens the noun's phrase
      for (uint32_t j = v.trigger_last; j < n.trigger_first && !within; ++j)
        within = IsAnyOf(At(j).lower, {"in", "during", "amid", "result", "course"}) ||
                 (At(j).lower == "by" && mention_at_[j + 1] < 0);
      for (uint32_t j = v.trigger_last; j < n.trigger_first; ++j)
        if (clauses_.GroupAt(j) >= 0 || At(j).text == ",") within = false;
      if (!within || n.source == v.target) continue;
      v.source = n.source;
      v.source_mention = n.source_mention;
      v.rule += ":by-act";
      break;
    }
  }
}

// The noun phrase that starts at `from` and names no actor: "the building", "two cargo ships",
// "our farms and villages", "the three"; its end (exclusive), or `from` when there is none.
uint32_t SentenceReader::ThingPhraseAt(uint32_t from, uint32_t end) const {
  static const WordSet* not_things = new WordSet{
      "day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years", "time", "times",
      "weekend", "weekends", "period", "decade", "decades", "season", "summer", "winter", "spring", "autumn",
      "morning", "evening", "afternoon", "hour", "hours", "way", "one", "lot", "part",
      "order", "effort", "bid", "attempt", "fact", "idea", "need", "chance", "right", "power", "control"};
  uint32_t j = from;
  if (j < end && (At(j).tag == "DT" || At(j).tag == "PRP$")) ++j;
  uint32_t head = j;
  bool noun = false;
  auto nominal = [&](uint32_t k) {
    const std::string& tag = At(k).tag;
    // ("the copper mine last week": a time phrase ends it)
    if (IsAnyOf(At(k).lower, {"last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight"}))
      return false;
    return tag.rfind("NN", 0) == 0 || tag == "JJ" || tag == "CD" || tag == "VBN" || At(k).text == "-";
  };
  // (a mention that names no one, as "all parties" read alone, is a phrase like any other)
  auto unnamed = [&](uint32_t k) {
    int m = mention_at_[k];
    return m < 0 || (mentions_[m].actor < 0 && mentions_[m].form == MentionForm::kPair && mentions_[m].pair.empty());
  };
  while (j < end && unnamed(j) && nominal(j) && clauses_.GroupAt(j) < 0) {
    if (At(j).tag.rfind("NN", 0) == 0 && At(j).tag != "NNP") noun = true;
    ++j;
    // "farms and villages"
    if (noun && j + 1 < end && At(j).lower == "and" && At(j + 1).tag.rfind("NNS", 0) == 0 && mention_at_[j + 1] < 0)
      ++j;
  }
  if (j == head) return from;
  uint32_t last = j - 1;
  // "the three": a number named by its determiner; "a 26-year-old": an age
  bool counted = (At(last).tag == "CD" && head > from && At(from).lower == "the") ||
                 (At(last).tag == "JJ" && absl::EndsWith(At(last).lower, "-old"));
  if (!counted && (!noun || At(last).tag.rfind("NN", 0) != 0 || At(last).tag == "NNP")) return from;
  if (not_things->count(At(last).lower)) return from;
  uint32_t first_noun;
  if (!counted && NounEntries(last, &first_noun)) return from;  // an event: "launched an attack"
  // "dozens of our cattle", "hundreds of homes": the phrase after a quantity
  if (IsAnyOf(At(last).lower, {"dozens", "hundreds", "thousands", "scores", "millions", "number", "group"}) &&
      At(j).lower == "of") {
    uint32_t k = j + 1;
    while (k < end && (At(k).tag == "DT" || At(k).tag == "PRP$" || At(k).tag == "JJ" || At(k).tag == "CD" ||
                       At(k).tag.rfind("NN", 0) == 0))
      ++k;
    if (k > j + 1 && At(k - 1).tag.rfind("NN", 0) == 0) return k;
  }
  return j;
}

// "stormed the building", "opened fire on a bus", "two ships hit by drones", "an attack
// on the depot", "called on all parties", "welcomed the decision", "protested against the dam":
// the thing or unnamed group an act of force, a coercion, a criticism, a refusal, a demand, a
// praise or a protest was aimed at, kept as the target phrase of an event with no target actor.
void SentenceReader::AddThingTargets() {
  for (auto& e : drafts_) {
    if (e.target >= 0 || e.speech || (e.content >= 0 && e.event_class != REQUEST) ||
        e.thing_last > e.thing_first ||
        !(e.event_class == ASSAULT || e.event_class == COERCE || e.event_class == ACCUSE || e.event_class == REJECT ||
          e.event_class == REQUEST || e.event_class == SUPPORT || e.event_class == PROTEST))
      continue;
    uint32_t end = clauses_.ClauseEnd(e.trigger_last, e.verb_group);
    uint32_t from = e.trigger_last;
    if (e.verb_group >= 0 && e.rule.rfind("verb:", 0) == 0) {
      const VerbGroup& group = clauses_.verb_groups()[e.verb_group];
      if (group.passive) {
        // the subject phrase before the verb: "Hundreds of shops were looted"
        uint32_t start = group.first;
        while (start > 0 && mention_at_[start - 1] < 0 &&
               (At(start - 1).tag.rfind("NN", 0) == 0 || At(start - 1).tag == "JJ" || At(start - 1).tag == "CD" ||
                At(start - 1).tag == "DT" || At(start - 1).tag == "PRP$" || At(start - 1).lower == "and"))
          --start;
        while (start < group.first && At(start).lower == "and") ++start;
        if (start < group.first && ThingPhraseAt(start, group.first) == group.first) {
          e.thing_first = start;
          e.thing_last = group.first;
        }
        continue;
      }
      while (from < end && (At(from).tag == "RP" || At(from).tag == "RB")) ++from;
      // "fired rockets", "detonated a truck": the object is the weapon, not what it hit
      if (IsAnyOf(At(group.head).lemma, {"detonate", "explode", "fire", "launch", "drop", "plant", "throw",
                                         "hurl", "lob", "use"})) {
        while (from < end && mention_at_[from] < 0 &&
               (At(from).tag == "DT" || At(from).tag == "JJ" || At(from).tag == "CD" || At(from).tag == "PRP$" ||
                At(from).tag.rfind("NN", 0) == 0))
          ++from;
        if (!IsAnyOf(At(from).lower, {"on", "at", "against", "into", "upon"})) continue;
      }
    }
    if (IsAnyOf(At(from).lower, {"on", "at", "against", "into", "upon", "toward", "towards"}) ||
        (At(from).lower == "over" && e.event_class == PROTEST) ||  // "protested over the price rise"
        (At(from).lower == "with" && e.event_class == REQUEST))  // "pleaded with union members"
      ++from;
    else if (e.verb_group < 0) continue;  // a noun's target follows its preposition
    uint32_t last = ThingPhraseAt(from, end);
    if (last > from) {
      e.thing_first = from;
      e.thing_last = last;
      OwnerOfAttacked(from, e);
    }
  }
}

// "The Kurds say Turkish jets bombed their bases": whose positions, bases or convoy were attacked
// is attacked. What is attacked is not the attacker's own (unless it says so: "its own people"),
// so a possessive pronoun read as the attacker names the actor before it that fits ("The rebels
// said the army shelled their positions").
void SentenceReader::OwnerOfAttacked(uint32_t from, DraftEvent& e) const {
  int m = mention_at_[from];
  if (e.event_class != ASSAULT || m < 0 || e.source < 0 || At(from + 1).lower == "own") return;
  const Mention& pronoun = mentions_[m];
  if (pronoun.form != MentionForm::kPronoun || !pronoun.possessive || pronoun.actor < 0 ||
      !IsAnyOf(pronoun.pronoun, {"its", "their", "his", "her"}))
    return;
  int other = actors_.IsRelated(pronoun.actor, e.source)
                  ? salience_.ResolvePronounOtherThan(pronoun.pronoun, e.source, static_cast<int>(pronoun.first))
                  : pronoun.actor;
  if (other < 0) return;
  e.target = other;
  e.target_mention = m;
}

bool SentenceReader::HasCondition() const {
  for (const Token& t : tokens_)
    if (IsAnyOf(t.lower, {"unless", "if"})) return true;
  return false;
}

// "he would pull Ghanaian troops out of the UN mission if ...", "the group might impose new
// tariffs on Japanese goods": a coercive act held out for the future is a threat.
void SentenceReader::AddConditionalThreats() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    const DraftEvent& e = drafts_[k];
    auto c = e.event_class;
    bool coercive = c == ASSAULT || c == COERCE || c == SANCTION || c == RETREAT || c == MOBILIZE;
    // (an act inside "if ..." or "unless ..." is the condition, not the threat)
    bool held_out = e.modality == INTENDED || e.modality == POSSIBLE;
    // ('"We will burn your village," he told them' read alone: "we" stays unresolved)
    bool unnamed = e.source < 0 && UnnamedSource(e);
    if (!coercive || !held_out || e.negated || e.claimed || (e.source < 0 && !unnamed) || drafts_[k].speech) continue;
    // a withdrawal to come threatens only on a condition ("would pull out its troops unless
    // ..."); "Russia would withdraw its troops" is an intention, and so is "Egypt would send
    // troops" with no one to send them against
    if (c == RETREAT && !HasCondition()) continue;
    if (c == MOBILIZE && e.target < 0 && !HasCondition()) continue;
    DraftEvent threat = ContainerOf(e, THREATEN, c == ASSAULT ? "138" : c == SANCTION ? "132" : "130");
    if (threat.target < 0) threat.target = ConditionSubject(threat);
    threat.rule = absl::StrCat("conditional:", e.rule);
    drafts_.push_back(threat);
    Attach(drafts_.size() - 1, k);
    drafts_[k].modality = THREATENED;
  }
}

// "Russia will cooperate with Iran", "we're going to work with him": saying one will
// cooperate, meet, help or back someone is an agreement (PLOVER's AGREE), whose content is
// the act promised.
void SentenceReader::AddIntentions() {
  size_t count = drafts_.size();
  static const std::set<EventClass>* promised =
      new std::set<EventClass>{COOPERATE, CONSULT, AID, SUPPORT, RETREAT, CONCEDE};
  for (size_t k = 0; k < count; ++k) {
    DraftEvent& e = drafts_[k];
    if (e.negated || e.claimed || !promised->count(e.event_class)) continue;
    // "is ready to work with India", "is open to talks with the opposition": a readiness
    uint32_t before = e.trigger_first;
    if (e.verb_group >= 0) before = clauses_.verb_groups()[e.verb_group].first;
    bool ready = before >= 2 && At(before - 1).lower == "to" &&
                 IsAnyOf(At(before - 2).lower, {"ready", "willing", "prepared", "eager", "open", "committed"});
    if (ready && e.source < 0 && e.verb_group < 0) {  // the noun takes the subject of "is open to"
      for (uint32_t j = before - 2; j > 0 && j + 5 > before; --j) {
        int g = clauses_.GroupAt(j - 1);
        if (g < 0) continue;
        e.source_mention = Subject(g);
        e.source = ActorOf(e.source_mention);
        e.needs_parent = false;
        break;
      }
    }
    if (ready) {
      if (e.source < 0) continue;
      e.modality = INTENDED;
      e.asserted = false;
    }
    if (e.needs_parent || e.modality != INTENDED || (e.verb_group < 0 && !ready)) continue;
    bool own_future = ready;
    if (e.verb_group >= 0) {
      const VerbGroup& group = clauses_.verb_groups()[e.verb_group];
      // "will", "'ll", "shall" in its own verb group, or "going to" just before it
      own_future |= group.first >= 2 && (At(group.first - 1).lower == "going" || At(group.first - 2).lower == "going");
      for (uint32_t j = group.first; j < group.head; ++j)
        own_future |= IsAnyOf(At(j).lower, {"will", "'ll", "shall", "going"});
      if (clauses_.Hypothetical(group.head)) continue;
    }
    if (!own_future) continue;
    if (e.source < 0 && !UnnamedSource(e)) continue;
    DraftEvent agree = ContainerOf(e, AGREE, e.event_class == CONSULT ? "036" : "030");
    agree.rule = absl::StrCat("intention:", e.rule);
    drafts_.push_back(agree);
    Attach(drafts_.size() - 1, k);
  }
}

// A negated event that no speech verb took is denied by its own subject ("the US is not
// co-ordinating with Iran").
void SentenceReader::ConvertNegations() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    DraftEvent& e = drafts_[k];
    if (!e.negated || e.claimed || drafts_[k].speech) continue;
    if (e.modality == HYPOTHETICAL) {  // "if Ghana does not withdraw, ...": a condition, no denial
      e.asserted = false;
      e.needs_parent = true;
      continue;
    }
    if (e.modality == INTENDED || e.modality == POSSIBLE) {  // "will not allow": a refusal, not a denial
      e.asserted = false;
      e.needs_parent = true;
      if (e.modality == INTENDED) AddRefusal(k);
      continue;
    }
    if (e.source < 0 || e.verb_group < 0) {
      e.asserted = false;
      e.needs_parent = true;
      continue;
    }
    AddDenial(e.source, k, e.trigger_first, e.trigger_last, "negated");
  }
}

// "imposed a travel ban and an arms embargo on Belarus": a nominal event with no source
// takes the source of the event of its class just before it (and of that one's conjuncts).
void SentenceReader::ShareSources() {
  size_t count = drafts_.size();
  for (size_t k = 0; k < count; ++k) {
    if (drafts_[k].source >= 0 || drafts_[k].claimed || drafts_[k].rule.rfind("noun:", 0) != 0) continue;
    bool first = true;
    for (size_t d = 0; d < count; ++d) {
      const DraftEvent& other = drafts_[d];
      if (d == k || other.event_class != drafts_[k].event_class || other.source < 0 ||
          other.trigger_first >= drafts_[k].trigger_first || other.trigger_first + 10 < drafts_[k].trigger_first)
        continue;
      if (first) {
        drafts_[k].source = other.source;
        drafts_[k].needs_parent = false;
        drafts_[k].rule += ":shared-source";
        first = false;
      } else if (other.source != drafts_[k].source) {
        DraftEvent copy = drafts_[k];
        copy.source = other.source;
        drafts_.push_back(copy);
      }
    }
  }
}

// "Kenya and Uganda said ...", "Senator X and other critics said ...": each speaker of a
// coordinated subject says it, with a copy of what is said (a verb of saying makes one event
// for its nearest subject while its clause is read).
void SentenceReader::ShareSpeechWithConjuncts() {
  const size_t read = drafts_.size();
  for (size_t d = 0; d < read; ++d) {
    if (!drafts_[d].speech || drafts_[d].claimed || drafts_[d].source_mention < 0 || drafts_[d].source < 0)
      continue;
    const int m = drafts_[d].source_mention;
    std::vector<int> conjuncts = Conjuncts(m);
    // (the last of a list is joined by "and": "speaking of the kings of Peru and Chile, Ruiz said"
    // has no coordinated subject)
    int left = -1;
    for (int c : conjuncts)
      if (c < m) left = std::max(left, c);
    bool joined_by_and = false;
    for (uint32_t k = left >= 0 ? mentions_[left].last : 0; left >= 0 && k < mentions_[m].first; ++k)
      joined_by_and |= IsAnyOf(At(k).lower, {"and", "or"});
    for (int c : conjuncts) {
      if (c < m && !joined_by_and) continue;
      int speaker = ActorOf(c);
      if (speaker < 0 || speaker == drafts_[d].source || speaker == drafts_[d].target) continue;
      bool made = false;  // ("both deny": a denial each already)
      for (const auto& e : drafts_)
        made |= e.source == speaker && e.event_class == drafts_[d].event_class &&
                e.trigger_first == drafts_[d].trigger_first;
      if (made) continue;
      // (with what the same words made of it: "they said they would attack" is a threat each)
      for (size_t e = 0; e < read; ++e) {
        const DraftEvent& made_here = drafts_[e];
        if (e != d && !made_here.claimed && made_here.trigger_first == drafts_[d].trigger_first &&
            made_here.source == drafts_[d].source && made_here.event_class != drafts_[d].event_class) {
          DraftEvent copy = made_here;
          copy.source = speaker;
          copy.source_mention = c;
          copy.rule += ":conjunct";
          if (copy.content >= 0) copy.content = CopyContent(copy.content, drafts_[d].source, speaker, c);
          drafts_.push_back(std::move(copy));
        }
      }
      DraftEvent copy = drafts_[d];
      copy.source = speaker;
      copy.source_mention = c;
      copy.rule += ":conjunct";
      if (copy.content >= 0) copy.content = CopyContent(copy.content, drafts_[d].source, speaker, c);
      drafts_.push_back(std::move(copy));
    }
  }
}

// "Several nations, including Britain and France, condemned ...", "sanctions on officials,
// among them the defence minister": the members a group names act or suffer with it.
void SentenceReader::ShareWithIncluded() {
  const size_t read = drafts_.size();
  for (size_t d = 0; d < read; ++d) {
    if (drafts_[d].claimed) continue;
    for (bool source : {true, false}) {
      int m = source ? drafts_[d].source_mention : drafts_[d].target_mention;
      // ("renewed their support": the group "their" stands for, named in this sentence)
      if (m >= 0 && mentions_[m].form == MentionForm::kPronoun && mentions_[m].actor >= 0)
        for (int other = m - 1; other >= 0; --other)
          if (mentions_[other].actor == mentions_[m].actor && mentions_[other].form != MentionForm::kPronoun) {
            m = other;
            break;
          }
      for (int member : IncludedMembers(m)) {
        int actor = ActorOf(member);
        if (actor < 0 || actor == drafts_[d].source || actor == drafts_[d].target) continue;
        DraftEvent copy = drafts_[d];
        (source ? copy.source : copy.target) = actor;
        (source ? copy.source_mention : copy.target_mention) = member;
        copy.rule += ":included";
        if (copy.content >= 0 && source) copy.content = CopyContent(copy.content, drafts_[d].source, actor, member);
        else if (copy.content >= 0) copy.content = CopyContent(copy.content, -1, -1, -1);
        drafts_.push_back(std::move(copy));
      }
    }
  }
}

// The mentions a group mention names after ", including", ", such as" or ", among them", up
// to the next comma or verb.
std::vector<int> SentenceReader::IncludedMembers(int m) const {
  std::vector<int> out;
  if (m < 0 || mentions_[m].actor < 0) return out;
  uint32_t k = mentions_[m].last;
  if (At(k).text != ",") return out;
  ++k;
  if (At(k).lower == "including" || At(k).lower == "notably") {
    ++k;
  } else if ((At(k).lower == "such" && At(k + 1).lower == "as") ||
             (At(k).lower == "among" && At(k + 1).lower == "them")) {
    k += 2;
  } else {
    return out;
  }
  // (up to the comma that ends the list: "including Britain, France and Italy,")
  for (; k < tokens_.size() && At(k).text != "." && clauses_.GroupAt(k) < 0; ++k) {
    if (At(k).text == "," && MentionAt(k + 1) < 0 && At(k + 1).lower != "and") break;
    int member = MentionAt(k);
    if (member < 0) continue;
    // (of the group's sort: "captives taken by the militia, including a mayor" names a captive)
    if (mentions_[member].actor >= 0 && mentions_[member].actor != mentions_[m].actor &&
        actors_.at(mentions_[member].actor).is_person == actors_.at(mentions_[m].actor).is_person)
      out.push_back(member);
    k = mentions_[member].last - 1;
  }
  return out;
}

// A copy of draft k and of the contents it holds, appended; its index. The speaker `from`
// becomes `to` where it is the source ("Kenya and Uganda said they would ...": each of itself).
// (A content that does not name the speaker is shared, not copied: "U.S. officials and
// analysts say Iran struck": one strike, reported by both.)
int SentenceReader::CopyContent(int k, int from, int to, int to_mention) {
  bool names_speaker = false;
  for (int c = k; c >= 0 && !names_speaker; c = drafts_[c].content)
    names_speaker = from >= 0 && drafts_[c].source == from;
  if (!names_speaker) return k;
  DraftEvent copy = drafts_[k];
  if (copy.source >= 0 && copy.source == from) {
    copy.source = to;
    copy.source_mention = to_mention;
  }
  if (copy.content >= 0) copy.content = CopyContent(copy.content, from, to, to_mention);
  drafts_.push_back(std::move(copy));
  return static_cast<int>(drafts_.size()) - 1;
}

}  // namespace kg::ingest::reader_internal
