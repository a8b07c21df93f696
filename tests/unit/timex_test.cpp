// The timex tagger: the seed article, one small text per category, the TimeML plumbing, and a
// regression floor on TimeBank.
#include <dateline/document.hpp>
#include <dateline/error.hpp>
#include <dateline/io.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "eval/timeml.hpp"
#include "eval/timex_eval.hpp"
#include "support.hpp"

#include "timex_paths.hpp"
#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace dateline {
namespace {

using date::March;

std::vector<Timex> tag(std::string_view text, std::optional<date::year_month_day> dct) {
  const Segmented seg = segment(text);
  return test::timexes_checked(seg.text, TimexOptions{dct});
}

// The figures reached on the TempEval-3 training data (docs/timex.md) minus one point: a
// change that loses more than that fails.
constexpr double kTimeBankValueFloor = 85.00 - 1.0;
constexpr double kTimeBankStrictFloor = 91.02 - 1.0;
constexpr double kAquaintValueFloor = 79.18 - 1.0;
constexpr double kAquaintStrictFloor = 87.54 - 1.0;

constexpr date::year_month_day kThu = date::year{2021} / March / 18;  // a Thursday

// The timex whose text is exactly `phrase` at its first occurrence at or after `from`.
std::optional<Timex> at(const std::vector<Timex>& all, std::string_view text, std::string_view phrase,
                        std::size_t from = 0) {
  const std::size_t pos = text.find(phrase, from);
  if (pos == std::string_view::npos) return std::nullopt;
  for (const Timex& t : all)
    if (t.start == pos && t.end == pos + phrase.size()) return t;
  return std::nullopt;
}

// Tags `text` and returns the value of the timex spelled `phrase`, or "<none>" with the
// extents found, so that a failing test says what the tagger saw.
std::string value_of(std::string_view text, std::string_view phrase,
                     std::optional<date::year_month_day> dct = kThu) {
  const auto all = tag(text, dct);
  if (auto t = at(all, text, phrase)) return t->value + (t->mod.empty() ? "" : " " + t->mod);
  std::string seen = "<none>";
  for (const Timex& t : all) seen += " [" + std::string(text.substr(t.start, t.end - t.start)) + "]";
  return seen;
}

bool no_timex(std::string_view text, std::string_view phrase) {
  const auto all = tag(text, kThu);
  const std::size_t pos = text.find(phrase);
  for (const Timex& t : all)
    if (t.start < pos + phrase.size() && t.end > pos) return false;
  return true;
}

std::string type_of(std::string_view text, std::string_view phrase) {
  const auto all = tag(text, kThu);
  if (auto t = at(all, text, phrase)) return std::string(to_string(t->type));
  return "<none>";
}

// ---- the seed article

TEST(TimexSeed, PutinBidenReuters) {
  DATELINE_REQUIRE_SHARED();
  const std::string text = read_file(test::seed_article().string());
  const auto all = tag(text, kThu);
  EXPECT_EQ(at(all, text, "Jan. 26").value_or(Timex{}).value, "2021-01-26");
  std::size_t n = 0;
  for (std::size_t pos = text.find("on Thursday"); pos != std::string::npos; pos = text.find("on Thursday", pos + 1)) {
    auto t = at(all, text, "Thursday", pos);
    ASSERT_TRUE(t) << "no timex for \"on Thursday\" at byte " << pos;
    EXPECT_EQ(t->value, "2021-03-18");
    EXPECT_EQ(t->start, pos + 3) << "the preposition is not part of the extent";
    ++n;
  }
  EXPECT_GE(n, 3u);
  EXPECT_EQ(at(all, text, "tomorrow").value_or(Timex{}).value, "2021-03-19");
  EXPECT_EQ(at(all, text, "Monday").value_or(Timex{}).value, "2021-03-22");
  EXPECT_EQ(at(all, text, "coming days").value_or(Timex{}).value, "FUTURE_REF");
  EXPECT_EQ(at(all, text, "November 2020").value_or(Timex{}).value, "2020-11");
  EXPECT_EQ(at(all, text, "the end of World War Two").value_or(Timex{}).value, "1945");
  // "on Jan. 26 days after Biden took office": no duration out of "26 days" or "days after"
  const std::size_t days_after = text.find("26 days after") + 3;
  ASSERT_NE(days_after, std::string::npos);
  for (const Timex& t : all) EXPECT_FALSE(t.start < days_after + 10 && t.end > days_after) << "a timex covers \"days after\"";
}

// ---- categories, on sentences written for these tests

TEST(TimexAbsolute, FullAndPartialDates) {
  EXPECT_EQ(value_of("The treaty was signed on March 22, 2013 in Geneva.", "March 22, 2013"), "2013-03-22");
  EXPECT_EQ(value_of("The treaty was signed on 22 March 2013 in Geneva.", "22 March 2013"), "2013-03-22");
  EXPECT_EQ(value_of("The filing is dated 2013-03-22.", "2013-03-22"), "2013-03-22");
  EXPECT_EQ(value_of("Elections were held in November 2020.", "November 2020"), "2020-11");
  EXPECT_EQ(value_of("The republic was founded in 1945.", "1945"), "1945");
  EXPECT_EQ(value_of("Trade grew in the 1990s.", "the 1990s"), "199");
  EXPECT_EQ(value_of("Trade grew in the 1980s and after.", "the 1980s"), "198");
  EXPECT_EQ(value_of("Prices rose sharply in the mid-1990s.", "the mid-1990s"), "199 MID");
  EXPECT_EQ(value_of("Talks resumed in spring 2010.", "spring 2010"), "2010-SP");
  EXPECT_EQ(value_of("Profit fell in the first quarter.", "the first quarter"), "2021-Q1");
  EXPECT_EQ(value_of("Revenue for fiscal 1991 rose.", "fiscal 1991"), "1991");
  EXPECT_EQ(value_of("It happened early in the 20th century.", "the 20th century"), "19");
}

TEST(TimexAbsolute, YearFromTense) {
  // a past-tense month-day after the DCT belongs to the year before
  const auto dct = date::year{2021} / date::February / 10;
  EXPECT_EQ(value_of("The ministers met on Dec. 12 in Vienna.", "Dec. 12", dct), "2020-12-12");
  EXPECT_EQ(value_of("The ministers will meet on March 1 in Vienna.", "March 1", dct), "2021-03-01");
  EXPECT_EQ(value_of("The envoy will return on Jan. 5.", "Jan. 5", date::year{2021} / date::December / 20), "2022-01-05");
  // a month-day with "this/last/next year" is one expression of that year
  EXPECT_EQ(value_of("The envoy returned on Jan. 5 next year.", "Jan. 5 next year", date::year{2021} / date::December / 20),
            "2022-01-05");
  EXPECT_EQ(value_of("Pol Pot was arrested in July last year.", "July last year", dct), "2020-07");
  // no tense cue: the nearest such month, a date ahead counting double ("January" said in
  // October is the coming one, "March" said in October the past one)
  const auto oct = date::year{1989} / date::October / 26;
  EXPECT_EQ(value_of("Payment on a date in January to holders of record.", "January", oct), "1990-01");
  EXPECT_EQ(value_of("Shares rose from $29.75 in March.", "March", oct), "1989-03");
  // a passive takes the tense of its auxiliary; a sentence boundary stops the tense search
  EXPECT_EQ(value_of("The dividend will be paid Feb. 1 to holders.", "Feb. 1", oct), "1990-02-01");
  EXPECT_EQ(value_of("Talks on Tuesday. Officials will attend.", "Tuesday", date::year{2000} / date::April / 3), "2000-03-28");
}

TEST(TimexAbsolute, HolidaysAndSpelledYears) {
  const auto dct = date::year{2000} / date::January / 7;
  EXPECT_EQ(value_of("Elian was found Thanksgiving Day clinging to a tube.", "Thanksgiving Day", dct), "1999-11-25");
  EXPECT_EQ(value_of("The hearing is set for Easter Monday.", "Easter Monday", dct), "2000-04-24");
  EXPECT_EQ(value_of("Protesters prayed as Easter week began.", "Easter week", date::year{2000} / date::April / 17), "2000-W16");
  EXPECT_EQ(value_of("Voters go to the polls on Election Day.", "Election Day", date::year{1998} / date::October / 26), "1998-11-03");
  EXPECT_EQ(value_of("He was convicted in nineteen ninety-one in state court.", "nineteen ninety-one", dct), "1991");
  EXPECT_EQ(value_of("The promise to halve unemployment by the year two thousand.", "the year two thousand", dct), "2000");
}

TEST(TimexDuration, RatesAgesOrdinals) {
  const auto dct = date::year{1989} / date::October / 26;
  EXPECT_TRUE(no_timex("It will save $500 million a year in costs.", "a year"));
  EXPECT_TRUE(no_timex("Mr. Schwarz, 52 years old, will succeed him.", "52 years"));
  EXPECT_TRUE(no_timex("A second group of directors sold shares.", "A second"));
  EXPECT_TRUE(no_timex("Junk accounts for more than a quarter of the market.", "a quarter"));
  EXPECT_EQ(value_of("Stocks hit a five year low.", "five year", dct), "P5Y");
  EXPECT_EQ(value_of("They began the two day rally.", "two day", dct), "P2D");
}

TEST(TimexAbsolute, NotDates) {
  EXPECT_TRUE(no_timex("He may visit Paris.", "may"));
  EXPECT_TRUE(no_timex("They May visit Paris.", "May"));
  EXPECT_TRUE(no_timex("The candidate won 2020 votes in the district.", "2020"));
  EXPECT_TRUE(no_timex("She read it in the Sun on Friday.", "Sun"));
  EXPECT_TRUE(no_timex("Protesters began to March through the city.", "March"));
  EXPECT_TRUE(no_timex("Police counted 1500 marchers and 42 cars.", "42"));
  EXPECT_TRUE(no_timex("The 6-year-old boy was returned.", "6-year-old"));
  EXPECT_EQ(value_of("They will meet in May and again in June.", "May"), "2021-05");
  // a past verb puts a later month in the year before the DCT
  EXPECT_EQ(value_of("They met in May and again in June.", "May"), "2020-05");
}

TEST(TimexRelative, DaysAndWeekdays) {
  EXPECT_EQ(value_of("The minister arrived today.", "today"), "2021-03-18");
  EXPECT_EQ(value_of("The minister arrived yesterday.", "yesterday"), "2021-03-17");
  EXPECT_EQ(value_of("The minister leaves tomorrow.", "tomorrow"), "2021-03-19");
  EXPECT_EQ(value_of("The minister said on Tuesday that talks failed.", "Tuesday"), "2021-03-16");
  EXPECT_EQ(value_of("The minister will travel to Rome on Tuesday.", "Tuesday"), "2021-03-23");
  EXPECT_EQ(value_of("Officials said they were ready to meet on Monday.", "Monday"), "2021-03-22");
  EXPECT_EQ(value_of("The envoy met officials last Friday.", "last Friday"), "2021-03-12");
  EXPECT_EQ(value_of("The envoy will meet officials next Friday.", "next Friday"), "2021-03-19");
}

TEST(TimexRelative, Periods) {
  EXPECT_EQ(value_of("Talks collapsed last week.", "last week"), "2021-W10");
  EXPECT_EQ(value_of("Talks collapsed this month.", "this month"), "2021-03");
  EXPECT_EQ(value_of("Talks resume next year.", "next year"), "2022");
  EXPECT_EQ(value_of("Talks collapsed two years ago.", "two years ago"), "2019");
  EXPECT_EQ(value_of("The embassy closed earlier this month.", "earlier this month"), "2021-03 START");
  EXPECT_EQ(value_of("Fighting broke out over the weekend.", "the weekend"), "2021-W10-WE");
  EXPECT_EQ(value_of("Sanctions were lifted last spring.", "last spring"), "2020-SP");
  EXPECT_EQ(value_of("The visit was announced in late June.", "late June"), "2020-06 END");
}

TEST(TimexRelative, FromTheDateInFocus) {
  const std::string text = "The accord was signed on May 4, 2015. Three days later, the parliament ratified it. "
                           "A year earlier, talks had stalled.";
  EXPECT_EQ(value_of(text, "Three days later"), "2015-05-07");
  EXPECT_EQ(value_of(text, "A year earlier"), "2014");
}

TEST(TimexFuzzy, References) {
  EXPECT_EQ(value_of("New sanctions are expected in the coming days.", "the coming days"), "FUTURE_REF");
  EXPECT_EQ(value_of("Talks could resume in coming days.", "coming days"), "FUTURE_REF");
  EXPECT_EQ(value_of("The two leaders recently spoke.", "recently"), "PAST_REF");
  EXPECT_EQ(value_of("Such talks failed in the past.", "the past"), "PAST_REF");
  EXPECT_EQ(value_of("The border is now closed.", "now"), "PRESENT_REF");
  EXPECT_EQ(value_of("The border is currently closed.", "currently"), "PRESENT_REF");
  EXPECT_EQ(value_of("Exports doubled over the past two years.", "the past two years"), "P2Y");
  EXPECT_EQ(type_of("Exports doubled over the past two years.", "the past two years"), "DURATION");
}

TEST(TimexTime, PartsOfDayAndClock) {
  const auto fri = date::year{2013} / March / 23;
  EXPECT_EQ(value_of("Shelling resumed Friday afternoon, officials said.", "Friday afternoon", fri), "2013-03-22TAF");
  EXPECT_EQ(type_of("Shelling resumed Friday afternoon, officials said.", "Friday afternoon"), "TIME");
  EXPECT_EQ(value_of("The vote closes at 3 p.m. local time.", "3 p.m. local time"), "2021-03-18T15:00");
  EXPECT_EQ(value_of("The curfew starts at midnight.", "midnight"), "2021-03-18T24:00");
  EXPECT_EQ(value_of("The minister spoke this morning.", "this morning"), "2021-03-18TMO");
  EXPECT_EQ(value_of("The minister speaks tonight.", "tonight"), "2021-03-18TNI");
}

TEST(TimexDuration, CountsAndSets) {
  EXPECT_EQ(value_of("The ceasefire held for six months.", "six months"), "P6M");
  EXPECT_EQ(value_of("Rebels were given 24 hours to leave.", "24 hours"), "PT24H");
  EXPECT_EQ(value_of("They signed a three-year agreement.", "three-year"), "P3Y");
  EXPECT_EQ(value_of("The summit is held every year.", "every year"), "P1Y");
  EXPECT_EQ(type_of("The summit is held every year.", "every year"), "SET");
  EXPECT_EQ(value_of("The council meets weekly.", "weekly"), "P1W");
  // the approximation sets the mod but stays outside the extent (TempEval-3 AQUAINT)
  EXPECT_EQ(value_of("About two years of talks followed.", "two years"), "P2Y APPROX");
  EXPECT_EQ(value_of("The blast occurred at about 10:35 a.m. local time.", "10:35 a.m. local time"), "2021-03-18T10:35 APPROX");
}

TEST(TimexDuration, HalfUnits) {
  EXPECT_EQ(value_of("She spent about 5 1/2 hours in Nairobi.", "5 1/2 hours"), "PT5H30M APPROX");
  EXPECT_EQ(value_of("They lived in camps for 2 1/2 years.", "2 1/2 years"), "P2Y6M");
  EXPECT_EQ(value_of("The talks lasted two and a half years.", "two and a half years"), "P2Y6M");
  EXPECT_EQ(value_of("But a minute and a half later, a pilot called.", "a minute and a half"), "PT1M30S");
  // a price change is not a period
  EXPECT_TRUE(no_timex("The shares rose 9 1/2 to 30.", "9 1/2"));
}

TEST(TimexRelative, WeekdayDirection) {
  // Thursday 2021-03-18: a possessive weekday is over, "planned" is a past plan, a
  // clause-initial "until" leaves the tense to the verb, "plans for" is a noun
  EXPECT_EQ(value_of("They would look for ways to get around Wednesday's ruling.", "Wednesday"), "2021-03-17");
  EXPECT_EQ(value_of("On Friday, the government planned to pay the families.", "Friday"), "2021-03-12");
  EXPECT_EQ(value_of("Police looked for him. Until Tuesday, they had not called him a suspect.", "Tuesday"),
            "2021-03-16");
  EXPECT_EQ(value_of("The agency extended its deadline until Tuesday.", "Tuesday"), "2021-03-23");
  EXPECT_EQ(value_of("On Friday, when she set aside vacation plans for the trip, the ban was lifted.", "Friday"),
            "2021-03-12");
  // the cue counts in words, skipping punctuation and numbers
  EXPECT_EQ(value_of("The father will leave at 4 in the morning (4 a.m. EDT Friday), he said.", "4 a.m. EDT Friday"),
            "2021-03-19T04:00");
}

TEST(TimexRelative, AnaphoricDates) {
  const std::string text = "Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax. "
                           "Kopp fled to Mexico in June 1998 and returned later that year. The following month, "
                           "police searched his car. Weeks passed; the next day nobody came.";
  EXPECT_EQ(value_of(text, "Earlier that day"), "1998-10-23 START");
  EXPECT_EQ(value_of(text, "later that year"), "1998 END");
  EXPECT_EQ(value_of(text, "The following month"), "1998-07");
  EXPECT_EQ(value_of("His name was crossed out in October 1998. It was removed that same day.", "that same day"),
            "1998-10-XX");
  EXPECT_EQ(value_of("The treaty was signed on May 4, 2015. The next day, it was published.", "The next day"),
            "2015-05-05");
  EXPECT_EQ(value_of("NATO's newest members were a decade ago still under Soviet rule.", "a decade ago"), "2011");
}

TEST(TimexRelative, ReportingPeriods) {
  const auto dct = date::year{1989} / date::November / 2;
  EXPECT_EQ(value_of("For the year, pet food volume was flat.", "the year", dct), "1989");
  EXPECT_EQ(value_of("Sales for the full year were $6.6 billion.", "the full year", dct), "1989");
  EXPECT_EQ(value_of("For the year ended Sept. 30, Ralston earned $422.5 million.", "the year", dct), "P1Y");
  EXPECT_EQ(value_of("Sales in the latest period were $1.76 billion.", "the latest period", dct), "1989-Q3");
  EXPECT_EQ(value_of("It may be resolved in a hearing the week of March 6, 1990.", "the week of March 6, 1990", dct),
            "1990-W10");
  EXPECT_TRUE(no_timex("Sales fell from $450 million the year before.", "the year"));
}

TEST(TimexFuzzy, RecentlyInAVerbGroup) {
  EXPECT_TRUE(no_timex("The search was recently extended to Mexico.", "recently"));
  EXPECT_TRUE(no_timex("Doctors were killed, most recently last October.", "recently"));
  EXPECT_EQ(value_of("Magna recently cut its dividend.", "recently"), "PAST_REF");
}

TEST(TimexRound4, MonthsAndQuartersWithoutYear) {
  // the DCT (kThu) is 2021-03-18
  // "this September" is the DCT's year whatever the verb says
  EXPECT_EQ(value_of("The election was called for this September.", "this September"), "2021-09");
  // a quarter that has not begun is last year's in a past clause, this year's in a future one
  EXPECT_EQ(value_of("Profits fell in the fourth quarter.", "the fourth quarter"), "2020-Q4");
  EXPECT_EQ(value_of("Profits will fall in the fourth quarter.", "the fourth quarter"), "2021-Q4");
  EXPECT_EQ(value_of("Profits fell in the first quarter.", "the first quarter"), "2021-Q1");
  // an -ed adjective is no past verb: the future auxiliary decides
  EXPECT_EQ(value_of("It would be paid on a still unspecified date in January.", "January"), "2022-01");
  EXPECT_EQ(value_of("They will double flights by December to markets untouched by the crisis.", "December"),
            "2021-12");
}

TEST(TimexRound4, TenseOfOpeningDatesAndPlans) {
  // a date opening its sentence takes the main verb's tense, however long the subject
  EXPECT_EQ(value_of("On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a "
                     "news conference.",
                     "Tuesday"),
            "2021-03-23");
  EXPECT_EQ(value_of("On Tuesday, the National Abortion and Reproductive Rights Action League held a news "
                     "conference.",
                     "Tuesday"),
            "2021-03-16");
  // "were planning to" is an arrangement: the day is ahead
  EXPECT_EQ(value_of("Protesters were planning to drive around the airport on Monday.", "Monday"), "2021-03-22");
}

TEST(TimexRound4, ExtentsOfShiftsAndHalves) {
  EXPECT_EQ(value_of("Then, a week or so ago, the general picked the day.", "a week or so ago"), "2021-W10 APPROX");
  EXPECT_EQ(value_of("Sales slowed in the last half of 1989.", "the last half of 1989"), "1989-H2");
  // without a year "the last half" stays out of it
  EXPECT_TRUE(no_timex("Sales slowed in the last half of the game.", "last half"));
  EXPECT_EQ(value_of("The index fell 4.5% from the previous Friday.", "the previous Friday"), "2021-03-12");
}

TEST(TimexRound4, SeasonsWithoutYear) {
  // the DCT (kThu) is 2021-03-18, in the winter of 2020
  EXPECT_EQ(value_of("Demand stayed weak well into the summer.", "the summer"), "2020-SU");
  EXPECT_EQ(value_of("Demand will stay weak well into the summer.", "the summer"), "2021-SU");
  EXPECT_EQ(value_of("The business was sold this past fall.", "this past fall"), "2020-FA");
  EXPECT_TRUE(no_timex("It marked the fall of the Berlin Wall.", "fall"));
}

TEST(TimexRound4, HourInThePartOfDay) {
  EXPECT_EQ(value_of("He left at 4 in the morning.", "4 in the morning"), "2021-03-18T04:00");
  EXPECT_EQ(value_of("He left at 8 in the evening.", "8 in the evening"), "2021-03-18T20:00");
  // a part of a day named with a modifier
  EXPECT_EQ(value_of("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon yesterday"),
            "2021-03-17TAF MID");
  EXPECT_EQ(value_of("By mid afternoon, officials were saying the talks failed.", "mid afternoon"), "2021-03-18TAF MID");
  EXPECT_TRUE(no_timex("He hosts a late-night talk show.", "night"));
  EXPECT_TRUE(no_timex("He ranked 14 in the morning session.", "14"));
}

TEST(TimexRound4, PastVerbRightBeforeTheDate) {
  // the DCT (kThu) is 2021-03-18: May 31 is ten weeks ahead, within what a past verb may reach
  // for a deadline ("declared a dividend payable May 31"), but "ended May 31" is over
  EXPECT_EQ(value_of("In the fiscal year ended May 31, sales rose.", "May 31"), "2020-05-31");
  EXPECT_EQ(value_of("The company declared a dividend payable May 31.", "May 31"), "2021-05-31");
}

TEST(TimexRound4, YearQuarterTakesTheQuarterInFocus) {
  EXPECT_EQ(value_of("Its third-quarter profit will fall below last year's. It earned $3 million in the 2020 "
                     "quarter.",
                     "the 2020 quarter"),
            "2020-Q3");
  EXPECT_EQ(value_of("It earned $3 million in the 2020 quarter.", "the 2020 quarter"), "2020");
}

TEST(TimexRound4, SinceYearEnd) {
  EXPECT_EQ(value_of("The index has risen 4% since year-end.", "year-end"), "2020-12-31");
  EXPECT_EQ(value_of("It expects to complete the sale by year-end.", "year-end"), "2021-12-31");
}

TEST(TimexRound4, LastYearsQuarter) {
  // the DCT (kThu) is 2021-03-18: the quarter reported on is 2020-Q4
  EXPECT_EQ(value_of("For the quarter a year ago, it earned $3 million.", "the quarter a year ago"), "2019-Q4");
  // a quarter named before: "third-quarter" said in March in the past tense is 2020-Q3
  EXPECT_EQ(value_of("Its third-quarter loss was $2 million, against a profit for the corresponding period last year.",
                     "the corresponding period last year"),
            "2019-Q3");
  EXPECT_EQ(value_of("Its third-quarter loss widened from a year-earlier loss of $2 million.", "year-earlier"), "2019-Q3");
  EXPECT_TRUE(no_timex("The quarter-to-quarter comparison was better.", "quarter"));
}

TEST(TimexRound4, MayBeforeAPreposition) {
  // a modal "may" is never followed by a preposition; "is heard" is a present passive
  EXPECT_EQ(value_of("The case is heard in May in the appeals court.", "May"), "2021-05");
  EXPECT_TRUE(no_timex("They said in May be the time to act.", "May"));
}

TEST(TimexRound4, ArrangementsInThePassive) {
  // the DCT (kThu) is 2021-03-18
  EXPECT_EQ(value_of("The talks, which are supposed to conclude by May, resumed.", "May"), "2021-05");
  EXPECT_EQ(value_of("The sale is scheduled to close Monday.", "Monday"), "2021-03-22");
}

TEST(TimexRound5, PassiveAfterAModalIsFuture) {
  // the DCT (kThu) is 2021-03-18: "will be named" points ahead even with the modal far left
  EXPECT_EQ(value_of("She will be named head of the big red ship for a mission in December.", "December"),
            "2021-12");
  EXPECT_EQ(value_of("She was named head of the big red ship for a mission in December.", "December"), "2020-12");
}

TEST(TimexRound5, ClockTimeTakesTheDayAfterAParenthesis) {
  EXPECT_EQ(value_of("The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building.", "10:35 a.m."),
            "2021-03-16T10:35 APPROX");  // "about": mod APPROX
  EXPECT_EQ(value_of("The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building.", "Tuesday"),
            "2021-03-16");
}

TEST(TimexRound5, AbbreviationsDoNotCutTheSentence) {
  // "vs." does not end the sentence, so "killed" still dates "In January" (DCT 2021-03-18 is
  // after January anyway: use an October DCT where the tense decides)
  const auto oct = date::year_month_day{date::year{1998}, date::October, date::day{25}};
  EXPECT_EQ(value_of("In January, a week after the anniversary of the Roe vs. Wade decision, a bombing in "
                     "Birmingham killed a guard.",
                     "January", oct),
            "1998-01");
  // but an abbreviation before a sentence starter ends it: "Corp. The ..."
  EXPECT_EQ(value_of("He joined Acme Corp. The merger will close in December.", "December"), "2021-12");
}

TEST(TimexRound5, PastArrangementDatesAfterAndBefore) {
  // a date inside what was planned is ahead; a date before "planned to" dates the planning
  EXPECT_EQ(value_of("The team planned to leave Nairobi on Monday for Dar es Salaam.", "Monday"), "2021-03-22");
  EXPECT_EQ(value_of("On Monday, the government planned to pay the families.", "Monday"), "2021-03-15");
  EXPECT_EQ(value_of("On Tuesday, Iraq agreed to let the inspectors return.", "Tuesday"), "2021-03-16");
}

TEST(TimexRound5, LastMonthNameIsNotTheMonthJustEnded) {
  // DCT 2021-03-18: the month just ended is "last month"; "last February" is a year back
  EXPECT_EQ(value_of("Two helicopters crashed last February.", "last February"), "2020-02");
  EXPECT_EQ(value_of("Two helicopters crashed last January.", "last January"), "2021-01");
}

TEST(TimexRound5, NarrativeAnaphoraCountFromTheDayLastNamed) {
  // DCT 2021-03-18; "Feb. 21" and "Monday" carry no year of their own, yet a story's "the next
  // day", "two days later", "the day before" count from them, not from the DCT
  EXPECT_EQ(value_of("He was arrested on Feb. 21. He appeared in court the next day.", "the next day"), "2021-02-22");
  EXPECT_EQ(value_of("He arrived on Monday and left two days later.", "two days later"), "2021-03-17");
  EXPECT_EQ(value_of("The talks ended on March 3. The day before, the envoys had met in Geneva.", "The day before"),
            "2021-03-02");
  // anchored on an event, not on a date: no timex of its own
  EXPECT_TRUE(no_timex("He left the day before the shooting.", "the day before"));
}

TEST(TimexRound5, TenseOfAnotherClauseAfterAnd) {
  // DCT Thursday 2021-03-18: "arrived" dates Tuesday, "will leave" belongs to the next clause
  EXPECT_EQ(value_of("The minister arrived in Kyiv on Tuesday night and will leave on Saturday.", "Tuesday night"),
            "2021-03-16TNI");
  EXPECT_EQ(value_of("The minister arrived in Kyiv on Tuesday night and will leave on Saturday.", "Saturday"),
            "2021-03-20");
}

TEST(TimexRound5, QuarterCodesAndZonedMilitaryTimes) {
  // DCT 2021-03-18
  EXPECT_EQ(value_of("Output rose in Q3 2020 and H1 2019.", "Q3 2020"), "2020-Q3");
  EXPECT_EQ(value_of("Output rose in Q3 2020 and H1 2019.", "H1 2019"), "2019-H1");
  EXPECT_EQ(value_of("Output rose again in Q4.", "Q4"), "2020-Q4");  // a past verb: last year's
  EXPECT_EQ(value_of("Output will rise in Q4.", "Q4"), "2021-Q4");
  EXPECT_TRUE(no_timex("The H1N1 virus spread.", "H1"));
  EXPECT_EQ(value_of("Troops crossed the border at 0900 GMT.", "0900 GMT"), "2021-03-18T09:00");
  EXPECT_EQ(value_of("Troops crossed the border at 1430 local time.", "1430 local time"), "2021-03-18T14:30");
  EXPECT_TRUE(no_timex("He scored 1500 points.", "1500"));
  EXPECT_TRUE(no_timex("The blast came at 10:35 a.m. (0735 GMT) Friday.", "0735"));
}

TEST(TimexRound5, BothEndsOfADayRange) {
  // the other end is a bare number tagged on its own, as the corpora tag "April 24 and 25"
  EXPECT_EQ(value_of("The summit will run from April 24 to 25.", "25"), "2021-04-25");
  EXPECT_EQ(value_of("Talks are planned for 5-6 April.", "5"), "2021-04-05");
  EXPECT_EQ(value_of("Talks are planned for 5\xE2\x80\x93" "6 April.", "5"), "2021-04-05");
  EXPECT_TRUE(no_timex("The vote was 24 to 25 percent.", "25"));
  EXPECT_TRUE(no_timex("He won 3-2 on April 4.", "3"));
}

TEST(TimexRound5, AbbreviatedMonthWithoutPeriodBeforeADay) {
  EXPECT_EQ(value_of("The riot on Jan 6 shocked allies.", "Jan 6"), "2021-01-06");
  EXPECT_EQ(value_of("Talks end Dec 12, 2021.", "Dec 12, 2021"), "2021-12-12");
  EXPECT_TRUE(no_timex("Jan Kubis met them.", "Jan"));
  EXPECT_TRUE(no_timex("Jan 65 percent.", "Jan"));
}

TEST(TimexRound5, NumericDatesAndIsoTimes) {
  EXPECT_EQ(value_of("The order was dated 18/03/2021.", "18/03/2021"), "2021-03-18");
  EXPECT_EQ(value_of("The order was filed on 03/18/2021.", "03/18/2021"), "2021-03-18");
  EXPECT_EQ(value_of("A note is dated 4/5/2021.", "4/5/2021"), "2021");  // day and month ambiguous
  EXPECT_EQ(value_of("The deadline is 2021-03-18T14:00Z.", "2021-03-18T14:00Z"), "2021-03-18T14:00");
  EXPECT_EQ(type_of("The deadline is 2021-03-18T14:00Z.", "2021-03-18T14:00Z"), "TIME");
}

TEST(TimexNamed, Periods) {
  EXPECT_EQ(value_of("Borders were drawn after World War II ended.", "World War II"), "1939");
  EXPECT_EQ(value_of("The alliance dates from the Second World War.", "the Second World War"), "1939");
  EXPECT_EQ(value_of("Relations sank to lows not seen since the Cold War.", "the Cold War"), "1947");
  const std::string text = "Relations sank to lows not seen since the Cold War.";
  auto t = at(tag(text, kThu), text, "the Cold War");
  ASSERT_TRUE(t);
  EXPECT_EQ(format_day(*t->earliest), "1947-01-01");
  EXPECT_EQ(format_day(*t->latest), "1991-12-31");
}

TEST(TimexNoDct, AbsoluteResolvedRelativeNot) {
  const std::string text = "The pact of March 22, 2013 was renewed on Jan. 26 and again on Thursday.";
  const auto all = tag(text, std::nullopt);
  auto abs = at(all, text, "March 22, 2013");
  ASSERT_TRUE(abs);
  EXPECT_TRUE(abs->resolved);
  EXPECT_EQ(abs->value, "2013-03-22");
  auto rel = at(all, text, "Jan. 26");
  ASSERT_TRUE(rel);
  EXPECT_FALSE(rel->resolved);
  EXPECT_EQ(rel->value, "XXXX-01-26");
  auto wd = at(all, text, "Thursday");
  ASSERT_TRUE(wd);
  EXPECT_FALSE(wd->resolved);
}

TEST(TimexBounds, DaysTheExpressionAllows) {
  const std::string text = "Talks collapsed last week and will resume in the third quarter.";
  const auto all = tag(text, kThu);
  auto w = at(all, text, "last week");
  ASSERT_TRUE(w && w->earliest && w->latest);
  EXPECT_EQ(format_day(*w->earliest), "2021-03-08");  // ISO week 10 runs Monday to Sunday
  EXPECT_EQ(format_day(*w->latest), "2021-03-14");
  auto q = at(all, text, "the third quarter");
  ASSERT_TRUE(q && q->earliest && q->latest);
  EXPECT_EQ(format_day(*q->earliest), "2021-07-01");
  EXPECT_EQ(format_day(*q->latest), "2021-09-30");
}

TEST(TimexBounds, PeriodsEndingOrStartingAtTheDct) {
  // "over the past two years" (P2Y) covers the two years up to the DCT (2021-03-18)
  const std::string text = "Ties worsened over the past two years and may mend in the next three months.";
  const auto all = tag(text, kThu);
  auto p = at(all, text, "the past two years");
  ASSERT_TRUE(p && p->earliest && p->latest);
  EXPECT_EQ(p->value, "P2Y");
  EXPECT_EQ(format_day(*p->earliest), "2019-03-18");
  EXPECT_EQ(format_day(*p->latest), "2021-03-18");
  auto n = at(all, text, "the next three months");
  ASSERT_TRUE(n && n->earliest && n->latest);
  EXPECT_EQ(format_day(*n->earliest), "2021-03-18");
  EXPECT_EQ(format_day(*n->latest), "2021-06-18");
  // a bare duration has no place on the calendar
  const std::string bare = "The talks lasted three hours.";
  auto d = at(tag(bare, kThu), bare, "three hours");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->earliest.has_value());
}

