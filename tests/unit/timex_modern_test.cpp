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

// Round 10: a second batch in styles the first lacks: day-month order of British and AFP copy
// ("Tuesday 16 March"), "end-March", "a fortnight", the weekend as British copy says it, days
// reckoned from the day last named, clock times with zones, weekdays with a future cue inside a
// past report ("announced drills starting on Thursday": the coming one), and more names that
// hold a number. Choices the guidelines leave open follow the corpora: a clock time restated in
// parentheses ("(0230 GMT)") is untagged as in AQUAINT's one case; a bare plural before
// "later"/"earlier" ("Hours later") stays untagged as "hours after" does.
constexpr date::year_month_day kMon = 2021_y / date::March / 15;  // a Monday

const Case kCases2[] = {
    // day-month order (BBC, AFP, Reuters UK)
    {"Ministers met on 3 March in Brussels.", "3 March|DATE|2021-03-03"},
    {"The deal was signed on 3 March 2023.", "3 March 2023|DATE|2023-03-03"},
    {"Protests began on Tuesday 16 March.", "Tuesday 16 March|DATE|2021-03-16"},
    {"Parliament will vote on Tuesday 23 March.", "Tuesday 23 March|DATE|2021-03-23"},
    {"The ministers met on Friday 12 March in Brussels.", "Friday 12 March|DATE|2021-03-12"},
    {"The summit opened on Sunday, 14 March.", "Sunday, 14 March|DATE|2021-03-14"},
    {"Leaders gathered on Monday 15 March for the summit.", "Monday 15 March|DATE|2021-03-15"},
    {"The prime minister resigned on Thursday 7 July.", "Thursday 7 July|DATE|2022-07-07", 2022_y / date::July / 8},
    {"The election will be held on 9 May.", "9 May|DATE|2021-05-09"},
    {"The new rules take effect on 1 January 2024.", "1 January 2024|DATE|2024-01-01"},
    {"Parliament is in recess until 1 October.", "1 October|DATE|2021-10-01"},
    {"On 24 February, Russian troops crossed the border.", "24 February|DATE|2022-02-24", 2022_y / date::March / 1},
    {"The summit runs from 25 to 26 March.", "25|DATE|2021-03-25; 26 March|DATE|2021-03-26"},
    {"The talks were held on 15-16 March.", "15|DATE|2021-03-15; 16 March|DATE|2021-03-16"},
    {"The talks collapsed on 3 March, officials said.", "3 March|DATE|2021-03-03"},
    {"The minister will visit Paris on 25 March.", "25 March|DATE|2021-03-25"},
    {"The treaty was signed in Paris on 12 December 2015.", "12 December 2015|DATE|2015-12-12"},
    // weekends, parts of months and years
    {"Thousands marched in the capital this past weekend.", "this past weekend|DATE|2021-W10-WE"},
    {"Thousands protested in London at the weekend.", "the weekend|DATE|2021-W10-WE"},
    {"Leaders will meet over the weekend.", "the weekend|DATE|2021-W11-WE"},
    {"Inflation rose late last year.", "late last year|DATE|2020|END"},
    {"The two leaders spoke earlier this year.", "earlier this year|DATE|2021|START"},
    {"The ministers will meet later this month.", "later this month|DATE|2021-03|END"},
    {"The vote is expected in mid-April.", "mid-April|DATE|2021-04|MID"},
    {"Rates will be reviewed in mid-March.", "mid-March|DATE|2021-03|MID"},
    {"Prices rose at the start of the month.", "the start of the month|DATE|2021-03|START"},
    {"The contract expires end-March.", "end-March|DATE|2021-03|END"},
    {"The offer expires at end-2023.", "end-2023|DATE|2023|END"},
    {"The envoy will travel to Beijing early next month.", "early next month|DATE|2021-04|START"},
    {"The vote was held in late 2020.", "late 2020|DATE|2020|END"},
    {"The firm expects profit to peak by mid-2024.", "mid-2024|DATE|2024|MID"},
    {"Xi will visit Moscow in the spring.", "the spring|DATE|2021-SP"},
    {"The mission has been extended until the end of June.", "the end of June|DATE|2021-06|END"},
    {"The bank raised rates in December.", "December|DATE|2020-12"},
    // quarters and halves in business shorthand
    {"Growth slowed in Q3 2023.", "Q3 2023|DATE|2023-Q3"},
    {"Growth slowed in Q3.", "Q3|DATE|2020-Q3"},
    {"Revenue rose 5 percent in H1 2022.", "H1 2022|DATE|2022-H1"},
    {"Revenue is expected to rise in H2.", "H2|DATE|2021-H2"},
    {"Exports rose in the fourth quarter of 2022.", "the fourth quarter of 2022|DATE|2022-Q4"},
    {"Growth will slow in the third quarter.", "the third quarter|DATE|2021-Q3"},
    // days reckoned from the day last named
    {"Clashes erupted on Monday. The previous day, police had fired tear gas.",
     "Monday|DATE|2021-03-15; The previous day|DATE|2021-03-14"},
    {"The envoy arrived on Monday. The following week, talks began.", "Monday|DATE|2021-03-15; The following week|DATE|2021-W12"},
    {"Rebels seized the town on Sunday. The day before, they had shelled it.",
     "Sunday|DATE|2021-03-14; The day before|DATE|2021-03-13"},
    {"The minister resigned on Monday. Protesters returned the same day.", "Monday|DATE|2021-03-15; the same day|DATE|2021-03-15"},
    {"Both attacks happened on the same day in 2019.", "2019|DATE|2019"},
    {"The minister resigned on Monday. He left the country the next day.", "Monday|DATE|2021-03-15; the next day|DATE|2021-03-16"},
    {"Hours later, the army withdrew.", ""},
    {"Days earlier, the minister had resigned.", ""},
    {"The ceasefire collapsed less than 24 hours later.", "less than 24 hours|DURATION|PT24H|LESS_THAN"},
    // eves, run-ups, "ahead of"
    {"Troops were deployed across the city on the eve of Sunday's vote.", "Sunday|DATE|2021-03-14"},
    {"Tensions rose in the run-up to the election.", ""},
    {"Tensions rose in the run-up to the March 28 election.", "March 28|DATE|2021-03-28"},
    {"Ahead of next week's talks, the envoy visited Kyiv.", "next week|DATE|2021-W12"},
    {"Last month's summit ended without a deal.", "Last month|DATE|2021-02"},
    // years as modifiers and deadlines
    {"Candidates are preparing for the 2024 election.", "2024|DATE|2024"},
    {"Elections are due in 2024.", "2024|DATE|2024"},
    {"The bloc aims to cut emissions by 2030.", "2030|DATE|2030"},
    {"Countries are far from meeting the 2030 deadline.", "2030|DATE|2030"},
    {"Palestinians want a state within the 1967 borders.", "1967|DATE|1967"},
    {"Israel has bombarded Gaza since Oct. 7.", "Oct. 7|DATE|2023-10-07", 2023_y / date::December / 1},
    {"More than four million people have fled since Feb. 24.", "Feb. 24|DATE|2022-02-24", 2022_y / date::April / 1},
    {"He served two terms, from 2009 to 2017.", "2009|DATE|2009; 2017|DATE|2017"},
    // durations and points counted in units
    {"A decision is due two weeks from now.", "two weeks from now|DATE|2021-W13"},
    {"The results will be known in two weeks' time.", "two weeks|DURATION|P2W"},
    {"The talks lasted a fortnight.", "a fortnight|DURATION|P2W"},
    {"The envoy visited Kyiv a fortnight ago.", "a fortnight ago|DATE|2021-W09"},
    {"The envoy visited Kyiv two weeks ago.", "two weeks ago|DATE|2021-W09"},
    {"Kyiv was given 48 hours to respond.", "48 hours|DURATION|PT48H"},
    {"Over the last 24 hours, 30 people died.", "the last 24 hours|DURATION|PT24H"},
    {"The deal was reached after 18 months of negotiations.", "18 months|DURATION|P18M"},
    {"A two-week lockdown began on Monday.", "two-week|DURATION|P2W; Monday|DATE|2021-03-15"},
    {"Officials expect a deal within days.", "days|DURATION|PXD"},
    {"It was the worst violence in years.", "years|DURATION|PXY"},
    {"Officials hope the pipeline could one day carry hydrogen.", "one day|DATE|FUTURE_REF"},
    {"The strike lasted one day.", "one day|DURATION|P1D"},
    {"Oil prices hit their highest level in months, traders said.", "months|DURATION|PXM"},
    {"Troops were deployed in the weeks before the vote.", ""},
    {"The negotiations could take months.", ""},
    {"Results are expected in the coming days.", "the coming days|DATE|FUTURE_REF"},
    // clock times and parts of days
    {"Voting started around 0900 GMT.", "0900 GMT|TIME|2021-03-18T09:00|APPROX"},
    {"The blast occurred at 5:30 a.m. local time (0230 GMT).", "5:30 a.m. local time|TIME|2021-03-18T05:30"},
    {"Turnout was 60 percent at 1600 local time.", "1600 local time|TIME|2021-03-18T16:00"},
    {"The ceasefire will take effect at 0600 GMT on Saturday.", "0600 GMT|TIME|2021-03-20T06:00; Saturday|DATE|2021-03-20"},
    {"The curfew runs from 10 p.m. to 5 a.m.", "10 p.m.|TIME|2021-03-18T22:00; 5 a.m.|TIME|2021-03-18T05:00"},
    {"The president will address the nation on Monday evening.", "Monday evening|TIME|2021-03-22TEV"},
    {"Biden spoke with Xi by phone on Thursday night.", "Thursday night|TIME|2021-03-18TNI"},
    {"Rockets hit the city overnight Tuesday.", "overnight Tuesday|TIME|2021-03-16TNI"},
    {"By late Wednesday, the fires had been contained.", "late Wednesday|DATE|2021-03-17|END"},
    {"The minister spoke to reporters this morning.", "this morning|TIME|2021-03-18TMO"},
    {"Voting ends at 8 p.m. (1900 GMT) on Sunday.", "8 p.m.|TIME|2021-03-21T20:00; Sunday|DATE|2021-03-21"},
    {"The ceasefire came into force at 00:01 local time on Saturday.",
     "00:01 local time|TIME|2021-03-13T00:01; Saturday|DATE|2021-03-13"},
    {"The truce expired at midnight on Sunday.", "midnight|TIME|2021-03-14T24:00; Sunday|DATE|2021-03-14"},
    {"The minister spoke on Sunday evening.", "Sunday evening|TIME|2021-03-14TEV"},
    {"Turnout stood at 45% at 1200 GMT.", "1200 GMT|TIME|2021-03-18T12:00"},
    // more weekdays, months and years of wire copy
    {"The talks, held on Tuesday and Wednesday, ended without a deal.", "Tuesday|DATE|2021-03-16; Wednesday|DATE|2021-03-17"},
    {"Tehran has until Sunday to respond.", "Sunday|DATE|2021-03-21"},
    {"The summit, which ends on Friday, will focus on trade.", "Friday|DATE|2021-03-19"},
    {"The leaders are due to meet in Geneva on June 16.", "June 16|DATE|2021-06-16"},
    {"Biden is set to travel to Europe in June.", "June|DATE|2021-06"},
    {"The meeting is set for Friday.", "Friday|DATE|2021-03-19"},
    {"The trial opens on 5 April.", "5 April|DATE|2021-04-05"},
    {"The 27-nation bloc agreed the sanctions in December.", "December|DATE|2020-12"},
    {"Moscow expelled two diplomats on Thursday, a day after Washington imposed sanctions.",
     "Thursday|DATE|2021-03-18; a day|DURATION|P1D"},
    {"The sanctions were announced a week ago.", "a week ago|DATE|2021-W10"},
    {"Results are due by the end of next week.", "the end of next week|DATE|2021-W12|END"},
    {"Rebels have held the city since mid-2019.", "mid-2019|DATE|2019|MID"},
    {"Syria's war began a decade ago this week.", "a decade ago|DATE|2011; this week|DATE|2021-W11"},
    {"Biden will host a virtual summit on April 22-23.", "April 22|DATE|2021-04-22; 23|DATE|2021-04-23"},
    {"The plan was first proposed in 2019 and revised last autumn.", "2019|DATE|2019; last autumn|DATE|2020-FA"},
    {"The army said 12 soldiers had been killed since Friday.", "Friday|DATE|2021-03-12"},
    {"The embassy will remain closed until further notice.", ""},
    {"The envoy met the president on Tuesday last week.", "Tuesday last week|DATE|2021-03-09"},
    {"The UN envoy is expected to brief the council on Wednesday next week.", "Wednesday next week|DATE|2021-03-24"},
    {"The deal expires on Dec. 31.", "Dec. 31|DATE|2021-12-31"},
    {"The country will hold elections in the first half of next year.", "the first half of next year|DATE|2022-H1"},
    {"Exports fell in the fourth quarter of last year.", "the fourth quarter of last year|DATE|2020-Q4"},
    {"Prices have risen 12% so far this year.", "this year|DATE|2021"},
    {"Next year's election will be closely watched.", "Next year|DATE|2022"},
    {"In the past few days, dozens have been arrested.", "the past few days|DURATION|PXD"},
    {"The country has been at war for more than a decade.", "more than a decade|DURATION|P10Y|MORE_THAN"},
    {"He has been detained for nearly a year.", "nearly a year|DURATION|P1Y|LESS_THAN"},
    {"The talks ended late Friday.", "late Friday|DATE|2021-03-12|END"},
    {"The results were announced at noon Friday.", "noon Friday|TIME|2021-03-12T12:00"},
    {"The measure takes effect at midnight Sunday.", "midnight Sunday|TIME|2021-03-21T24:00"},
    {"The two sides met in Doha in February last year.", "February last year|DATE|2020-02"},
    {"The crisis began in the spring of 2011.", "the spring of 2011|DATE|2011-SP"},
    {"On Tuesday, March 16, protesters gathered in the square.", "Tuesday, March 16|DATE|2021-03-16"},
    {"The embassy was attacked on Saturday, the ministry said on Sunday.", "Saturday|DATE|2021-03-13; Sunday|DATE|2021-03-14"},
    // a weekday with a future cue inside a past report, and one told as done
    {"The army announced drills starting on Thursday.", "Thursday|DATE|2021-03-18", kMon},
    {"The ministry announced exercises beginning on Wednesday.", "Wednesday|DATE|2021-03-17", kMon},
    {"The navy said the drills would last until Friday.", "Friday|DATE|2021-03-19", kMon},
    {"The ministry said talks would resume on Monday.", "Monday|DATE|2021-03-22"},
    {"Officials said the talks would begin on Saturday.", "Saturday|DATE|2021-03-20"},
    {"The ministry said it had begun the drills on Tuesday.", "Tuesday|DATE|2021-03-16"},
    {"Xinhua said on Wednesday that 12 people had died.", "Wednesday|DATE|2021-03-17"},
    {"Prices are starting to fall, traders said on Tuesday.", "Tuesday|DATE|2021-03-16"},
    // not temporal expressions: names that hold a number or a year
    {"Israeli jets struck Gaza on the eve of the summit.", ""},
    // "the foreseeable future": untagged in both TimeBank cases (and none in AQUAINT)
    {"Ukraine will remain neutral for the foreseeable future.", ""},
    {"Talks could resume in the near future.", "the near future|DATE|FUTURE_REF"},
    // another country's national day: its date is not the US holiday's
    {"Ukraine's Independence Day parade was cancelled.", ""},
    {"Kyiv held a parade on Ukrainian Independence Day.", ""},
    {"On Independence Day, Biden spoke at the White House.", "Independence Day|DATE|2020-07-04"},
    {"America's Independence Day is a federal holiday.", "Independence Day|DATE|2021-07-04"},
    {"Riyadh unveiled its Vision 2030 plan.", ""},
    {"Brexit talks stalled again.", ""},
    {"The 9/11 attacks changed US policy.", ""},
    {"G7 leaders met in Cornwall.", ""},
    {"Poland ordered F-35 jets.", ""},
    {"Iran breached Resolution 2231.", ""},
    {"The minister, 64, was re-elected in 2019.", "2019|DATE|2019"},
    {"Protesters marched to end 2020 on a defiant note.", "2020|DATE|2020"},
};

