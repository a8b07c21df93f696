// Publication dates stated by the text itself: a news dateline or a date line near the top.
// Works on the segmenter's tokens of the first lines only, so its cost is bounded whatever
// the size of the article.
#include <dateline/text.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "ingest/internal.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dateline::ingest {
namespace {

struct Words {
  std::unordered_map<std::string, unsigned> months;
  std::unordered_set<std::string> weekdays, dashes;
  std::unordered_map<std::string, bool> labels;  // label -> whether it dates a later update
};

const Words& words() {
  static const Words w = [] {
    Words r;
    auto load = [](std::string_view name, auto&& fn) {
      if (auto data = embedded::file(name)) tsv::for_each_row(*data, true, fn);
    };
    load("text/months.tsv", [&](const std::vector<std::string_view>& f) {
      unsigned m = 0;
      if (f.size() > 1 && std::from_chars(f[1].data(), f[1].data() + f[1].size(), m).ec == std::errc{})
        r.months[lower(f[0])] = m;
    });
    load("text/weekdays.tsv", [&](const std::vector<std::string_view>& f) { r.weekdays.insert(lower(f[0])); });
    load("ingest/date_line_labels.tsv", [&](const std::vector<std::string_view>& f) {
      r.labels[lower(f[0])] = f.size() > 1 && f[1] == "updated";
    });
    load("ingest/dateline_dashes.tsv", [&](const std::vector<std::string_view>& f) { r.dashes.insert(std::string(f[0])); });
    return r;
  }();
  return w;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::optional<unsigned> number(std::string_view s) {
  unsigned v = 0;
  if (!all_digits(s) || s.size() > 4) return std::nullopt;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// A day-of-month token: "18" or "18th".
std::optional<unsigned> day_number(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return std::nullopt;
  const std::string suffix = lower(s.substr(n));
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  auto v = number(s.substr(0, n));
  if (!v || *v < 1 || *v > 31) return std::nullopt;
  return v;
}

struct Toks {
  std::vector<std::string_view> t;
  std::vector<std::size_t> start, end;  // byte offsets within the line
  std::size_t size() const { return t.size(); }
};

Toks tokens_of(std::string_view line) {
  const Segmented seg = segment(line);
  Toks out;
  for (std::size_t i = 0; i < seg.tokens.size(); ++i) {
    out.t.push_back(seg.token_text(i));
    out.start.push_back(seg.tokens[i].start);
    out.end.push_back(seg.tokens[i].end);
  }
  return out;
}

struct DateMatch {
  std::size_t end = 0;  // token after the date
  unsigned month = 0, day = 0;
  std::optional<int> year;
};

// A calendar date starting at token k: "March 18, 2021", "March 18", "18 March 2021",
// "2021-03-18", "2021/03/18".
std::optional<DateMatch> date_at(const Toks& t, std::size_t k) {
  const Words& w = words();
  if (k >= t.size()) return std::nullopt;
  auto year_at = [&](std::size_t i) -> std::optional<int> {
    if (i >= t.size() || t.t[i].size() != 4) return std::nullopt;
    auto v = number(t.t[i]);
    if (!v || *v < 1000) return std::nullopt;
    return static_cast<int>(*v);
  };
  const std::string_view s = t.t[k];
  if (s.size() == 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4]) {
    if (auto d = parse_iso_day(s)) {
      return DateMatch{k + 1, static_cast<unsigned>(d->month()), static_cast<unsigned>(d->day()),
                       static_cast<int>(d->year())};
    }
  }
  if (auto m = w.months.find(lower(s)); m != w.months.end()) {
    if (k + 1 < t.size()) {
      if (auto d = day_number(t.t[k + 1])) {
        DateMatch r{k + 2, m->second, *d, std::nullopt};
        std::size_t y = k + 2;
        if (y < t.size() && t.t[y] == ",") ++y;
        if (auto yr = year_at(y)) r.year = *yr, r.end = y + 1;
        return r;
      }
    }
    return std::nullopt;
  }
  if (auto d = day_number(s); d && k + 1 < t.size()) {
    if (auto m = w.months.find(lower(t.t[k + 1])); m != w.months.end()) {
      DateMatch r{k + 2, m->second, *d, std::nullopt};
      std::size_t y = k + 2;
      if (y < t.size() && t.t[y] == ",") ++y;
      if (auto yr = year_at(y)) r.year = *yr, r.end = y + 1;
      return r;
    }
  }
  return std::nullopt;
}

std::optional<date::year_month_day> to_ymd(const DateMatch& m) {
  if (!m.year) return std::nullopt;
  const date::year_month_day d{date::year{*m.year}, date::month{m.month}, date::day{m.day}};
  if (!d.ok()) return std::nullopt;
  return d;
}

bool starts_upper(std::string_view s) { return !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0x80); }
bool all_caps_word(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

// "MOSCOW, March 18 (Reuters) -", "WASHINGTON (AP) — March 18, 2021 —", "MOSCOW (Reuters) –".
struct Dateline {
  std::optional<DateMatch> date;
  std::optional<std::string> agency;
};

std::optional<Dateline> dateline_of(std::string_view line, const Toks& t) {
  constexpr std::size_t kMaxPrefix = 14;
  const Words& w = words();
  std::size_t dash = 0;
  while (dash < t.size() && dash <= kMaxPrefix && !w.dashes.count(std::string(t.t[dash]))) ++dash;
  if (dash == 0 || dash > kMaxPrefix || dash >= t.size()) return std::nullopt;
  if (!starts_upper(t.t[0]) || t.t[0] == "(") return std::nullopt;
  Dateline d;
  bool in_parens = false;
  std::size_t open = 0;
  for (std::size_t i = 0; i < dash; ++i) {
    const std::string_view s = t.t[i];
    if (s == "(") {
      in_parens = true;
      open = i;
    } else if (s == ")") {
      if (in_parens && i > open + 1 && t.start[i] - t.end[open] <= 40)
        d.agency = std::string(line.substr(t.end[open], t.start[i] - t.end[open]));
      in_parens = false;
    } else if (!in_parens && !d.date && date_at(t, i)) {
      d.date = date_at(t, i);
      i = d.date->end - 1;
    } else if (!in_parens && s != "," && s != "." && s != "/" && !starts_upper(s)) {
      return std::nullopt;  // prose, not a dateline
    }
  }
  if (!d.agency && !all_caps_word(t.t[0])) return std::nullopt;
  if (!d.date) d.date = date_at(t, dash + 1);
  return d;
}

// A line holding only a date: "March 22, 2013", "Thursday, March 18, 2021 10:45 AM GMT",
// "Published: 2013-03-22", "Updated - September 19, 2023 11:42 pm IST".
struct DateLine {
  date::year_month_day day;
  bool updated = false;  // introduced by a label of a later edit ("Updated")
};

std::optional<DateLine> date_line_of(const Toks& t) {
  const Words& w = words();
  std::size_t k = 0;
  bool updated = false;
  if (k < t.size()) {
    if (auto label = w.labels.find(lower(t.t[k])); label != w.labels.end()) {
      updated = label->second;
      ++k;
      if (k < t.size() && (t.t[k] == ":" || w.dashes.count(std::string(t.t[k])))) ++k;
    }
  }
  if (k < t.size() && w.weekdays.count(lower(t.t[k]))) {
    ++k;
    if (k < t.size() && t.t[k] == ",") ++k;
  }
  auto m = date_at(t, k);
  if (!m) return std::nullopt;
  for (std::size_t i = m->end; i < t.size(); ++i) {  // a time of day may follow
    const std::string_view s = t.t[i];
    const bool ok = all_digits(s) || s.find(':') != std::string_view::npos || s == "," || s == "." || s == "|" ||
                    s == "-" || s == "(" || s == ")" || lower(s) == "a.m." || lower(s) == "p.m." ||
                    lower(s) == "am" || lower(s) == "pm" || (s.size() <= 4 && all_caps_word(s));
    if (!ok) return std::nullopt;
  }
  const auto ymd = to_ymd(*m);
  if (!ymd) return std::nullopt;
  return DateLine{*ymd, updated};
}

// Whether segmenting the line can find anything: a dateline needs a dash token and a date
// line a digit. Most prose lines have neither, and segmenting them was a tenth of the cost of
// a build on short articles.
bool may_hold_date(std::string_view line) {
  for (char c : line)
    if (c >= '0' && c <= '9') return true;
  for (const std::string& dash : words().dashes)
    if (line.find(dash) != std::string_view::npos) return true;
  return false;
}

// Whether the line can name the agency of a dateline or end the search for one, when only the
// source is wanted (the publication date is known): a dateline needs a dash token, and then
// either an agency in parentheses or a date (whose day has digits) to matter.
bool may_hold_source(std::string_view line) {
  // stops at the first digit or '(' (most lines with one have it early)
  if (std::none_of(line.begin(), line.end(), [](char c) { return (c >= '0' && c <= '9') || c == '('; })) return false;
  for (const std::string& dash : words().dashes)
    if (line.find(dash) != std::string_view::npos) return true;
  return false;
}

// When only the source is wanted: whether the line can open with a dateline ("MOSCOW
// (Reuters) -"). dateline_of wants a first token with a capital and, before the first dash
// token, only capitalised words, punctuation, words in parentheses and a date. A token begins
// at the first byte after a space, so a lower-case word there, outside parentheses and before
// the first dash, that is no month name (a date may read "march 18") rules the line out
// without segmenting it: prose lines fail at their first lower-case word.
// Whether no lower-case word other than a month name comes before the line's first dash (and
// the line starts with a capital or a non-ASCII byte). The dash is looked for only in the
// prefix up to a lower-case word, not in the whole line: most lines are prose and fail at
// their second word.
bool may_open_dateline(std::string_view line) {
  const Words& w = words();
  const auto space = [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; };
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  // whether a dash starts at or before i
  const auto dash_by = [&](std::size_t i) {
    for (const std::string& d : w.dashes)
      if (line.substr(0, i + d.size()).find(d) != std::string_view::npos) return true;
    return false;
  };
  std::size_t i = 0;
  while (i < line.size() && space(line[i])) ++i;
  if (i < line.size() && static_cast<unsigned char>(line[i]) < 0x80 && !(line[i] >= 'A' && line[i] <= 'Z')) return false;
  bool in_parens = false;
  for (; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '(') {
      in_parens = true;
    } else if (c == ')') {
      in_parens = false;
    } else if (!in_parens && c >= 'a' && c <= 'z' && i > 0 && space(line[i - 1])) {
      if (dash_by(i)) return true;  // the word is after the dash
      std::size_t e = i;
      while (e < line.size() && letter(line[e])) ++e;
      const std::string word = lower(line.substr(i, e - i));
      if (!w.months.count(word) && !w.months.count(word + ".")) return false;
      i = e - 1;
    }
  }
  return true;
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::optional<date::year_month_day> parse_iso_day(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) s = s.substr(1, s.size() - 2);
  int y = 0;
  unsigned m = 0, d = 0;
  auto num = [](std::string_view v, auto& out) {
    return all_digits(v) && std::from_chars(v.data(), v.data() + v.size(), out).ec == std::errc{};
  };
  // Year first, so the separator cannot make the order ambiguous: "2021-03-18", and the
  // "2021/03/18" and "2021.03.18" of East Asian agencies' date lines.
  const bool separated = s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4];
  if (separated && (s.size() == 10 || !(s[10] >= '0' && s[10] <= '9'))) {
    if (!num(s.substr(0, 4), y) || !num(s.substr(5, 2), m) || !num(s.substr(8, 2), d)) return std::nullopt;
  } else if (s.size() >= 8 && all_digits(s.substr(0, 8)) && (s.size() == 8 || !(s[8] >= '0' && s[8] <= '9'))) {
    if (!num(s.substr(0, 4), y) || !num(s.substr(4, 2), m) || !num(s.substr(6, 2), d)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

TextDate find_text_date(std::string_view text, bool want_day) {
  constexpr std::size_t kMaxLines = 20, kMaxBytes = 4096, kMaxLine = 300;
  TextDate out;
  std::optional<date::year_month_day> update_day;  // the day of a later edit: the last resort
  std::size_t pos = 0, lines = 0;
  while (pos < text.size() && pos < kMaxBytes && lines < kMaxLines) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || nl - pos > kMaxLine) nl = std::min(text.size(), pos + kMaxLine);
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (trim(line).empty()) continue;
    ++lines;
    if (want_day ? !may_hold_date(line) : !may_open_dateline(line) || !may_hold_source(line)) continue;
    const Toks t = tokens_of(line);
    if (t.size() == 0) continue;
    if (auto d = dateline_of(line, t)) {
      if (!out.source && d->agency) out.source = d->agency;
      if (d->date && (!out.day || out.basis == PublishedBasis::text)) {
        if (auto ymd = to_ymd(*d->date)) {
          out.day = ymd;
          out.basis = PublishedBasis::dateline;
          return out;
        }
      }
      continue;
    }
    if (!out.day && want_day) {
      if (auto line_date = date_line_of(t)) {
        if (line_date->updated) {
          if (!update_day) update_day = line_date->day;
          continue;
        }
        out.day = line_date->day;
        out.basis = PublishedBasis::text;
        if (out.source) return out;
      }
    }
  }
  if (!out.day && update_day) {
    out.day = update_day;
    out.basis = PublishedBasis::text;
  }
  return out;
}

}  // namespace dateline::ingest