TEST(TimexRobust, ArbitraryBytesNeverCrash) {
  std::mt19937 rng(7);
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk += static_cast<char>(rng() % 256);
  junk += " March 2013 Jan. 1 2020- 12:";  // ends in the middle of patterns
  const auto all = tag(junk, kThu);
  for (const Timex& t : all) {
    EXPECT_LE(t.end, junk.size());
    EXPECT_LT(t.start, t.end);
  }
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LE(all[i - 1].end, all[i].start);
}

// ---- TimeML plumbing

TEST(TimexTimeml, ReadsTextDctAndGold) {
  const std::string raw =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\">1998-08-07"
      "</TIMEX3></DCT>\n<TEXT>\nBombs <EVENT eid=\"e1\">exploded</EVENT> &amp; shook the city "
      "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>.\n</TEXT>\n</TimeML>\n";
  const auto f = eval::read_timeml(raw, "x.tml");
  EXPECT_EQ(f.plain, "\nBombs exploded & shook the city Friday.\n");
  ASSERT_TRUE(f.dct);
  EXPECT_EQ(format_day(Day{*f.dct}), "1998-08-07");
  ASSERT_EQ(f.timexes.size(), 1u);
  EXPECT_EQ(f.plain.substr(f.timexes[0].start, f.timexes[0].end - f.timexes[0].start), "Friday");
  // the tagged output reads back with the same text and our timex in it
  const Document doc = eval::to_document(f, "x.tml");
  const std::string out = timexes_to_timeml(doc, tag(doc.text, f.dct));
  const auto back = eval::read_timeml(out, "out.tml");
  EXPECT_EQ(back.plain, f.plain);
  ASSERT_EQ(back.timexes.size(), 1u);
  EXPECT_EQ(back.timexes[0].value, "1998-08-07");
  EXPECT_NE(out.find("<DCT><TIMEX3 tid=\"t0\""), std::string::npos) << "everything outside TEXT is kept";
}

