// DOT text of a timeline. The picture is a vertical date axis: one tick per day that some
// event is placed at (or an interval ends at), ordinal rather than proportional, so that a
// month with nothing in it costs one "break" marker instead of empty space. Events sit in the
// rank of their day, several on one day packed into rows stacked under it. Every string from
// an article goes through labels.hpp's escaping: HTML-like labels for what is shown, DOT
// quoted strings for tooltips and ids.
#include <dateline/graph.hpp>
#include <dateline/render.hpp>

#include "render/labels.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <set>

namespace dateline {
namespace {

using render::dot_quote;
using render::html_escape;

// Days between two ticks beyond which the axis shows a break instead of a plain segment.
constexpr long kBreakDays = 31;
// Intervals up to this long get a bar down the axis to their last day; a longer one (a year,
// a decade) would stretch the axis for little, and its label already names it.
constexpr long kMaxSpanDays = 92;
// Events side by side in one row under a day; more go into further rows below.
constexpr std::size_t kColumns = 3;
// Characters per headline line, and caps on what a box and a tooltip show.
constexpr std::size_t kWrap = 34;
constexpr std::size_t kHeadlineMax = 140;
constexpr std::size_t kActorsMax = 80;
constexpr std::size_t kTooltipMax = 400;

constexpr const char* kAxisColor = "#6b7280";
constexpr const char* kMutedText = "#4b5563";

// Relations drawn as arrows: the causal and response ones. Temporal order is the axis itself.
bool drawn(Relation r) { return r == Relation::causes || r == Relation::responds_to || r == Relation::denies; }

const char* link_color(Relation r) {
  switch (r) {
    case Relation::causes: return "#b91c1c";
    case Relation::responds_to: return "#1d4ed8";
    default: return "#7c3aed";
  }
}

bool has_span(const render::Position& p) {
  return p.placement == render::Placement::interval && p.anchor && p.end && *p.end > *p.anchor &&
         (*p.end - *p.anchor).count() <= kMaxSpanDays;
}

std::string attr(std::string_view name, std::string_view quoted_value) {
  return std::string(name) + "=" + std::string(quoted_value);
}

std::string lines_html(const std::vector<std::string>& lines, bool in_node) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "<BR ALIGN=\"LEFT\"/>";
    out += in_node ? render::graphviz_html(lines[i]) : html_escape(lines[i]);
  }
  return out;
}

std::string title_html(const Timeline& t, std::string_view note) {
  std::string title;
  if (t.documents.size() == 1 && t.documents[0].title) title = *t.documents[0].title;
  else if (t.documents.size() > 1) title = "Timeline of " + std::to_string(t.documents.size()) + " articles";
  else title = "Timeline";
  std::string out = "<FONT POINT-SIZE=\"18\"><B>" + lines_html(render::wrap(render::shorten(title, 200), 90), false) +
                    "</B></FONT><BR ALIGN=\"LEFT\"/>";
  constexpr std::size_t kMaxSources = 6;
  for (std::size_t i = 0; i < t.documents.size() && i < kMaxSources; ++i) {
    const DocumentInfo& d = t.documents[i];
    std::string line = d.source.value_or("unknown source");
    line += " · ";
    line += d.published ? format_day(Day{*d.published}) : std::string("publication date unknown");
    if (t.documents.size() > 1 && d.title) line += " · " + *d.title;
    out += "<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(kMutedText) + "\">" +
           html_escape(render::shorten(line, 120)) + "</FONT><BR ALIGN=\"LEFT\"/>";
  }
  if (t.documents.size() > kMaxSources)
    out += "<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(kMutedText) + "\">and " +
           std::to_string(t.documents.size() - kMaxSources) + " more sources</FONT><BR ALIGN=\"LEFT\"/>";
  out += "<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(kMutedText) + "\">" + html_escape(note) +
         "</FONT><BR ALIGN=\"LEFT\"/>";
  return out;
}

// A small box in a modality's border style, for the legend.
std::string style_swatch(std::string_view style, std::string_view color, std::string_view fill, std::string_view text) {
  std::string out = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" COLOR=\"" +
                    std::string(color) + "\" BGCOLOR=\"" + std::string(fill) + "\"";
  if (!style.empty()) out += " STYLE=\"" + std::string(style) + "\"";
  return out + "><TR><TD><FONT POINT-SIZE=\"9\">" + std::string(text) + "</FONT></TD></TR></TABLE>";
}

