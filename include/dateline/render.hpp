// Pictures of a timeline: DOT text and SVG, laid out by Graphviz in-process.
#pragma once

#include <dateline/timeline.hpp>

#include <string>

namespace dateline {

// The DOT source of the timeline: events in date order, each with its date and summary.
std::string to_dot(const Timeline& timeline);

// SVG laid out by Graphviz (cgraph + gvc, in-process; never the `dot` program). Graphviz is
// not thread-safe: every call is serialized on one context inside.
std::string to_svg(const Timeline& timeline);

}  // namespace dateline