TEST(TimexTimeml, MalformedInputNamesFileAndOffset) {
  try {
    eval::read_timeml("<TimeML><TEXT>a &bogus; b</TEXT></TimeML>", "bad.tml");
    FAIL() << "no error for an unknown entity";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "bad.tml");
    ASSERT_TRUE(e.offset());
    EXPECT_EQ(*e.offset(), 16u);
  }
  EXPECT_THROW(eval::read_timeml("<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b</TEXT></TimeML>", "bad.tml"), Error);
  EXPECT_THROW(eval::read_timeml("<TimeML>no text</TimeML>", "bad.tml"), Error);
}

TEST(TimexTimeml, WrapsPlainText) {
  Document doc;
  doc.raw = doc.text = "Talks ended on Thursday & resumed.";
  doc.body = Span{0, doc.raw.size()};
  doc.info.published = kThu;
  const std::string out = timexes_to_timeml(doc, tag(doc.text, kThu));
  const auto back = eval::read_timeml(out, "wrapped.tml");
  EXPECT_EQ(back.plain, doc.text);
  ASSERT_TRUE(back.dct);
  ASSERT_EQ(back.timexes.size(), 1u);
  EXPECT_EQ(back.timexes[0].value, "2021-03-18");
}

TEST(TimexScorer, StrictAndRelaxed) {
  const std::string plain = "It rained on Friday and on the third-quarter report date, Oct. 5.";
  auto span = [&](std::string_view s, std::string type, std::string value) {
    const auto p = static_cast<std::uint32_t>(plain.find(s));
    return eval::Annotation{p, static_cast<std::uint32_t>(p + s.size()), std::move(type), std::move(value)};
  };
  const std::vector<eval::Annotation> gold{span("Friday", "DATE", "1"), span("Oct. 5", "DATE", "2")};
  const std::vector<eval::Annotation> sys{span("on Friday", "DATE", "1"), span("Oct. 5", "DATE", "3"),
                                          span("third-quarter", "DATE", "4")};
  const auto c = eval::score_timexes(plain, gold, sys);
  EXPECT_EQ(c.gold, 2u);
  EXPECT_EQ(c.system, 3u);
  EXPECT_EQ(c.relaxed, 2u);
  EXPECT_EQ(c.strict, 1u);
  EXPECT_EQ(c.value, 1u);
}

