// Timex: the lead's fixes of session 7, from modern wire-style sentences written for them.
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline {
namespace {

using namespace date::literals;

std::string value_of(std::string_view text, date::year_month_day dct) {
  const auto found = find_timexes(segment(text), TimexOptions{dct});
  return found.empty() ? "(none)" : found.front().value;
}

TEST(TimexLead7, APastVerbBeforeItsNamedObjectAndAMonthDayIsOver) {
  // "met Albright on May 5" in a story of March 14: last year's May 5, as "met in Vienna on".
  EXPECT_EQ(value_of("Lavrov met Albright on May 5.", 2018_y / 3 / 14), "2017-05-05");
  // Counter-cases: a verb to come keeps the coming May 5.
  EXPECT_EQ(value_of("Albright will meet Lavrov on May 5.", 2018_y / 3 / 14), "2018-05-05");
  EXPECT_EQ(value_of("Russia said Lavrov would meet Albright on May 5.", 2018_y / 3 / 14), "2018-05-05");
}

TEST(TimexLead7, ADeadlineSetInThePastPerfectIsOver) {
  // Published on Wednesday 2018-03-14: "had given ... until Tuesday" is the day before.
  EXPECT_EQ(value_of("The UK had given Russia until Tuesday to explain.", 2018_y / 3 / 14), "2018-03-13");
  // Counter-case: a deadline set now looks ahead.
  EXPECT_EQ(value_of("The UK has given Russia until Tuesday to explain.", 2018_y / 3 / 14), "2018-03-20");
}

}  // namespace
}  // namespace dateline
