// Events, round 14: distinct acts of one actor told in different sentences stay apart (two
// commitments to different acts, meetings with different parties, a visit and a meeting). On
// sentences written for these tests, through the whole pipeline, each with a counter-case (a
// true re-mention that must still merge).
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

test::Probe build(const std::string& text) { return test::build_probe(text, 2021_y / 3 / 18); }

using test::event_at;

TEST(EventsRound14, CommitmentsToDifferentActsAreTwoEvents) {
  const auto b = build(
      "Prime Minister Jens Halvorsen pledged on Monday to ask parliament for emergency aid for Kenya.\n"
      "Halvorsen also promised to track down those responsible for the bombing.\n");
  const Event* pledged = event_at(b, "pledged");
  const Event* promised = event_at(b, "promised");
  ASSERT_NE(pledged, nullptr);
  ASSERT_NE(promised, nullptr);
  EXPECT_NE(pledged, promised);
}

TEST(EventsRound14, CommitmentToTheSameActRepeatedStaysOne) {
  // counter-case: the same promise told again
  const auto b = build(
      "Prime Minister Jens Halvorsen pledged on Monday to rebuild the embassy in Nairobi.\n"
      "Halvorsen also promised to rebuild it within a year.\n");
  const Event* pledged = event_at(b, "pledged");
  ASSERT_NE(pledged, nullptr);
  EXPECT_EQ(pledged, event_at(b, "promised"));
}

TEST(EventsRound14, MeetingsWithDifferentPartiesAreTwoEvents) {
  const auto b = build(
      "Foreign Minister Anna Lindt met President Daniel arap Moi on Tuesday.\n"
      "Lindt later met with survivors of the bombing.\n");
  const Event* first = event_at(b, "met President");
  ASSERT_NE(first, nullptr);
  const Event* later = event_at(b, "met with");
  ASSERT_NE(later, nullptr);
  EXPECT_NE(first, later);
  EXPECT_EQ(first->when.value, "2021-03-16");
}

TEST(EventsRound14, MeetingWithAPronounRefersBack) {
  // counter-case: "met with him again" is the party already named
  const auto b = build(
      "Foreign Minister Anna Lindt held talks with President Daniel arap Moi on Tuesday.\n"
      "Lindt also met with him again before she left.\n");
  const Event* talks = event_at(b, "held");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks, event_at(b, "met"));
}

TEST(EventsRound14, VisitAndAFreshMeetingAreTwoEvents) {
  const auto b = build(
      "Foreign Minister Anna Lindt visited Nairobi on Tuesday.\n"
      "She also held a meeting with survivors of the bombing.\n");
  const Event* visit = event_at(b, "visited");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->type.cameo, "042");
  const Event* meeting = event_at(b, "held");
  ASSERT_NE(meeting, nullptr);
  EXPECT_NE(visit, meeting);
}

TEST(EventsRound14, DefiniteVisitRefersBack) {
  // counter-case: "The visit" is the visit already told
  const auto b = build(
      "Foreign Minister Anna Lindt visited Nairobi on Tuesday.\n"
      "The visit was her first to Africa.\n");
  const Event* visited = event_at(b, "visited");
  ASSERT_NE(visited, nullptr);
  EXPECT_EQ(visited, event_at(b, "visit was"));
}

}  // namespace