TEST(TimexCli, TimemlFormatAndEvalErrors) {
  test::TempDir tmp;
  const std::string in = (tmp / "a.txt").string();
  write_file_atomic(in, "The talks ended on Thursday.\n");
  const auto r = test::run_cli("timex '" + in + "' --published 2021-03-18 --format timeml");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2021-03-18\">Thursday</TIMEX3>"), std::string::npos) << r.out;
  const auto bad = test::run_cli("eval-timex '" + (tmp / "missing").string() + "'");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("not a directory"), std::string::npos) << bad.err;
}

// ---- round 6: modern news phrasing (DCT kThu = Thursday 2021-03-18)

// "value earliest..latest" of the timex spelled `phrase`, "<none>" when there is none.
std::string bounded(std::string_view text, std::string_view phrase, std::optional<date::year_month_day> dct = kThu) {
  const auto all = tag(text, dct);
  auto t = at(all, text, phrase);
  if (!t) return value_of(text, phrase, dct);
  return t->value + " " + (t->earliest ? format_day(*t->earliest) : "-") + ".." + (t->latest ? format_day(*t->latest) : "-");
}

TEST(TimexRound6, WeekendsAroundAWeekday) {
  // Thursday 2021-03-18: the weekend just over is 13-14 March, the coming one 20-21 March
  EXPECT_EQ(bounded("Protesters gathered last weekend.", "last weekend"), "2021-W10-WE 2021-03-13..2021-03-14");
  EXPECT_EQ(bounded("Protesters gathered this past weekend.", "this past weekend"), "2021-W10-WE 2021-03-13..2021-03-14");
  EXPECT_EQ(bounded("Leaders meet this weekend.", "this weekend"), "2021-W11-WE 2021-03-20..2021-03-21");
  EXPECT_EQ(bounded("Leaders will meet next weekend.", "next weekend"), "2021-W11-WE 2021-03-20..2021-03-21");
  // said on a Sunday, "last weekend" is the one before
  const auto sun = date::year_month_day{date::year{2021}, March, date::day{21}};
  EXPECT_EQ(value_of("Protesters gathered last weekend.", "last weekend", sun), "2021-W10-WE");
}

