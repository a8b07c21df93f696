// Events, round 11: reported speech. Each rule on sentences written for these tests (none is
// taken from the corpus), through the whole pipeline (ingest, segmentation, timex tagging,
// actors, events), each with a counter-case that the rule must leave alone.
#include <dateline/ingest.hpp>
#include <dateline/pipeline.hpp>

#include "event_probe.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace dateline;
using namespace date::literals;

using Built = test::Probe;

Built build(const std::string& text) { return test::build_probe(text, 2023_y / 6 / 15); }

// The first event one of whose mentions' trigger starts with the given word.
const Event* on(const Built& b, std::string_view word) { return test::event_on(b, word); }

// The first event of the given CAMEO code.
const Event* of_type(const Built& b, std::string_view cameo) {
  for (const auto& e : b.t.events)
    if (e.type.cameo && *e.type.cameo == cameo) return &e;
  return nullptr;
}

TEST(EventsRound11, OwnSidesRefusedActIsTheStatementsContent) {
  const auto b = build("President Emmanuel Macron said France would not withdraw its troops from Mali.\n");
  EXPECT_NE(of_type(b, "010"), nullptr);
  EXPECT_EQ(on(b, "withdraw"), nullptr);
  ASSERT_EQ(b.t.events.size(), 1u);
}

TEST(EventsRound11, PronounDoerOfTheSpeakingStateIsItsOwnSide) {
  const auto b = build("Germany said it will not recall its ambassador from Poland.\n");
  EXPECT_NE(of_type(b, "010"), nullptr);
  EXPECT_EQ(on(b, "recall"), nullptr);
}

TEST(EventsRound11, AnotherSidesPastActStaysAnEvent) {
  // counter-case: what the speaker reports of another state, told as done, is news of its own
  const auto b = build("President Emmanuel Macron said Russia had withdrawn its troops from Syria.\n");
  const Event* e = on(b, "withdrawn");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::occurred);
}

TEST(EventsRound11, OwnActWithADateOfItsOwnStaysAnEvent) {
  // counter-case: a dated act to come is news of its own, not only what the statement says
  const auto b = build("President Emmanuel Macron said France will withdraw its troops from Mali on Friday.\n");
  const Event* e = on(b, "withdraw");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::expected);
}

TEST(EventsRound11, DoerNamedInTheClauseIsNoSpeaker) {
  // counter-case: a speaker without a name ("The minister") is not the state named after
  // "said", so the act stays and no statement is made up for that state
  const auto b = build("The minister said Poland was ready to join the alliance.\n");
  EXPECT_NE(on(b, "join"), nullptr);
  EXPECT_EQ(of_type(b, "010"), nullptr);
}

TEST(EventsRound11, DeedToldAfterClaimedThatIsAlleged) {
  const auto b = build("Iran claimed that Iraq had attacked its border posts.\n");
  const Event* e = on(b, "attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::alleged);
  // counter-case: a plain saying asserts the deed
  const auto said = build("Iran said that Iraq had attacked its border posts.\n");
  const Event* s = on(said, "attacked");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->modality, Modality::occurred);
}

TEST(EventsRound11, DeedAnActorIsAccusedOfIsAlleged) {
  const auto b = build("Iran accused Iraq of attacking its border posts.\n");
  const Event* e = on(b, "attacking");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::alleged);
  // counter-case: "of" after another verb ("warned Iraq of") is no accusation cue
  const auto warned = build("Iran told Iraq of attacking its border posts.\n");
  const Event* w = on(warned, "attacking");
  if (w) {
    EXPECT_NE(w->modality, Modality::alleged);
  }
}

}  // namespace
