// Actor mentions in a sentence, and the document's table of actors they resolve to.
// MentionFinder reads one analysed sentence and finds the phrases that name actors: countries
// and their adjectives and capitals, organisations, bodies of a country ("Iraqi forces"),
// titled or named people ("Iraq's Prime Minister, Haider al-Abadi"), unnamed officials ("a senior
// Iranian military official"), pronouns and pairs ("both", "the two countries"). Pronouns are
// left unresolved here (see Salience). It finds no events. Internal to ingest/.
#ifndef KG_INGEST_MENTIONS_H_
#define KG_INGEST_MENTIONS_H_

#include <map>
#include <string>
#include <vector>

#include "ingest/actor_lexicon.h"
#include "ingest/text.h"
#include "kg.pb.h"

namespace kg::ingest {

// An actor as this document knows it, before it is merged into the store.
struct DocActor {
  std::string key;                // canonical key (graph::ActorKey): same key, same actor
  Actor actor;                    // name, kind, aliases, codes, roles (id filled at the end)
  std::vector<int> member_of;     // other DocActor indices
  bool is_person = false;
  bool plural = false;            // "Iranian troops", "protesters"
  std::string surname;            // for persons: the last name token, for "Kirby" -> "John Kirby"
};

class DocActors {
 public:
  explicit DocActors(const ActorLexicon& lexicon, std::string document_name)
      : lexicon_(lexicon), document_name_(std::move(document_name)) {}

  int Country(int country_index);
  int Organization(int org_index);
  // A body of a country ("Iranian military"); country may be -1 (a body of no known country).
  int Body(int body_index, int country);
  // A body of an actor: of its country when it has one ("its troops" after "Iran"), else of the
  // organisation itself ("its peacekeepers" after "the UN").
  int BodyOf(int body_index, int owner);
  // A named person; `name_tokens` are the words of the name.
  int Person(const std::vector<std::string>& name_tokens);
  // An unnamed person or group described by a phrase ("senior Iranian military official");
  // local to this document.
  int Unnamed(const std::string& description, ActorKind kind);
  // A proper name the lexicons do not know, of a guessed kind.
  int Unknown(const std::string& name, ActorKind kind);
  // The person of this document whose surname is `word`, or -1.
  int PersonBySurname(const std::string& word) const;

  void AddMembership(int actor, int parent);
  void AddAlias(int actor, const std::string& alias);
  void AddRole(int actor, const std::string& role);
  void CountMention(int actor) {
    actors_[actor].actor.set_mention_count(actors_[actor].actor.mention_count() + 1);
    last_mentioned_[actors_[actor].actor.kind()] = actor;
  }
  // The actor of this kind mentioned last, or -1.
  int LastMentioned(ActorKind kind) const {
    auto it = last_mentioned_.find(kind);
    return it == last_mentioned_.end() ? -1 : it->second;
  }

  // The country an actor is or belongs to (transitively), or -1.
  int CountryOf(int actor) const;
  // The top of an actor's affiliations: its country, else its outermost body, else itself.
  int TopAffiliation(int actor) const;
  bool IsRelated(int a, int b) const;  // same, or one is a member of the other (transitively)

  const DocActor& at(int index) const { return actors_[index]; }
  size_t size() const { return actors_.size(); }
  const ActorLexicon& lexicon() const { return lexicon_; }
  const std::string& document_name() const { return document_name_; }

 private:
  int Intern(const std::string& key, const std::string& name, ActorKind kind);

  const ActorLexicon& lexicon_;
  std::string document_name_;
  std::vector<DocActor> actors_;
  std::map<std::string, int> by_key_;
  std::map<ActorKind, int> last_mentioned_;
};

enum class MentionForm {
  kName,        // a name or a described actor
  kAdjective,   // a country adjective modifying a non-actor noun: "Iranian airstrikes"
  kPronoun,     // he, she, it, they, we, I, and their other cases
  kPair,        // both, the two countries, the two sides
};

struct Mention {
  uint32_t first = 0;   // token range [first, last) in the sentence
  uint32_t last = 0;
  int actor = -1;       // DocActors index; -1 for an unresolved pronoun or pair
  std::vector<int> pair;  // resolved pair ("both")
  MentionForm form = MentionForm::kName;
  std::string pronoun;  // lower case, for kPronoun
  int body = -1;        // "its troops": a body (ActorLexicon index) of whoever the pronoun names
  bool sides = false;   // a pair named as sides or parties rather than as countries
  std::string preposition;  // lower-case preposition governing it, or empty
  bool possessive = false;  // "Iran's", "its", "our"
  bool locative = false;    // "in Iraq": a place, not a participant
};

class MentionFinder {
 public:
  explicit MentionFinder(const ActorLexicon& lexicon) : lexicon_(lexicon) {}
  // Mentions of `sentence`, left to right, not overlapping. New actors go into `actors`.
  std::vector<Mention> Find(const Sentence& sentence, DocActors& actors) const;

 private:
  const ActorLexicon& lexicon_;
};

// True for words that open a preposition phrase ("in", "against", "with", ...).
bool IsPreposition(const Token& token);

}  // namespace kg::ingest

#endif  // KG_INGEST_MENTIONS_H_
