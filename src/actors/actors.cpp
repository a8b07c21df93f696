// Actors: states, organizations and people, found with the gazetteer (data/gazetteer/) and
// followed through the article. A person is introduced by a title ("U.S. President Joe
// Biden"), an honorific, the table of well-known office holders, or a capitalized name next
// to "said"; later references ("Mr. Biden", "Biden", "the U.S. president") carry the name
// first given.
#include <dateline/actors.hpp>

#include "actors/gazetteer.hpp"
#include "common/embedded.hpp"
#include "common/phrase_index.hpp"
#include "common/tsv.hpp"
#include "actors/words.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

namespace dateline {
namespace {

using detail::AliasKind;
using detail::AliasMatch;
using detail::Gazetteer;
using detail::RoleKind;
using detail::RoleMatch;
using detail::Word;

struct Person {
  std::string name;
  std::string surname;  // lower-cased last word of the name
  // lower-cased first word of a full name whose first word is no listed given name: the
  // family name of a name in East Asian order ("Wang" of "Wang Yi", "Kim" of "Kim Jong Un"),
  // which a later bare mention uses
  std::string family_first;
  std::optional<std::string> country;
  bool leader = false;
  Gender gender = Gender::unknown;
  std::string title;  // lower-cased title it was named with ("ambassador"), or empty
};

// data/gazetteer/bare_bodies.tsv: the bodies that stand for the story's state when named bare
// (true), or only when a place follows "in" (false).
const std::map<std::string, bool, std::less<>>& bare_bodies() {
  static const auto table = [] {
    std::map<std::string, bool, std::less<>> m;
    tsv::for_each_row(embedded::file("gazetteer/bare_bodies.tsv").value_or(""), true, [&](const auto& f) {
      if (f.size() >= 2) m.emplace(detail::lower(f[0]), f[1] == "any");
    });
    return m;
  }();
  return table;
}

// Hashed views of the keys of the gazetteer's leaders (full names) and surnames, derived from
// the maps when first asked: every capitalised name is looked up in both, and a walk of these
// large trees cost a string comparison a level (about 400 instructions a lookup).
template <class Map>
PhraseSet key_set(const Map& m) {
  std::vector<std::string_view> keys;
  keys.reserve(m.size());
  for (const auto& [key, value] : m) keys.emplace_back(key);
  return PhraseSet(keys);
}
bool known_leader(std::string_view full_name) {
  static const PhraseSet set = key_set(detail::gazetteer().leaders);
  return set.contains(full_name);
}
bool listed_surname(std::string_view surname) {
  static const PhraseSet set = key_set(detail::gazetteer().surnames);
  return set.contains(surname);
}

// Hashed views of the gazetteer's descriptions ("the alliance") and counted descriptions ("the 27
// leaders"): description() looks one up after every "the".
const PhraseIndex<ActorKind>& description_index(bool counted) {
  static const PhraseIndex<ActorKind> plain(detail::gazetteer().descriptions);
  static const PhraseIndex<ActorKind> after_count(detail::gazetteer().counted_descriptions);
  return counted ? after_count : plain;
}

bool is_reporting(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "added" || w == "say";
}

class Finder {
 public:
  Finder(const Segmented& seg, const detail::Words& words, std::optional<date::year> year)
      : seg_(seg), g_(detail::gazetteer()), w_(words), year_(year) {}

  std::vector<ActorMention> run() {
    for (std::uint32_t s = 0; s + 1 < w_.sentence_begin.size(); ++s) {
      std::size_t i = w_.sentence_begin[s], end = w_.sentence_end(s);
      while (i < end) i = step(i, end, w_.sentence_begin[s]);
    }
    resolve_bare_bodies();
    return std::move(out_);
  }

 private:
  const std::vector<Word>& words() const { return w_.words; }

  // A word that can be part of a person's name.
  bool name_word(std::size_t k, std::size_t end) const {
    if (k >= end) return false;
    const Word& w = words()[k];
    if (w.punct || !w.cap || detail::not_name_set().contains(w.lower)) return false;
    if (detail::role_index().find(w.lower)) return false;
    AliasMatch a = detail::match_alias(seg_.text, words(), k, end);
    if (a.entry && a.length >= 1) return false;
    return true;
  }

