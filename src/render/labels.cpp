#include "render/labels.hpp"

#include <dateline/events.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <array>
#include <charconv>

namespace dateline::render {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not one
// (overlong forms, surrogates and code points past U+10FFFF are invalid too).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

bool is_space(std::string_view s, std::size_t i, std::size_t len) {
  if (len == 1) return s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
  // NO-BREAK SPACE folds like a space: articles use it between words.
  return len == 2 && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0;
}

struct ClassTable {
  std::array<ClassStyle, 5> styles;  // index 0 = outside CAMEO
};

const ClassTable& class_table() {
  static const ClassTable table = [] {
    ClassTable t;
    t.styles.fill({"other", "#f3f4f6", "#6b7280"});
    tsv::for_each_row(embedded::file("render/quad_classes.tsv").value_or(""), true, [&](const auto& f) {
      int k = -1;
      if (f.size() < 4 || std::from_chars(f[0].data(), f[0].data() + f[0].size(), k).ec != std::errc{}) return;
      if (k < 0 || k > 4) return;
      t.styles[static_cast<std::size_t>(k)] = {f[1], f[2], f[3]};  // views into the embedded bytes
    });
    return t;
  }();
  return table;
}

}  // namespace

Position position_of(const When& w) {
  Position p;
  if (w.earliest && w.latest && *w.earliest == *w.latest) {
    p.placement = Placement::day;
    p.anchor = w.earliest;
    p.text = format_day(*w.earliest);
  } else if (w.earliest && w.latest) {
    p.placement = Placement::interval;
    p.anchor = w.earliest;
    p.end = w.latest;
    p.text = format_day(*w.earliest) + " – " + format_day(*w.latest);
    // A coarse TIMEX value ("2021-03", "2021-W11") says the same more briefly.
    if (w.value && w.precision != Precision::day && w.precision != Precision::unknown && !w.value->empty() &&
        w.value->find("_REF") == std::string::npos)
      p.text = clean_utf8(*w.value) + " (" + p.text + ")";
  } else if (w.latest) {
    p.placement = Placement::at_most;
    p.anchor = w.latest;
    p.text = "≤ " + format_day(*w.latest);
  } else if (w.earliest) {
    p.placement = Placement::at_least;
    p.anchor = w.earliest;
    p.text = "≥ " + format_day(*w.earliest);
  } else {
    p.text = "undated";
  }
  return p;
}

std::string gap_text(Day a, Day b) {
  using namespace date;
  const auto days = (b - a).count();
  const year_month_day ya{a}, yb{b};
  auto months = (yb.year() / yb.month() - ya.year() / ya.month()).count();
  if (yb.day() < ya.day()) --months;
  auto plural = [](long long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " later";
  };
  if (months >= 24) return plural(months / 12, "year");
  if (months >= 2) return plural(months, "month");
  if (days >= 14) return plural(days / 7, "week");
  return plural(days, "day");
}

std::optional<int> quad_class_of(const EventType& type) {
  if (type.quad_class && *type.quad_class >= 1 && *type.quad_class <= 4) return type.quad_class;
  if (!type.cameo) return std::nullopt;
  EventType described;
  if (describe_cameo(*type.cameo, described) && described.quad_class) return described.quad_class;
  // A code not in the codebook still tells its class by its root.
  if (type.cameo->size() >= 2 && describe_cameo(type.cameo->substr(0, 2), described)) return described.quad_class;
  return std::nullopt;
}

std::string root_label_of(const EventType& type, bool with_code) {
  std::string root = type.root.value_or(type.cameo && type.cameo->size() >= 2 ? type.cameo->substr(0, 2) : "");
  EventType described;
  if (root.empty() || !describe_cameo(root, described)) return "Other (no CAMEO type)";
  std::string label = described.label;
  for (std::size_t i = 1; i < label.size(); ++i)
    if (label[i] >= 'A' && label[i] <= 'Z') label[i] = static_cast<char>(label[i] - 'A' + 'a');
  return with_code ? root + " " + label : label;
}

const ClassStyle& class_style(std::optional<int> quad_class) {
  const auto& t = class_table();
  if (!quad_class || *quad_class < 1 || *quad_class > 4) return t.styles[0];
  return t.styles[static_cast<std::size_t>(*quad_class)];
}

std::string actors_text(const std::vector<Actor>& actors) {
  std::string sources, targets, others;
  auto add = [](std::string& to, const std::string& name) {
    if (!to.empty()) to += ", ";
    to += clean_utf8(name);
  };
  for (const Actor& a : actors) {
    if (a.role == ActorRole::source) add(sources, a.name);
    else if (a.role == ActorRole::target) add(targets, a.name);
    else add(others, a.name);
  }
  std::string out = sources;
  if (!targets.empty()) out += (out.empty() ? "→ " : " → ") + targets;
  if (!others.empty()) out += (out.empty() ? "" : " · ") + others;
  return out;
}

std::string clean_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (n == 1 && ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)) out.push_back(' ');
    else if (n == 1 && c == '\r') out.push_back(' ');
    else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

std::string shorten(std::string_view raw, std::size_t max_chars) {
  const std::string s = clean_utf8(raw);
  std::string out;
  std::size_t chars = 0;
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_length(s, i);  // s is clean: n >= 1
    if (is_space(s, i, n)) {
      pending_space = !out.empty();
    } else {
      if (chars + (pending_space ? 1 : 0) + 1 > max_chars) {
        out += "…";
        return out;
      }
      if (pending_space) {
        out.push_back(' ');
        ++chars;
        pending_space = false;
      }
      out.append(s, i, n);
      ++chars;
    }
    i += n;
  }
  return out;
}

std::vector<std::string> wrap(std::string_view raw, std::size_t width) {
  const std::string s = shorten(raw, std::string::npos);
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_chars = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    std::string_view word(s.data() + i, j - i);
    std::size_t word_chars = 0;
    for (std::size_t k = 0; k < word.size(); k += utf8_length(word, k)) ++word_chars;
    if (!line.empty() && line_chars + 1 + word_chars > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_chars = 0;
    }
    if (!line.empty()) {
      line.push_back(' ');
      ++line_chars;
    }
    line.append(word);
    line_chars += word_chars;
    i = j + 1;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string html_escape(std::string_view raw) {
  const std::string s = clean_utf8(raw);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': case '\t': out.push_back(' '); break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string graphviz_html(std::string_view raw) {
  std::string out;
  for (char c : html_escape(raw)) {
    if (c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string dot_quote(std::string_view raw) {
  // Graphviz copies XML entities into the SVG as they are, so quotes and ampersands go in as
  // entities (which SVG readers decode). It unescapes tooltips twice (each time "\\" -> "\",
  // and \N, \G, \E ... expanded), so a backslash goes in as four.
  const std::string s = clean_utf8(raw);
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "&quot;"; break;
      case '\\': out += "\\\\\\\\"; break;
      case '&': out += "&amp;"; break;
      case '\n': case '\t': out.push_back(' '); break;
      default: out.push_back(c);
    }
  }
  return out + "\"";
}

std::string safe_id(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    c == '-' || c == '.' || c == ':';
    out.push_back(ok ? c : '_');
  }
  if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'))) out.insert(0, "x");
  return out;
}

}  // namespace dateline::render
