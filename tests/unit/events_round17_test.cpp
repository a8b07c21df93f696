// Events, round 17: acts told in the passive or with their object as subject ("talks were
// broken off", "the talks collapsed"), the doer of an agentless passive where the act makes it
// plain, acts inside an agreed complement. On sentences written for these tests, through the
// whole pipeline, each with a counter-case.
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

TEST(EventsRound17, AThreeWordEntryReadsInThePassive) {
  const auto b = build("Talks between Iran and the United States were broken off on Monday.\n");
  const Event* e = test::event_on(b, "broken");
  ASSERT_TRUE(coded(e, "164"));
  EXPECT_EQ(e->modality, Modality::occurred);
  // the talks are the act's object, not an event of their own
  EXPECT_EQ(test::event_on(b, "Talks"), nullptr);
}

TEST(EventsRound17, AnObjectComplementFollowsTheParticiple) {
  const auto b = build("Peace talks between Sudan and Chad were put on hold last week.\n");
  EXPECT_TRUE(coded(test::event_on(b, "put"), "164"));
  // counter-case: the complement must follow the participle
  const auto c = build("Peace talks between Sudan and Chad were put to the vote last week.\n");
  EXPECT_FALSE(coded(test::event_on(c, "put"), "164"));
}

TEST(EventsRound17, AnEntryWithoutObjectReadsWholeAfterTheParticiple) {
  const auto b = build("The Turkish ambassador was declared persona non grata by Egypt on Friday.\n");
  const Event* e = test::event_on(b, "declared");
  ASSERT_TRUE(coded(e, "166"));
  EXPECT_EQ(country_of(e, ActorRole::source), "EGY");
  EXPECT_EQ(country_of(e, ActorRole::target), "TUR");
}

TEST(EventsRound17, TalksCollapseAndBreakDown) {
  const auto b = build("Negotiations between Russia and Ukraine broke down over sanctions.\n");
  EXPECT_TRUE(coded(test::event_on(b, "broke"), "164"));
  const auto c = build("The ceasefire between Israel and Hamas collapsed within hours.\n");
  EXPECT_TRUE(coded(test::event_on(c, "collapsed"), "196"));
  // counter-case: a verb not listed as intransitive does not read its object as subject
  // ("the talks suspended" is no suspension of talks), and a building collapsing is no event
  const auto d = build("The roof of the hall where Russia and Ukraine held talks collapsed on Monday.\n");
  EXPECT_EQ(test::event_on(d, "collapsed"), nullptr);
}

TEST(EventsRound17, ARecalledEnvoysOwnStateRecalls) {
  const auto b = build("The Kenyan ambassador in Mogadishu was recalled in February.\n");
  const Event* e = test::event_on(b, "recalled");
  ASSERT_TRUE(coded(e, "161"));
  EXPECT_EQ(country_of(e, ActorRole::source), "KEN");
  // counter-case: an expelled envoy's state is the target, not the doer
  const auto c = build("The Kenyan ambassador was expelled from Somalia in February.\n");
  const Event* x = test::event_on(c, "expelled");
  ASSERT_TRUE(coded(x, "166"));
  EXPECT_EQ(country_of(x, ActorRole::source), "SOM");
  EXPECT_EQ(country_of(x, ActorRole::target), "KEN");
}

TEST(EventsRound17, TheMinistryAnEnvoyIsSummonedToSummons) {
  const auto b = build("Belarus's ambassador was summoned to the Polish foreign ministry on Monday.\n");
  const Event* e = test::event_on(b, "summoned");
  ASSERT_TRUE(coded(e, "114"));
  EXPECT_EQ(country_of(e, ActorRole::source), "POL");
  EXPECT_EQ(country_of(e, ActorRole::target), "BLR");
  // counter-case: "to" after another act's passive names no doer
  const auto c = build("Belarus's ambassador was expelled to Minsk on Monday.\n");
  EXPECT_NE(country_of(test::event_on(c, "expelled"), ActorRole::source), "BLR");
}

