// The differences between two timelines: the shared matcher aligns their events, then each
// aligned pair is compared field by field, and links are compared through the alignment.
#include <dateline/diff.hpp>
#include <dateline/graph.hpp>

#include "diff/text.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dateline {
namespace {

bool contains(const When& outer, const When& inner) {
  const bool lower = !outer.earliest || (inner.earliest && *inner.earliest >= *outer.earliest);
  const bool upper = !outer.latest || (inner.latest && *inner.latest <= *outer.latest);
  return lower && upper;
}

// Exact: one known day; bounded: anything wider, or open on a side.
bool exact(const When& w) { return w.earliest && w.latest && *w.earliest == *w.latest; }

std::string exactness(const When& a, const When& b) {
  if (exact(a) == exact(b)) return exact(a) ? "exact" : "bounded";
  return exact(a) ? "exact -> bounded" : "bounded -> exact";
}

std::string days_text(long n) {
  const long m = n < 0 ? -n : n;
  return std::to_string(m) + (m == 1 ? " day " : " days ") + (n < 0 ? "earlier" : "later");
}

std::optional<Change> date_change(const When& a, const When& b) {
  const std::string ta = diff::date_text(a), tb = diff::date_text(b);
  if (a.earliest == b.earliest && a.latest == b.latest) {
    if (a.value == b.value) return std::nullopt;
    return Change{"date", "restated", ta, tb, "same days, other notation"};
  }
  if (contains(a, b)) return Change{"date", "refined", ta, tb, exactness(a, b)};
  if (contains(b, a)) return Change{"date", "coarsened", ta, tb, exactness(a, b)};
  const bool after = a.latest && b.earliest && *b.earliest > *a.latest;
  const bool before = b.latest && a.earliest && *a.earliest > *b.latest;
  if (after) return Change{"date", "shifted", ta, tb, days_text((*b.earliest - *a.latest).count())};
  if (before) return Change{"date", "shifted", ta, tb, days_text((*b.latest - *a.earliest).count())};
  return Change{"date", "conflict", ta, tb, exactness(a, b) + ", overlapping in part"};
}

bool tentative(Modality m) {
  return m == Modality::expected || m == Modality::proposed || m == Modality::hypothetical || m == Modality::alleged;
}

std::optional<Change> modality_change(Modality a, Modality b) {
  if (a == b) return std::nullopt;
  std::string kind = "changed";
  if (tentative(a) && b == Modality::occurred) kind = "realized";
  else if (a == Modality::occurred && tentative(b)) kind = "unrealized";
  return Change{"modality", kind, std::string(to_string(a)), std::string(to_string(b)), ""};
}

std::string type_text(const EventType& t) {
  if (!t.cameo) return t.label.empty() ? "(no CAMEO type)" : t.label + " (no CAMEO type)";
  return t.label.empty() ? *t.cameo : *t.cameo + " " + t.label;
}

std::optional<Change> type_change(const EventType& a, const EventType& b) {
  if (a.cameo != b.cameo) {
    std::string kind = "changed";
    if (a.cameo && b.cameo && b.cameo->starts_with(*a.cameo)) kind = "refined";
    else if (a.cameo && b.cameo && a.cameo->starts_with(*b.cameo)) kind = "coarsened";
    return Change{"type", kind, type_text(a), type_text(b), ""};
  }
  if (!a.cameo && a.label != b.label) return Change{"type", "changed", type_text(a), type_text(b), ""};
  return std::nullopt;
}

// Who an actor is, for comparison: its country when known (names vary across outlets:
// "Clinton", "President Bill Clinton"), else its name in lower case.
std::set<std::string> actor_keys(const std::vector<Actor>& actors) {
  std::set<std::string> out;
  for (const Actor& a : actors) {
    if (a.country) {
      out.insert(*a.country);
    } else {
      std::string n;
      for (char c : a.name) n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      if (!n.empty()) out.insert(n);
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::optional<Change> actors_change(const std::vector<Actor>& a, const std::vector<Actor>& b) {
  const auto ka = actor_keys(a), kb = actor_keys(b);
  if (ka == kb) return std::nullopt;
  std::vector<std::string> only_a, only_b;
  std::set_difference(ka.begin(), ka.end(), kb.begin(), kb.end(), std::back_inserter(only_a));
  std::set_difference(kb.begin(), kb.end(), ka.begin(), ka.end(), std::back_inserter(only_b));
  std::string detail;
  if (!only_a.empty()) detail += "only a: " + joined(only_a);
  if (!only_b.empty()) detail += (detail.empty() ? "" : "; ") + std::string("only b: ") + joined(only_b);
  return Change{"actors", "changed", diff::actors_list(a), diff::actors_list(b), detail};
}

// A link as a fact about an ordered pair of events: responds_to is causes the other way round
// and simultaneous has no direction, as the scorer reads them.
using LinkKey = std::tuple<std::string, std::size_t, std::size_t>;

LinkKey link_key(Relation r, std::size_t from, std::size_t to) {
  if (r == Relation::responds_to) return {"causes", to, from};
  if (r == Relation::simultaneous) return {"simultaneous", std::min(from, to), std::max(from, to)};
  return {std::string(to_string(r)), from, to};
}

// The links of a timeline whose both ends are aligned, in pair numbers, each with the link.
std::map<LinkKey, const Link*> aligned_links(const Timeline& t, const std::map<std::size_t, std::size_t>& pair_of) {
  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < t.events.size(); ++i) index_of.emplace(t.events[i].id, i);
  std::map<LinkKey, const Link*> out;
  for (const Link& l : t.links) {
    auto f = index_of.find(l.from), to = index_of.find(l.to);
    if (f == index_of.end() || to == index_of.end()) continue;
    auto pf = pair_of.find(f->second), pt = pair_of.find(to->second);
    if (pf == pair_of.end() || pt == pair_of.end()) continue;
    out.emplace(link_key(l.relation, pf->second, pt->second), &l);
  }
  return out;
}

}  // namespace

bool TimelineDiff::same() const {
  return only_a.empty() && only_b.empty() &&
         std::all_of(matched.begin(), matched.end(), [](const DiffPair& p) { return p.changes.empty(); });
}

std::vector<Change> event_changes(const Event& a, const Event& b) {
  std::vector<Change> out;
  for (auto c : {date_change(a.when, b.when), modality_change(a.modality, b.modality), type_change(a.type, b.type),
                 actors_change(a.actors, b.actors)})
    if (c) out.push_back(std::move(*c));
  return out;
}

TimelineDiff diff_timelines(const Timeline& a, const Timeline& b, const AlignOptions& options) {
  const std::vector<AlignedPair> aligned = align_events(a, b, options);
  TimelineDiff d;
  // Pairs in a's chronological order, one-sided events in their own side's.
  std::vector<std::size_t> rank_a(a.events.size()), rank_b(b.events.size());
  {
    const auto oa = chronological_order(a), ob = chronological_order(b);
    for (std::size_t r = 0; r < oa.size(); ++r) rank_a[oa[r]] = r;
    for (std::size_t r = 0; r < ob.size(); ++r) rank_b[ob[r]] = r;
  }
  std::vector<bool> in_a(a.events.size()), in_b(b.events.size());
  for (const AlignedPair& p : aligned) {
    in_a[p.a] = in_b[p.b] = true;
    d.matched.push_back({p.a, p.b, p.score, p.same_mention, event_changes(a.events[p.a], b.events[p.b])});
  }
  std::sort(d.matched.begin(), d.matched.end(),
            [&](const DiffPair& x, const DiffPair& y) { return rank_a[x.a] < rank_a[y.a]; });
  for (std::size_t i = 0; i < a.events.size(); ++i)
    if (!in_a[i]) d.only_a.push_back(i);
  for (std::size_t j = 0; j < b.events.size(); ++j)
    if (!in_b[j]) d.only_b.push_back(j);
  std::sort(d.only_a.begin(), d.only_a.end(), [&](std::size_t x, std::size_t y) { return rank_a[x] < rank_a[y]; });
  std::sort(d.only_b.begin(), d.only_b.end(), [&](std::size_t x, std::size_t y) { return rank_b[x] < rank_b[y]; });

  // Links between aligned events that one side has and the other does not, on the pair of
  // the link's source event.
  std::map<std::size_t, std::size_t> pair_of_a, pair_of_b;  // event index -> pair number
  for (std::size_t k = 0; k < d.matched.size(); ++k) {
    pair_of_a[d.matched[k].a] = k;
    pair_of_b[d.matched[k].b] = k;
  }
  const auto la = aligned_links(a, pair_of_a), lb = aligned_links(b, pair_of_b);
  std::map<std::string, std::size_t> index_a, index_b;
  for (std::size_t i = 0; i < a.events.size(); ++i) index_a.emplace(a.events[i].id, i);
  for (std::size_t j = 0; j < b.events.size(); ++j) index_b.emplace(b.events[j].id, j);
  auto one_sided = [&](const std::map<LinkKey, const Link*>& mine, const std::map<LinkKey, const Link*>& other,
                       bool side_a) {
    for (const auto& [key, link] : mine) {
      if (other.count(key)) continue;
      const Timeline& t = side_a ? a : b;
      const auto& pair_of = side_a ? pair_of_a : pair_of_b;
      const auto& index_of = side_a ? index_a : index_b;
      const std::size_t from = index_of.at(link->from), to = index_of.at(link->to);
      const std::string what = std::string(to_string(link->relation)) + " " + link->to;
      Change c{"link", side_a ? "only_a" : "only_b", side_a ? what : "", side_a ? "" : what,
               t.events[to].summary};
      d.matched[pair_of.at(from)].changes.push_back(std::move(c));
    }
  };
  one_sided(la, lb, true);
  one_sided(lb, la, false);
  return d;
}

}  // namespace dateline