  // "al-Ansari", "el-Sisi": a listed particle ending in a hyphen, then a capital letter.
  bool hyphened_particle(const Word& w) const {
    const std::size_t dash = w.lower.find('-');
    if (w.punct || w.cap || dash == std::string::npos || dash + 1 >= w.lower.size()) return false;
    const char c = seg_.text[w.start + dash + 1];
    return c >= 'A' && c <= 'Z' && g_.name_particles.count(w.lower.substr(0, dash + 1));
  }

  // The extent of a name starting at k: capitalized words, with particles ("al-", "bin")
  // inside. Returns the number of words (0 = no name).
  std::size_t name_length(std::size_t k, std::size_t end, bool after_title = false) const {
    std::size_t n = 0;
    // Four words besides lower-case particles: "Tamim bin Hamad Al Thani" is one name.
    std::size_t particles = 0;
    while (n < 4 + std::min<std::size_t>(particles, 2) && k + n < end) {
      if (name_word(k + n, end)) {
        ++n;
        continue;
      }
      // "Theresa May told", "Mrs May": a month that is also a surname (surname_not_names.tsv)
      // ends a name after a name word or a title, unless a figure follows ("May 5").
      if ((n > 0 || after_title) && words()[k + n].cap && g_.surname_not_names.count(words()[k + n].lower) &&
          !(k + n + 1 < end && !words()[k + n + 1].lower.empty() &&
            std::isdigit(static_cast<unsigned char>(words()[k + n + 1].lower[0])))) {
        ++n;
        break;
      }
      // "Majed al-Ansari": a particle joined by a hyphen to a capitalized word is a name word.
      if (n > 0 && hyphened_particle(words()[k + n])) {
        ++n;
        continue;
      }
      // "Ursula von der Leyen": particles may follow one another before the last name word.
      std::size_t p = 0;
      while (k + n + p < end && p < 2 && g_.name_particles.count(words()[k + n + p].lower)) ++p;
      if (p > 0 && n > 0 && name_word(k + n + p, end)) {
        n += p;
        particles += p;
        continue;
      }
      break;
    }
    return n;
  }

  std::string span_text(std::size_t a, std::size_t b) const {
    return std::string(seg_.text.substr(words()[a].start, words()[b - 1].end - words()[a].start));
  }

  void emit(std::size_t a, std::size_t b, std::string name, std::optional<std::string> country, ActorKind kind,
            Gender gender = Gender::unknown) {
    ActorMention m;
    m.start = words()[a].start;
    m.end = words()[b - 1].end;
    m.first_token = words()[a].token;
    m.token_count = words()[b - 1].token - words()[a].token + 1;
    m.name = std::move(name);
    m.country = std::move(country);
    m.kind = kind;
    m.gender = gender;
    out_.push_back(std::move(m));
  }

  // The last word of a lower-cased name: the surname a person is known by after first mention.
  static std::string surname_of(const std::string& low) {
    return low.substr(low.rfind(' ') == std::string::npos ? 0 : low.rfind(' ') + 1);
  }

  // Whether a name is someone already named in the story or a listed office holder.
  bool known_name(std::string_view name) const {
    const std::string low = detail::lower(name);
    const std::string surname = surname_of(low);
    for (const Person& p : people_)
      if (detail::lower(p.name) == low || p.surname == surname) return true;
    return known_leader(low) || detail::leader_by_surname(g_, surname, year_) != nullptr;
  }

