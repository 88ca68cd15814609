#include "ingest/mentions.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "graph/ids.h"

namespace kg::ingest {
namespace {

using WordSet = std::unordered_set<std::string>;

const WordSet& Prepositions() {
  static const WordSet* words = new WordSet{
      "in", "at", "on", "with", "against", "of", "for", "from", "to", "by", "into", "over", "near",
      "between", "among", "across", "inside", "outside", "within", "throughout", "toward", "towards",
      "alongside", "about", "like", "including", "under", "after", "before", "during", "since",
      "through", "upon", "onto", "without", "around", "behind", "beyond", "via", "amid", "despite"};
  return *words;
}

const WordSet& LocativePrepositions() {
  static const WordSet* words = new WordSet{"in", "at", "near", "inside", "outside", "across", "within",
                                            "throughout", "around", "into", "over", "from", "via"};
  return *words;
}

// Nouns of a stance toward someone ("a critic of Sweden"): what follows "of" is no affiliation.
const WordSet& StanceNouns() {
  static const WordSet* words = new WordSet{"critic", "critics", "opponent", "opponents", "supporter",
                                            "supporters", "backer", "backers"};
  return *words;
}

// Honorifics a name may leave out ("Dr", "Mr"), as the tokenizer writes them.
const WordSet& Honorifics() {
  static const WordSet* words = new WordSet{"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
                                            "sir", "dame"};
  return *words;
}

bool IsAnyTag(const Token& token, std::initializer_list<const char*> tags) {
  for (const char* tag : tags)
    if (token.tag == tag) return true;
  return false;
}

// "Su-24", "F-16", "MiG-29", "T-72": a weapon's model, letters and digits joined by a hyphen.
bool IsModelName(const std::string& word) {
  size_t hyphen = word.find('-');
  if (hyphen == std::string::npos || hyphen == 0 || hyphen + 1 >= word.size() || word.size() > 8) return false;
  bool letters = std::isupper(static_cast<unsigned char>(word[0]));
  bool digits = false;
  for (char c : word.substr(hyphen + 1)) digits |= std::isdigit(static_cast<unsigned char>(c)) != 0;
  return letters && digits;
}

// How an actor looked ("masked gunmen", "uniformed soldiers"): a description, no part of its name.
const WordSet& AppearanceWords() {
  static const WordSet* words =
      new WordSet{"masked", "hooded", "uniformed", "plainclothes", "plain-clothes", "off-duty"};
  return *words;
}

// Words that may stand before a title or a body inside one actor phrase.
const WordSet& Modifiers() {
  static const WordSet* words = new WordSet{
      "senior", "top", "former", "chief", "deputy", "acting", "interim", "unnamed", "unidentified",
      "anonymous", "high-ranking", "senior-level", "local", "regional", "provincial", "federal",
      "national", "several", "some", "many", "other", "visiting", "outgoing", "incoming", "new",
      "then", "late", "two", "three", "four", "five", "dozens", "hundreds", "thousands", "armed",
      "military", "government", "state", "opposition", "rebel", "leading", "prominent", "veteran",
      "elected", "exiled", "detained", "jailed", "powerful", "fellow"};
  return *words;
}

const WordSet& Determiners() {
  static const WordSet* words = new WordSet{"a", "an", "the", "one", "another", "this", "that", "these", "those"};
  return *words;
}

// A determiner, not "that" opening a clause ("an accusation that Nepal rejected").
bool IsDeterminer(const Token& t) {
  return Determiners().count(t.lower) > 0 && (t.lower != "that" || t.tag == "DT");
}

const WordSet& PairNouns() {
  static const WordSet* words = new WordSet{
      "countries", "sides", "nations", "governments", "leaders", "adversaries", "rivals", "neighbours",
      "neighbors", "states", "parties", "men", "foes", "archfoes", "allies", "powers", "presidents",
      "ministers", "enemies", "camps"};
  return *words;
}

const WordSet& Pronouns() {
  static const WordSet* words = new WordSet{"he", "him", "his", "she", "her", "it", "its", "they",
                                            "them", "their", "we", "us", "our", "i", "me", "my"};
  return *words;
}

const WordSet& NotNames() {
  static const WordSet* words = new WordSet{
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
      "Nov", "Dec", "I", "God", "Mr", "Mrs", "Ms", "Dr", "AM", "PM", "GMT", "EST", "Internet",
      "Christmas", "Ramadan", "Easter", "Earth", "Islam", "English", "Arabic"};
  return *words;
}

// Name particles that may stand between the capitalised words of a name.
const WordSet& NameParticles() {
  static const WordSet* words = new WordSet{"bin", "ibn", "abu", "de", "da", "del", "di", "van", "von",
                                            "der", "la", "le", "du", "dos", "al", "el", "ben"};
  return *words;
}

struct HeadKind {
  const char* word;
  ActorKind kind;
};

constexpr HeadKind kNameHeads[] = {
    {"Corp", COMPANY},        {"Corporation", COMPANY},   {"Inc", COMPANY},         {"Co", COMPANY},
    {"Ltd", COMPANY},         {"Company", COMPANY},       {"Airlines", COMPANY},    {"Group", ORGANIZATION},
    {"Party", PARTY},         {"Army", MILITARY},         {"Forces", MILITARY},     {"Brigade", ARMED_GROUP},
    {"Brigades", ARMED_GROUP}, {"Front", ARMED_GROUP},    {"Militia", ARMED_GROUP}, {"Ministry", GOVERNMENT},
    {"Council", GOVERNMENT},  {"Committee", GOVERNMENT},  {"Commission", GOVERNMENT}, {"Agency", GOVERNMENT},
    {"Parliament", GOVERNMENT}, {"Assembly", GOVERNMENT}, {"Senate", GOVERNMENT},   {"Court", GOVERNMENT},
    {"Department", GOVERNMENT}, {"Office", GOVERNMENT},   {"Cabinet", GOVERNMENT},  {"Times", MEDIA},
    {"Post", MEDIA},          {"News", MEDIA},            {"Weekly", MEDIA},        {"Daily", MEDIA},
    {"Journal", MEDIA},       {"Magazine", MEDIA},        {"Radio", MEDIA},         {"Television", MEDIA},
    {"TV", MEDIA},            {"Union", ORGANIZATION},    {"Organization", ORGANIZATION},
    {"Organisation", ORGANIZATION}, {"Association", ORGANIZATION}, {"Institute", ORGANIZATION},
    {"Foundation", ORGANIZATION}, {"Fund", ORGANIZATION}, {"Bank", ORGANIZATION},   {"Movement", ARMED_GROUP},
    {"League", ORGANIZATION}, {"Alliance", ORGANIZATION}, {"Coalition", COALITION}, {"University", ORGANIZATION},
    {"Federation", ORGANIZATION}, {"Society", ORGANIZATION}, {"Services", COMPANY},
};

const WordSet& CollectiveNouns() {
  static const WordSet* words = new WordSet{
      "force", "group", "number", "hundreds", "thousands", "dozens", "scores", "band", "unit", "units",
      "contingent", "team", "some", "many", "most", "all", "both", "several", "members", "part", "column",
      "convoy", "squad", "battalion", "brigade", "detachment", "crowd", "wave", "army"};
  return *words;
}

const WordSet& PlaceNouns() {
  static const WordSet* words = new WordSet{"town", "city", "village", "province", "region", "district", "capital",
                                            "port", "area", "valley", "state", "county", "island", "islands",
                                            "airport", "base", "border", "river", "mountains", "camp"};
  return *words;
}

// Bodies that make a government actor of a person's name: "Obama administration".
const WordSet& NamedGovernmentHeads() {
  static const WordSet* words = new WordSet{"administration", "government", "regime", "cabinet", "camp"};
  return *words;
}

bool IsVerbTag(const std::string& tag) { return !tag.empty() && (tag[0] == 'V' || tag == "MD"); }

// "PKK", "ICU": two to six capitals, nothing else.
bool IsAcronym(const std::string& text) {
  if (text.size() < 2 || text.size() > 6) return false;
  for (char c : text)
    if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
  return true;
}

// "al-Abadi", "el-Baradei": a lower-case Arabic article joined to a capitalised name.
bool IsJoinedParticleName(const std::string& text) {
  for (const char* prefix : {"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin-", "abu-"}) {
    if (absl::StartsWith(text, prefix) && text.size() > strlen(prefix) &&
        absl::ascii_isupper(static_cast<unsigned char>(text[strlen(prefix)])))
      return true;
  }
  return false;
}

// Closed-class words that are capitalised only by accident or by headline style ("The U.S. Has
// been pressing ...").
const WordSet& FunctionWords() {
  static const WordSet* words = new WordSet{
      "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "shall", "should",
      "can", "could", "may", "might", "must", "do", "does", "did", "the", "a", "an", "and", "or", "but",
      "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "this", "it", "its", "not",
      "said", "says", "say", "also", "if", "when", "after", "before", "than", "then", "there", "their"};
  return *words;
}

bool IsNameWord(const Token& token) {
  if (IsJoinedParticleName(token.text)) return true;
  if (!token.capitalized || NotNames().count(token.text) || FunctionWords().count(token.lower)) return false;
  if (token.sentence_initial) return token.tag == "NNP" || token.tag == "NNPS";
  // '"Tragically, ...': an adverb that opens a quotation is capitalised, not a name
  if (token.tag == "RB" && absl::EndsWith(token.lower, "ly")) return false;
  return token.tag != "PRP" && token.tag != "DT";
}

// The key part of a name word: lower case, without an Arabic article.
std::string NameKeyWord(const std::string& word) {
  std::string lower = absl::AsciiStrToLower(word);
  for (const char* prefix : {"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"}) {
    if (absl::StartsWith(lower, prefix)) return lower.substr(strlen(prefix));
  }
  return absl::StrReplaceAll(lower, {{".", ""}});
}

bool IsInitial(const std::string& word) {
  return word.size() == 2 && word[1] == '.' && absl::ascii_isupper(static_cast<unsigned char>(word[0]));
}

std::string Join(const std::vector<Token>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin && tokens[i].text != "'s" && tokens[i].text != "'") out.push_back(' ');
    out += tokens[i].text;
  }
  return out;
}

}  // namespace

