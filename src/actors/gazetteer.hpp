// The gazetteer of data/gazetteer/: countries (names, adjectives, capitals, seats of
// government), international organizations and groups, offices and roles, well-known
// office holders. Loaded once from the embedded data files.
#pragma once

#include <dateline/actors.hpp>
#include <dateline/timeline.hpp>

#include "actors/words.hpp"
#include "common/phrase_index.hpp"
#include "common/word_set.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dateline::detail {

// place: a name that holds a country's name but is no actor ("New Mexico", "New Jersey"); it
// is matched only so that the country inside it is not.
enum class AliasKind { name, adjective, capital, metonym, organization, place };

struct GazEntry {
  std::string code;                    // ISO alpha-3 for states; IGO/group code otherwise
  std::optional<std::string> country;  // ISO alpha-3, none for international bodies
  std::string canonical;               // the name an actor gets
  AliasKind alias = AliasKind::name;
  ActorKind kind = ActorKind::state;
  bool exact_case = false;             // an all-capitals alias ("US", "WHO") matches only so
};

enum class RoleKind { person, body, honorific };
struct Role {
  RoleKind kind = RoleKind::person;
  bool leader = false;
  Gender gender = Gender::unknown;  // "Mrs.", "spokeswoman", "King"
  bool home = false;  // an office of the dateline's state when no state is named with it
};

struct Leader {
  std::string name;
  std::string surname;
  std::optional<std::string> country;
  std::optional<date::year> from, to;  // years of office; no `to` while in office
  Gender gender = Gender::unknown;
};

struct Gazetteer {
  std::map<std::string, GazEntry, std::less<>> aliases;  // lower-cased words joined by ' '
  std::size_t max_alias_words = 1;
  std::map<std::string, Role, std::less<>> roles;
  std::size_t max_role_words = 1;
  std::map<std::string, Leader, std::less<>> leaders;           // full name, lower-cased
  std::multimap<std::string, const Leader*, std::less<>> surnames;  // surname, lower-cased
  WordSet not_names;                 // lower-cased
  WordSet name_particles;            // "bin", "arap", "de"
  WordSet surname_not_names;         // "may": a word of not_names that ends a name after a name word or title
  WordSet venue_nouns;               // "summit": "the Madrid summit"
  std::map<std::string, std::string, std::less<>> country_names;  // code -> canonical name
  std::map<std::string, ActorKind, std::less<>> descriptions;     // "alliance" -> organization
  // only after "the <number>": "leaders" in "the 27 leaders" -> organization
  std::map<std::string, ActorKind, std::less<>> counted_descriptions;
  std::map<std::string, int, std::less<>> number_words;            // "three" -> 3
  std::map<std::string, Gender, std::less<>> given_names;          // lower-cased given name -> gender
};

const Gazetteer& gazetteer();

// The well-known office holder a bare surname names in an article of `year`: of those who
// share the surname, the one whose time in office is nearest the year ("Bush" in 1990 is
// George H. W. Bush); nobody when two are equally near ("Kim" in 1998: the North's and the
// South's leaders), so the context decides. A surname only one holder has names that holder
// whatever the year (people are news before and after their office). Without a year, the
// latest to take office.
const Leader* leader_by_surname(const Gazetteer& g, std::string_view surname, std::optional<date::year> year);
// Hashed views of gazetteer().aliases, .roles and .not_names for the per-word lookups.
const PhraseIndex<GazEntry>& alias_index();
const PhraseIndex<Role>& role_index();
const PhraseSet& not_name_set();

// The longest gazetteer alias starting at words[i] (not past `end`), honouring case.
struct AliasMatch {
  std::size_t length = 0;
  const GazEntry* entry = nullptr;
};
AliasMatch match_alias(std::string_view text, const std::vector<Word>& words, std::size_t i, std::size_t end);

struct RoleMatch {
  std::size_t length = 0;
  const Role* role = nullptr;
};
RoleMatch match_role(const std::vector<Word>& words, std::size_t i, std::size_t end);

}  // namespace dateline::detail
