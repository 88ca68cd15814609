#include "ingest/actor_lexicon.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "nlohmann/json.hpp"
#include "proto/vocabulary.h"

namespace kg::ingest {
namespace {

constexpr size_t kMaxPhraseTokens = 8;

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Calls `fn(fields, line_number)` for each non-comment line of a tab-separated file whose field
// count is `columns` (or `columns - optional`..`columns`); other lines are an error.
absl::Status ForEachTsvLine(const std::string& path, size_t min_columns, size_t max_columns,
                            const std::function<absl::Status(const std::vector<std::string>&)>& fn) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  int number = 0;
  for (absl::string_view line : absl::StrSplit(*text, '\n')) {
    ++number;
    absl::string_view trimmed = absl::StripAsciiWhitespace(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string> fields;
    for (absl::string_view field : absl::StrSplit(trimmed, '\t'))
      fields.emplace_back(absl::StripAsciiWhitespace(field));
    if (fields.size() < min_columns || fields.size() > max_columns)
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": expected ", min_columns,
                                                     " tab-separated fields, found ", fields.size()));
    absl::Status status = fn(fields);
    if (!status.ok()) return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": ", status.message()));
  }
  return absl::OkStatus();
}

std::vector<std::string> ListField(const std::string& field) {
  std::vector<std::string> out;
  if (field == "-" || field.empty()) return out;
  for (absl::string_view part : absl::StrSplit(field, '|', absl::SkipEmpty())) {
    absl::string_view trimmed = absl::StripAsciiWhitespace(part);
    if (!trimmed.empty()) out.emplace_back(trimmed);
  }
  return out;
}

std::string Optional(const std::string& field) { return field == "-" ? "" : field; }

}  // namespace

std::string TokenKey(const std::vector<Token>& tokens, size_t begin, size_t end, bool lower) {
  std::string key;
  for (size_t i = begin; i < end; ++i) {
    if (i > begin) key.push_back(' ');
    for (char c : tokens[i].text) {
      if (c == '.') continue;
      key.push_back(lower ? absl::ascii_tolower(static_cast<unsigned char>(c)) : c);
    }
  }
  return key;
}

namespace {

// Files `form` under its token key (lower-cased or not) in `table`, once per reading, and notes
// how long an entry its first word starts.
void AddForm(std::unordered_map<std::string, std::vector<LexiconMatch>>& table,
             std::unordered_map<std::string, uint8_t>& longest_from, absl::string_view form, LexiconMatch match,
             bool lower) {
  std::string text(form);
  auto tokens = Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  if (tokens.empty() || tokens.size() > kMaxPhraseTokens) return;
  uint8_t& longest = longest_from[TokenKey(tokens, 0, 1, lower)];
  longest = std::max<uint8_t>(longest, static_cast<uint8_t>(tokens.size()));
  auto& slot = table[TokenKey(tokens, 0, tokens.size(), lower)];
  for (const auto& m : slot)
    if (m.hit == match.hit && m.index == match.index) return;
  slot.push_back(match);
}

}  // namespace

void ActorLexicon::AddName(absl::string_view form, LexiconMatch match) {
  AddForm(names_, longest_name_from_, form, match, false);
  size_t letters = 0;
  for (char c : form) letters += absl::ascii_isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  if (letters >= 4 || form.find(' ') != absl::string_view::npos)
    AddForm(names_lower_, longest_name_lower_from_, form, match, true);
}

void ActorLexicon::AddCommonPhrase(absl::string_view form, LexiconMatch match) {
  AddForm(phrases_, longest_phrase_from_, form, match, true);
}

absl::Status ActorLexicon::LoadIsoCodes(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok())
    return absl::NotFoundError(absl::StrCat(path, ": cannot open the ISO 3166 country list (Debian package iso-codes)"));
  nlohmann::json doc = nlohmann::json::parse(*text, nullptr, false);
  if (doc.is_discarded() || !doc.contains("3166-1") || !doc["3166-1"].is_array())
    return absl::InvalidArgumentError(absl::StrCat(path, ": not an iso-codes 3166-1 file"));
  for (const auto& entry : doc["3166-1"]) {
    CountryInfo country;
    country.iso3 = entry.value("alpha_3", "");
    if (country.iso3.empty()) continue;
    std::string name = entry.value("name", "");
    std::string common = entry.value("common_name", "");
    country.name = !common.empty() ? common : name.substr(0, name.find(','));
    country.aliases.push_back(country.name);
    if (name.find(',') == std::string::npos && name != country.name) country.aliases.push_back(name);
    std::string official = entry.value("official_name", "");
    if (!official.empty() && official.find(',') == std::string::npos)
      country.aliases.push_back(std::string(absl::StripPrefix(official, "the ")));
    country_by_iso3_[country.iso3] = static_cast<int>(countries_.size());
    countries_.push_back(std::move(country));
  }
  return absl::OkStatus();
}