TEST(TimexModern, WireCopyPhrasingsSecondBatch) {
  int failed = 0;
  for (const Case& c : kCases2) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 10")
  std::printf("[ modern ] second batch: %d of %zu sentences differ\n", failed, std::size(kCases2));
}

// Round 11: a third batch in phrasings and outlets the first two lack: present-tense election
// schedules ("Voters go to the polls on Sunday"), dawn and dusk, month-range quarters ("the
// October-December quarter"), dotted and slashed numeric dates, ISO date-times, Indian and Asian
// English ("on 24th March", "by month-end", "FY24", "the 2023-24 fiscal year"), date ranges,
// "earlier in the day", "within hours", "as of", "year-end", decades as modifiers, anniversaries,
// and clock times with Asian zones. Choices the guidelines leave open are said in docs/timex.md
// ("Round 11").
constexpr date::year_month_day kDec = 2021_y / date::December / 10;  // a Friday
constexpr date::year_month_day kApr22 = 2022_y / date::April / 1;     // a Friday, after 24 Feb 2022

const Case kCases3[] = {
    // present-tense schedules in a future frame
    {"Voters go to the polls on Sunday in a closely watched election.", "Sunday|DATE|2021-03-21"},
    {"Iraqis vote on Sunday in a parliamentary election.", "Sunday|DATE|2021-03-21"},
    {"Voters head to the polls on Sunday.", "Sunday|DATE|2021-03-21"},
    {"Voters went to the polls on Sunday.", "Sunday|DATE|2021-03-14"},
    {"The vote on Sunday was peaceful, observers said.", "Sunday|DATE|2021-03-14"},
    {"Firms struggled to meet demand on Monday.", "Monday|DATE|2021-03-15"},
    {"Polls open at 7 a.m. on Sunday.", "7 a.m.|TIME|2021-03-21T07:00; Sunday|DATE|2021-03-21"},
    {"Polls close at 8 p.m. local time (1800 GMT) on Sunday.", "8 p.m. local time|TIME|2021-03-21T20:00; Sunday|DATE|2021-03-21"},
    {"Results are expected on Monday.", "Monday|DATE|2021-03-22"},
    {"Egyptians vote in a referendum next month.", "next month|DATE|2021-04"},
    // dawn, dusk, daybreak: parts of a day after a preposition
    {"Israeli troops raided the camp at dawn.", "dawn|TIME|2021-03-18TMO"},
    {"Troops stormed the building before daybreak.", "daybreak|TIME|2021-03-18TMO"},
    {"A curfew is in force from dusk to dawn.", "dusk|TIME|2021-03-18TEV; dawn|TIME|2021-03-18TMO"},
    {"Police raided the camp at dawn on Friday.", "dawn|TIME|2021-03-12TMO; Friday|DATE|2021-03-12"},
    {"Officials said as dawn broke that 40 were dead.", ""},
    {"The siege ended at sunset.", "sunset|TIME|2021-03-18TEV"},
    {"It was the dawn of a new era.", ""},
    {"Agents seized the boy in a pre-dawn raid.", ""},
    // quarters named by their months
    {"Growth slowed in the October-December quarter.", "the October-December quarter|DATE|2020-Q4"},
    {"Exports rose in the April-June period, data showed.", "the April-June period|DATE|2020-Q2"},
    {"The economy is forecast to grow in the July-September quarter.", "the July-September quarter|DATE|2021-Q3"},
    {"Exports grew in the January-March quarter.", "the January-March quarter|DATE|2020-Q1"},
    {"Exports fell in the January-June period.", "the January-June period|DATE|2020-H1"},
    // numeric dates and date-times
    {"The decree dated 14.03.2021 was published.", "14.03.2021|DATE|2021-03-14"},
    {"The filing dated 03/14/2021 was released.", "03/14/2021|DATE|2021-03-14"},
    {"The order was issued on 14/03/2021.", "14/03/2021|DATE|2021-03-14"},
    {"The statement was timestamped 2023-03-14T09:00Z.", "2023-03-14T09:00Z|TIME|2023-03-14T09:00"},
    {"The notice is dated 2021-03-14.", "2021-03-14|DATE|2021-03-14"},
    {"The law of 04.05.2021 took effect.", "04.05.2021|DATE|2021-05-04"},
    {"Inflation eased to 14.5 percent.", ""},
    {"Version 1.2.3 of the app was released.", ""},
    // Indian and Asian English
    {"The minister will visit Dhaka on 24th March.", "24th March|DATE|2021-03-24"},
    {"The results were declared on March 14.", "March 14|DATE|2021-03-14"},
    {"The panel submitted its report on 4th March.", "4th March|DATE|2021-03-04"},
    {"Firms must file their returns by month-end.", "month-end|DATE|2021-03-31"},
    {"Bond yields have risen since month-end.", "month-end|DATE|2021-02-28"},
    {"The bank expects loan growth to pick up by year-end.", "year-end|DATE|2021-12-31"},
    {"The deficit widened this fiscal.", "this fiscal|DATE|2021"},
    {"The budget for FY24 was approved.", "FY24|DATE|2024"},
    {"GDP grew 7% in the 2023-24 fiscal year.", "the 2023-24 fiscal year|DATE|2024"},
    {"The firm reported a loss for fiscal 2020.", "fiscal 2020|DATE|2020"},
    // ranges of days and weekdays
    {"The forum will be held on April 3-5.", "April 3|DATE|2021-04-03; 5|DATE|2021-04-05"},
    {"The talks will run from 3 to 5 April.", "3|DATE|2021-04-03; 5 April|DATE|2021-04-05"},
    {"Inspectors will visit between Monday and Wednesday.", "Monday|DATE|2021-03-22; Wednesday|DATE|2021-03-24"},
    {"The talks will be held from April 3 to April 5.", "April 3|DATE|2021-04-03; April 5|DATE|2021-04-05"},
    // the day in focus and spans up to now
    {"Shelling intensified over the past week.", "the past week|DATE|2021-W10"},
    {"Earlier in the day, the minister met the envoy.", ""},
    {"Later in the day, protesters dispersed.", ""},
    {"Rebels could take the city within hours.", "hours|DURATION|PTXH"},
    {"As of Tuesday, 300 people had been detained.", "Tuesday|DATE|2021-03-16"},
    {"The curfew runs through Friday.", "Friday|DATE|2021-03-19"},
    {"Bids must be submitted no later than June 30.", "June 30|DATE|2021-06-30"},
    {"The border will stay shut until further notice.", ""},
    // decades, centuries, the year
    {"The war ended a decade ago.", "a decade ago|DATE|2011"},
    {"Output doubled in the 2010s.", "the 2010s|DATE|201"},
    {"Survivors of the 1990s war returned home.", "1990s|DATE|199"},
    {"The 1980s boom ended in a crash.", "1980s|DATE|198"},
    {"Relations were warm in the 1990s and cooled later.", "the 1990s|DATE|199"},
    {"The 1990s saw two wars in the Balkans.", "The 1990s|DATE|199"},
    {"The city has grown since the turn of the century.", "the turn of the century|DATE|2000|APPROX"},
    {"Talks will resume in the new year.", "the new year|DATE|2022", kDec},
    {"Fireworks welcomed the new year.", "the new year|DATE|2021", 2021_y / date::January / 2},
    {"Planners feared computer failures at the turn of the century.", "the turn of the century|DATE|2000|APPROX",
     1998_y / date::May / 4},
    {"Imports rose last fiscal.", "last fiscal|DATE|2020"},
    {"The plan covers FY2025.", "FY2025|DATE|2025"},
    {"The FY24A model was shown.", ""},
    {"Exports rose 12% year-on-year in February.", "February|DATE|2021-02"},
    {"Prices rose 3% month-on-month.", ""},
    {"The decade-long war has displaced millions.", "decade-long|DURATION|P10Y"},
    {"The outbreak was first reported in late 2019.", "late 2019|DATE|2019|END"},
    // anniversaries and years as modifiers
    {"The country marks the 75th anniversary of the victory.", ""},
    {"Kyiv marked the first anniversary of the invasion on Friday.", "Friday|DATE|2021-03-12"},
    {"Troops massed on the border before the Feb. 24 invasion.", "Feb. 24|DATE|2022-02-24", kApr22},
    {"Sanctions have been tightened since the 2014 annexation of Crimea.", "2014|DATE|2014"},
    {"Kabul fell to the Taliban in August 2021.", "August 2021|DATE|2021-08", kApr22},
    // durations as adjectives and counts
    {"Unions called a 24-hour strike.", "24-hour|DURATION|PT24H"},
    {"Inflation hit a 40-year high.", "40-year|DURATION|P40Y"},
    {"Talks resumed after a two-year hiatus.", "two-year|DURATION|P2Y"},
    {"The tribunal will rule within 30 days.", "30 days|DURATION|P30D"},
    {"The embassy reopened for the first time in nine years.", "nine years|DURATION|P9Y"},
    {"A 40-day mourning period was declared.", "40-day|DURATION|P40D"},
    {"The bank will review rates in the next few weeks.", "the next few weeks|DURATION|PXW"},
    {"Three years after the coup, the junta remains in power.", "Three years|DURATION|P3Y"},
    // clock times and zones
    {"The quake struck at around 11:08 p.m. on Saturday.", "11:08 p.m.|TIME|2021-03-13T23:08|APPROX; Saturday|DATE|2021-03-13"},
    {"The quake struck on Tuesday morning Beijing time.", "Tuesday morning|TIME|2021-03-16TMO"},
    {"The launch is set for 0630 IST.", "0630 IST|TIME|2021-03-18T06:30"},
    {"Markets opened at 9 a.m. JST.", "9 a.m. JST|TIME|2021-03-18T09:00"},
    {"The announcement came at 0500 GMT Friday.", "0500 GMT Friday|TIME|2021-03-12T05:00"},
    {"The quake hit at 2:46 p.m. local time (0546 GMT).", "2:46 p.m. local time|TIME|2021-03-18T14:46"},
    {"The match kicks off at 7.30pm.", "7.30pm|TIME|2021-03-18T19:30"},
    {"Turnout was 7.30 percent by noon.", "noon|TIME|2021-03-18T12:00"},
    {"The vote will take place at 10pm on Thursday.", "10pm|TIME|2021-03-18T22:00; Thursday|DATE|2021-03-18"},
    {"The truce expires at 6 p.m. (1500 GMT) on Friday.", "6 p.m.|TIME|2021-03-19T18:00; Friday|DATE|2021-03-19"},
    {"The attack happened early Monday local time.", "early Monday|DATE|2021-03-15|START"},
    {"Rebels set a 1400 GMT deadline.", "1400 GMT|TIME|2021-03-18T14:00"},
    {"Gunmen attacked the convoy shortly before midnight on Friday.", "midnight|TIME|2021-03-12T24:00; Friday|DATE|2021-03-12"},
    {"BEIJING, March 17 (Xinhua) -- China urged restraint.", "March 17|DATE|2021-03-17"},
    // more wire copy of the day
    {"Last Friday, gunmen attacked a convoy.", "Last Friday|DATE|2021-03-12"},
    {"Tuesday's attack was the deadliest since 2017.", "Tuesday|DATE|2021-03-16; 2017|DATE|2017"},
    {"The emergency has been extended to April 30.", "April 30|DATE|2021-04-30"},
    {"Talks broke down earlier this week.", "earlier this week|DATE|2021-W11|START"},
    {"The president's term ends in January 2025.", "January 2025|DATE|2025-01"},
    {"Ministers will meet again in a month.", "a month|DURATION|P1M"},
    {"Last year's floods killed 1,700 people.", "Last year|DATE|2020"},
    {"The talks are expected to conclude by the end of the month.", "the end of the month|DATE|2021-03|END"},
    // not temporal expressions
    {"The hotline operates 24/7.", ""},
    {"India and the US held 2+2 talks in Delhi.", ""},
    {"The Boeing 737 MAX returned to service.", ""},
    {"Biden signed Executive Order 14024.", ""},
    {"Police imposed Section 144 in the district.", ""},
    {"Iran enriched uranium to 60% purity.", ""},
    {"The COP26 talks opened in Glasgow.", ""},
    {"Delegates from the P5+1 met in Vienna.", ""},
    {"The UN's 193 members voted.", ""},
    {"India revoked Article 370 of its constitution.", ""},
    {"The G20 summit will be held in New Delhi.", ""},
    {"The bill passed by 52-48.", ""},
};

