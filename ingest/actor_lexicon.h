// ActorLexicon: the actor dictionaries that the extractor matches against tokens: countries
// (names and codes from iso-codes, adjectives, demonyms, capitals and aliases from
// data/actors/countries.tsv), named organisations (organizations.tsv), generic bodies that attach
// to a country ("foreign ministry", "troops": bodies.tsv) and titles of people (roles.tsv). The
// formats are documented in data/actors/README.md. It finds phrases; it does not decide who
// did what.
#ifndef KG_INGEST_ACTOR_LEXICON_H_
#define KG_INGEST_ACTOR_LEXICON_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "ingest/text.h"
#include "kg.pb.h"

namespace kg::ingest {

struct CountryInfo {
  std::string iso3;
  std::string name;                   // canonical: "United States", "Iran"
  std::string adjective;              // first adjective: "American"
  std::vector<std::string> aliases;   // every name form
};

struct OrganizationInfo {
  std::string name;
  ActorKind kind = ORGANIZATION;
  std::string code;                   // CAMEO-style code or empty
  std::vector<std::string> forms;
  std::string member_of;              // ISO3 of its country, or empty
};

struct BodyInfo {
  std::string phrase;                 // "foreign ministry"
  ActorKind kind = GOVERNMENT;
  std::string sector;                 // CAMEO sector: "GOV", "MIL"
  std::string name_template;          // "{adj} foreign ministry"
};

struct RoleInfo {
  std::string role;                   // "foreign minister"
  std::string sector;
  std::string body;                   // body phrase the holder belongs to, or empty
};

enum class LexiconHit {
  kCountryName, kCountryAdjective, kDemonym, kCapital, kOrganization, kBody, kRole
};

struct LexiconMatch {
  LexiconHit hit;
  int index = -1;                     // into countries(), organizations(), bodies() or roles()
};

class ActorLexicon {
 public:
  // Reads DATA_DIR/actors/{countries,organizations,bodies,roles}.tsv and the iso-codes JSON.
  static absl::StatusOr<std::unique_ptr<ActorLexicon>> Load(const std::string& data_dir,
                                                            const std::string& iso_codes_path);

  // The longest entry starting at tokens[i] (at most 8 tokens): its length in tokens (0 when none)
  // and every reading of it. Names match case-sensitively (without dots: "U.S." = "US"); bodies
  // and roles case-insensitively.
  size_t Match(const std::vector<Token>& tokens, size_t i, std::vector<LexiconMatch>* matches) const;
  // Readings of one word or phrase (for parts of hyphenated tokens such as "Washington-Tehran").
  std::vector<LexiconMatch> MatchText(absl::string_view phrase) const;

  const std::vector<CountryInfo>& countries() const { return countries_; }
  const std::vector<OrganizationInfo>& organizations() const { return organizations_; }
  const std::vector<BodyInfo>& bodies() const { return bodies_; }
  const std::vector<RoleInfo>& roles() const { return roles_; }
  int CountryIndex(absl::string_view iso3) const;
  int BodyIndex(absl::string_view phrase) const;

 private:
  absl::Status LoadIsoCodes(const std::string& path);
  absl::Status LoadCountries(const std::string& path);
  absl::Status LoadOrganizations(const std::string& path);
  absl::Status LoadBodies(const std::string& path);
  absl::Status LoadRoles(const std::string& path);
  void AddName(absl::string_view form, LexiconMatch match);
  void AddCommonPhrase(absl::string_view form, LexiconMatch match);

  std::vector<CountryInfo> countries_;
  std::vector<OrganizationInfo> organizations_;
  std::vector<BodyInfo> bodies_;
  std::vector<RoleInfo> roles_;
  std::unordered_map<std::string, int> country_by_iso3_;
  std::unordered_map<std::string, int> body_by_phrase_;
  std::unordered_map<std::string, std::vector<LexiconMatch>> names_;    // case kept, no dots
  std::unordered_map<std::string, std::vector<LexiconMatch>> phrases_;  // lower case, no dots
  // Names of four letters or more (or several words), lower case: for headlines in capitals.
  std::unordered_map<std::string, std::vector<LexiconMatch>> names_lower_;
  std::unordered_map<std::string, uint8_t> longest_name_lower_from_;
  // The longest entry (in tokens) that starts with a given first word, for a quick exit.
  std::unordered_map<std::string, uint8_t> longest_name_from_;
  std::unordered_map<std::string, uint8_t> longest_phrase_from_;
};

// The lookup key of a run of tokens: their texts without dots, joined by single spaces.
std::string TokenKey(const std::vector<Token>& tokens, size_t begin, size_t end, bool lower);

}  // namespace kg::ingest

#endif  // KG_INGEST_ACTOR_LEXICON_H_
