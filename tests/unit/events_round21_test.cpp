// Events, round 21: the grouping of candidates into events. Distinct acts of one actor told in
// different clauses stay apart (other days, other codes, other targets, a new date in a later
// paragraph); one act told twice stays one event (the lead and the body on one day, a saying
// repeated in one paragraph, a noun naming an act the verb told). Sentences written for these
// tests in modern wire style, through the whole pipeline; each probe names two trigger
// openings and whether they must be one event.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

using test::event_at;

struct Case {
  const char* name;
  const char* text;
  const char* a;  // where the first act's trigger starts
  const char* b;  // where the second act's trigger starts
  bool one;       // whether the two are one event
};

// Published on Thursday 14 March 2024.
const Case kCases[] = {
    // different days named in their own clauses
    {"RecallMondaySuspensionWednesday",
     "Algeria recalled its ambassador to Madrid on Monday.\n"
     "On Wednesday Algeria suspended relations with Spain.\n",
     "recalled", "suspended", false},
    {"TwoMeetingsOnTwoDays",
     "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday in Munich.\n"
     "Blinken met Wang again on Wednesday in Beijing.\n",
     "met Chinese", "met Wang", false},
    {"TwoDenialsOnTwoDays",
     "Russia on Monday denied sending troops into Moldova.\n"
     "The sanctions were announced by the European Union.\n"
     "On Wednesday Russia again denied any role in the unrest.\n",
     "denied sending", "denied any", false},
    {"TwoExpulsionsOnTwoDays",
     "Poland expelled a Belarusian diplomat on Monday.\n"
     "Poland expelled two more Belarusian diplomats on Wednesday.\n",
     "expelled a", "expelled two", false},
    {"SameDayLeadAndBodyStayOne",
     "Poland expelled a Belarusian diplomat on Monday, the foreign ministry said.\n"
     "The ministry gave no reason for the move.\n"
     "Poland expelled the diplomat on Monday after a spying case, officials said.\n",
     "expelled a", "expelled the", true},
    // different codes of one actor in different sentences
    {"DenialApartFromStatement",
     "Chinese Foreign Minister Wang Yi said on Tuesday that Beijing wanted stable ties with Manila.\n"
     "The Philippines accused China of ramming its vessel.\n"
     "Wang denied that Chinese ships had rammed the vessel.\n",
     "said on Tuesday", "denied", false},
    {"AccusationApartFromThreat",
     "Iran accused Israel of striking its consulate in Damascus.\n"
     "In a separate statement, Iran threatened to retaliate against Israel.\n",
     "accused", "threatened", false},
    {"RecallApartFromExpulsion",
     "Niger recalled its ambassador from France.\n"
     "The junta also expelled the French ambassador from Niamey.\n",
     "recalled", "expelled", false},
    {"ApologyDemandApartFromCondemnation",
     "Turkey condemned the burning of a Koran in Stockholm.\n"
     "Ankara demanded an apology from Sweden.\n",
     "condemned", "demanded", false},
    {"PraiseApartFromAccord",
     "Saudi Arabia and Iran agreed to restore diplomatic relations.\n"
     "Egypt welcomed the agreement.\n",
     "agreed", "welcomed", false},
    // different targets of one actor
    {"SanctionsOnTwoStates",
     "The United States imposed sanctions on Iran over drone exports.\n"
     "The United States imposed sanctions on Venezuela over the election.\n",
     "imposed sanctions on Iran", "imposed sanctions on Venezuela", false},
    {"SanctionsOfTwoStates",
     "The European Union announced sanctions on Russian banks.\n"
     "British Prime Minister Rishi Sunak announced sanctions on five Russian banks.\n",
     "announced sanctions on Russian", "announced sanctions on five", false},
    {"CondemnationsOfTwoStates",
     "Germany condemned Russia over the attack.\n"
     "Germany also condemned Iran for supplying the drones.\n",
     "condemned Russia", "condemned Iran", false},
    {"SummonsOfTwoEnvoys",
     "Lithuania summoned the Russian ambassador.\n"
     "Lithuania also summoned the Belarusian ambassador.\n",
     "summoned the Russian", "summoned the Belarusian", false},
    // repeated across paragraphs with a new date
    {"DenialRepeatedLaterWithNewDate",
     "Moscow denied any involvement in the poisoning on March 5.\n"
     "Britain expelled 23 Russian diplomats.\n"
     "Moscow denied any involvement again on Wednesday.\n",
     "denied any involvement in", "denied any involvement again", false},
    {"TalksRoundsOnTwoDates",
     "Israeli and Hamas negotiators held talks in Cairo on Sunday.\n"
     "Qatar said it hoped for progress.\n"
     "Israeli and Hamas negotiators held talks in Doha on Wednesday.\n",
     "held talks in Cairo", "held talks in Doha", false},
    {"StatementsOnTwoDays",
     "Foreign Minister Penny Wong said on Monday that Canberra was concerned about civilians.\n"
     "Israel rejected the criticism.\n"
     "Wong said on Wednesday that Canberra was still concerned.\n",
     "said on Monday", "said on Wednesday", false},
    {"VisitsOnTwoDates",
     "President Emmanuel Macron visited Kyiv on Monday.\n"
     "He met President Volodymyr Zelenskiy there.\n"
     "Macron visited Kyiv again in January.\n",
     "visited Kyiv on", "visited Kyiv again", false},
    // counter-cases: one act told twice stays one
    {"SayingRepeatedInOneParagraphStaysOne",
     "Foreign Minister Wang Yi said on Tuesday that China wanted peace. Wang said China would keep talking to both sides.\n",
     "said on", "said China", true},
    {"LeadAndBodySameDayRecall",
     "Colombia recalled its ambassador to Israel on Monday.\n"
     "The president said the war in Gaza was a massacre.\n"
     "Colombia recalled its ambassador on Monday after the remarks.\n",
     "recalled its ambassador to", "recalled its ambassador on Monday after", true},
    {"DenialRepeatedSameDayStaysOne",
     "Russia denied on Monday that it had sent troops into Moldova.\n"
     "Russia denied the report again on Monday.\n",
     "denied on", "denied the", true},
    {"DefiniteNounRefersToVerb",
     "Niger expelled the French ambassador on Monday.\n"
     "Paris condemned the expulsion of its ambassador.\n",
     "expelled", "expulsion", true},
    {"SanctionsNounAfterVerbSameTarget",
     "The United States imposed sanctions on Iran on Tuesday.\n"
     "The sanctions on Iran target drone makers.\n",
     "imposed", "sanctions on Iran target", true},
    {"SameMeetingRetold",
     "Blinken met Wang Yi in Munich on Monday.\n"
     "Officials said the meeting lasted an hour.\n",
     "met", "meeting", true},
    // one act told twice in one sentence or clause
    {"AccusedAndAccusingSameTarget",
     "Somalia accused Ethiopia of violating its sovereignty. The foreign ministry issued a statement accusing Addis Ababa of annexation.\n",
     "accused", "accusing", true},
    {"SummonedAndCalledIn",
     "Germany summoned the Russian ambassador on Monday. The ministry called in the ambassador for a meeting over the hacking.\n",
     "summoned", "called in", true},
    {"ExpulsionRetoldByNounSameDay",
     "Latvia expelled two Russian diplomats on Monday.\n"
     "Moscow called the expulsions a provocation.\n",
     "expelled", "expulsions", true},
    {"CondemnedAndCondemnationSameSpeaker",
     "France condemned the coup in Niger on Monday. The condemnation came as troops took over.\n",
     "condemned", "condemnation", true},
    {"TalksAndDiscussedOneMeeting",
     "Putin and Xi held talks in Beijing on Thursday and discussed trade.\n",
     "held talks", "discussed", true},
    {"SuspendedTwiceSameDayOneAct",
     "Algeria suspended relations with Spain on Wednesday.\n"
     "Madrid said it regretted the decision.\n"
     "Algeria suspended relations on Wednesday over the Western Sahara.\n",
     "suspended relations with", "suspended relations on", true},
    {"ProtestRepeatedOneParagraph",
     "China lodged a protest with Japan on Tuesday. China protested the visit to the shrine.\n",
     "lodged", "protested", true},
};