TEST(TimexModern, WireCopyPhrasingsThirdBatch) {
  int failed = 0;
  for (const Case& c : kCases3) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 11")
  std::printf("[ modern ] third batch: %d of %zu sentences differ\n", failed, std::size(kCases3));
}

// Round 12: a fourth batch in phrasings the first three lack: spans and ranges of years and of
// counts ("in 2020-21", "two to three weeks"), weeks and days inside a month ("the second week of
// April", "the last days of February"), decades and centuries seen from now ("later this decade",
// "the mid-2010s"), the day in focus ("That evening", "Later that week"), holidays and historic
// days ("the Sept. 11 attacks"), sets, ranges of durations ("up to 10 years"), sentence adverbs
// that are no timex ("At the time", "So far"), and more names and numbers that look like dates.
// Choices the guidelines leave open are said in docs/timex.md ("Round 12").
const Case kCases4[] = {
    // spans of years and ranges of counts
    {"The economy shrank 7.3% in 2020-21.", "2020|DATE|2020; 21|DATE|2021"},
    {"Tourism collapsed during the 2014-2016 period.", "2014|DATE|2014; 2016|DATE|2016"},
    {"Oil prices could rise over the next two to three weeks.", "the next two to three weeks|DURATION|P2W|EQUAL_OR_MORE"},
    {"Repairs will take two to three weeks.", "two to three weeks|DURATION|P2W|EQUAL_OR_MORE"},
    {"Russia and Ukraine signed the Minsk agreements in 2014 and 2015.", "2014|DATE|2014; 2015|DATE|2015"},
    // weeks and days inside a month, parts of a period
    {"The vote will be held in the second week of April.", "the second week of April|DATE|2021-W14"},
    {"Fighting intensified in the last days of February.", "the last days of February|DATE|2021-02|END"},
    {"Biden campaigned hard in the final weeks of the campaign.", ""},
    {"The strike is planned for the middle of next week.", "the middle of next week|DATE|2021-W12|MID"},
    {"The accord is due at the beginning of April.", "the beginning of April|DATE|2021-04|START"},
    {"The new rules apply at the start of next month.", "the start of next month|DATE|2021-04|START"},
    {"Growth should recover in the second half of the year.", "the second half of the year|DATE|2021-H2"},
    {"Troops must leave by the end of next year.", "the end of next year|DATE|2022|END"},
    {"The vote is scheduled for late this month.", "late this month|DATE|2021-03|END"},
    // decades and centuries seen from now
    {"The two countries fell out earlier this decade.", "earlier this decade|DATE|202|START"},
    {"Growth could pick up later this decade.", "later this decade|DATE|202|END"},
    {"The bloc wants to phase out coal by the end of the decade.", "the end of the decade|DATE|202|END"},
    {"The movement peaked in the mid-2010s.", "the mid-2010s|DATE|201|MID"},
    {"The country has changed since the 1970s.", "the 1970s|DATE|197"},
    {"The empire collapsed in the 19th century.", "the 19th century|DATE|18"},
    {"The border was drawn a century ago.", "a century ago|DATE|1921"},
    {"The bill was first proposed in the year 2000.", "the year 2000|DATE|2000"},
    // seasons
    {"Elections will be held in the autumn.", "the autumn|DATE|2021-FA"},
    {"The drought began last summer.", "last summer|DATE|2020-SU"},
    {"The plant will reopen in winter 2022.", "winter 2022|DATE|2022-WI"},
    {"Infections peaked in the summer of 2020.", "the summer of 2020|DATE|2020-SU"},
    // parts of a day, nights, small hours
    {"Missiles struck the port in the small hours of Sunday.", "Sunday|DATE|2021-03-14"},
    {"The talks resume this afternoon.", "this afternoon|TIME|2021-03-18TAF"},
    {"The president will speak tomorrow morning.", "tomorrow morning|TIME|2021-03-19TMO"},
    {"The tribunal ruled last night.", "last night|TIME|2021-03-17TNI"},
    {"Talks will resume the day after tomorrow.", "the day after tomorrow|DATE|2021-03-20"},
    {"Troops withdrew the day before yesterday.", "the day before yesterday|DATE|2021-03-16"},
    // weekdays with a determiner
    {"The envoy will arrive next Tuesday.", "next Tuesday|DATE|2021-03-23"},
    {"The minister met Lavrov last Thursday.", "last Thursday|DATE|2021-03-11"},
    {"The summit will take place this Friday.", "this Friday|DATE|2021-03-19"},
    {"Inspectors will work from Monday through Thursday.", "Monday|DATE|2021-03-22; Thursday|DATE|2021-03-25"},
    {"Security was tight before Sunday's vote.", "Sunday|DATE|2021-03-14"},
    // month-days in other forms
    {"Talks were held on March 3rd.", "March 3rd|DATE|2021-03-03"},
    {"The deal was signed on the 3rd of March.", "the 3rd of March|DATE|2021-03-03"},
    {"MOSCOW, March 17 (Reuters) - Russia recalled its envoy.", "March 17|DATE|2021-03-17"},
    {"Prices have doubled since last October.", "last October|DATE|2020-10"},
    {"The minister was appointed in the December 2019 reshuffle.", "December 2019|DATE|2019-12"},
    {"Trump lost the November election.", "November|DATE|2020-11"},
    // days reckoned from the day in focus
    {"Clashes broke out on Monday. The next morning, the army withdrew.",
     "Monday|DATE|2021-03-15; The next morning|TIME|2021-03-16TMO"},
    {"Rebels attacked the base on Sunday. Two days earlier, they had seized a village.",
     "Sunday|DATE|2021-03-14; Two days|DURATION|P2D"},
    {"The envoy arrived on Monday. That evening, he met the president.",
     "Monday|DATE|2021-03-15; That evening|TIME|2021-03-15TEV"},
    {"The envoy arrived on Monday. Later that week, he flew to Cairo.",
     "Monday|DATE|2021-03-15; Later that week|DATE|2021-W11|END"},
    {"Talks began on March 1. A week later, they collapsed.", "March 1|DATE|2021-03-01; A week|DURATION|P1W"},
    {"Minutes after the blast, sirens sounded.", ""},
    {"Troops were deployed days before the vote.", ""},
    // holidays and historic days
    {"Hundreds were charged over the Jan. 6 attack on the Capitol.", "Jan. 6|DATE|2021-01-06"},
    {"The Sept. 11 attacks reshaped US foreign policy.", "Sept. 11|DATE|2001-09-11"},
    {"Shops closed early on Christmas Eve.", "Christmas Eve|DATE|2020-12-24"},
    {"Fireworks lit up the sky on New Year's Eve.", "New Year's Eve|DATE|2020-12-31"},
    {"The measures will be lifted on Easter Sunday.", "Easter Sunday|DATE|2021-04-04"},
    {"Congress will reconvene after Thanksgiving.", "Thanksgiving|DATE|2021-11-25"},
    {"Hundreds died in the 2004 tsunami.", "2004|DATE|2004"},
    {"The 2020 presidential election was contested.", "2020|DATE|2020"},
    // durations, counts and ranges of durations
    {"Macron began a week-long visit to Africa.", "week-long|DURATION|P1W"},
    {"The king will pay a three-day state visit.", "three-day|DURATION|P3D"},
    {"Iran must respond within the next 48 hours.", "the next 48 hours|DURATION|PT48H"},
    {"Inflation hit 7% over the past 12 months.", "the past 12 months|DURATION|P12M"},
    {"Activists face up to 10 years in prison.", "up to 10 years|DURATION|P10Y|EQUAL_OR_LESS"},
    {"He was sentenced to 15 years in prison.", "15 years|DURATION|P15Y"},
    {"Parliament approved a six-month extension.", "six-month|DURATION|P6M"},
    {"The president serves a five-year term.", "five-year|DURATION|P5Y"},
    {"The two sides agreed to talk again in a few days.", "a few days|DURATION|PXD"},
    {"Results are expected in a couple of weeks.", "a couple of weeks|DURATION|P2W"},
    {"Ties were restored for the first time in a decade.", "a decade|DURATION|P10Y"},
    // points counted back from now
    {"The envoy left a couple of days ago.", "a couple of days ago|DATE|2021-03-16"},
    {"Talks collapsed 18 months ago.", "18 months ago|DATE|2019-09"},
    {"Troops arrived six weeks ago.", "six weeks ago|DATE|2021-W05"},
    {"The next round could start as early as next week.", "next week|DATE|2021-W12"},
    {"The law takes effect no earlier than 2025.", "2025|DATE|2025"},
    // sets
    {"The cabinet meets every Friday.", "every Friday|SET|XXXX-WXX-5"},
    {"The forum meets annually in Davos.", "annually|SET|P1Y"},
    {"The two leaders meet twice a year.", "twice a year|SET|P1Y"},
    {"Inflation data are published each month.", "each month|SET|P1M"},
    // vague references
    {"Growth will be slow in the long term.", "the long term|DATE|FUTURE_REF"},
    {"Prices should stabilise in the medium term.", "the medium term|DATE|FUTURE_REF"},
    {"Tensions will persist in the days ahead.", "the days ahead|DATE|FUTURE_REF"},
    {"Shelling has intensified in recent weeks.", "recent weeks|DATE|PAST_REF"},
    {"These days, few diplomats travel.", "These days|DATE|PRESENT_REF"},
    {"The long-term outlook is uncertain.", ""},
    {"At the time, officials denied it.", ""},
    {"At the same time, Moscow massed troops.", ""},
    {"So far, no one has claimed responsibility.", ""},
    {"In the meantime, talks continue.", ""},
    // clock times
    {"Shops may open between 8 a.m. and noon.", "8 a.m.|TIME|2021-03-18T08:00; noon|TIME|2021-03-18T12:00"},
    {"The statement was issued at 1 p.m. EDT.", "1 p.m. EDT|TIME|2021-03-18T13:00"},
    {"Trading halted at 15:30 CET.", "15:30 CET|TIME|2021-03-18T15:30"},
    {"The 2 a.m. curfew was lifted.", "2 a.m.|TIME|2021-03-18T02:00"},
    // not temporal expressions: names, ages, scores, numbers
    {"Tech firms want to keep Section 230.", ""},
    {"A 24-year-old man was arrested.", ""},
    {"The court upheld the law in a 5-4 ruling.", ""},
    {"Chelsea won 3-1 on Saturday.", "Saturday|DATE|2021-03-13"},
    {"Support rose to 52% in March.", "March|DATE|2021-03"},
    {"The interview aired on Fox 5.", ""},
    {"Tourists drove along Route 66.", ""},
    {"NASA marked the anniversary of Apollo 11.", ""},
    {"Call 202-555-0143 for details.", ""},
    {"Call 1-800-273-8255 for help.", ""},
    {"The UN adopted Resolution 2231 in 2015.", "2015|DATE|2015"},
    {"Voters rejected Proposition 22.", ""},
    {"Apple unveiled the iPhone 12.", ""},
    {"The Beijing 2022 Winter Olympics opened.", ""},
    {"Flight 752 was shot down.", ""},
    {"China launched its Type 055 destroyer.", ""},
    {"The 7/7 bombings killed 52 people.", ""},
    {"Protesters gathered at 10 Downing Street.", ""},
    {"Channel 4 News reported the leak.", ""},
    {"The aid package is worth $1.9 trillion.", ""},
};

