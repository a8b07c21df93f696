// dateline diff: what each of two reports (timelines) says that the other does not. Events are
// aligned one to one by the shared matcher (match.hpp, align_events); each aligned pair lists
// its changes, and the events of one side only are listed apart. docs/diff.md.
#pragma once

#include <dateline/match.hpp>
#include <dateline/timeline.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace dateline {

// One difference within an aligned pair of events.
//   field "date":     kind refined (b narrower than a: "1998" -> "1998-08"), coarsened (the
//                     reverse), shifted (the dates cannot overlap), conflict (they overlap in
//                     part), restated (same days, other notation); `detail` says exact vs
//                     bounded and by how much a date moved.
//   field "modality": kind realized (expected/proposed/hypothetical/alleged -> occurred: news),
//                     unrealized (the reverse), changed (any other pair).
//   field "type":     kind refined / coarsened (one CAMEO code extends the other), changed.
//   field "actors":   kind changed; `detail` lists what only one side names.
//   field "link":     kind only_a / only_b: a link from this pair's event to another aligned
//                     pair's that one side has and the other does not; a and b name the
//                     relation and the other event on that side.
struct Change {
  std::string field;
  std::string kind;
  std::string a;  // a's value (empty when a has none)
  std::string b;
  std::string detail;
  friend bool operator==(const Change&, const Change&) = default;
};

struct DiffPair {
  std::size_t a = 0;  // index into a.events
  std::size_t b = 0;  // index into b.events
  double score = 0;
  bool same_mention = false;  // aligned by overlapping mentions in a shared document
  std::vector<Change> changes;
};

struct TimelineDiff {
  std::vector<DiffPair> matched;   // by a's chronological order
  std::vector<std::size_t> only_a;  // indices into a.events, chronological
  std::vector<std::size_t> only_b;
  // True when nothing differs: every event aligned and no pair has a change.
  bool same() const;
};

TimelineDiff diff_timelines(const Timeline& a, const Timeline& b, const AlignOptions& = {});

// The changes of one aligned pair, links aside (they need the whole alignment).
std::vector<Change> event_changes(const Event& a, const Event& b);

// Names of the two sides in the outputs (file paths or labels).
struct DiffNames {
  std::string a = "a";
  std::string b = "b";
};

// A readable summary, like a unified diff for timelines: a header per side, then events in
// date order: "  " aligned and equal (counted, not listed), "~" aligned with changes (each
// change on its own line), "-" in a only, "+" in b only. ANSI colours when `color`.
std::string diff_text(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names,
                      bool color);

// {"schema": "dateline.diff/1", "a": {...}, "b": {...}, "matched": [...], "only_a": [...],
// "only_b": [...]}; docs/diff.schema.json.
std::string diff_json(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names);

// Both timelines on one date axis (a on the left, b on the right), aligned events joined by
// an edge, one-sided events highlighted: DOT text, SVG laid out by Graphviz in-process, and a
// self-contained HTML page around the SVG with the list of changes.
std::string diff_dot(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names);
std::string diff_svg(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names);
std::string diff_html(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names);

}  // namespace dateline
