// Events, round 13: the phone call of a modern readout ("X spoke with <title> <long name> by
// phone on Monday"). On sentences written for these tests, through the whole pipeline, each
// with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace {

using namespace dateline;
using namespace date::literals;

// Thursday 18 March 2021: "on Monday" told in the past is the 15th.
test::Probe build(const std::string& text) { return test::build_probe(text, 2021_y / 3 / 18); }

bool has_name(const Event& e, std::string_view name) {
  return std::any_of(e.actors.begin(), e.actors.end(), [&](const Actor& a) { return a.name == name; });
}

TEST(EventsRound13, LongNameAfterWithStaysInsideThePhoneCallPhrase) {
  const auto b = build("Putin spoke with Turkish President Recep Tayyip Erdogan by phone on Monday.\n");
  const Event* e = test::event_on(b, "spoke");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, "041");
  EXPECT_EQ(e->modality, Modality::occurred);
  EXPECT_EQ(e->when.value, "2021-03-15");
  EXPECT_TRUE(has_name(*e, "Recep Tayyip Erdogan"));
  // "phone" after "by" is the noun of that phrase, no call of its own told in the present
  EXPECT_EQ(b.t.events.size(), 1u);
}

TEST(EventsRound13, BarePhoneAfterByIsNoVerb) {
  // counter-case: "by phone" without a phrase to join is a manner, not someone phoning
  const auto b = build("The minister described the situation to reporters by phone on Monday.\n");
  for (const auto& e : b.t.events) EXPECT_NE(e.type.cameo, "041") << e.summary;
}

TEST(EventsRound13, CapitalisedRunElsewhereStillCountsItsWords) {
  // counter-case: a name not after "with" may hold a phrase's own word ("on" of "call on")
  const auto b = build("Ms. Atwood chairs a group called the International Council of Churches on Refugees.\n");
  for (const auto& e : b.t.events) EXPECT_NE(e.type.root, "02") << e.summary;
}

}  // namespace