TEST(TimexRound6, CountedFromNowOrFromADay) {
  EXPECT_EQ(bounded("The envoy visited the week before last.", "the week before last"), "2021-W09 2021-03-01..2021-03-07");
  EXPECT_EQ(value_of("Elections will be held two weeks from now.", "two weeks from now"), "2021-W13");
  EXPECT_EQ(value_of("The ceasefire ends ten days from today.", "ten days from today"), "2021-03-28");
  // the Monday ahead (a future clause) and a week after it
  EXPECT_EQ(bounded("The vote is set for a week from Monday.", "a week from Monday"), "2021-03-29 2021-03-29..2021-03-29");
  // anchored on an event: a duration, no date
  EXPECT_EQ(type_of("The ceasefire collapsed two days after it began.", "two days"), "DURATION");
}

TEST(TimexRound6, OrdinalDayOfTheMonth) {
  EXPECT_EQ(bounded("The summit opened on the 12th.", "12th"), "2021-03-12 2021-03-12..2021-03-12");
  EXPECT_EQ(value_of("The summit opened on the 23rd.", "23rd"), "2021-02-23");  // not yet the 23rd: last month's
  EXPECT_EQ(value_of("The summit will open on the 23rd.", "23rd"), "2021-03-23");
  EXPECT_TRUE(no_timex("The office is on the 23rd floor.", "23rd"));
  EXPECT_TRUE(no_timex("They marked the 23rd anniversary.", "23rd"));
}

