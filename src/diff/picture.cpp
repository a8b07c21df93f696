// diff's pictures: both timelines on one date axis, a's events left of it and b's right, an
// aligned pair joined by a dashed line, one-sided events with a thick red (a) or green (b)
// border, changed pairs amber. DOT text laid out by Graphviz in-process (render's dot_to_svg);
// every string from an article goes through render's escaping helpers.
#include <dateline/diff.hpp>
#include <dateline/render.hpp>

#include "diff/text.hpp"
#include "render/labels.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace dateline {
namespace {

using render::graphviz_html;
using render::html_escape;

// Above this many events in all, aligned pairs without changes are left out of the picture
// (and counted in its title): the picture is for what differs.
constexpr std::size_t kAllEventsAbove = 300;
constexpr std::size_t kWrap = 32;
constexpr std::size_t kColumns = 3;  // events a side in one row under a day
constexpr std::size_t kHeadlineMax = 120;

constexpr const char* kOnlyA = "#dc2626";
constexpr const char* kOnlyB = "#16a34a";
constexpr const char* kChanged = "#d97706";
constexpr const char* kSame = "#9ca3af";

std::string lines(std::string_view s) {
  std::string out;
  for (const std::string& l : render::wrap(render::shorten(s, kHeadlineMax), kWrap))
    out += (out.empty() ? "" : "<BR ALIGN=\"LEFT\"/>") + graphviz_html(l);
  return out;
}

std::string tooltip(const Event& e) {
  std::string t = diff::headline(e, 200);
  if (!e.mentions.empty()) t += "\n" + render::shorten(e.mentions.front().text, 400);
  return render::dot_quote(t);
}

struct Node {
  std::string name;  // a_3, b_7
  const Event* event;
  const char* border;
  int width;
  std::string note;  // "only in a", or the changes
};

std::string node_dot(const Node& n, char side) {
  const auto& style = render::class_style(render::quad_class_of(n.event->type));
  std::string label = "<TABLE BORDER=\"" + std::to_string(n.width) + "\" COLOR=\"" + n.border + "\" BGCOLOR=\"" +
                      std::string(style.fill) + "\" CELLBORDER=\"0\" CELLPADDING=\"3\" CELLSPACING=\"0\">";
  label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + lines(diff::headline(*n.event, kHeadlineMax)) + "</TD></TR>";
  label += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\">" + graphviz_html(diff::date_text(n.event->when)) + " · " +
           graphviz_html(render::root_label_of(n.event->type)) + "</FONT></TD></TR>";
  if (!n.note.empty())
    label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\" COLOR=\"" + std::string(n.border) + "\">" +
             n.note + "</FONT></TD></TR>";
  label += "</TABLE>";
  return "  " + n.name + " [label=<" + label + ">, tooltip=" + tooltip(*n.event) + ", id=\"" + side + "-" +
         render::safe_id(n.event->id) + "\"];\n";
}

std::string changes_note(const std::vector<Change>& changes) {
  std::string out;
  for (const Change& c : changes) {
    std::string s = c.field + " " + c.kind;
    if (c.field == "date" || c.field == "modality") s += ": " + c.a + " → " + c.b;
    out += (out.empty() ? "" : "<BR ALIGN=\"LEFT\"/>") + graphviz_html(render::shorten(s, 60));
  }
  return out;
}

// The axis key of an event: its anchor day; undated events share the last rank.
using AxisKey = std::pair<bool, Day>;  // (undated, day)
AxisKey anchor_of(const Event& e) {
  const auto day = render::position_of(e.when).anchor;
  return {!day.has_value(), day.value_or(Day{})};
}

}  // namespace

