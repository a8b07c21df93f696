// Stable event ids: a hash of what the event is (type, first mention's document fingerprint
// and trigger offsets), not of where it sits in the list, so that reordering the inputs or
// adding other documents does not change them.
#include <dateline/graph.hpp>

#include "common/sha256.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

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

std::vector<std::size_t> chronological_order(const Timeline& t) {
  std::vector<std::size_t> order(t.events.size());
  std::iota(order.begin(), order.end(), 0);
  auto key = [&](std::size_t i) {
    const When& w = t.events[i].when;
    const Day far = Day::max();
    return std::tuple(w.earliest.value_or(w.latest.value_or(far)), w.latest.value_or(far), t.events[i].id);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  return order;
}

}  // namespace dateline
