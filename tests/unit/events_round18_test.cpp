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

using test::coded;

using test::country_of;

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

TEST(EventsRound18, PressingAStateToActIsAnAppealNotTheAct) {
  const auto b = build("Chile's foreign minister on Tuesday pressed Argentina to reopen the border crossing.\n");
  const Event* e = test::event_on(b, "pressed");
  ASSERT_TRUE(coded(e, "020"));
  EXPECT_EQ(country_of(e, ActorRole::target), "ARG");
  EXPECT_EQ(e->summary.find(" to"), std::string::npos) << e->summary;
  // the reopening is what is pressed for, not done
  const Event* r = test::event_on(b, "reopen");
  EXPECT_TRUE(r == nullptr || r->modality != Modality::occurred);
  // counter-cases: an aim ("was to press") and a name ("The Associated Press") are no appeal
  const auto c = build("His aim in the talks was to press Argentina to reopen the crossing.\n");
  EXPECT_FALSE(coded(test::event_on(c, "press"), "020"));
  const auto d = build("Gabriel Boric told The Associated Press that Chile wants to reopen the crossing.\n");
  EXPECT_FALSE(coded(test::event_on(d, "Press"), "020"));
}

TEST(EventsRound18, AnActCalledForIsNotDone) {
  const auto b = build("Lithuania's president called on the European Union to impose sanctions on Belarus.\n");
  const Event* e = test::event_on(b, "impose");
  EXPECT_TRUE(e == nullptr || e->modality != Modality::occurred);
  EXPECT_TRUE(coded(test::event_on(b, "called"), "020"));
  // counter-case: sanctions imposed are an act done
  const auto c = build("The European Union imposed sanctions on Belarus on Monday.\n");
  const Event* f = test::event_on(c, "imposed");
  ASSERT_TRUE(coded(f, "163"));
  EXPECT_EQ(f->modality, Modality::occurred);
}

TEST(EventsRound18, APowerGrantedIsNoActDone) {
  const auto b = build("The new law gives the border guards new powers to detain foreign diplomats.\n");
  const Event* e = test::event_on(b, "detain");
  EXPECT_TRUE(e == nullptr || e->modality == Modality::hypothetical);
  // counter-case: diplomats detained
  const auto c = build("Belarus detained two Polish diplomats on Monday.\n");
  const Event* f = test::event_on(c, "detained");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->modality, Modality::occurred);
}

TEST(EventsRound18, AnActAStateIsPushedToIsProposed) {
  const auto b = build("The United States pushed Israel to reopen the consulate in Jerusalem.\n");
  const Event* e = test::event_on(b, "reopen");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::proposed);
  // counter-case: the consulate reopened
  const auto c = build("Israel reopened the consulate in Jerusalem on Monday.\n");
  const Event* f = test::event_on(c, "reopened");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->modality, Modality::occurred);
}

TEST(EventsRound18, AVisitorReceivedByAHostIsAVisitHosted) {
  const auto b = build("Chilean President Gabriel Boric was received by Argentine President Alberto Fernandez in Buenos Aires on Tuesday.\n");
  const Event* e = test::event_on(b, "received");
  ASSERT_TRUE(coded(e, "043"));
  EXPECT_EQ(country_of(e, ActorRole::source), "ARG");
  EXPECT_EQ(country_of(e, ActorRole::target), "CHL");
  // counter-case: a letter received is no visit
  const auto c = build("Argentina received a letter from Chile on Tuesday.\n");
  EXPECT_EQ(test::event_on(c, "received"), nullptr);
}

TEST(EventsRound18, EnvoysGivenDaysToLeaveAreExpelled) {
  const auto b = build("Zambia gave Malawian diplomats 72 hours to leave on Monday.\n");
  const Event* e = test::event_on(b, "gave");
  ASSERT_TRUE(coded(e, "166"));
  EXPECT_EQ(country_of(e, ActorRole::source), "ZMB");
  EXPECT_EQ(e->summary.find("leave"), std::string::npos) << e->summary;
  const auto p = build("Malawian diplomats were given 72 hours to leave Zambia on Monday.\n");
  EXPECT_TRUE(coded(test::event_on(p, "given"), "166"));
  // counter-case: tourists told to leave are ordered out, not expelled as envoys
  const auto c = build("Zambia gave Malawian tourists 72 hours to leave on Monday.\n");
  EXPECT_FALSE(coded(test::event_on(c, "gave"), "166"));
}

TEST(EventsRound18, AReducedRelativeReadsInThePassive) {
  const auto b = build("The Zambian ambassador, recalled last week, said he had not been told why.\n");
  const Event* e = test::event_on(b, "recalled");
  ASSERT_TRUE(coded(e, "161"));
  EXPECT_EQ(country_of(e, ActorRole::source), "ZMB");
  // counter-case: a participle after a comma is read so only before a closer (a date, "by", ...):
  // elsewhere it may be a verb of a list with an object of its own ("expelled diplomats, recalled
  // its ambassador"), so "recalled as the row grew" is left unread
  const auto c = build("The Zambian ambassador, recalled as the row grew, said he had not been told why.\n");
  EXPECT_EQ(test::event_on(c, "recalled"), nullptr);
}

}  // namespace