absl::Status ActorLexicon::LoadCountries(const std::string& path) {
  return ForEachTsvLine(path, 5, 5, [&](const std::vector<std::string>& f) -> absl::Status {
    int index;
    auto it = country_by_iso3_.find(f[0]);
    if (it == country_by_iso3_.end()) {  // a historical state, not in ISO 3166-1
      index = static_cast<int>(countries_.size());
      CountryInfo country;
      country.iso3 = f[0];
      countries_.push_back(country);
      country_by_iso3_[f[0]] = index;
    } else {
      index = it->second;
    }
    CountryInfo& country = countries_[index];
    std::vector<std::string> aliases = ListField(f[1]);
    if (!aliases.empty()) {
      country.name = aliases.front();
      for (auto& alias : aliases) country.aliases.push_back(alias);
    }
    if (country.name.empty()) return absl::InvalidArgumentError(absl::StrCat(f[0], " has no name"));
    std::vector<std::string> adjectives = ListField(f[2]);
    if (!adjectives.empty()) country.adjective = adjectives.front();
    for (const auto& adjective : adjectives) AddName(adjective, {LexiconHit::kCountryAdjective, index});
    for (const auto& demonym : ListField(f[3])) AddName(demonym, {LexiconHit::kDemonym, index});
    for (const auto& capital : ListField(f[4])) AddName(capital, {LexiconHit::kCapital, index});
    return absl::OkStatus();
  });
}

absl::Status ActorLexicon::LoadOrganizations(const std::string& path) {
  return ForEachTsvLine(path, 5, 5, [&](const std::vector<std::string>& f) -> absl::Status {
    OrganizationInfo org;
    org.name = f[0];
    auto kind = ActorKindFromName(f[1]);
    if (!kind) return absl::InvalidArgumentError(absl::StrCat("unknown kind '", f[1], "'"));
    org.kind = *kind;
    org.code = Optional(f[2]);
    org.forms = ListField(f[3]);
    org.forms.insert(org.forms.begin(), org.name);
    org.member_of = Optional(f[4]);
    int index = static_cast<int>(organizations_.size());
    for (const auto& form : org.forms) AddName(form, {LexiconHit::kOrganization, index});
    organizations_.push_back(std::move(org));
    return absl::OkStatus();
  });
}

absl::Status ActorLexicon::LoadBodies(const std::string& path) {
  return ForEachTsvLine(path, 4, 4, [&](const std::vector<std::string>& f) -> absl::Status {
    auto kind = ActorKindFromName(f[1]);
    if (!kind) return absl::InvalidArgumentError(absl::StrCat("unknown kind '", f[1], "'"));
    std::vector<std::string> phrases = ListField(f[0]);
    if (phrases.empty()) return absl::InvalidArgumentError("empty phrase");
    BodyInfo body;
    body.phrase = absl::AsciiStrToLower(phrases.front());
    body.kind = *kind;
    body.sector = Optional(f[2]);
    body.name_template = Optional(f[3]);
    if (body.name_template.empty()) body.name_template = absl::StrCat("{adj} ", body.phrase);
    int index = static_cast<int>(bodies_.size());
    for (const auto& phrase : phrases) {
      AddCommonPhrase(phrase, {LexiconHit::kBody, index});
      body_by_phrase_.emplace(absl::AsciiStrToLower(phrase), index);
    }
    bodies_.push_back(std::move(body));
    return absl::OkStatus();
  });
}

absl::Status ActorLexicon::LoadRoles(const std::string& path) {
  return ForEachTsvLine(path, 3, 3, [&](const std::vector<std::string>& f) -> absl::Status {
    std::vector<std::string> phrases = ListField(f[0]);
    if (phrases.empty()) return absl::InvalidArgumentError("empty role");
    RoleInfo role;
    role.role = absl::AsciiStrToLower(phrases.front());
    role.sector = Optional(f[1]);
    role.body = absl::AsciiStrToLower(Optional(f[2]));
    int index = static_cast<int>(roles_.size());
    for (const auto& phrase : phrases) AddCommonPhrase(phrase, {LexiconHit::kRole, index});
    roles_.push_back(std::move(role));
    return absl::OkStatus();
  });
}