  // The person a name refers to: one met before (by full name or surname), a well-known
  // office holder, or a new one. `told`: the gender a title gave ("Mrs.", "spokeswoman"); else
  // that of the office holder, else that of a listed given name (data/gazetteer/given_names.tsv).
  const Person& person_for(std::string_view name, std::optional<std::string> country, bool leader,
                           Gender told = Gender::unknown, std::string_view title = {}) {
    std::string low = detail::lower(name);
    std::string surname = surname_of(low);
    for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
      if (detail::lower(it->name) == low ||
          (low.find(' ') == std::string::npos && (it->surname == low || it->family_first == low))) {
        // "King Hussein of Jordan" after "Saddam Hussein": the same surname of another state is
        // another person.
        if (country && it->country && *country != *it->country) continue;
        if (!it->country && country) it->country = country;
        it->leader = it->leader || leader;
        if (it->gender == Gender::unknown) it->gender = told;
        if (!title.empty()) it->title = std::string(title);
        touch(*it);
        return people_.back();
      }
    }
    Person p;
    p.name = std::string(name);
    p.surname = surname;
    p.country = std::move(country);
    p.leader = leader;
    p.gender = told;
    p.title = std::string(title);
    if (auto it = g_.leaders.find(low); it != g_.leaders.end()) {
      if (!p.country) p.country = it->second.country;
      p.leader = true;
      if (p.gender == Gender::unknown) p.gender = it->second.gender;
    } else if (const detail::Leader* l = detail::leader_by_surname(g_, surname, year_);
               l && low.find(' ') == std::string::npos &&
               // ("Mr. May" is not Theresa May: a title's gender that is not the holder's)
               (told == Gender::unknown || l->gender == Gender::unknown || told == l->gender)) {
      p.name = l->name;  // a bare surname of a well-known office holder
      if (!p.country) p.country = l->country;
      p.leader = true;
      if (p.gender == Gender::unknown) p.gender = l->gender;
    } else if (const detail::Leader* v = detail::leader_by_surname(g_, surname, year_);
               v && low.find(' ') != std::string::npos && detail::lower(v->name).substr(0, 3) == low.substr(0, 3)) {
      // "Sergey Lavrov" for the table's "Sergei Lavrov": a spelling of the given name that
      // shares its first three letters, with the same surname, is the same office holder
      p.name = v->name;
      if (!p.country) p.country = v->country;
      p.leader = true;
      if (p.gender == Gender::unknown) p.gender = v->gender;
    }
    if (low.find(' ') != std::string::npos) {
      // A given name tells only as the first word of a full name ("Madeleine Albright").
      const std::string_view first = std::string_view(low).substr(0, low.find(' '));
      if (auto it = g_.given_names.find(first); it != g_.given_names.end()) {
        if (p.gender == Gender::unknown) p.gender = it->second;
      } else if (first.size() >= 2 && !g_.name_particles.count(first)) {
        p.family_first = std::string(first);
      }
    }
    people_.push_back(std::move(p));
    return people_.back();
  }

  // Moves a person to the end (most recently mentioned).
  void touch(const Person& p) {
    auto it = std::find_if(people_.begin(), people_.end(), [&](const Person& q) { return &q == &p; });
    if (it == people_.end()) return;
    Person copy = *it;
    people_.erase(it);
    people_.push_back(std::move(copy));
  }

  // The state named by "of <state>" at word k ("King Hussein of Jordan"), if any.
  std::optional<std::string> country_after_of(std::size_t k, std::size_t end) const {
    if (k + 1 >= end || words()[k].lower != "of") return std::nullopt;
    AliasMatch a = detail::match_alias(seg_.text, words(), k + 1, end);
    if (!a.entry || a.entry->kind != ActorKind::state || a.entry->alias == AliasKind::place) return std::nullopt;
    return a.entry->country;
  }

  const Person* known_surname(std::string_view low) const {
    for (auto it = people_.rbegin(); it != people_.rend(); ++it)
      if (it->surname == low || it->family_first == low) return &*it;
    return nullptr;
  }
  Person* known_surname(std::string_view low) {
    return const_cast<Person*>(std::as_const(*this).known_surname(low));
  }