TEST(TimexModern, WireCopyPhrasingsFourthBatch) {
  int failed = 0;
  for (const Case& c : kCases4) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 12")
  std::printf("[ modern ] fourth batch: %d of %zu sentences differ\n", failed, std::size(kCases4));
}

// A fifth batch (round 13), written before any rule of that round: names with years, lunar and
// movable holidays, ages and measures, reported speech, vague spans, sets, clock times with
// zones, open-ended years. Choices the guidelines leave open are in docs/timex.md ("Round 13").
const Case kCases5[] = {
    // a year inside a name is no date; a year as a modifier is
    {"The crown prince launched Vision 2030 to diversify the economy.", ""},
    {"Germany will host Euro 2024.", ""},
    {"Organisers postponed Expo 2020 by a year.", "a year|DURATION|P1Y"},
    {"Delegates gathered for COP28 in Dubai.", ""},
    {"Security was tight ahead of the Paris 2024 Olympics.", ""},
    {"The African Union adopted Agenda 2063.", ""},
    {"Microsoft released Windows 11 in October.", "October|DATE|2020-10"},
    {"Senators debated Section 230 on Tuesday.", "Tuesday|DATE|2021-03-16"},
    {"Tehran said it had not breached Resolution 2231.", ""},
    {"The Tokyo 2020 Games were postponed until 2021.", "2021|DATE|2021"},
    {"The bloc funded the work under Horizon 2020.", ""},
    {"The Group of 20 met in 2019 in Osaka.", "2019|DATE|2019"},
    {"The agency's Strategy 2025 sets new targets.", ""},
    {"The 2015 nuclear deal is in tatters.", "2015|DATE|2015"},
    // lunar and movable holidays: the day, in the year the tense and the DCT give
    {"The truce is expected to hold through Eid al-Fitr.", "Eid al-Fitr|DATE|2021-05-13"},
    {"Millions celebrated Diwali in November.", "Diwali|DATE|2020-11-14; November|DATE|2020-11"},
    {"Travel surged before Lunar New Year.", "Lunar New Year|DATE|2021-02-12"},
    {"Chinese New Year celebrations were muted.", "Chinese New Year|DATE|2021-02-12"},
    {"Pilgrims gathered for Eid al-Adha.", "Eid al-Adha|DATE|2020-07-31"},
    {"Israel sealed the crossings for Yom Kippur.", "Yom Kippur|DATE|2020-09-28"},
    {"Talks will pause over Easter.", "Easter|DATE|2021-04-04"},
    {"The president pardoned a turkey before Thanksgiving.", "Thanksgiving|DATE|2020-11-26"},
    {"Officials hope for a deal by Christmas.", "Christmas|DATE|2021-12-25"},
    {"Eid al-Fitr 2020 was marked under lockdown.", "Eid al-Fitr 2020|DATE|2020-05-24"},
    {"The ceasefire collapsed during Ramadan.", ""},
    // ages and measures: an age is no timex, a span used as a modifier is a duration
    {"The 75-year-old leader was re-elected.", ""},
    {"The 3-year-old girl was rescued.", ""},
    {"Washington ordered a 90-day review of the deal.", "90-day|DURATION|P90D"},
    {"The sides agreed a 48-hour ceasefire.", "48-hour|DURATION|PT48H"},
    {"A two-week quarantine is required.", "two-week|DURATION|P2W"},
    {"He served a five-year term.", "five-year|DURATION|P5Y"},
    {"A 24-hour general strike began on Monday.", "24-hour|DURATION|PT24H; Monday|DATE|2021-03-15"},
    {"The president, 68, will seek a second term in 2024.", "2024|DATE|2024"},
    // relative anchors, reported speech
    {"The minister said on Tuesday that talks would begin next week.", "Tuesday|DATE|2021-03-16; next week|DATE|2021-W12"},
    {"The ministry said on Wednesday the talks had ended a day earlier.", "Wednesday|DATE|2021-03-17; a day|DURATION|P1D"},
    {"The talks collapsed on Tuesday, two days after they began.", "Tuesday|DATE|2021-03-16; two days|DURATION|P2D"},
    {"Aid has poured in over the past fortnight.", "the past fortnight|DURATION|P2W"},
    {"Protests spread this past weekend.", "this past weekend|DATE|2021-W10-WE"},
    {"The deal was struck late last month.", "late last month|DATE|2021-02|END"},
    {"Elections are due early next year.", "early next year|DATE|2022|START"},
    {"A vote is expected mid-next week.", "mid-next week|DATE|2021-W12|MID"},
    {"Emissions must halve by the end of the decade.", "the end of the decade|DATE|202|END"},
    {"Fighting has killed 300 people since the start of the year.", "the start of the year|DATE|2021|START"},
    {"The ban was extended until the end of April.", "the end of April|DATE|2021-04|END"},
    {"The ceasefire has held since the weekend.", "the weekend|DATE|2021-W10-WE"},
    {"Officials expect a response by Friday.", "Friday|DATE|2021-03-19"},
    {"The referendum is set for Oct. 3.", "Oct. 3|DATE|2021-10-03"},
    {"The first phase ends on March 31.", "March 31|DATE|2021-03-31"},
    {"Talks are planned for the week of March 29.", "the week of March 29|DATE|2021-W13"},
    // vague spans
    {"A decision is expected within days.", "days|DURATION|PXD"},
    {"The army could be ready in a matter of weeks.", "a matter of weeks|DURATION|PXW"},
    {"The leaders met for the first time in decades.", "decades|DURATION|PXDE"},
    {"Trade boomed in the 2010s.", "the 2010s|DATE|201"},
    {"Inflation was low over the last decade.", "the last decade|DATE|201"},
    {"Exports rose in each of the past three years.", "the past three years|DURATION|P3Y"},
    {"The country has been in crisis for nearly a decade.", "nearly a decade|DURATION|P10Y|LESS_THAN"},
    {"Talks lasted more than 12 hours.", "more than 12 hours|DURATION|PT12H|MORE_THAN"},
    {"The siege lasted about three weeks.", "three weeks|DURATION|P3W|APPROX"},
    {"Violence has surged in the past 48 hours.", "the past 48 hours|DURATION|PT48H"},
    {"Sanctions will be reviewed in six months.", "six months|DURATION|P6M"},
    {"Results are expected in the coming days.", "the coming days|DATE|FUTURE_REF"},
    // sets
    {"The World Cup is held every four years.", "every four years|SET|P4Y"},
    {"Leaders meet every two years.", "every two years|SET|P2Y"},
    {"The bank publishes the figures quarterly.", "quarterly|SET|P3M"},
    {"The agency reports monthly.", "monthly|SET|P1M"},
    {"The forum holds a bi-annual summit.", "bi-annual|SET|P1Y"},
    // parts of days and clock times
    {"Shelling continued overnight into Sunday.", "overnight into Sunday|TIME|2021-03-13TNI"},
    {"Explosions were heard in the early hours of Monday.", "Monday|DATE|2021-03-15"},
    {"The attack happened around midnight.", "midnight|TIME|2021-03-17T24:00|APPROX"},
    {"The blast occurred just after 10 a.m. local time (0700 GMT).", "10 a.m. local time|TIME|2021-03-18T10:00"},
    {"The meeting starts at 10:30 IST.", "10:30 IST|TIME|2021-03-18T10:30"},
    {"Troops will move at 1500 hours.", "1500 hours|TIME|2021-03-18T15:00"},
    {"Voting ended at 8 p.m. (2000 GMT) on Sunday.", "8 p.m.|TIME|2021-03-14T20:00; Sunday|DATE|2021-03-14"},
    // open-ended years and spans
    {"The country aims to be carbon neutral by 2030.", "2030|DATE|2030"},
    {"Troops must leave no later than 2027.", "2027|DATE|2027"},
    {"Subsidies will be cut from 2025 onward.", "2025|DATE|2025"},
    {"Prices will stay high between now and the end of the year.", "now|DATE|PRESENT_REF; the end of the year|DATE|2021|END"},
    {"The deal runs through 2030.", "2030|DATE|2030"},
    {"Voters go to the polls in 2024.", "2024|DATE|2024"},
    {"The accord expired in 2019, three years after it was signed.", "2019|DATE|2019; three years|DURATION|P3Y"},
    {"Inflation hit its highest level since 2008.", "2008|DATE|2008"},
    {"The offensive began in the spring of 2022.", "the spring of 2022|DATE|2022-SP"},
    {"The embargo was lifted in mid-January.", "mid-January|DATE|2021-01|MID"},
    {"Protests have continued since early March.", "early March|DATE|2021-03|START"},
    {"The law takes effect on Jan. 1, 2022.", "Jan. 1, 2022|DATE|2022-01-01"},
    {"The summit ended on 17 March 2021.", "17 March 2021|DATE|2021-03-17"},
};

