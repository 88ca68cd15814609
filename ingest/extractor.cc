#include "ingest/extractor.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "absl/strings/str_cat.h"
#include "graph/ids.h"
#include "ingest/actor_lexicon.h"
#include "ingest/clauses.h"
#include "ingest/dates.h"
#include "ingest/event_rules.h"
#include "ingest/mentions.h"
#include "ingest/parser.h"
#include "ingest/reader.h"
#include "ingest/salience.h"
#include "ingest/text.h"
#include "proto/vocabulary.h"

#ifndef KG_DEFAULT_DATA_DIR
#define KG_DEFAULT_DATA_DIR "data"
#endif

namespace kg::ingest {
namespace {

// The sentence with its tags corrected by what the mentions tell: the words of named actors are
// proper nouns ("IS" in "against IS" is no verb), and an event verb between two actors is a verb
// ("Iranian jets hit IS militants", where a bigram tagger says "hit" is a noun).
Sentence WithActorTags(const Sentence& sentence, const std::vector<Mention>& mentions, const EventLexicon& lexicon) {
  Sentence out = sentence;
  std::vector<int> mention_at(out.tokens.size(), -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    for (uint32_t k = m.first; k < m.last && k < out.tokens.size(); ++k) {
      mention_at[k] = static_cast<int>(i);
      Token& t = out.tokens[k];
      if (m.form == MentionForm::kName && !t.tag.empty() && (t.tag[0] == 'V' || t.tag == "MD"))
        t.tag = t.capitalized ? "NNP" : (t.lower.back() == 's' ? "NNS" : "NN");
    }
  }
  // A headline without a verb ("JAPAN AND CHINA SIGN TRADE PACT"): the event word right after
  // the actors is its verb.
  bool has_verb = false;
  for (const Token& t : out.tokens) has_verb |= !t.tag.empty() && t.tag[0] == 'V';
  if (!has_verb && !out.tokens.empty() && out.tokens[0].headline_caps) {
    for (size_t k = 1; k < out.tokens.size(); ++k) {
      Token& t = out.tokens[k];
      if (mention_at[k] >= 0 || t.tag == "CC" || t.text == ",") continue;
      if (mention_at[0] < 0) break;
      for (const auto& lemma : EventLexicon::GuessLemmas(t.lower)) {
        if (lexicon.Lookup(lemma, TriggerPos::kVerb).empty()) continue;
        t.tag = lemma == t.lower ? "VBP" : "VBZ";
        t.lemma = lemma;
        break;
      }
      break;
    }
  }
  for (size_t k = 1; k + 1 < out.tokens.size(); ++k) {
    Token& t = out.tokens[k];
    if ((t.tag != "NN" && t.tag != "NNS" && t.tag != "JJ") || mention_at[k] >= 0) continue;
    int before = mention_at[k - 1];
    if (before < 0 || mentions[before].possessive || mentions[before].form == MentionForm::kAdjective) continue;
    const Token& next = out.tokens[k + 1];
    if (mention_at[k + 1] < 0 && next.tag != "DT" && next.tag != "PRP$" && next.tag != "CD") continue;
    for (const auto& lemma : EventLexicon::GuessLemmas(t.lower)) {
      if (lexicon.Lookup(lemma, TriggerPos::kVerb).empty()) continue;
      t.tag = t.lower.size() > 1 && t.lower.back() == 's' && lemma != t.lower ? "VBZ" : "VBD";
      t.lemma = lemma;
      break;
    }
  }
  return out;
}

// KG_TRACE=1: what the extractor saw in each sentence, on stderr (for developers).
void Trace(const Sentence& sentence, const ClauseAnalysis& clauses, const std::vector<Mention>& mentions,
           const SentenceEvents& found, const DocActors& table) {
  std::string line;
  for (size_t k = 0; k < sentence.tokens.size(); ++k) {
    const Token& t = sentence.tokens[k];
    absl::StrAppend(&line, t.text, "/", t.tag, clauses.GroupAt(static_cast<uint32_t>(k)) >= 0 ? "*" : "",
                    clauses.InQuote(static_cast<uint32_t>(k)) ? "q" : "", " ");
  }
  std::fprintf(stderr, "S: %s\n", line.c_str());
  for (const auto& m : mentions) {
    std::string who = m.actor >= 0 ? table.at(m.actor).actor.name() : (m.pronoun.empty() ? "?" : m.pronoun);
    for (int p : m.pair) absl::StrAppend(&who, "+", table.at(p).actor.name());
    std::fprintf(stderr, "  M [%u,%u) %s form=%d prep=%s%s%s\n", m.first, m.last, who.c_str(), static_cast<int>(m.form),
                 m.preposition.c_str(), m.possessive ? " poss" : "", m.locative ? " loc" : "");
  }
  for (const auto& e : found.events) {
    std::fprintf(stderr, "  E %s %s -> %s content=%d neg=%d asserted=%d rule=%s\n",
                 std::string(EventClassName(e.event_class)).c_str(),
                 e.source >= 0 ? table.at(e.source).actor.name().c_str() : "-",
                 e.target >= 0 ? table.at(e.target).actor.name().c_str() : "-", e.content, e.negated, e.asserted,
                 e.rule.c_str());
  }
}

}  // namespace

std::string ResolveDataDir(const std::string& configured) {
  if (!configured.empty()) return configured;
  const char* env = std::getenv("KG_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  return KG_DEFAULT_DATA_DIR;
}

struct Extractor::Impl {
  std::unique_ptr<TextAnalyzer> analyzer;
  std::unique_ptr<ActorLexicon> actors;
  EventLexicon events;
  std::unique_ptr<SentenceParser> parser;  // link-grammar, for the few clauses that need it

  // Turns one sentence's drafts into events with ids and provenance.
  void AddEvents(const RawDocument& doc, uint64_t doc_id, const Sentence& sentence, uint32_t sentence_index,
                 const std::vector<Mention>& mentions, const std::vector<DraftEvent>& drafts,
                 const DocActors& table, DocumentGraph* graph) const {
    const std::string date = ResolveSentenceDate(sentence, doc.date);
    std::vector<uint64_t> ids(drafts.size());
    for (size_t k = 0; k < drafts.size(); ++k)
      ids[k] = graph::MakeId(graph::NodeKind::kEvent, absl::StrCat(doc.name, "#", sentence_index, "#", k));
    for (size_t k = 0; k < drafts.size(); ++k) {
      const DraftEvent& d = drafts[k];
      Event* e = graph->add_events();
      e->set_id(ids[k]);
      e->set_event_class(d.event_class);
      e->set_cameo(d.cameo.empty() ? std::string(DefaultCameoCode(d.event_class)) : d.cameo);
      if (d.source >= 0) e->set_source(table.at(d.source).actor.id());
      if (d.target >= 0) e->set_target(table.at(d.target).actor.id());
      if (d.content >= 0) e->set_content(ids[d.content]);
      e->set_polarity(d.negated ? NEGATIVE : POSITIVE);
      e->set_modality(d.modality);
      e->set_asserted(d.asserted && !d.negated);
      e->set_date(date.empty() ? doc.date : date);
      const auto& tokens = sentence.tokens;
      uint32_t trigger_begin = tokens[d.trigger_first].begin;
      uint32_t trigger_end = tokens[std::max(d.trigger_first + 1, d.trigger_last) - 1].end;
      e->set_trigger(sentence.text.substr(trigger_begin - sentence.begin, trigger_end - trigger_begin));
      e->set_confidence(d.asserted ? 0.6f : 0.5f);
      Provenance* p = e->mutable_provenance();
      p->set_document(doc_id);
      p->set_sentence_index(sentence_index);
      p->set_sentence_begin(sentence.begin);
      p->set_sentence_end(sentence.end);
      p->set_sentence(sentence.text);
      p->set_trigger_begin(trigger_begin);
      p->set_trigger_end(trigger_end);
      auto span = [&](int mention, uint32_t* begin, uint32_t* end) {
        if (mention < 0 || mention >= static_cast<int>(mentions.size())) return;
        *begin = tokens[mentions[mention].first].begin;
        *end = tokens[mentions[mention].last - 1].end;
      };
      uint32_t b = 0, en = 0;
      span(d.source_mention, &b, &en);
      if (d.source < 0 && d.speaker_thing_last > d.speaker_thing_first) {
        b = tokens[d.speaker_thing_first].begin;
        en = tokens[d.speaker_thing_last - 1].end;
        e->set_source_phrase(sentence.text.substr(b - sentence.begin, en - b));
      }
      p->set_source_begin(b);
      p->set_source_end(en);
      b = en = 0;
      span(d.target_mention, &b, &en);
      if (d.target < 0 && d.thing_last > d.thing_first) {
        b = tokens[d.thing_first].begin;
        en = tokens[d.thing_last - 1].end;
        e->set_target_phrase(sentence.text.substr(b - sentence.begin, en - b));
      }
      p->set_target_begin(b);
      p->set_target_end(en);
      p->set_rule(d.rule);
    }
  }

  static void AddActors(const DocActors& table, uint64_t doc_id, DocumentGraph* graph) {
    for (size_t i = 0; i < table.size(); ++i) {
      const DocActor& a = table.at(static_cast<int>(i));
      Actor* actor = graph->add_actors();
      *actor = a.actor;
      for (int parent : a.member_of) {
        uint64_t parent_id = table.at(parent).actor.id();
        actor->add_affiliations(parent_id);
        actor->add_affiliation_names(table.at(parent).actor.name());
        Edge* edge = graph->add_edges();
        edge->set_from(actor->id());
        edge->set_to(parent_id);
        edge->set_type(MEMBER_OF);
        edge->add_documents(doc_id);
      }
    }
  }
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

absl::StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  auto impl = std::make_unique<Impl>();
  std::string data_dir = ResolveDataDir(options.data_dir);
  TextResources resources;
  resources.tagger_dir = options.tagger_dir;
  resources.wordnet_dir = options.wordnet_dir;
  auto analyzer = TextAnalyzer::Create(resources);
  if (!analyzer.ok()) return analyzer.status();
  impl->analyzer = std::move(*analyzer);
  std::string iso = options.iso_codes_path.empty() ? "/usr/share/iso-codes/json/iso_3166-1.json" : options.iso_codes_path;
  auto actors = ActorLexicon::Load(data_dir, iso);
  if (!actors.ok()) return actors.status();
  impl->actors = std::move(*actors);
  auto events = EventLexicon::LoadFile(data_dir + "/events.tsv");
  if (!events.ok()) return events.status();
  impl->events = std::move(*events);
  if (options.use_parser) {
    auto parser = SentenceParser::Create();
    if (!parser.ok()) return parser.status();
    impl->parser = std::move(*parser);
  }
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

absl::StatusOr<DocumentGraph> Extractor::Extract(const RawDocument& raw) const {
  if (raw.name.empty()) return absl::InvalidArgumentError(absl::StrCat(raw.path, ": a document needs a name"));
  DocumentGraph graph;
  std::string text = NormalizeText(raw.text);
  const uint64_t doc_id = graph::DocumentId(raw.name);
  Document* doc = graph.mutable_document();
  doc->set_id(doc_id);
  doc->set_name(raw.name);
  doc->set_path(raw.path);
  doc->set_content_hash(graph::ContentDigest(text));
  doc->set_title(!raw.title.empty() ? raw.title : GuessTitle(text));
  doc->set_date(raw.date);
  doc->set_source(raw.source);
  doc->set_ingested_at(static_cast<int64_t>(std::time(nullptr)));

  const bool trace = std::getenv("KG_TRACE") != nullptr;
  std::vector<Sentence> sentences = impl_->analyzer->Analyze(text);
  doc->set_sentence_count(static_cast<uint32_t>(sentences.size()));
  DocActors table(*impl_->actors, raw.name);
  Salience salience(table);
  MentionFinder mention_finder(*impl_->actors);
  EventFinder event_finder(impl_->events, impl_->parser.get());
  int speaker = -1;
  bool quote_open = false;
  uint32_t previous_end = 0;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    if (sentence.tokens.empty()) continue;
    // A new paragraph closes quotations and forgets who spoke.
    if (text.find('\n', previous_end) < sentence.begin) {
      quote_open = false;
      speaker = -1;
    }
    previous_end = sentence.end;
    std::vector<Mention> mentions = mention_finder.Find(sentence, table);
    Sentence tagged = WithActorTags(sentence, mentions, impl_->events);
    ClauseAnalysis clauses(tagged, quote_open);
    salience.StartSentence(static_cast<int>(s));
    SentenceEvents found = event_finder.Find(tagged, clauses, mentions, table, salience, speaker);
    quote_open = clauses.quote_open_at_end();
    speaker = clauses.HasQuote() || quote_open ? (found.speaker >= 0 ? found.speaker : speaker) : -1;
    if (trace) Trace(tagged, clauses, mentions, found, table);
    impl_->AddEvents(raw, doc_id, sentence, s, mentions, found.events, table, &graph);
  }
  doc->set_text(std::move(text));
  Impl::AddActors(table, doc_id, &graph);
  return graph;
}

}  // namespace kg::ingest