  struct Apposition {
    std::size_t end = 0;  // the word after it
    std::optional<std::string> country;
    bool leader = false;
    Gender gender = Gender::unknown;
    std::string title;
  };
  // ", the U.S. special envoy", ", the spokesman of the National Security Council", ", the head
  // of Ukraine's presidential office" at word k (the comma): a person's title after "the" or
  // "a", of the state before it or of the state or state body after "of".
  std::optional<Apposition> apposition(std::size_t k, std::size_t end) const {
    if (k + 2 >= end || words()[k].lower != "," || (words()[k + 1].lower != "the" && words()[k + 1].lower != "a"))
      return std::nullopt;
    std::size_t j = k + 2;
    std::optional<std::string> country;
    AliasMatch a = detail::match_alias(seg_.text, words(), j, end);
    if (a.entry && a.entry->kind == ActorKind::state && a.entry->alias != AliasKind::place) {
      country = a.entry->country;
      j += a.length;
      if (j < end && words()[j].lower == "'s") ++j;
    }
    Apposition out;
    std::size_t role_end = j;
    while (role_end < end) {
      RoleMatch r = detail::match_role(words(), role_end, end);
      if (!r.role || r.role->kind != RoleKind::person) break;
      out.leader = out.leader || r.role->leader;
      if (r.role->gender != Gender::unknown) out.gender = r.role->gender;
      role_end += r.length;
    }
    if (role_end == j) return std::nullopt;
    out.title = detail::lower(span_text(j, role_end));
    out.end = role_end;
    if (!country && role_end + 1 < end && words()[role_end].lower == "of") {
      std::size_t q = role_end + 1 + (words()[role_end + 1].lower == "the" ? 1 : 0);
      AliasMatch b = detail::match_alias(seg_.text, words(), q, end);
      // (an international body, "of the European Union", gives no state but is read too)
      if (b.entry && b.entry->alias != AliasKind::place) {
        country = b.entry->country;
        out.end = q + b.length;
      }
    }
    // "Joseph Zwilling, a spokesman for the archdiocese": a title of no state and no body
    // named is no diplomatic actor.
    if (!country && out.end == role_end) return std::nullopt;
    out.country = std::move(country);
    return out;
  }

  // The state of the place named by "in <place>" at word k ("police in London", "officials in
  // Tokyo"): a state, its capital, or a city of data/gazetteer/cities.tsv.
  std::optional<std::string> country_after_in(std::size_t k, std::size_t end) const {
    if (k + 1 >= end || words()[k].lower != "in") return std::nullopt;
    AliasMatch a = detail::match_alias(seg_.text, words(), k + 1, end);
    if (!a.entry || a.entry->kind != ActorKind::state) return std::nullopt;
    if (a.entry->alias == AliasKind::adjective) return std::nullopt;
    return a.entry->country;
  }

  // A body named without its state and outside any dateline ("The parliament approved ...")
  // whose state is the only one named before it in its sentence, else the only one named in
  // the sentence before; without one it is no actor (its state is unknown).
  void resolve_bare_bodies() {
    if (bare_.empty()) return;
    std::vector<bool> drop(out_.size(), false);
    for (const Bare& b : bare_) {
      std::set<std::string> here, before;
      for (std::size_t k = 0; k < b.mention; ++k) {
        const ActorMention& m = out_[k];
        if (m.kind != ActorKind::state || !m.country) continue;
        const std::uint32_t s = sentence_at(m.start);
        if (s == b.sentence) here.insert(*m.country);
        else if (s + 1 == b.sentence) before.insert(*m.country);
      }
      const auto& pick = here.empty() ? before : here;
      if (pick.size() == 1) out_[b.mention].country = *pick.begin();
      else drop[b.mention] = true;
    }
    std::vector<ActorMention> kept;
    kept.reserve(out_.size());
    for (std::size_t k = 0; k < out_.size(); ++k)
      if (!drop[k]) kept.push_back(std::move(out_[k]));
    out_ = std::move(kept);
  }

  // "of the Dutch parliament", "of the Russian Federation": the state of an adjective or name
  // at word k.
  std::optional<std::string> country_after_of_the(std::size_t k, std::size_t end) const {
    if (k >= end) return std::nullopt;
    AliasMatch a = detail::match_alias(seg_.text, words(), k, end);
    if (!a.entry || a.entry->kind != ActorKind::state || a.entry->alias == AliasKind::place) return std::nullopt;
    return a.entry->country;
  }

  // "by Hutu security forces", "Taliban fighters": a capitalized word the gazetteer does not
  // know, one or two words before the body, names whose body it is.
  bool named_modifier(std::size_t i, std::size_t sent_begin) const {
    for (std::size_t back = 1; back <= 2 && i >= sent_begin + back; ++back) {
      const Word& w = words()[i - back];
      if (w.punct || w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "its" || w.lower == "their")
        return false;
      if (w.cap && i - back > sent_begin) return true;
      if (w.cap) return false;
    }
    return false;
  }

