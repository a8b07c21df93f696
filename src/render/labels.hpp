// What every picture of a timeline says about an event, in one place: where it sits on the
// axis and how its date reads, its colour class, its actors, and text made safe for the
// formats that carry it (Graphviz HTML-like labels, DOT quoted strings, HTML, JSON).
#pragma once

#include <dateline/timeline.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::render {

// How an event is placed on a date axis.
enum class Placement {
  day,       // one known day
  interval,  // somewhere within [earliest, latest], several days
  at_most,   // only a latest day is known
  at_least,  // only an earliest day is known
  undated,   // no bound at all
};

struct Position {
  Placement placement = Placement::undated;
  std::optional<Day> anchor;  // the axis day the event is drawn at
  std::optional<Day> end;     // an interval's last day
  std::string text;           // "2021-03-18", "≤ 2021-03-18", "2021-03-19 – 2021-03-22", "undated"
};

Position position_of(const When& when);

// "3 days later", "5 weeks later", "4 months later", "2 years later": the gap from a to b.
std::string gap_text(Day a, Day b);

// The CAMEO quad class of an event (1..4), from type.quad_class or else its code; none for an
// event outside CAMEO.
std::optional<int> quad_class_of(const EventType& type);

// The CAMEO root label of an event in sentence case, with its code ("04 Consult") or without
// ("Consult"); "Other (no CAMEO type)" for an event outside CAMEO.
std::string root_label_of(const EventType& type, bool with_code = true);

// The quad class names, colours (fill, border) and the neutral colour for events outside CAMEO.
struct ClassStyle {
  std::string_view name;
  std::string_view fill;
  std::string_view border;
};
const ClassStyle& class_style(std::optional<int> quad_class);

// "Joe Biden → Vladimir Putin" (sources → targets), participants joined with " · ".
std::string actors_text(const std::vector<Actor>& actors);

// Valid UTF-8 with no control characters but tab and newline: invalid bytes become U+FFFD,
// so no input can make the SVG or HTML ill-formed.
std::string clean_utf8(std::string_view s);

// At most max_chars code points of clean text, whitespace runs folded to one space, with
// "…" when cut.
std::string shorten(std::string_view s, std::size_t max_chars);

// Words of clean text greedily packed into lines of at most width code points.
std::vector<std::string> wrap(std::string_view s, std::size_t width);

// Escapes for HTML text and attributes (& < > " ' as entities).
std::string html_escape(std::string_view s);

// Text for the HTML-like label of a Graphviz node or edge: html_escape, and backslashes
// doubled, since Graphviz expands \N, \G, \E ... there and reads "\\" as one backslash.
// (The graph's own label is not expanded: html_escape alone is right for it.)
std::string graphviz_html(std::string_view s);

// A DOT quoted string, with the quotes, for Graphviz to copy into SVG attributes (tooltips):
// " & as XML entities, which Graphviz passes through and SVG readers decode; \ as four,
// since Graphviz unescapes tooltips twice.
std::string dot_quote(std::string_view s);

// A string safe as an XML/HTML id and a DOT id attribute: [A-Za-z0-9_.:-], others as '_'.
std::string safe_id(std::string_view s);

}  // namespace dateline::render