TEST(TimexRound6, RangesOfMonthsAndYears) {
  EXPECT_EQ(value_of("Fighting raged from March to May.", "March"), "2021-03");
  EXPECT_EQ(value_of("Fighting raged from March to May.", "May"), "2021-05");
  EXPECT_EQ(value_of("The truce held from November to February.", "February"), "2021-02");
  EXPECT_EQ(value_of("Clashes continued between 2015 and 2018.", "2018"), "2018");
  EXPECT_EQ(value_of("Talks were held in 2019 and 2020.", "2019"), "2019");
  // a month named as the end of a term may lie ahead though the verb is past
  const auto oct = date::year_month_day{date::year{1989}, date::October, date::day{30}};
  EXPECT_EQ(value_of("Lenders have extended the loans through January.", "January", oct), "1990-01");
  EXPECT_EQ(value_of("Lenders extended the loans in January.", "January", oct), "1989-01");
}

TEST(TimexRound6, EffectiveDatesAreAhead) {
  const auto oct = date::year_month_day{date::year{1989}, date::October, date::day{26}};
  EXPECT_EQ(value_of("The board named a new chairman, effective Feb. 1.", "Feb. 1", oct), "1990-02-01");
  EXPECT_EQ(value_of("The rule became effective Feb. 1.", "Feb. 1", oct), "1989-02-01");
}

TEST(TimexRound6, YearsInNamesAndCounts) {
  EXPECT_EQ(value_of("Democrats lost ground in the 2022 midterms.", "2022"), "2022");
  EXPECT_EQ(value_of("The mob stormed the Capitol on Jan. 6, 2021, officials said.", "Jan. 6, 2021"), "2021-01-06");
  EXPECT_TRUE(no_timex("He won 2020 votes.", "2020"));
  EXPECT_TRUE(no_timex("Some 1,945 troops arrived.", "1,945"));
  EXPECT_EQ(value_of("The troops arrived at 1945 GMT.", "1945 GMT"), "2021-03-18T19:45");
  EXPECT_TRUE(no_timex("COVID-19 reached the G20 summit.", "19"));
  EXPECT_TRUE(no_timex("COVID-19 reached the G20 summit.", "20"));
  EXPECT_TRUE(no_timex("F-16 jets and a Boeing 737 flew past.", "16"));
  EXPECT_TRUE(no_timex("F-16 jets and a Boeing 737 flew past.", "737"));
  // "9/11" names the attacks, not a day of this year
  EXPECT_TRUE(no_timex("The 9/11 attacks changed diplomacy.", "9/11"));
}

TEST(TimexRound6, PartsOfTermsAndBoundedDurations) {
  EXPECT_EQ(bounded("Troops will leave by the end of the month.", "the end of the month"), "2021-03 2021-03-01..2021-03-31");
  EXPECT_EQ(value_of("Troops will leave by the end of the month.", "the end of the month"), "2021-03 END");
  EXPECT_EQ(value_of("Exports fell in the first half of 2023.", "the first half of 2023"), "2023-H1");
  EXPECT_EQ(bounded("Troops must leave within 30 days.", "30 days"), "P30D 2021-03-18..2021-04-17");
  // counted from an event: no days of its own
  EXPECT_EQ(bounded("Troops must leave within 30 days of the vote.", "30 days"), "P30D -..-");
  EXPECT_EQ(bounded("The strike came in the early hours of Sunday.", "Sunday"), "2021-03-14 2021-03-14..2021-03-14");
  EXPECT_EQ(value_of("Rebels attacked overnight.", "overnight"), "2021-03-17TNI");
}

TEST(TimexRound6, PossessiveWeekdayAheadOf) {
  // DCT Thursday 2021-03-18: a possessive weekday is over, unless it is still awaited
  EXPECT_EQ(value_of("Monday's summit ended without a deal.", "Monday"), "2021-03-15");
  EXPECT_EQ(value_of("Envoys met ahead of Monday's summit.", "Monday"), "2021-03-22");
}

TEST(TimexRound6, PreviousWeekdayFromTheDayNamed) {
  // "the previous Friday" is the one before the Friday the story named, not the DCT's last one
  EXPECT_EQ(value_of("Stocks fell on Friday, March 12. They were down 4% from the previous Friday.", "the previous Friday"),
            "2021-03-05");
}

TEST(TimexRound6, ClockTimeTakesTheDayInItsParenthesis) {
  const auto wed = date::year_month_day{date::year{2000}, date::April, date::day{5}};
  EXPECT_EQ(value_of("The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", "4 in the morning", wed),
            "2000-04-06T04:00");
}

TEST(TimexRound6, RatesIdiomsAndFurtherPeriods) {
  EXPECT_TRUE(no_timex("Guards watch the clinic 24 hours a day.", "a day"));
  EXPECT_EQ(type_of("Guards watch the clinic for a day.", "a day"), "DURATION");
  EXPECT_TRUE(no_timex("For Poland, high noon comes today.", "noon"));
  EXPECT_EQ(value_of("The talks resume at noon.", "noon"), "2021-03-18T12:00");
  EXPECT_EQ(value_of("He may stay for at least two more weeks.", "at least two more weeks"), "P2W EQUAL_OR_MORE");
  EXPECT_EQ(value_of("He may stay for two more weeks.", "two more weeks"), "P2W");
  EXPECT_EQ(value_of("The March accession will enlarge the alliance.", "March"), "2021-03");
  EXPECT_TRUE(no_timex("The March on Washington drew thousands.", "March"));
  // the end of the year, not its last day; "year-end" is the day
  EXPECT_EQ(value_of("Rules should be in place by year's end.", "year's end"), "2021 END");
  EXPECT_EQ(value_of("The deal should close by year end.", "year end"), "2021 END");
  EXPECT_EQ(value_of("The deal should close by year-end.", "year-end"), "2021-12-31");
}

TEST(TimexRound7, EarlyMidLateNarrowTheDays) {
  // DCT Thursday 2021-03-18: a third of the period, not all of it
  EXPECT_EQ(bounded("The summit is planned for mid-March.", "mid-March"), "2021-03 2021-03-11..2021-03-21");
  EXPECT_EQ(bounded("Relations soured late last year.", "late last year"), "2020 2020-09-01..2020-12-31");
  EXPECT_EQ(bounded("The envoy will visit early next month.", "early next month"), "2021-04 2021-04-01..2021-04-10");
  // "earlier this month" is over by the DCT, "later this year" is still ahead of it
  EXPECT_EQ(bounded("The envoy visited earlier this month.", "earlier this month"), "2021-03 2021-03-01..2021-03-18");
  EXPECT_EQ(bounded("The treaty will be signed later this year.", "later this year"), "2021 2021-03-18..2021-12-31");
  // "the end of the year" keeps the whole year ("by the end of the year")
  EXPECT_EQ(bounded("Troops will leave by the end of the year.", "the end of the year"), "2021 2021-01-01..2021-12-31");
}