TEST(TimexModern, WireCopyPhrasingsFifthBatch) {
  int failed = 0;
  for (const Case& c : kCases5) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 13")
  std::printf("[ modern ] fifth batch: %d of %zu sentences differ\n", failed, std::size(kCases5));
}

// Sentences of the fifth batch the tagger still gets wrong, with the forms the guidelines want:
// a year inside a name that no word marks as a name. Each must still differ; once one passes,
// move it to kCases5.
const Case kOpen5[] = {
    {"World leaders reaffirmed the 2030 Agenda for Sustainable Development.", ""},
    {"The Class of 2019 graduated online.", ""},
};

TEST(TimexModern, FifthBatchOpenCases) {
  for (const Case& c : kOpen5) EXPECT_NE(timeml_forms(c.text, c.dct), c.expected) << "now passes, move to kCases5: " << c.text;
}

// Sixth batch (round 14): phrasings the first five do not cover, written for this test with a DCT
// in another year and season, Wednesday 2023-10-11 (ISO week 41): British and Asian wire phrasing
// ("two weeks on", "the three months to September", "9 a.m. Tokyo time"), economic series
// ("a fifth straight month", "a two-year high", "the lowest in 18 months"), ranges of months and
// years, weekly sets, "later in the day", "past midnight", modified spans ("just over a year",
// "at least six weeks"), holidays of the end of the year and reported speech with two dates.
constexpr date::year_month_day kWed = 2023_y / date::October / 11;  // a Wednesday, ISO week 41

