// Date reasoning: a simple temporal network over every event's start and end, solved with
// Boost.Graph's Bellman-Ford.
//
// Variables are points in time measured in days since 1970-01-01, scaled by `scale` so that a
// strict "before" can cost one tick (1/scale of a day): two events may share a day and still
// be ordered, yet a cycle of "before" links is a negative cycle, hence a contradiction. Day
// bounds cover a whole day: "on day D" is start >= D*scale and end <= D*scale + scale - 1.
//
// A constraint x_v - x_u <= w is an edge u -> v of weight w. Shortest distances from the zero
// node bound every point from above (latest); on the reversed graph, from below (earliest).
// A negative cycle is a contradiction: it is reported, its weakest constraint dropped, and the
// network solved again.
#include <dateline/graph.hpp>

#include "common/embedded.hpp"
#include "graph/reason.hpp"
#include "common/tsv.hpp"

// GCC's -Wmaybe-uninitialized misfires inside Boost.Graph's edge iterator (a
// boost::optional it fills before use); the warning is about Boost's code, not this file's.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bellman_ford_shortest_paths.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace dateline {
namespace {

using Ticks = long long;
constexpr Ticks kInf = std::numeric_limits<Ticks>::max() / 4;

// How much a constraint is believed, weakest first: the order in which contradictions drop
// them. Structural constraints (start <= end) are never dropped.
enum class Strength { inferred_link = 1, signal_link, tense, date, explicit_date, structural };

std::string_view strength_name(Strength s) {
  switch (s) {
    case Strength::inferred_link: return "inferred link";
    case Strength::signal_link: return "link";
    case Strength::tense: return "tense";
    case Strength::date: return "date";
    case Strength::explicit_date: return "explicit date";
    case Strength::structural: return "structure";
  }
  return "";
}

// What a constraint stands for, enough to word it (what_of) if a warning names it: most
// documents have no contradiction, and wording every constraint up front (ids, summaries,
// days) was a third of the reasoning's instructions.
struct Why {
  enum class Kind : std::uint8_t { extent, on_or_after, on_or_before, tense, link };
  Kind kind = Kind::extent;
  std::size_t event = 0;  // the event; a link's `from` event
  std::size_t item = 0;   // tense: the mention; link: the link
  std::size_t other = 0;  // link: its `to` event
  Modality modality = Modality::occurred;  // tense: as reported
  Day published{};                          // tense: the reporting document's date
};

struct Constraint {
  std::size_t from = 0, to = 0;  // x_to - x_from <= weight
  Ticks weight = 0;
  Strength strength = Strength::structural;
  Why why;  // for warnings: "ev-1 \"...\" before ev-2 \"...\" (signal \"after\", d1 10-60)"
  std::optional<std::string> document;
  std::optional<Span> span;
};

struct EdgeProp {
  Ticks weight = 0;
  std::size_t constraint = 0;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeProp>;
using EdgeDesc = boost::graph_traits<Graph>::edge_descriptor;

// Records the constraint of the edge that last lowered each vertex's distance.
struct PredecessorEdges : boost::base_visitor<PredecessorEdges> {
  using event_filter = boost::on_edge_relaxed;
  std::vector<std::size_t>* pred;
  explicit PredecessorEdges(std::vector<std::size_t>* p) : pred(p) {}
  void operator()(EdgeDesc e, const Graph& g) const { (*pred)[boost::target(e, g)] = g[e].constraint; }
};

Ticks floor_div(Ticks a, Ticks b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

const std::map<std::string, long, std::less<>>& count_words() {
  static const auto table = [] {
    std::map<std::string, long, std::less<>> m;
    if (auto data = embedded::file("graph/counts.tsv"))
      tsv::for_each_row(*data, true, [&](const auto& f) {
        if (f.size() >= 2) m.emplace(std::string(f[0]), std::stol(std::string(f[1])));
      });
    return m;
  }();
  return table;
}

// "three days after" / "2 weeks before": the offset in days between the ends' starts.
std::optional<long> signal_offset(std::string_view signal) {
  std::vector<std::string> words;
  std::string w;
  for (char c : signal) {
    if (c == ' ') {
      if (!w.empty()) words.push_back(std::move(w)), w.clear();
    } else {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  if (words.size() < 3) return std::nullopt;
  long n = 0;
  if (std::all_of(words[0].begin(), words[0].end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (words[0].size() > 5) return std::nullopt;
    n = std::stol(words[0]);
  } else if (auto it = count_words().find(words[0]); it != count_words().end()) {
    n = it->second;
  } else {
    return std::nullopt;
  }
  if (words[1] == "day" || words[1] == "days") return n;
  if (words[1] == "week" || words[1] == "weeks") return 7 * n;
  return std::nullopt;
}

class Network {
 public:
  // `general`: Boost's Bellman-Ford for every question, as before the flat fast path (tests).
  explicit Network(std::size_t events, bool general = false) : nodes_(1 + 2 * events), general_(general) {
    constraints_.reserve(4 * events);  // one to five an event (order, bounds, tense) plus links: no regrowth for most
  }
  static std::size_t zero() { return 0; }
  static std::size_t start(std::size_t e) { return 1 + 2 * e; }
  static std::size_t end(std::size_t e) { return 2 + 2 * e; }
  std::size_t nodes() const { return nodes_; }

  void add(Constraint c) { constraints_.push_back(std::move(c)); }
  std::vector<Constraint>& constraints() { return constraints_; }

  // None when the active constraints are consistent; else the constraints (indices) of a
  // negative cycle, or every active one if the cycle could not be isolated.
  std::optional<std::vector<std::size_t>> negative_cycle(const std::vector<bool>& active) const {
    if (!general_ && consistent(active)) return std::nullopt;  // the usual case: no Boost graph
    const std::size_t source = nodes_;  // a super source reaching every node
    Graph g(nodes_ + 1);
    for (std::size_t i = 0; i < constraints_.size(); ++i)
      if (active[i]) boost::add_edge(constraints_[i].from, constraints_[i].to, EdgeProp{constraints_[i].weight, i}, g);
    const std::size_t no_constraint = constraints_.size();
    for (std::size_t v = 0; v < nodes_; ++v) boost::add_edge(source, v, EdgeProp{0, no_constraint}, g);
    std::vector<Ticks> dist(nodes_ + 1, kInf);
    std::vector<std::size_t> pred_vertex(nodes_ + 1);
    std::vector<std::size_t> pred_edge(nodes_ + 1, no_constraint);
    dist[source] = 0;
    for (std::size_t v = 0; v <= nodes_; ++v) pred_vertex[v] = v;
    const bool ok = boost::bellman_ford_shortest_paths(
        g, nodes_ + 1,
        boost::weight_map(boost::get(&EdgeProp::weight, g))
            .distance_map(dist.data())
            .predecessor_map(pred_vertex.data())
            .distance_inf(kInf)
            .distance_combine(boost::closed_plus<Ticks>(kInf))
            .distance_compare(std::less<Ticks>())
            .visitor(boost::make_bellman_visitor(PredecessorEdges(&pred_edge))));
    if (ok) return std::nullopt;
    // A vertex still relaxable lies on or behind a negative cycle: walking back through the
    // predecessor edges as many steps as there are vertices lands on the cycle.
    for (auto [it, stop] = boost::edges(g); it != stop; ++it) {
      const std::size_t u = boost::source(*it, g), v = boost::target(*it, g);
      if (dist[u] == kInf || dist[u] + g[*it].weight >= dist[v]) continue;
      std::size_t x = v;
      bool lost = false;
      for (std::size_t step = 0; step <= nodes_ && !lost; ++step) {
        lost = pred_edge[x] == no_constraint;
        if (!lost) x = constraints_[pred_edge[x]].from;
      }
      std::vector<std::size_t> cycle;
      for (std::size_t y = x; !lost;) {
        lost = pred_edge[y] == no_constraint || cycle.size() > nodes_;
        if (lost) break;
        cycle.push_back(pred_edge[y]);
        y = constraints_[pred_edge[y]].from;
        if (y == x) break;
      }
      if (lost) continue;
      std::reverse(cycle.begin(), cycle.end());
      return cycle;
    }
    std::vector<std::size_t> all;
    for (std::size_t i = 0; i < constraints_.size(); ++i)
      if (active[i]) all.push_back(i);
    return all;
  }

  // Whether the active constraints have no negative cycle: Bellman-Ford over the constraint
  // list itself, every node at distance 0 as if from negative_cycle's super source. It answers
  // what Boost's run answers (a negative cycle exists or not); only a cycle, to be reported,
  // needs the Boost graph and its predecessors.
  bool consistent(const std::vector<bool>& active) const {
    std::vector<Ticks> dist(nodes_, 0);
    for (std::size_t round = 0; round <= nodes_; ++round) {  // nodes_ + 1 vertices with the source
      bool changed = false;
      for (std::size_t i = 0; i < constraints_.size(); ++i) {
        if (!active[i]) continue;
        const Constraint& c = constraints_[i];
        if (dist[c.from] + c.weight < dist[c.to]) {
          dist[c.to] = dist[c.from] + c.weight;
          changed = true;
        }
      }
      if (!changed) return true;
    }
    return false;
  }

  // Shortest distances from the zero node over the active constraints, forwards or reversed,
  // by Bellman-Ford over the constraint list (called only when they are consistent, so the
  // distances are unique: the same as Boost's bellman_ford_shortest_paths gave, see
  // distances_by_boost and tests/unit/fast_path_test.cpp).
  std::vector<Ticks> distances(const std::vector<bool>& active, bool reversed) const {
    if (general_) return distances_by_boost(active, reversed);
    std::vector<Ticks> dist(nodes_, kInf);
    dist[zero()] = 0;
    for (std::size_t round = 0; round < nodes_; ++round) {
      bool changed = false;
      for (std::size_t i = 0; i < constraints_.size(); ++i) {
        if (!active[i]) continue;
        const Constraint& c = constraints_[i];
        const std::size_t u = reversed ? c.to : c.from, v = reversed ? c.from : c.to;
        if (dist[u] != kInf && dist[u] + c.weight < dist[v]) {
          dist[v] = dist[u] + c.weight;
          changed = true;
        }
      }
      if (!changed) break;
    }
    return dist;
  }

  std::vector<Ticks> distances_by_boost(const std::vector<bool>& active, bool reversed) const {
    Graph g(nodes_);
    for (std::size_t i = 0; i < constraints_.size(); ++i) {
      if (!active[i]) continue;
      const auto& c = constraints_[i];
      if (reversed) boost::add_edge(c.to, c.from, EdgeProp{c.weight, i}, g);
      else boost::add_edge(c.from, c.to, EdgeProp{c.weight, i}, g);
    }
    std::vector<Ticks> dist(nodes_, kInf);
    std::vector<std::size_t> pred(nodes_);
    for (std::size_t v = 0; v < nodes_; ++v) pred[v] = v;
    dist[zero()] = 0;
    boost::bellman_ford_shortest_paths(g, nodes_,
                                       boost::weight_map(boost::get(&EdgeProp::weight, g))
                                           .distance_map(dist.data())
                                           .predecessor_map(pred.data())
                                           .distance_inf(kInf)
                                           .distance_combine(boost::closed_plus<Ticks>(kInf))
                                           .distance_compare(std::less<Ticks>()));
    return dist;
  }

 private:
  std::size_t nodes_;
  bool general_ = false;
  std::vector<Constraint> constraints_;
};

std::string describe(const Event& e) { return e.id + " \"" + e.summary + "\""; }

std::string where(const std::optional<std::string>& doc, const std::optional<Span>& span) {
  if (!doc) return "";
  std::string s = *doc;
  if (span) s += " bytes " + std::to_string(span->start) + "-" + std::to_string(span->end);
  return s;
}

// The words of a constraint in a warning, from the timeline it was made from (unchanged until
// the warnings are written).
std::string what_of(const Timeline& t, const Why& w) {
  const Event& e = t.events[w.event];
  const std::string date_text = e.when.text ? " (\"" + *e.when.text + "\")" : "";
  switch (w.kind) {
    case Why::Kind::extent: return describe(e) + " starts before it ends";
    case Why::Kind::on_or_after: return describe(e) + " on or after " + format_day(*e.when.earliest) + date_text;
    case Why::Kind::on_or_before: return describe(e) + " on or before " + format_day(*e.when.latest) + date_text;
    case Why::Kind::tense:
      return describe(e) + " reported as " + std::string(to_string(w.modality)) + " by " + e.mentions[w.item].document +
             " published " + format_day(w.published);
    case Why::Kind::link: break;
  }
  const Link& l = t.links[w.item];
  std::string what = describe(e) + " " + std::string(to_string(l.relation)) + " " + describe(t.events[w.other]);
  what += l.evidence ? " (signal \"" + l.evidence->signal + "\", " + where(l.evidence->document, l.evidence->span) + ")"
                     : " (inferred)";
  return what;
}

}  // namespace

static void reason(Timeline& t, bool general) {
  const std::size_t n = t.events.size();
  if (n == 0) return;
  // Enough ticks per day that a chain of strict links through every constraint stays within
  // one day.
  const Ticks scale = 2 * static_cast<Ticks>(n + t.links.size()) + 4;
  const auto day_ticks = [&](Day d) { return static_cast<Ticks>(d.time_since_epoch().count()) * scale; };
  Network net(n, general);
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index[t.events[i].id] = i;
  std::map<std::string, const DocumentInfo*> docs;
  for (const auto& d : t.documents) docs[d.id] = &d;

  for (std::size_t i = 0; i < n; ++i) {
    const Event& e = t.events[i];
    net.add({Network::end(i), Network::start(i), 0, Strength::structural, {Why::Kind::extent, i}, {}, {}});
    const Strength date_strength = e.when.basis == DateBasis::explicit_date ? Strength::explicit_date : Strength::date;
    const std::optional<std::string> doc =
        e.mentions.empty() ? std::nullopt : std::optional<std::string>(e.mentions.front().document);
    const std::optional<Span> span =
        e.mentions.empty() ? std::nullopt : std::optional<Span>(e.mentions.front().trigger.value_or(e.mentions.front().evidence));
    if (e.when.earliest)
      net.add({Network::start(i), Network::zero(), -day_ticks(*e.when.earliest), date_strength,
               {Why::Kind::on_or_after, i}, doc, span});
    if (e.when.latest)
      net.add({Network::zero(), Network::end(i), day_ticks(*e.when.latest) + scale - 1, date_strength,
               {Why::Kind::on_or_before, i}, doc, span});
    // Tense: what a document reports as having happened happened by its publication; what
    // it expects or proposes has not started before it.
    std::set<std::string> done;
    for (std::size_t k = 0; k < e.mentions.size(); ++k) {
      const Mention& m = e.mentions[k];
      auto d = docs.find(m.document);
      if (d == docs.end() || !d->second->published || !done.insert(m.document).second) continue;
      const Day dct{*d->second->published};
      const Modality mod = m.modality.value_or(e.modality);
      const Span s = m.trigger.value_or(m.evidence);
      if (mod == Modality::occurred || mod == Modality::alleged)
        net.add({Network::zero(), Network::end(i), day_ticks(dct) + scale - 1, Strength::tense,
                 {Why::Kind::tense, i, k, 0, mod, dct}, m.document, s});
      else if (mod == Modality::expected || mod == Modality::proposed)
        net.add({Network::start(i), Network::zero(), -day_ticks(dct), Strength::tense,
                 {Why::Kind::tense, i, k, 0, mod, dct}, m.document, s});
    }
  }
  for (std::size_t li = 0; li < t.links.size(); ++li) {
    const Link& l = t.links[li];
    auto f = index.find(l.from), g = index.find(l.to);
    if (f == index.end() || g == index.end()) continue;
    const std::size_t a = f->second, b = g->second;
    const Strength st = l.evidence ? Strength::signal_link : Strength::inferred_link;
    const Why what{Why::Kind::link, a, li, b};
    const auto doc = l.evidence ? std::optional<std::string>(l.evidence->document) : std::nullopt;
    const auto span = l.evidence ? std::optional<Span>(l.evidence->span) : std::nullopt;
    auto add = [&](std::size_t u, std::size_t v, Ticks w) { net.add({u, v, w, st, what, doc, span}); };
    using N = Network;
    switch (l.relation) {
      case Relation::before:  // end(a) < start(b), by at least a tick
        add(N::start(b), N::end(a), -1);
        break;
      case Relation::simultaneous:
        add(N::start(a), N::start(b), 0), add(N::start(b), N::start(a), 0);
        add(N::end(a), N::end(b), 0), add(N::end(b), N::end(a), 0);
        break;
      case Relation::includes:  // start(a) <= start(b), end(b) <= end(a)
        add(N::start(b), N::start(a), 0), add(N::end(a), N::end(b), 0);
        break;
      case Relation::causes:  // the cause starts first
        add(N::start(b), N::start(a), 0);
        break;
      case Relation::responds_to:  // the response starts after what it answers
        add(N::start(a), N::start(b), 0);
        break;
      case Relation::denies:  // a denial may come before or after the claim it denies
        break;
    }
    if (l.evidence && (l.relation == Relation::before || l.relation == Relation::responds_to)) {
      if (auto days = signal_offset(l.evidence->signal)) {
        // "three days after": the later event is a moment exactly that many days after the
        // other starts, so it falls on the day that many days later.
        const std::size_t first = l.relation == Relation::before ? a : b, second = first == a ? b : a;
        add(N::start(first), N::start(second), *days * scale);
        add(N::start(second), N::start(first), -*days * scale);
        add(N::start(second), N::end(second), 0);
      }
    }
  }

  auto& cs = net.constraints();
  std::vector<bool> active(cs.size(), true);
  for (std::size_t round = 0; round <= cs.size(); ++round) {
    const auto found = net.negative_cycle(active);
    if (!found) break;
    const std::vector<std::size_t>& cycle = *found;
    // The weakest constraint of the cycle goes; among equals, the one added last.
    std::size_t drop = cycle.front();
    for (std::size_t c : cycle)
      if (cs[drop].strength == Strength::structural) drop = c;
    for (std::size_t c : cycle)
      if (cs[c].strength < cs[drop].strength || (cs[c].strength == cs[drop].strength && c > drop)) drop = c;
    if (cs[drop].strength == Strength::structural) break;  // structure alone is always consistent
    std::string msg = "contradictory dates: ";
    std::set<std::size_t> listed;
    for (std::size_t c : cycle) {
      if (cs[c].strength == Strength::structural || !listed.insert(c).second) continue;
      if (listed.size() > 1) msg += "; ";
      msg += what_of(t, cs[c].why) + " [" + std::string(strength_name(cs[c].strength)) + "]";
    }
    msg += ". Dropped: " + what_of(t, cs[drop].why);
    t.warnings.push_back({"date-contradiction", msg, cs[drop].document, cs[drop].span});
    active[drop] = false;
  }
  if (net.negative_cycle(active)) return;  // could not make it consistent: change nothing

  const auto upper = net.distances(active, false);  // x_v <= upper[v]
  const auto lower = net.distances(active, true);   // x_v >= -lower[v]
  for (std::size_t i = 0; i < n; ++i) {
    Event& e = t.events[i];
    std::optional<Day> earliest = e.when.earliest, latest = e.when.latest;
    std::optional<Day> net_earliest, net_latest;  // what the consistent network alone says
    if (lower[Network::start(i)] < kInf) {
      const Day d{date::days{floor_div(-lower[Network::start(i)], scale)}};
      net_earliest = d;
      if (!earliest || d > *earliest) earliest = d;
    }
    if (upper[Network::end(i)] < kInf) {
      const Day d{date::days{floor_div(upper[Network::end(i)], scale)}};
      net_latest = d;
      if (!latest || d < *latest) latest = d;
    }
    if (earliest && latest && *earliest > *latest) {
      const bool own_consistent = !e.when.earliest || !e.when.latest || *e.when.earliest <= *e.when.latest;
      // An event whose own bound was dropped as contradictory keeps what it said...
      if (own_consistent) continue;
      // ...unless what it said is itself an empty range (bounds from two reports): then the
      // network's bounds, consistent once the contradiction was dropped, replace it.
      earliest = net_earliest;
      latest = net_latest;
    }
    const bool had_none = !e.when.earliest && !e.when.latest;
    if (earliest == e.when.earliest && latest == e.when.latest) continue;
    e.when.earliest = earliest;
    e.when.latest = latest;
    if (had_none || e.when.basis == DateBasis::unknown) e.when.basis = DateBasis::inferred;
    if (!e.when.value && earliest && earliest == latest) {
      e.when.value = format_day(*earliest);
      e.when.precision = Precision::day;
    }
  }
}

void reason_dates(Timeline& t) { reason(t, false); }

void detail::reason_dates_general(Timeline& t) { reason(t, true); }

}  // namespace dateline