bool IsPreposition(const Token& token) {
  return Prepositions().count(token.lower) > 0;
}

// ---- DocActors -------------------------------------------------------------------------------

int DocActors::Intern(const std::string& key, const std::string& name, ActorKind kind) {
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  DocActor entry;
  entry.key = key;
  entry.actor.set_name(name);
  entry.actor.set_kind(kind);
  entry.actor.set_id(graph::ActorIdForKey(key));
  entry.is_person = kind == PERSON;
  int index = static_cast<int>(actors_.size());
  actors_.push_back(std::move(entry));
  by_key_[key] = index;
  return index;
}

int DocActors::Country(int country_index) {
  const CountryInfo& info = lexicon_.countries()[country_index];
  int index = Intern(graph::ActorKey(false, graph::NormalizeName(info.name), info.iso3), info.name, COUNTRY);
  Actor& actor = actors_[index].actor;
  if (actor.iso3().empty()) {
    actor.set_iso3(info.iso3);
    actor.set_cameo(info.iso3);
    for (const auto& alias : info.aliases)
      if (alias != info.name) AddAlias(index, alias);
  }
  return index;
}

int DocActors::Organization(int org_index) {
  const OrganizationInfo& info = lexicon_.organizations()[org_index];
  int index = Intern(graph::ActorKey(false, graph::NormalizeName(info.name), info.code), info.name, info.kind);
  Actor& actor = actors_[index].actor;
  if (actor.aliases_size() == 0) {
    actor.set_cameo(info.code);
    for (const auto& form : info.forms)
      if (form != info.name) AddAlias(index, form);
    if (!info.member_of.empty()) {
      int country = lexicon_.CountryIndex(info.member_of);
      if (country >= 0) {
        actor.set_iso3(info.member_of);
        AddMembership(index, Country(country));
      }
    }
  }
  return index;
}

int DocActors::Body(int body_index, int country) {
  const BodyInfo& body = lexicon_.bodies()[body_index];
  std::string adjective;
  std::string iso3;
  if (country >= 0) {
    iso3 = actors_[country].actor.iso3();
    int info = lexicon_.CountryIndex(iso3);
    adjective = info >= 0 && !lexicon_.countries()[info].adjective.empty() ? lexicon_.countries()[info].adjective
                                                                           : actors_[country].actor.name();
  }
  std::string name = absl::StrReplaceAll(body.name_template, {{"{adj}", adjective}});
  name = std::string(absl::StripAsciiWhitespace(name));
  if (country < 0) name = body.phrase;
  std::string key = graph::ActorKey(false, graph::NormalizeName(name));
  if (country < 0) key = absl::StrCat("org:", document_name_, ":", body.phrase);  // nobody's body: local
  int index = Intern(key, name, body.kind);
  Actor& actor = actors_[index].actor;
  // ("Kenyan officials said they ...": a body named in the plural is referred to as "they")
  bool plural_name = name.size() > 2 && name.back() == 's' && name[name.size() - 2] != 's' &&
                     name[name.size() - 2] != 'u' && name[name.size() - 2] != 'i';
  actors_[index].plural = body.kind == MILITARY || body.kind == GROUP || body.kind == ARMED_GROUP || plural_name;
  if (country >= 0 && actor.iso3().empty()) {
    actor.set_iso3(iso3);
    actor.set_cameo(absl::StrCat(iso3, body.sector));
    AddMembership(index, country);
  }
  return index;
}

int DocActors::BodyOf(int body_index, int owner) {
  if (owner < 0) return Body(body_index, -1);
  int country = CountryOf(owner);
  if (country >= 0) return Body(body_index, country);
  const BodyInfo& body = lexicon_.bodies()[body_index];
  // "the army ... its forces": a body of no country is its own forces
  if (actors_[owner].actor.kind() == body.kind && (body.kind == MILITARY || body.kind == GOVERNMENT)) return owner;
  std::string name = absl::StrCat(actors_[owner].actor.name(), " ", body.phrase);
  int index = Intern(graph::ActorKey(false, graph::NormalizeName(name)), name, body.kind);
  AddMembership(index, owner);
  actors_[index].plural = true;
  return index;
}

int DocActors::Person(const std::vector<std::string>& words) {
  // Key: the last two words that are not initials, so "Rear Admiral John Kirby" and "John Kirby"
  // are one person, and "Bashar al-Assad" is "Bashar Assad".
  std::vector<std::string> key_words;
  for (auto it = words.rbegin(); it != words.rend() && key_words.size() < 2; ++it)
    if (!IsInitial(*it) && !NameParticles().count(absl::AsciiStrToLower(*it))) key_words.insert(key_words.begin(), NameKeyWord(*it));
  std::string name = absl::StrJoin(words, " ");
  int index = Intern(graph::ActorKey(true, absl::StrJoin(key_words, " ")), name, PERSON);
  DocActor& entry = actors_[index];
  if (entry.actor.name() != name) AddAlias(index, name);
  entry.surname = NameKeyWord(words.back());
  if (words.size() > 1) AddAlias(index, words.back());
  return index;
}

int DocActors::Unnamed(const std::string& description, ActorKind kind) {
  return Intern(absl::StrCat(kind == PERSON ? "person:" : "org:", document_name_, ":",
                             graph::NormalizeName(description)),
                description, kind);
}

int DocActors::Unknown(const std::string& name, ActorKind kind) {
  return Intern(graph::ActorKey(kind == PERSON, graph::NormalizeName(name)), name, kind);
}

int DocActors::PersonBySurname(const std::string& word) const {
  std::string key = NameKeyWord(word);
  for (size_t i = actors_.size(); i-- > 0;)
    if (actors_[i].is_person && actors_[i].surname == key) return static_cast<int>(i);
  return -1;
}

