// Pictures of a timeline: DOT text and SVG, laid out by Graphviz in-process; a self-contained
// HTML page around the SVG; and TimelineJS3 JSON for visualization sites.
#pragma once

#include <dateline/timeline.hpp>

#include <cstddef>
#include <string>

namespace dateline {

struct RenderOptions {
  // Above this many events the picture draws one node per month with counts by CAMEO class
  // instead of one box per event (and says so in its title): thousands of boxes are neither
  // readable nor quick to lay out. See docs/render.md for the layout times behind it.
  std::size_t group_above = 150;
};

// The DOT source of the timeline: a vertical date axis with breaks for long gaps, events in
// date order beside their day (several on one day stacked), intervals as spans, causal and
// response links as labelled arrows, a title with the sources and a legend.
std::string to_dot(const Timeline& timeline);
std::string to_dot(const Timeline& timeline, const RenderOptions& options);

// SVG laid out by Graphviz (cgraph + gvc, in-process; never the `dot` program). Graphviz is
// not thread-safe: every call is serialized on one context inside. Each event is the group
// <g id="EVENT-ID"> (ids outside [A-Za-z0-9_.:-] have those characters as '_').
std::string to_svg(const Timeline& timeline);
std::string to_svg(const Timeline& timeline, const RenderOptions& options);

// SVG of any DOT text (the diff picture, say), laid out as to_svg lays out its own DOT.
std::string dot_to_svg(const std::string& dot);

// One self-contained HTML page (no network access): the SVG inline, a panel with an event's
// evidence and sources on click, filters by actor, CAMEO root and modality.
std::string to_html(const Timeline& timeline, const RenderOptions& options = {});

// The TimelineJS3 JSON format (title + events with start_date, end_date, text, group,
// unique_id, display_date). Text fields are HTML-escaped: TimelineJS renders them as HTML.
// Undated events cannot be placed by TimelineJS and are counted in the title text instead.
std::string to_timelinejs(const Timeline& timeline);

}  // namespace dateline