std::string legend_node() {
  std::string classes, modal, marks;
  for (int q : {1, 2, 3, 4, 0}) {
    const auto& s = render::class_style(q == 0 ? std::nullopt : std::optional<int>(q));
    classes += "<TR><TD BGCOLOR=\"" + std::string(s.fill) + "\" COLOR=\"" + std::string(s.border) +
               "\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\">" +
               html_escape(s.name) + "</FONT></TD></TR>";
  }
  const std::string neutral = std::string(render::class_style(std::nullopt).border);
  modal += "<TR><TD>" + style_swatch("", neutral, "#ffffff", "occurred") + "</TD></TR>";
  modal += "<TR><TD>" + style_swatch("dashed", neutral, "#ffffff", "expected, proposed") + "</TD></TR>";
  modal += "<TR><TD>" + style_swatch("", "#9ca3af", "#f3f4f6", "<FONT COLOR=\"#6b7280\">alleged</FONT>") + "</TD></TR>";
  modal += "<TR><TD>" + style_swatch("", neutral, "#ffffff", "<S>negated</S> ✗") + "</TD></TR>";
  modal += "<TR><TD>" + style_swatch("dotted", neutral, "#ffffff", "hypothetical") + "</TD></TR>";
  auto mark = [](std::string_view sym, std::string_view what) {
    return "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\"><B>" + std::string(sym) + "</B>&#160;" + std::string(what) +
           "</FONT></TD></TR>";
  };
  marks += mark("YYYY-MM-DD", "on that day");
  marks += mark("a – b", "within those days; a bar spans them");
  marks += mark("≤ d / ≥ d", "no later / no earlier than d");
  marks += mark("undated", "no date bound: listed last");
  marks += mark("≈ … later ≈", "a break in the axis");
  marks += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(link_color(Relation::causes)) +
           "\">→ causes</FONT> <FONT POINT-SIZE=\"10\" COLOR=\"" + link_color(Relation::responds_to) +
           "\">→ responds to</FONT> <FONT POINT-SIZE=\"10\" COLOR=\"" + link_color(Relation::denies) +
           "\">→ denies</FONT></TD></TR>";
  return "  legend [id=\"legend\", shape=plain, tooltip=\"Legend\", label=<<TABLE BORDER=\"1\" COLOR=\"#d1d5db\" "
         "CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
         "<TR><TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" +
         classes + "</TABLE></TD><TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">" + modal +
         "</TABLE></TD><TD VALIGN=\"TOP\"><TABLE BORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + marks +
         "</TABLE></TD></TR></TABLE>>];\n";
}

std::string event_node(const std::string& name, const Event& e, const render::Position& pos) {
  const auto q = render::quad_class_of(e.type);
  const auto& cls = render::class_style(q);
  std::string border(cls.border), fill(cls.fill), text_color = "#111827", style;
  switch (e.modality) {
    case Modality::expected:
    case Modality::proposed: style = "dashed"; break;
    case Modality::hypothetical: style = "dotted"; break;
    case Modality::alleged:
      border = "#9ca3af";
      fill = "#f3f4f6";
      text_color = "#6b7280";
      break;
    default: break;
  }
  std::string meta = pos.text;
  if (e.modality != Modality::occurred) meta += " · " + std::string(to_string(e.modality));
  if (e.modality == Modality::negated) meta += " ✗";
  std::string headline = lines_html(render::wrap(render::shorten(e.summary.empty() ? e.type.label : e.summary, kHeadlineMax), kWrap), true);
  if (headline.empty()) headline = "(no summary)";
  if (e.modality == Modality::negated) headline = "<S>" + headline + "</S>";
  const std::string actors = render::shorten(render::actors_text(e.actors), kActorsMax);
  const std::string type = render::root_label_of(e.type);

  std::string label = "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"" + border +
                      "\" BGCOLOR=\"" + fill + "\"";
  if (!style.empty()) label += " STYLE=\"" + style + "\"";
  label += "><TR><TD ROWSPAN=\"4\" BGCOLOR=\"" + std::string(cls.border) + "\" WIDTH=\"5\"></TD>";
  label += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + std::string(kMutedText) + "\">" +
           render::graphviz_html(meta) + "</FONT></TD></TR>";
  label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT COLOR=\"" + text_color + "\"><B>" + headline +
           "</B></FONT></TD></TR>";
  label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + text_color + "\">" +
           (actors.empty() ? std::string("no actors") : render::graphviz_html(actors)) + "</FONT></TD></TR>";
  label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"8\" COLOR=\"" + std::string(kMutedText) + "\">" +
           render::graphviz_html(type) + "</FONT></TD></TR></TABLE>>";

  std::string tooltip = e.mentions.empty() ? e.summary : e.mentions.front().text;
  tooltip = render::shorten(tooltip, kTooltipMax);
  std::string cls_names = "event m-" + std::string(to_string(e.modality)) + " q" + std::to_string(q.value_or(0));
  return "  " + name + " [" + attr("id", dot_quote(render::safe_id(e.id))) + ", " + attr("class", dot_quote(cls_names)) +
         ", " + attr("tooltip", dot_quote(tooltip.empty() ? "(no evidence)" : tooltip)) + ", label=" + label + "];\n";
}