std::string diff_dot(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names) {
  const bool all = a.events.size() + b.events.size() <= kAllEventsAbove;
  std::size_t hidden = 0;
  // Nodes per axis rank (none = undated), a's and b's apart, in diff order.
  std::map<AxisKey, std::pair<std::vector<Node>, std::vector<Node>>> ranks;
  std::vector<std::pair<std::string, std::string>> joins;
  for (const DiffPair& p : d.matched) {
    if (p.changes.empty() && !all) {
      ++hidden;
      continue;
    }
    const char* border = p.changes.empty() ? kSame : kChanged;
    const int width = p.changes.empty() ? 1 : 2;
    const std::string na = "a_" + std::to_string(p.a), nb = "b_" + std::to_string(p.b);
    ranks[anchor_of(a.events[p.a])].first.push_back({na, &a.events[p.a], border, width, changes_note(p.changes)});
    ranks[anchor_of(b.events[p.b])].second.push_back({nb, &b.events[p.b], border, width, ""});
    joins.emplace_back(na, nb);
  }
  for (std::size_t i : d.only_a)
    ranks[anchor_of(a.events[i])].first.push_back({"a_" + std::to_string(i), &a.events[i], kOnlyA, 3, "only in a"});
  for (std::size_t j : d.only_b)
    ranks[anchor_of(b.events[j])].second.push_back({"b_" + std::to_string(j), &b.events[j], kOnlyB, 3, "only in b"});

  std::string title = "<B>a: " + html_escape(render::shorten(names.a, 80)) + "    b: " +
                      html_escape(render::shorten(names.b, 80)) + "</B><BR ALIGN=\"LEFT\"/>" +
                      std::to_string(d.matched.size()) + " aligned, " + std::to_string(d.only_a.size()) +
                      " only in a (red), " + std::to_string(d.only_b.size()) + " only in b (green)";
  if (hidden) title += "; " + std::to_string(hidden) + " aligned pairs without changes not drawn";
  title += "<BR ALIGN=\"LEFT\"/>";

  std::string out = "digraph diff {\n";
  out += "  graph [rankdir=TB, nodesep=0.2, ranksep=0.25, fontname=\"Helvetica\", labelloc=t, labeljust=l, label=<" +
         title + ">];\n";
  out += "  node [shape=plain, fontname=\"Helvetica\", fontsize=10];\n";
  out += "  edge [arrowhead=none];\n";
  out += "  axis_top [shape=plaintext, label=<<B>a  |  b</B>>];\n";
  std::string previous = "axis_top";
  std::size_t k = 0;
  for (const auto& [day, sides] : ranks) {
    const std::string tick = "day_" + std::to_string(k++);
    out += "  " + tick + " [shape=plaintext, fontcolor=\"#4b5563\", label=\"" +
           (day.first ? std::string("undated") : format_day(day.second)) + "\"];\n";
    // Several rows for a busy day, kColumns events a side each, the axis running through them.
    const auto& [left, right] = sides;
    const std::size_t rows = std::max<std::size_t>(1, (std::max(left.size(), right.size()) + kColumns - 1) / kColumns);
    for (std::size_t r = 0; r < rows; ++r) {
      std::string axis = tick;
      if (r > 0) {
        axis = tick + "_" + std::to_string(r);
        out += "  " + axis + " [shape=point, width=0.01, label=\"\", color=\"#6b7280\"];\n";
      }
      out += "  " + previous + " -> " + axis + " [color=\"#6b7280\", penwidth=2];\n";
      previous = axis;
      std::string order;  // a's nodes, the axis, b's nodes: left to right
      for (std::size_t i = r * kColumns; i < left.size() && i < (r + 1) * kColumns; ++i) {
        out += node_dot(left[i], 'a');
        order += left[i].name + " -> ";
      }
      order += axis;
      for (std::size_t i = r * kColumns; i < right.size() && i < (r + 1) * kColumns; ++i) {
        out += node_dot(right[i], 'b');
        order += " -> " + right[i].name;
      }
      out += "  { rank=same; " + order + " [style=invis]; }\n";
    }
  }
  for (const auto& [x, y] : joins)
    out += "  " + x + " -> " + y + " [constraint=false, style=dashed, color=\"#6b7280\"];\n";
  out += "}\n";
  return out;
}

std::string diff_svg(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names) {
  return dot_to_svg(diff_dot(a, b, d, names));
}

std::string diff_html(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names) {
  const std::string svg = diff_svg(a, b, d, names);
  // The SVG's own XML prologue and DOCTYPE cannot sit inside HTML: start at <svg.
  const std::size_t at = svg.find("<svg");
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
      "<title>dateline diff: " +
      html_escape(render::shorten(names.a, 80)) + " vs " + html_escape(render::shorten(names.b, 80)) +
      "</title>\n<style>body{font-family:Helvetica,Arial,sans-serif;margin:1em}"
      "pre{background:#f9fafb;padding:1em;overflow-x:auto}</style></head><body>\n<h1>dateline diff</h1>\n";
  out += at == std::string::npos ? std::string() : svg.substr(at);
  out += "\n<h2>Changes</h2>\n<pre>" + html_escape(diff_text(a, b, d, names, false)) + "</pre>\n</body></html>\n";
  return out;
}

}  // namespace dateline
