#include "ingest/salience.h"

namespace kg::ingest {
namespace {

constexpr int kWindow = 3;  // sentences a pronoun may reach back

bool IsGroupLike(const DocActor& a) {
  auto kind = a.actor.kind();
  return a.plural || kind == MILITARY || kind == ARMED_GROUP || kind == GROUP;
}

bool IsOrgLike(const DocActor& a) {
  auto kind = a.actor.kind();
  return !a.is_person && kind != LOCATION && kind != OTHER;
}

}  // namespace

void Salience::Add(int actor, bool subject, bool locative, bool quoted, int position) {
  if (actor < 0) return;
  history_.push_back({actor, sentence_, subject, locative, quoted, position});
}

void Salience::AddPair(int a, int b) {
  if (a >= 0 && b >= 0 && a != b) event_pairs_.push_back({sentence_, {a, b}});
}

int Salience::ResolvePronoun(const std::string& pronoun, bool outside_quote) const {
  // (the quotation only bars the recent-mention search, as it always has)
  return Resolve(pronoun, [](const Entry&) { return false; },
                 [&](const Entry& e) { return outside_quote && e.quoted && e.sentence == sentence_; }, false);
}

int Salience::ResolvePronounOtherThan(const std::string& pronoun, int exclude, int position) const {
  auto skip = [&](const Entry& e) {
    return e.actor == exclude || actors_.IsRelated(e.actor, exclude) ||
           (e.sentence == sentence_ && (e.position < 0 || e.position >= position));
  };
  // ("Police said gunmen attacked their station": once the attacker is set aside, an institution
  // is "they" too)
  return Resolve(pronoun, skip, skip, /*institutions_plural=*/true);
}

// Resolves `pronoun` over the history but for entries `skip` rejects (and, in the search of
// recent mentions, those `skip_recent` rejects). `institutions_plural`: "they" may name any
// institution, not only a plural one.
template <typename Skip, typename SkipRecent>
int Salience::Resolve(const std::string& pronoun, Skip skip, SkipRecent skip_recent, bool institutions_plural) const {
  auto wants = [&](const DocActor& a) {
    if (pronoun == "he" || pronoun == "him" || pronoun == "his" || pronoun == "she" || pronoun == "her")
      return a.is_person;
    if (pronoun == "it" || pronoun == "its") return IsOrgLike(a) && !a.plural;
    if (pronoun == "they" || pronoun == "them" || pronoun == "their")
      return IsGroupLike(a) || (IsOrgLike(a) && (a.plural || institutions_plural));
    return false;
  };
  // "The army said its forces ...": "its" is the institution this sentence opened with, even one
  // first named by a plural ("American soldiers ... The army")
  if (pronoun == "its") {
    for (auto it = history_.rbegin(); it != history_.rend() && it->sentence == sentence_; ++it) {
      const DocActor& a = actors_.at(it->actor);
      if (it->subject && !it->locative && IsOrgLike(a) && a.actor.kind() != GROUP && !skip(*it)) return it->actor;
    }
  }
  // First a recent subject, then any recent mention.
  for (bool subjects_only : {true, false}) {
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (sentence_ - it->sentence > kWindow) break;
      if (it->locative || (subjects_only && !it->subject)) continue;
      if (skip_recent(*it)) continue;
      if (wants(actors_.at(it->actor))) return it->actor;
    }
  }
  // "Ethiopian troops claimed it had routed ...", "the opposition said it would ...": an army,
  // police force or group of people is still "it" when nothing singular is at hand (the subject
  // of this sentence only)
  if (pronoun == "it" || pronoun == "its") {
    for (auto it = history_.rbegin(); it != history_.rend() && it->sentence == sentence_; ++it) {
      const DocActor& a = actors_.at(it->actor);
      if (it->subject && !it->locative && (a.actor.kind() == MILITARY || a.actor.kind() == GROUP) && !skip(*it))
        return it->actor;
    }
  }
  return -1;
}

std::vector<int> Salience::ResolvePair(bool sides) const {
  if (sides && !event_pairs_.empty() && sentence_ - event_pairs_.back().first <= 2)
    return {event_pairs_.back().second.first, event_pairs_.back().second.second};
  // The last two countries named (not as places), else the two sides of a recent event.
  std::vector<int> pair;
  for (auto it = history_.rbegin(); it != history_.rend() && pair.size() < 2; ++it) {
    if (sentence_ - it->sentence > kWindow) break;
    const DocActor& a = actors_.at(it->actor);
    if (it->locative || a.is_person || a.actor.kind() != COUNTRY) continue;
    if (!pair.empty() && actors_.IsRelated(pair[0], it->actor)) continue;
    pair.push_back(it->actor);
  }
  if (pair.size() == 2) return {pair[1], pair[0]};
  if (!event_pairs_.empty() && sentence_ - event_pairs_.back().first <= 2)
    return {event_pairs_.back().second.first, event_pairs_.back().second.second};
  return {};
}

int Salience::SalientOther(const std::vector<int>& exclude) const {
  for (bool countries_only : {true, false}) {
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (sentence_ - it->sentence > kWindow) break;
      const DocActor& a = actors_.at(it->actor);
      if (it->locative || !IsOrgLike(a)) continue;
      if (countries_only && a.actor.kind() != COUNTRY) continue;
      bool related = false;
      for (int other : exclude)
        if (other >= 0 && (actors_.IsRelated(other, it->actor) || actors_.CountryOf(other) == it->actor)) related = true;
      if (!related) return it->actor;
    }
  }
  return -1;
}

}  // namespace kg::ingest