std::string tick_node(const std::string& name, Day d) {
  const date::weekday wd{d};
  static constexpr const char* kNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return "  " + name + " [id=" + dot_quote("day-" + format_day(d)) + ", shape=plaintext, group=axis, tooltip=" +
         dot_quote(format_day(d)) + ", label=<<B>" + format_day(d) + "</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"" +
         kMutedText + "\">" + kNames[wd.c_encoding()] + "</FONT>>];\n";
}

std::string break_node(const std::string& name, std::string_view text) {
  return "  " + name + " [shape=plaintext, group=axis, fontsize=10, fontcolor=\"" + kAxisColor + "\", tooltip=" +
         dot_quote(text) + ", label=" + dot_quote("≈ " + std::string(text) + " ≈") + "];\n";
}

std::string header(const Timeline& t, std::string_view note) {
  return "digraph timeline {\n"
         "  graph [rankdir=TB, newrank=true, nodesep=0.3, ranksep=0.25, fontname=\"Helvetica\", labelloc=t, "
         "labeljust=l, bgcolor=\"white\", pad=0.3, mclimit=0.3, nslimit=2, nslimit1=2, remincross=false, tooltip=\"Timeline\", label=<" +
         title_html(t, note) +
         ">];\n"
         "  node [fontname=\"Helvetica\", fontsize=11, shape=plain];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
}

std::string axis_edge(const std::string& from, const std::string& to, std::size_t minlen, std::string_view label,
                      bool dashed) {
  std::string out = "  " + from + " -> " + to + " [arrowhead=none, penwidth=2, weight=20, color=\"" + kAxisColor +
                    "\", minlen=" + std::to_string(minlen);
  if (dashed) out += ", style=dashed";
  if (!label.empty()) out += ", label=" + dot_quote(label) + ", fontcolor=\"" + kAxisColor + "\"";
  return out + "];\n";
}