  // The state of the last body named with its state in this sentence or the two before.
  std::optional<std::string> recent_body_state(std::uint32_t sentence) const {
    if (stated_bodies_.empty()) return std::nullopt;
    const auto& [country, s] = stated_bodies_.back();
    if (s + 2 >= sentence) return country;
    return std::nullopt;
  }

  std::uint32_t sentence_at(std::uint32_t offset) const {
    auto it = std::upper_bound(words().begin(), words().end(), offset,
                               [](std::uint32_t pos, const Word& w) { return pos < w.start; });
    return it == words().begin() ? 0 : std::prev(it)->sentence;
  }

  // "27", "thirty": a count of five or more, in digits or as a number word. The members of a
  // body are told by such counts ("the 27 leaders", "the seven allies"); the states just
  // listed by a story are fewer ("the three countries' foreign ministers").
  bool body_count(std::string_view w) const {
    if (w.empty() || w.size() > 9) return false;
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::stoi(std::string(w)) >= 5;
    const auto it = g_.number_words.find(w);
    return it != g_.number_words.end() && it->second >= 5;
  }

  // "the alliance", "the country", "the regime" (data/gazetteer/descriptions.tsv) at word i: the
  // actor of that kind named last before it: an international organization of organizations.tsv, or a state in
  // this sentence or the two before. Not after "in" ("remains in the country" is a place).
  // Returns the words taken (0: no description, or nothing it can refer to).
  std::size_t description(std::size_t i, std::size_t end, std::size_t sent_begin) {
    if (words()[i].lower != "the" || i + 1 >= end) return 0;
    if (i > sent_begin && words()[i - 1].lower == "in") return 0;
    // "the 27 leaders", "the 30 allies": a body count before a `counted` noun names the
    // members of a body ("the two leaders" is a pair: data/events/pairs.tsv).
    const bool counted = i + 2 < end && body_count(words()[i + 1].lower);
    const std::size_t noun = counted ? i + 2 : i + 1;
    const ActorKind* d = description_index(counted).find(words()[noun].lower);
    if (!d) return 0;
    if (noun + 1 < end && (words()[noun + 1].lower == "of" || words()[noun + 1].lower == "'s")) return 0;
    const std::uint32_t sentence = words()[i].sentence;
    // A bounded look back keeps a long article linear.
    constexpr std::size_t kLookBack = 64;
    for (std::size_t k = out_.size(), seen = 0; k-- > 0 && seen < kLookBack; ++seen) {
      const ActorMention& m = out_[k];
      // "the alliance" is an international body (no country: not the National Security Council).
      // "NATO Secretary-General Jens Stoltenberg said ... the alliance": the body a person was
      // named with stands for it too
      if (auto org = person_org_.find(k); org != person_org_.end() && *d == ActorKind::organization) {
        emit(i, noun + 1, org->second, std::nullopt, ActorKind::organization);
        return noun + 1 - i;
      }
      if (m.kind != *d || (m.kind == ActorKind::organization && (m.country || !named_org_.count(k)))) continue;
      if (*d == ActorKind::state && (!m.country || sentence_at(m.start) + 2 < sentence)) break;
      emit(i, noun + 1, m.name, m.country, m.kind);
      return noun + 1 - i;
    }
    return 0;
  }

