#include "actors/gazetteer.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"

namespace dateline::detail {
namespace {

std::string join(const std::vector<std::string>& ws) {
  std::string out;
  for (const auto& w : ws) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

bool all_caps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// Column `i` of a data row as a year; none when absent, empty or not a number of four digits.
// Column `i` of a data row as a gender: "m", "f", else unknown.
template <class Fields>
Gender gender_field(const Fields& f, std::size_t i) {
  if (f.size() <= i) return Gender::unknown;
  return f[i] == "m" ? Gender::male : f[i] == "f" ? Gender::female : Gender::unknown;
}

template <class Fields>
std::optional<date::year> year_field(const Fields& f, std::size_t i) {
  if (f.size() <= i || f[i].size() != 4) return std::nullopt;
  int y = 0;
  for (char c : f[i]) {
    if (c < '0' || c > '9') return std::nullopt;
    y = y * 10 + (c - '0');
  }
  return date::year{y};
}

Gazetteer load() {
  Gazetteer g;
  auto add_alias = [&](std::string_view alias, GazEntry e) {
    auto ws = phrase_words(alias);
    if (ws.empty()) return;
    e.exact_case = all_caps(alias);
    g.max_alias_words = std::max(g.max_alias_words, ws.size());
    g.aliases.emplace(join(ws), std::move(e));  // first row wins
  };
  tsv::for_each_row(embedded::file("gazetteer/countries.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 3) return;
    std::string code(f[0]);
    if (f[1] == "canonical") {
      g.country_names[code] = std::string(f[2]);
      return;
    }
    if (f[1] == "name" && !g.country_names.count(code)) g.country_names[code] = std::string(f[2]);
    GazEntry e;
    e.code = code;
    e.country = code;
    e.kind = ActorKind::state;
    e.alias = f[1] == "adjective" ? AliasKind::adjective
              : f[1] == "capital" ? AliasKind::capital
              : f[1] == "metonym" ? AliasKind::metonym
              : f[1] == "place"   ? AliasKind::place
                                  : AliasKind::name;  // name, people ("Serbs": read as the state)
    // Capitals and seats of government keep their own name ("Kremlin"); the others take
    // the country's canonical name, filled in below once every row is read.
    e.canonical = std::string(f[2]);
    // A demonym in -an or -i has a plural that names the people of the state ("two Libyans
    // suspected of ...", "the Iraqis"); "-ese" and "-ish" ones have none.
    const std::string_view adj = f[2];
    if (e.alias == AliasKind::adjective && (adj.ends_with("an") || adj.ends_with("i"))) {
      GazEntry plural = e;
      plural.alias = AliasKind::name;
      add_alias(std::string(adj) + "s", std::move(plural));
    }
    add_alias(f[2], std::move(e));
  });
  // Major cities that are not capitals: places of their state, never actors ("police in
  // Shanghai", "ISTANBUL (Reuters) -"). Rows of countries.tsv win over them.
  tsv::for_each_row(embedded::file("gazetteer/cities.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 2) return;
    GazEntry e;
    e.code = std::string(f[0]);
    e.country = e.code;
    e.kind = ActorKind::state;
    e.alias = AliasKind::place;
    e.canonical = std::string(f[1]);
    add_alias(f[1], std::move(e));
  });
  for (auto& [key, e] : g.aliases)
    if (e.alias == AliasKind::name || e.alias == AliasKind::adjective) e.canonical = g.country_names[e.code];

  std::map<std::string, std::string> org_names;
  tsv::for_each_row(embedded::file("gazetteer/organizations.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 4) return;
    std::string code(f[0]);
    if (!org_names.count(code)) org_names[code] = std::string(f[3]);
    GazEntry e;
    e.code = code;
    if (!f[2].empty()) e.country = std::string(f[2]);
    e.kind = f[1] == "group" ? ActorKind::group : ActorKind::organization;
    e.alias = AliasKind::organization;
    e.canonical = org_names[code];
    add_alias(f[3], std::move(e));
  });

  tsv::for_each_row(embedded::file("gazetteer/roles.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 3) return;
    auto ws = phrase_words(f[0]);
    if (ws.empty()) return;
    Role r;
    r.kind = f[1] == "body" ? RoleKind::body : f[1] == "honorific" ? RoleKind::honorific : RoleKind::person;
    r.leader = f[2] == "1";
    r.gender = gender_field(f, 3);
    r.home = f.size() > 4 && f[4] == "1";
    g.max_role_words = std::max(g.max_role_words, ws.size());
    g.roles.emplace(join(ws), r);
  });

  tsv::for_each_row(embedded::file("gazetteer/leaders.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 3) return;
    Leader l;
    l.name = std::string(f[0]);
    l.surname = std::string(f[1]);
    // An office holder of an international body ("UNO") has no country.
    if (f[2].size() == 3 && g.country_names.count(std::string(f[2]))) l.country = std::string(f[2]);
    l.from = year_field(f, 4);
    l.to = year_field(f, 5);
    l.gender = gender_field(f, 6);
    g.leaders.emplace(join(phrase_words(f[0])), std::move(l));
  });
  for (const auto& [key, l] : g.leaders) g.surnames.emplace(lower(l.surname), &l);

  tsv::for_each_row(embedded::file("gazetteer/not_names.tsv").value_or(""), true,
                    [&](const auto& f) { g.not_names.insert(lower(f[0])); });
  tsv::for_each_row(embedded::file("gazetteer/name_particles.tsv").value_or(""), true,
                    [&](const auto& f) { g.name_particles.insert(lower(f[0])); });
  tsv::for_each_row(embedded::file("gazetteer/surname_not_names.tsv").value_or(""), true,
                    [&](const auto& f) { g.surname_not_names.insert(lower(f[0])); });
  tsv::for_each_row(embedded::file("gazetteer/descriptions.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 2) return;
    const ActorKind kind = f[1] == "state" ? ActorKind::state : ActorKind::organization;
    (f.size() >= 3 && f[2] == "counted" ? g.counted_descriptions : g.descriptions).emplace(lower(f[0]), kind);
  });
  // Number words, for "the 27 leaders" and "the three allies" (shared with the timex stage).
  tsv::for_each_row(embedded::file("timex/numbers.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() >= 2 && !f[1].empty() && f[1] != "X") g.number_words.emplace(lower(f[0]), std::stoi(std::string(f[1])));
  });
  tsv::for_each_row(embedded::file("gazetteer/given_names.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() >= 2) g.given_names.emplace(lower(f[0]), gender_field(f, 1));
  });
  tsv::for_each_row(embedded::file("gazetteer/venue_nouns.tsv").value_or(""), true,
                    [&](const auto& f) { g.venue_nouns.insert(lower(f[0])); });
  return g;
}

}  // namespace

const Leader* leader_by_surname(const Gazetteer& g, std::string_view surname, std::optional<date::year> year) {
  const Leader* best = nullptr;
  int best_distance = 0;
  bool tied = false;
  auto [lo, hi] = g.surnames.equal_range(surname);
  for (auto it = lo; it != hi; ++it) {
    const Leader* l = it->second;
    if (!year) {
      if (!best || (l->from && (!best->from || *l->from > *best->from))) best = l;
      continue;
    }
    int distance = 0;  // years outside the term; 0 inside it or when the term is unknown
    if (l->from && *year < *l->from) distance = static_cast<int>(*l->from) - static_cast<int>(*year);
    if (l->to && *year > *l->to) distance = static_cast<int>(*year) - static_cast<int>(*l->to);
    if (!best || distance < best_distance) {
      best = l;
      best_distance = distance;
      tied = false;
    } else if (distance == best_distance &&
               (l->country != best->country || l->from != best->from || l->to != best->to)) {
      // two rows of one person ("Recep Tayyip Erdogan", "Tayyip Erdogan") are no tie
      tied = true;
    }
  }
  return tied ? nullptr : best;
}

const Gazetteer& gazetteer() {
  static const Gazetteer g = load();
  return g;
}

const PhraseIndex<GazEntry>& alias_index() {
  static const PhraseIndex<GazEntry> index(gazetteer().aliases);
  return index;
}

const PhraseIndex<Role>& role_index() {
  static const PhraseIndex<Role> index(gazetteer().roles);
  return index;
}

const PhraseSet& not_name_set() {
  static const PhraseSet set(gazetteer().not_names);
  return set;
}

namespace {
// The phrase of words[i .. i + n] joined by spaces, called with n = 0, 1, 2, ... in turn: the
// first word is its own lower-cased text (no copy), and `buf` grows by a word a call after it.
std::string_view phrase_key(const std::vector<Word>& words, std::size_t i, std::size_t n, std::string& buf) {
  if (n == 0) return words[i].lower;
  if (n == 1) buf = words[i].lower;
  buf += ' ';
  buf += words[i + n].lower;
  return buf;
}
}  // namespace

namespace {
// What match_alias and match_role read of the gazetteer, fetched once: they run at nearly every
// word, and the calls to gazetteer() and the index accessors (each a call and a guard test) were
// about a quarter of their cost.
struct Lookups {
  const PhraseIndex<GazEntry>& aliases;
  const PhraseIndex<Role>& roles;
  std::size_t max_alias_words, max_role_words;
};
const Lookups& lookups() {
  static const Lookups l{alias_index(), role_index(), gazetteer().max_alias_words, gazetteer().max_role_words};
  return l;
}
}  // namespace

AliasMatch match_alias(std::string_view text, const std::vector<Word>& words, std::size_t i, std::size_t end) {
  // (most words are not capitalised: the test comes before anything is fetched)
  if (i >= end || words[i].punct || !(words[i].cap || words[i].upper)) return {};
  static const Lookups& l = lookups();
  const PhraseIndex<GazEntry>& index = l.aliases;
  std::string buf;
  AliasMatch best;
  for (std::size_t n = 0; n < l.max_alias_words && i + n < end; ++n) {
    const Word& w = words[i + n];
    if (w.punct && w.lower != "-") break;
    const std::string_view key = phrase_key(words, i, n, buf);
    const GazEntry* entry = index.find(key);
    // No longer alias starts with these words: nothing further can match.
    if (!entry) {
      if (index.continues(key)) continue;
      break;
    }
    if (entry->exact_case) {
      // "US" and "WHO" must be written in capitals: "us" and "who" are not actors.
      bool same = true;
      for (std::size_t k = i; k <= i + n && same; ++k)
        for (std::uint32_t b = words[k].start; b < words[k].end; ++b)
          if (text[b] >= 'a' && text[b] <= 'z') same = false;
      if (!same) {
        if (index.continues(key)) continue;
        break;
      }
    }
    best = {n + 1, entry};
    if (!index.continues(key)) break;
  }
  return best;
}

RoleMatch match_role(const std::vector<Word>& words, std::size_t i, std::size_t end) {
  static const Lookups& l = lookups();  // a guard test inline, not two calls
  const PhraseIndex<Role>& index = l.roles;
  std::string buf;
  RoleMatch best;
  for (std::size_t n = 0; n < l.max_role_words && i + n < end; ++n) {
    if (words[i + n].punct && words[i + n].lower != "-") break;
    // The first word is looked up as it is; the key is built only for a second word on.
    const std::string_view key = phrase_key(words, i, n, buf);
    if (const Role* r = index.find(key)) best = {n + 1, r};
    if (!index.continues(key)) break;  // no longer role starts with these words
  }
  return best;
}

}  // namespace dateline::detail