void DocActors::AddMembership(int actor, int parent) {
  if (actor < 0 || parent < 0 || actor == parent || IsRelated(parent, actor)) return;
  auto& list = actors_[actor].member_of;
  if (std::find(list.begin(), list.end(), parent) == list.end()) list.push_back(parent);
}

void DocActors::AddAlias(int actor, const std::string& alias) {
  Actor& a = actors_[actor].actor;
  if (alias.empty() || alias == a.name()) return;
  for (const auto& existing : a.aliases())
    if (existing == alias) return;
  a.add_aliases(alias);
}

void DocActors::AddRole(int actor, const std::string& role) {
  Actor& a = actors_[actor].actor;
  for (const auto& existing : a.roles())
    if (existing == role) return;
  a.add_roles(role);
}

int DocActors::CountryOf(int actor) const {
  std::vector<int> frontier = {actor};
  for (size_t step = 0; step < frontier.size() && step < 16; ++step) {
    int current = frontier[step];
    if (actors_[current].actor.kind() == COUNTRY) return current;
    for (int parent : actors_[current].member_of) frontier.push_back(parent);
  }
  return -1;
}

int DocActors::TopAffiliation(int actor) const {
  int country = CountryOf(actor);
  if (country >= 0) return country;
  int current = actor;
  for (int step = 0; step < 8 && !actors_[current].member_of.empty(); ++step) current = actors_[current].member_of[0];
  return current;
}

bool DocActors::IsRelated(int a, int b) const {
  if (a == b) return true;
  auto reaches = [&](int from, int to) {
    std::vector<int> frontier = {from};
    for (size_t step = 0; step < frontier.size() && step < 32; ++step) {
      for (int parent : actors_[frontier[step]].member_of) {
        if (parent == to) return true;
        frontier.push_back(parent);
      }
    }
    return false;
  };
  return reaches(a, b) || reaches(b, a);
}

// ---- MentionFinder ---------------------------------------------------------------------------

namespace {

// One sentence's mention finding: a cursor over its tokens with the lexicon and actor table.
class SentenceMentions {
 public:
  SentenceMentions(const ActorLexicon& lexicon, const Sentence& sentence, DocActors& actors)
      : lexicon_(lexicon), tokens_(sentence.tokens), actors_(actors) {}

  std::vector<Mention> Run() {
    size_t i = 0;
    while (i < tokens_.size()) {
      Mention mention;
      size_t next = TryPair(i, &mention);
      if (next == i) next = TryPronoun(i, &mention);
      if (next == i) next = TryHyphenated(i, &mention);
      if (next == i) next = TryPhrase(i, &mention);
      if (next == i) next = TryCommonPerson(i, &mention);
      if (next == i) {
        ++i;
        continue;
      }
      mention.first = static_cast<uint32_t>(i);
      mention.last = static_cast<uint32_t>(next);
      Finish(mention);
      mentions_.push_back(mention);
      i = next;
    }
    MergeAppositions();
    return mentions_;
  }

 private:
  const Token& At(size_t i) const {
    static const Token* none = new Token();
    return i < tokens_.size() ? tokens_[i] : *none;
  }

  size_t Match(size_t i, std::vector<LexiconMatch>* matches) const {
    if (i >= tokens_.size() || StanceOpposition(i)) return 0;
    return lexicon_.Match(tokens_, i, matches);
  }

  // "expressed strong opposition to the plan", "Peru's opposition to the treaty", "its
  // opposition to the fence": a stance, not the opposition (after "the" it stays the party:
  // "the opposition to President X" may be either)
  bool StanceOpposition(size_t i) const {
    const std::string& word = At(i).lower;  // (Match runs at every token: the length first)
    return word.size() == 10 && word == "opposition" && At(i + 1).lower == "to" && i > 0 && At(i - 1).tag != "DT";
  }

  static const LexiconMatch* Find(const std::vector<LexiconMatch>& matches, std::initializer_list<LexiconHit> hits) {
    for (const auto& m : matches)
      for (LexiconHit hit : hits)
        if (m.hit == hit) return &m;
    return nullptr;
  }

  // "both" before a verb or a pair noun; "the two countries", "the two long-time adversaries".
  size_t TryPair(size_t i, Mention* mention) {
    const Token& t = At(i);
    size_t j = i;
    if (t.lower == "both") {
      const Token& next = At(i + 1);
      if (IsVerbTag(next.tag) || next.tag == "RB") {
        j = i + 1;
      } else if (PairNouns().count(next.lower)) {
        j = i + 2;
      } else if (next.lower == "of" && (At(i + 2).lower == "them" || At(i + 2).lower == "us")) {
        j = i + 3;
      }
    } else if (t.lower == "the" && At(i + 1).lower == "two") {
      for (size_t k = i + 2; k < i + 5 && k < tokens_.size(); ++k) {
        if (PairNouns().count(At(k).lower)) {
          j = k + 1;
          break;
        }
        if (At(k).tag != "JJ" && At(k).tag.rfind("NN", 0) != 0 && At(k).text != "-") break;
      }
    }
    if (j == i) return i;
    mention->form = MentionForm::kPair;
    const std::string& noun = At(j - 1).lower;
    mention->sides = noun == "sides" || noun == "parties" || noun == "rivals" || noun == "adversaries" ||
                     noun == "foes" || noun == "enemies" || noun == "camps";
    return j;
  }

  size_t TryPronoun(size_t i, Mention* mention) {
    const Token& t = At(i);
    std::string word = t.text == "I" ? "i" : t.lower;
    if (!Pronouns().count(word) || (word == "i" && t.text != "I")) return i;
    if (word == "us" && t.text == "US") return i;
    if (word == "it" && At(i + 1).lower == "'s" && At(i + 2).tag == "JJ") return i;  // "it's self-evident"
    mention->form = MentionForm::kPronoun;
    mention->pronoun = word;
    mention->possessive = word == "his" || word == "its" || word == "their" || word == "our" || word == "my" ||
                          (word == "her" && At(i + 1).tag.rfind("NN", 0) == 0);
    if (mention->possessive && word != "his" && word != "her" && word != "my") {
      // "its troops", "their own forces", "our army": a body of whoever the pronoun names
      size_t j = i + 1 + (At(i + 1).lower == "own" ? 1 : 0);
      std::vector<LexiconMatch> matches;
      size_t length = Match(j, &matches);
      if (const auto* b = Find(matches, {LexiconHit::kBody}); b && length > 0 && !Find(matches, {LexiconHit::kRole})) {
        mention->body = b->index;
        mention->possessive = false;
        return j + length;
      }
    }
    return i + 1;
  }

  // "U.S.-led", "Washington-Tehran", "Iraq-Iran": actors inside one hyphenated token.
  size_t TryHyphenated(size_t i, Mention* mention) {
    const Token& t = At(i);
    size_t dash = t.text.find('-');
    if (dash == std::string::npos || dash == 0 || IsJoinedParticleName(t.text)) return i;
    std::vector<LexiconMatch> whole;
    if (Match(i, &whole) > 0) return i;  // the lexicon knows the token (or a phrase it starts)
    std::string left = t.text.substr(0, dash);
    std::string right = t.text.substr(dash + 1);
    int a = ActorOfWord(left);
    if (a < 0) return i;
    int b = ActorOfWord(right);
    if (b >= 0 && b != a) {
      mention->form = MentionForm::kPair;
      mention->pair = {a, b};
      return i + 1;
    }
    if (!absl::ascii_islower(static_cast<unsigned char>(right.empty() ? 'X' : right[0]))) return i;
    mention->form = MentionForm::kAdjective;  // "U.S.-led strikes": the U.S. modifies the noun
    mention->actor = a;
    return i + 1;
  }

  int ActorOfWord(const std::string& word) {
    for (const auto& m : lexicon_.MatchText(word)) {
      switch (m.hit) {
        case LexiconHit::kCountryName:
        case LexiconHit::kCountryAdjective:
        case LexiconHit::kCapital:
        case LexiconHit::kDemonym:
          return actors_.Country(m.index);
        case LexiconHit::kOrganization:
          return actors_.Organization(m.index);
        default:
          break;
      }
    }
    return -1;
  }

