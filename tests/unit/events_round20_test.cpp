// Events, round 20: modern wire idiom the lexicon lacked (accounts disputed, states taken off a
// blacklist, envoys ordered out, measures unveiled, missions stormed, trade halted, leaders
// spoken to). On sentences written for these tests, through the whole pipeline, each with a
// counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

// Thursday 15 June 2023.
test::Probe build(const std::string& text) { return test::build_probe(text, 2023_y / 6 / 15); }

using test::coded;
using test::country_of;

TEST(EventsRound20, AnAccountDisputedIsADenial) {
  const auto b = build("India on Tuesday disputed Canada's account of the killing of a Sikh separatist leader.\n");
  const Event* e = test::event_on(b, "disputed");
  ASSERT_TRUE(coded(e, "016"));
  EXPECT_EQ(country_of(e, ActorRole::source), "IND");
  const auto c = build("Beijing disputed the Philippine version of the incident near the shoal.\n");
  EXPECT_TRUE(coded(test::event_on(c, "disputed"), "016"));
  // counter-case: figures disputed by economists deny no charge
  const auto d = build("Economists disputed the figures published by the central bank on Tuesday.\n");
  EXPECT_EQ(test::event_on(d, "disputed"), nullptr);
}

TEST(EventsRound20, AStateRemovedFromABlacklistIsAnEasing) {
  const auto b = build("The State Department removed Cuba from its list of state sponsors of terrorism on Friday.\n");
  const Event* e = test::event_on(b, "removed");
  ASSERT_TRUE(coded(e, "081"));
  EXPECT_EQ(country_of(e, ActorRole::source), "USA");
  EXPECT_EQ(country_of(e, ActorRole::target), "CUB");
  // the object slot names the target once, before the phrase's preposition
  EXPECT_EQ(e->summary, "State Department removes Cuba from list");
  // counter-case: a video removed from a website is no list of states
  const auto c = build("The company removed the video from its website on Friday.\n");
  EXPECT_TRUE(c.t.events.empty());
}

TEST(EventsRound20, EnvoysOrderedOutAreExpelled) {
  const auto b = build("Egypt also ordered Qatari diplomats out within 48 hours.\n");
  const Event* e = test::event_on(b, "ordered");
  ASSERT_TRUE(coded(e, "166"));
  EXPECT_EQ(country_of(e, ActorRole::source), "EGY");
  EXPECT_EQ(country_of(e, ActorRole::target), "QAT");
  const auto c = build("Niger's junta ordered the French ambassador out of the country within 48 hours.\n");
  EXPECT_TRUE(coded(test::event_on(c, "ordered"), "166"));
  // counter-case: a player ordered out of a game is no envoy
  const auto d = build("The referee ordered the player out of the game on Tuesday.\n");
  EXPECT_TRUE(d.t.events.empty());
}

