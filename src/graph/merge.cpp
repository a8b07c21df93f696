// Merging timelines: a canonicalizing function of everything the inputs hold, so that any
// order and grouping of the inputs gives the same timeline, byte for byte.
//
// Documents are keyed by their sha256 and publication date (the same text re-dated by another
// report is another document: its relative dates mean other days) and renumbered in sha256
// order. Every input event is a
// "unit"; units are clustered (same mention => same event; then candidate pairs from
// src/diff/match.cpp taken best score first, in an order fixed by content, never by input
// position). A cluster never holds two different events of one document (one-to-one), and
// every fact it is checked on is one a merged event keeps: its kind, the union of its
// actors' countries, the intersection of its date bounds, its documents and its mentions.
#include <dateline/graph.hpp>
#include <dateline/match.hpp>

#include "common/union_find.hpp"
#include "graph/merge.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

namespace dateline {
namespace {

// Which report of the event wins when reports disagree on modality: the first of these that
// any report gives. A fixed order makes the choice independent of input order.
constexpr std::array<Modality, 6> kModalityPrecedence{Modality::occurred, Modality::alleged, Modality::expected,
                                                      Modality::proposed, Modality::hypothetical, Modality::negated};

constexpr std::string_view kModalityWarning = "modality-disagreement";
constexpr std::string_view kBoundsWarning = "date-contradiction";

std::size_t precedence(Modality m) {
  return static_cast<std::size_t>(std::find(kModalityPrecedence.begin(), kModalityPrecedence.end(), m) -
                                  kModalityPrecedence.begin());
}

std::string doc_identity(const DocumentInfo& d) {
  const std::string published = d.published ? "@" + format_day(*d.published) : "@";
  if (!d.sha256.empty()) return d.sha256 + published;
  return "path:" + d.path.value_or("") + "#" + d.id + published;
}

auto doc_order_key(const DocumentInfo& d) {
  return std::tuple(d.sha256, d.path.value_or(""), d.title.value_or(""), d.source.value_or(""), d.url.value_or(""),
                    d.published ? date::sys_days(*d.published).time_since_epoch().count() : 0,
                    static_cast<int>(d.published_basis), d.id);
}

// Canonical position of a mention: document rank, trigger (or evidence), evidence, text.
using MentionKey = std::tuple<std::size_t, std::size_t, std::size_t, std::size_t, std::size_t, std::string>;

MentionKey mention_key(const Mention& m, std::size_t doc_rank) {
  const Span t = m.trigger.value_or(m.evidence);
  return {doc_rank, t.start, t.end, m.evidence.start, m.evidence.end, m.text};
}

struct Unit {
  Event event;                // mentions rewritten to the output's document ids
  std::vector<std::size_t> ranks;  // document rank of each mention
  std::set<std::size_t> docs;       // document ranks
  MentionKey key;                   // smallest mention key (or a key past every mention)
};

struct Cluster {
  MatchKey match;
  std::set<std::size_t> docs;
};

using detail::UnionFind;

Cluster join(const Cluster& a, const Cluster& b) {
  Cluster c = a;
  c.docs.insert(b.docs.begin(), b.docs.end());
  c.match.countries.insert(b.match.countries.begin(), b.match.countries.end());
  if (b.match.earliest && (!c.match.earliest || *b.match.earliest > *c.match.earliest)) c.match.earliest = b.match.earliest;
  if (b.match.latest && (!c.match.latest || *b.match.latest < *c.match.latest)) c.match.latest = b.match.latest;
  return c;
}

bool disjoint(const std::set<std::size_t>& a, const std::set<std::size_t>& b) {
  return std::none_of(a.begin(), a.end(), [&](std::size_t x) { return b.count(x) > 0; });
}

auto link_key(const Link& l) {
  return std::tuple(l.from, l.to, static_cast<int>(l.relation), l.evidence.has_value(),
                    l.evidence ? l.evidence->document : std::string{}, l.evidence ? l.evidence->span.start : 0,
                    l.evidence ? l.evidence->span.end : 0, l.evidence ? l.evidence->signal : std::string{});
}

// link_key without the evidence span: the links that draw one arrow.
auto link_group(const Link& l) {
  return std::tuple(l.from, l.to, static_cast<int>(l.relation), l.evidence.has_value(),
                    l.evidence ? l.evidence->document : std::string{});
}

auto warning_key(const Warning& w) {
  return std::tuple(w.document.has_value(), w.document.value_or(""), w.span.has_value(),
                    w.span ? w.span->start : 0, w.span ? w.span->end : 0, w.code, w.message);
}

// `owned`: the same vector as `timelines` when the caller gives it up, so that the events
// are moved into the units instead of copied; null otherwise. `shortcut`: skip the candidate
// pairs when every unit reports one and the same document (off: the general path, for tests).
Timeline merge_inputs(const std::vector<Timeline>& timelines, std::vector<Timeline>* owned, bool shortcut) {
  Timeline out;
  // Generator: the greatest version among the inputs, whatever their order.
  for (const auto& t : timelines)
    if (t.generator.version > out.generator.version) out.generator = t.generator;

  // Documents: one per identity, the canonical record of duplicates, numbered in order.
  std::map<std::string, DocumentInfo> docs;
  for (const auto& t : timelines)
    for (const auto& d : t.documents) {
      auto [it, fresh] = docs.emplace(doc_identity(d), d);
      if (!fresh && doc_order_key(d) < doc_order_key(it->second)) it->second = d;
    }
  std::vector<DocumentInfo> ordered;
  for (auto& [id, d] : docs) ordered.push_back(d);
  std::sort(ordered.begin(), ordered.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return doc_order_key(a) < doc_order_key(b); });
  std::map<std::string, std::size_t> rank_of_identity;
  for (std::size_t r = 0; r < ordered.size(); ++r) {
    rank_of_identity[doc_identity(ordered[r])] = r;
    ordered[r].id = "d" + std::to_string(r + 1);
  }
  auto new_doc_id = [&](std::size_t rank) { return "d" + std::to_string(rank + 1); };
  out.documents = ordered;

