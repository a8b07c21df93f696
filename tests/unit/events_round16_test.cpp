// Events, round 16: modern diplomatic idiom and reaction paragraphs. What different speakers say
// about one episode is kept apart from the episode's accord or denial. On sentences written for
// these tests, through the whole pipeline, each with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
