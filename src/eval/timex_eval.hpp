// TempEval-3 style evaluation of the timex tagger: tag every TimeML file of a directory with
// its DCT, write the tagged TimeML, and score extents, types and values against the gold.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::eval {

struct Annotation {
  std::uint32_t start = 0;  // offsets into the plain TEXT string
  std::uint32_t end = 0;
  std::string type, value;
};

struct TimexCounts {
  std::size_t docs = 0, gold = 0, system = 0, strict = 0, relaxed = 0, value = 0, type = 0;
  TimexCounts& operator+=(const TimexCounts& o);
};

// Token-level matching as the TempEval-3 toolkit does it: the text is tokenised (whitespace,
// split punctuation, clitics, a single inner hyphen), gold and system timexes are paired one
// to one, left to right, when they share a token (relaxed); strict also needs identical text.
TimexCounts score_timexes(std::string_view plain, const std::vector<Annotation>& gold,
                          const std::vector<Annotation>& system);

struct TimexMetrics {
  double strict_p = 0, strict_r = 0, strict_f1 = 0;
  double relaxed_p = 0, relaxed_r = 0, relaxed_f1 = 0;
  double value_f1 = 0, type_f1 = 0;  // relaxed F1 x correct / relaxed matches (percent)
};
TimexMetrics metrics(const TimexCounts& c);

struct TimexEvalResult {
  TimexCounts counts;
  std::size_t text_bytes = 0;    // plain TEXT bytes tagged
  double tag_seconds = 0;        // time in segment() + find_timexes()
  std::vector<std::string> errors;  // one line per miss, when asked for
};

// Tags every *.tml in gold_dir (sorted by name); writes OUT_DIR/<name>.tml when out_dir is
// given; collects one line per error when `explain`. `repeat` > 1 re-tags each text that many
// times for a steadier throughput figure.
TimexEvalResult evaluate_timex_dir(const std::string& gold_dir, const std::optional<std::string>& out_dir,
                                   bool explain, int repeat = 1);

// The figures as the reference scorer prints them (one "name<TAB>value" line each).
std::string format_metrics(const TimexCounts& c);

}  // namespace dateline::eval