TEST(TimexRound7, WholeDaysOfHoursFromTheDayNamed) {
  EXPECT_EQ(value_of("The talks collapsed on Monday. Twenty-four hours earlier, the envoys had met.", "Twenty-four hours earlier"),
            "2021-03-14");
  EXPECT_EQ(type_of("The talks collapsed on Monday. Twenty-four hours earlier, the envoys had met.", "Twenty-four hours earlier"),
            "DATE");
  EXPECT_EQ(value_of("The talks collapsed on Monday. Forty-eight hours later, the war resumed.", "Forty-eight hours later"),
            "2021-03-17");
  // the clock time of the DCT is unknown: the past 24 hours reach into the day before
  EXPECT_EQ(bounded("Fighting flared in the past 24 hours.", "the past 24 hours"), "PT24H 2021-03-17..2021-03-18");
  EXPECT_EQ(bounded("Talks will end in the next 48 hours.", "the next 48 hours"), "PT48H 2021-03-18..2021-03-20");
  // a comparison, not a shift: the duration alone
  EXPECT_EQ(value_of("The talks collapsed on Monday. They ended 24 hours earlier than planned.", "24 hours"), "PT24H");
  // not whole days: a time whose clock nothing states
  EXPECT_EQ(type_of("The talks collapsed on Monday. Three hours later, the war resumed.", "Three hours later"), "TIME");
}

TEST(TimexRound7, YearAgoPeriodOfTheQuarterReported) {
  const auto oct = date::year_month_day{date::year{1989}, date::October, date::day{26}};
  // a forecast quarter ahead of the DCT does not replace the quarter reported on
  const std::string_view text =
      "The company posted a third-quarter loss. It expects losses through the third quarter of 1990. "
      "In the year-ago period, it earned $101 million.";
  EXPECT_EQ(value_of(text, "the year-ago period", oct), "1988-Q3");
  // "the 1989 period" in a report on a quarter is that quarter
  EXPECT_EQ(value_of("Net rose in the third quarter. In the 1989 period, rates were lower.", "the 1989 period", oct), "1989-Q3");
  // after a year in focus it stays the year
  EXPECT_EQ(value_of("Net fell last year. In the 1988 period, rates were lower.", "the 1988 period", oct), "1988");
}

TEST(TimexRound7, LoneMonthsAndSpelledDecades) {
  const auto oct = date::year_month_day{date::year{1989}, date::October, date::day{26}};
  EXPECT_EQ(value_of("The company disclosed in May that it was approached.", "May", oct), "1989-05");
  EXPECT_TRUE(no_timex("Officials in the region may that day decide.", "may"));
  EXPECT_EQ(value_of("It acted under a June agreement with shareholders.", "June", oct), "1989-06");
  EXPECT_TRUE(no_timex("Thousands joined a March on the capital.", "March"));
  EXPECT_EQ(value_of("Attacks fell through the nineties.", "the nineties"), "199");
  EXPECT_EQ(value_of("Trade grew in the twenties.", "the twenties"), "202");  // said in 2021
  EXPECT_TRUE(no_timex("He is in his forties.", "forties"));
}

TEST(TimexRound7, NamesThatLookLikeDates) {
  EXPECT_TRUE(no_timex("He set up a venture called Orion 1980, making parts.", "1980"));
  EXPECT_TRUE(no_timex("The kingdom pursues its Vision 2030 reforms.", "2030"));
  EXPECT_EQ(value_of("Trade fell in 1980, officials said.", "1980"), "1980");
  EXPECT_EQ(value_of("Since 1985 the two sides have talked.", "1985"), "1985");
  EXPECT_TRUE(no_timex("Blinken said on ABC's \"This Week\" that talks would go on.", "This Week"));
  EXPECT_EQ(value_of("\"This week the talks resume,\" he said.", "This week"), "2021-W11");
  EXPECT_EQ(value_of("\"It was hard.\" Last April, the envoys met.", "Last April"), "2020-04");
  EXPECT_TRUE(no_timex("He said on CBS's \"60 Minutes\" that the boy should stay.", "60 Minutes"));
  EXPECT_EQ(value_of("TALKS TO RESUME IN 30 DAYS", "30 DAYS"), "P30D");
  EXPECT_EQ(value_of("Talks resume in 30 days.", "30 days"), "P30D");
}

TEST(TimexRound7, ArrangementsWithAnObjectAreAhead) {
  // DCT Thursday 2021-03-18
  EXPECT_EQ(value_of("The prosecutor has scheduled a news conference Monday.", "Monday"), "2021-03-22");
  EXPECT_EQ(value_of("Protesters planned a large rally on Saturday.", "Saturday"), "2021-03-20");
  // the planning itself dated, and a past verb without an arrangement
  EXPECT_EQ(value_of("On Monday, protesters planned a rally.", "Monday"), "2021-03-15");
  EXPECT_EQ(value_of("Protesters held a large rally on Saturday.", "Saturday"), "2021-03-13");
}

TEST(TimexRound7, ClockTimesTakeTheirDay) {
  // DCT Thursday 2021-03-18
  EXPECT_EQ(bounded("The truce took effect at midnight on Sunday.", "midnight"), "2021-03-14T24:00 2021-03-14..2021-03-14");
  EXPECT_EQ(value_of("Talks resume at 3 p.m. on March 22.", "3 p.m."), "2021-03-22T15:00");
  // a clock time restated in parentheses is neither a year nor a second time
  EXPECT_TRUE(no_timex("Talks start at 2 p.m. local time (1100 GMT).", "1100"));
  EXPECT_EQ(bounded("Prices rose in late 2019.", "late 2019"), "2019 2019-09-02..2019-12-31");
}

TEST(TimexRound7, FollowingWeekAfterACoarserPeriod) {
  // "later this year" cannot say which week follows; the day last named can
  EXPECT_EQ(value_of("Talks stalled on Monday. A deal is expected later this year. The following week, envoys returned.",
                     "The following week"),
            "2021-W12");
  // no day named: the week is unknown (not the one after the DCT's)
  EXPECT_EQ(value_of("A deal was reached in 2019. The following week, envoys returned.", "The following week"), "XXXX-WXX");
}

// The TimeML form (as_timeml) of the timex spelled `phrase` in the tagger's own extent:
// "<text>|<type>|<value>", or "<none>".
std::string timeml_of(std::string_view text, std::string_view phrase) {
  const auto all = tag(text, kThu);
  const auto t = at(all, text, phrase);
  if (!t) return "<none>";
  const auto tm = as_timeml(*t);
  if (!tm) return "<untagged>";
  const Timex& m = *tm;
  return std::string(text.substr(m.start, m.end - m.start)) + "|" + std::string(to_string(m.type)) + "|" + m.value;
}

TEST(TimexRound8, ShiftsByDaysAreDurationsInTimeML) {
  // DCT Thursday 2021-03-18. TimeML tags the count and unit as a DURATION ("later" is a
  // signal); the anchored date stays for the event stage.
  const std::string_view text = "Talks began on Monday. Three days later, they ended.";
  EXPECT_EQ(timeml_of(text, "Three days later"), "Three days|DURATION|P3D");
  EXPECT_EQ(value_of(text, "Three days later"), "2021-03-18");
  EXPECT_EQ(type_of(text, "Three days later"), "DATE");
  EXPECT_EQ(timeml_of("Talks began on Monday. A few days later, they ended.", "A few days later"), "A few days|DURATION|PXD");
  EXPECT_EQ(timeml_of("Talks began on Monday. An hour later, they ended.", "An hour later"), "An hour|DURATION|PT1H");
  EXPECT_EQ(timeml_of("The talks collapsed on Monday. Twenty-four hours earlier, the envoys had met.", "Twenty-four hours earlier"),
            "Twenty-four hours|DURATION|PT24H");
  // years keep the date, as the corpora annotate "a year earlier" in reports; "ago" is a date
  EXPECT_EQ(timeml_of("Net rose 5% from a year earlier.", "a year earlier"), "a year earlier|DATE|2020");
  EXPECT_EQ(timeml_of("Talks began three days ago.", "three days ago"), "three days ago|DATE|2021-03-15");
  // the TimeML output carries the same form
  Document doc;
  doc.raw = doc.text = std::string(text);
  doc.body = {0, static_cast<std::uint32_t>(doc.raw.size())};
  const std::string xml = timexes_to_timeml(doc, tag(text, kThu));
  EXPECT_NE(xml.find(R"(type="DURATION" value="P3D">Three days</TIMEX3> later)"), std::string::npos) << xml;
}