  // One step at word i; returns the next word to look at.
  std::size_t step(std::size_t i, std::size_t end, std::size_t sent_begin) {
    const Word& w = words()[i];
    if (w.punct) return i + 1;
    if (std::size_t n = description(i, end, sent_begin)) return i + n;

    // A dateline ("MOSCOW (Reuters) -") names where the story was filed, not an actor.
    if (i == sent_begin && w.upper) {
      AliasMatch a = detail::match_alias(seg_.text, words(), i, end);
      std::size_t after = i + std::max<std::size_t>(a.length, 1);
      if (after < end && words()[after].punct && words()[after].lower != "'s") {
        // The state of the dateline is home to the bodies the story names without a state.
        if (i == 0 && a.entry && a.entry->kind == ActorKind::state) home_ = a.entry->country;
        return after;
      }
    }

    // "Yeltsin's spokesman Sergei Yastrzhembsky": the aide of a person named before is of that
    // person's country.
    if (w.cap && i + 2 < end && words()[i + 1].lower == "'s") {
      const Person* boss = known_surname(w.lower);
      RoleMatch r = boss ? detail::match_role(words(), i + 2, end) : RoleMatch{};
      if (r.role && r.role->kind == RoleKind::person) {
        std::size_t n = name_length(i + 2 + r.length, end);
        if (n > 0) {
          std::optional<std::string> country = boss->country;
          emit(i, i + 1, boss->name, boss->country, ActorKind::person, boss->gender);
          const Person& p = person_for(span_text(i + 2 + r.length, i + 2 + r.length + n), country, false, r.role->gender);
          emit(i + 2, i + 2 + r.length + n, p.name, p.country, ActorKind::person, p.gender);
          return i + 2 + r.length + n;
        }
      }
    }

    // [country or organization] role+ [Name]
    AliasMatch pre = detail::match_alias(seg_.text, words(), i, end);
    // "New Mexico" is a place, not Mexico.
    if (pre.entry && pre.entry->alias == AliasKind::place) return i + pre.length;
    // "the Madrid summit": a capital before a venue noun names where, not who.
    if (pre.entry && pre.entry->alias == AliasKind::capital && i + pre.length < end &&
        g_.venue_nouns.count(words()[i + pre.length].lower))
      return i + pre.length;
    std::size_t j = i + pre.length;
    if (pre.entry && pre.entry->alias == AliasKind::organization && j < end && words()[j].lower == "'s") pre = {};
    j = i + pre.length;
    // "Ukraine's foreign minister Dmytro Kuleba", "Russia's Foreign Ministry": a state's
    // possessive before a title or body is that office's state.
    if (pre.entry && pre.entry->kind == ActorKind::state && pre.entry->alias != AliasKind::place && j + 1 < end &&
        words()[j].lower == "'s" && detail::match_role(words(), j + 1, end).role)
      ++j;
    const std::size_t role_begin = j;
    bool leader = false, any_role = false, body = false, honorific = false, any_body = false, home_office = false;
    Gender role_gender = Gender::unknown;  // "Mrs.", "spokeswoman"
    std::size_t role_end = j;
    while (role_end < end) {
      RoleMatch r = detail::match_role(words(), role_end, end);
      if (!r.role) {
        // "Secretary of State", "Minister of Foreign Affairs" are listed whole; skip "of"
        // only inside a title followed by another title word.
        break;
      }
      any_role = true;
      leader = leader || r.role->leader;
      home_office = home_office || r.role->home;
      body = r.role->kind == RoleKind::body;
      any_body = any_body || body;
      honorific = r.role->kind == RoleKind::honorific;
      if (r.role->gender != Gender::unknown) role_gender = r.role->gender;
      role_end += r.length;
    }
    if (any_role && !body) {
      std::size_t n = name_length(role_end, end, true);
      if (n > 0) {
        std::string name = span_text(role_end, role_end + n);
        std::optional<std::string> country = pre.entry ? pre.entry->country : std::nullopt;
        // "Foreign Ministry spokesman X" in a story datelined in a capital: that state's ministry.
        if (!pre.entry && any_body && i == role_begin) country = home_;
        if (honorific && !pre.entry) {
          if (Person* p = known_surname(detail::lower(name))) {
            if (p->gender == Gender::unknown) p->gender = role_gender;
            emit(i, role_end + n, p->name, p->country, ActorKind::person, p->gender);
            touch(*p);
            return role_end + n;
          }
        }
        if (!country) country = country_after_of(role_end + n, end);
        // "ANKARA (Reuters) - Foreign Minister Hakan Fidan": a government title with no state,
        // before a name the story and the leaders table do not know, is the dateline state's.
        if (!country && home_ && home_office && !pre.entry && i == role_begin && !known_name(name)) country = home_;
        // (an international body's title: "the alliance" or "the bloc" after it is that body)
        if (pre.entry && pre.entry->alias == AliasKind::organization && !pre.entry->country)
          person_org_[out_.size()] = pre.entry->canonical;
        const Person& p = person_for(name, country, leader, role_gender, detail::lower(span_text(role_begin, role_end)));
        emit(i, role_end + n, p.name, p.country, ActorKind::person, p.gender);
        return role_end + n;
      }
      if (pre.entry && !honorific) {
        // "the Russian leader", "the Israeli foreign minister": the last such person named. A
        // title that is no leader's names someone named with that title, or with none and no
        // office ("the Russian ambassador" is not the Russian president named before).
        const Person* found = nullptr;
        const std::string title = detail::lower(span_text(role_begin, role_end));
        for (auto it = people_.rbegin(); it != people_.rend() && !found; ++it)
          if (it->country == pre.entry->country &&
              (leader ? it->leader : it->title == title || (it->title.empty() && !it->leader)))
            found = &*it;
        if (found) {
          emit(i, role_end, found->name, found->country, ActorKind::person, found->gender);
          touch(*found);
        } else {
          emit(i, role_end, span_text(i, role_end), pre.entry->country, ActorKind::person, role_gender);
        }
        return role_end;
      }
      // "The prime minister told MPs", "the president accused Kyiv": a leader's title or a
      // title of several words after "the", with neither state nor name, is the person last
      // named with that title ("of" or a possessive after it names another: "the president of
      // Ukraine"; "the minister", "the ambassador" alone may be anyone's).
      if (!pre.entry && !honorific && (leader || role_end > role_begin + 1) && i > sent_begin &&
          words()[i - 1].lower == "the" &&
          !(role_end < end && (words()[role_end].lower == "of" || words()[role_end].lower == "'s"))) {
        const std::string title = detail::lower(span_text(role_begin, role_end));
        for (auto it = people_.rbegin(); it != people_.rend(); ++it)
          if (it->title == title) {
            emit(i - 1, role_end, it->name, it->country, ActorKind::person, it->gender);
            touch(*it);
            return role_end;
          }
      }
    }
    if (any_role && body && pre.entry) {
      // "the Russian Foreign Ministry", "Israeli commandos": a body of the state.
      emit(i, role_end, span_text(i, role_end), pre.entry->country,
           pre.entry->kind == ActorKind::state ? ActorKind::organization : pre.entry->kind);
      if (pre.entry->country) stated_bodies_.push_back({*pre.entry->country, words()[i].sentence});
      return role_end;
    }
    const auto& bodies = bare_bodies();  // once: a call a step was 0.8% of `build`
    const auto listed = any_role && !pre.entry && i == role_begin
                            ? bodies.find(detail::lower(span_text(role_begin, role_end)))
                            : bodies.end();
    if (listed != bodies.end()) {
      // "The parliament approved ...", "police in London", "officials in Tokyo": a body (or
      // an unnamed official) without its state is of the place after "in"; a body is else of
      // the dateline's state, else of the only state named before it (resolve_bare_bodies()).
      std::optional<std::string> country = country_after_in(role_end, end);
      if (!country && listed->second) country = country_after_of(role_end, end);
      // "the upper house of the Dutch parliament"
      if (!country && listed->second && role_end + 2 < end && words()[role_end].lower == "of" &&
          words()[role_end + 1].lower == "the")
        country = country_after_of_the(role_end + 2, end);
      if (!country && listed->second && !named_modifier(i, sent_begin)) {
        // the state of a body named with its state in the last sentences ("the Dutch
        // parliament ... The lower house"), else the dateline's
        country = recent_body_state(words()[i].sentence);
        if (!country) country = home_;
        emit(i, role_end, span_text(i, role_end), country, ActorKind::organization);
        if (!country) bare_.push_back({out_.size() - 1, words()[i].sentence});
        return role_end;
      } else if (country) {
        emit(i, role_end, span_text(i, role_end), country, body ? ActorKind::organization : ActorKind::person);
        if (body) stated_bodies_.push_back({*country, words()[i].sentence});
        return role_end;
      }
    }
    if (pre.entry) {
      if (pre.entry->alias == AliasKind::organization) named_org_.insert(out_.size());
      std::optional<std::string> country = pre.entry->country;
      // "Iran's Supreme National Security Council", "the Iranian National Security Council": a
      // national body listed under one state is another state's when that state owns it
      // (its possessive or adjective right before, a capitalized modifier between)
      if (country && pre.entry->kind == ActorKind::organization && !out_.empty() &&
          out_.back().kind == ActorKind::state && out_.back().country && out_.back().country != country) {
        std::size_t k = i;
        if (k > sent_begin + 1 && words()[k - 1].cap && !words()[k - 1].punct && words()[k - 2].lower == "'s") --k;
        if (k > sent_begin && (words()[k - 1].lower == "'s" || words()[k - 1].lower == "'")) --k;
        if (k > sent_begin && out_.back().end == words()[k - 1].end) country = out_.back().country;
      }
      emit(i, i + pre.length, pre.entry->canonical, country, pre.entry->kind);
      return i + pre.length;
    }

    // Well-known office holders and people already named, by full name or surname.
    if (w.cap) {
      std::size_t n = name_length(i, end);
      if (n > 0) {
        std::string low;
        for (std::size_t k = i; k < i + n; ++k) low += (k > i ? " " : "") + words()[k].lower;
        bool known = known_leader(low) || (n == 1 && (known_surname(low) || listed_surname(low)));
        if (!known && n >= 2) {
          // A full name already given, or a new one next to a reporting verb.
          for (const auto& p : people_)
            if (detail::lower(p.name) == low) known = true;
        }
        bool reported = (i + n < end && is_reporting(words()[i + n].lower)) ||
                        (i > sent_begin && is_reporting(words()[i - 1].lower));
        if (!known && n >= 2) {
          // "Later Dervisoglu spoke": a sentence-initial word before a known surname.
          std::string last = words()[i + n - 1].lower;
          if (known_surname(last) || listed_surname(last)) {
            const Person& p = person_for(span_text(i + n - 1, i + n), std::nullopt, false);
            emit(i + n - 1, i + n, p.name, p.country, ActorKind::person, p.gender);
            return i + n;
          }
        }
        // "Leonid Kuchma of Ukraine": a full name followed by "of" and a state is that state's.
        std::optional<std::string> of_country = n >= 2 ? country_after_of(i + n, end) : std::nullopt;
        // ("Theresa May met": a name that ends in a month is one only after a given name)
        if (n >= 2 && g_.surname_not_names.count(words()[i + n - 1].lower)) known = true;
        if (known || (reported && n >= 2) || of_country) {
          // (a title in apposition after it belongs to this mention: "Steve Witkoff, the U.S.
          // special envoy," is one person)
          std::optional<Apposition> a = of_country ? std::nullopt : apposition(i + n, end);
          const Person& p = person_for(span_text(i, i + n), a ? a->country : of_country, false);
          emit(i, i + n, p.name, p.country, ActorKind::person, p.gender);
          return a ? a->end : i + n;
        }
        // "John Kirby, the spokesman of the National Security Council,": a new full name with
        // a title in apposition is a person of the title's state; the apposition is read as
        // part of the name's mention, so that it gives no second person.
        if (n >= 2) {
          if (std::optional<Apposition> a = apposition(i + n, end)) {
            const Person& p = person_for(span_text(i, i + n), a->country, a->leader, a->gender, a->title);
            emit(i, i + n, p.name, p.country, ActorKind::person, p.gender);
            return a->end;
          }
        }
        return i + n;
      }
    }
    return i + 1;
  }