  // A country, organisation, body, title or name, with what qualifies it.
  size_t TryPhrase(size_t i, Mention* mention) {
    if (i > 0 && At(i - 1).tag.rfind("NN", 0) == 0 && CaptiveState(i)) return i;  // "... three policemen prisoner"
    size_t j = i;
    bool definite = false;
    if (IsDeterminer(At(j))) {
      definite = At(j).lower == "the";
      ++j;
    }
    size_t description_begin = j;
    int country = -1;   // DocActors index of the affiliation
    int org = -1;
    bool adjective_only = false;
    bool possessive = false;
    j = SkipModifiers(j);
    std::vector<LexiconMatch> matches;
    size_t length = Match(j, &matches);
    if (length > 0) {
      if (const auto* m = Find(matches, {LexiconHit::kCountryAdjective})) {
        country = actors_.Country(m->index);
        adjective_only = true;
        j += length;
      } else if (const auto* m = Find(matches, {LexiconHit::kCountryName, LexiconHit::kCapital, LexiconHit::kDemonym})) {
        country = actors_.Country(m->index);
        j += length;
      } else if (const auto* m = Find(matches, {LexiconHit::kOrganization})) {
        org = actors_.Organization(m->index);
        j += length;
        // "the Islamic Courts Movement": a head word that only restates the organisation
        while (j < tokens_.size() && At(j).capitalized) {
          bool head = false;
          for (const auto& h : kNameHeads) head |= At(j).text == h.word;
          if (!head) break;
          ++j;
        }
      }
      if ((country >= 0 || org >= 0) && At(j).text == "'s") {
        possessive = true;
        ++j;
      }
    }
    size_t after_affiliation = j;
    j = SkipModifiers(j);
    int body = -1;
    int role = -1;
    std::string role_text;
    for (;;) {
      length = Match(j, &matches);
      if (length == 0) break;
      // "rebel positions", "militant hideouts": a word both a role and a body, modifying a noun,
      // names the body
      bool modifies_noun = Find(matches, {LexiconHit::kBody}) && !At(j + length).capitalized &&
                           (At(j + length).tag == "NN" || At(j + length).tag == "NNS");
      // ("will head to Lima", "she chairs the panel": a title word used as a verb is no title)
      bool verb = length == 1 && !At(j).capitalized && IsAnyTag(At(j), {"VB", "VBP", "VBZ", "VBD"});
      // ("a general strike", "the general election": "general" before a common noun describes it)
      verb |= length == 1 && !At(j).capitalized && At(j).lower == "general" && !At(j + 1).capitalized &&
              (At(j + 1).tag == "NN" || At(j + 1).tag == "NNS");
      // ("Supreme Leader Ayatollah X", "Foreign Minister Prince Y": a second title
      // right before the name belongs to the same person)
      if (Find(matches, {LexiconHit::kRole}) && role >= 0 && !verb && At(j).capitalized &&
          At(j + length).capitalized && At(j + length).tag == "NNP") {
        j += length;
        continue;
      }
      if (const auto* m = Find(matches, {LexiconHit::kRole}); m && role < 0 && !modifies_noun && !verb) {
        role = m->index;
        role_text = Join(tokens_, j, j + length);
        j += length;
        // "the Dutch envoy to Peru Jan Smit": where a diplomat is posted is no
        // affiliation, but the name right after it is the holder's
        const std::string& posted_body = lexicon_.roles()[m->index].body;
        if (At(j).lower == "to" && (posted_body == "embassy" || posted_body == "diplomats")) {
          size_t k = j + 1 + (At(j + 1).lower == "the" ? 1 : 0);
          std::vector<LexiconMatch> post;
          size_t post_length = Match(k, &post);
          // (with a comma before the name the apposition reading joins them: MergeAppositions)
          if (post_length > 0 && NameRun(k + post_length) > k + post_length &&
              Find(post, {LexiconHit::kCountryName, LexiconHit::kCapital, LexiconHit::kOrganization}))
            j = k + post_length;
          continue;
        }
        // "a spokeswoman for the foreign ministry", "President of Georgia" (not "recalled its
        // ambassador from Peru": whose envoy the possessive says, and "from" where it was posted)
        bool owned = description_begin > 0 && At(description_begin - 1).tag == "PRP$";
        if ((At(j).lower == "for" || At(j).lower == "of" || At(j).lower == "at" || (At(j).lower == "from" && !owned)) &&
            body < 0) {
          size_t k = j + 1 + (At(j + 1).lower == "the" ? 1 : 0);
          std::vector<LexiconMatch> attached;
          size_t attached_length = Match(k, &attached);
          // "a spokesman for the Russian foreign ministry": a country adjective before the body
          if (const auto* adj = Find(attached, {LexiconHit::kCountryAdjective}); adj && attached_length > 0 && country < 0) {
            std::vector<LexiconMatch> after;
            size_t after_length = Match(k + attached_length, &after);
            if (const auto* b = Find(after, {LexiconHit::kBody}); b && after_length > 0) {
              country = actors_.Country(adj->index);
              body = b->index;
              j = k + attached_length + after_length;
              attached_length = 0;
            }
          }
          if (attached_length > 0) {
            if (const auto* b = Find(attached, {LexiconHit::kBody})) {
              body = b->index;
              j = k + attached_length;
            } else if (const auto* c = Find(attached, {LexiconHit::kCountryName, LexiconHit::kCapital}); c && country < 0) {
              country = actors_.Country(c->index);
              j = k + attached_length;
            } else if (const auto* o = Find(attached, {LexiconHit::kOrganization}); o && org < 0) {
              org = actors_.Organization(o->index);
              j = k + attached_length;
            }
          }
        }
        continue;
      }
      // "took two soldiers prisoner", "held the crew hostage": a captive's state after the captives
      if (body >= 0 && length == 1 && At(j - 1).tag.rfind("NN", 0) == 0 && CaptiveState(j)) break;
      if (const auto* m = Find(matches, {LexiconHit::kBody}); m && role < 0) {
        // "rebel leaders", "militia commanders", "student leaders": the leaders, commanders or
        // troops of a group are the group; not "government forces", whose forces are an army,
        // nor "opposition lawmakers", who are a country's lawmakers
        const auto& bodies = lexicon_.bodies();
        bool of_group = body >= 0 && (bodies[body].kind == ARMED_GROUP || bodies[body].kind == GROUP) &&
                        (bodies[m->index].kind == MILITARY || bodies[m->index].name_template == "{adj} government");
        if (!of_group) body = m->index;
        bool bank = length == 1 && At(j).text == "Bank";
        j += length;
        j = SkipModifiers(j);
        // "the government of China", "the defence ministry in Moscow", "soldiers from
        // neighbouring Ethiopia"
        if (country < 0 && org < 0 && (At(j).lower == "of" || At(j).lower == "in" || At(j).lower == "from")) {
          size_t k = j + 1 + (At(j + 1).lower == "the" ? 1 : 0);
          // one descriptive word may stand before the country: "neighbouring", "war-torn"
          if (k + 1 < tokens_.size() && !At(k).capitalized && !IsPreposition(At(k)) && At(k + 1).capitalized) ++k;
          std::vector<LexiconMatch> owner;
          size_t owner_length = Match(k, &owner);
          if (const auto* c = Find(owner, {LexiconHit::kCountryName, LexiconHit::kCapital}); c && owner_length) {
            country = actors_.Country(c->index);
            j = k + owner_length;
            // "the Bank of Japan", "the Bank of England": a country's central bank
            if (bank && lexicon_.BodyIndex("central bank") >= 0)
              body = lexicon_.BodyIndex("central bank");
          } else if (const auto* o = Find(owner, {LexiconHit::kOrganization}); o && owner_length) {
            org = actors_.Organization(o->index);
            j = k + owner_length;
          } else if (const auto* adj = Find(owner, {LexiconHit::kCountryAdjective}); adj && owner_length) {
            // "negotiators from the Afghan government", "troops of the Malian army"
            std::vector<LexiconMatch> owner_body;
            size_t body_length = Match(k + owner_length, &owner_body);
            if (Find(owner_body, {LexiconHit::kBody}) && body_length) {
              country = actors_.Country(adj->index);
              j = k + owner_length + body_length;
            }
          }
        }
        continue;
      }
      break;
    }
    size_t name_begin = j;
    size_t name_end = NameRun(j);
    bool has_name = name_end > name_begin;
    if (country < 0 && org < 0 && body < 0 && role < 0 && !has_name) return i;

    // Bodies and titles take the country of the sentence when they name none ("In Iran, a
    // spokeswoman for the foreign ministry").
    if (country < 0 && org < 0 && (body >= 0 || role >= 0)) country = SentenceCountry();
    int affiliation = org >= 0 ? org : country;
    if (body >= 0 && org >= 0 && role < 0) {
      // "Islamic State militants", "NATO forces": the organisation itself
      body = -1;
    } else if (body >= 0 && (org >= 0 || country >= 0)) {
      affiliation = actors_.Body(body, country);
      if (org >= 0) actors_.AddMembership(affiliation, org);
    } else if (body >= 0 && role < 0 && !has_name) {
      // "the ministry", "rebels": a body of no known country stands for itself when it is
      // definite or a group of people ("armed rebels raided the base")
      auto kind = lexicon_.bodies()[body].kind;
      // ("stones at police": a plural the tagger reads as NN; "MPs" one it reads as a name)
      bool group = kind == ARMED_GROUP || kind == GROUP || kind == MILITARY || At(j - 1).tag == "NNS" ||
                   At(j - 1).tag == "NNPS" || At(j - 1).lower == "police" ||
                   (At(j - 1).tag == "NNP" && At(j - 1).text.size() > 2 && At(j - 1).text.back() == 's' &&
                    std::isupper(static_cast<unsigned char>(At(j - 1).text[1])));
      if (!definite && !group) return i;
      // "military exercises", "police chief": a body word modifying a noun is no actor
      // (but "the army statement said": an army's utterance speaks for the army)
      static const WordSet* utterances =
          new WordSet{"statement", "communique", "communiqué", "declaration", "bulletin", "message"};
      if (kind == MILITARY && At(j).tag.rfind("NN", 0) == 0 && !At(j).capitalized && !utterances->count(At(j).lower) &&
          !CaptiveState(j))
        return i;
      // "the militants", "the Islamists" after a named armed group: that group
      int named = kind == ARMED_GROUP && definite ? actors_.LastMentioned(ARMED_GROUP) : -1;
      if (named >= 0 && !IsLocal(named)) {
        mention->actor = named;
        return j;
      }
      // "the army" after "Israeli forces", "the government" in a sentence set in Tehran: the
      // country the context gives
      int context = -1;
      if (kind == MILITARY || kind == GOVERNMENT) {
        context = LocativeCountry();
        int previous = actors_.LastMentioned(kind);
        if (definite && context < 0 && previous >= 0) context = actors_.CountryOf(previous);
        // "Syria's foreign ministry denied that government forces ...": the government named last
        bool government = description_begin < tokens_.size() && At(description_begin).lower == "government";
        if (government && context < 0) {
          int state = actors_.LastMentioned(GOVERNMENT);
          context = state >= 0 ? actors_.CountryOf(state) : actors_.LastMentioned(COUNTRY);
        }
      }
      affiliation = actors_.Body(body, context);
    }
    if (role >= 0 && lexicon_.roles()[role].body.size() && body < 0 && country >= 0) {
      int implied = lexicon_.BodyIndex(lexicon_.roles()[role].body);
      if (implied >= 0) affiliation = actors_.Body(implied, country);
    }

    if (has_name && name_end == name_begin + 1 && IsAcronym(At(name_begin).text)) {
      // "ICU fighters", "PKK militants": an organisation named by its acronym, and its members
      std::vector<LexiconMatch> after;
      size_t after_length = Match(name_end, &after);
      const auto* group = Find(after, {LexiconHit::kBody});
      ActorKind kind = group ? lexicon_.bodies()[group->index].kind : ORGANIZATION;
      if (kind == MILITARY || kind == GROUP) kind = ARMED_GROUP;
      mention->actor = actors_.Unknown(At(name_begin).text, group ? kind : ORGANIZATION);
      actors_.AddMembership(mention->actor, affiliation);
      return group ? name_end + after_length : name_end;
    }
    if (has_name) {
      int person = NamedActor(name_begin, name_end, affiliation, body);
      if (person < 0) return i;
      if (role >= 0) actors_.AddRole(person, lexicon_.roles()[role].role);
      if (role >= 0 || country >= 0 || org >= 0 || body >= 0)
        actors_.AddAlias(person, Join(tokens_, description_begin, name_end));
      mention->actor = person;
      return name_end;
    }
    if (role >= 0) {
      std::string description = Join(tokens_, description_begin, j);
      int person = actors_.Unnamed(description, PERSON);
      actors_.AddRole(person, lexicon_.roles()[role].role);
      actors_.AddMembership(person, affiliation);
      mention->actor = person;
      return j;
    }
    if (body >= 0) {
      mention->actor = affiliation;
      return j;
    }
    // "Iraqi lawyers", "Hamas sympathisers": people of a country or organisation that no lexicon
    // names, by a noun WordNet knows as a person
    if (!possessive && after_affiliation == j && IsCommonPersonHead(j)) {
      int group = actors_.Unnamed(Join(tokens_, description_begin, j + 1), At(j).tag == "NNS" ? GROUP : PERSON);
      actors_.AddMembership(group, affiliation);
      mention->actor = group;
      return j + 1;
    }
    mention->actor = affiliation;
    mention->possessive = possessive;
    if (adjective_only && after_affiliation == j && !At(j).tag.empty() && At(j).tag.rfind("NN", 0) == 0)
      mention->form = MentionForm::kAdjective;
    if (adjective_only && after_affiliation == j && At(j).tag.rfind("NN", 0) != 0 && At(j).tag != "JJ") {
      // "the Iranian" alone is rare; an adjective before nothing nominal names the country.
      mention->form = MentionForm::kName;
    }
    return j;
  }

