// Events, round 16: modern diplomatic idiom and reaction paragraphs. What different speakers say
// about one episode is kept apart from the episode's accord or denial. On sentences written for
// these tests, through the whole pipeline, each with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

// Friday 14 March 2025.
test::Probe build(const std::string& text) { return test::build_probe(text, 2025_y / 3 / 14); }

TEST(EventsRound16, OneSidesSayingIsNotTheAccord) {
  const auto b = build(
      "Poland and Ukraine agreed on Thursday to reopen the border crossing.\n\n"
      "Ukrainian Foreign Minister Dmytro Kuleba said the decision would help farmers.\n");
  const Event* agreed = test::event_on(b, "agreed");
  const Event* said = test::event_on(b, "said");
  ASSERT_NE(agreed, nullptr);
  ASSERT_NE(said, nullptr);
  EXPECT_NE(agreed, said);
}

TEST(EventsRound16, TheSamePersonsAccordAndSayingStayOne) {
  const auto b = build(
      "Foreign Minister Sergei Lavrov agreed on Thursday to extend the grain deal.\n\n"
      "Lavrov said the decision would help farmers.\n");
  const Event* agreed = test::event_on(b, "agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_EQ(agreed, test::event_on(b, "said"));
}

TEST(EventsRound16, APersonsSayingIsNotHisStatesDenial) {
  const auto b = build(
      "India denied the accusations on Thursday.\n\n"
      "Indian foreign ministry spokesman Arindam Bagchi said the visa ban would remain in place.\n");
  const Event* denied = test::event_on(b, "denied");
  const Event* said = test::event_on(b, "said");
  ASSERT_NE(denied, nullptr);
  ASSERT_NE(said, nullptr);
  EXPECT_NE(denied, said);
}

TEST(EventsRound16, ABodyOfThePersonsOwnStateMaySpeakForHim) {
  const auto b = build(
      "Russian President Vladimir Putin said on Thursday that Ukraine had shelled the port.\n\n"
      "The Kremlin denied the accusation.\n");
  const Event* said = test::event_on(b, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said, test::event_on(b, "denied"));
}

using test::coded;

TEST(EventsRound16, ACallHeldIsATelephoneTalk) {
  const auto b = build("The Turkish president held a call with Russian President Vladimir Putin on Thursday.\n");
  const Event* e = test::event_on(b, "held");
  EXPECT_TRUE(coded(e, "041"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::occurred);
}

TEST(EventsRound16, ANewsConferenceToCallForCalmIsNoTelephoneTalk) {
  const auto b = build("Erdogan held a news conference on Thursday to call for calm.\n");
  EXPECT_FALSE(coded(test::event_on(b, "held"), "041"));
  EXPECT_TRUE(coded(test::event_on(b, "call"), "020"));
}

TEST(EventsRound16, VisasSuspendedReduceRelations) {
  const auto b = build("India suspended visa services for Canadians on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "suspended"), "160"));
  const auto c = build("India resumed visa services for Canadians on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "resumed"), "160"));
}

TEST(EventsRound16, DiplomatsGivenHoursToLeaveAreExpelled) {
  const auto b = build("Saudi Arabia gave Qatari diplomats 48 hours to leave.\n");
  EXPECT_TRUE(coded(test::event_on(b, "gave"), "166"));
  const auto c = build("Saudi Arabia allowed Qatari diplomats to leave.\n");
  EXPECT_FALSE(coded(test::event_on(c, "allowed"), "166"));
}

TEST(EventsRound16, AirspaceOpenedEasesRestrictions) {
  const auto b = build("Iran opened its airspace to Qatari planes on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "opened"), "081"));
  const auto c = build("Iran closed its airspace to Qatari planes on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "closed"), "081"));
}

TEST(EventsRound16, ACounterpartSpokenToIsConsulted) {
  const auto b = build("Secretary of State Antony Blinken spoke to his Chinese counterpart on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "spoke"), "040"));
  const auto c = build("Secretary of State Antony Blinken spoke to reporters on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "spoke"), "040"));
}

TEST(EventsRound16, AWelcomeOfADecisionIsPraiseNotHosting) {
  const auto b = build("Japan welcomed the decision to resume the talks on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "welcomed"), "051"));
  const auto c = build("Japanese Prime Minister Shigeru Ishiba welcomed the Chinese premier to Tokyo on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(c, "welcomed"), "043"));
}

TEST(EventsRound16, AJointStatementIsNotTheAccordItReports) {
  const auto b = build("Israel and the United Arab Emirates agreed on Thursday to open embassies, a joint statement said.\n");
  const Event* agreed = test::event_on(b, "agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_NE(agreed, test::event_on(b, "statement"));
}

TEST(EventsRound16, AStatementStillJoinsTheDenialItReports) {
  const auto b = build("Iran denied the accusations on Thursday, a foreign ministry statement said.\n");
  const Event* denied = test::event_on(b, "denied");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied, test::event_on(b, "statement"));
}

TEST(EventsRound16, SanctionsExtendedAreSanctions) {
  const auto b = build("The European Union extended its sanctions on Russia on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "extended"), "163"));
  const auto c = build("The European Union extended its condolences to Russia on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "extended"), "163"));
}

TEST(EventsRound16, WalkingAwayFromTalksHaltsThem) {
  const auto b = build("Iran walked away from the talks in Vienna on Thursday.\n");
  EXPECT_TRUE(coded(test::event_on(b, "walked"), "164"));
  const auto c = build("Iran walked away from the border post in Vienna on Thursday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "walked"), "164"));
}

}  // namespace