// One box per event.
std::string detailed_dot(const Timeline& t) {
  const std::size_t n = t.events.size();
  std::vector<render::Position> pos(n);
  std::map<Day, std::vector<std::size_t>> at;  // anchor day -> events, in chronological order
  std::vector<std::size_t> undated;
  std::set<Day> days;
  std::map<Day, std::vector<std::size_t>> span_ends;
  for (std::size_t i : chronological_order(t)) {
    pos[i] = render::position_of(t.events[i].when);
    if (!pos[i].anchor) {
      undated.push_back(i);
      continue;
    }
    at[*pos[i].anchor].push_back(i);
    days.insert(*pos[i].anchor);
    if (has_span(pos[i])) {
      days.insert(*pos[i].end);
      span_ends[*pos[i].end].push_back(i);
    }
  }
  std::string note = std::to_string(n) + (n == 1 ? " event" : " events");
  if (!undated.empty()) note += ", " + std::to_string(undated.size()) + " undated";
  std::string out = header(t, note) + legend_node();
  auto ev = [](std::size_t i) { return "n" + std::to_string(i); };

  // Each section (a day, or the undated list at the end) hangs its rows of events under its
  // axis node; the axis continues from the section's axis node to the next one, at least as
  // many ranks down as the section has rows.
  std::string prev_axis = "legend";
  std::vector<std::string> prev_last_row;
  std::size_t prev_rows = 1;
  std::optional<Day> prev_day;
  std::size_t k = 0;
  std::string ranks;
  auto emit_rows = [&](const std::string& axis_node, const std::vector<std::size_t>& events,
                       const std::vector<std::string>& extra_same_rank) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t j = 0; j < events.size(); ++j) {
      if (j % kColumns == 0) rows.emplace_back();
      rows.back().push_back(ev(events[j]));
    }
    std::string same = "  { rank=same; " + axis_node + ";";
    for (const auto& s : extra_same_rank) same += " " + s + ";";
    if (!rows.empty())
      for (const auto& s : rows[0]) same += " " + s + ";";
    ranks += same + " }\n";
    for (std::size_t r = 1; r < rows.size(); ++r) {
      std::string row = "  { rank=same;";
      for (const auto& s : rows[r]) row += " " + s + ";";
      ranks += row + " }\n";
      ranks += "  " + rows[r - 1][0] + " -> " + rows[r][0] + " [style=invis];\n";
    }
    prev_rows = std::max<std::size_t>(1, rows.size());
    prev_last_row = rows.empty() ? std::vector<std::string>{} : rows.back();
  };
  auto connect = [&](const std::string& to, std::string_view label, bool dashed) {
    if (prev_axis == "legend") out += "  legend -> " + to + " [style=invis];\n";
    else out += axis_edge(prev_axis, to, prev_rows, label, dashed);
    for (const auto& s : prev_last_row) out += "  " + s + " -> " + to + " [style=invis];\n";
  };

  for (Day d : days) {
    const std::string tick = "d" + std::to_string(k);
    if (prev_day) {
      const long gap = (d - *prev_day).count();
      if (gap > kBreakDays) {
        const std::string b = "b" + std::to_string(k);
        out += break_node(b, render::gap_text(*prev_day, d));
        connect(b, "", true);
        prev_axis = b;
        prev_rows = 1;
        prev_last_row.clear();
        out += axis_edge(b, tick, 1, "", true);
        prev_axis.clear();
      }
      if (!prev_axis.empty()) connect(tick, gap > 1 ? render::gap_text(*prev_day, d) : "", false);
    } else {
      connect(tick, "", false);
    }
    out += tick_node(tick, d);
    std::vector<std::string> ends;
    if (auto it = span_ends.find(d); it != span_ends.end())
      for (std::size_t i : it->second) ends.push_back("s" + std::to_string(i));
    emit_rows(tick, at.count(d) ? at[d] : std::vector<std::size_t>{}, ends);
    prev_axis = tick;
    prev_day = d;
    ++k;
  }
  if (!undated.empty()) {
    out += "  undated [shape=plaintext, group=axis, fontcolor=\"" + std::string(kAxisColor) +
           "\", tooltip=\"no date bound\", label=<<B>undated</B>>];\n";
    connect("undated", "", true);
    emit_rows("undated", undated, {});
  }

  for (std::size_t i = 0; i < n; ++i) {
    out += event_node(ev(i), t.events[i], pos[i]);
    if (has_span(pos[i])) {
      const auto& cls = render::class_style(render::quad_class_of(t.events[i].type));
      const std::string s = "s" + std::to_string(i);
      out += "  " + s + " [shape=point, width=0.09, color=\"" + std::string(cls.border) + "\", tooltip=" +
             dot_quote("until " + format_day(*pos[i].end)) + "];\n";
      out += "  " + ev(i) + " -> " + s + " [constraint=false, arrowhead=tee, penwidth=3, color=\"" +
             std::string(cls.border) + "99\", tooltip=" + dot_quote(pos[i].text) + "];\n";
    }
  }
  out += ranks;

  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < n; ++i) by_id.emplace(t.events[i].id, i);
  for (std::size_t li = 0; li < t.links.size(); ++li) {
    const Link& l = t.links[li];
    auto from = by_id.find(l.from), to = by_id.find(l.to);
    if (!drawn(l.relation) || from == by_id.end() || to == by_id.end()) continue;
    std::string label = render::graphviz_html(std::string(to_string(l.relation)));
    if (l.evidence && !l.evidence->signal.empty())
      label += "<BR/><I>“" + render::graphviz_html(render::shorten(l.evidence->signal, 40)) + "”</I>";
    const char* color = link_color(l.relation);
    out += "  " + ev(from->second) + " -> " + ev(to->second) + " [id=" + dot_quote("link-" + std::to_string(li)) +
           ", constraint=false, color=\"" + color + "\", fontcolor=\"" + color + "\", penwidth=1.4, tooltip=" +
           dot_quote(std::string(to_string(l.relation))) + ", label=<" + label + ">];\n";
  }
  return out + "}\n";
}