  const Segmented& seg_;
  const Gazetteer& g_;
  const detail::Words& w_;
  std::optional<date::year> year_;  // the article's year, when known: which office holder a surname is
  std::vector<Person> people_;
  std::vector<ActorMention> out_;
  std::optional<std::string> home_;  // the state of the dateline, if the story has one
  struct Bare {
    std::size_t mention;  // index into out_
    std::uint32_t sentence;
  };
  std::vector<Bare> bare_;  // bodies waiting for the state named around them
  std::set<std::size_t> named_org_;  // indices into out_ of organizations named by their own name
  std::map<std::size_t, std::string> person_org_;  // index into out_ of a person -> the international body of their title
  std::vector<std::pair<std::string, std::uint32_t>> stated_bodies_;  // state and sentence of each body named with it
};

}  // namespace

std::vector<ActorMention> find_actors(const Segmented& text) { return find_actors(text, std::nullopt); }

std::vector<ActorMention> find_actors(const Segmented& text, std::optional<date::year> year) {
  const detail::Words words = detail::split_words(text);
  return Finder(text, words, year).run();
}

std::vector<ActorMention> detail::find_actors(const Segmented& text, const Words& words,
                                              std::optional<date::year> year) {
  return Finder(text, words, year).run();
}

}  // namespace dateline