const Case kCases6[] = {
    // days, weekdays, reported speech
    {"The foreign ministers spoke by phone on Tuesday.", "Tuesday|DATE|2023-10-10", kWed},
    {"The envoy is due in Cairo on Thursday.", "Thursday|DATE|2023-10-12", kWed},
    {"Oil prices jumped 4% on Monday.", "Monday|DATE|2023-10-09", kWed},
    {"The strikes came two days before the summit.", "two days|DURATION|P2D", kWed},
    {"The vote was held on Sunday, October 8.", "Sunday, October 8|DATE|2023-10-08", kWed},
    {"The Kremlin said on Monday that Putin would visit Beijing next week.",
     "Monday|DATE|2023-10-09; next week|DATE|2023-W42", kWed},
    {"The truce was extended by 48 hours on Thursday.", "48 hours|DURATION|PT48H; Thursday|DATE|2023-10-05", kWed},
    {"Polls showed the ruling party trailing as of Sunday.", "Sunday|DATE|2023-10-08", kWed},
    {"The rebels seized the town on Sept. 30, the army said on Oct. 2.",
     "Sept. 30|DATE|2023-09-30; Oct. 2|DATE|2023-10-02", kWed},
    {"Prime Minister Rishi Sunak will travel to Israel on Thursday, Downing Street said.", "Thursday|DATE|2023-10-12", kWed},
    {"The talks are scheduled to last until Friday.", "Friday|DATE|2023-10-13", kWed},
    {"Flights resumed on Wednesday for the first time since March 2020.",
     "Wednesday|DATE|2023-10-11; March 2020|DATE|2020-03", kWed},
    {"Tuesday's attack was the deadliest in years.", "Tuesday|DATE|2023-10-10; years|DURATION|PXY", kWed},
    {"The currency hit a record low last Wednesday.", "last Wednesday|DATE|2023-10-04", kWed},
    {"The IMF will release its forecast on Tuesday next week.", "Tuesday next week|DATE|2023-10-17", kWed},
    {"Two weeks on, the rubble is still smouldering.", "Two weeks|DURATION|P2W", kWed},
    // corrected to the corpora: "later in the day" is untagged (AQUAINT twice, the third batch;
    // TimeBank tags "the day" once)
    {"Shares recovered later in the day.", "", kWed},
    {"The militants were killed in a dawn raid on Tuesday.", "Tuesday|DATE|2023-10-10", kWed},
    {"The attack on Oct. 7 killed 1,200 people.", "Oct. 7|DATE|2023-10-07", kWed},
    {"Since Oct. 7, more than 300,000 people have been displaced.", "Oct. 7|DATE|2023-10-07", kWed},
    {"The vote is scheduled for Nov. 5.", "Nov. 5|DATE|2023-11-05", kWed},
    {"The hearing was adjourned until Jan. 15.", "Jan. 15|DATE|2024-01-15", kWed},
    {"The summit will take place on Oct. 26-27 in Brussels.", "Oct. 26|DATE|2023-10-26; 27|DATE|2023-10-27", kWed},
    {"The bank's next policy meeting is on Nov. 1-2.", "Nov. 1|DATE|2023-11-01; 2|DATE|2023-11-02", kWed},
    {"Opec+ will meet on Nov. 26 to set output for 2024.", "Nov. 26|DATE|2023-11-26; 2024|DATE|2024", kWed},
    {"Polls open on 15 October.", "15 October|DATE|2023-10-15", kWed},
    // clock times and parts of the day
    {"Sirens sounded at 6:29 a.m. local time.", "6:29 a.m. local time|TIME|2023-10-11T06:29", kWed},
    {"The summit opens at 0800 GMT on Thursday.", "0800 GMT|TIME|2023-10-12T08:00; Thursday|DATE|2023-10-12", kWed},
    {"Markets in Tokyo opened at 9 a.m. Tokyo time.", "9 a.m. Tokyo time|TIME|2023-10-11T09:00", kWed},
    {"The ceasefire took hold at 8 a.m. Sunday (0600 GMT).", "8 a.m. Sunday|TIME|2023-10-08T08:00", kWed},
    {"Turnout was 62% at 5 p.m., up from 55% at the same time in 2019.",
     "5 p.m.|TIME|2023-10-11T17:00; 2019|DATE|2019", kWed},
    {"By mid-morning, the streets were empty.", "mid-morning|TIME|2023-10-11TMO|MID", kWed},
    {"Trading was suspended for an hour on Wednesday.", "an hour|DURATION|PT1H; Wednesday|DATE|2023-10-11", kWed},
    {"The talks ran past midnight.", "midnight|TIME|2023-10-10T24:00", kWed},
    {"The ministry announced the measures at midday.", "midday|TIME|2023-10-11T12:00", kWed},
    {"The president will address the nation this evening.", "this evening|TIME|2023-10-11TEV", kWed},
    {"He spoke to reporters on Tuesday evening.", "Tuesday evening|TIME|2023-10-10TEV", kWed},
    {"The shelling began shortly after 4 a.m.", "4 a.m.|TIME|2023-10-11T04:00", kWed},
    // months, quarters, seasons, years
    {"Inflation eased to 3.7% in September from 4.1% in August.", "September|DATE|2023-09; August|DATE|2023-08", kWed},
    {"Output rose in the three months to September.", "the three months|DURATION|P3M; September|DATE|2023-09", kWed},
    {"Growth slowed in the final quarter of 2022.", "the final quarter of 2022|DATE|2022-Q4", kWed},
    {"The accord was signed in the autumn of 2020.", "the autumn of 2020|DATE|2020-FA", kWed},
    {"The embassy will reopen in early 2024.", "early 2024|DATE|2024|START", kWed},
    {"Elections are due by late 2024.", "late 2024|DATE|2024|END", kWed},
    {"He will step down at the end of next month.", "the end of next month|DATE|2023-11|END", kWed},
    {"Results are expected at the start of next week.", "the start of next week|DATE|2023-W42|START", kWed},
    {"Talks are set to continue into next year.", "next year|DATE|2024", kWed},
    {"The talks collapsed in the summer.", "the summer|DATE|2023-SU", kWed},
    {"Fighting flared again this summer.", "this summer|DATE|2023-SU", kWed},
    {"Ukraine's counteroffensive, launched in early June, has made slow progress.", "early June|DATE|2023-06|START", kWed},
    {"The Fed has kept rates on hold since July.", "July|DATE|2023-07", kWed},
    {"The bank has raised rates 10 times since July 2022.", "July 2022|DATE|2022-07", kWed},
    {"The meeting was held in the Saudi city of Jeddah in August.", "August|DATE|2023-08", kWed},
    {"The treaty marks its 50th anniversary this year.", "this year|DATE|2023", kWed},
    {"The World Bank cut its 2024 growth forecast.", "2024|DATE|2024", kWed},
    {"Growth is forecast at 1.5% in 2024 and 1.8% in 2025.", "2024|DATE|2024; 2025|DATE|2025", kWed},
    {"Borrowing costs are at their highest since the 2008 financial crisis.", "2008|DATE|2008", kWed},
    {"The president has been in power since 2000.", "2000|DATE|2000", kWed},
    {"She served as ambassador from 2015 until 2019.", "2015|DATE|2015; 2019|DATE|2019", kWed},
    {"The report covers the period from 2019 to 2022.", "2019|DATE|2019; 2022|DATE|2022", kWed},
    {"The group was founded in the late 1980s.", "the late 1980s|DATE|198|END", kWed},
    {"The region was Ottoman until the early 20th century.", "the early 20th century|DATE|19|START", kWed},
    {"Markets will be closed on New Year's Day.", "New Year's Day|DATE|2024-01-01", kWed},
    {"The ban takes effect on New Year's Eve.", "New Year's Eve|DATE|2023-12-31", kWed},
    // durations, spans, economic series
    {"Unemployment hit a two-year high.", "two-year|DURATION|P2Y", kWed},
    {"The index fell to its lowest in 18 months.", "18 months|DURATION|P18M", kWed},
    {"Exports fell for a fifth straight month in September.", "September|DATE|2023-09", kWed},
    {"Exports rose in August for the first time in six months.", "August|DATE|2023-08; six months|DURATION|P6M", kWed},
    // corrected to the corpora: "just" stays outside ("Just over an hour later": "over an hour")
    {"Prices have doubled in just over a year.", "over a year|DURATION|P1Y|MORE_THAN", kWed},
    {"The negotiations have dragged on for over a year.", "over a year|DURATION|P1Y|MORE_THAN", kWed},
    {"The plan envisages a ceasefire lasting at least six weeks.", "at least six weeks|DURATION|P6W|EQUAL_OR_MORE", kWed},
    {"The embargo lasted nearly two years.", "nearly two years|DURATION|P2Y|LESS_THAN", kWed},
    {"The hostages have been held for 11 days.", "11 days|DURATION|P11D", kWed},
    {"Inflation has been above target for two and a half years.", "two and a half years|DURATION|P2Y6M", kWed},
    // corrected to the corpora: "the past year" is the year before the DCT's, a DATE (2 of 2)
    {"Relations have been frosty for much of the past year.", "the past year|DATE|2022", kWed},
    {"Prices rose 6% over the last 12 months.", "the last 12 months|DURATION|P12M", kWed},
    {"The drought is the worst in 40 years.", "40 years|DURATION|P40Y", kWed},
    // corrected to the corpora: a bare plural after "for"/"last" is mostly untagged ("for years" 3
    // of 4, "for months", "for decades")
    {"The army said the operation could last months.", "", kWed},
    {"The offensive is expected within weeks.", "weeks|DURATION|PXW", kWed},
    {"The Rafah crossing opened for the first time in weeks.", "weeks|DURATION|PXW", kWed},
    {"The blackout lasted several hours.", "several hours|DURATION|PTXH", kWed},
    {"The deal lapsed in July, a year after it was signed.", "July|DATE|2023-07; a year|DURATION|P1Y", kWed},
    {"He was sentenced to 15 years in prison in 2021.", "15 years|DURATION|P15Y; 2021|DATE|2021", kWed},
    {"Israel ordered civilians to move south within 24 hours.", "24 hours|DURATION|PT24H", kWed},
    // sets
    {"The sanctions have been extended every six months since 2014.", "every six months|SET|P6M; 2014|DATE|2014", kWed},
    {"The agency publishes the index every Monday.", "every Monday|SET|XXXX-WXX-1", kWed},
    {"Protesters gather each Friday after prayers.", "each Friday|SET|XXXX-WXX-5", kWed},
    {"Fighting paused for four hours daily.", "four hours|DURATION|PT4H; daily|SET|P1D", kWed},
    {"The council meets three times a year.", "three times a year|SET|P1Y", kWed},
    // not temporal expressions
    {"The 10-year-old girl was rescued.", "", kWed},
    {"Airbus delivered 2023 jets, the most since it began.", "", kWed},
    {"The bill passed by 219 votes to 210.", "", kWed},
};