TEST(EventsRound17, TheObjectsOwnOnNamesTheTarget) {
  const auto b = build("Sanctions on Iran were lifted in January 2016.\n");
  const Event* e = test::event_on(b, "lifted");
  ASSERT_TRUE(coded(e, "085"));
  EXPECT_EQ(country_of(e, ActorRole::target), "IRN");
  EXPECT_FALSE(country_of(e, ActorRole::source).has_value());
  // counter-case: a place after the verb is no target ("lifted in Vienna")
  const auto c = build("The sanctions were lifted in Vienna in January 2016.\n");
  EXPECT_EQ(test::event_on(c, "lifted"), nullptr);
}

TEST(EventsRound17, AMeetingCancelledInThePassiveIsAnEvent) {
  const auto b = build("A meeting between Blinken and Lavrov was cancelled on Tuesday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "cancelled"), "164"));
  // counter-case: in the active the meeting is negated and the saying kept (round 15)
  const auto c = build("Blinken said he had cancelled a meeting with Lavrov on Tuesday.\n");
  const Event* meeting = test::event_on(c, "meeting");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->modality, Modality::negated);
  EXPECT_TRUE(coded(test::event_on(c, "said"), "010"));
}

TEST(EventsRound17, ASecondActInAnAgreedComplementIsAnEvent) {
  const auto b = build(
      "Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their "
      "embassies within two months.\n");
  const Event* agreed = test::event_on(b, "agreed");
  const Event* reopen = test::event_on(b, "reopen");
  ASSERT_TRUE(coded(agreed, "019"));
  ASSERT_TRUE(coded(reopen, "050"));
  EXPECT_NE(agreed, reopen);
  EXPECT_EQ(reopen->modality, Modality::expected);
  EXPECT_EQ(country_of(reopen, ActorRole::source).has_value(), true);
  // the deadline bounds it: from the publication day to two months on
  ASSERT_TRUE(reopen->when.latest.has_value());
  EXPECT_EQ(*reopen->when.latest, date::sys_days(2023_y / 8 / 15));
  // counter-case: the one act an accord is about stays the accord's content
  const auto c = build("Saudi Arabia and Iran agreed on Friday to reopen their embassies within two months.\n");
  EXPECT_EQ(test::event_on(c, "reopen"), nullptr);
}

TEST(EventsRound17, AnActAnsweredIsNotTheAnswer) {
  const auto b = build("Israel expelled Turkey's consul in response to the expulsion of its consul general by Turkey.\n");
  const Event* answer = test::event_on(b, "expelled");
  const Event* answered = test::event_on(b, "expulsion");
  ASSERT_NE(answer, nullptr);
  ASSERT_NE(answered, nullptr);
  EXPECT_NE(answer, answered);
  bool linked = false;
  for (const auto& l : b.t.links) linked = linked || (l.from == answer->id && l.to == answered->id);
  EXPECT_TRUE(linked);
  // counter-case: with no word of response between, a definite noun still refers back
  const auto c = build("Israel expelled Turkey's consul on Monday, and the expulsion angered Ankara.\n");
  EXPECT_EQ(test::event_on(c, "expelled"), test::event_on(c, "expulsion"));
}

TEST(EventsRound17, AnEnvoyAskedToLeaveIsExpelledByTheStateLeft) {
  const auto b = build("The Israeli consul general in Istanbul was asked to leave Turkey on Monday.\n");
  const Event* e = test::event_on(b, "asked");
  ASSERT_TRUE(coded(e, "166"));
  EXPECT_EQ(country_of(e, ActorRole::source), "TUR");
  EXPECT_EQ(country_of(e, ActorRole::target), "ISR");
  // counter-case: someone asked to leave who is no envoy is expelled by no one
  const auto c = build("The Israeli tourists in Istanbul were asked to leave Turkey on Monday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "asked"), "166"));
}

}  // namespace