class EventsRound21 : public ::testing::TestWithParam<Case> {};

TEST_P(EventsRound21, GroupedAsTold) {
  const Case& c = GetParam();
  const auto b = test::build_probe(c.text, 2024_y / 3 / 14);
  const Event* a = event_at(b, c.a);
  const Event* other = event_at(b, c.b);
  ASSERT_NE(a, nullptr) << "no event at " << c.a;
  ASSERT_NE(other, nullptr) << "no event at " << c.b;
  if (c.one) EXPECT_EQ(a, other) << a->summary << " / " << other->summary;
  else EXPECT_NE(a, other) << a->summary;
}

// "refused to apologise" is one act, the refusal: the saying refused is its content, not a
// negated apology of its own. Counter-case: an apology told in its own clause stays an event.
TEST(EventsRound21Refusal, SayingRefusedIsTheRefusal) {
  const auto b = test::build_probe("Israel refused to apologise to Turkey for the raid on the flotilla.\n", 2024_y / 3 / 14);
  const Event* refused = event_at(b, "refused");
  ASSERT_NE(refused, nullptr);
  EXPECT_EQ(refused->type.cameo.value_or("").substr(0, 2), "12");
  const Event* apology = event_at(b, "apologise");
  EXPECT_TRUE(apology == nullptr || apology == refused);
  EXPECT_EQ(b.t.events.size(), 1u);
}