TEST(TimexModern, WireCopyPhrasingsSixthBatch) {
  int failed = 0;
  for (const Case& c : kCases6) {
    const std::string got = timeml_forms(c.text, c.dct);
    EXPECT_EQ(got, c.expected) << c.text;
    failed += got != c.expected;
  }
  // the count docs/timex.md reports ("Round 14")
  std::printf("[ modern ] sixth batch: %d of %zu sentences differ\n", failed, std::size(kCases6));
}

// Sentences of the sixth batch the tagger still gets wrong, with the forms the guidelines want: a
// past verb may reach a quarter ahead ("declared a dividend payable Dec. 15"), so a day 82 days
// ahead wins over the one 283 days back. Each must still differ; once one passes, move it to
// kCases6.
const Case kOpen6[] = {
    {"The law came into force on 1 January.", "1 January|DATE|2023-01-01", kWed},
};

TEST(TimexModern, SixthBatchOpenCases) {
  for (const Case& c : kOpen6) EXPECT_NE(timeml_forms(c.text, c.dct), c.expected) << "now passes, move to kCases6: " << c.text;
}

// Round 14 rules, each with a counter-case (DCT Wednesday 2023-10-11).
TEST(TimexRound14, Rules) {
  // "the last/final quarter of" a year is its fourth; "the last quarter" alone the one before the DCT's
  EXPECT_EQ(timeml_forms("Sales fell in the last quarter of 2022.", kWed), "the last quarter of 2022|DATE|2022-Q4");
  EXPECT_EQ(timeml_forms("Sales fell in the last quarter.", kWed), "the last quarter|DATE|2023-Q3");
  // two quarters of a named year are its half; without the year a span of six months
  EXPECT_EQ(timeml_forms("Demand will stay weak through the first two quarters of 2024.", kWed),
            "the first two quarters of 2024|DATE|2024-H1");
  EXPECT_EQ(timeml_forms("Output rose in the last two quarters of 2022.", kWed), "the last two quarters of 2022|DATE|2022-H2");
  EXPECT_EQ(timeml_forms("Demand was weak in the first two quarters.", kWed), "the first two quarters|DURATION|P6M");
  // "over"/"under" before "a"/"an" compare; before a count or "the" they are prepositions
  EXPECT_EQ(timeml_forms("The inquiry took under a year.", kWed), "under a year|DURATION|P1Y|LESS_THAN");
  EXPECT_EQ(timeml_forms("The money was spent over three years.", kWed), "three years|DURATION|P3Y");
  EXPECT_EQ(timeml_forms("Prices rose over the past decade.", kWed), "the past decade|DURATION|P10Y");
  EXPECT_EQ(timeml_forms("The talks lasted just over an hour.", kWed), "over an hour|DURATION|PT1H|MORE_THAN");
  EXPECT_EQ(timeml_forms("Just over an hour later, he was declared dead.", kWed), "over an hour|DURATION|PT1H|MORE_THAN");
  EXPECT_EQ(timeml_forms("Over the weekend, talks stalled.", kWed), "the weekend|DATE|2023-W40-WE");
  // the clock of a named place; a capitalised word after a clock time is not a zone without "time"
  EXPECT_EQ(timeml_forms("The vote closes at 8 p.m. Moscow time on Sunday.", kWed),
            "8 p.m. Moscow time|TIME|2023-10-15T20:00; Sunday|DATE|2023-10-15");
  EXPECT_EQ(timeml_forms("They met at 9 a.m. Reuters reported the talks.", kWed), "9 a.m.|TIME|2023-10-11T09:00");
  // "earlier/later in the" week, month, year are "this" one; "in the day" stays untagged
  EXPECT_EQ(timeml_forms("He met Putin on Monday and flew home later in the day.", kWed), "Monday|DATE|2023-10-09");
  EXPECT_EQ(timeml_forms("Sales were hit by floods earlier in the year.", kWed), "earlier in the year|DATE|2023|START");
  EXPECT_EQ(timeml_forms("The ministers met earlier in the week.", kWed), "earlier in the week|DATE|2023-W41|START");
  EXPECT_EQ(timeml_forms("Workers were paid in the day and slept at night.", kWed), "");
}

// Round 13 rules, each with a counter-case (DCT Thursday 2021-03-18).
TEST(TimexRound13, Rules) {
  // a lunar holiday: its day in the year given; a year the table lacks gives none
  EXPECT_EQ(timeml_forms("Diwali 2019 was subdued.", kThu), "Diwali 2019|DATE|2019-10-27");
  EXPECT_EQ(timeml_forms("Eid al-Fitr 1990 was subdued.", kThu), "1990|DATE|1990");
  EXPECT_EQ(timeml_forms("Shops close for Eid al-Adha, which begins on July 20.", kThu),
            "Eid al-Adha|DATE|2021-07-20; July 20|DATE|2021-07-20");
  // "quarterly" as an adverb is a set, before a noun the report of one quarter
  EXPECT_EQ(timeml_forms("The rates are adjusted quarterly.", kThu), "quarterly|SET|P3M");
  EXPECT_EQ(timeml_forms("The firm raised its quarterly dividend.", kThu), "");
  EXPECT_EQ(timeml_forms("The panel meets semiannually.", kThu), "semiannually|SET|P1Y");
  // a fortnight is no calendar unit
  EXPECT_EQ(timeml_forms("Talks will end in the next fortnight.", kThu), "the next fortnight|DURATION|P2W");
  EXPECT_EQ(timeml_forms("Peace could come in a matter of hours.", kThu), "a matter of hours|DURATION|PTXH");
  // "by" before a day in a clause that is not past: a deadline ahead; a past clause looks back
  EXPECT_EQ(timeml_forms("A deal by Christmas is unlikely, he says.", kThu), "Christmas|DATE|2021-12-25");
  EXPECT_EQ(timeml_forms("The deal was done by Friday.", kThu), "Friday|DATE|2021-03-12");
  // four digits of a clock before "hours" after a preposition of a point; a rate stays a duration
  EXPECT_EQ(timeml_forms("The shops open at 0900 hours on Friday.", kThu), "0900 hours|TIME|2021-03-19T09:00; Friday|DATE|2021-03-19");
  EXPECT_EQ(timeml_forms("The pilots flew 1500 hours.", kThu), "1500 hours|DURATION|PT1500H");
  EXPECT_EQ(timeml_forms("It flew at 1800 hours a year.", kThu), "1800 hours|DURATION|PT1800H");
  // a bare midnight in a past clause began the DCT's day; in a future one it ends it
  EXPECT_EQ(timeml_forms("The curfew starts at midnight.", kThu), "midnight|TIME|2021-03-18T24:00");
  // "overnight into" a weekday, not into anything else
  EXPECT_EQ(timeml_forms("Shelling continued overnight into the morning.", kThu), "overnight|TIME|2021-03-17TNI");
}

