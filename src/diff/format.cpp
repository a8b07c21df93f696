// diff's text and JSON outputs.
#include <dateline/diff.hpp>

#include "diff/text.hpp"
#include "render/labels.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dateline {
namespace diff {

std::string date_text(const When& w) {
  if (w.value && !w.value->empty()) return render::shorten(*w.value, 40);
  if (w.earliest && w.latest)
    return *w.earliest == *w.latest ? format_day(*w.earliest) : format_day(*w.earliest) + ".." + format_day(*w.latest);
  if (w.earliest) return ">= " + format_day(*w.earliest);
  if (w.latest) return "<= " + format_day(*w.latest);
  return "undated";
}

std::string actors_list(const std::vector<Actor>& actors) {
  auto one = [](const Actor& a) {
    std::string s = render::shorten(a.name, 60);
    if (a.country) s += (s.empty() ? "" : " ") + std::string("(") + render::shorten(*a.country, 8) + ")";
    return s;
  };
  std::string sources, targets, others;
  for (const Actor& a : actors) {
    std::string& to = a.role == ActorRole::source ? sources : a.role == ActorRole::target ? targets : others;
    to += (to.empty() ? "" : ", ") + one(a);
  }
  std::string out = sources;
  if (!targets.empty()) out += (out.empty() ? "-> " : " -> ") + targets;
  if (!others.empty()) out += (out.empty() ? "" : "; ") + others;
  return out.empty() ? "(none)" : out;
}

std::string headline(const Event& e, std::size_t max_chars) {
  if (!e.summary.empty()) return render::shorten(e.summary, max_chars);
  if (!e.mentions.empty()) return render::shorten(e.mentions.front().text, max_chars);
  return render::shorten(e.type.label, max_chars);
}

}  // namespace diff

namespace {

constexpr std::size_t kHeadline = 90;

struct Style {
  bool on;
  std::string paint(std::string_view code, std::string_view s) const {
    if (!on) return std::string(s);
    return "\x1b[" + std::string(code) + "m" + std::string(s) + "\x1b[0m";
  }
};

// Where a row of the summary sorts: the event's first possible day, undated last.
Day sort_day(const Event& e) {
  if (e.when.earliest) return *e.when.earliest;
  if (e.when.latest) return *e.when.latest;
  return Day::max();
}

std::string side_header(const Timeline& t, std::string_view name) {
  std::string out = render::shorten(name, 200) + " (" + std::to_string(t.events.size()) + " events";
  for (std::size_t i = 0; i < t.documents.size() && i < 3; ++i) {
    const DocumentInfo& d = t.documents[i];
    out += i ? "; " : ": ";
    out += d.source ? render::shorten(*d.source, 40) : std::string("unknown source");
    if (d.published) out += " " + format_day(Day{*d.published});
  }
  if (t.documents.size() > 3) out += "; ...";
  return out + ")";
}

std::string event_line(const Event& e) {
  std::string code = e.type.cameo ? render::shorten(*e.type.cameo, 6) : std::string("-");
  auto padded = [](std::string s, std::size_t width) {
    if (s.size() < width) s.resize(width, ' ');
    return s + " ";
  };
  return padded(diff::date_text(e.when), 22) + padded(code, 5) + diff::headline(e, kHeadline);
}

std::string change_line(const Change& c) {
  std::string s = c.field + " " + c.kind + ": ";
  if (c.field == "link") {
    s += render::shorten(c.a.empty() ? c.b : c.a, 80) + " (" + render::shorten(c.detail, 60) + ")";
    return s;
  }
  s += render::shorten(c.a.empty() ? "(none)" : c.a, 80) + " -> " + render::shorten(c.b.empty() ? "(none)" : c.b, 80);
  if (!c.detail.empty()) s += " (" + render::shorten(c.detail, 100) + ")";
  return s;
}

nlohmann::ordered_json side_json(const Timeline& t, const std::string& name) {
  auto opt = [](const std::optional<std::string>& s) {
    return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
  };
  nlohmann::ordered_json docs = nlohmann::ordered_json::array();
  for (const DocumentInfo& d : t.documents)
    docs.push_back({{"id", d.id},
                    {"title", opt(d.title)},
                    {"published", d.published ? nlohmann::ordered_json(format_day(Day{*d.published}))
                                              : nlohmann::ordered_json(nullptr)},
                    {"source", opt(d.source)},
                    {"path", opt(d.path)},
                    {"sha256", d.sha256}});
  return {{"name", name}, {"events", t.events.size()}, {"links", t.links.size()}, {"documents", docs}};
}

}  // namespace