TEST(EventsRound21Refusal, ApologyInItsOwnClauseStays) {
  const auto b = test::build_probe(
      "Israel refused to lift the blockade, but Prime Minister Benjamin Netanyahu apologised to Turkey for the raid.\n",
      2024_y / 3 / 14);
  const Event* apology = event_at(b, "apologised");
  ASSERT_NE(apology, nullptr);
  EXPECT_NE(apology, event_at(b, "refused"));
}

// "after months of secret talks ... The two leaders met in Prague in October": a meeting told
// afresh in the past with a date of its own is not the undated talks told before it.
TEST(EventsRound21Dates, DatedMeetingApartFromUndatedTalks) {
  const auto b = test::build_probe(
      "Prime Minister Nikol Pashinyan and President Ilham Aliyev agreed to restore relations after months of secret talks.\n"
      "The two leaders met in Prague in October, and in December their ministers signed a border deal.\n",
      2024_y / 3 / 14);
  const Event* met = event_at(b, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->when.value, "2023-10");
  // the talks, with no actor of their own once the meeting is apart, may be no event at all
  for (const auto& m : met->mentions) EXPECT_EQ(b.raw.substr(m.trigger->start, 3), "met");
  EXPECT_NE(met, event_at(b, "talks"));
}

// Counter-cases: a headline's undated talks and the lead's dated meeting are one act; an undated
// re-mention joins the dated meeting.
TEST(EventsRound21Dates, HeadlineTalksAndDatedLeadStayOne) {
  const auto b = test::build_probe(
      "Pashinyan, Aliyev hold talks in Prague\n\n"
      "PRAGUE (Reuters) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague on Tuesday, officials said.\n",
      2024_y / 3 / 14);
  const Event* met = event_at(b, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met, event_at(b, "hold talks"));
  EXPECT_EQ(met->when.value, "2024-03-12");
}

TEST(EventsRound21Dates, UndatedRementionJoinsDatedMeeting) {
  const auto b = test::build_probe(
      "Armenia and Azerbaijan held talks in Prague on Monday.\nArmenia and Azerbaijan met for three hours, officials said.\n",
      2024_y / 3 / 14);
  const Event* held = event_at(b, "held talks");
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(held, event_at(b, "met"));
}

INSTANTIATE_TEST_SUITE_P(Probes, EventsRound21, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

}  // namespace