absl::StatusOr<std::unique_ptr<ActorLexicon>> ActorLexicon::Load(const std::string& data_dir,
                                                                 const std::string& iso_codes_path) {
  auto lexicon = std::unique_ptr<ActorLexicon>(new ActorLexicon());
  const std::string dir = data_dir + "/actors/";
  for (absl::Status status :
       {lexicon->LoadIsoCodes(iso_codes_path), lexicon->LoadCountries(dir + "countries.tsv"),
        lexicon->LoadOrganizations(dir + "organizations.tsv"), lexicon->LoadBodies(dir + "bodies.tsv"),
        lexicon->LoadRoles(dir + "roles.tsv")}) {
    if (!status.ok()) return status;
  }
  for (size_t i = 0; i < lexicon->countries_.size(); ++i) {
    const int index = static_cast<int>(i);
    for (const auto& alias : lexicon->countries_[i].aliases)
      lexicon->AddName(alias, {LexiconHit::kCountryName, index});
  }
  return lexicon;
}

size_t ActorLexicon::Match(const std::vector<Token>& tokens, size_t i, std::vector<LexiconMatch>* matches) const {
  matches->clear();
  if (i >= tokens.size()) return 0;
  // Most words start no entry: one lookup each for the cased and the lower-case first word.
  // In a headline in capitals names are matched in lower case ("IRAN" is Iran; "IS" is a verb).
  const bool headline = tokens[i].headline_caps;
  const auto& names = headline ? names_lower_ : names_;
  const auto& longest_name_from = headline ? longest_name_lower_from_ : longest_name_from_;
  size_t longest = 0;
  std::string cased = TokenKey(tokens, i, i + 1, headline);
  std::string lower = TokenKey(tokens, i, i + 1, true);
  if (auto it = longest_name_from.find(cased); it != longest_name_from.end()) longest = it->second;
  if (auto it = longest_phrase_from_.find(lower); it != longest_phrase_from_.end())
    longest = std::max<size_t>(longest, it->second);
  if (longest == 0) return 0;
  // Keys of the runs of 1..longest tokens, built once by extension.
  size_t limit = std::min(tokens.size(), i + longest);
  std::vector<std::pair<std::string, std::string>> keys;
  keys.reserve(limit - i);
  keys.emplace_back(std::move(cased), std::move(lower));
  for (size_t end = i + 2; end <= limit; ++end) {
    auto next = keys.back();
    next.first += ' ';
    next.second += ' ';
    next.first += TokenKey(tokens, end - 1, end, headline);
    next.second += TokenKey(tokens, end - 1, end, true);
    keys.push_back(std::move(next));
  }
  for (size_t end = limit; end > i; --end) {
    const auto& [name_key, phrase_key] = keys[end - i - 1];
    auto name = names.find(name_key);
    auto phrase = phrases_.find(phrase_key);
    if (name == names.end() && phrase == phrases_.end()) continue;
    if (name != names.end()) matches->insert(matches->end(), name->second.begin(), name->second.end());
    if (phrase != phrases_.end()) matches->insert(matches->end(), phrase->second.begin(), phrase->second.end());
    return end - i;
  }
  return 0;
}

std::vector<LexiconMatch> ActorLexicon::MatchText(absl::string_view phrase) const {
  std::string text(phrase);
  auto tokens = Tokenize(text, 0, static_cast<uint32_t>(text.size()));
  std::vector<LexiconMatch> matches;
  if (Match(tokens, 0, &matches) != tokens.size()) matches.clear();
  return matches;
}

int ActorLexicon::CountryIndex(absl::string_view iso3) const {
  auto it = country_by_iso3_.find(std::string(iso3));
  return it == country_by_iso3_.end() ? -1 : it->second;
}

int ActorLexicon::BodyIndex(absl::string_view phrase) const {
  auto it = body_by_phrase_.find(absl::AsciiStrToLower(phrase));
  return it == body_by_phrase_.end() ? -1 : it->second;
}

}  // namespace kg::ingest