// One node per month, with counts by CAMEO class and a few headlines.
std::string grouped_dot(const Timeline& t, std::size_t threshold) {
  std::map<date::year_month, std::vector<std::size_t>> months;
  std::size_t undated = 0;
  for (std::size_t i : chronological_order(t)) {
    const auto p = render::position_of(t.events[i].when);
    if (!p.anchor) {
      ++undated;
      continue;
    }
    const date::year_month_day ymd{*p.anchor};
    months[ymd.year() / ymd.month()].push_back(i);
  }
  std::string note = std::to_string(t.events.size()) + " events, more than " + std::to_string(threshold) +
                     ": grouped by month, one box per month with its counts";
  if (undated) note += "; " + std::to_string(undated) + " undated not shown";
  std::string out = header(t, note) + legend_node();
  std::string prev = "legend";
  std::optional<date::year_month> prev_month;
  std::size_t k = 0;
  for (const auto& [ym, events] : months) {
    const std::string name = "m" + std::to_string(k++);
    std::array<std::size_t, 5> counts{};
    for (std::size_t i : events) counts[static_cast<std::size_t>(render::quad_class_of(t.events[i].type).value_or(0))]++;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()));
    std::string label = "<<TABLE BORDER=\"1\" COLOR=\"#9ca3af\" BGCOLOR=\"white\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
                        "CELLPADDING=\"2\"><TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><B>" +
                        std::string(buf) + "</B> · " + std::to_string(events.size()) + (events.size() == 1 ? " event" : " events") +
                        "</TD></TR><TR>";
    for (int q : {1, 2, 3, 4, 0}) {
      const auto& s = render::class_style(q == 0 ? std::nullopt : std::optional<int>(q));
      label += "<TD BGCOLOR=\"" + std::string(s.fill) + "\" COLOR=\"" + std::string(s.border) + "\" BORDER=\"1\">" +
               std::to_string(counts[static_cast<std::size_t>(q)]) + "</TD>";
    }
    label += "</TR>";
    for (std::size_t j = 0; j < events.size() && j < 3; ++j)
      label += "<TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\">" +
               render::graphviz_html(render::shorten(t.events[events[j]].summary, 60)) + "</FONT></TD></TR>";
    label += "</TABLE>>";
    out += "  " + name + " [id=" + dot_quote(std::string("month-") + buf) + ", group=axis, tooltip=" +
           dot_quote(std::string(buf) + ": " + std::to_string(events.size()) + " events") + ", label=" + label + "];\n";
    if (prev_month && (ym - *prev_month).count() > 1) {
      const std::string b = "b" + name;
      const auto gap = (ym - *prev_month).count();
      out += break_node(b, std::to_string(gap) + " months later");
      out += axis_edge(prev, b, 1, "", true);
      prev = b;
    }
    out += prev == "legend" ? "  legend -> " + name + " [style=invis];\n" : axis_edge(prev, name, 1, "", false);
    prev = name;
    prev_month = ym;
  }
  return out + "}\n";
}

}  // namespace

std::string to_dot(const Timeline& t, const RenderOptions& options) {
  if (t.events.size() > options.group_above) return grouped_dot(t, options.group_above);
  return detailed_dot(t);
}

std::string to_dot(const Timeline& t) { return to_dot(t, RenderOptions{}); }

}  // namespace dateline