TEST(EventsRound20, MeasuresToBeUnveiledAreExpectedSanctions) {
  const auto b = build("Japan is expected to unveil further measures against Russia later on Friday.\n");
  const Event* e = test::event_on(b, "unveil");
  ASSERT_TRUE(coded(e, "163"));
  EXPECT_EQ(e->modality, Modality::expected);
  EXPECT_EQ(country_of(e, ActorRole::source), "JPN");
  // counter-case: a plan unveiled is an intent, not a sanction; a phone is no act at all
  const auto c = build("Germany said it would unveil a new climate plan on Tuesday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "unveil"), "163"));
  const auto d = build("Apple unveiled a new phone in California on Wednesday.\n");
  EXPECT_TRUE(d.t.events.empty());
}

TEST(EventsRound20, ADiplomaticMissionStormedIsAViolentProtest) {
  const auto b = build("Protesters stormed the Saudi embassy in Tehran on Saturday.\n");
  const Event* e = test::event_on(b, "stormed");
  ASSERT_TRUE(coded(e, "145"));
  EXPECT_EQ(country_of(e, ActorRole::target), "SAU");
  EXPECT_EQ(e->when.value, "2023-06-10");
  // counter-case: fans storming a pitch is no diplomatic event
  const auto c = build("Fans stormed the pitch after the final whistle on Tuesday.\n");
  EXPECT_TRUE(c.t.events.empty());
}

TEST(EventsRound20, TradeHaltedIsASanction) {
  const auto b = build("Turkey halted all trade with Israel on Thursday.\n");
  const Event* e = test::event_on(b, "halted");
  ASSERT_TRUE(coded(e, "163"));
  EXPECT_EQ(country_of(e, ActorRole::source), "TUR");
  EXPECT_EQ(country_of(e, ActorRole::target), "ISR");
  // counter-case: trade resumed is no sanction
  const auto c = build("Turkey resumed trade with Israel on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "resumed"), "163"));
}

TEST(EventsRound20, APresidentSpokenToIsAConsultation) {
  const auto b = build("British Prime Minister Theresa May said she had spoken to French President Emmanuel Macron.\n");
  const Event* e = test::event_on(b, "spoken");
  ASSERT_TRUE(coded(e, "040"));
  EXPECT_EQ(country_of(e, ActorRole::target), "FRA");
  // counter-case: reporters spoken to are no consultation; the saying stays a statement
  const auto c = build("British Prime Minister Theresa May said she had spoken to reporters on Wednesday.\n");
  EXPECT_EQ(test::event_on(c, "spoken"), nullptr);
  EXPECT_TRUE(coded(test::event_on(c, "said"), "010"));
}

TEST(EventsRound20, TroopsOrderedIntoARegionAreAMobilization) {
  const auto b = build("Russian President Vladimir Putin ordered troops into two breakaway regions of eastern Ukraine on Monday.\n");
  const Event* e = test::event_on(b, "ordered");
  ASSERT_TRUE(coded(e, "154"));
  EXPECT_EQ(country_of(e, ActorRole::source), "RUS");
  EXPECT_EQ(e->when.value, "2023-06-12");
  // counter-case: troops ordered to withdraw are no mobilization
  const auto c = build("Russian President Vladimir Putin ordered troops to withdraw from the border on Monday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "ordered"), "154"));
}

TEST(EventsRound20, AStateOpenToDiplomacyExpressesIntent) {
  const auto b = build("Kremlin spokesman Dmitry Peskov said Russia was still open to diplomacy.\n");
  const Event* e = test::event_on(b, "open");
  ASSERT_TRUE(coded(e, "030"));
  EXPECT_EQ(country_of(e, ActorRole::source), "RUS");
  // counter-case: a shop open on Sunday is no intent of any state
  const auto c = build("The shop owner said the store was still open on Sunday.\n");
  EXPECT_TRUE(c.t.events.empty());
}

TEST(EventsRound20, ADealThatCollapsedIsHaltedNegotiation) {
  const auto b = build("An earlier version of the prisoner deal between Russia and the United States collapsed in February.\n");
  const Event* e = test::event_on(b, "collapsed");
  ASSERT_TRUE(coded(e, "164"));
  EXPECT_EQ(e->when.value, "2023-02");
  // counter-case: a roof that collapsed is no deal
  const auto c = build("The roof of the stadium collapsed in February.\n");
  EXPECT_TRUE(c.t.events.empty());
}

TEST(EventsRound20, AirlinesBannedFromAirspaceAreASanction) {
  const auto b = build("The EU banned Belarusian airlines from its airspace on Monday.\n");
  const Event* e = test::event_on(b, "banned");
  ASSERT_TRUE(coded(e, "163"));
  EXPECT_EQ(country_of(e, ActorRole::target), "BLR");
  // counter-case: the airspace opened to a state's planes is an easing, not a ban
  const auto c = build("Saudi Arabia opened its airspace to Qatari planes on Monday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "opened"), "163"));
}

TEST(EventsRound20, WhatADocumentCallsForIsNoAppealOfADoer) {
  const auto b = build("The 1978 resolution calls for Israel's withdrawal from southern Lebanon.\n");
  EXPECT_EQ(test::event_on(b, "calls"), nullptr);
  // counter-cases: a state calling for it appeals; resolutions "imposed" (a reduced relative)
  // still tell the sanctions of whoever passed them
  const auto c = build("Lebanon calls for Israel's withdrawal from southern Lebanon.\n");
  const Event* e = test::event_on(c, "calls");
  ASSERT_TRUE(coded(e, "020"));
  EXPECT_EQ(country_of(e, ActorRole::source), "LBN");
  const auto d = build("The Security Council resolutions imposed sanctions on Libya in 1992.\n");
  EXPECT_TRUE(coded(test::event_on(d, "imposed"), "163"));
}

TEST(EventsRound20, TalksDescribedAsConstructiveArePraise) {
  const auto b = build("Iran's security chief Ali Shamkhani described the talks with Saudi Arabia as frank and constructive.\n");
  const Event* e = test::event_on(b, "described");
  ASSERT_TRUE(coded(e, "051"));
  EXPECT_EQ(country_of(e, ActorRole::source), "IRN");
  // counter-case: a description of a man is no praise
  const auto c = build("The witness described the man as tall.\n");
  EXPECT_TRUE(c.t.events.empty());
}

TEST(EventsRound20, ADayCalledHistoricIsPraiseButAHistoricDealIsJustADeal) {
  const auto b = build("U.S. Secretary of State John Kerry called the reopening of the embassy historic.\n");
  const Event* e = test::event_on(b, "historic");
  ASSERT_TRUE(coded(e, "051"));
  EXPECT_EQ(country_of(e, ActorRole::source), "USA");
  // counter-case: "historic" modifying a noun praises nothing
  const auto c = build("Russia and China signed a historic agreement on Monday.\n");
  EXPECT_EQ(test::event_on(c, "historic"), nullptr);
  for (const auto& ev : c.t.events) EXPECT_FALSE(coded(&ev, "051")) << ev.summary;
}

}  // namespace
