// The tagger on phrasings of modern diplomatic wire copy (2010s-2020s), written for this test:
// every timex of each sentence in its TimeML form (extent, type, value, mod), so that a
// missed, spurious or wrong one fails, plus the days the anchored form allows. The expected
// forms follow the TimeML TIMEX3 guidelines and, where they leave a choice, the conventions of
// the TempEval-3 training corpora (docs/timex.md): ages and bare vague plurals after a signal
// ("hours after") are untagged, a year used as a modifier ("the 2014 annexation") is a DATE,
// a year inside a name ("Agenda 2030") is not.
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "timex_paths.hpp"
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dateline {
namespace {

using namespace date::literals;

constexpr date::year_month_day kThu = 2021_y / date::March / 18;  // a Thursday

std::vector<Timex> tag(std::string_view text, date::year_month_day dct) {
  return test::timexes_checked(segment(text).text, TimexOptions{dct});
}

// Every timex of `text` as TimeML annotates it: "extent|TYPE|value[|mod]" joined by "; ".
std::string timeml_forms(std::string_view text, date::year_month_day dct) {
  std::string out;
  for (const Timex& anchored : tag(text, dct)) {
    const auto t = as_timeml(anchored);
    if (!t) continue;
    if (!out.empty()) out += "; ";
    out += std::string(text.substr(t->start, t->end - t->start)) + "|" + std::string(to_string(t->type)) + "|" + t->value;
    if (!t->mod.empty()) out += "|" + t->mod;
  }
  return out;
}

struct Case {
  std::string_view text;
  std::string_view expected;  // every timex in TimeML form, "" for none
  date::year_month_day dct = kThu;
};

const Case kCases[] = {
    // days and parts of days
    {"Blinken met Lavrov on Tuesday (March 16) in Geneva.", "Tuesday|DATE|2021-03-16; March 16|DATE|2021-03-16"},
    {"The agreement was signed late on Thursday.", "Thursday|DATE|2021-03-18"},
    {"Missiles struck Kyiv in the early hours of Saturday, officials said.", "Saturday|DATE|2021-03-13"},
    {"Fighting continued overnight, the army said.", "overnight|TIME|2021-03-17TNI"},
    {"Earlier on Monday, the foreign minister resigned.", "Monday|DATE|2021-03-15"},
    {"The ministry said on Wednesday it would respond.", "Wednesday|DATE|2021-03-17"},
    {"Friday's vote in parliament was postponed.", "Friday|DATE|2021-03-12"},
    {"Gunfire was heard in the capital on Saturday night.", "Saturday night|TIME|2021-03-13TNI"},
    {"Talks will resume on Monday morning.", "Monday morning|TIME|2021-03-22TMO"},
    {"Talks are scheduled for Tuesday, March 23.", "Tuesday, March 23|DATE|2021-03-23"},
    {"Inspectors will stay from Monday to Wednesday.", "Monday|DATE|2021-03-22; Wednesday|DATE|2021-03-24"},
    {"Clashes broke out on Tuesday. The following day, troops withdrew.",
     "Tuesday|DATE|2021-03-16; The following day|DATE|2021-03-17"},
    {"Clashes broke out on Tuesday. Two days later, troops withdrew.", "Tuesday|DATE|2021-03-16; Two days|DURATION|P2D"},
    {"Protests erupted hours after the verdict.", ""},
    {"Israeli jets struck Gaza on the eve of the talks.", ""},
    // clock times
    {"The talks begin at 10:30 a.m. ET on Friday.", "10:30 a.m. ET|TIME|2021-03-19T10:30; Friday|DATE|2021-03-19"},
    {"The vote closes at 1400 GMT.", "1400 GMT|TIME|2021-03-18T14:00"},
    {"Polls close at 19:00 GMT.", "19:00 GMT|TIME|2021-03-18T19:00"},
    {"The ceasefire took effect at 3pm local time.", "3pm local time|TIME|2021-03-18T15:00"},
    // weeks, weekends, months, quarters, years
    {"Leaders will meet this weekend in Brussels.", "this weekend|DATE|2021-W11-WE"},
    {"Talks will resume next week.", "next week|DATE|2021-W12"},
    {"The minister visited Beijing last week.", "last week|DATE|2021-W10"},
    {"Diplomats said last month's summit had failed.", "last month|DATE|2021-02"},
    {"Fighting intensified in late February.", "late February|DATE|2021-02|END"},
    {"Biden took office in January.", "January|DATE|2021-01"},
    {"The ministers met in April.", "April|DATE|2020-04"},
    {"The General Assembly will meet in September.", "September|DATE|2021-09"},
    {"Exports fell in the first quarter.", "the first quarter|DATE|2021-Q1"},
    {"Elections are due next year.", "next year|DATE|2022"},
    {"Prices have soared since the start of the year.", "the start of the year|DATE|2021|START"},
    {"Troops will leave by the end of the year.", "the end of the year|DATE|2021|END"},
    {"The treaty expired two years ago.", "two years ago|DATE|2019"},
    // years, decades, centuries
    {"The pipeline should be finished by mid-2022.", "mid-2022|DATE|2022|MID"},
    {"Growth is expected to recover in the second half of 2023.", "the second half of 2023|DATE|2023-H2"},
    {"Russia has occupied Crimea since February 2014.", "February 2014|DATE|2014-02"},
    {"Since 2014, the two sides have fought in the east.", "2014|DATE|2014"},
    {"Kyiv has rebuilt its army since the 2014 annexation.", "2014|DATE|2014"},
    {"Iran wants to revive the 2015 nuclear deal.", "2015|DATE|2015"},
    {"They discussed a state based on the 1967 lines.", "1967|DATE|1967"},
    {"Between 2014 and 2022, some 14,000 people were killed.", "2014|DATE|2014; 2022|DATE|2022"},
    {"From 2014 to 2022, trade fell by half.", "2014|DATE|2014; 2022|DATE|2022"},
    {"It was the first meeting since 2019.", "2019|DATE|2019"},
    {"The sanctions remain in force until 2025.", "2025|DATE|2025"},
    {"The bloc aims for net zero emissions by 2050.", "2050|DATE|2050"},
    {"Flight MH17 was downed over Ukraine in 2014.", "2014|DATE|2014"},
    {"Trade could double in the 2020s.", "the 2020s|DATE|202"},
    {"Relations thawed in the early 2000s.", "the early 2000s|DATE|200|START"},
    {"It was the deadliest attack of the 21st century.", "the 21st century|DATE|20"},
    // full and numeric dates
    {"The envoy arrived on Jan. 20, 2021, for talks.", "Jan. 20, 2021|DATE|2021-01-20"},
    {"Russia invaded on 24 February 2022.", "24 February 2022|DATE|2022-02-24", 2022_y / date::March / 1},
    {"The deadline is 2023-03-18, the ministry said.", "2023-03-18|DATE|2023-03-18"},
    {"The decree dated 18/03/2023 was published.", "18/03/2023|DATE|2023-03-18"},
    {"The summit will be held on March 25-26.", "March 25|DATE|2021-03-25; 26|DATE|2021-03-26"},
    {"The memorial honours the victims of the Sept. 11, 2001 attacks.", "Sept. 11, 2001|DATE|2001-09-11"},
    // durations and sets
    {"Negotiators met for three days in Vienna.", "three days|DURATION|P3D"},
    {"Troops have been deployed for more than two decades.", "more than two decades|DURATION|P20Y|MORE_THAN"},
    {"Violence has surged over the past decade.", "the past decade|DURATION|P10Y"},
    {"Both sides agreed to a 30-day ceasefire.", "30-day|DURATION|P30D"},
    {"Hamas announced a 72-hour truce.", "72-hour|DURATION|PT72H"},
    {"The president begins a two-day visit to Paris.", "two-day|DURATION|P2D"},
    {"Residents endured a year-long siege.", "year-long|DURATION|P1Y"},
    {"Kyiv demanded a response within 48 hours.", "48 hours|DURATION|PT48H"},
    {"At least 40 people were killed in the past 24 hours.", "the past 24 hours|DURATION|PT24H"},
    {"The summit is held every year.", "every year|SET|P1Y"},
    {"The central bank publishes the data weekly.", "weekly|SET|P1W"},
    {"The two envoys meet twice a month in Vienna.", "twice a month|SET|P1M"},
    {"Monitors patrol the line three times a week.", "three times a week|SET|P1W"},
    {"The commission reports every other week.", "every other week|SET|P2W"},
    {"He was once a close ally of the president.", ""},
    // fuzzy references
    {"Sanctions could be tightened in the coming months.", "the coming months|DATE|FUTURE_REF"},
    {"Attacks have risen in recent days.", "recent days|DATE|PAST_REF"},
    // not temporal expressions: ages, names, models, counts
    {"The decade-old conflict has killed thousands.", ""},
    {"COVID-19 cases rose sharply across the region.", ""},
    {"G20 leaders met in Rome.", ""},
    {"Ankara wants to buy F-16 jets.", ""},
    {"The council adopted Resolution 2334.", ""},
    {"Ministers endorsed the Agenda 2030 goals.", ""},
    {"Operators are rolling out 5G networks.", ""},
    {"The airline ordered 20 Airbus A320 jets.", ""},
    {"Moscow sent 2,000 troops to the border.", ""},
    {"NATO has never invoked Article 5 against Russia.", ""},
    {"Turkey deployed S-400 missiles.", ""},
    {"Germany halted Nord Stream 2.", ""},
    {"The Tokyo 2020 Games were delayed.", ""},
    {"Warming must stay below 1.5 degrees.", ""},
};

TEST(TimexModern, WireCopyPhrasings) {
  int failed = 0;
  for (const Case& c : kCases) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 9")
  std::printf("[ modern ] %d of %zu sentences differ\n", failed, std::size(kCases));
}

// The days the anchored form allows ("earliest..latest", "-" for an open side).
std::string bounds_of(std::string_view text, std::string_view phrase, date::year_month_day dct = kThu) {
  const auto all = tag(text, dct);
  const std::size_t pos = text.find(phrase);
  for (const Timex& t : all)
    if (t.start == pos && t.end == pos + phrase.size())
      return (t.earliest ? format_day(*t.earliest) : "-") + ".." + (t.latest ? format_day(*t.latest) : "-");
  return "<none>";
}

TEST(TimexModern, DaysAllowed) {
  EXPECT_EQ(bounds_of("Leaders will meet this weekend in Brussels.", "this weekend"), "2021-03-20..2021-03-21");
  EXPECT_EQ(bounds_of("Missiles struck Kyiv in the early hours of Saturday.", "Saturday"), "2021-03-13..2021-03-13");
  EXPECT_EQ(bounds_of("Troops will leave by the end of the year.", "the end of the year"), "2021-01-01..2021-12-31");
  EXPECT_EQ(bounds_of("Growth will recover in the second half of 2023.", "the second half of 2023"), "2023-07-01..2023-12-31");
  EXPECT_EQ(bounds_of("Russia has occupied Crimea since February 2014.", "February 2014"), "2014-02-01..2014-02-28");
  EXPECT_EQ(bounds_of("Trade could double in the 2020s.", "the 2020s"), "2020-01-01..2029-12-31");
  EXPECT_EQ(bounds_of("Diplomats said last month's summit had failed.", "last month"), "2021-02-01..2021-02-28");
  EXPECT_EQ(bounds_of("The summit will be held on March 25-26.", "26"), "2021-03-26..2021-03-26");
  EXPECT_EQ(bounds_of("Sanctions could be tightened in the coming months.", "the coming months"), "2021-03-18..-");
  EXPECT_EQ(bounds_of("Attacks have risen in recent days.", "recent days"), "-..2021-03-18");
  EXPECT_EQ(bounds_of("The pipeline should be finished by mid-2022.", "mid-2022"), "2022-05-02..2022-09-01");
  EXPECT_EQ(bounds_of("Relations thawed in the early 2000s.", "the early 2000s"), "2000-01-01..2003-05-01");
  EXPECT_EQ(bounds_of("The talks begin at 10:30 a.m. ET on Friday.", "10:30 a.m. ET"), "2021-03-19..2021-03-19");
  EXPECT_EQ(bounds_of("Fighting continued overnight, the army said.", "overnight"), "2021-03-17..2021-03-17");
}

}  // namespace
}  // namespace dateline
