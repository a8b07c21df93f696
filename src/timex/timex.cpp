// The TIMEX3 tagger: a left-to-right scan over fine-grained tokens (letter runs, digit runs,
// single punctuation) that tries a small grammar of temporal expressions at each position,
// keeps the longest match, and normalises it against the DCT (or the date in focus). Every
// step looks at a bounded window of tokens, so the whole scan is linear in the text.
#include <dateline/timex.hpp>

#include "timex/lexicon.hpp"

#include <date/date.h>
#include <date/iso_week.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace dateline {

std::string_view to_string(TimexType t) {
  switch (t) {
    case TimexType::date: return "DATE";
    case TimexType::time: return "TIME";
    case TimexType::duration: return "DURATION";
    case TimexType::set: return "SET";
  }
  return "DATE";
}

namespace {

using timex::Lexicon;
using timex::lexicon;
using timex::Phrase;

// ---------------------------------------------------------------------------------------
// Tokens

enum class Kind : std::uint8_t { alpha, digit, punct, other };

struct Tok {
  std::uint32_t start = 0, end = 0;
  Kind kind = Kind::punct;
  bool cap = false;     // starts with an upper-case letter
  bool glued = false;   // no space between this token and the previous one
  bool break_before = false;  // a sentence or paragraph boundary lies before this token
  // A rule may start here (Tagger::run's first test, made while tokenizing): a digit, an
  // apostrophe ('90s) or a word that starts a rule, not inside a word.
  bool may_start = false;
  std::string_view low;  // lower-cased text (a view into the tagger's lower-cased copy)
  long num = -1;        // the value of a digit token of at most 9 digits
  const timex::WordInfo* info = nullptr;  // what the word lists say about it
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ASCII letters lower-cased, every other byte kept: the text the tokens' `low` views read.
std::string lower_copy(std::string_view s) {
  std::string out(s);
  std::size_t i = 0;
  // Eight bytes at a time: a byte's high bit is set in `upper` when it is 'A'..'Z' (ASCII
  // only: bytes >= 0x80 are excluded by ~x), and 0x80 >> 2 is the 0x20 that lower-cases it.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= out.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, out.data() + i, 8);
    const std::uint64_t low7 = x & ~kHigh;
    const std::uint64_t ge_a = low7 + kOnes * (0x80 - 'A');
    const std::uint64_t gt_z = low7 + kOnes * (0x80 - 'Z' - 1);
    const std::uint64_t upper = (ge_a ^ gt_z) & ~x & kHigh;
    x |= upper >> 2;
    std::memcpy(out.data() + i, &x, 8);
  }
  for (; i < out.size(); ++i)
    if (is_upper(out[i])) out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

// What the tokenizer needs to know of a byte, one table lookup a byte instead of a chain of
// range tests. Byte 0 is in no class: the scans of a token's letters or digits run over the
// lower-cased copy, whose terminating NUL stops them without a bounds test.
enum ByteClass : std::uint8_t { kBlank = 1, kNewline = 2, kLetter = 4, kDigit = 8, kContinuation = 16 };
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  t[' '] = t['\t'] = t['\r'] = kBlank;
  t['\n'] = kNewline;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = kLetter;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (int c = 0x80; c < 0xC0; ++c) t[c] = kContinuation;
  return t;
}();
std::uint8_t byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

// `lower` is lower_copy(s), which must outlive the tokens; a std::string, so that
// lower[s.size()] is the NUL that ends the letter and digit scans.
std::vector<Tok> tokenize(std::string_view s, const std::string& lower) {
  const timex::Lexicon& lex = timex::lexicon();
  std::vector<Tok> out;
  out.reserve(s.size() / 4);
  const char* const low = lower.c_str();
  std::size_t i = 0;
  bool pending_break = true;
  bool break_if_starter = false;
  while (i < s.size()) {
    const char c = s[i];
    const std::uint8_t cls = byte_class(c);
    if (cls & (kBlank | kNewline)) {
      if (cls & kNewline) {
        std::size_t k = i + 1;
        while (k < s.size() && (byte_class(s[k]) & kBlank)) ++k;
        if (k < s.size() && s[k] == '\n') pending_break = true;
      }
      ++i;
      continue;
    }
    Tok& t = out.emplace_back();  // built in place
    const Tok* prev = out.size() > 1 ? &out[out.size() - 2] : nullptr;
    t.start = static_cast<std::uint32_t>(i);
    std::size_t j = i + 1;
    if (cls & kLetter) {
      t.kind = Kind::alpha;
      while (byte_class(low[j]) & kLetter) ++j;
    } else if (cls & kDigit) {
      t.kind = Kind::digit;
      while (byte_class(low[j]) & kDigit) ++j;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      t.kind = Kind::other;
      while (byte_class(low[j]) & kContinuation) ++j;
    }
    t.end = static_cast<std::uint32_t>(j);
    t.glued = prev && prev->end == t.start;
    t.cap = is_upper(c);
    t.low = std::string_view(low + i, j - i);
    if (t.kind == Kind::alpha) {
      t.info = lex.info(t.low);
    } else if (t.kind == Kind::digit && j - i <= 9) {
      t.num = 0;
      for (std::size_t k = i; k < j; ++k) t.num = t.num * 10 + (s[k] - '0');
    }
    const bool opener = t.kind == Kind::digit || (t.kind == Kind::alpha && t.info && t.info->starts) ||
                        (t.kind == Kind::punct && c == '\'');
    t.may_start = opener && (!t.glued || (prev->kind != Kind::alpha && prev->kind != Kind::digit));
    // after an abbreviation that may end a sentence, a sentence starter or a quote begins one
    t.break_before = pending_break || (break_if_starter && ((t.info && t.info->sentence_starter) || c == '"' || c == '`'));
    pending_break = false;
    break_if_starter = false;
    if (t.kind == Kind::punct) {
      // A sentence ends at . ! ? unless the period closes an abbreviation or initial.
      if (c == '!' || c == '?') pending_break = true;
      // (a capitalised short word: "Jan.", "Mr.", "Corp."; a single letter: "p.m.", "U.S."),
      // not when it follows a short lower-case word ("him.", "ago.").
      if (c == '.' && prev) {
        const Tok& w = *prev;
        const bool abbrev = w.end == t.start && w.kind == Kind::alpha && (w.low.size() == 1 || (w.cap && w.low.size() <= 4));
        const bool listed = w.end == t.start && w.kind == Kind::alpha && w.info && w.info->abbreviation;
        if (listed && !*w.info->abbreviation) break_if_starter = true;  // "vs. Wade", "Calif. The ..."
        else if (!abbrev && !listed) pending_break = true;
      }
    }
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Calendar points

enum class G : std::uint8_t { century, decade, year, half, quarter, season, month, week, weekend, day };

struct Point {
  G g = G::day;
  int year = 0;
  int sub = 0;  // half 1-2, quarter 1-4, season 0-3, month 1-12, ISO week 1-53
  date::year_month_day ymd{};  // for day (and the Saturday of a weekend)
  std::string time;            // "TNI", "T15:00" after a day
};

constexpr std::string_view kSeasonCodes[] = {"SP", "SU", "FA", "WI"};

// snprintf("%0*ld") without the format parsing (it was most of format_value's time); a
// negative value, which no calendar point should hold, still goes through snprintf.
std::string pad(long v, int width) {
  char buf[24];
  if (v < 0) {
    std::snprintf(buf, sizeof buf, "%0*ld", width, v);
    return buf;
  }
  char* const end = buf + sizeof buf;
  char* p = end;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (end - p < width && p > buf) *--p = '0';
  return std::string(p, end);
}

std::string format_value(const Point& p) {
  switch (p.g) {
    case G::century: return pad(p.year / 100, 2);
    case G::decade: return pad(p.year / 10, 3);
    case G::year: return pad(p.year, 4);
    case G::half: return pad(p.year, 4) + "-H" + std::to_string(p.sub);
    case G::quarter: return pad(p.year, 4) + "-Q" + std::to_string(p.sub);
    case G::season: return pad(p.year, 4) + "-" + std::string(kSeasonCodes[p.sub & 3]);
    case G::month: return pad(p.year, 4) + "-" + pad(p.sub, 2);
    case G::week: return pad(p.year, 4) + "-W" + pad(p.sub, 2);
    case G::weekend: return pad(p.year, 4) + "-W" + pad(p.sub, 2) + "-WE";
    case G::day:
      return pad(static_cast<int>(p.ymd.year()), 4) + "-" + pad(static_cast<unsigned>(p.ymd.month()), 2) + "-" +
             pad(static_cast<unsigned>(p.ymd.day()), 2) + p.time;
  }
  return {};
}

Day first_day(int y, unsigned m) { return Day{date::year{y} / date::month{m} / 1}; }
Day last_day(int y, unsigned m) { return Day{date::year{y} / date::month{m} / date::last}; }

std::pair<Day, Day> bounds(const Point& p) {
  using namespace date;
  switch (p.g) {
    case G::century: return {first_day(p.year / 100 * 100, 1), last_day(p.year / 100 * 100 + 99, 12)};
    case G::decade: return {first_day(p.year / 10 * 10, 1), last_day(p.year / 10 * 10 + 9, 12)};
    case G::year: return {first_day(p.year, 1), last_day(p.year, 12)};
    case G::half: return {first_day(p.year, p.sub == 1 ? 1u : 7u), last_day(p.year, p.sub == 1 ? 6u : 12u)};
    case G::quarter: {
      const unsigned m = static_cast<unsigned>(p.sub - 1) * 3 + 1;
      return {first_day(p.year, m), last_day(p.year, m + 2)};
    }
    case G::season:
      switch (p.sub) {
        case 0: return {first_day(p.year, 3), last_day(p.year, 5)};
        case 1: return {first_day(p.year, 6), last_day(p.year, 8)};
        case 2: return {first_day(p.year, 9), last_day(p.year, 11)};
        default: return {first_day(p.year, 12), last_day(p.year + 1, 2)};
      }
    case G::month: return {first_day(p.year, static_cast<unsigned>(p.sub)), last_day(p.year, static_cast<unsigned>(p.sub))};
    case G::week:
    case G::weekend: {
      const Day mon{iso_week::year{p.year} / iso_week::weeknum{static_cast<unsigned>(p.sub)} / iso_week::mon};
      if (p.g == G::week) return {mon, mon + days{6}};
      return {mon + days{5}, mon + days{6}};
    }
    case G::day: return {Day{p.ymd}, Day{p.ymd}};
  }
  return {};
}

Precision precision_of(G g) {
  switch (g) {
    case G::century: return Precision::century;
    case G::decade: return Precision::decade;
    case G::year:
    case G::half: return Precision::year;
    case G::quarter: return Precision::quarter;
    case G::season: return Precision::season;
    case G::month: return Precision::month;
    case G::week:
    case G::weekend: return Precision::week;
    case G::day: return Precision::day;
  }
  return Precision::unknown;
}

Point day_point(Day d) { return Point{G::day, 0, 0, date::year_month_day{d}, {}}; }

Point week_point(Day d, G g = G::week) {
  const iso_week::year_weeknum_weekday w{d};
  return Point{g, static_cast<int>(w.year()), static_cast<int>(static_cast<unsigned>(w.weeknum())), date::year_month_day{d}, {}};
}

// The point of granularity g that contains day d.
Point containing(Day d, G g) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  const int m = static_cast<int>(static_cast<unsigned>(ymd.month()));
  switch (g) {
    case G::century: return Point{g, y / 100 * 100, 0, ymd, {}};
    case G::decade: return Point{g, y / 10 * 10, 0, ymd, {}};
    case G::year: return Point{g, y, 0, ymd, {}};
    case G::half: return Point{g, y, m <= 6 ? 1 : 2, ymd, {}};
    case G::quarter: return Point{g, y, (m - 1) / 3 + 1, ymd, {}};
    case G::season: {
      if (m == 12) return Point{g, y, 3, ymd, {}};
      if (m <= 2) return Point{g, y - 1, 3, ymd, {}};
      return Point{g, y, (m - 3) / 3, ymd, {}};
    }
    case G::month: return Point{g, y, m, ymd, {}};
    case G::week: return week_point(d);
    case G::weekend: {
      const date::weekday wd{d};
      const Day sat = d - (wd - date::Saturday);
      return week_point(sat, G::weekend);
    }
    case G::day: return day_point(d);
  }
  return day_point(d);
}

// Point p moved n of its own units (a quarter, a month, ...).
Point shift(const Point& p, int n) {
  using namespace date;
  Point q = p;
  switch (p.g) {
    case G::century: q.year += 100 * n; break;
    case G::decade: q.year += 10 * n; break;
    case G::year: q.year += n; break;
    case G::half: {
      int idx = p.year * 2 + (p.sub - 1) + n;
      q.year = idx / 2, q.sub = idx % 2 + 1;
      break;
    }
    case G::quarter: {
      int idx = p.year * 4 + (p.sub - 1) + n;
      q.year = idx / 4, q.sub = idx % 4 + 1;
      break;
    }
    case G::season: {
      int idx = p.year * 4 + p.sub + n;
      q.year = idx / 4, q.sub = idx % 4;
      break;
    }
    case G::month: {
      int idx = p.year * 12 + (p.sub - 1) + n;
      q.year = idx / 12, q.sub = idx % 12 + 1;
      break;
    }
    case G::week:
    case G::weekend: {
      const Day d = bounds(p).first + weeks{n};
      q = week_point(d, p.g);
      break;
    }
    case G::day: q.ymd = year_month_day{Day{p.ymd} + days{n}}; break;
  }
  return q;
}

G unit_granularity(std::string_view unit) {
  if (unit == "Y") return G::year;
  if (unit == "Q") return G::quarter;
  if (unit == "M") return G::month;
  if (unit == "W" || unit == "FN") return G::week;
  if (unit == "WE") return G::weekend;
  if (unit == "DE") return G::decade;
  if (unit == "CE") return G::century;
  return G::day;
}

// A day-or-finer unit: H, MIN, S take the PT form.
bool time_unit(std::string_view unit) { return unit == "H" || unit == "MIN" || unit == "S"; }

std::string duration_value(std::string_view unit, int n) {
  const std::string count = n < 0 ? "X" : std::to_string(n);
  if (unit == "H") return "PT" + count + "H";
  if (unit == "MIN") return "PT" + count + "M";
  if (unit == "S") return "PT" + count + "S";
  if (unit == "DE") return n < 0 ? "PXDE" : "P" + std::to_string(n * 10) + "Y";
  if (unit == "CE") return n < 0 ? "PXCE" : "P" + std::to_string(n * 100) + "Y";
  if (unit == "Q") return n < 0 ? "PXQ" : "P" + std::to_string(n * 3) + "M";
  if (unit == "WE") return "P" + (n < 0 ? std::string("X") : std::to_string(n * 2)) + "D";
  if (unit == "FN") return n < 0 ? "PXW" : "P" + std::to_string(n * 2) + "W";  // a fortnight
  return "P" + count + std::string(unit);
}

// n and a half units ("2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S); empty when
// the half has no exact smaller unit.
std::string half_duration_value(std::string_view unit, int n) {
  if (n < 0) return {};
  const std::string c = std::to_string(n);
  if (unit == "Y") return "P" + c + "Y6M";
  if (unit == "M") return "P" + c + "M15D";
  if (unit == "D") return "P" + c + "DT12H";
  if (unit == "H") return "PT" + c + "H30M";
  if (unit == "MIN") return "PT" + c + "M30S";
  if (unit == "DE") return "P" + std::to_string(n * 10 + 5) + "Y";
  if (unit == "CE") return "P" + std::to_string(n * 100 + 50) + "Y";
  return {};
}

// ---------------------------------------------------------------------------------------
// Matches

enum class Tense : std::uint8_t { none, past, present, future };

struct Cand {
  std::size_t end = 0;  // one past the last token
  TimexType type = TimexType::date;
  std::string value;  // a literal value (fuzzy, durations, sets) ...
  std::optional<Point> point;  // ... or a calendar point
  std::string mod;
  bool needs_dct = false;   // resolved against the DCT
  bool unresolved = false;  // a value with X for what nothing could tell
  bool explicit_date = false;  // names its own year: sets the focus
  bool shifted = false;        // computed from the focus ("a year earlier"): never the focus
  std::optional<std::pair<Day, Day>> span;  // bounds overriding the point's
  std::size_t begin = 0;  // when non-zero, the first token of the extent (a modifier left out)
  // TimeML's form when it differs: "three days later" is the duration "three days"
  std::size_t timeml_end = 0;  // one past the duration's last token; 0 when no such form
  std::string timeml_value, timeml_mod;
  bool event_name = false;  // "World War II": a DATE for the events, no TIMEX3 in TimeML
};

class Tagger {
 public:
  Tagger(std::string_view text, const TimexOptions& o, bool gate = true)
      : text_(text), lower_(lower_copy(text)), t_(tokenize(text, lower_)), lex_(lexicon()), dct_(o.dct), gate_(gate) {
    if (dct_) focus_ = day_point(Day{*dct_});
    day_focus_ = focus_;
  }

  std::vector<Timex> run() {
    std::vector<Timex> out;
    std::size_t i = 0;
    while (i < t_.size()) {
      // rules start at a digit, an apostrophe ('90s) or a word of the lexicon (the general
      // test on the ungated path, which tests compare with the tokenizer's may_start)
      if (gate_ ? !t_[i].may_start
                : !start_ok(i) || (t_[i].kind == Kind::alpha && (!t_[i].info || !t_[i].info->starts)) || t_[i].kind == Kind::other) {
        ++i;
        continue;
      }
      if (gate_ && ((t_[i].info && t_[i].info->gated && !time_word_follows(i)) || (t_[i].kind == Kind::punct && !elided_century(i)) ||
                    !head_follows(i))) {
        ++i;
        continue;
      }
      std::optional<Cand> c = match(i);
      if (!c || c->end <= i || !end_ok(c->end)) {
        ++i;
        continue;
      }
      out.push_back(finish(i, *c));
      i = c->end;
    }
    return out;
  }

 private:
  std::string_view text_;
  std::string lower_;  // text_ lower-cased: the tokens' `low` views point into it
  std::vector<Tok> t_;
  const Lexicon& lex_;
  std::optional<date::year_month_day> dct_;
  std::optional<Point> focus_;  // the date in focus for "a year earlier", "three days later"
  // The day last named, whatever its form ("Feb. 21", "Monday"): a narrative's "the next day",
  // "two days later" count from it. focus_ takes only explicit dates, because in financial
  // reports "a year earlier" is anchored by the period, not by a payment day.
  std::optional<Point> day_focus_;
  bool day_named_ = false;  // day_focus_ is a day the text named, not the DCT
  std::optional<Point> quarter_focus_;  // the quarter last named ("the 1988 quarter")
  std::optional<Point> closed_quarter_;  // the last quarter named that was over by the DCT

  // The focus of "a year earlier", "the year-ago period": a report's forecast ("the third
  // quarter of 1990") does not replace the quarter being reported on
  std::optional<Point> report_focus() const {
    if (focus_ && focus_->g == G::quarter && dct_ && bounds(*focus_).first > Day{*dct_} && closed_quarter_) return closed_quarter_;
    return focus_;
  }
  bool gate_ = true;  // the look-ahead at the gated words (off: the general path, for tests)

  // Whether a time word (WordInfo::time_word, not itself gated) or a digit lies within the
  // four tokens after i: every rule that can start at a gated word ("the", "a", "at") reaches
  // one of them by then. (Punctuation and non-ASCII tokens are in no list: "the '90s" has its
  // digits two tokens on.)
  bool time_word_follows(std::size_t i) const {
    for (std::size_t k = i + 1; k < t_.size() && k <= i + 4; ++k) {
      const Tok& t = t_[k];
      if (t.kind == Kind::digit) return true;
      if (t.kind == Kind::alpha && t.info && t.info->time_word && !t.info->gated) return true;
    }
    return false;
  }
  // Whether a head (a digit or a WordInfo::head word) lies within kHeadReach tokens from i:
  // every expression holds one, after at most a modifier, a determiner and a count ("the end
  // of the first", "no more than twenty - four"), so elsewhere the grammar cannot match.
  static constexpr std::size_t kHeadReach = 12;
  // The tokens before the head are words of the lists, digits or punctuation: a word that no
  // list holds ends the search ("the president said last week": not at "the").
  bool head_follows(std::size_t i) const {
    for (std::size_t k = i; k < t_.size() && k < i + kHeadReach; ++k) {
      const Tok& t = t_[k];
      if (is_head(t)) return true;
      if ((t.kind == Kind::alpha && !t.info) || t.kind == Kind::other) return false;
    }
    return false;
  }
  static bool is_head(const Tok& t) { return t.kind == Kind::digit || (t.info && t.info->head); }
  // An apostrophe starts an expression only as the elided century of a year ("'90s", "'98").
  bool elided_century(std::size_t i) const { return i + 1 < t_.size() && t_[i + 1].kind == Kind::digit && t_[i + 1].glued; }

  // ---- token helpers
  const Tok* at(std::size_t i) const { return i < t_.size() ? &t_[i] : nullptr; }
  // Inlined at every call, so that the literal's length is known and the comparison is a few
  // byte tests: out of line (with a strlen and a memcmp a call) it was a sixth of `timex`.
  [[gnu::always_inline]] bool is(std::size_t i, std::string_view w) const {
    if (i >= t_.size() || t_[i].low.size() != w.size()) return false;
    const char* l = t_[i].low.data();
    for (std::size_t k = 0; k < w.size(); ++k)
      if (l[k] != w[k]) return false;
    return true;
  }
  bool is_punct(std::size_t i, char c) const {
    return i < t_.size() && t_[i].kind == Kind::punct && t_[i].low.size() == 1 && t_[i].low[0] == c;
  }
  bool alnum(std::size_t i) const { return i < t_.size() && (t_[i].kind == Kind::alpha || t_[i].kind == Kind::digit); }

  // A match may not start or end inside a word ("2020votes", "Mayor").
  bool start_ok(std::size_t i) const {
    if (!alnum(i) && !is_punct(i, '\'')) return false;
    return i == 0 || !t_[i].glued || !alnum(i - 1);
  }
  bool end_ok(std::size_t e) const { return e >= t_.size() || !t_[e].glued || !alnum(e) || !alnum(e - 1); }

  // The longest phrase of `list` at token i; returns the phrase and the end token.
  using List = const std::vector<const Phrase*>* timex::WordInfo::*;
  std::pair<const Phrase*, std::size_t> phrase_at(List list, std::size_t i) const {
    const Phrase* best = nullptr;
    std::size_t best_end = i;
    if (i >= t_.size() || !t_[i].info || !(t_[i].info->*list)) return {best, best_end};
    for (const Phrase* pp : *(t_[i].info->*list)) {
      const Phrase& p = *pp;
      if (i + p.words.size() > t_.size() || p.words.size() + i <= best_end) continue;
      bool ok = true;
      for (std::size_t k = 0; k < p.words.size() && ok; ++k) ok = is(i + k, p.words[k]);
      if (ok) best = &p, best_end = i + p.words.size();
    }
    return {best, best_end};
  }

  // What list `field` of the lexicon says about token i.
  template <class T>
  std::optional<T> lookup(const T* timex::WordInfo::*field, std::size_t i) const {
    if (i >= t_.size() || !t_[i].info || !(t_[i].info->*field)) return std::nullopt;
    return *(t_[i].info->*field);
  }
  template <class T>
  bool in(const T* timex::WordInfo::*field, const Tok& t) const { return t.info && t.info->*field; }

  // A cardinal at i: digits, number words ("twenty-four", "a few", "a couple of"). -1 vague.
  // number() as a value whose fields are always set: a test like `n && n->first > 1` on the
  // optional lets GCC read the payload of an empty optional before its flag, which valgrind
  // reports as a jump on an uninitialised value.
  struct Count {
    bool found = false;
    int value = 0;
    std::size_t end = 0;
  };
  Count count_at(std::size_t i) const {
    Count c;
    if (auto n = number(i)) c = Count{true, n->first, n->second};
    return c;
  }

  std::optional<std::pair<int, std::size_t>> number(std::size_t i) const {
    const Tok* t = at(i);
    if (!t) return std::nullopt;
    if (t->kind == Kind::digit) {
      if (t->num < 0 || t->num > 100000) return std::nullopt;
      // "1.5", "2,000" and "1/2" are not whole counts here
      if (is_punct(i + 1, '.') || is_punct(i + 1, ',') || is_punct(i + 1, '/'))
        if (i + 2 < t_.size() && t_[i + 1].glued && t_[i + 2].glued && t_[i + 2].kind == Kind::digit) return std::nullopt;
      return std::pair{static_cast<int>(t->num), i + 1};
    }
    if (is(i, "a") && is(i + 1, "few")) return std::pair{-1, i + 2};
    if (is(i, "a") && is(i + 1, "couple") && is(i + 2, "of")) return std::pair{2, i + 3};
    auto v = lookup(&timex::WordInfo::numbers, i);
    if (!v) return std::nullopt;
    // "the next couple of years": the count after a lead, without "a"
    if (t->low == "couple" && is(i + 1, "of")) return std::pair{2, i + 2};
    if (*v >= 20 && *v < 100 && *v % 10 == 0) {
      // "twenty-four", "twenty four"
      const bool hyphen = is_punct(i + 1, '-') && t_[i + 1].glued;
      auto u = lookup(&timex::WordInfo::numbers, hyphen ? i + 2 : i + 1);
      if (u && *u > 0 && *u < 10 && !is(hyphen ? i + 2 : i + 1, "a") && !is(hyphen ? i + 2 : i + 1, "an"))
        return std::pair{*v + *u, hyphen ? i + 3 : i + 2};
    }
    if (*v > 0 && *v < 100 && is(i + 1, "hundred")) return std::pair{*v * 100, i + 2};
    return std::pair{*v, i + 1};
  }

  // A unit word at i: code, plural, end.
  std::optional<std::tuple<std::string, bool, std::size_t>> unit(std::size_t i) const {
    auto u = lookup(&timex::WordInfo::units, i);
    if (!u) return std::nullopt;
    return std::tuple{u->first, u->second, i + 1};
  }

  // A year written in digits at i (1000-2099), or an apostrophe year ('98).
  std::optional<int> year_digits(std::size_t i) const {
    const Tok* t = at(i);
    if (!t || t->kind != Kind::digit || t->low.size() != 4) return std::nullopt;
    if (t->num < 1000 || t->num > 2099) return std::nullopt;
    return static_cast<int>(t->num);
  }

  // A year at i: digits (year_digits) or spelled out as broadcast transcripts write it
  // ("nineteen ninety-six"; "two thousand [and] five" only when `thousand` allows it, since
  // it is mostly a count). Returns the year and the end.
  std::optional<std::pair<int, std::size_t>> year_at(std::size_t i, bool thousand = false) const {
    if (auto y = year_digits(i)) return std::pair{*y, i + 1};
    auto hi = lookup(&timex::WordInfo::numbers, i);
    if (!hi) return std::nullopt;
    if (*hi >= 11 && *hi <= 20) {
      auto lo = number(i + 1);
      if (!lo || lo->first < 10 || lo->first > 99 || t_[i + 1].kind != Kind::alpha) return std::nullopt;
      return std::pair{*hi * 100 + lo->first, lo->second};
    }
    if (thousand && *hi == 2 && is(i + 1, "thousand")) {
      std::size_t e = i + 2;
      if (is(e, "and")) ++e;
      if (auto lo = number(e); lo && lo->first > 0 && lo->first < 100 && t_[e].kind == Kind::alpha) return std::pair{2000 + lo->first, lo->second};
      return std::pair{2000, i + 2};
    }
    return std::nullopt;
  }

  // "this year", "last year", "next year" after a month or a day ("June last year").
  std::optional<std::pair<int, std::size_t>> dct_year_at(std::size_t i) const {
    if (!dct_ || !is(i + 1, "year")) return std::nullopt;
    const int y = static_cast<int>(dct_->year());
    if (is(i, "this")) return std::pair{y, i + 2};
    if (is(i, "last")) return std::pair{y - 1, i + 2};
    if (is(i, "next")) return std::pair{y + 1, i + 2};
    return std::nullopt;
  }

  // Month name at i (with its period when abbreviated); returns month and end.
  std::optional<std::pair<int, std::size_t>> month(std::size_t i) const {
    auto m = lookup(&timex::WordInfo::months, i);
    if (!m || !t_[i].cap) return std::nullopt;
    std::size_t e = i + 1;
    const bool abbrev = *lookup(&timex::WordInfo::month_abbrev, i);
    if (abbrev) {
      if (is_punct(e, '.') && t_[e].glued) ++e;
      // "Jan" without a period is a name or a verb ("Jan", "to mar") unless a day follows:
      // "Jan 6", as many outlets write it
      else if (t_[i].low.size() <= 3 && t_[i].low != "may") {
        const Tok* d = at(e);
        const bool day_after = d && !d->glued && d->kind == Kind::digit && d->low.size() <= 2 && d->num >= 1 &&
                               d->num <= 31 && !(at(e + 1) && t_[e + 1].glued && t_[e + 1].kind == Kind::digit) &&
                               !is_punct(e + 1, ':') &&
                               !(is_punct(e + 1, '.') && at(e + 2) && t_[e + 2].glued && t_[e + 2].kind == Kind::digit);
        if (!day_after) return std::nullopt;
      }
    }
    return std::pair{*m, e};
  }

  // ---- tense of the clause around tokens [b, e)
  Tense tense_near(std::size_t b, std::size_t e) const {
    // Nearest cue on either side within the sentence, counted in words (punctuation and
    // numbers are skipped: "will leave at 4 in the morning (4 a.m. EDT Thursday)"); the left
    // side wins ties. A side stops for good at the sentence boundary.
    // A date that opens its sentence ("On Tuesday, the National Abortion Rights Action League
    // plans to ...") gets its tense from the main verb, which follows the subject: the right
    // side then reaches further.
    constexpr int kLeftWords = 12, kRightWords = 8, kOpeningRightWords = 24, kMaxTokens = 32;
    Tense lt = Tense::none, rt = Tense::none;
    int ld = 1 << 20, rd = 1 << 20;
    int words = 0;
    bool opening = true;  // nothing but a preposition before the date in its sentence
    for (std::size_t k = b, n = 0; k > 0 && n < kMaxTokens && words < kLeftWords; ++n) {
      if (t_[k].break_before) break;
      --k;
      if (t_[k].kind != Kind::alpha) {
        if (t_[k].kind == Kind::digit || !is_punct(k, '"')) opening = false;
        continue;
      }
      ++words;
      if (words > 1 || !preposition(k)) opening = false;
      if (auto c = cue(k); c != Tense::none) {
        lt = c, ld = words;
        break;
      }
    }
    if (b == 0) opening = true;
    if (lt != Tense::none) opening = false;
    const int right_words = opening ? kOpeningRightWords : kRightWords;
    words = 0;
    for (std::size_t k = e, n = 0; k < t_.size() && n < 2 * kMaxTokens && words < right_words && words < ld; ++k, ++n) {
      if (t_[k].break_before) break;
      // "... on Tuesday, officials said": after a comma comes another clause, unless the
      // date opens the sentence ("In January, the company brought in ...")
      if (is_punct(k, ',') && lt != Tense::none) break;
      // "arrived on Tuesday night and will leave on Thursday": a verb after "and" or "but" is
      // another clause's when the date has its own verb before it
      if ((is(k, "and") || is(k, "but")) && lt != Tense::none) break;
      if (t_[k].kind != Kind::alpha) continue;
      ++words;
      if (auto c = cue(k); c != Tense::none) {
        // "On Friday, Iraq agreed to ...", "Tuesday, he vowed to": a date before a past
        // "agreed to", "planned to" dates the agreeing, not the thing agreed
        if (c == Tense::future && t_[k].low.ends_with("ed") && t_[k].info && t_[k].info->tense &&
            arrangement(*t_[k].info->tense))
          c = Tense::past;
        rt = c, rd = words;
        break;
      }
    }
    return rd < ld ? rt : lt;
  }

  // Whether the word before k is a plural subject ("voters", "Iraqis", "they"): a word of more
  // than three letters ending in -s that tells no tense itself ("was", "has", "its" do), so
  // that a base form after it is a finite present verb.
  bool plural_subject(std::size_t k) const {
    if (k == 0 || t_[k].break_before || t_[k - 1].kind != Kind::alpha) return false;
    const Tok& s = t_[k - 1];
    if (s.low == "they" || s.low == "we") return true;
    return s.low.size() > 3 && s.low.ends_with('s') && !s.low.ends_with("ss") && !(s.info && s.info->tense);
  }

  // Whether the sentence names a period of several months before token i ("the nine months",
  // "the first six months"): a count right before "months", within 40 tokens back and the
  // tagger's sentence (which a decimal point also ends: reaching past "$9.7 million" gains two
  // TimeBank values and loses two, the gold giving the quarter there, docs/timex.md round 11).
  bool months_period_before(std::size_t i) const {
    for (std::size_t k = i, n = 0; k > 1 && n < 40 && !t_[k].break_before; --k, ++n)
      if (is(k - 1, "months") && (t_[k - 2].kind == Kind::digit || lookup(&timex::WordInfo::numbers, k - 2))) return true;
    return false;
  }

  // tense.tsv's arrangements: future before "to"/"for" ("plans to"); future_at also before
  // "in"/"on"/"by" ("expected in June")
  static bool arrangement(std::string_view v) { return v == "future_to" || v == "future_at"; }

  bool preposition(std::size_t k) const { return lookup(&timex::WordInfo::preposition, k).has_value(); }

  Tense cue(std::size_t k) const {
    const Tok& t = t_[k];
    if (t.kind != Kind::alpha) return Tense::none;
    if (t.low == "won" && is_punct(k + 1, '\'') && is(k + 2, "t")) return Tense::future;
    if (t.low == "ll" && k > 0 && is_punct(k - 1, '\'')) return Tense::future;
    if (t.low == "next" && is(k + 1, "to")) return Tense::none;  // "next to": a place
    // a passive ("will be paid", "to be completed", "is heard") takes its tense from the auxiliary
    // ("is scheduled to", "are supposed to" stay arrangements)
    if (k > 0 && (is(k - 1, "be") || is(k - 1, "being") || is(k - 1, "is") || is(k - 1, "are")) && t.low.size() > 3 &&
        !(t.info && t.info->tense && arrangement(*t.info->tense)) &&
        (t.low.ends_with("ed") || (t.info && t.info->tense && *t.info->tense == "past"))) {
      // "will be named", "would be signed": the modal before "be" makes the passive future,
      // and the participle is the nearer word, so it has to say so itself
      if (k > 1 && is(k - 1, "be"))
        if (auto v = lookup(&timex::WordInfo::tense, k - 2); v && *v == "future") return Tense::future;
      return Tense::none;
    }
    if ((t.low == "early" || t.low == "soon") && is(k - 1, "as") && is(k + 1, "as")) return Tense::future;
    // "effective Feb. 1" names the day a measure takes effect, mostly ahead; "became effective
    // Jan. 1", "was effective" tell that it is over
    if (t.low == "effective" && k > 0 && t_[k - 1].kind == Kind::alpha && cue(k - 1) == Tense::past) return Tense::past;
    // "extended until Tuesday" looks ahead; "Until Thursday, they had not ..." and "not until
    // Tuesday" look back: there the verb tells
    if ((t.low == "until" || t.low == "till") && (t.break_before || is(k - 1, "not") || is(k - 1, "up"))) return Tense::none;
    // "had given Russia until midnight on Tuesday": a deadline set in the past perfect is over
    if (t.low == "until" || t.low == "till")
      for (std::size_t j = k; j-- > 0 && j + 7 > k && !t_[j + 1].break_before;)
        if (is(j, "had")) return Tense::past;
    if (auto v = lookup(&timex::WordInfo::tense, k)) {
      // "is to resume", "are to meet": an arrangement, i.e. the future
      if (*v == "present" && is(k + 1, "to")) return Tense::future;
      // "expected in the autumn", "scheduled on Monday", "due by Friday": a date ahead ("than
      // expected", "as expected" compare)
      if (*v == "future_at" && (is(k + 1, "in") || is(k + 1, "on") || is(k + 1, "by")) &&
          !(k > 0 && (is(k - 1, "than") || is(k - 1, "as"))))
        return Tense::future;
      // "drills starting on Thursday", "beginning Monday": the coming day, even in a report
      if (*v == "future_on")
        return is(k + 1, "on") || lookup(&timex::WordInfo::weekdays, k + 1) ? Tense::future : Tense::none;
      // "agreed on Monday to", "promised in 2019 to": the day of the agreeing, in the past
      if (*v == "future_to" && t.low.ends_with("ed") && (is(k + 1, "in") || is(k + 1, "on"))) return Tense::past;
      if (arrangement(*v)) {
        // "has scheduled a news conference Thursday", "have planned a rally": an arrangement
        // made, for a day ahead
        if ((is(k + 1, "a") || is(k + 1, "an")) && k > 0 && (is(k - 1, "has") || is(k - 1, "have") || t.low.ends_with("ed")))
          return Tense::future;
        if (!is(k + 1, "to") && !is(k + 1, "for")) return Tense::none;
        // "plans for the trip", "hopes for peace": a noun or a wish, not an arrangement
        if (is(k + 1, "for") && !t.low.ends_with("ed") && t.low != "due" && t.low != "set") return Tense::none;
        // "had been scheduled to expire Friday", "had planned to": a plan of the past
        for (std::size_t b = 1; b <= 2 && b <= k; ++b)
          if (is(k - b, "had")) return Tense::past;
        return Tense::future;
      }
      if (*v == "determiner" || *v == "modal") return Tense::none;
      // "Voters go to the polls on Sunday", "Iraqis vote on Sunday": a plural present after
      // its subject is a schedule; "the vote on Sunday", "to meet demand" tell nothing
      if (*v == "future_plural") return plural_subject(k) ? Tense::future : Tense::none;
      if (*v == "future") return Tense::future;
      if (*v == "past") return Tense::past;
      return Tense::present;
    }
    // regular past tense and participles
    // ("succeed", "proceed", "need" are not: past forms in -eed are listed in tense.tsv)
    if (t.low.size() > 4 && t.low.ends_with("ed") && !t.low.ends_with("eed") && (!t.cap || t.break_before)) {
      // an -ed word after a determiner ("a still unspecified date", "the planned merger") or
      // with the prefix un- ("untouched", "unidentified") is an adjective, not a verb
      if (t.low.starts_with("un")) return Tense::none;
      for (std::size_t b = 1; b <= 2 && b <= k; ++b) {
        if (auto v = lookup(&timex::WordInfo::tense, k - b); v && *v == "determiner") return Tense::none;
        if (b == 1 && !(t_[k - 1].kind == Kind::alpha && t_[k - 1].low.ends_with("ly")) && !is(k - 1, "still")) break;
      }
      return Tense::past;
    }
    return Tense::none;
  }

  // ---- the grammar

  std::optional<Cand> match(std::size_t i) const {
    std::optional<Cand> best;
    auto consider = [&](std::optional<Cand> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    // modifier + core ("early 1990", "about two years", "the end of World War Two")
    if (auto [mp, me] = phrase_at(&timex::WordInfo::modifier, i); mp) {
      std::size_t j = me;
      const bool hyphen = is_punct(j, '-') && t_[j].glued;
      if (hyphen) ++j;  // "mid-1990s"
      if (auto c = mp->b == "hyphen" && !hyphen ? std::nullopt : core(j)) {
        const bool quant = mp->b == "quant";
        const bool point = c->type == TimexType::date || c->type == TimexType::time;
        const bool fuzzy = c->value.ends_with("_REF");
        bool ok = quant ? (c->type == TimexType::duration || c->type == TimexType::time || (point && !fuzzy && c->shifted))
                        : (point && !fuzzy);
        // "some" and "over" are ordinary words before most nouns: only before counts (a span, or
        // one counted from the focus: "over an hour later")
        if (quant && (mp->words[0] == "some" || mp->words[0] == "over" || mp->words[0] == "under") &&
            c->type != TimexType::duration && !(point && c->shifted))
          ok = false;
        // a bare "over" before a count is mostly "across" ("used over three years", outside the
        // extent in TimeBank), before "a"/"an" a comparison ("over a week", MORE_THAN inside, as
        // both of the corpora's cases); "just over", "well over" always compare
        if (quant && mp->words.size() == 1 && (mp->words[0] == "over" || mp->words[0] == "under") && !is(j, "a") &&
            !is(j, "an"))
          ok = false;
        if (ok) {
          if (c->mod.empty()) c->mod = mp->a;
          // "less than 24 hours later": the TimeML duration ("less than 24 hours") keeps the mod
          if (c->timeml_end && c->timeml_mod.empty()) c->timeml_mod = mp->a;
          // "about five hours", "around 10:35 a.m.": the approximation is outside the
          // extent in the TempEval-3 corpora (AQUAINT), though it still sets the mod
          if (mp->a == "APPROX") c->begin = j;
          // "the end of World War Two": the period's last year
          if (c->span && c->point && c->point->g == G::year && !c->needs_dct) {
            const int y = date::year_month_day{mp->a == "END" ? c->span->second : c->span->first}.year().operator int();
            if (mp->a == "END" || mp->a == "START") {
              c->point->year = y;
              c->span.reset();
              c->mod.clear();
            }
          }
          if (mp->words.size() == 1) narrow_to_third(*c, mp->a);  // "early 2020", "mid-March"
          consider(std::move(c));
        }
      }
    }
    // "the end of the month", "the start of the week": the DCT's month or week ("the end of
    // the year" is the reporting year of core())
    if (auto [mp, me] = phrase_at(&timex::WordInfo::modifier, i); mp && mp->b == "point" && mp->words.size() > 1 && is(me, "the"))
      if (auto u = unit(me + 1); u && !std::get<1>(*u) && !(at(me + 2) && t_[me + 2].glued && t_[me + 2].kind != Kind::punct)) {
        const std::string& code = std::get<0>(*u);
        if (code == "W" || code == "M" || code == "Q" || code == "DE") {
          Cand c;
          c.end = me + 2;
          c.mod = mp->a;
          c.needs_dct = true;
          if (!dct_) c.unresolved = true, c.value = "XXXX";
          else c.point = containing(Day{*dct_}, unit_granularity(code));
          consider(std::move(c));
        }
      }
    // "mid-afternoon yesterday", "by mid afternoon", "early morning": a part of a day named with a
    // modifier, on the day that follows or else the day in focus ("late night" is left out: it
    // is mostly an adjective, "late-night talk show")
    if (auto [mp, me] = phrase_at(&timex::WordInfo::modifier, i); mp && mp->b == "point" && mp->words.size() == 1) {
      std::size_t j = me;
      if (is_punct(j, '-') && t_[j].glued) ++j;
      if (auto part = lookup(&timex::WordInfo::day_parts, j); part && *part != "NI" && !(is_punct(j + 1, '-') && t_[j + 1].glued)) {
        Cand c;
        c.type = TimexType::time;
        c.end = j + 1;
        c.mod = mp->a;
        c.needs_dct = true;
        std::optional<Cand> day;
        if (is(j + 1, "today") || is(j + 1, "yesterday") || is(j + 1, "tomorrow")) day = fuzzy(j + 1);
        else day = weekday(j + 1);
        if (day && day->point && day->point->g == G::day) {
          c.point = day->point;
          c.end = day->end;
        } else if (focus_ && focus_->g == G::day) {
          c.point = focus_;
        } else if (dct_) {
          c.point = day_point(Day{*dct_});
        } else {
          c.unresolved = true;
          c.value = "XXXX-XX-XXT" + *part;
        }
        if (c.point) c.point->time = "T" + *part;
        consider(std::move(c));
      }
    }
    // "the early 1980s", "the mid-1990s"
    if (is(i, "the")) {
      if (auto [mp, me] = phrase_at(&timex::WordInfo::modifier, i + 1); mp && mp->b == "point" && mp->words.size() == 1) {
        std::size_t j = me;
        if (is_punct(j, '-') && t_[j].glued) ++j;
        if (auto c = core(j); c && c->point && (c->point->g == G::decade || c->point->g == G::century)) {
          if (c->mod.empty()) c->mod = mp->a;
          narrow_to_third(*c, mp->a);  // "the early 2000s": 2000 to early 2003
          consider(std::move(c));
        }
      }
    }
    consider(core(i));
    if (best) {
      // "or so" after an expression: approximate
      if (is(best->end, "or") && is(best->end + 1, "so")) {
        best->end += 2;
        if (best->mod.empty()) best->mod = "APPROX";
      }
    }
    return best;
  }

  // "early 2020", "mid-March", "late last year", "the early 2000s": the first, middle or last
  // third of the period's days for a one-word modifier `mod` ("the end of the year" keeps the
  // whole year: it often means "by then")
  static void narrow_to_third(Cand& c, const std::string& mod) {
    if (c.mod != mod || !c.point || c.span || !c.point->time.empty() || c.point->g == G::day || c.point->g == G::week ||
        c.point->g == G::weekend)
      return;
    const auto [a, b] = bounds(*c.point);
    const date::days third{((b - a).count() + 1) / 3};
    if (mod == "START") c.span = std::pair{a, a + third - date::days{1}};
    else if (mod == "END") c.span = std::pair{b - third + date::days{1}, b};
    else if (mod == "MID") c.span = std::pair{a + third, b - third};
  }

  std::optional<Cand> core(std::size_t i) const {
    std::optional<Cand> best;
    auto consider = [&](std::optional<Cand> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    consider(named(i));
    consider(holiday(i));
    consider(year_named(i));
    consider(period_code(i));
    consider(range_day(i));
    consider(fuzzy(i));
    consider(absolute(i));
    consider(weekday(i));
    consider(relative(i));
    consider(duration(i));
    consider(long_unit(i));
    consider(prefixed_year(i));
    consider(within_units(i));
    consider(set(i));
    consider(frequency(i));
    consider(clock(i));
    consider(anaphoric(i));
    consider(ordinal_day(i));
    consider(month_quarter(i));
    return best;
  }

  // "the October-December quarter", "the April-June period" (Asian and Indian business copy):
  // three months that make a calendar quarter are that quarter (six, a half: "the January-June
  // period"). A past clause reports on the
  // last one over by the DCT, a tenseless one on the last begun, a future one on the first not
  // yet over.
  std::optional<Cand> month_quarter(std::size_t i) const {
    if (!is(i, "the")) return std::nullopt;
    const auto m1 = month(i + 1);
    if (!m1 || !is_punct(m1->second, '-') || !t_[m1->second].glued) return std::nullopt;
    const auto m2 = month(m1->second + 1);
    if (!m2 || m1->first % 3 != 1) return std::nullopt;
    // "the January-June period", "the July-December half": a half year
    const bool half = m1->first % 6 == 1 && m2->first == m1->first + 5 && (is(m2->second, "period") || is(m2->second, "half"));
    if (!half && (m2->first != m1->first + 2 || (!is(m2->second, "quarter") && !is(m2->second, "period")))) return std::nullopt;
    Cand c;
    c.end = m2->second + 1;
    c.needs_dct = true;
    const G g = half ? G::half : G::quarter;
    const int q = half ? (m1->first + 5) / 6 : (m1->first + 2) / 3;
    if (!dct_) {
      c.unresolved = true;
      c.value = std::string("XXXX-") + (half ? "H" : "Q") + std::to_string(q);
      return c;
    }
    const Tense tn = tense_near(i, c.end);
    const bool future = tn == Tense::future;
    const Day dct{*dct_};
    const int y0 = static_cast<int>(dct_->year());
    for (int y = future ? y0 - 1 : y0 + 1; future ? y <= y0 + 1 : y >= y0 - 1; y += future ? 1 : -1) {
      const Point p{g, y, q, {}, {}};
      // a past verb reports a quarter that is over ("Exports grew in the January-March quarter"
      // said in March is last year's)
      if (future ? bounds(p).second >= dct : tn == Tense::past ? bounds(p).second < dct : bounds(p).first <= dct) {
        c.point = p;
        return c;
      }
    }
    return std::nullopt;
  }

  // "on the 23rd", "by the 5th": a day of the month the text is in (the DCT's, or the one
  // before or after as the tense says). Only after a preposition of time and before no word
  // ("on the 2nd floor", "the 23rd anniversary" are ordinals); the article stays outside.
  std::optional<Cand> ordinal_day(std::size_t i) const {
    if (!is(i, "the") || i == 0 || !(is(i - 1, "on") || is(i - 1, "by") || is(i - 1, "since") || is(i - 1, "until")))
      return std::nullopt;
    const Tok* d = at(i + 1);
    if (!d || d->kind != Kind::digit || d->low.size() > 2 || d->num < 1 || d->num > 31) return std::nullopt;
    if (!(is(i + 2, "st") || is(i + 2, "nd") || is(i + 2, "rd") || is(i + 2, "th")) || !t_[i + 2].glued) return std::nullopt;
    const std::size_t e = i + 3;
    if (at(e) && (t_[e].kind == Kind::alpha || t_[e].kind == Kind::digit) && !t_[e].break_before) return std::nullopt;
    Cand c;
    c.end = e;
    c.begin = i + 1;
    c.needs_dct = true;
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX-XX-" + pad(d->num, 2);
      return c;
    }
    const Day dct{*dct_};
    const date::year_month ym{dct_->year(), dct_->month()};
    const bool future = tense_near(i, e) == Tense::future;
    // the month whose day it is: this one, unless the day is still ahead in a clause that is
    // not future (last month's) or over in a future one (next month's)
    for (int step = 0; step < 3; ++step) {
      const int dm = future ? step : -step;
      const date::year_month m = ym + date::months{dm};
      const date::year_month_day ymd{m.year(), m.month(), date::day{static_cast<unsigned>(d->num)}};
      if (!ymd.ok()) continue;
      if (future ? Day{ymd} < dct : Day{ymd} > dct) continue;
      c.point = day_point(Day{ymd});
      return c;
    }
    return std::nullopt;
  }

  // A candidate ending before token `end` that is reckoned from the DCT or the date in focus
  // ("the next day", "a year earlier"), so it does not become the focus itself.
  static Cand anchored(std::size_t end) {
    Cand c;
    c.end = end;
    c.needs_dct = true;
    c.shifted = true;
    return c;
  }

  // Dates that point back at the date in focus: "that same day", "earlier that day", "later
  // that year", "the next day", "the following week", "the next morning", "the previous day".
  std::optional<Cand> anaphoric(std::size_t i) const {
    // "placed orders in the morning", "during the afternoon": a part of the day last named (else
    // the DCT's); "the night of Oct. 23" names its day after it, and only the day is tagged there
    if (is(i, "the") && i > 0 && (is(i - 1, "in") || is(i - 1, "during")) && !is(i + 2, "of") &&
        !(at(i + 2) && t_[i + 2].glued && alnum(i + 2)) && !(is_punct(i + 2, '-') && t_[i + 2].glued))
      if (auto part = lookup(&timex::WordInfo::day_parts, i + 1)) {
        Cand c = anchored(i + 2);
        c.type = TimexType::time;
        if (day_focus_ && day_focus_->g == G::day) c.point = day_focus_;
        else if (dct_) c.point = day_point(Day{*dct_});
        if (!c.point) {
          c.unresolved = true;
          c.value = "XXXX-XX-XXT" + *part;
          return c;
        }
        c.point->time = "T" + *part;
        return c;
      }
    // "The day before, the envoys had met": the day before the one last named. Only at a
    // clause end: "the day before the shooting" is anchored on an event, not on a date.
    if (is(i, "the") && is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after"))) {
      const std::size_t e = i + 3;
      const bool clause_end = e >= t_.size() || t_[e].kind == Kind::punct || t_[e].break_before;
      if (!clause_end) return std::nullopt;
      Cand c = anchored(e);
      if (!day_focus_ || day_focus_->g != G::day) {
        c.unresolved = true;
        c.value = "XXXX-XX-XX";
        return c;
      }
      c.point = shift(*day_focus_, is(i + 2, "before") ? -1 : 1);
      return c;
    }
    std::size_t k = i;
    std::string mod;
    int shift_by = 0;
    if (is(k, "earlier") || is(k, "later")) mod = is(k, "earlier") ? "START" : "END", ++k;
    if (is(k, "that")) {
      ++k;
      if (is(k, "same")) ++k;
    } else if (mod.empty() && is(k, "the") && is(k + 1, "same") && is(k + 2, "day")) {
      // "He resigned on Monday. Protesters returned the same day.": the day last named, only at
      // a clause end and after a named day ("on the same day in 2019" compares two events)
      const std::size_t e = k + 3;
      const bool clause_end = e >= t_.size() || t_[e].kind == Kind::punct || t_[e].break_before;
      if (!clause_end || !day_named_ || !day_focus_ || day_focus_->g != G::day) return std::nullopt;
      Cand c = anchored(e);
      c.point = *day_focus_;
      return c;
    } else if (mod.empty() && is(k, "the") && (is(k + 1, "following") || is(k + 1, "next") || is(k + 1, "previous"))) {
      shift_by = is(k + 1, "previous") ? -1 : 1;
      k += 2;
    } else {
      return std::nullopt;
    }
    G g = G::day;
    std::string part;
    if (auto u = unit(k); u && !std::get<1>(*u)) {
      const std::string& code = std::get<0>(*u);
      if (code != "D" && code != "W" && code != "M" && code != "Y") return std::nullopt;
      // "the next week/month/year" count from the DCT (relative()); only "the following" and
      // "that" ones from the focus
      if (code != "D" && shift_by != 0 && !is(i + 1, "following")) return std::nullopt;
      g = unit_granularity(code);
    } else if (auto p = lookup(&timex::WordInfo::day_parts, k)) {
      part = "T" + *p;
    } else {
      return std::nullopt;
    }
    Cand c = anchored(k + 1);
    c.mod = mod;
    if (!part.empty()) c.type = TimexType::time;
    // "the next day" counts from the day last named, "the following year" from the date in focus
    // "the following week" after "later this year": a year cannot say which week follows, the
    // day last named can
    const bool coarse = focus_ && g != G::day && focus_->g < g && focus_->g != G::season;
    // "That evening" after "on Monday": the day last named, as "the next morning" counts from it
    const bool named_day = day_named_ && day_focus_ && day_focus_->g == G::day;
    const std::optional<Point>& focus =
        (g == G::day && shift_by != 0 && day_focus_) || (!part.empty() && named_day) || (coarse && named_day) ? day_focus_ : focus_;
    if (coarse && &focus == &focus_) {
      c.unresolved = true;
      c.value = g == G::week ? "XXXX-WXX" : g == G::month ? "XXXX-XX" : "XXXX";
      return c;
    }
    if (!focus) {
      c.unresolved = true;
      c.value = "XXXX-XX-XX" + part;
      return c;
    }
    // a focus coarser than the unit: "that same day" after "in October" -> 1998-10-XX
    if (g == G::day && focus->g != G::day && shift_by == 0) {
      if (focus->g != G::month) return std::nullopt;
      c.value = format_value(*focus) + "-XX" + part;
      return c;
    }
    if (g == G::day && focus->g != G::day) return std::nullopt;
    Point p = shift(containing(bounds(*focus).first, g), shift_by);
    p.time = part;
    c.point = p;
    return c;
  }

  // The other end of a range of days, a bare number tagged on its own as the corpora do ("April
  // 24 and 25", "March 12 to 14", "5-6 March"), so that an event "from March 12 to 14" is
  // bounded by both days.
  std::optional<Cand> range_day(std::size_t i) const {
    const Tok* d = at(i);
    if (!d || d->kind != Kind::digit || d->low.size() > 2 || d->num < 1 || d->num > 31) return std::nullopt;
    auto joins = [&](std::size_t k) {
      const bool dash = (is_punct(k, '-') && t_[k].glued) || (at(k) && t_[k].low == "\xE2\x80\x93");  // "-", en dash
      return dash || is(k, "to") || is(k, "through") || is(k, "and") || is(k, "until");
    };
    // the end: "March 12 to 14", after the day just tagged
    if (i >= 2 && joins(i - 1) && day_focus_ && day_focus_->g == G::day && at(i - 2) && t_[i - 2].kind == Kind::digit &&
        t_[i - 2].num == static_cast<long>(static_cast<unsigned>(day_focus_->ymd.day())) && t_[i - 2].num < d->num) {
      if (const Tok* n = at(i + 1); n && (n->kind == Kind::digit || (n->glued && n->kind != Kind::punct) || is_punct(i + 1, '%') ||
                                        is_punct(i + 1, ':') || month(i + 1) || lookup(&timex::WordInfo::units, i + 1) ||
                                        is(i + 1, "a") || is(i + 1, "p")))
        return std::nullopt;
      const auto& ymd = day_focus_->ymd;
      return day_cand(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                      static_cast<int>(d->num), i + 1, i, true);
    }
    // the start: "5-6 March", "5 and 6 March"
    if (joins(i + 1) && at(i + 2) && t_[i + 2].kind == Kind::digit && t_[i + 2].low.size() <= 2 && t_[i + 2].num > d->num &&
        t_[i + 2].num <= 31)
      if (auto m = month(i + 3)) {
        std::optional<Cand> end = year_digits(m->second)
                                      ? day_cand(*year_digits(m->second), m->first, static_cast<int>(t_[i + 2].num), i + 4, i + 2, true)
                                      : day_cand(std::nullopt, m->first, static_cast<int>(t_[i + 2].num), m->second, i + 2, false);
        if (!end || !end->point) return std::nullopt;
        const auto& ymd = end->point->ymd;
        return day_cand(static_cast<int>(ymd.year()), m->first, static_cast<int>(d->num), i + 1, i, end->explicit_date);
      }
    return std::nullopt;
  }

  // Business shorthand for a quarter or a half: "Q3 2021", "H1 2022", "Q4" (the DCT's year).
  std::optional<Cand> period_code(std::size_t i) const {
    const Tok* t = at(i);
    const Tok* d = at(i + 1);
    if (!t || !d || !t->cap || t->low.size() != 1 || (t->low != "q" && t->low != "h")) return std::nullopt;
    if (!d->glued || d->kind != Kind::digit || d->low.size() != 1) return std::nullopt;
    const bool quarter = t->low == "q";
    if (d->num < 1 || d->num > (quarter ? 4 : 2)) return std::nullopt;
    if (const Tok* n = at(i + 2); n && n->glued && n->kind != Kind::punct) return std::nullopt;  // "Q3x", "H1N1"
    Cand c;
    c.end = i + 2;
    int y = 0;
    if (auto yr = year_digits(i + 2)) {
      y = *yr;
      c.end = i + 3;
      c.explicit_date = true;
    } else if (dct_) {
      // the one of the DCT's year, unless the tense says it is last year's or next year's
      y = static_cast<int>(dct_->year());
      c.needs_dct = true;
      const auto [first, last] = bounds(Point{quarter ? G::quarter : G::half, y, static_cast<int>(d->num), {}, {}});
      const Tense tn = tense_near(i, c.end);
      if (tn == Tense::past && first > Day{*dct_}) --y;
      if (tn == Tense::future && last < Day{*dct_}) ++y;
    } else {
      c.unresolved = true;
      c.value = std::string("XXXX-") + (quarter ? "Q" : "H") + std::to_string(d->num);
      return c;
    }
    c.point = Point{quarter ? G::quarter : G::half, y, static_cast<int>(d->num), {}, {}};
    return c;
  }

  // "the year 2000", "the year two thousand"
  std::optional<Cand> year_named(std::size_t i) const {
    if (!is(i, "the") || !is(i + 1, "year")) return std::nullopt;
    auto y = year_at(i + 2, true);
    if (!y) return std::nullopt;
    Cand c;
    c.end = y->second;
    c.point = Point{G::year, y->first, 0, {}, {}};
    c.explicit_date = true;
    return c;
  }

  // The day a holiday rule of data/timex/holidays.tsv gives in year y.
  static std::optional<date::year_month_day> holiday_in(std::string_view rule, int y) {
    using namespace date;
    auto num = [](std::string_view t) {
      int v = 0, sign = 1;
      std::size_t k = 0;
      if (k < t.size() && (t[k] == '-' || t[k] == '+')) sign = t[k] == '-' ? -1 : 1, ++k;
      for (; k < t.size() && is_digit(t[k]); ++k) v = v * 10 + (t[k] - '0');
      return sign * v;
    };
    if (rule.ends_with("W")) rule.remove_suffix(1);
    // a lunar holiday: its day in each year the table lists ("2020-05-24 2021-05-13 ...")
    if (rule.size() >= 10 && rule[4] == '-') {
      for (std::size_t k = 0; k + 10 <= rule.size(); k += 11)
        if (num(rule.substr(k, 4)) == y) {
          year_month_day ymd{year{y}, date::month{static_cast<unsigned>(num(rule.substr(k + 5, 2)))},
                             date::day{static_cast<unsigned>(num(rule.substr(k + 8, 2)))}};
          return ymd.ok() ? std::optional{ymd} : std::nullopt;
        }
      return std::nullopt;
    }
    if (rule.starts_with("E")) {
      // Western Easter Sunday (the anonymous Gregorian computus), then the offset
      const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3,
                h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7,
                m = (a + 11 * h + 22 * l) / 451, em = (h + l - 7 * m + 114) / 31, ed = (h + l - 7 * m + 114) % 31 + 1;
      const Day easter{year{y} / static_cast<unsigned>(em) / static_cast<unsigned>(ed)};
      return year_month_day{easter + days{num(rule.substr(1))}};
    }
    if (rule.size() == 5 && rule[2] == '-') {
      year_month_day ymd{year{y}, date::month{static_cast<unsigned>(num(rule.substr(0, 2)))}, date::day{static_cast<unsigned>(num(rule.substr(3)))}};
      return ymd.ok() ? std::optional{ymd} : std::nullopt;
    }
    // M:W:N[+D]
    const auto c1 = rule.find(':'), c2 = rule.find(':', c1 + 1);
    if (c1 == std::string_view::npos || c2 == std::string_view::npos) return std::nullopt;
    const int mo = num(rule.substr(0, c1)), wd = num(rule.substr(c1 + 1, c2 - c1 - 1));
    std::string_view rest = rule.substr(c2 + 1);
    const auto plus = rest.find('+', 1);
    const int n = num(rest.substr(0, plus)), extra = plus == std::string_view::npos ? 0 : num(rest.substr(plus));
    if (mo < 1 || mo > 12 || wd < 1 || wd > 7 || n == 0 || n < -1 || n > 5) return std::nullopt;
    const date::weekday w{static_cast<unsigned>(wd % 7)};
    const year_month m{year{y}, date::month{static_cast<unsigned>(mo)}};
    const Day d = n > 0 ? Day{m / w[static_cast<unsigned>(n)]} : Day{m / w[last]};
    return year_month_day{d + days{extra}};
  }

  // "Thanksgiving", "Christmas Day 1998", "last Easter", "Election Day"
  std::optional<Cand> holiday(std::size_t i) const {
    std::size_t k = i;
    int dir = 0;
    if (is(k, "last")) dir = -1, ++k;
    else if (is(k, "next")) dir = 1, ++k;
    else if (is(k, "this")) ++k;
    if (!at(k) || !t_[k].cap) return std::nullopt;
    auto [p, e] = phrase_at(&timex::WordInfo::holiday, k);
    if (!p) return std::nullopt;
    // "Ukraine's Independence Day", "Canadian Thanksgiving": another country's national day,
    // whose date the table does not know (holidays.tsv `home` names the holiday's own country;
    // a time word before it, "Monday's Labor Day parade", names no owner)
    if (!p->b.empty() && k == i && i > 0) {
      const bool possessive = i >= 3 && is(i - 1, "s") && is_punct(i - 2, '\'') && t_[i - 1].glued;
      const std::size_t o = possessive ? i - 3 : i - 1;
      const Tok& owner = t_[o];
      const bool mid_sentence = !owner.break_before && !(o > 0 && is_punct(o - 1, '.'));
      if (owner.kind == Kind::alpha && owner.cap && (possessive || mid_sentence) && !(owner.info && owner.info->time_word) &&
          !preposition(o)) {
        bool home = false;
        for (const auto& w : timex::phrase_words(p->b)) home = home || owner.low == w;
        if (!home) return std::nullopt;
      }
    }
    const std::string_view rule = p->a;
    const bool week = rule.ends_with("W");
    Cand c;
    c.end = e;
    auto point_of = [&](date::year_month_day ymd) { return week ? week_point(Day{ymd}) : day_point(Day{ymd}); };
    std::size_t ye = e;
    if (is_punct(ye, ',')) ++ye;
    if (auto y = year_digits(ye); y && dir == 0) {
      auto ymd = holiday_in(rule, *y);
      if (!ymd) return std::nullopt;
      c.end = ye + 1;
      c.point = point_of(*ymd);
      c.explicit_date = true;
      return c;
    }
    c.needs_dct = true;
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX";
      return c;
    }
    // the one the direction or the tense points to, else the nearest (as for "June 1")
    const Day dct{*dct_};
    const Tense tn = dir < 0 ? Tense::past : dir > 0 ? Tense::future : tense_near(k, e);
    const bool deadline = (tn == Tense::none || tn == Tense::present) && i == k && i > 0 && is(i - 1, "by");  // "a deal by Christmas": ahead
    std::optional<Day> pick;
    long best = 0;
    for (int dy : {-1, 0, 1}) {
      auto ymd = holiday_in(rule, static_cast<int>(dct_->year()) + dy);
      if (!ymd) continue;
      const long gap = (Day{*ymd} - dct).count();
      if (dir < 0 && gap >= 0) continue;
      if (dir > 0 && gap <= 0) continue;
      if (dir == 0 && tn == Tense::past && gap > 92) continue;
      if (dir == 0 && tn == Tense::future && gap < -92) continue;
      if (deadline && gap < 0) continue;
      const long cost = tn == Tense::none && gap > 0 ? gap * kFutureCost : std::labs(gap);
      if (!pick || cost < best) pick = Day{*ymd}, best = cost;
    }
    if (!pick) return std::nullopt;
    c.point = point_of(date::year_month_day{*pick});
    return c;
  }

  std::optional<Cand> named(std::size_t i) const {
    auto [p, e] = phrase_at(&timex::WordInfo::named, i);
    if (!p && is(i, "the")) std::tie(p, e) = phrase_at(&timex::WordInfo::named, i + 1);
    if (!p) return std::nullopt;
    const int y1 = std::stoi(p->a), y2 = std::stoi(p->b);
    Cand c;
    c.end = e;
    c.point = Point{G::year, y1, 0, {}, {}};
    c.span = std::pair{first_day(y1, 1), last_day(y2, 12)};
    // TimeML tags the names of events as EVENTs, not TIMEX3: both corpora leave every
    // named war untagged
    c.event_name = true;
    return c;
  }

  std::optional<Cand> fuzzy(std::size_t i) const {
    auto [p, e] = phrase_at(&timex::WordInfo::fuzzy, i);
    if (!p) return std::nullopt;
    Cand c;
    c.end = e;
    c.type = p->a == "TIME" ? TimexType::time : p->a == "SET" ? TimexType::set : p->a == "DURATION" ? TimexType::duration : TimexType::date;
    const std::string& v = p->b;
    // "current" and "present" only as adjectives before a noun
    if (p->words.size() == 1 && p->words[0] == "current" && (e >= t_.size() || t_[e].kind != Kind::alpha)) return std::nullopt;
    // "USA Today", "VOA Today": a capitalised "Today" right after a capitalised word that no list
    // knows, in the same sentence, is a title
    if (p->words.size() == 1 && p->words[0] == "today" && t_[i].cap && i > 0 && !t_[i].break_before &&
        t_[i - 1].kind == Kind::alpha && t_[i - 1].cap && !t_[i - 1].info)
      return std::nullopt;
    // "to grow 8.5% annually", "doubling its profits annually": a rate, untagged in the
    // corpora (3 of 4), as "$2 million a year"; "held annually" is a set
    if (p->words.size() == 1 && p->words[0] == "annually" && i > 0 && rate_before(i - 1)) return std::nullopt;
    // "its quarterly dividend", "a quarterly report": before a noun, the amount or report of one
    // quarter, untagged in the corpora (9 of 9); "adjusted quarterly" is a set
    if (p->words.size() == 1 && p->words[0] == "quarterly" && e < t_.size() && t_[e].kind == Kind::alpha) return std::nullopt;
    // "the future of our peoples", "the future of NATO": the fate of something, not a time
    if (p->words.size() == 2 && p->words[1] == "future" && is(e, "of")) return std::nullopt;
    // "was recently extended", "have recently moved", "most recently": inside a verb group or
    // a comparison the corpora leave "recently" untagged
    if (p->words.size() == 1 && p->words[0] == "recently" && i > 0) {
      static constexpr std::string_view kBefore[] = {"have", "has", "had", "was", "were", "is", "are", "been", "be", "most"};
      if (std::find(std::begin(kBefore), std::end(kBefore), t_[i - 1].low) != std::end(kBefore)) return std::nullopt;
    }
    if (v.starts_with("@DP")) {
      // "at dawn", "before daybreak", "from dusk to dawn": a part of the day after a preposition,
      // on the day named after "on" or else the day in focus ("as dawn broke", "pre-dawn" are
      // no time: the corpora leave both untagged)
      if (i == 0 || !(preposition(i - 1) || is(i - 1, "to")) || t_[i].glued) return std::nullopt;
      c.needs_dct = true;
      std::optional<Cand> on;
      if (is(e, "on")) {
        if (auto w = weekday(e + 1)) on = w;
        else if (auto a = absolute(e + 1); a && a->point && a->point->g == G::day) on = a;
      }
      if (on && on->point && on->point->g == G::day) c.point = on->point;
      else if (focus_ && focus_->g == G::day) c.point = focus_;
      else if (dct_) c.point = day_point(Day{*dct_});
      if (!c.point) {
        c.unresolved = true;
        c.value = "XXXX-XX-XXT" + v.substr(3);
        return c;
      }
      c.point->time = "T" + v.substr(3);
      return c;
    }
    if (v.starts_with("@")) {
      c.needs_dct = true;
      if (!dct_) {
        c.unresolved = true;
        c.value = v.starts_with("@D") ? "XXXX-XX-XX" : "XXXX";
        return c;
      }
      const Day d{*dct_};
      if (v.starts_with("@D")) {
        std::size_t k = 2;
        int sign = v[k] == '-' ? -1 : 1;
        ++k;
        int n = 0;
        while (k < v.size() && is_digit(v[k])) n = n * 10 + (v[k++] - '0');
        Point p2 = day_point(d + date::days{sign * n});
        p2.time = v.substr(k);
        // "overnight Tuesday", "overnight Saturday into Sunday": the night of the weekday named,
        // one expression as "Tuesday night" is
        if (p2.time == "TNI") {
          if (auto wd = weekday(e); wd && wd->point && wd->point->g == G::day && wd->point->time.empty() && wd->begin == 0) {
            p2 = *wd->point;
            p2.time = "TNI";
            c.end = wd->end;
          } else if (p->words[0] == "overnight" && is(e, "into")) {
            // "overnight into Sunday": the night that ends on the day named
            if (auto to = weekday(e + 1); to && to->point && to->point->g == G::day && to->point->time.empty() && to->begin == 0) {
              p2 = day_point(Day{to->point->ymd} - date::days{1});
              p2.time = "TNI";
              c.end = to->end;
            }
          }
        }
        c.point = p2;
      } else if (v == "@YEAR_END") {
        // "by year's end", "year end" (spaced) name the end of the year, not its last day
        // ("year-end" is the day, as the corpora have it)
        int y = static_cast<int>(dct_->year());
        if (i > 0 && is(i - 1, "since")) --y;
        c.point = Point{G::year, y, 0, {}, {}};
        c.mod = "END";
      } else if (v == "@YEND") {
        // the coming year-end; "since year-end" looks back to the last one
        int y = static_cast<int>(dct_->year());
        if (i > 0 && is(i - 1, "since")) --y;
        c.point = day_point(last_day(y, 12));
      } else if (v == "@MEND") {
        // "by month-end": the last day of the DCT's month, as "year-end" is of its year
        date::year_month ym{dct_->year(), dct_->month()};
        if (i > 0 && is(i - 1, "since")) ym -= date::months{1};
        c.point = day_point(last_day(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month())));
      } else if (v == "@NEWYEAR") {
        // "in the new year": the year that begins nearest the DCT (said in December, the next)
        c.point = Point{G::year, static_cast<int>(dct_->year()) + (dct_->month() >= date::July ? 1 : 0), 0, {}, {}};
      } else if (v == "@TURN") {
        // "the turn of the century": the century's first year nearest the DCT, approximately
        c.point = Point{G::year, (static_cast<int>(dct_->year()) + 50) / 100 * 100, 0, {}, {}};
        c.mod = "APPROX";
      } else if (v.starts_with("@Y")) {
        // "this fiscal", "last fiscal" (Indian copy): the year N away
        c.point = Point{G::year, static_cast<int>(dct_->year()) + std::stoi(v.substr(2)), 0, {}, {}};
      }
      return c;
    }
    c.value = v;
    return c;
  }

  // "March 22, 2013", "22 March 2013", "Jan. 26", "November 2020", "1945", "the 1990s",
  // "2013-03-22", "spring 2010", "the third quarter", "fiscal 1991", "20th century".
  std::optional<Cand> absolute(std::size_t i) const {
    std::optional<Cand> best;
    auto consider = [&](std::optional<Cand> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    const bool the = is(i, "the");
    const std::size_t k = the ? i + 1 : i;
    // Month [day] [, year]
    if (auto m = month(k)) {
      auto [mo, e] = *m;
      std::optional<Cand> c;
      if (const Tok* d = at(e); d && d->kind == Kind::digit && d->num >= 1 && d->num <= 31 && d->low.size() <= 2) {
        std::size_t e2 = e + 1;
        if (e2 < t_.size() && t_[e2].glued && (is(e2, "st") || is(e2, "nd") || is(e2, "rd") || is(e2, "th"))) ++e2;
        std::size_t e3 = e2;
        if (is_punct(e3, ',')) ++e3;
        if (auto y = year_at(e3)) c = day_cand(y->first, mo, static_cast<int>(d->num), y->second, k, true);
        else if (auto r = dct_year_at(e2)) {
          c = day_cand(r->first, mo, static_cast<int>(d->num), r->second, k, false);
          if (c) c->needs_dct = true;
        } else c = day_cand(std::nullopt, mo, static_cast<int>(d->num), e2, k, false);
      } else {
        std::size_t e3 = e;
        if (is_punct(e3, ',')) ++e3;
        if (auto y = year_at(e3)) {
          c = Cand{};
          c->end = y->second;
          c->point = Point{G::month, y->first, mo, {}, {}};
          c->explicit_date = true;
        } else if (auto r = dct_year_at(e)) {
          c = Cand{};
          c->end = r->second;
          c->point = Point{G::month, r->first, mo, {}, {}};
          c->needs_dct = true;
        } else if (month_alone_ok(k, e)) {
          c = month_cand(mo, e, k);
        }
      }
      if (c && !the) consider(std::move(c));
    }
    // day Month [year]; "the 3rd of March", "the third of March" with the article (the day is
    // a noun there, as "the third quarter")
    if (const Tok* d = at(k); d && d->kind == Kind::digit && d->num >= 1 && d->num <= 31 && d->low.size() <= 2) {
      std::size_t e = k + 1;
      if (e < t_.size() && t_[e].glued && (is(e, "st") || is(e, "nd") || is(e, "rd") || is(e, "th"))) ++e;
      const bool nth = e > k + 1;
      if (is(e, "of")) ++e;
      if (auto m = month(e); m && (!the || (nth && is(e - 1, "of")))) {
        if (auto y = year_digits(m->second)) consider(day_cand(*y, m->first, static_cast<int>(d->num), m->second + 1, k, true));
        else consider(day_cand(std::nullopt, m->first, static_cast<int>(d->num), m->second, k, false));
      }
    }
    // ISO 2013-03-22, with a time of day glued on ("2021-03-18T14:00Z")
    if (auto y = year_digits(k); y && !the && is_punct(k + 1, '-') && t_[k + 1].glued && at(k + 2) && t_[k + 2].glued &&
                                 t_[k + 2].kind == Kind::digit && is_punct(k + 3, '-') && at(k + 4) &&
                                 t_[k + 4].kind == Kind::digit && t_[k + 4].glued) {
      auto c = day_cand(*y, static_cast<int>(t_[k + 2].num), static_cast<int>(t_[k + 4].num), k + 5, k, true);
      if (c && c->point && at(k + 5) && t_[k + 5].glued && t_[k + 5].kind == Kind::alpha && t_[k + 5].low.size() == 1 &&
          t_[k + 5].low == "t" && at(k + 6) && t_[k + 6].glued && t_[k + 6].kind == Kind::digit && t_[k + 6].low.size() == 2 &&
          t_[k + 6].num <= 24) {
        std::size_t e = k + 7;
        long mi = 0;
        if (is_punct(e, ':') && t_[e].glued && at(e + 1) && t_[e + 1].glued && t_[e + 1].kind == Kind::digit &&
            t_[e + 1].low.size() == 2 && t_[e + 1].num < 60)
          mi = t_[e + 1].num, e += 2;
        if (is_punct(e, ':') && t_[e].glued && at(e + 1) && t_[e + 1].glued && t_[e + 1].kind == Kind::digit) e += 2;  // seconds
        if (at(e) && t_[e].glued && t_[e].low == "z") ++e;
        c->point->time = "T" + pad(t_[k + 6].num, 2) + ":" + pad(mi, 2);
        c->type = TimexType::time;
        c->end = e;
      }
      consider(std::move(c));
    }
    // numeric dates "18/03/2021", "3/18/2021": day and month told apart only when one is over
    // 12; otherwise ("4/5/2021") the order differs by country, and only the year is certain
    if (auto a = at(k); a && !the && a->kind == Kind::digit && a->low.size() <= 2 && is_punct(k + 1, '/') &&
                        t_[k + 1].glued && at(k + 2) && t_[k + 2].glued && t_[k + 2].kind == Kind::digit &&
                        t_[k + 2].low.size() <= 2 && is_punct(k + 3, '/') && t_[k + 3].glued && at(k + 4) && t_[k + 4].glued)
      if (auto y = year_digits(k + 4)) {
        const int x = static_cast<int>(a->num), z = static_cast<int>(t_[k + 2].num);
        if (x >= 1 && z >= 1 && x <= 31 && z <= 31) {
          if (x > 12 && z <= 12) consider(day_cand(*y, z, x, k + 5, k, true));
          else if (z > 12 && x <= 12) consider(day_cand(*y, x, z, k + 5, k, true));
          else if (x <= 12 && z <= 12) {
            Cand c;
            c.end = k + 5;
            c.point = Point{G::year, *y, 0, {}, {}};
            c.explicit_date = true;
            consider(c);
          }
        }
      }
    // "14.03.2021": a dotted date is day.month.year wherever it is written (Europe, Russia,
    // India); a four-digit year only, so that "1.5.3" and decimals stay numbers
    if (auto a = at(k); a && !the && a->kind == Kind::digit && a->low.size() <= 2 && is_punct(k + 1, '.') &&
                        t_[k + 1].glued && at(k + 2) && t_[k + 2].glued && t_[k + 2].kind == Kind::digit &&
                        t_[k + 2].low.size() <= 2 && is_punct(k + 3, '.') && t_[k + 3].glued && at(k + 4) && t_[k + 4].glued &&
                        t_[k + 4].low.size() == 4 && !(at(k + 5) && t_[k + 5].glued && alnum(k + 5)))
      if (auto y = year_digits(k + 4); y && a->num >= 1 && t_[k + 2].num >= 1 && t_[k + 2].num <= 12)
        consider(day_cand(*y, static_cast<int>(t_[k + 2].num), static_cast<int>(a->num), k + 5, k, true));
    // years and decades
    if (auto y = year_digits(k)) {
      if (at(k + 1) && t_[k + 1].glued && is(k + 1, "s")) {
        Cand c;
        c.end = k + 2;
        c.point = Point{*y % 10 == 0 ? G::decade : G::year, *y, 0, {}, {}};
        if (*y % 10 == 0) consider(c);
      } else if (!the && year_alone_ok(k)) {
        Cand c;
        c.end = k + 1;
        c.point = Point{G::year, *y, 0, {}, {}};
        c.explicit_date = true;
        consider(c);
      }
    }
    // "nineteen ninety-six"
    if (auto y = year_at(k); y && !the && !year_digits(k)) {
      Cand c;
      c.end = y->second;
      c.point = Point{G::year, y->first, 0, {}, {}};
      c.explicit_date = true;
      consider(c);
    }
    // "the 1988 period", "the 1988 third quarter": a reporting period of that year
    // (not the end of a span of years: "the 2014-2016 period" names no reporting period)
    const bool span_end = k > 0 && is_punct(k - 1, '-') && t_[k].glued;
    if (auto y = year_digits(k); y && !span_end && !(at(k + 1) && t_[k + 1].glued)) {
      if (is(k + 1, "period") || is(k + 1, "quarter") || is(k + 1, "fiscal")) {
        Cand c;
        c.end = k + 2;
        c.point = Point{G::year, *y, 0, {}, {}};
        // "the 1988 quarter" in a report on the third quarter: that quarter of 1988
        if (is(k + 1, "quarter") && quarter_focus_) c.point = Point{G::quarter, *y, quarter_focus_->sub, {}, {}};
        // "the 1989 period" right after the third quarter was the period in focus: its quarter
        if (is(k + 1, "period") && focus_ && focus_->g == G::quarter) c.point = Point{G::quarter, *y, focus_->sub, {}, {}};
        c.explicit_date = true;
        if (is(k + 1, "fiscal") && is(k + 2, "year")) ++c.end;
        else if (is(k + 1, "fiscal")) c.end = 0;
        if (c.end) consider(c);
      } else if (auto o = lookup(&timex::WordInfo::ordinals, k + 1); o && *o <= 4 && is(k + 2, "quarter")) {
        Cand c;
        c.end = k + 3;
        c.point = Point{G::quarter, *y, *o, {}, {}};
        c.explicit_date = true;
        consider(c);
      }
    }
    // "the nineties", "the twenties": a decade of the 1900s, or of the 2000s once that one has
    // begun by the DCT (1990s said in 1998, 2020s said in 2021); its tens are a number word
    if (the && at(k) && t_[k].kind == Kind::alpha && t_[k].low.size() > 5 && t_[k].low.ends_with("ies")) {
      std::string tens(t_[k].low.substr(0, t_[k].low.size() - 3));
      tens += 'y';
      if (auto n = lex_.numbers.find(tens); n != lex_.numbers.end() && n->second >= 20 && n->second % 10 == 0 && n->second < 100) {
        Cand c;
        c.end = k + 1;
        int y = 1900 + n->second;
        if (dct_ && y + 100 <= static_cast<int>(dct_->year())) y += 100;
        c.point = Point{G::decade, y, 0, {}, {}};
        consider(c);
      }
    }
    // '90s
    if (is_punct(k, '\'') && at(k + 1) && t_[k + 1].kind == Kind::digit && t_[k + 1].low.size() == 2 && t_[k + 1].glued &&
        is(k + 2, "s") && t_[k + 2].glued && t_[k + 1].num % 10 == 0) {
      Cand c;
      c.end = k + 3;
      c.point = Point{G::decade, 1900 + static_cast<int>(t_[k + 1].num), 0, {}, {}};
      consider(c);
    }
    // 20th century
    if (const Tok* d = at(k); d && d->kind == Kind::digit && d->num > 0 && d->num <= 21 && at(k + 1) && t_[k + 1].glued &&
                              (is(k + 1, "th") || is(k + 1, "st") || is(k + 1, "nd") || is(k + 1, "rd")) && is(k + 2, "century")) {
      Cand c;
      c.end = k + 3;
      c.point = Point{G::century, (static_cast<int>(d->num) - 1) * 100, 0, {}, {}};
      consider(c);
    }
    if (auto o = lookup(&timex::WordInfo::ordinals, k); o && is(k + 1, "century")) {
      Cand c;
      c.end = k + 2;
      c.point = Point{G::century, (*o - 1) * 100, 0, {}, {}};
      consider(c);
    }
    // seasons with a year: "spring 2010", "the winter of 1994"
    if (auto s = lookup(&timex::WordInfo::seasons, k)) {
      std::size_t e = k + 1;
      if (is(e, "of")) ++e;
      if (auto y = year_at(e)) {
        Cand c;
        c.end = y->second;
        c.point = Point{G::season, y->first, *s, {}, {}};
        c.explicit_date = true;
        consider(c);
      }
    }
    // quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter"
    {
      std::size_t q = k;
      if (is(q, "fiscal")) ++q;
      auto o = lookup(&timex::WordInfo::ordinals, q);
      // "the last half of 1989" is its second half, "the final quarter of 2022" its fourth (only
      // with the year: "the last half of the '80s" is a part of a decade, and "the last quarter"
      // alone is the one before the DCT's, read by relative())
      if (!o && (is(q, "last") || is(q, "final")) && (is(q + 1, "half") || is(q + 1, "quarter")) && is(q + 2, "of") &&
          year_digits(q + 3))
        o = is(q + 1, "half") ? 2 : 4;
      // "the first two quarters of 1990" are its first half (TimeBank: 1990-H1), "the last two
      // quarters of 2022" its second; only with the year, as "the last half of"
      const bool two_quarters = ((o && *o == 1) || is(q, "last") || is(q, "final")) && is(q + 1, "two") &&
                                is(q + 2, "quarters") && is(q + 3, "of") && year_digits(q + 4);
      if (two_quarters) o = o ? 1 : 2;
      if (o) {
        std::size_t e = two_quarters ? q + 2 : q + 1;
        if (is_punct(e, '-') && t_[e].glued) ++e;
        const bool hyphenated = !two_quarters && e > q + 1;
        if (hyphenated && the) return std::nullopt;  // "the third-quarter results": the adjective alone
        const bool quarter = !two_quarters && is(e, "quarter"), half = two_quarters || is(e, "half");
        if ((quarter && *o >= 1 && *o <= 4) || (half && *o >= 1 && *o <= 2)) {
          Cand c;
          c.end = e + 1;
          std::optional<int> year;
          // "the first half of next year", "the fourth quarter of last year"
          const int rel = !is(c.end, "of") || !is(c.end + 2, "year") ? 9 : is(c.end + 1, "next") ? 1 : is(c.end + 1, "last") ? -1 : is(c.end + 1, "this") ? 0 : 9;
          if (rel != 9 && dct_) {
            c.point = Point{quarter ? G::quarter : G::half, static_cast<int>(dct_->year()) + rel, *o, {}, {}};
            c.needs_dct = true;
            c.end += 3;
          } else if (is(c.end, "of") && is(c.end + 1, "the") && is(c.end + 2, "year")) {
            c.end += 3;  // "the second half of the year": the year in view, as without it
          } else if (is(c.end, "of") || is(c.end, ",")) {
            if (auto y = year_digits(c.end + 1)) year = *y, c.end += 2;
          } else if (auto y = year_digits(c.end)) {
            year = *y, c.end += 1;
          }
          if (c.point) {
            // already placed ("of next year")
          } else if (year) {
            c.point = Point{quarter ? G::quarter : G::half, *year, *o, {}, {}};
            c.explicit_date = true;
          } else if (dct_) {
            c.needs_dct = true;
            c.point = Point{quarter ? G::quarter : G::half, static_cast<int>(dct_->year()), *o, {}, {}};
            // Reports name quarters that have begun: "the fourth quarter" said in January is
            // last year's, unless the clause speaks of the future.
            const Point now = containing(Day{*dct_}, quarter ? G::quarter : G::half);
            if (*o > now.sub + 1 && tense_near(k, c.end) != Tense::future) c.point->year -= 1;
          } else {
            c.unresolved = true;
            c.value = std::string("XXXX-") + (quarter ? "Q" : "H") + std::to_string(*o);
          }
          consider(c);
        }
      }
    }
    // "the 2023-24 fiscal year" (India's April-March year, Britain's and Australia's too): the
    // year it ends in, as TimeBank gives a fiscal year the year of its name
    if (auto y = year_digits(k); y && is_punct(k + 1, '-') && t_[k + 1].glued && at(k + 2) && t_[k + 2].glued &&
                                 t_[k + 2].kind == Kind::digit && t_[k + 2].low.size() == 2 && t_[k + 2].num == (*y + 1) % 100 &&
                                 is(k + 3, "fiscal") && (is(k + 4, "year") || is(k + 4, "fiscal"))) {
      Cand c;
      c.end = k + 5;
      c.point = Point{G::year, *y + 1, 0, {}, {}};
      c.explicit_date = true;
      consider(c);
    }
    // "in 2020-21", "the 2014-16 period": the two-digit end of a span of years is a year of its
    // own, as the other end of a range of days is ("March 12 to 14"), within ten years after
    // the first ("1-800-273" and "2020-01" are no span)
    if (at(k) && t_[k].kind == Kind::digit && t_[k].low.size() == 2 && t_[k].glued && k >= 2 && is_punct(k - 1, '-') &&
        t_[k - 1].glued && !(at(k + 1) && t_[k + 1].glued && (alnum(k + 1) || is_punct(k + 1, '-'))))
      if (auto y0 = year_digits(k - 2); y0 && !(k >= 3 && t_[k - 2].glued && !is_punct(k - 3, '(')))
        if (const int y = *y0 / 100 * 100 + static_cast<int>(t_[k].num); y > *y0 && y <= *y0 + 10) {
          Cand c;
          c.end = k + 1;
          c.point = Point{G::year, y, 0, {}, {}};
          c.explicit_date = true;
          consider(c);
        }
    // "FY24", "FY2024": the fiscal year of that name (a two-digit year in the DCT's century)
    if (at(k) && t_[k].cap && t_[k].low == "fy" && at(k + 1) && t_[k + 1].glued && t_[k + 1].kind == Kind::digit &&
        (t_[k + 1].low.size() == 2 || t_[k + 1].low.size() == 4) && !(at(k + 2) && t_[k + 2].glued && alnum(k + 2))) {
      int y = static_cast<int>(t_[k + 1].num);
      if (t_[k + 1].low.size() == 2) y += dct_ ? static_cast<int>(dct_->year()) / 100 * 100 : 2000;
      Cand c;
      c.end = k + 2;
      c.point = Point{G::year, y, 0, {}, {}};
      c.explicit_date = true;
      consider(c);
    }
    // fiscal 1991
    if (is(k, "fiscal")) {
      std::size_t e = k + 1;
      if (is(e, "year")) ++e;
      if (auto y = year_digits(e)) {
        Cand c;
        c.end = e + 1;
        c.point = Point{G::year, *y, 0, {}, {}};
        c.explicit_date = true;
        consider(c);
      }
    }
    // "the third of March": a spelled ordinal day, only with the article and "of"
    if (auto o = lookup(&timex::WordInfo::ordinals, k); o && the && *o >= 1 && *o <= 31 && is(k + 1, "of"))
      if (auto m = month(k + 2)) {
        if (auto y = year_digits(m->second)) consider(day_cand(*y, m->first, *o, m->second + 1, k, true));
        else consider(day_cand(std::nullopt, m->first, *o, m->second, k, false));
      }
    // "the second week of April", "the last week of March": the ISO week that holds the middle
    // of the month's n-th seven days (day 4, 11, 18, 25; the last: three days before its end),
    // as "the week of March 6" is that day's week
    if (the && (is(k, "last") || is(k, "final") || lookup(&timex::WordInfo::ordinals, k)) && is(k + 1, "week") && is(k + 2, "of"))
      if (auto m = month(k + 3)) {
        const auto o = lookup(&timex::WordInfo::ordinals, k);
        const int n = o ? *o : 9;  // 9: the last
        std::optional<Cand> mc;
        if (auto y = year_digits(m->second)) {
          mc = Cand{};
          mc->end = m->second + 1;
          mc->point = Point{G::month, *y, m->first, {}, {}};
          mc->explicit_date = true;
        } else {
          mc = month_cand(m->first, m->second, k + 3);
        }
        if (n >= 1 && (n <= 5 || n == 9) && mc->point) {
          const int y = mc->point->year;
          const Day day = n == 9 ? last_day(y, static_cast<unsigned>(m->first)) - date::days{3}
                                 : Day{date::year{y} / date::month{static_cast<unsigned>(m->first)} / date::day{static_cast<unsigned>(7 * n - 3)}};
          if (date::year_month_day{day}.month() == date::month{static_cast<unsigned>(m->first)}) {
            mc->point = week_point(day);
            consider(std::move(mc));
          }
        }
      }
    if (best && the && best->end > k) {
      // the article belongs to decades, quarters, centuries ("the 1990s", "the third quarter")
      // and to a day named as a noun ("the 3rd of March")
      const bool period = (best->point && best->point->g == G::day && (is(k + 1, "of") || is(k + 2, "of"))) ||
                          (best->end == k + 2 && (is(k + 1, "period") || is(k + 1, "quarter"))) ||
                          (best->end >= k + 3 && is(best->end - 2, "fiscal") && is(best->end - 1, "year"));  // "the 2023-24 fiscal year"
      const bool season_of = best->point && best->point->g == G::season && is(k + 1, "of");  // "the winter of 1994"
      // "the 1990s war", "the 1980s boom": a decade before a noun modifies it, and the article
      // belongs to the noun, as with "the 2014 annexation" (a lower-case word follows that is no
      // tense cue, preposition, unit, conjunction or pronoun)
      static constexpr std::string_view kNotNouns[] = {"and", "or", "but", "when", "than", "that", "which", "who", "where", "while", "because"};
      if (best->point && best->point->g == G::decade && best->mod.empty() && at(best->end) && t_[best->end].kind == Kind::alpha &&
          !t_[best->end].cap && !t_[best->end].glued && !t_[best->end].low.ends_with("ed") &&
          !(t_[best->end].info && (t_[best->end].info->tense || t_[best->end].info->preposition || t_[best->end].info->units ||
                                  t_[best->end].info->sentence_starter)) &&
          std::find(std::begin(kNotNouns), std::end(kNotNouns), t_[best->end].low) == std::end(kNotNouns))
        return std::nullopt;
      if (!period && !season_of && !(best->point && (best->point->g == G::decade || best->point->g == G::century || best->point->g == G::quarter ||
                            best->point->g == G::week ||
                            best->point->g == G::half)) &&
          !best->value.starts_with("XXXX-Q") && !best->value.starts_with("XXXX-H"))
        return std::nullopt;
    }
    return best;
  }

  // Token k ends a quantity, so that "a year" after it is a rate: a number, an amount, a
  // plural count noun ("flights", "seats").
  bool rate_before(std::size_t k) const {
    const Tok& t = t_[k];
    if (t.kind == Kind::digit || is_punct(k, '%')) return true;
    if (t.kind != Kind::alpha || t.cap) return false;
    static constexpr std::string_view kAmounts[] = {"million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "dollars"};
    if (std::find(std::begin(kAmounts), std::end(kAmounts), t.low) != std::end(kAmounts)) return true;
    if (in(&timex::WordInfo::numbers, t)) return true;
    // "24 hours a day", "seven days a week": a count of a smaller unit is a rate too
    if (k > 0 && in(&timex::WordInfo::units, t) && t.low.back() == 's' && (t_[k - 1].kind == Kind::digit || in(&timex::WordInfo::numbers, t_[k - 1])))
      return true;
    // a plural noun, but not a verb or a time unit ("was", "has", "years")
    return t.low.size() > 3 && t.low.back() == 's' && !t.low.ends_with("ss") && !t.low.ends_with("us") &&
           !in(&timex::WordInfo::tense, t) && !in(&timex::WordInfo::units, t) && t.low != "this" && t.low != "times";
  }

  // A bare year is a date unless it counts something ("2020 votes") or is money.
  bool year_alone_ok(std::size_t k) const {
    if (k > 0 && (is_punct(k - 1, '$') || t_[k - 1].kind == Kind::digit)) return false;
    if (k > 0 && is_punct(k - 1, '.') && t_[k].glued) return false;
    if (is_punct(k + 1, '%') || is_punct(k + 1, ':') || (is_punct(k + 1, '.') && at(k + 2) && t_[k + 2].kind == Kind::digit))
      return false;
    if (is_punct(k + 1, ',') && at(k + 2) && t_[k + 2].glued && t_[k + 2].kind == Kind::digit) return false;
    // "(1100 GMT)": four digits before a time zone are a clock time, never a year
    if (clock_zone(k + 1)) return false;
    // "Orion 1980", "Vision 2030", "Copyright 1998": a year after a capitalised word inside a
    // sentence that no list knows (not a month, season, holiday or preposition) is part of a name
    if (k >= 2 && t_[k - 1].kind == Kind::alpha && t_[k - 1].cap && !t_[k - 1].info && !t_[k - 1].break_before &&
        (t_[k - 2].kind == Kind::alpha || is_punct(k - 2, ',')))
      return false;
    // "the 2022 midterms", "its 1990 elections": after a determiner the year names which ones
    const bool determined = k > 0 && (is(k - 1, "the") || is(k - 1, "its") || is(k - 1, "their") || is(k - 1, "his") ||
                                      is(k - 1, "her") || is(k - 1, "our") || (k > 1 && is(k - 1, "s") && is_punct(k - 2, '\'')));
    if (const Tok* n = at(k + 1); !determined && n && n->kind == Kind::alpha && !n->cap && n->low.size() > 3 && n->low.back() == 's' &&
                                  !n->low.ends_with("ss") && !in(&timex::WordInfo::tense, *n) && n->low != "was" && n->low != "has")
      return false;  // "2020 votes", "won 1990 seats"
    return true;
  }

  // "May" and "March" are words too; a lone month needs a date-like neighbour.
  bool month_alone_ok(std::size_t k, std::size_t e) const {
    const std::string_view w = t_[k].low;
    if (t_[k].break_before && (w == "may" || w == "march")) return false;
    if (w == "may" || w == "march" || w == "august" || t_[k].low.size() <= 4) {
      static constexpr std::string_view kBefore[] = {"in", "since", "until", "till", "by", "of", "early", "late", "mid",
                                                     "last", "next", "this", "from", "through", "before", "after", "during",
                                                     "between", "each", "every", "that"};
      if (k == 0) return false;
      const std::string_view p = t_[k - 1].low;
      bool ok = std::find(std::begin(kBefore), std::end(kBefore), p) != std::end(kBefore) || is_punct(k - 1, '-');
      // "the March accession", "a June agreement": a month before a noun it dates
      if (!ok && (p == "the" || p == "a") && e < t_.size() && t_[e].kind == Kind::alpha && !t_[e].cap && !preposition(e) &&
          !in(&timex::WordInfo::tense, t_[e]) && t_[e].low != "and" && t_[e].low != "or")
        ok = true;
      // the second month of a range or a pair: "from March to May", "in June or July"
      if (!ok && k >= 2 && (p == "to" || p == "and" || p == "or") && t_[k - 2].cap && month(k - 2)) ok = true;
      // "in May be" -- "may" before a verb; a modal is never followed by a preposition ("heard in
      // May in the court"), and a capitalised "May" after "in" before a conjunction is the month
      // ("disclosed in May that", "in May when")
      const bool clause_after = t_[k].cap && p == "in" && (is(e, "that") || is(e, "when") || is(e, "while") || is(e, "because"));
      if (w == "may" && e < t_.size() && t_[e].kind == Kind::alpha && !t_[e].cap && t_[e].low != "and" && t_[e].low != "or" &&
          !preposition(e) && t_[e].low != "of" && !clause_after)
        ok = false;
      return ok;
    }
    return true;
  }

  // A month (or month-day) without a year takes the one of that name closest to the DCT. With
  // no tense cue, news reports the past more than the future: a date ahead counts kFutureCost
  // times its distance.
  static constexpr int kPastReach = 1;
  static constexpr int kFutureCost = 2;

  Cand month_cand(int mo, std::size_t e, std::size_t k) const {
    Cand c;
    c.end = e;
    c.needs_dct = true;
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX-" + pad(mo, 2);
      return c;
    }
    // the second month of a range or a pair ("from March to May", "in June or July") follows
    // the first one, whatever the tense
    if (k >= 2 && (is(k - 1, "to") || is(k - 1, "through") || is(k - 1, "until") || is(k - 1, "and") || is(k - 1, "or")) &&
        t_[k - 2].cap && month(k - 2) && focus_ && focus_->g == G::month) {
      const bool onward = !is(k - 1, "and") && !is(k - 1, "or");
      c.point = Point{G::month, focus_->year + (onward && mo < focus_->sub ? 1 : 0), mo, {}, {}};
      return c;
    }
    // The month of that name closest to the DCT that the tense allows: a past verb reaches at
    // most kPastReach months ahead ("expects to report in mid-November" said in October is
    // still ahead), a future verb none back; "in January" said in October is the next one.
    const int y0 = static_cast<int>(dct_->year());
    const int dm = static_cast<int>(static_cast<unsigned>(dct_->month()));
    Tense tn = tense_near(k, e);
    // "has extended the loans through January": the end of a term set in the past may lie
    // ahead, so a past verb does not rule it out (the nearer month still wins)
    if (tn == Tense::past && k > 0 && (is(k - 1, "through") || is(k - 1, "until") || is(k - 1, "till"))) tn = Tense::none;
    // a past verb right before the month is what happened in it ("the ministers met in April"):
    // the month has begun by the DCT, as for a month-day (day_cand)
    const bool done = k > 1 && is(k - 1, "in") && cue(k - 2) == Tense::past;
    int pick = y0, best_gap = 999;
    for (int y = y0 - 1; y <= y0 + 1; ++y) {
      const int gap = (y - y0) * 12 + (mo - dm);
      if (tn == Tense::past && gap > kPastReach) continue;
      if (done && gap > 0) continue;
      if (tn == Tense::future && gap < 0) continue;
      const int cost = tn == Tense::none && gap > 0 ? gap * kFutureCost : std::abs(gap);
      if (cost < best_gap || (cost == best_gap && gap > 0)) pick = y, best_gap = cost;
    }
    c.point = Point{G::month, pick, mo, {}, {}};
    return c;
  }

  std::optional<Cand> day_cand(std::optional<int> year, int mo, int d, std::size_t e, std::size_t k, bool explicit_year) const {
    Cand c;
    c.end = e;
    if (mo < 1 || mo > 12) return std::nullopt;
    if (year) {
      date::year_month_day ymd{date::year{*year}, date::month{static_cast<unsigned>(mo)}, date::day{static_cast<unsigned>(d)}};
      if (!ymd.ok()) return std::nullopt;
      c.point = Point{G::day, 0, 0, ymd, {}};
      c.explicit_date = explicit_year;
      return c;
    }
    // "the Sept. 11 attacks", "the Jan. 6 riot": a day of history named years later
    // (data/timex/historic_days.tsv)
    if (at(e) && t_[e].kind == Kind::alpha && !lex_.historic_days.empty()) {
      // the key "month-day noun" written into one string (std::to_chars writes what std::to_string does)
      char digits[32];
      auto r = std::to_chars(digits, digits + 12, mo);
      *r.ptr++ = '-';
      r = std::to_chars(r.ptr, r.ptr + 12, d);
      *r.ptr++ = ' ';
      std::string key(digits, r.ptr);
      key += t_[e].low;
      const auto h = lex_.historic_days.find(key);
      if (h != lex_.historic_days.end()) {
        const date::year_month_day ymd{date::year{h->second}, date::month{static_cast<unsigned>(mo)}, date::day{static_cast<unsigned>(d)}};
        if (ymd.ok() && (!dct_ || Day{ymd} <= Day{*dct_})) {
          c.point = Point{G::day, 0, 0, ymd, {}};
          return c;
        }
      }
    }
    c.needs_dct = true;
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX-" + pad(mo, 2) + "-" + pad(d, 2);
      return c;
    }
    const Day dct{*dct_};
    const Tense tn = tense_near(k, e);
    // a past verb right before the date is what happened on it ("the year ended Jan. 31",
    // "died on Oct. 3"): the date is over
    std::size_t v = k;
    if (v > 0 && (is(v - 1, "on") || is(v - 1, "in"))) --v;
    // "talks resumed in Vienna on April 6": a place named between the verb and the date
    // or the verb's object named ("Lavrov met Albright on May 5")
    if (v < k) {
      std::size_t w = v;
      while (w > 0 && v - w < 3 && t_[w - 1].kind == Kind::alpha && t_[w - 1].cap && !t_[w - 1].break_before) --w;
      if (w < v && w > 0 && (is(w - 1, "in") || is(w - 1, "at"))) v = w - 1;
      else if (w < v && w > 0 && cue(w - 1) == Tense::past) v = w;
    }
    const bool done = v > 0 && cue(v - 1) == Tense::past;
    std::optional<Day> pick;
    long best_gap = 0;
    for (int dy : {-1, 0, 1}) {
      date::year_month_day ymd{dct_->year() + date::years{dy}, date::month{static_cast<unsigned>(mo)},
                               date::day{static_cast<unsigned>(d)}};
      if (!ymd.ok()) continue;
      const Day cand{ymd};
      const long gap = (cand - dct).count();
      // a past verb rarely talks of a date more than a quarter ahead, a future verb of one more
      // than a quarter back (payment dates and deadlines weeks ahead are reported in the past
      // tense: "declared a dividend payable Dec. 15")
      if (tn == Tense::past && gap > 92) continue;
      if (tn == Tense::future && gap < -7) continue;
      if (done && gap > 0) continue;
      const long cost = tn == Tense::none && gap > 0 ? gap * kFutureCost : std::labs(gap);
      if (!pick || cost < best_gap || (cost == best_gap && gap > 0)) pick = cand, best_gap = cost;
    }
    if (!pick) return std::nullopt;
    c.point = day_point(*pick);
    return c;
  }

  // "Thursday", "Friday afternoon", "Saturday, April 25", "last Friday", "next Monday"
  std::optional<Cand> weekday(std::size_t i) const {
    std::size_t k = i;
    int dir = 0;  // -1 last, +1 next, 0 by tense
    if (is(k, "the") && is(k + 1, "previous")) ++k;  // the article belongs to "the previous Friday"
    if (is(k, "last") || is(k, "past") || is(k, "previous")) dir = -1, ++k;
    else if (is(k, "next") || is(k, "coming")) dir = 1, ++k;
    else if (is(k, "this") && is(k + 1, "coming")) dir = 1, k += 2;
    else if (is(k, "this")) ++k;
    auto wd = lookup(&timex::WordInfo::weekdays, k);
    if (!wd || !t_[k].cap) return std::nullopt;
    if (t_[k].low.size() <= 4 && t_[k].low != "sun" && !(is_punct(k + 1, '.') && t_[k + 1].glued)) return std::nullopt;
    if (t_[k].low == "sun" || t_[k].low == "sat" || t_[k].low == "wed") return std::nullopt;  // words and titles
    std::size_t e = k + 1;
    if (is_punct(e, '.') && t_[e].glued && t_[k].low.size() <= 5) ++e;
    Cand c;
    c.end = e;
    // "Saturday, April 25": the date says which
    {
      std::size_t e2 = e;
      if (is_punct(e2, ',')) ++e2;
      if (auto m = month(e2)) {
        if (auto d = at(m->second); d && d->kind == Kind::digit && d->num >= 1 && d->num <= 31) {
          std::size_t e3 = m->second + 1, e4 = e3;
          if (is_punct(e4, ',')) ++e4;
          std::optional<Cand> dc = year_digits(e4) ? day_cand(*year_digits(e4), m->first, static_cast<int>(d->num), e4 + 1, k, true)
                                                   : day_cand(std::nullopt, m->first, static_cast<int>(d->num), e3, k, false);
          if (dc) return dc;
        }
      }
      // "Tuesday 16 March", "Sunday, 14 March 2021": the day-month order of British and
      // Commonwealth copy (BBC, AFP), one expression as "Tuesday, March 16" is
      if (auto d = at(e2); d && d->kind == Kind::digit && d->low.size() <= 2 && d->num >= 1 && d->num <= 31 && !t_[e2].glued)
        if (auto m = month(e2 + 1)) {
          std::size_t e4 = m->second;
          if (is_punct(e4, ',')) ++e4;
          std::optional<Cand> dc = year_digits(e4) ? day_cand(*year_digits(e4), m->first, static_cast<int>(d->num), e4 + 1, k, true)
                                                   : day_cand(std::nullopt, m->first, static_cast<int>(d->num), m->second, k, false);
          if (dc) return dc;
        }
    }
    // "Tuesday last week", "on Wednesday next week": that weekday of the week named
    if (dir == 0 && dct_ && is(e + 1, "week") && (is(e, "last") || is(e, "next") || is(e, "this"))) {
      const Day dct{*dct_};
      const Day monday = dct - (date::weekday{dct} - date::Monday);
      const int off = is(e, "last") ? -1 : is(e, "next") ? 1 : 0;
      c.end = e + 2;
      c.needs_dct = true;
      c.point = day_point(monday + date::weeks{off} + date::days{*wd - 1});
      return c;
    }
    std::string part;
    if (auto p = lookup(&timex::WordInfo::day_parts, e)) part = "T" + *p, ++e;
    c.end = e;
    c.needs_dct = true;
    if (!part.empty()) c.type = TimexType::time;
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX-WXX-" + std::to_string(*wd) + part;
      return c;
    }
    const Day dct{*dct_};
    const date::weekday target{static_cast<unsigned>(*wd % 7)};
    const date::weekday today{dct};
    const bool tense_dir_explicit = dir != 0;  // "next Friday" on a Friday is a week on
    // "Wednesday's ruling": a possessive weekday names a day that is over
    const bool possessive = is_punct(e, '\'') && t_[e].glued && is(e + 1, "s") && t_[e + 1].glued;
    if (dir == 0 && !possessive) {
      const Tense tn = tense_near(i, e);
      // "expect a response by Friday": a deadline is ahead unless the clause is past
      dir = tn == Tense::future || ((tn == Tense::none || tn == Tense::present) && i == k && i > 0 && is(i - 1, "by")) ? 1 : 0;
    }
    // "ahead of Monday's summit": a possessive weekday is over unless it is still awaited (the
    // clause's tense does not tell: "would look for ways around Wednesday's ruling")
    if (dir == 0 && possessive && i >= 2 && is(i - 1, "of") && is(i - 2, "ahead")) dir = 1;
    // "from Monday through Thursday", "Friday to Sunday": the end of a range of weekdays is the
    // first such day after the start just named
    const bool range_end = !tense_dir_explicit && !possessive && i >= 2 && i == k &&
                           (is(i - 1, "through") || is(i - 1, "to") || is(i - 1, "until") || is(i - 1, "thru") ||
                            (t_[i - 1].low == "\xE2\x80\x93") || (is_punct(i - 1, '-') && t_[i - 1].glued && t_[i].glued)) &&
                           lookup(&timex::WordInfo::weekdays, i - 2) && day_named_ && day_focus_ && day_focus_->g == G::day &&
                           date::weekday{Day{day_focus_->ymd}}.c_encoding() == static_cast<unsigned>(*lookup(&timex::WordInfo::weekdays, i - 2) % 7);
    Day d;
    if (range_end) {
      const Day f{day_focus_->ymd};
      d = f + (target - date::weekday{f});
      if (d <= f) d += date::weeks{1};
    } else if (dir == 1) {
      d = dct + (target - today);  // the DCT's own weekday in a future clause is the DCT
      if (d < dct || (d == dct && tense_dir_explicit)) d += date::weeks{1};
    } else if (dir == -1 && is(k - 1, "previous") && day_focus_ && day_focus_->g == G::day) {
      // "down 4.5% from the previous Friday": the one before the day last named
      const Day f{day_focus_->ymd};
      d = f - (date::weekday{f} - target);
      if (d >= f) d -= date::weeks{1};
    } else if (dir == -1) {
      d = dct - (today - target);
      if (d >= dct) d -= date::weeks{1};
    } else {
      d = dct - (today - target);  // the last one on or before the DCT
    }
    Point p = day_point(d);
    p.time = part;
    c.point = p;
    return c;
  }