// Round 11 rules found on the TempEval-3 corpora, each with a counter-case (DCT Thursday
// 1989-10-26, as the WSJ files).
TEST(TimexRound11, CorpusRules) {
  constexpr date::year_month_day kWsj = 1989_y / date::October / 26;
  // a season with a one-word modifier after the article
  EXPECT_EQ(timeml_forms("Output has recovered from the low levels of the early summer.", kWsj), "the early summer|DATE|1989-SU|START");
  EXPECT_EQ(timeml_forms("The strike began in the late spring.", kWsj), "the late spring|DATE|1989-SP|END");
  EXPECT_EQ(timeml_forms("The fall of the Berlin Wall was a surprise.", kWsj), "");
  // the same without the article, after a preposition or a modifier (not "fall": a drop)
  EXPECT_EQ(timeml_forms("The offensive is expected in early summer.", kThu), "early summer|DATE|2021-SU|START");
  EXPECT_EQ(timeml_forms("Talks stalled in winter.", kThu), "winter|DATE|2020-WI");
  EXPECT_EQ(timeml_forms("Analysts saw an early fall in prices.", kThu), "");
  EXPECT_EQ(timeml_forms("Water levels fall in summer.", kThu), "summer|DATE|2020-SU");
  // the latest fiscal year is the last one, over by the DCT
  EXPECT_EQ(timeml_forms("The firm had sales of $6 billion in the latest fiscal year.", kWsj), "the latest fiscal year|DATE|1988");
  EXPECT_EQ(timeml_forms("Profit rose in the latest quarter.", kWsj), "the latest quarter|DATE|1989-Q3");
  // a part of the day after "in"/"during": the day last named, else the DCT's
  EXPECT_EQ(timeml_forms("Stocks fell on Friday. Dealers placed buy orders in the morning.", kWsj),
            "Friday|DATE|1989-10-20; the morning|TIME|1989-10-20TMO");
  EXPECT_EQ(timeml_forms("Traders sold heavily during the afternoon.", kWsj), "the afternoon|TIME|1989-10-26TAF");
  EXPECT_EQ(timeml_forms("He was shot on the night of Oct. 23.", kWsj), "Oct. 23|DATE|1989-10-23");
  EXPECT_EQ(timeml_forms("The plant will close at 4 in the morning.", kWsj), "4 in the morning|TIME|1989-10-26T04:00");
  // "a year earlier" after a period of several months is the year, after a quarter the quarter
  EXPECT_EQ(timeml_forms("Net rose in the third quarter. Sales were 45% of the total in the latest nine months, compared with 40% a year earlier.", kWsj),
            "the third quarter|DATE|1989-Q3; the latest nine months|DURATION|P9M; a year earlier|DATE|1988");
  EXPECT_EQ(timeml_forms("Net rose in the third quarter. Sales were 45% of the total, compared with 40% a year earlier.", kWsj),
            "the third quarter|DATE|1989-Q3; a year earlier|DATE|1988-Q3");
  // a text that ends in an article: no rule reads past the last token (ASan/UBSan preset)
  EXPECT_EQ(timeml_forms("Talks resumed in the", kWsj), "");
  EXPECT_EQ(timeml_forms("FY", kWsj), "");
  // "the future of" is a fate, not a time
  EXPECT_EQ(timeml_forms("Leaders met to discuss the future of NATO.", kWsj), "");
  EXPECT_EQ(timeml_forms("Prices could rise in the future.", kWsj), "the future|DATE|FUTURE_REF");
}

// Round 12 rules, each with a counter-case (DCT Thursday 2021-03-18 unless said).
TEST(TimexRound12, Rules) {
  // a part of the day after "that": the day last named, else the DCT's
  EXPECT_EQ(timeml_forms("That evening, the president spoke.", kThu), "That evening|TIME|2021-03-18TEV");
  // a range of counts is one duration of at least the lower count; no unit, no duration
  EXPECT_EQ(timeml_forms("Patients stay two to six days.", kThu), "two to six days|DURATION|P2D|EQUAL_OR_MORE");
  EXPECT_EQ(timeml_forms("The repairs take 2-3 weeks.", kThu), "2-3 weeks|DURATION|P2W|EQUAL_OR_MORE");
  EXPECT_EQ(timeml_forms("Rates rose 2 to 3 percent in two weeks.", kThu), "two weeks|DURATION|P2W");
  // "annually" after a rate is no set
  EXPECT_EQ(timeml_forms("Sales are expected to rise 8.5% annually.", kThu), "");
  EXPECT_EQ(timeml_forms("The ceremony is held annually.", kThu), "annually|SET|P1Y");
  // the end of a range of weekdays follows its start, in a past clause too
  EXPECT_EQ(timeml_forms("The talks ran from Friday to Monday.", kThu), "Friday|DATE|2021-03-12; Monday|DATE|2021-03-15");
  EXPECT_EQ(timeml_forms("The fair will run from Friday to Sunday.", kThu), "Friday|DATE|2021-03-19; Sunday|DATE|2021-03-21");
  // the two-digit end of a span of years, within ten years of its start
  EXPECT_EQ(timeml_forms("Revenue fell in the 2019-20 season.", kThu), "2019|DATE|2019; 20|DATE|2020");
  EXPECT_EQ(timeml_forms("The plan covers 2020-35.", kThu), "2020|DATE|2020");
  // a week of a month
  EXPECT_EQ(timeml_forms("The vote is due in the first week of May 2022.", kThu), "the first week of May 2022|DATE|2022-W18");
  EXPECT_EQ(timeml_forms("Talks were held in the last week of February.", kThu), "the last week of February|DATE|2021-W08");
  EXPECT_EQ(timeml_forms("It was the fifth week of February.", kThu), "February|DATE|2021-02");
  // a day named as a noun keeps its article
  EXPECT_EQ(timeml_forms("The deal was signed on the third of March.", kThu), "the third of March|DATE|2021-03-03");
  // a day of history only before its noun, and only once it has happened
  constexpr date::year_month_day k2023 = 2023_y / date::March / 1;
  EXPECT_EQ(timeml_forms("The Jan. 6 committee issued its report.", k2023), "Jan. 6|DATE|2021-01-06");
  EXPECT_EQ(timeml_forms("The Jan. 6 deadline passed.", k2023), "Jan. 6|DATE|2023-01-06");
  EXPECT_EQ(timeml_forms("The Sept. 11 attacks shocked the world.", 2001_y / date::September / 5), "Sept. 11|DATE|2001-09-11");
  EXPECT_EQ(timeml_forms("The Sept. 11 attacks will be remembered.", 1999_y / date::May / 5), "Sept. 11|DATE|1999-09-11");
  // a part of a period only before a period
  EXPECT_EQ(timeml_forms("Fighting intensified in the final days of the siege.", kThu), "");
}

// Round 12 rules found on the TempEval-3 corpora, each with a counter-case (DCT 1989-10-26).
TEST(TimexRound12, CorpusRules) {
  constexpr date::year_month_day kWsj = 1989_y / date::October / 26;
  // "couple of" after a lead; "an additional year" as "two more weeks"
  EXPECT_EQ(timeml_forms("Over the next couple of years sales will grow.", kWsj), "the next couple of years|DURATION|P2Y");
  EXPECT_EQ(timeml_forms("The term may be extended for an additional year.", kWsj), "an additional year|DURATION|P1Y");
  EXPECT_EQ(timeml_forms("The talks need two additional weeks.", kWsj), "two additional weeks|DURATION|P2W");
  EXPECT_EQ(timeml_forms("It will issue an additional 243,677 warrants.", kWsj), "");
  // vague future references
  EXPECT_EQ(timeml_forms("It doesn't bode well for coming quarters.", kWsj), "coming quarters|DATE|FUTURE_REF");
  EXPECT_EQ(timeml_forms("The rest will be sold at a later date.", kWsj), "a later date|DATE|FUTURE_REF");
  // "per" after a count is a rate; after a frequency it is a set
  EXPECT_EQ(timeml_forms("The chip runs 15 million instructions per second.", kWsj), "");
  EXPECT_EQ(timeml_forms("The board meets twice per year.", kWsj), "twice per year|SET|P1Y");
  // a title
  EXPECT_EQ(timeml_forms("He told USA Today he would run.", kWsj), "");
  EXPECT_EQ(timeml_forms("Officials said Today the plan is dead.", kWsj), "Today|DATE|1989-10-26");
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
  // round 10
  EXPECT_EQ(bounds_of("Rockets hit the city overnight Tuesday.", "overnight Tuesday"), "2021-03-16..2021-03-16");
  EXPECT_EQ(bounds_of("Protests began on Tuesday 16 March.", "Tuesday 16 March"), "2021-03-16..2021-03-16");
  EXPECT_EQ(bounds_of("The contract expires end-March.", "end-March"), "2021-03-22..2021-03-31");
  EXPECT_EQ(bounds_of("The talks lasted a fortnight.", "a fortnight"), "-..-");
  EXPECT_EQ(bounds_of("Over the last 24 hours, 30 people died.", "the last 24 hours"), "2021-03-17..2021-03-18");
  EXPECT_EQ(bounds_of("A decision is due two weeks from now.", "two weeks from now"), "2021-03-29..2021-04-04");
  EXPECT_EQ(bounds_of("The army announced drills starting on Thursday.", "Thursday", kMon), "2021-03-18..2021-03-18");
  // round 13
  EXPECT_EQ(bounds_of("Aid has poured in over the past fortnight.", "the past fortnight"), "2021-03-04..2021-03-18");
  EXPECT_EQ(bounds_of("Shelling continued overnight into Sunday.", "overnight into Sunday"), "2021-03-13..2021-03-13");
}

}  // namespace
}  // namespace dateline