  // "prisoner", "hostage", "captive" at k: the state captives are taken or held in ("took two
  // soldiers prisoner"), no part of the phrase before it.
  bool CaptiveState(size_t k) const {
    const std::string& w = At(k).lower;
    return w == "prisoner" || w == "hostage" || w == "captive";
  }

  // A lower-case noun at k whose usual sense is a person and that heads its noun phrase.
  bool IsCommonPersonHead(size_t k) const {
    static const WordSet* vague = new WordSet{
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "ones",
        "person", "persons", "individual", "individuals", "other", "others", "friend", "friends",
        "first", "native", "natives", "self", "adult", "adults", "party", "parties", "head", "figure", "figures"};
    if (k >= tokens_.size() || !At(k).person_noun || (At(k).capitalized && !At(k).sentence_initial) ||
        vague->count(At(k).lower) || (k > 0 && At(k - 1).tag.rfind("NN", 0) == 0 && CaptiveState(k)))
      return false;
    const Token& next = At(k + 1);
    return next.tag.rfind("NN", 0) != 0 && next.text != "-";
  }

  // "Hundreds of squatters", "a hooded rioter", "local townspeople": people no lexicon names,
  // by a noun WordNet knows as a person; document-local actors named by that noun.
  // An unnamed person or group ("lawyers"); "representatives of the FARC", "lawyers for the
  // ministry", "students from Iraq" are described by the organisation or country they belong to,
  // named from token `after` on.
  int CommonPerson(const std::string& noun, ActorKind kind, size_t after) {
    const std::string& preposition = At(after).lower;
    // ("a critic of Sweden" is no member of Sweden)
    if ((preposition == "of" && !StanceNouns().count(noun)) || preposition == "for" || preposition == "from") {
      Mention owner;
      size_t end = TryPhrase(after + 1, &owner);
      if (end > after + 1 && owner.actor >= 0 && !actors_.at(owner.actor).is_person &&
          actors_.at(owner.actor).actor.kind() != LOCATION) {
        int described = actors_.Unnamed(
            absl::StrCat(noun, " ", preposition, " ", actors_.at(owner.actor).actor.name()), kind);
        actors_.AddMembership(described, owner.actor);
        actors_.AddAlias(described, noun);
        return described;
      }
    }
    return actors_.Unnamed(noun, kind);
  }

