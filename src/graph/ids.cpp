// Stable event ids: a hash of what the event is (type, first mention's document fingerprint
// and trigger offsets), not of where it sits in the list, so that reordering the inputs or
// adding other documents does not change them.
#include <dateline/graph.hpp>

#include "common/sha256.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace dateline {

void assign_ids(Timeline& t) {
  std::map<std::string, std::string> doc_sha;
  for (const auto& d : t.documents) doc_sha[d.id] = d.sha256;
  std::map<std::string, std::string> renamed;
  std::set<std::string> used;
  for (std::size_t i = 0; i < t.events.size(); ++i) {
    Event& e = t.events[i];
    std::string key = e.type.cameo.value_or("-") + "|" + e.type.label;
    // Sort mention keys so that the id does not depend on mention order.
    std::vector<std::string> mk;
    for (const auto& m : e.mentions) {
      Span s = m.trigger.value_or(m.evidence);
      mk.push_back(doc_sha[m.document] + ":" + std::to_string(s.start) + "-" + std::to_string(s.end));
    }
    std::sort(mk.begin(), mk.end());
    if (!mk.empty()) key += "|" + mk.front();
    std::string id = "ev-" + sha256_hex(key).substr(0, 8);
    for (int salt = 1; used.count(id); ++salt) id = "ev-" + sha256_hex(key + "#" + std::to_string(salt)).substr(0, 8);
    used.insert(id);
    renamed[e.id.empty() ? std::to_string(i) : e.id] = id;
    e.id = id;
  }
  for (auto& l : t.links) {
    if (auto it = renamed.find(l.from); it != renamed.end()) l.from = it->second;
    if (auto it = renamed.find(l.to); it != renamed.end()) l.to = it->second;
  }
}

// A linear extension of the before/causes/responds_to links that otherwise follows the
// dates: Kahn's algorithm taking the smallest date key among the events whose predecessors
// are placed. An undated event borrows the key of the earliest dated event it precedes, so it
// sits just before it rather than at the end. Events in a cycle of links (a contradiction)
// are released by date key once nothing else is ready.
std::vector<std::size_t> chronological_order(const Timeline& t) {
  const std::size_t n = t.events.size();
  const Day far = Day::max();
  using Key = std::tuple<Day, Day, std::string>;
  std::vector<Key> key(n);
  for (std::size_t i = 0; i < n; ++i) {
    const When& w = t.events[i].when;
    key[i] = {w.earliest.value_or(w.latest.value_or(far)), w.latest.value_or(far), t.events[i].id};
  }
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(t.events[i].id, i);
  std::vector<std::vector<std::size_t>> next(n);
  std::vector<std::size_t> indegree(n, 0);
  for (const Link& l : t.links) {
    auto f = index.find(l.from), g = index.find(l.to);
    if (f == index.end() || g == index.end() || f->second == g->second) continue;
    std::size_t a = f->second, b = g->second;  // a comes first
    if (l.relation == Relation::responds_to) std::swap(a, b);
    else if (l.relation != Relation::before && l.relation != Relation::causes) continue;
    next[a].push_back(b);
    ++indegree[b];
  }
  // Undated events take the smallest key among their successors (a few rounds suffice for
  // short chains; each round only lowers keys, so this ends).
  for (std::size_t round = 0; round < 4; ++round)
    for (std::size_t i = 0; i < n; ++i)
      if (!t.events[i].when.earliest && !t.events[i].when.latest)
        for (std::size_t j : next[i])
          if (std::tie(std::get<0>(key[j]), std::get<1>(key[j])) < std::tie(std::get<0>(key[i]), std::get<1>(key[i])))
            key[i] = {std::get<0>(key[j]), std::get<1>(key[j]), std::get<2>(key[i])};
  std::set<std::pair<Key, std::size_t>> ready, waiting;
  for (std::size_t i = 0; i < n; ++i) (indegree[i] == 0 ? ready : waiting).insert({key[i], i});
  std::vector<std::size_t> order;
  order.reserve(n);
  while (order.size() < n) {
    if (ready.empty()) {  // a cycle: release its earliest member
      ready.insert(*waiting.begin());
      waiting.erase(waiting.begin());
    }
    const std::size_t i = ready.begin()->second;
    ready.erase(ready.begin());
    order.push_back(i);
    for (std::size_t j : next[i]) {
      if (indegree[j] == 0) continue;
      if (--indegree[j] == 0 && waiting.erase({key[j], j})) ready.insert({key[j], j});
    }
  }
  return order;
}

}  // namespace dateline