std::string diff_text(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names,
                      bool color) {
  const Style st{color};
  std::size_t changed = 0;
  for (const DiffPair& p : d.matched) changed += !p.changes.empty();
  std::string out;
  out += st.paint("1", "--- a: " + side_header(a, names.a)) + "\n";
  out += st.paint("1", "+++ b: " + side_header(b, names.b)) + "\n";
  out += st.paint("36", "@@ " + std::to_string(d.matched.size()) + " aligned (" + std::to_string(changed) +
                            " with changes), " + std::to_string(d.only_a.size()) + " only in a, " +
                            std::to_string(d.only_b.size()) + " only in b @@") +
         "\n";
  // Rows in date order; on one day: aligned, then a's, then b's.
  struct Row {
    Day day;
    int side;  // 0 aligned, 1 a only, 2 b only
    std::size_t order;
    std::size_t index;
  };
  std::vector<Row> rows;
  for (std::size_t k = 0; k < d.matched.size(); ++k) rows.push_back({sort_day(a.events[d.matched[k].a]), 0, k, k});
  for (std::size_t k = 0; k < d.only_a.size(); ++k) rows.push_back({sort_day(a.events[d.only_a[k]]), 1, k, d.only_a[k]});
  for (std::size_t k = 0; k < d.only_b.size(); ++k) rows.push_back({sort_day(b.events[d.only_b[k]]), 2, k, d.only_b[k]});
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    return std::tie(x.day, x.side, x.order) < std::tie(y.day, y.side, y.order);
  });
  for (const Row& r : rows) {
    if (r.side == 1) {
      out += st.paint("31", "- " + event_line(a.events[r.index]) + "  [" + render::shorten(a.events[r.index].id, 40) + "]") +
             "\n";
    } else if (r.side == 2) {
      out += st.paint("32", "+ " + event_line(b.events[r.index]) + "  [" + render::shorten(b.events[r.index].id, 40) + "]") +
             "\n";
    } else {
      const DiffPair& p = d.matched[r.index];
      if (p.changes.empty()) {
        out += "  " + event_line(a.events[p.a]) + "\n";
        continue;
      }
      const Event& ea = a.events[p.a];
      const Event& eb = b.events[p.b];
      out += st.paint("33", "~ " + event_line(ea) + "  [" + render::shorten(ea.id, 40) + " = " +
                                render::shorten(eb.id, 40) + "]") +
             "\n";
      if (diff::headline(ea, kHeadline) != diff::headline(eb, kHeadline))
        out += st.paint("33", "~     b: " + diff::headline(eb, kHeadline)) + "\n";
      for (const Change& c : p.changes) out += st.paint("33", "~     " + change_line(c)) + "\n";
    }
  }
  return out;
}

std::string diff_json(const Timeline& a, const Timeline& b, const TimelineDiff& d, const DiffNames& names) {
  using J = nlohmann::ordered_json;
  auto nullable = [](const std::string& s) { return s.empty() ? J(nullptr) : J(s); };
  J j;
  j["schema"] = "dateline.diff/1";
  j["a"] = side_json(a, names.a);
  j["b"] = side_json(b, names.b);
  j["matched"] = J::array();
  std::size_t changed = 0;
  for (const DiffPair& p : d.matched) {
    J changes = J::array();
    for (const Change& c : p.changes)
      changes.push_back(
          {{"field", c.field}, {"kind", c.kind}, {"a", nullable(c.a)}, {"b", nullable(c.b)}, {"detail", nullable(c.detail)}});
    changed += !p.changes.empty();
    j["matched"].push_back({{"a", a.events[p.a].id},
                            {"b", b.events[p.b].id},
                            {"score", std::round(p.score * 1000.0) / 1000.0},
                            {"same_mention", p.same_mention},
                            {"changes", changes}});
  }
  j["only_a"] = J::array();
  for (std::size_t i : d.only_a) j["only_a"].push_back(a.events[i].id);
  j["only_b"] = J::array();
  for (std::size_t i : d.only_b) j["only_b"].push_back(b.events[i].id);
  j["summary"] = {{"aligned", d.matched.size()},
                  {"changed", changed},
                  {"only_a", d.only_a.size()},
                  {"only_b", d.only_b.size()},
                  {"same", d.same()}};
  // Article text may hold invalid UTF-8 only if a timeline file did; replace, never throw.
  return j.dump(1, ' ', false, J::error_handler_t::replace) + "\n";
}

}  // namespace dateline