TEST(TimexRound8, NamedWarsAreEventsInTimeML) {
  // the events stage keeps the years a war spans; TimeML has no TIMEX3 for an event's name
  const std::string_view text = "The alliance dates from World War II. Ties froze in the Cold War.";
  EXPECT_EQ(bounded(text, "World War II"), "1939 1939-01-01..1945-12-31");
  EXPECT_EQ(timeml_of(text, "World War II"), "<untagged>");
  EXPECT_EQ(timeml_of(text, "the Cold War"), "<untagged>");
  EXPECT_EQ(timeml_of("Ties thawed after the end of the Cold War.", "the end of the Cold War"), "<untagged>");
  // a date beside it is still tagged
  EXPECT_EQ(timeml_of("Ties thawed in 1991.", "1991"), "1991|DATE|1991");
}

TEST(TimexRound9, LongUnitsAreDurations) {
  EXPECT_EQ(timeml_of("Residents endured a year-long siege.", "year-long"), "year-long|DURATION|P1Y");
  EXPECT_EQ(timeml_of("They emerged from their third day-long meeting.", "day-long"), "day-long|DURATION|P1D");
  EXPECT_EQ(timeml_of("It ended a decades-long feud.", "decades-long"), "decades-long|DURATION|PXDE");
  EXPECT_EQ(timeml_of("They held a three-day-long festival.", "three-day-long"), "three-day-long|DURATION|P3D");
  EXPECT_TRUE(no_timex("The long war went on.", "long"));
}

TEST(TimexRound9, ZonesAndLocalTime) {
  EXPECT_EQ(timeml_of("The talks will begin at 10:30 a.m. ET.", "10:30 a.m. ET"), "10:30 a.m. ET|TIME|2021-03-18T10:30");
  EXPECT_EQ(timeml_of("Polls close at 9 p.m. BST.", "9 p.m. BST"), "9 p.m. BST|TIME|2021-03-18T21:00");
  EXPECT_EQ(timeml_of("The truce began at 3pm local time.", "3pm local time"), "3pm local time|TIME|2021-03-18T15:00");
  // a zone is a capitalised word right after a clock time, nothing else
  EXPECT_EQ(timeml_of("He left at 3 p.m. et al. followed.", "3 p.m."), "3 p.m.|TIME|2021-03-18T15:00");
}

TEST(TimexRound9, PastDecadeIsADuration) {
  EXPECT_EQ(timeml_of("Violence has surged over the past decade.", "the past decade"), "the past decade|DURATION|P10Y");
  EXPECT_EQ(bounded("Violence has surged over the past decade.", "the past decade"), "P10Y 2011-03-18..2021-03-18");
  // "the last decade" stays the decade, as TimeBank has it
  EXPECT_EQ(value_of("Trade grew over the last decade.", "the last decade"), "201");
}

TEST(TimexRound9, PastVerbBeforeInMonth) {
  // DCT 2021-03-18: "met in April" is last April; a plan still looks ahead
  EXPECT_EQ(value_of("The ministers met in April.", "April"), "2020-04");
  EXPECT_EQ(value_of("The ministers will meet in April.", "April"), "2021-04");
  EXPECT_EQ(value_of("The company said it expects to report in April.", "April"), "2021-04");
}

TEST(TimexRound9, PastVerbBeforeAPlaceAndADay) {
  // DCT 2021-03-18: "resumed in Vienna on April 6" happened; a future verb still looks ahead
  EXPECT_EQ(value_of("Talks resumed in Vienna on April 6 after a pause.", "April 6"), "2020-04-06");
  EXPECT_EQ(value_of("The ministers met in New York on April 2.", "April 2"), "2020-04-02");
  EXPECT_EQ(value_of("The ministers will meet in Geneva on April 2.", "April 2"), "2021-04-02");
}

TEST(TimexRound9, PresentScheduleVerbsLookAhead) {
  // DCT Thursday 2021-03-18: a present-tense schedule is ahead; "says" still reports
  EXPECT_EQ(value_of("The talks begin on Friday.", "Friday"), "2021-03-19");
  EXPECT_EQ(value_of("Biden visits Paris on Monday.", "Monday"), "2021-03-22");
  EXPECT_EQ(value_of("The three-day summit ends on Friday.", "Friday"), "2021-03-19");
  EXPECT_EQ(value_of("The ministry says on Monday that talks failed.", "Monday"), "2021-03-15");
}

TEST(TimexRound9, ExpectedInLooksAhead) {
  // DCT 2021-03-18: "expected in the autumn" is the coming one; "than expected" compares
  EXPECT_EQ(value_of("Elections are expected in the autumn.", "the autumn"), "2021-FA");
  EXPECT_EQ(value_of("The vote is scheduled on Monday.", "Monday"), "2021-03-22");
  EXPECT_EQ(value_of("Sales rose more than expected in February.", "February"), "2021-02");
  // "agreed in April" is no arrangement for April
  EXPECT_EQ(value_of("Libya agreed in April to hand them over.", "April"), "2020-04");
}

TEST(TimexRound9, PrefixedYears) {
  EXPECT_EQ(timeml_of("They want a state on the pre-1967 lines.", "pre-1967"), "pre-1967|DATE|1967");
  EXPECT_EQ(bounded("They want a state on the pre-1967 lines.", "pre-1967"), "1967 -..1966-12-31");
  EXPECT_EQ(value_of("The post-1959 politics split families.", "post-1959"), "1959 AFTER");
  EXPECT_EQ(bounded("The post-1990s order collapsed.", "post-1990s"), "199 2000-01-01..-");
  EXPECT_TRUE(no_timex("The post-war order held.", "post-war"));
}

TEST(TimexRound9, NearAndShortTermAndWithinUnits) {
  EXPECT_EQ(timeml_of("We face challenges in the near term.", "the near term"), "the near term|DATE|FUTURE_REF");
  EXPECT_EQ(timeml_of("Prices may fall in the short term.", "the short term"), "the short term|DATE|FUTURE_REF");
  EXPECT_EQ(timeml_of("A deal could come within weeks.", "weeks"), "weeks|DURATION|PXW");
  EXPECT_EQ(timeml_of("He died within weeks or months of his capture.", "weeks or months"), "weeks or months|DURATION|PXW");
  EXPECT_EQ(timeml_of("Troops left within hours of the attack.", "hours"), "hours|DURATION|PTXH");
  // a bare plural without "within" stays untagged
  EXPECT_TRUE(no_timex("The car was seen in the days before the attack.", "days"));
}

// ---- regression floor on the TempEval-3 training data

TEST(TimexRegression, TimeBankValueF1) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = test::shared_dir() / "corpus" / "tempeval3-train" / "TimeBank";
  const auto res = eval::evaluate_timex_dir(dir.string(), std::nullopt, false);
  const auto m = eval::metrics(res.counts);
  // reached figures minus one point (docs/timex.md)
  EXPECT_GE(m.value_f1, kTimeBankValueFloor) << eval::format_metrics(res.counts);
  EXPECT_GE(m.strict_f1, kTimeBankStrictFloor) << eval::format_metrics(res.counts);
}

TEST(TimexRegression, AquaintValueF1) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = test::shared_dir() / "corpus" / "tempeval3-train" / "AQUAINT";
  const auto res = eval::evaluate_timex_dir(dir.string(), std::nullopt, false);
  const auto m = eval::metrics(res.counts);
  EXPECT_GE(m.value_f1, kAquaintValueFloor) << eval::format_metrics(res.counts);
  EXPECT_GE(m.strict_f1, kAquaintStrictFloor) << eval::format_metrics(res.counts);
}

}  // namespace
}  // namespace dateline
