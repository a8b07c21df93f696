// The tagger's filtered path (find_timexes: the grammar tried only where a head follows, the
// gated words only before a time word) against its full path (find_timexes_ungated: tried at
// every word that may start a rule). The two must give the same expressions field for field;
// the timex tests run every text they tag through this check.
#pragma once

#include <dateline/timex.hpp>

#include "timex/lexicon.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline::test {

inline std::string timex_fields(const std::vector<Timex>& xs) {
  std::string out;
  const auto day = [](const std::optional<Day>& d) { return d ? std::to_string(d->time_since_epoch().count()) : std::string("-"); };
  for (const Timex& x : xs) {
    out += std::to_string(x.start) + ":" + std::to_string(x.end) + " " + std::string(to_string(x.type)) + " " + x.value + " " +
           x.mod + " " + std::to_string(static_cast<int>(x.precision)) + " " + day(x.earliest) + " " + day(x.latest) +
           (x.resolved ? " r" : " u");
    if (x.timeml)
      out += " [" + std::to_string(x.timeml->end) + " " + std::string(to_string(x.timeml->type)) + " " + x.timeml->value + " " +
             x.timeml->mod + (x.timeml->tagged ? " t]" : " n]");
    out += "\n";
  }
  return out;
}

// The filtered path's expressions, after checking them against the full path's.
inline std::vector<Timex> timexes_checked(std::string_view text, const TimexOptions& options) {
  std::vector<Timex> filtered = find_timexes(text, options);
  EXPECT_EQ(timex_fields(filtered), timex_fields(timex::find_timexes_ungated(text, options)))
      << "filtered and full timex paths differ on: " << text.substr(0, 300);
  return filtered;
}

}  // namespace dateline::test
