// Temporal expressions: found, typed and normalized to TIMEX3 values against the document
// creation time, with the span of days each one allows.
#pragma once

#include <dateline/text.hpp>
#include <dateline/timeline.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

enum class TimexType { date, time, duration, set };
std::string_view to_string(TimexType);

struct Timex {
  std::uint32_t start = 0;  // offsets into the analysed text
  std::uint32_t end = 0;
  TimexType type = TimexType::date;
  std::string value;  // TIMEX3 value ("2021-03-18", "P6M", "FUTURE_REF", "XXXX-01-26" if unresolved)
  std::string mod;    // TIMEX3 mod (START, END, MID, APPROX, ...) or empty
  Precision precision = Precision::unknown;
  std::optional<Day> earliest;  // the days a DATE/TIME allows; unset for unbounded sides
  std::optional<Day> latest;
  bool resolved = true;  // false when it needed a DCT or anchor it did not have
  // How TimeML annotates the expression when that differs from the anchored date above:
  // "three days later" is the DURATION "three days" (P3D), "later" being a signal that
  // relates it to the day before; "World War II" names an event, not a time (tagged false).
  // The fields above keep the date the event stage dates with.
  struct TimemlForm {
    std::uint32_t end = 0;
    TimexType type = TimexType::duration;
    std::string value;
    std::string mod;
    bool tagged = true;
  };
  std::optional<TimemlForm> timeml;
};

// The expression as TimeML annotates it (extent, type, value, mod): `timeml` applied if set;
// nullopt when TimeML has no TIMEX3 for it.
std::optional<Timex> as_timeml(Timex t);

struct TimexOptions {
  std::optional<date::year_month_day> dct;
};

// All temporal expressions in a segmented text, in text order, non-overlapping.
std::vector<Timex> find_timexes(const Segmented& text, const TimexOptions& options);
// The same from the text alone: the tagger splits the bytes itself, so a caller that needs
// nothing else of the segmentation (`dateline timex`) can skip it.
std::vector<Timex> find_timexes(std::string_view text, const TimexOptions& options);

}  // namespace dateline

namespace dateline {

struct Document;

// `dateline timex --format json`: the expressions with raw byte offsets, type, value, bounds.
std::string timexes_to_json(const Document& doc, const std::vector<Timex>& timexes);
// The same compact on one line, ending with a newline: one line of `timex --jsonl`.
std::string timexes_to_json_line(const Document& doc, const std::vector<Timex>& timexes);

// `dateline timex --format timeml`: raw[0:body.start] + the text with TIMEX3 elements (tid,
// type, value, mod) inserted, XML-escaped + raw[body.end:]. A document that is not TimeML
// (its body is the whole input) is wrapped in a minimal TimeML document with its DCT.
std::string timexes_to_timeml(const Document& doc, const std::vector<Timex>& timexes);

}  // namespace dateline