  // Units, with each input's map from its document ids to ranks.
  std::vector<Unit> units;
  std::size_t event_count = 0;
  for (const auto& t : timelines) event_count += t.events.size();
  units.reserve(event_count);  // a Unit holds an Event: regrowth moved them all (2% of merge)
  std::vector<std::map<std::string, std::size_t>> unit_of_event(timelines.size());
  std::vector<std::map<std::string, std::size_t>> rank_of_doc(timelines.size());
  for (std::size_t i = 0; i < timelines.size(); ++i) {
    const Timeline& t = timelines[i];
    for (const auto& d : t.documents) rank_of_doc[i][d.id] = rank_of_identity.at(doc_identity(d));
    for (std::size_t k = 0; k < t.events.size(); ++k) {
      std::string unit_id = t.events[k].id.empty() ? std::to_string(k) : t.events[k].id;
      Unit u;
      if (owned) u.event = std::move((*owned)[i].events[k]);
      else u.event = t.events[k];
      std::get<0>(u.key) = std::numeric_limits<std::size_t>::max();
      std::get<5>(u.key) = u.event.summary;
      for (Mention& m : u.event.mentions) {
        auto r = rank_of_doc[i].find(m.document);
        // A mention of a document the timeline does not list: keep it, ranked after all.
        const std::size_t rank = r == rank_of_doc[i].end() ? ordered.size() : r->second;
        if (r != rank_of_doc[i].end()) m.document = new_doc_id(rank);
        m.modality = m.modality.value_or(u.event.modality);
        u.docs.insert(rank);
        u.ranks.push_back(rank);
        u.key = std::min(u.key, mention_key(m, rank));
      }
      unit_of_event[i][std::move(unit_id)] = units.size();
      units.push_back(std::move(u));
    }
  }
  // Units in canonical order, so that union-find roots and ties never follow input order.
  std::vector<std::size_t> order(units.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(units[a].key, units[a].event.type.label) < std::tie(units[b].key, units[b].event.type.label);
  });
  std::vector<std::size_t> pos(units.size());
  for (std::size_t p = 0; p < order.size(); ++p) pos[order[p]] = p;

  // Units that all report one and the same document (a one-article build) make no candidate
  // pair: the pairs must come from different documents. Their clusters are then never read.
  const bool one_document = shortcut && std::all_of(units.begin(), units.end(), [&](const Unit& u) {
    return u.docs.size() == 1 && *u.docs.begin() == *units.front().docs.begin();
  });
  UnionFind uf(units.size());  // over canonical positions
  std::vector<Cluster> cluster(one_document ? 0 : units.size());
  if (!one_document)
    for (std::size_t p = 0; p < order.size(); ++p) cluster[p] = {match_key(units[order[p]].event), units[order[p]].docs};