  size_t TryCommonPerson(size_t i, Mention* mention) {
    // "is a lawyer", "calls it a state sponsor", "served as an adviser": a predicate, not an actor
    static const WordSet* predicate = new WordSet{
        "is", "are", "was", "were", "be", "been", "being", "become", "became", "becomes", "remain", "remains",
        "remained", "call", "calls", "called", "label", "labels", "labelled", "labeled", "brand", "branded",
        "name", "named", "consider", "considered", "describe", "described", "as", "appoint", "appointed", "elect", "elected"};
    size_t start = i;  // where the noun phrase begins
    while (start > 0 && IsAnyTag(At(start - 1), {"DT", "JJ", "NN", "CD", "PRP$"}) && !At(start - 1).capitalized) --start;
    if (start > 0 && predicate->count(At(start - 1).lower)) return i;
    size_t j = i;
    const bool determiner = IsDeterminer(At(j));
    if (determiner) ++j;
    // "a hooded rioter", "the detained researchers" (a participle only after a determiner: "had
    // targeted journalists" is a verb and its object)
    while (j < i + 4 && j < tokens_.size() && (At(j).tag == "JJ" || At(j).tag == "CD" || (determiner && At(j).tag == "VBN")) &&
           !At(j).capitalized)
      ++j;
    if (!IsCommonPersonHead(j)) return i;
    mention->actor = CommonPerson(At(j).lower, At(j).tag == "NNS" ? GROUP : PERSON, j + 1);
    return j + 1;
  }

  // Past words such as "senior", "former", "detained", or a weapon's model name ("Su-24", "F-16"),
  // when a title, body, adjective or name follows them ("detained politicians"); otherwise they are no part of the phrase ("the
  // authorities detained a citizen").
  size_t SkipModifiers(size_t j) const {
    size_t k = j;
    std::vector<LexiconMatch> matches;
    // ("Islamic militias", "Shiite militiamen": a capitalised adjective before a body)
    // ("is visiting India", "has detained X": after an auxiliary the word is the verb, not a modifier)
    static const WordSet* auxiliaries =
        new WordSet{"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"};
    if (j > 0 && j < tokens_.size() && auxiliaries->count(At(j - 1).lower) && At(j).tag.rfind("VB", 0) == 0) return j;
    while (k < tokens_.size() && (Modifiers().count(At(k).lower) || AppearanceWords().count(At(k).lower) ||
                                  IsModelName(At(k).text) ||
                                  (At(k).capitalized && (At(k).tag == "JJ" || At(k).tag == "NNP") && k > j - 1 &&
                                   k + 1 < tokens_.size() && !At(k + 1).capitalized && !IsAcronym(At(k).text) &&
                                   !NotNames().count(At(k).text)))) {
      if (Match(k, &matches) > 0) break;  // "military" may be a body itself
      ++k;
    }
    if (k == j) return j;
    if (k < tokens_.size() && (Match(k, &matches) > 0 || IsNameWord(At(k)))) return k;
    return j;
  }

  static bool IsNameHead(const std::string& word) {
    for (const auto& h : kNameHeads)
      if (word == h.word) return true;
    return false;
  }

  // Whether a person's name (two or three plain name words, no head word of an organisation,
  // none a word of the lexicons) starts at k and ends the run.
  bool IsPersonNameAhead(size_t k) const {
    size_t end = k;
    std::vector<LexiconMatch> matches;
    while (end < tokens_.size() && end < k + 4 && IsNameWord(At(end)) && At(end).tag == "NNP" &&
           !IsNameHead(At(end).text) && Match(end, &matches) == 0)
      ++end;
    return end >= k + 2 && end <= k + 3 && !IsNameWord(At(end));
  }

  // End of a run of name words starting at j (j when none).
  size_t NameRun(size_t j) const {
    size_t k = j;
    while (k < tokens_.size()) {
      const Token& t = At(k);
      if (IsNameWord(t)) {
        std::vector<LexiconMatch> matches;
        size_t length = Match(k, &matches);
        // A common word of the lexicons (a title or a body) capitalised inside a run is part of
        // the name ("Dalai Lama", "Islamic Salvation Front"); a known name ends the run.
        bool common = length > 0 && Find(matches, {LexiconHit::kRole, LexiconHit::kBody}) &&
                      !Find(matches, {LexiconHit::kCountryName, LexiconHit::kCountryAdjective, LexiconHit::kDemonym,
                                      LexiconHit::kCapital, LexiconHit::kOrganization});
        if (length > 0 && !common) {
          if (k == j) return j;
          break;
        }
        if (common && k == j) break;
        ++k;
        // "the National Water Council Ana Ruiz said": an organisation's head word, then a
        // person's name of two words or more, ends the organisation's name
        if (k > j + 1 && IsNameHead(At(k - 1).text) && IsPersonNameAhead(k)) break;
      } else if (k > j && NameParticles().count(t.lower) && IsNameWord(At(k + 1))) {
        ++k;
      } else {
        break;
      }
    }
    // A lone capitalised adjective before a common noun ("Shiite militiamen") is not a name; an
    // acronym is ("PKK fighters").
    if (k == j + 1 && At(k).tag.rfind("NN", 0) == 0 && !At(k).capitalized && !NamedGovernmentHeads().count(At(k).lower) &&
        !IsAcronym(At(j).text))
      return j;
    if (k == j + 1 && At(j).tag == "JJ") return j;
    return k;
  }

  // The actor a run of name words names: a person, an organisation, or a known person's surname.
  int NamedActor(size_t begin, size_t end, int affiliation, int body) {
    std::vector<std::string> words;
    for (size_t k = begin; k < end; ++k) words.push_back(At(k).text);
    std::string name = absl::StrJoin(words, " ");
    std::string last = words.back();
    if (!last.empty() && last.back() == '.') last.pop_back();
    // "Obama administration"
    if (NamedGovernmentHeads().count(At(end).lower)) {
      int government = actors_.Unknown(absl::StrCat(name, " ", At(end).lower), GOVERNMENT);
      actors_.AddMembership(government, affiliation);
      return government;
    }
    for (const auto& head : kNameHeads) {
      if (last == head.word && words.size() > 1) {
        int org = actors_.Unknown(name, head.kind);
        actors_.AddMembership(org, affiliation);
        return org;
      }
    }
    // Digits, or a plural last word, do not make a person: "F-4 Phantoms", "Su-24".
    bool person_like = At(end - 1).tag != "NNPS";
    for (const auto& w : words)
      for (char c : w)
        if (absl::ascii_isdigit(static_cast<unsigned char>(c))) person_like = false;
    if (!person_like) {
      int thing = actors_.Unknown(name, OTHER);
      actors_.AddMembership(thing, affiliation);
      return thing;
    }
    int person = -1;
    if (words.size() == 1) {
      person = actors_.PersonBySurname(words[0]);
      if (person < 0) {
        bool titled = affiliation >= 0 || body >= 0 || begin > 0;
        const Token& before = At(begin - 1);
        bool locative = begin > 0 && LocativePrepositions().count(before.lower);
        // "the town of Kadugli", "Diyala province"
        bool place = begin > 1 && before.lower == "of" &&
                     PlaceNouns().count(At(begin - 2).lower);
        place = place || PlaceNouns().count(At(end).lower);
        if (locative || place) return actors_.Unknown(name, LOCATION);
        // ("Haddad also said": an adverb may stand between the name and its verb)
        bool verb_next = IsVerbTag(At(end).tag) || (At(end).tag == "RB" && IsVerbTag(At(end + 1).tag));
        if (!titled && !verb_next && At(end).text != "'s" && At(end).text != ",") {
          return actors_.Unknown(name, OTHER);
        }
        person = actors_.Person(words);
      }
    } else {
      // "to mark World Press Freedom Day Haddad said": a run that ends in the surname of a person
      // already named, after words that are no part of that person's name, is that person
      // (two words may be another person of the same family: "Laura Bush" after "George Bush")
      int known = words.size() >= 3 ? actors_.PersonBySurname(words.back()) : -1;
      if (known >= 0) {
        const std::string& full = actors_.at(known).actor.name();
        if (full.find(words[words.size() - 2]) == std::string::npos) return known;
      }
      person = actors_.Person(words);
    }
    actors_.AddMembership(person, affiliation);
    return person;
  }

