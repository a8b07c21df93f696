// Is this the same event? The matcher shared by merge (several reports of one event become
// one) and diff (which events of two timelines correspond).
#pragma once

#include <dateline/timeline.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dateline {

// What two events must share to be one: the same kind (CAMEO root, or the label of an event
// outside CAMEO), a common actor country when both name countries, overlapping date bounds.
// Everything here survives a merge unchanged (kinds are equal, countries are unioned, bounds
// intersected), so matching a merged event is matching the reports it was made of.
struct MatchKey {
  std::string kind;
  std::set<std::string> countries;
  std::optional<Day> earliest, latest;
};
MatchKey match_key(const Event& e);
bool compatible(const MatchKey& a, const MatchKey& b);

// Wording similarity in [0, 1] of two events' mentions: the best pair of mentions, scored on
// the trigger words and the words of the evidence (stopwords out, crude stems).
double wording_similarity(const Event& a, const Event& b);

// The match score of two events, or none when they are not compatible or their wording is
// too far apart (below `min_wording`).
std::optional<double> match_score(const Event& a, const Event& b, double min_wording = 0.3);

// A one-to-one matching of events of `a` to events of `b`: pairs (index in a, index in b),
// highest scores first taken, ties broken by indices, so the result is deterministic.
std::vector<std::pair<std::size_t, std::size_t>> match_events(const std::vector<Event>& a,
                                                              const std::vector<Event>& b,
                                                              double min_wording = 0.3);

// The spec's gold-matching overlap (shared/spec/timeline-json.md, "Gold files"), the one rule
// both the scorer (src/eval) and diff's same-document feature use: the bytes of `span` (a
// system trigger, or its evidence when it has none) lying on the `triggers`, counted only when
// the span is short (<= 64 bytes) or at least 30% of it lies on them; 0 otherwise. Signed
// offsets, because the scorer reads whatever integers a file holds.
struct ByteRange {
  long long start = 0;
  long long end = 0;
};
long long spec_overlap(ByteRange span, const std::vector<ByteRange>& triggers);

// Aligning the events of two timelines (dateline diff, diff --score): which event of `a` is
// the same real event as which of `b`, one to one.
//
// Two kinds of evidence, strongest first:
// - same document: when both timelines hold a document with the same sha256, events whose
//   mentions overlap in it by the spec rule above (either side's spans against the other's
//   triggers) are the same event whatever else they say: this is the scorer's matching, and
//   what finds the single change in "the same timeline with one date edited";
// - across documents (offsets mean nothing there): CAMEO type, actor countries, dates that
//   can overlap (within `date_slack_days`), and wording (triggers, evidence, summaries, with
//   the stems and stopwords of wording_similarity). Events naming disjoint countries never
//   align across documents, as in merge's compatible().
// Candidates are blocked by kind or trigger word and by date, and the one-to-one choice is a
// real assignment (Hungarian, maximum total score) within each connected group of candidates.
struct AlignOptions {
  double min_score = 0.5;           // cross-document pairs below this are not the same event
  int date_slack_days = 2;          // dates this far apart still count as "can overlap" (shifted)
  std::size_t max_scan = 4096;      // candidates looked at per event and blocking key (a bound
                                    // on degenerate input: thousands of undated same-kind events)
  std::size_t max_hungarian = 400;  // a group with more events on its smaller side is matched
                                    // greedily (best score first) instead
};

struct AlignedPair {
  std::size_t a = 0;  // index into a.events
  std::size_t b = 0;  // index into b.events
  double score = 0;   // > 1: same-document overlap; else the cross-document score in (0, 1]
  bool same_mention = false;
};

// Pairs sorted by index in `a`. Deterministic: equal inputs give equal output.
std::vector<AlignedPair> align_events(const Timeline& a, const Timeline& b, const AlignOptions& = {});

// The cross-document score of two events in [0, 1] (none when they may not align: disjoint
// countries, or dates further apart than the slack), as align_events computes it.
std::optional<double> cross_document_score(const Event& a, const Event& b, const AlignOptions& = {});

}  // namespace dateline
