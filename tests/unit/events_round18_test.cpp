// Events, round 18: a statement kept when what it reports is no event of its own; the act of a
// complement that is appealed for, hoped or feared is not told as done. On sentences written for
// these tests, through the whole pipeline, each with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

// Thursday 15 June 2023.
test::Probe build(const std::string& text) { return test::build_probe(text, 2023_y / 6 / 15); }

bool coded(const Event* e, std::string_view code) { return e && e->type.cameo && *e->type.cameo == code; }

std::optional<std::string> country_of(const Event* e, ActorRole role) {
  if (!e) return std::nullopt;
  for (const auto& a : e->actors)
    if (a.role == role && a.country) return a.country;
  return std::nullopt;
}

TEST(EventsRound18, AStatementSurvivesAnActWithNoActor) {
  // the conviction has no actor the model knows, so it is no event: the saying is
  const auto b = build("Bolivia said in a statement on Tuesday that Mendez had been convicted of fraud.\n");
  const Event* e = test::event_on(b, "said");
  ASSERT_TRUE(coded(e, "010"));
  EXPECT_EQ(country_of(e, ActorRole::source), "BOL");
  EXPECT_EQ(e->when.value, "2023-06-13");
  // counter-case: an act with its doer named is the news, and the saying goes with it
  const auto c = build("Bolivia said on Tuesday that Argentina had recalled its ambassador.\n");
  EXPECT_TRUE(coded(test::event_on(c, "recalled"), "161"));
  const auto d = build("Bolivia said on Tuesday that it recalled its ambassador.\n");
  EXPECT_TRUE(coded(test::event_on(d, "recalled"), "161"));
  EXPECT_EQ(test::event_on(d, "said"), nullptr);
}

TEST(EventsRound18, AnAppealWithNoActorStillCarriesItsAct) {
  // "to cooperate" is not told as done: the appeal stays the event, no statement beside it
  const auto b = build("The council condemned the attack on Thursday and called on all states to cooperate.\n");
  for (const auto& e : b.t.events) EXPECT_FALSE(coded(&e, "010")) << e.summary;
}

}  // namespace