  // The country of a place the sentence names so far ("in Tehran"), or -1.
  int LocativeCountry() const {
    for (const auto& m : mentions_)
      if (m.locative && m.actor >= 0 && actors_.at(m.actor).actor.kind() == COUNTRY) return m.actor;
    return -1;
  }

  // "In Iran, a spokeswoman for the foreign ministry": the country a sentence opens with.
  int SentenceCountry() const {
    if (mentions_.empty() || !mentions_[0].locative || mentions_[0].first != 1) return -1;
    int actor = mentions_[0].actor;
    return actor >= 0 && actors_.at(actor).actor.kind() == COUNTRY ? actor : -1;
  }

  void Finish(Mention& mention) {
    // The preposition that governs the mention, across determiners and adjectives ("against
    // the Kurdish town", "over a United States resolution").
    for (uint32_t k = mention.first; k > 0 && k + 4 > mention.first; --k) {
      const Token& before = At(k - 1);
      if (IsPreposition(before)) {
        mention.preposition = before.lower;
        break;
      }
      // (a mention holds its own determiner, so only adjectives and numbers stand between)
      // ("support for candidate Maria Lopez": a person noun before a name is its title)
      bool title = before.person_noun && before.tag == "NN" && k == mention.first && At(k).capitalized;
      // ("In 2004 the government": a year closes the time phrase before the mention)
      if (before.tag == "CD" && before.text.size() == 4 && (before.text[0] == '1' || before.text[0] == '2') &&
          absl::ascii_isdigit(static_cast<unsigned char>(before.text[1])))
        break;
      // ("pleaded with union members": a noun of the compound too)
      bool compound = before.tag == "NN" && k == mention.first && !title;
      if (before.tag != "JJ" && before.tag != "CD" && before.tag != "RB" && before.tag != "PRP$" && !title && !compound)
        break;
    }
    // "after the minister was killed", "before the army moved in": a conjunction opening a clause, whose
    // subject the mention is
    // "from here we will ...": a pronoun in the subject case is never a preposition's object
    static const WordSet* nominative = new WordSet{"i", "we", "he", "she", "they"};
    if (mention.last == mention.first + 1 && nominative->count(At(mention.first).lower)) mention.preposition.clear();
    static const WordSet* subordinators =
        new WordSet{"after", "before", "since", "until", "as", "while", "because", "once"};
    if (subordinators->count(mention.preposition)) {
      const Token& next = At(mention.last);
      if (next.tag == "MD" || next.tag == "VBD" || next.tag == "VBZ" || next.tag == "VBP") mention.preposition.clear();
    }
    // "up to four jets", "as many as 40", "about twenty gunmen", "over 500 troops": a quantity, not
    // a preposition
    if (mention.preposition == "to" && mention.first > 1 && At(mention.first - 2).lower == "up")
      mention.preposition.clear();
    static const WordSet* approximately = new WordSet{"about", "around", "over", "some"};
    if (approximately->count(mention.preposition) && mention.first > 0 &&
        ((At(mention.first).tag == "CD" && At(mention.first - 1).lower == mention.preposition) ||
         (mention.first > 1 && At(mention.first - 1).tag == "CD" &&
          At(mention.first - 2).lower == mention.preposition)))
      mention.preposition.clear();
    // "an offensive against the town of Kadugli": the place named is what the preposition before
    // its place noun governs
    if (mention.preposition == "of" && mention.first > 1 && PlaceNouns().count(At(mention.first - 2).lower)) {
      for (uint32_t k = mention.first - 2; k > 0 && k + 6 > mention.first; --k) {
        const Token& before = At(k - 1);
        if (IsPreposition(before)) {
          if (before.lower != "of" && before.lower != "in" && before.lower != "at" && before.lower != "near")
            mention.preposition = before.lower;
          break;
        }
        if (before.tag != "DT" && before.tag != "JJ" && before.tag != "NNP") break;
      }
    }
    // "a force of 1,000 armed rebels", "hundreds of protesters": the group is the head, not an
    // attachment
    if (mention.preposition == "of") {
      for (uint32_t k = mention.first; k-- > 0 && k + 4 > mention.first;) {
        if (At(k).lower != "of") continue;
        if (k > 0 && CollectiveNouns().count(At(k - 1).lower)) mention.preposition.clear();
        break;
      }
    }
    if (mention.actor >= 0) {
      auto kind = actors_.at(mention.actor).actor.kind();
      mention.locative = LocativePrepositions().count(mention.preposition) &&
                         (kind == COUNTRY || kind == LOCATION);
      // A dateline: "WASHINGTON, April 1 -" or "BEIJING -" opening a sentence
      const Token& first = At(mention.first);
      bool all_caps = first.text.size() > 3;
      for (char c : first.text)
        if (absl::ascii_islower(static_cast<unsigned char>(c))) all_caps = false;
      if (mention.first == 0 && all_caps && (At(mention.last).text == "," || At(mention.last).text == "-"))
        mention.locative = true;
      // "the capital Mogadishu", "the city of Baghdad": the place, not its government
      if (kind == COUNTRY && mention.first > 0) {
        const Token& before = At(mention.first - 1);
        bool place_noun = PlaceNouns().count(before.lower) ||
                          (before.lower == "of" && mention.first > 1 && PlaceNouns().count(At(mention.first - 2).lower));
        if (place_noun) mention.locative = true;
      }
      if (mention.form == MentionForm::kName) {
        actors_.CountMention(mention.actor);
        // The actor keeps the words it was written with: "Mali's interim government".
        uint32_t first = mention.first;
        // (and without how the actor looked: "a hooded rioter" is known as "rioter")
        while (first + 1 < mention.last &&
               (Determiners().count(At(first).lower) ||
                AppearanceWords().count(At(first).lower)))
          ++first;
        if (mention.last - first <= 8) actors_.AddAlias(mention.actor, Join(tokens_, first, mention.last));
      } else if (mention.form == MentionForm::kAdjective && mention.last == mention.first + 1) {
        actors_.AddAlias(mention.actor, At(mention.first).text);
      }
    }
    if (At(mention.last).text == "'s") mention.possessive = true;
  }