  // The same mention in two inputs (the same document built twice): the same event.
  std::map<std::tuple<std::string, MentionKey>, std::size_t> seen;
  for (std::size_t p = 0; p < order.size(); ++p) {
    const Unit& u = units[order[p]];
    for (std::size_t k = 0; k < u.event.mentions.size(); ++k) {
      auto [it, fresh] = seen.emplace(std::tuple(u.event.type.label, mention_key(u.event.mentions[k], u.ranks[k])), p);
      if (fresh) continue;
      const std::size_t a = uf.find(it->second), b = uf.find(p);
      if (a == b) continue;
      if (one_document) {
        uf.unite(a, b);
        continue;
      }
      Cluster c = join(cluster[a], cluster[b]);
      cluster[uf.unite(a, b)] = std::move(c);
    }
  }

  // Candidate pairs of reports from different documents, best first; ties by position.
  std::map<std::string, std::vector<std::size_t>> by_kind;
  for (std::size_t p = 0; p < order.size() && !one_document; ++p) by_kind[match_key(units[order[p]].event).kind].push_back(p);
  std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
  for (const auto& [kind, members] : by_kind)
    for (std::size_t x = 0; x < members.size(); ++x)
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        const Unit& a = units[order[members[x]]];
        const Unit& b = units[order[members[y]]];
        if (!disjoint(a.docs, b.docs)) continue;
        if (auto s = match_score(a.event, b.event)) candidates.emplace_back(*s, members[x], members[y]);
      }
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
  });
  for (const auto& [score, p, q] : candidates) {
    const std::size_t a = uf.find(p), b = uf.find(q);
    if (a == b || !disjoint(cluster[a].docs, cluster[b].docs) || !compatible(cluster[a].match, cluster[b].match))
      continue;
    Cluster c = join(cluster[a], cluster[b]);
    cluster[uf.unite(a, b)] = std::move(c);
  }

  // One event per cluster, clusters in the order of their first unit.
  std::map<std::size_t, std::vector<std::size_t>> members;  // root position -> positions
  for (std::size_t p = 0; p < order.size(); ++p) members[uf.find(p)].push_back(p);
  std::map<std::size_t, std::string> temp_id;  // root position -> temporary id
  std::vector<std::pair<std::size_t, std::string>> bound_conflicts;  // event index, the empty range
  for (const auto& [root, ps] : members) {
    const Unit& rep = units[order[ps.front()]];
    Event e = rep.event;
    e.mentions.clear();
    e.actors.clear();
    std::set<std::tuple<MentionKey, std::string, std::size_t>> seen_mentions;
    std::vector<std::pair<MentionKey, Mention>> mentions;
    std::set<std::tuple<int, std::string, std::string, int>> seen_actors;
    std::size_t best = kModalityPrecedence.size();
    // Bounds: the intersection of the reports' bounds; their hull (outermost bounds) if they
    // have none in common, with a warning, so that no event leaves with earliest > latest.
    std::optional<Day> hull_earliest = e.when.earliest, hull_latest = e.when.latest;
    bool earliest_open = false, latest_open = false;
    for (std::size_t p : ps) {
      const Unit& u = units[order[p]];
      if (u.event.when.earliest && (!e.when.earliest || *u.event.when.earliest > *e.when.earliest))
        e.when.earliest = u.event.when.earliest;
      if (u.event.when.latest && (!e.when.latest || *u.event.when.latest < *e.when.latest))
        e.when.latest = u.event.when.latest;
      earliest_open = earliest_open || !u.event.when.earliest;
      latest_open = latest_open || !u.event.when.latest;
      if (u.event.when.earliest && (!hull_earliest || *u.event.when.earliest < *hull_earliest))
        hull_earliest = u.event.when.earliest;
      if (u.event.when.latest && (!hull_latest || *u.event.when.latest > *hull_latest))
        hull_latest = u.event.when.latest;
      for (const Actor& a : u.event.actors)
        if (seen_actors.emplace(static_cast<int>(a.role), a.name, a.country.value_or(""), static_cast<int>(a.kind)).second)
          e.actors.push_back(a);
      for (std::size_t k = 0; k < u.event.mentions.size(); ++k) {
        const Mention& m = u.event.mentions[k];
        MentionKey key = mention_key(m, u.ranks[k]);
        best = std::min(best, precedence(*m.modality));
        if (seen_mentions.emplace(key, m.document, precedence(*m.modality)).second) mentions.emplace_back(key, m);
      }
    }
    e.modality = kModalityPrecedence[best];
    if (e.when.earliest && e.when.latest && *e.when.earliest > *e.when.latest) {
      const std::string said = format_day(*e.when.earliest) + " > " + format_day(*e.when.latest);
      e.when.earliest = earliest_open ? std::nullopt : hull_earliest;
      e.when.latest = latest_open ? std::nullopt : hull_latest;
      bound_conflicts.emplace_back(out.events.size(), said);
    }
    std::sort(mentions.begin(), mentions.end(), [](const auto& x, const auto& y) {
      return std::tuple(x.first, x.second.document, precedence(*x.second.modality)) <
             std::tuple(y.first, y.second.document, precedence(*y.second.modality));
    });
    for (auto& [k, m] : mentions) {
      if (*m.modality == e.modality) m.modality.reset();
      e.mentions.push_back(std::move(m));
    }
    std::sort(e.actors.begin(), e.actors.end(), [](const Actor& x, const Actor& y) {
      return std::tuple(static_cast<int>(x.role), x.name, x.country.value_or(""), static_cast<int>(x.kind)) <
             std::tuple(static_cast<int>(y.role), y.name, y.country.value_or(""), static_cast<int>(y.kind));
    });
    e.id = "#" + std::to_string(out.events.size());
    temp_id[root] = e.id;
    out.events.push_back(std::move(e));
  }

  // Links: ends remapped, evidence documents renumbered; self-links of merged events dropped.
  for (std::size_t i = 0; i < timelines.size(); ++i) {
    for (Link l : timelines[i].links) {
      auto f = unit_of_event[i].find(l.from), t = unit_of_event[i].find(l.to);
      if (f == unit_of_event[i].end() || t == unit_of_event[i].end()) continue;
      l.from = temp_id.at(uf.find(pos[f->second]));
      l.to = temp_id.at(uf.find(pos[t->second]));
      if (l.from == l.to) continue;
      if (l.evidence)
        if (auto r = rank_of_doc[i].find(l.evidence->document); r != rank_of_doc[i].end())
          l.evidence->document = new_doc_id(r->second);
      out.links.push_back(std::move(l));
    }
  }
  assign_ids(out);
  std::sort(out.links.begin(), out.links.end(), [](const Link& a, const Link& b) { return link_key(a) < link_key(b); });
  // One link per relation between two events and per document: two mentions of one event
  // ("summoned the ambassador to protest against the raid") each linked to the same other
  // event would draw the same arrow twice. The first evidence in the text stays (the sort
  // puts it first), which keeps the merge associative.
  out.links.erase(std::unique(out.links.begin(), out.links.end(),
                              [](const Link& a, const Link& b) { return link_group(a) == link_group(b); }),
                  out.links.end());

  // Warnings: documents renumbered; merge's own warnings are made afresh from the mentions.
  for (std::size_t i = 0; i < timelines.size(); ++i)
    for (Warning w : timelines[i].warnings) {
      if (w.code == kModalityWarning) continue;
      if (w.document)
        if (auto r = rank_of_doc[i].find(*w.document); r != rank_of_doc[i].end()) w.document = new_doc_id(r->second);
      out.warnings.push_back(std::move(w));
    }
  for (const Event& e : out.events) {
    std::string reports;
    bool disagree = false;
    for (const Mention& m : e.mentions) {
      disagree = disagree || m.modality.has_value();
      reports += (reports.empty() ? "" : "; ") + m.document + ": " + std::string(to_string(m.modality.value_or(e.modality)));
    }
    if (!disagree) continue;
    const Mention& first = e.mentions.front();
    out.warnings.push_back({std::string(kModalityWarning),
                            e.id + " \"" + e.summary + "\": reports disagree on its modality (" + reports +
                                "); kept as " + std::string(to_string(e.modality)),
                            first.document, first.trigger.value_or(first.evidence)});
  }
  for (const auto& [index, range] : bound_conflicts) {
    const Event& e = out.events[index];
    const Mention& first = e.mentions.front();
    out.warnings.push_back({std::string(kBoundsWarning),
                            e.id + " \"" + e.summary + "\": reports give dates with nothing in common (" + range +
                                "); kept the range that holds them all",
                            first.document, first.trigger.value_or(first.evidence)});
  }
  std::sort(out.warnings.begin(), out.warnings.end(),
            [](const Warning& a, const Warning& b) { return warning_key(a) < warning_key(b); });
  out.warnings.erase(std::unique(out.warnings.begin(), out.warnings.end(),
                                 [](const Warning& a, const Warning& b) { return warning_key(a) == warning_key(b); }),
                     out.warnings.end());
  return out;
}

}  // namespace

Timeline merge(const std::vector<Timeline>& timelines) { return merge_inputs(timelines, nullptr, true); }

Timeline merge(std::vector<Timeline>&& timelines) { return merge_inputs(timelines, &timelines, true); }

Timeline detail::merge_general(const std::vector<Timeline>& timelines) { return merge_inputs(timelines, nullptr, false); }

}  // namespace dateline