  // "last week", "this month", "next year", "the past year", "two years ago", "a year earlier",
  // "earlier this month", "this spring", "last June", "the weekend", "the quarter"
  std::optional<Cand> relative(std::size_t i) const {
    std::optional<Cand> best;
    auto consider = [&](std::optional<Cand> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    std::size_t k = i;
    std::string mod;
    // "earlier in the year" (TimeBank: one expression, mod START) is "earlier this year"
    bool in_the = false;
    if (is(k, "earlier") || is(k, "later")) {
      mod = is(k, "earlier") ? "START" : "END";
      ++k;
      in_the = is(k, "in") && is(k + 1, "the");
      if (!(is(k, "this") || is(k, "last") || is(k, "next") || in_the)) return std::nullopt;
    }
    // "ABC's "This Week"": a capitalised "This Week" right after a quote is a programme's title
    if (k == i && k > 0 && t_[k].glued && t_[k].cap && at(k + 1) && t_[k + 1].cap &&
        (is_punct(k - 1, '"') || is_punct(k - 1, '`') || is_punct(k - 1, '\'')))
      return std::nullopt;
    int dir = 2;  // 2 = not relative
    std::size_t j = k;
    if (in_the) {
      dir = 0, j += 2;
    } else if (is(j, "last") || is(j, "previous") || (is(j, "the") && (is(j + 1, "past") || is(j + 1, "previous") || is(j + 1, "last")))) {
      dir = -1, j += is(j, "the") ? 2 : 1;
    } else if (is(j, "this") && is(j + 1, "past")) {  // "this past spring"
      dir = -1, j += 2;
    } else if (is(j, "this") || is(j, "current") || (is(j, "the") && is(j + 1, "current"))) {
      dir = 0, j += is(j, "the") ? 2 : 1;
    } else if (is(j, "next") || is(j, "coming") || (is(j, "the") && (is(j + 1, "next") || is(j + 1, "coming")))) {
      dir = 1, j += is(j, "the") ? 2 : 1;
    }
    if (dir != 2) {
      if (is(j, "fiscal")) ++j;
      // unit: week, month, year, quarter, weekend, decade, century
      if (auto u = unit(j); u && !std::get<1>(*u)) {
        const std::string& code = std::get<0>(*u);
        if (!time_unit(code) && code != "D") {
          Cand c;
          c.end = std::get<2>(*u);
          c.mod = mod;
          c.needs_dct = true;
          if (((code == "DE" || code == "CE") && is(k, "the") && is(k + 1, "past")) || (code == "FN" && dir != 0)) {
            // "over the past decade": the ten years up to the DCT, a DURATION like "the past
            // two years" (AQUAINT's one case; "the last decade" stays the decade, as in TimeBank).
            // A fortnight is no calendar unit: "the past fortnight" is "the past two weeks".
            c.type = TimexType::duration;
            c.value = duration_value(code, 1);
            if (dct_) c.span = period_from_dct(code, 1, dir < 0 ? -1 : 1);
          } else if (!dct_) {
            c.unresolved = true;
            c.value = "XXXX";
          } else {
            const G g = unit_granularity(code);
            c.point = shift(containing(Day{*dct_}, g), dir);
            // A weekend is over or ahead, never current on a weekday: "last weekend" said on a
            // Wednesday is the one three days before, "this weekend" the coming one unless the
            // clause is past ("they met this weekend" said on a Monday)
            if (g == G::weekend) {
              const Day dct{*dct_};
              const Point cur = containing(dct, G::weekend);  // the last one begun by the DCT
              const bool inside = bounds(cur).second >= dct;
              if (dir == -1) c.point = inside ? shift(cur, -1) : cur;
              else if (dir == 1) c.point = shift(cur, 1);
              else c.point = inside || tense_near(i, c.end) == Tense::past ? cur : shift(cur, 1);
            }
            // "this year's third quarter", "last year's quarter"
            if (g == G::year && is_punct(c.end, '\'') && is(c.end + 1, "s") && t_[c.end + 1].glued) {
              std::size_t q = c.end + 2;
              auto o = lookup(&timex::WordInfo::ordinals, q);
              if (o && *o <= 4 && is(q + 1, "quarter")) {
                c.point = Point{G::quarter, c.point->year, *o, {}, {}};
                c.end = q + 2;
              } else if (is(q, "quarter") && quarter_focus_) {
                c.point = Point{G::quarter, c.point->year, quarter_focus_->sub, {}, {}};
                c.end = q + 1;
              }
            }
            // "earlier this month" ends at the DCT, "later this year" begins at it
            if (dir == 0 && !mod.empty() && c.point->g != G::weekend) {
              const auto [a, b] = bounds(*c.point);
              const Day dct{*dct_};
              if (a <= dct && dct <= b) c.span = mod == "START" ? std::pair{a, dct} : std::pair{dct, b};
            }
          }
          consider(c);
        }
      }
      // season: "this spring", "last fall"
      if (auto s = lookup(&timex::WordInfo::seasons, j)) {
        Cand c;
        c.end = j + 1;
        c.mod = mod;
        c.needs_dct = true;
        if (!dct_) {
          c.unresolved = true;
          c.value = "XXXX-" + std::string(kSeasonCodes[*s]);
        } else {
          Point cur = containing(Day{*dct_}, G::season);
          Point p{G::season, cur.year, *s, {}, {}};
          const int here = cur.year * 4 + cur.sub, there = p.year * 4 + p.sub;
          if (dir == -1 && there >= here) p.year -= 1;
          if (dir == 1 && there <= here) p.year += 1;
          c.point = p;
        }
        consider(c);
      }
      // month: "last June", "next March"
      auto m = month(j);
      if (m && at(m->second) && t_[m->second].kind == Kind::digit) m.reset();  // "last Oct. 23": the date
      if (m && dir != 0) {
        Cand c;
        c.end = m->second;
        c.needs_dct = true;
        if (!dct_) {
          c.unresolved = true;
          c.value = "XXXX-" + pad(m->first, 2);
        } else {
          int y = static_cast<int>(dct_->year());
          const int dm = static_cast<int>(static_cast<unsigned>(dct_->month()));
          // "last February" said in March is not the month just ended (that is "last
          // month") but the February of the year before
          if (dir == -1 && (m->first >= dm || m->first == dm - 1)) --y;
          if (dir == 1 && m->first <= dm) ++y;
          c.point = Point{G::month, y, m->first, {}, {}};
        }
        consider(c);
      } else if (m && dir == 0) {
        // "this September": the September of the DCT's year, whatever the tense
        Cand c = month_cand(m->first, m->second, j);
        if (dct_ && c.point) c.point = Point{G::month, static_cast<int>(dct_->year()), m->first, {}, {}};
        consider(c);
      }
    }
    // "the summer", "the spring": the season of that name nearest the DCT that the tense allows
    // ("the fall of Rome" is no season)
    // "the early summer", "the late spring": the same with the modifier's mod
    std::size_t sj = i + 1;
    std::string smod;
    if (auto [mp, me] = phrase_at(&timex::WordInfo::modifier, i + 1); is(i, "the") && mp && mp->b == "point" && mp->words.size() == 1) {
      sj = is_punct(me, '-') && t_[me].glued ? me + 1 : me;
      smod = mp->a;
    }
    // "in summer", "early spring", "mid-winter" without the article ("fall" is left out: "an
    // early fall in prices" is a drop)
    const bool bare = !is(i, "the") && i > 0 && !is(i, "fall") &&
                      (is(i - 1, "in") || is(i - 1, "during") || is(i - 1, "early") || is(i - 1, "late") || is(i - 1, "mid") ||
                       (is_punct(i - 1, '-') && t_[i].glued && is(i - 2, "mid")));
    if (bare) sj = i;
    if ((is(i, "the") || bare) && !(is(sj + 1, "of") && !year_digits(sj + 2))) {
      if (auto s = lookup(&timex::WordInfo::seasons, sj)) {
        Cand c;
        c.end = sj + 1;
        c.mod = smod;
        c.needs_dct = true;
        if (!dct_) {
          c.unresolved = true;
          c.value = "XXXX-" + std::string(kSeasonCodes[*s]);
        } else {
          const Point cur = containing(Day{*dct_}, G::season);
          Point p{G::season, cur.year, *s, {}, {}};
          const int here = cur.year * 4 + cur.sub;
          const bool future = tense_near(i, c.end) == Tense::future;
          if (future && p.year * 4 + p.sub < here) p.year += 1;
          if (!future && p.year * 4 + p.sub > here) p.year -= 1;
          c.point = p;
        }
        consider(c);
      }
    }
    // "the weekend", "the quarter", "the year" (the current one), "the latest quarter"
    // "the quarter-to-quarter comparison", "the weekend-to-weekend": no period of its own
    const auto to_compound = [&](std::size_t e) { return is_punct(e, '-') && t_[e].glued; };
    // "the quarter a year ago", "the corresponding period last year": last year's quarter
    {
      std::size_t k2 = i + 1;
      if (is(k2, "same") || is(k2, "corresponding") || is(k2, "comparable")) ++k2;
      if (is(i, "the") && (is(k2, "quarter") || (k2 > i + 1 && is(k2, "period"))) && !to_compound(k2 + 1)) {
        std::size_t e = k2 + 1;
        if (is(e, "a") && is(e + 1, "year") && (is(e + 2, "ago") || is(e + 2, "earlier"))) e += 3;
        else if (is(e, "last") && is(e + 1, "year")) e += 2;
        if (e > k2 + 1) {
          Cand c = anchored(e);
          if (!dct_) {
            c.unresolved = true;
            c.value = "XXXX";
          } else {
            // the quarter the report is about (the last one named, else the last complete one)
            const Point q = quarter_focus_ ? *quarter_focus_ : shift(containing(Day{*dct_}, G::quarter), -1);
            c.point = shift(q, -4);
          }
          consider(c);
        }
      }
    }
    if (is(i, "the") && (is(i + 1, "weekend") || is(i + 1, "quarter") || (is(i + 1, "latest") && is(i + 2, "quarter"))) &&
        !to_compound(is(i + 1, "latest") ? i + 3 : i + 2)) {
      const std::size_t e = is(i + 1, "latest") ? i + 3 : i + 2;
      Cand c;
      c.end = e;
      c.needs_dct = true;
      if (!dct_) {
        c.unresolved = true;
        c.value = "XXXX";
      } else if (is(i + 1, "weekend")) {
        const Tense tn = tense_near(i, e);
        Point p = containing(Day{*dct_}, G::weekend);
        if (tn == Tense::future && bounds(p).second < Day{*dct_}) p = shift(p, 1);
        if (tn != Tense::future && bounds(p).first > Day{*dct_}) p = shift(p, -1);
        c.point = p;
      } else {
        // the quarter reported on: the last complete one
        c.point = shift(containing(Day{*dct_}, G::quarter), -1);
      }
      consider(c);
    }
    // Reporting periods of financial news: "for the year", "the full year", "the fiscal year"
    // (the DCT's year; "the year ended Sept. 30" is a period of one year), "the latest period"
    // (the last complete quarter, as "the quarter"), "for the week" (the DCT's week), "the
    // week of March 6".
    if (is(i, "the")) {
      std::size_t k2 = i + 1;
      const bool qualified = is(k2, "full") || is(k2, "fiscal") || is(k2, "current");
      if (qualified) ++k2;
      if (is(k2, "year") && !year_at(k2 + 1, true) && !is(k2 + 1, "before") &&
          !is(k2 + 1, "after") && !is(k2 + 1, "earlier") && !is(k2 + 1, "ago") && !is(k2 + 1, "of") &&
          !(is_punct(k2 + 1, '\'') && !is(i + 1, "fiscal")) && !(is_punct(k2 + 1, '-') && t_[k2 + 1].glued)) {
        Cand c;
        c.end = k2 + 1;
        if (is(k2 + 1, "ended") || is(k2 + 1, "ending") || is(k2 + 1, "ends")) {
          c.type = TimexType::duration;
          c.value = "P1Y";
        } else if (!dct_) {
          c.needs_dct = true;
          c.unresolved = true;
          c.value = "XXXX";
        } else {
          c.needs_dct = true;
          c.point = Point{G::year, static_cast<int>(dct_->year()), 0, {}, {}};
        }
        consider(c);
      }
      if (is(i + 1, "latest") && is(i + 2, "period")) {
        Cand c;
        c.end = i + 3;
        c.needs_dct = true;
        if (!dct_) c.unresolved = true, c.value = "XXXX";
        else c.point = shift(containing(Day{*dct_}, G::quarter), -1);
        consider(c);
      }
      // "the latest fiscal year": the last one reported on, which is over by the DCT
      if (is(i + 1, "latest") && is(i + 2, "fiscal") && is(i + 3, "year") && !(at(i + 4) && t_[i + 4].glued && alnum(i + 4))) {
        Cand c;
        c.end = i + 4;
        c.needs_dct = true;
        if (!dct_) c.unresolved = true, c.value = "XXXX";
        else c.point = Point{G::year, static_cast<int>(dct_->year()) - 1, 0, {}, {}};
        consider(c);
      }
      if (is(i + 1, "week") && !(at(i + 2) && t_[i + 2].glued && !is_punct(i + 2, '\''))) {
        Cand c;
        c.end = i + 2;
        if (is(i + 2, "of")) {
          if (auto a = absolute(i + 3); a && a->point && a->point->g == G::day) {
            c.end = a->end;
            c.point = week_point(Day{a->point->ymd});
            c.explicit_date = a->explicit_date;
            c.needs_dct = a->needs_dct;
            consider(c);
          }
        } else if (i > 0 && (is(i - 1, "for") || is(i - 1, "of") || is(i - 1, "and") || is_punct(i + 2, '\''))) {
          c.needs_dct = true;
          if (!dct_) c.unresolved = true, c.value = "XXXX-WXX";
          else c.point = containing(Day{*dct_}, G::week);
          consider(c);
        }
      }
    }
    // "the year-earlier quarter", "year-ago period", "the year-ago third quarter"
    {
      std::size_t k2 = is(i, "the") ? i + 1 : i;
      // "the comparable year-ago quarter", "the same year-earlier period"
      if (k2 > i && (is(k2, "comparable") || is(k2, "same") || is(k2, "corresponding")) && is(k2 + 1, "year")) ++k2;
      if (is(k2, "year") && is_punct(k2 + 1, '-') && t_[k2 + 1].glued && (is(k2 + 2, "earlier") || is(k2 + 2, "ago"))) {
        std::size_t e = k2 + 3;
        std::optional<int> ord;
        if (auto o = lookup(&timex::WordInfo::ordinals, e); o && *o <= 4 && is(e + 1, "quarter")) ord = *o, e += 2;
        else if (is(e, "quarter") || is(e, "period")) ++e;
        if (e > k2 + 3 || k2 == i) {
          Cand c = anchored(e);
          if (!dct_) {
            c.unresolved = true;
            c.value = "XXXX";
          } else if (ord) {
            c.point = Point{G::quarter, static_cast<int>(dct_->year()) - 1, *ord, {}, {}};
          } else if (auto f = report_focus(); f && f->g == G::quarter) {
            c.point = shift(*f, -4);
          } else {
            c.point = Point{G::year, static_cast<int>(dct_->year()) - 1, 0, {}, {}};
          }
          consider(c);
        }
      }
    }
    // "the week before last", "the year before last": two of the units back from the DCT's
    if (is(i, "the") && is(i + 2, "before") && is(i + 3, "last") && !(at(i + 4) && t_[i + 4].kind == Kind::alpha))
      if (auto u = unit(i + 1); u && !std::get<1>(*u)) {
        const std::string& code = std::get<0>(*u);
        if (code == "D" || code == "W" || code == "M" || code == "Y") {
          Cand c = anchored(i + 4);
          if (!dct_) c.unresolved = true, c.value = code == "D" ? "XXXX-XX-XX" : "XXXX";
          else c.point = shift(containing(Day{*dct_}, unit_granularity(code)), -2);
          consider(c);
        }
      }
    // N units ago / earlier / later / before / after; "a year earlier"
    if (const Count n = count_at(i); n.found && n.value != 0) {
      if (auto u = unit(n.end)) {
        std::size_t e = std::get<2>(*u);
        // "two weeks from now", "a week from Monday", "ten days from today": a date that many
        // units after the DCT (at the unit's granularity) or after the day named
        if (is(e, "from") && n.value > 0 && !time_unit(std::get<0>(*u)) && std::get<0>(*u) != "WE") {
          const std::string& code = std::get<0>(*u);
          std::optional<Cand> day;
          if (is(e + 1, "now") || is(e + 1, "today")) {
            Cand c = anchored(e + 2);
            if (!dct_) c.unresolved = true, c.value = "XXXX";
            else if (code == "D") c.point = shift(day_point(Day{*dct_}), n.value);
            else c.point = shift(containing(Day{*dct_}, unit_granularity(code)), n.value);
            consider(c);
          } else if (code == "D" || code == "W") {
            if (is(e + 1, "tomorrow")) day = fuzzy(e + 1);
            else day = weekday(e + 1);
            if (day && day->point && day->point->g == G::day && day->point->time.empty()) {
              Cand c = anchored(day->end);
              c.point = shift(*day->point, n.value * (code == "W" ? 7 : 1));
              consider(c);
            } else if (day && day->unresolved) {
              Cand c = anchored(day->end);
              c.unresolved = true, c.value = "XXXX-XX-XX";
              consider(c);
            }
          }
        }
        // "a week or so ago": the approximation sits inside the shift
        const bool or_so = is(e, "or") && is(e + 1, "so") &&
                           (is(e + 2, "ago") || is(e + 2, "earlier") || is(e + 2, "later"));
        if (or_so) e += 2;
        const std::string& code = std::get<0>(*u);
        const bool ago = is(e, "ago");
        const bool shifted = is(e, "earlier") || is(e, "later") || is(e, "before") || is(e, "after");
        // "days after X" with a following event is an anchor-relative duration; only take
        // "earlier"/"later" (and "before"/"after" at a clause end) as shifts of the focus
        const bool clause_end = e + 1 >= t_.size() || t_[e + 1].kind == Kind::punct || t_[e + 1].break_before;
        // "24 hours earlier than planned" compares, it does not shift
        if (ago || (shifted && (is(e, "earlier") || is(e, "later") || clause_end) && !is(e + 1, "than"))) {
          Cand c = anchored(e + 1);
          if (or_so) c.mod = "APPROX";
          const int sign = (ago || is(e, "earlier") || is(e, "before")) ? -1 : 1;
          std::optional<Point> base;
          if (ago && dct_) base = day_point(Day{*dct_});
          // "a year ago" in a report on a quarter: the same quarter a year before
          if (ago && code == "Y" && report_focus() && report_focus()->g == G::quarter) base = report_focus();
          else if (!ago) base = (code == "D" || code == "H") && day_focus_ ? day_focus_ : code == "Y" ? report_focus() : focus_;  // "two days later"
          if (n.value < 0) {
            c.value = sign < 0 ? "PAST_REF" : "FUTURE_REF";
            c.needs_dct = false;
          } else if (code == "H" && n.value % 24 == 0 && base && base->g == G::day) {
            // "24 hours earlier", "48 hours ago": whole days back from the day in focus
            c.point = shift(day_point(bounds(*base).first), sign * (n.value / 24));
          } else if (!base || time_unit(code)) {
            c.unresolved = !base;
            c.value = "XXXX";
            if (time_unit(code) && base) {
              c.unresolved = false;
              c.type = TimexType::time;
            }
          } else {
            G g = unit_granularity(code);
            Point p;
            if (base->g != G::day && g != G::day) {
              // "a year earlier" than the third quarter: the same quarter a year before
              p = *base;
              const int months = code == "Y" ? 12 : code == "M" ? 1 : code == "Q" ? 3 : code == "DE" ? 120 : 0;
              if (months && (p.g == G::quarter || p.g == G::month || p.g == G::year || p.g == G::half)) {
                const int per = p.g == G::quarter ? 3 : p.g == G::month ? 1 : p.g == G::half ? 6 : 12;
                if (months % per == 0) p = shift(p, sign * n.value * months / per);
                else p = shift(containing(bounds(*base).first, g), sign * n.value);
              } else {
                p = shift(containing(bounds(*base).first, g), sign * n.value);
              }
            } else {
              const Day from = bounds(*base).first;
              // "a decade ago" is the year ten years back (1989), not the decade (198X)
              int count = n.value;
              if (g == G::decade || g == G::century) count *= g == G::decade ? 10 : 100, g = G::year;
              if (code == "FN") count *= 2;  // "a fortnight ago": two weeks back
              if (g == G::day) p = shift(day_point(from), sign * count);
              else if (g == G::week) p = shift(containing(from, G::week), sign * count);
              else p = shift(containing(from, g), sign * count);
            }
            // "in the nine months, compared with ... a year earlier": the comparison is of a
            // period of several months, not of the quarter in focus, so it is the year
            if (code == "Y" && n.value == 1 && p.g == G::quarter && months_period_before(i)) p = Point{G::year, p.year, 0, {}, {}};
            c.point = p;
          }
          // TimeML tags "three days later", "an hour earlier", "a month after" as the
          // DURATION without the signal word (TLINKs carry the anchor); years keep the date,
          // as the corpora annotate "a year earlier" in quarterly reports
          if (!ago && code != "Y" && code != "Q" && code != "DE" && code != "CE" && code != "WE")
            if (auto d = duration(i); d && d->type == TimexType::duration && d->end == std::get<2>(*u) && !d->value.empty())
              c.timeml_end = d->end, c.timeml_value = d->value, c.timeml_mod = d->mod;
          consider(c);
        }
      }
    }
    return best;
  }

  // "six months", "24 hours", "three-year", "the past two years", "several years", "the
  // first nine months"
  std::optional<Cand> duration(std::size_t i) const {
    std::size_t k = i;
    bool the = false;
    if (is(k, "the")) the = true, ++k;
    bool lead = false;
    if (is(k, "past") || is(k, "last") || is(k, "next") || is(k, "first") || is(k, "coming") || is(k, "previous") ||
        is(k, "following") || is(k, "latest") || is(k, "final"))
      lead = true, ++k;
    auto n = number(k);
    if (!n) return std::nullopt;
    if (k == i && military_hours(i)) return std::nullopt;  // "at 1500 hours": a clock time
    // "two to three weeks", "12 to 18 months", "2-3 days": one duration of at least the lower
    // count (mod EQUAL_OR_MORE, as TimeBank gives "two to three weeks")
    bool range = false;
    if (n->first > 0 && (is(n->second, "to") || (t_[k].kind == Kind::digit && is_punct(n->second, '-') && t_[n->second].glued &&
                                                 at(n->second + 1) && t_[n->second + 1].glued && t_[n->second + 1].kind == Kind::digit)))
      if (auto hi = number(n->second + 1); hi && hi->first > n->first && unit(hi->second) && std::get<1>(*unit(hi->second)))
        range = true, n->second = hi->second;
    // "a" and "an" count only before a singular unit; "the" + bare number needs a lead or a plural
    std::size_t e = n->second;
    // "5 1/2 hours", "two and a half years"
    bool half = false;
    if (at(e) && t_[e].kind == Kind::digit && t_[e].num == 1 && is_punct(e + 1, '/') && t_[e + 1].glued && at(e + 2) &&
        t_[e + 2].glued && t_[e + 2].kind == Kind::digit && t_[e + 2].num == 2 && !(at(e + 3) && t_[e + 3].glued))
      half = true, e += 3;
    else if (is(e, "and") && is(e + 1, "a") && is(e + 2, "half")) half = true, e += 3;
    bool hyphen = false;
    if (is_punct(e, '-') && t_[e].glued) hyphen = true, ++e;
    // "two more weeks", "a few more days": the count of a further period
    if (!hyphen && !half && (n->first > 1 || n->first < 0) && is(e, "more") && unit(e + 1) && std::get<1>(*unit(e + 1))) ++e;
    // "an additional year", "two additional weeks": a further period, as "two more weeks"
    if (!hyphen && !half && n->first != 0 && is(e, "additional") && unit(e + 1) && std::get<1>(*unit(e + 1)) == (n->first != 1)) ++e;
    auto u = unit(e);
    if (!u) return std::nullopt;
    const std::string& code = std::get<0>(*u);
    const bool plural = std::get<1>(*u);
    if (code == "WE") return std::nullopt;
    // "CBS's "60 Minutes"": a capitalised unit after digits is a title (not in an all-capitals
    // headline, "TALKS RESUME IN 30 DAYS")
    if (t_[k].kind == Kind::digit && t_[e].cap && !hyphen && t_[e].end > t_[e].start + 1 && !is_upper(text_[t_[e].start + 1]))
      return std::nullopt;
    if (n->first == 1 && plural && !half) return std::nullopt;
    if (n->first != 1 && n->first >= 0 && !plural && !hyphen && t_[k].kind != Kind::digit) {
      // a singular unit after a count is an adjective, hyphen or not ("a five year low", "a
      // two day rally"): it needs a noun after it
      const std::size_t after = std::get<2>(*u);
      const bool glued = k + 1 < t_.size() && t_[n->second].glued;
      const bool noun_after = at(after) && t_[after].kind == Kind::alpha && !t_[after].cap && !is(after, "of") &&
                              !is(after, "and") && !is(after, "or") && !in(&timex::WordInfo::tense, t_[after]);
      if (!glued && !noun_after) return std::nullopt;
    }
    // "the two day rally", "the three-year contract": the article belongs to the noun
    if (the && !lead && n->first != 1 && !plural) return std::nullopt;
    if (t_[k].low == "a" || t_[k].low == "an") {
      if (the || lead) return std::nullopt;
      // "$2 million a year", "four flights a week", "24 hours a day": a rate, not a period
      if (i > 0 && !lead && rate_before(i - 1)) return std::nullopt;
      // "a second group", "a quarter of the market": an ordinal and a fraction
      const std::size_t after = std::get<2>(*u);
      if (code == "S" && at(after) && t_[after].kind == Kind::alpha && !is(after, "or") && !is(after, "and") &&
          !is(after, "later") && !is(after, "earlier") && !is(after, "ago") && !is(after, "before") && !is(after, "after"))
        return std::nullopt;
      if (code == "Q" && is(after, "of")) return std::nullopt;
      // "a year" after "times"/"per"-like words is a set; "a year ago" is handled as relative
      if (i > 0 && (is(i - 1, "times") || is(i - 1, "once") || is(i - 1, "twice"))) return std::nullopt;
    }
    if (t_[k].low == "some" && !the && !lead) return std::nullopt;  // "some days": vague, rarely tagged
    Cand c;
    c.end = std::get<2>(*u);
    // "a year-long siege" is long_unit()'s "year-long" (the article belongs to the noun);
    // "a three-day-long festival" keeps its count
    if (is_punct(c.end, '-') && t_[c.end].glued && is(c.end + 1, "long") && t_[c.end + 1].glued) {
      if (t_[k].low == "a" || t_[k].low == "an" || the || lead) return std::nullopt;
      c.end += 2;
    }
    // "6-year-old" and "52 years old" are ages, not periods of time
    if (hyphen && is_punct(c.end, '-') && is(c.end + 1, "old")) return std::nullopt;
    if (is(c.end, "old")) return std::nullopt;
    // "a year-earlier loss": the article belongs to the noun, "year-earlier" is the date
    if (is_punct(c.end, '-') && t_[c.end].glued && (is(c.end + 1, "earlier") || is(c.end + 1, "ago"))) return std::nullopt;
    // "three-quarters" is a fraction
    if (hyphen && code == "Q") return std::nullopt;
    c.type = TimexType::duration;
    c.value = duration_value(code, n->first);
    if (range) c.mod = "EQUAL_OR_MORE";
    // "Islam will one day be", "could one day become": some day ahead, not a day's length
    if (t_[k].low == "one" && code == "D" && !the && !lead && !hyphen && i > 0 && t_[i - 1].kind == Kind::alpha)
      if (auto v = lookup(&timex::WordInfo::tense, i - 1); v && (*v == "future" || *v == "modal")) {
        c.type = TimexType::date;
        c.value = "FUTURE_REF";
        return c;
      }
    // "a minute and a half"
    if (!half && n->first == 1 && is(c.end, "and") && is(c.end + 1, "a") && is(c.end + 2, "half")) half = true, c.end += 3;
    if (half) {
      c.value = half_duration_value(code, n->first);
      if (c.value.empty()) return std::nullopt;
    }
    if (the && !lead && n->first == 1) return std::nullopt;
    // "over the past two years": the period ends at the DCT (or starts there, "the next
    // three months"), which bounds what it covers
    if (lead && dct_ && n->first > 0 && !half) {
      const bool back = is(k - 1, "past") || is(k - 1, "last") || is(k - 1, "previous");
      const bool ahead = is(k - 1, "next") || is(k - 1, "coming");
      if (back || ahead) c.span = period_from_dct(code, n->first, back ? -1 : 1);
    }
    // "must leave within 30 days": the days from the DCT on, unless the period is counted from
    // something else ("within 30 days of the vote") or told in the past (anchored on an event)
    if (!lead && !the && i > 0 && is(i - 1, "within") && dct_ && n->first > 0 && !half && !is(c.end, "of") &&
        !is(c.end, "after") && !is(c.end, "from") && tense_near(i, c.end) != Tense::past)
      c.span = period_from_dct(code, n->first, 1);
    return c;
  }

  // "post-1959 politics", "the pre-1967 lines", "post-1990s": the time after or before a year or
  // a decade, with the prefix in the extent (mod AFTER/BEFORE, as AQUAINT's one case)
  std::optional<Cand> prefixed_year(std::size_t i) const {
    if (!(is(i, "pre") || is(i, "post")) || (i > 0 && t_[i].glued)) return std::nullopt;
    if (!(is_punct(i + 1, '-') && t_[i + 1].glued && at(i + 2) && t_[i + 2].glued && year_digits(i + 2))) return std::nullopt;
    // the year is a modifier here ("pre-1967 lines"), so no test of what follows it
    Cand c;
    c.end = i + 3;
    c.point = Point{G::year, *year_digits(i + 2), 0, {}, {}};
    c.explicit_date = true;
    if (is(i + 3, "s") && t_[i + 3].glued) {
      if (c.point->year % 10 != 0) return std::nullopt;
      c.point->g = G::decade, c.end = i + 4, c.explicit_date = false;
    }
    if (at(c.end) && t_[c.end].glued && t_[c.end].kind != Kind::punct) return std::nullopt;
    c.mod = is(i, "pre") ? "BEFORE" : "AFTER";
    return c;
  }

  // "a deal within weeks", "within days or weeks": an unstated number of units, PX<unit> (both
  // corpora tag their two cases; a bare plural elsewhere, "in the days before", stays untagged)
  // "the worst violence in years", "a decision in days.": after "in", only where the clause
  // ends (TimeBank's "for the first time in years" is PXY; "in the days before" stays untagged)
  std::optional<Cand> within_units(std::size_t i) const {
    if (i == 0 || !(is(i - 1, "within") || is(i - 1, "in"))) return std::nullopt;
    auto u = unit(i);
    if (!u || !std::get<1>(*u) || std::get<0>(*u) == "WE") return std::nullopt;
    if (is(i - 1, "in") && !(is_punct(std::get<2>(*u), '.') || is_punct(std::get<2>(*u), ',') || is_punct(std::get<2>(*u), ';') ||
                             std::get<2>(*u) >= t_.size()))
      return std::nullopt;
    const std::string& code = std::get<0>(*u);
    Cand c;
    c.type = TimexType::duration;
    c.end = std::get<2>(*u);
    if (at(c.end) && t_[c.end].glued && t_[c.end].kind != Kind::punct) return std::nullopt;
    c.value = duration_value(code, -1);
    // "within weeks or months" is one expression, the shorter unit its value
    if (is(c.end, "or"))
      if (auto v = unit(c.end + 1); v && std::get<1>(*v) && std::get<0>(*v) != "WE") c.end = std::get<2>(*v);
    return c;
  }

  // "a year-long siege", "a day-long meeting", "decades-long rivalry": how long something
  // lasts, one unit or an unstated number of them (both corpora tag the 2 they have)
  std::optional<Cand> long_unit(std::size_t i) const {
    auto u = unit(i);
    if (!u) return std::nullopt;
    const std::size_t e = std::get<2>(*u);
    if (!(is_punct(e, '-') && t_[e].glued && is(e + 1, "long") && t_[e + 1].glued)) return std::nullopt;
    // a unit glued to what comes before is part of a count ("three-day-long"), read by duration()
    if (t_[i].glued) return std::nullopt;
    const std::string& code = std::get<0>(*u);
    if (code == "WE") return std::nullopt;
    Cand c;
    c.type = TimexType::duration;
    c.end = e + 2;
    c.value = duration_value(code, std::get<1>(*u) ? -1 : 1);
    return c;
  }

  // The days of N units before (dir -1) or after (dir +1) the DCT, the DCT included; none for
  // minutes, seconds or units without a calendar length.
  std::optional<std::pair<Day, Day>> period_from_dct(const std::string& code, int n, int dir) const {
    using namespace date;
    const Day dct{*dct_};
    Day other;
    if (code == "D") other = dct + days{dir * n};
    // "the past 24 hours": the clock time of the DCT is unknown, so whole days, at least one
    else if (code == "H") other = dct + days{dir * std::max(1, (n + 23) / 24)};
    else if (code == "W" || code == "FN") other = dct + weeks{dir * n * (code == "FN" ? 2 : 1)};
    else if (code == "M" || code == "Q" || code == "Y" || code == "DE" || code == "CE") {
      const int per = code == "M" ? 1 : code == "Q" ? 3 : code == "Y" ? 12 : code == "DE" ? 120 : 1200;
      year_month_day ymd = *dct_ + months{dir * n * per};
      if (!ymd.ok()) ymd = ymd.year() / ymd.month() / last;  // "a month before March 31"
      other = Day{ymd};
    } else {
      return std::nullopt;
    }
    return dir < 0 ? std::pair{other, dct} : std::pair{dct, other};
  }

  // "every year", "each Thursday", "per day", "every other week" (P2W)
  std::optional<Cand> set(std::size_t i) const {
    if (!(is(i, "every") || is(i, "each") || is(i, "per"))) return std::nullopt;
    // "15 million instructions per second", "60 miles per hour": a rate, as "$2 million a year"
    if (is(i, "per") && i > 0 && rate_before(i - 1)) return std::nullopt;
    std::size_t k = i + 1;
    int n = 1;
    if (const Count num = count_at(k); num.found && num.value > 1) n = num.value, k = num.end;
    else if (is(i, "every") && is(k, "other")) n = 2, ++k;
    Cand c;
    c.type = TimexType::set;
    if (auto u = unit(k)) {
      c.end = std::get<2>(*u);
      c.value = duration_value(std::get<0>(*u), n);
      return c;
    }
    if (auto wd = lookup(&timex::WordInfo::weekdays, k); wd && t_[k].cap && t_[k].low.size() > 3) {
      c.end = k + 1;
      c.value = "XXXX-WXX-" + std::to_string(*wd);
      return c;
    }
    if (auto m = month(k)) {
      c.end = m->second;
      c.value = "XXXX-" + pad(m->first, 2);
      return c;
    }
    return std::nullopt;
  }

  // "twice a week", "three times a year", "once a month": a number of times in each unit, a
  // SET of the unit as the guidelines' "twice a week" (P1W, freq 2X; the frequency is not
  // kept). Not "once a close ally": the unit must follow the article.
  std::optional<Cand> frequency(std::size_t i) const {
    std::size_t k = i + 1;
    if (!(is(i, "once") || is(i, "twice") || is(i, "thrice"))) {
      const Count num = count_at(i);
      if (!num.found || num.value < 1 || !is(num.end, "times")) return std::nullopt;
      k = num.end + 1;
    }
    if (!(is(k, "a") || is(k, "an") || is(k, "per") || is(k, "each") || is(k, "every"))) return std::nullopt;
    auto u = unit(k + 1);
    if (!u || std::get<1>(*u) || std::get<0>(*u) == "WE") return std::nullopt;  // singular units only
    Cand c;
    c.type = TimexType::set;
    c.end = std::get<2>(*u);
    if (at(c.end) && t_[c.end].glued && t_[c.end].kind != Kind::punct) return std::nullopt;
    // "four times a year ago" compares with a date: relative() reads "a year ago"
    if (is(c.end, "ago") || is(c.end, "earlier") || is(c.end, "later")) return std::nullopt;
    c.value = duration_value(std::get<0>(*u), 1);
    return c;
  }

  // A time zone at k (data/timex/zones.tsv, capitalised) or "local time".
  bool clock_zone(std::size_t k) const {
    if (!at(k) || t_[k].glued) return false;
    if (is(k, "local") && is(k + 1, "time")) return true;
    return t_[k].cap && lex_.zones.contains(std::string(t_[k].low));
  }

  // "9 a.m. Tokyo time", "1 p.m. Moscow time": the clock of a place no zone list can hold all of,
  // a capitalised word that no list knows (not "Monday time") before a lower-case "time"
  bool place_time(std::size_t k) const {
    const Tok* p = at(k);
    const Tok* t = at(k + 1);
    return p && t && p->kind == Kind::alpha && p->cap && !p->glued && !p->info && !t->glued && !t->cap && is(k + 1, "time");
  }

  // "at 1500 hours", "by 0600 hours": four digits of a clock after a preposition of a point
  bool military_hours(std::size_t i) const {
    const Tok* t = at(i);
    return t && t->kind == Kind::digit && t->low.size() == 4 && t->num % 100 < 60 && t->num / 100 <= 23 && is(i + 1, "hours") &&
           i > 0 && (is(i - 1, "at") || is(i - 1, "by") || is(i - 1, "until")) &&
           !(is(i + 2, "a") || is(i + 2, "per") || is(i + 2, "each"));  // "at 1800 hours a year": a rate
  }

  // "3 p.m.", "10:30 a.m. EST", "noon", "midnight Friday", "0900 GMT"
  std::optional<Cand> clock(std::size_t i) const {
    int h = -1, mi = 0;
    std::size_t e = i;
    if (is(i, "noon") || is(i, "midday")) {
      if (i > 0 && is(i - 1, "high")) return std::nullopt;  // "high noon": a showdown, not a time
      h = 12, e = i + 1;
    } else if (is(i, "midnight")) {
      h = 24, e = i + 1;
    } else if (const Tok* t = at(i); t && t->kind == Kind::digit && t->low.size() == 4 && t->num % 100 < 60 &&
                                      t->num / 100 <= 23 &&
                                      (clock_zone(i + 1) || military_hours(i))) {
      // "at 0900 GMT", "1430 local time": four digits are a clock time only with a zone; in
      // parentheses it restates the time before them ("10:35 a.m. (0735 GMT)")
      if (i > 0 && is_punct(i - 1, '(')) return std::nullopt;
      h = static_cast<int>(t->num / 100), mi = static_cast<int>(t->num % 100), e = i + 1;
      // "at 1500 hours": the military form, the hours of the day
      if (is(e, "local") && is(e + 1, "time")) e += 2;
      else ++e;
    } else if (const Tok* t = at(i); t && t->kind == Kind::digit && t->num >= 0 && t->num <= 24 && t->low.size() <= 2) {
      h = static_cast<int>(t->num);
      e = i + 1;
      bool minutes = false;
      if (is_punct(e, ':') && t_[e].glued && at(e + 1) && t_[e + 1].kind == Kind::digit && t_[e + 1].low.size() == 2) {
        mi = static_cast<int>(t_[e + 1].num);
        e += 2;
        minutes = true;
      } else if (is_punct(e, '.') && t_[e].glued && at(e + 1) && t_[e + 1].glued && t_[e + 1].kind == Kind::digit &&
                 t_[e + 1].low.size() == 2 &&
                 (is(e + 2, "am") || is(e + 2, "pm") || ((is(e + 2, "a") || is(e + 2, "p")) && is_punct(e + 3, '.')))) {
        // "7.30pm", "9.15 a.m.": British copy writes the minutes after a period, always with am/pm
        mi = static_cast<int>(t_[e + 1].num);
        e += 2;
        minutes = true;
      }
      // a.m. / p.m. / am / pm
      std::size_t f = e;
      bool pm = false, am = false;
      if ((is(f, "a") || is(f, "p")) && is_punct(f + 1, '.') && is(f + 2, "m")) {
        pm = is(f, "p"), am = !pm;
        f += 3;
        if (is_punct(f, '.') && t_[f].glued) ++f;
      } else if (is(f, "am") || is(f, "pm")) {
        pm = is(f, "pm"), am = !pm;
        ++f;
      } else if (h >= 1 && h <= 12 && is(f, "in") && is(f + 1, "the") &&
                 (is(f + 2, "morning") || is(f + 2, "afternoon") || is(f + 2, "evening"))) {
        // "4 in the morning", "8 in the evening"
        pm = !is(f + 2, "morning"), am = !pm;
        f += 3;
      }
      if (!am && !pm && !minutes) return std::nullopt;
      if (!am && !pm && minutes && h > 24) return std::nullopt;
      if (h > 12 && (am || pm)) return std::nullopt;
      if (pm && h < 12) h += 12;
      if (am && h == 12) h = 0;
      e = f;
      if (mi > 59) return std::nullopt;
      // time zone: "10:30 a.m. EST", "9 p.m. ET", "3pm local time", "9 a.m. Tokyo time"
      if (clock_zone(e)) e += is(e, "local") ? 2 : 1;
      else if (place_time(e)) e += 2;
    } else {
      return std::nullopt;
    }
    Cand c;
    c.type = TimexType::time;
    c.end = e;
    c.needs_dct = true;
    const std::string suffix = h == 24 ? "T24:00" : "T" + pad(h, 2) + ":" + pad(mi, 2);
    // an attached day: "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon today"
    std::size_t f = e;
    if (is_punct(f, ',')) ++f;
    std::optional<Cand> day;
    if (is(f, "today") || is(f, "yesterday") || is(f, "tomorrow")) day = fuzzy(f);
    else if (auto w = weekday(f)) day = w;
    else if (auto a = absolute(f); a && a->point && a->point->g == G::day) day = a;
    if (day && day->point) {
      Point p = *day->point;
      p.time = suffix;
      c.point = p;
      c.end = day->end;
      return c;
    }
    // a day after a parenthesis that gives the time elsewhere: "at 10:35 a.m. (0735 GMT)
    // Friday". The day is tagged on its own; the clock time only takes its date.
    if (is_punct(e, '(')) {
      std::size_t g = e + 1;
      // "at 4 in the morning (4 a.m. EDT Thursday)": the day inside restates the time's day
      std::optional<Cand> inside;
      while (g < t_.size() && g < e + 8 && !is_punct(g, ')') && !t_[g].break_before) {
        if (!inside && t_[g].cap)
          if (auto w = weekday(g); w && w->point && w->point->g == G::day) inside = w;
        ++g;
      }
      if (inside && is_punct(g, ')')) {
        Point p = *inside->point;
        p.time = suffix;
        c.point = p;
        return c;
      }
      if (is_punct(g, ')')) {
        ++g;
        if (is_punct(g, ',')) ++g;
        if (is(g, "on")) ++g;  // "at 8 p.m. (1900 GMT) on Sunday"
        std::optional<Cand> later;
        if (auto w = weekday(g)) later = w;
        else if (auto a = absolute(g); a && a->point && a->point->g == G::day) later = a;
        if (later && later->point) {
          Point p = *later->point;
          p.time = suffix;
          c.point = p;
          return c;
        }
      }
    }
    // "at midnight on Sunday", "at 3 p.m. on March 5": the day is tagged on its own, the clock
    // time takes its date
    if (is(e, "on")) {
      std::optional<Cand> on;
      if (auto w = weekday(e + 1)) on = w;
      else if (auto a = absolute(e + 1); a && a->point && a->point->g == G::day) on = a;
      if (on && on->point && on->point->g == G::day) {
        Point p = *on->point;
        p.time = suffix;
        c.point = p;
        return c;
      }
    }
    if (!dct_) {
      c.unresolved = true;
      c.value = "XXXX-XX-XX" + suffix;
      return c;
    }
    Point p = focus_ && focus_->g == G::day ? *focus_ : day_point(Day{*dct_});
    // "the attack happened around midnight": the midnight a past clause reports is the one
    // that began the DCT's day (T24:00 of the day before), not the one that ends it
    if (h == 24 && Day{p.ymd} == Day{*dct_} && tense_near(i, e) == Tense::past)
      p = day_point(Day{*dct_} - date::days{1});
    p.time = suffix;
    c.point = p;
    return c;
  }

  Timex finish(std::size_t i, const Cand& c) {
    Timex t;
    t.start = t_[c.begin > i ? c.begin : i].start;
    t.end = t_[c.end - 1].end;
    t.type = c.type;
    t.mod = c.mod;
    t.resolved = !c.unresolved;
    if (c.timeml_end > i && c.timeml_end <= c.end)
      t.timeml = Timex::TimemlForm{t_[c.timeml_end - 1].end, TimexType::duration, c.timeml_value, c.timeml_mod, true};
    if (c.event_name) t.timeml = Timex::TimemlForm{t.end, c.type, {}, {}, false};
    if (c.point) {
      t.value = format_value(*c.point);
      if (!c.point->time.empty() && c.type == TimexType::date) t.type = TimexType::time;
      auto [a, b] = c.span ? *c.span : bounds(*c.point);
      t.earliest = a;
      t.latest = b;
      // "post-1959": the days after the year, open-ended; "pre-1967" the days before it
      if (c.mod == "AFTER") t.earliest = b + date::days{1}, t.latest.reset();
      if (c.mod == "BEFORE") t.latest = a - date::days{1}, t.earliest.reset();
      t.precision = precision_of(c.point->g);
      if (c.point->g == G::quarter && !c.shifted) quarter_focus_ = Point{G::quarter, c.point->year, c.point->sub, {}, {}};
      if (c.point->g == G::quarter && !c.shifted && dct_ && bounds(*c.point).second < Day{*dct_}) closed_quarter_ = quarter_focus_;
      // a specific date becomes the focus for "a year earlier", "three days later"
      if ((c.type == TimexType::date || c.type == TimexType::time) && !c.shifted) {
        if (c.explicit_date || (c.point->g != G::day && c.needs_dct)) focus_ = *c.point;
        if (c.point->g == G::day && c.explicit_date) focus_ = *c.point;
        if (focus_) focus_->time.clear();
        if (c.point->g == G::day) {
          day_focus_ = *c.point;
          day_named_ = true;
          day_focus_->time.clear();
        }
      }
    } else {
      t.value = c.value;
      if (c.span) t.earliest = c.span->first, t.latest = c.span->second;
      if (t.value == "PRESENT_REF" && dct_) t.earliest = t.latest = Day{*dct_};
      if (t.value == "PAST_REF" && dct_) t.latest = Day{*dct_};
      if (t.value == "FUTURE_REF" && dct_) t.earliest = Day{*dct_};
    }
    return t;
  }
};

}  // namespace

std::optional<Timex> as_timeml(Timex t) {
  if (t.timeml && !t.timeml->tagged) return std::nullopt;
  if (t.timeml) {
    t.end = t.timeml->end;
    t.type = t.timeml->type;
    t.value = std::move(t.timeml->value);
    t.mod = std::move(t.timeml->mod);
    t.timeml.reset();
  }
  return t;
}

std::vector<Timex> find_timexes(const Segmented& text, const TimexOptions& options) {
  return find_timexes(std::string_view(text.text), options);
}

std::vector<Timex> find_timexes(std::string_view text, const TimexOptions& options) {
  Tagger tagger(text, options);
  return tagger.run();
}

std::vector<Timex> timex::find_timexes_ungated(std::string_view text, const TimexOptions& options) {
  Tagger tagger(text, options, false);
  return tagger.run();
}

}  // namespace dateline