  // "Rear Admiral John Kirby, the Pentagon's chief spokesman," and "Marzieh Afkham, a spokeswoman
  // for the foreign ministry,": the described actor's affiliations go to the named one, and the
  // two mentions become one.
  void MergeAppositions() {
    std::vector<Mention> merged;
    for (size_t k = 0; k < mentions_.size(); ++k) {
      Mention current = mentions_[k];
      // "The European Community (EC)": the acronym in brackets is the same actor
      if (k + 1 < mentions_.size() && current.actor >= 0 && At(current.last).text == "(" &&
          mentions_[k + 1].first == current.last + 1 && At(mentions_[k + 1].last).text == ")") {
        if (mentions_[k + 1].actor != current.actor && mentions_[k + 1].actor >= 0)
          actors_.AddAlias(current.actor, At(current.last + 1).text);
        current.last = mentions_[k + 1].last + 1;
        ++k;
        merged.push_back(current);
        continue;
      }
      // '"...," said the head of news at Radio Nord, Ola Dahl.': a title with its attached phrase,
      // then the name that ends the sentence, is that person, of whatever the phrase names
      // ("Britain's ambassador to the UN, Barbara Woodward, condemned": the same before the verb)
      const std::string& joint = At(current.last).lower;
      // "the chief spokesman for the Regional Water Council Ana Ruiz said": no comma, the name
      // right after the organisation and right before the verb
      if (current.actor >= 0 && IsDescription(current.actor) && (joint == "of" || joint == "for" || joint == "at") &&
          k + 1 < mentions_.size() && mentions_[k + 1].first <= current.last + 2 && mentions_[k + 1].actor >= 0) {
        size_t n = k + 1;
        int org = -1;
        if (!actors_.at(mentions_[n].actor).is_person && n + 1 < mentions_.size() &&
            mentions_[n + 1].first == mentions_[n].last) {
          org = mentions_[n].actor;
          ++n;
        }
        const Mention& name = mentions_[n];
        if (name.actor >= 0 && actors_.at(name.actor).is_person && name.form == MentionForm::kName &&
            !IsDescription(name.actor) && name.last < tokens_.size() && IsVerbTag(At(name.last).tag)) {
          int named = name.actor;
          for (int parent : actors_.at(current.actor).member_of) actors_.AddMembership(named, parent);
          for (const auto& role : actors_.at(current.actor).actor.roles()) actors_.AddRole(named, role);
          if (org >= 0 && actors_.at(org).actor.kind() != LOCATION) actors_.AddMembership(named, org);
          current.actor = named;
          current.last = name.last;
          k = n;
          merged.push_back(current);
          continue;
        }
      }
      if (current.actor >= 0 && IsDescription(current.actor) &&
          (joint == "of" || joint == "for" || joint == "at" || joint == "to")) {
        size_t n = k + 1;
        while (n < mentions_.size() && !(mentions_[n].first > 0 && At(mentions_[n].first - 1).text == ",")) ++n;
        bool plain = n < mentions_.size() && n > k + 1;
        for (uint32_t j = current.last; plain && j + 1 < mentions_[n].first; ++j)
          plain = !IsVerbTag(At(j).tag) && At(j).text != "," && At(j).tag != "``" && At(j).tag != "''";
        if (plain && mentions_[n].actor >= 0 && actors_.at(mentions_[n].actor).is_person &&
            mentions_[n].form == MentionForm::kName && !IsDescription(mentions_[n].actor) &&
            (mentions_[n].last >= tokens_.size() || At(mentions_[n].last).text == "." ||
             (At(mentions_[n].last).text == "," && IsVerbTag(At(mentions_[n].last + 1).tag)))) {
          int named = mentions_[n].actor;
          for (int parent : actors_.at(current.actor).member_of) actors_.AddMembership(named, parent);
          for (const auto& role : actors_.at(current.actor).actor.roles()) actors_.AddRole(named, role);
          // (an envoy "to the UN" is no member of it)
          for (size_t o = k + 1; o < n && joint != "to"; ++o) {
            int org = mentions_[o].actor;
            if (org >= 0 && !actors_.at(org).is_person && actors_.at(org).actor.kind() != LOCATION)
              actors_.AddMembership(named, org);
          }
          current.actor = named;
          current.last = mentions_[n].last;
          k = n;
          merged.push_back(current);
          continue;
        }
      }
      if (k + 1 < mentions_.size() && current.actor >= 0 && current.form == MentionForm::kName) {
        const Mention& next = mentions_[k + 1];
        // (an honorific the name left out may follow the comma: "the president, Dr Ali Said,")
        bool honorific = next.first == current.last + 2 && next.first < tokens_.size() &&
                         Honorifics().count(At(current.last + 1).lower) > 0;
        bool comma_between = (next.first == current.last + 1 || honorific) && At(current.last).text == ",";
        if (comma_between && next.actor >= 0 && next.form == MentionForm::kName && !next.possessive &&
            next.preposition.empty()) {
          bool next_ends = next.last >= tokens_.size() || At(next.last).text == "," || At(next.last).text == "." ||
                           At(next.last).text == ";" || At(next.last).text == ":" ||
                           IsVerbTag(At(next.last).tag) || At(next.last).lower == "who";
          // "Ali Hassan, President of the region, ...", "Amadou Sow, a lawyer for the
          // family said": a short attached phrase, up to a comma or the verb
          bool attached = At(next.last).lower == "of" || At(next.last).lower == "for" || At(next.last).lower == "at";
          for (uint32_t k = next.last; !next_ends && attached && k < next.last + 9 && k < tokens_.size(); ++k) {
            if (At(k).tag == "VBN" && k > 0 && At(k - 1).tag == "DT") continue;  // "the detained journalists"
            if (IsVerbTag(At(k).tag)) {
              next_ends = At(k).tag == "VBD" || At(k).tag == "VBZ";
              break;
            }
            if (At(k).text == ",") next_ends = true;
          }
          int named = -1, described = -1;
          // "X, an outspoken critic of the president,": a stance toward someone, no membership
          bool stance = false;
          for (uint32_t j = next.first; j < next.last && j < next.first + 4; ++j)
            stance = stance || (StanceNouns().count(At(j).lower) > 0 && At(j + 1).lower == "of");
          if (stance) {
            merged.push_back(current);
            continue;
          }
          if (actors_.at(current.actor).is_person && (IsDescription(next.actor) || IsUnnamedPerson(next.actor))) {
            named = current.actor, described = next.actor;
          } else if (IsDescription(current.actor) && actors_.at(next.actor).is_person &&
                     !IsDescription(next.actor)) {
            named = next.actor, described = current.actor;
          }
          // "the opposition party, the MDC,": a generic body named right after
          auto kind_of = [&](int a) { return actors_.at(a).actor.kind(); };
          bool generic = IsGenericBody(current.actor);
          if (named < 0 && generic && !IsGenericBody(next.actor) && kind_of(next.actor) == kind_of(current.actor) &&
              !actors_.at(next.actor).is_person)
            named = next.actor, described = current.actor;
          if (named >= 0 && next_ends) {
            for (int parent : actors_.at(described).member_of) actors_.AddMembership(named, parent);
            for (const auto& role : actors_.at(described).actor.roles()) actors_.AddRole(named, role);
            current.actor = named;
            current.last = next.last;
            ++k;
            // "X, Minister for Trade, Industry and Energy, said": the names of the attached
            // phrase, commas and all, up to the comma before the verb, belong to the title
            if (attached) {
              uint32_t end = next.last;
              for (uint32_t j = next.last + 1; j + 1 < tokens_.size() && j < next.last + 12; ++j) {
                if (IsVerbTag(At(j).tag)) break;
                if (At(j).text == "," && (At(j + 1).tag == "VBD" || At(j + 1).tag == "VBZ")) {
                  end = j;
                  break;
                }
              }
              while (end > next.last && k + 1 < mentions_.size() && mentions_[k + 1].last <= end) ++k;
              if (end > next.last) current.last = end;
            }
          }
        }
      }
      merged.push_back(current);
    }
    mentions_ = std::move(merged);
  }

  // An actor made in this document from a description, not a name ("the ministry", "lawyers").
  bool IsLocal(int actor) const { return absl::StrContains(actors_.at(actor).key, actors_.document_name() + ":"); }

  // A body of no country or organisation, local to this document ("the opposition party").
  bool IsGenericBody(int actor) const {
    return !actors_.at(actor).is_person && actors_.at(actor).member_of.empty() && IsLocal(actor);
  }

  // A person no lexicon or name gives, described in this document ("a lawyer for the family").
  bool IsUnnamedPerson(int actor) const { return actors_.at(actor).actor.kind() == PERSON && IsLocal(actor); }

  // An unnamed person made from a description in this document ("the Pentagon's chief spokesman").
  bool IsDescription(int actor) const {
    return actors_.at(actor).is_person && actors_.at(actor).actor.roles_size() > 0 && IsLocal(actor);
  }

  const ActorLexicon& lexicon_;
  const std::vector<Token>& tokens_;
  DocActors& actors_;
  std::vector<Mention> mentions_;
};

}  // namespace

std::vector<Mention> MentionFinder::Find(const Sentence& sentence, DocActors& actors) const {
  return SentenceMentions(lexicon_, sentence, actors).Run();
}

}  // namespace kg::ingest
