// The timeline graph: events as vertices, links as edges (Boost.Graph), date reasoning over
// it as a simple temporal network, and merging of reports.
#pragma once

#include <dateline/timeline.hpp>

#include <vector>

namespace dateline {

// Tightens every event's earliest/latest from the links, the tense bounds and the
// publication dates (difference constraints solved by shortest paths). Contradictions become
// warnings; the weakest constraint in them is dropped.
void reason_dates(Timeline& timeline);

// Gives each event its stable content-hash id and rewrites link ends to match.
void assign_ids(Timeline& timeline);

// One timeline of several: the same event reported by several documents becomes one event
// with all its mentions. Associative and commutative, byte for byte.
Timeline merge(const std::vector<Timeline>& timelines);

// Events in timeline order: by earliest day, then latest, then id; undated ones by links.
std::vector<std::size_t> chronological_order(const Timeline& timeline);

}  // namespace dateline
