// The timeline graph: events as vertices, links as edges (Boost.Graph), date reasoning over
// it as a simple temporal network, and merging of reports.
#pragma once

#include <dateline/document.hpp>
#include <dateline/text.hpp>
#include <dateline/timeline.hpp>

#include <vector>

namespace dateline {

// Temporal and causal links between the events of one document, found from signal words
// (data/graph/signals.tsv: "after", "following", "over", "in response to", "denies", ...)
// between two event triggers in a sentence, fronted ("Following Y, X"), or opening the next
// sentence ("Later, ..."). `events` are that document's events (mentions in raw offsets of
// `doc`); link ends are indices into `events` as decimal strings, evidence in raw offsets.
std::vector<Link> find_links(const Document& doc, const Segmented& text, const std::vector<Event>& events);

// Tightens every event's earliest/latest from the links, the tense bounds and the
// publication dates (difference constraints solved by shortest paths). Contradictions become
// warnings; the weakest constraint in them is dropped.
void reason_dates(Timeline& timeline);

// Gives each event its stable content-hash id and rewrites link ends to match.
void assign_ids(Timeline& timeline);

// One timeline of several: the same event reported by several documents becomes one event
// with all its mentions. Associative and commutative, byte for byte.
Timeline merge(const std::vector<Timeline>& timelines);
// The same, taking the inputs' events instead of copying them (build_timeline's own parts).
Timeline merge(std::vector<Timeline>&& timelines);

// Events in timeline order: by earliest day, then latest, then id; undated ones by links.
std::vector<std::size_t> chronological_order(const Timeline& timeline);

}  // namespace dateline
