// Events, round 10: conditional and hoped-for acts, and events that must not merge (different
// days, different places), each on sentences written for these tests (none is taken from the
// corpus), through the whole pipeline (ingest, segmentation, timex tagging, actors, events).
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

std::optional<Modality> modality(const Built& b, std::string_view word) {
  const Event* e = on(b, word);
  return e ? std::optional<Modality>(e->modality) : std::nullopt;
}

TEST(EventsRound10, ActToComeUnderAConditionIsHypothetical) {
  const auto b = build("Syria will sign the treaty with Jordan if Israel withdraws from the Golan Heights.\n");
  EXPECT_EQ(modality(b, "sign"), Modality::hypothetical);
  // without the condition, the same act is expected
  const auto plain = build("Syria will sign the treaty with Jordan next week.\n");
  EXPECT_EQ(modality(plain, "sign"), Modality::expected);
}

TEST(EventsRound10, ConditionAfterACommaCounts) {
  const auto b = build("Israel is ready to impose a naval blockade on Lebanon, if necessary, the minister said.\n");
  EXPECT_EQ(modality(b, "blockade"), Modality::hypothetical);
}

TEST(EventsRound10, HopedForActIsProposedNotOccurred) {
  const auto b = build("Iraq is hoping to seize the oil fields of Kuwait, officials said.\n");
  ASSERT_NE(on(b, "seize"), nullptr);
  EXPECT_EQ(modality(b, "seize"), Modality::proposed);
}

TEST(EventsRound10, OptionsAreHypothetical) {
  const auto b = build("Pentagon officials said the options include a direct invasion of Iraq.\n");
  ASSERT_NE(on(b, "invasion"), nullptr);
  EXPECT_EQ(modality(b, "invasion"), Modality::hypothetical);
}

TEST(EventsRound10, ModalBeforeASayingMakesItPossibleButNotAThreatOrAReportedFuture) {
  const auto b = build("Iran could lash out at the United States, analysts said.\n");
  ASSERT_NE(on(b, "lash"), nullptr);
  EXPECT_EQ(modality(b, "lash"), Modality::hypothetical);
  // a saying announced in reported speech is made (the future is its content)
  const auto r = build("Libya said it would appeal for a trial in a neutral country.\n");
  ASSERT_NE(on(r, "appeal"), nullptr);
  EXPECT_EQ(modality(r, "appeal"), Modality::occurred);
}

TEST(EventsRound10, ActsInTwoNamedPlacesAreTwoEvents) {
  const auto b = build(
      "A bomb exploded outside the embassy in Nairobi on Friday.\n\n"
      "The explosion in Dar es Salaam killed ten people.\n\n"
      "Kenya condemned the blast in Nairobi.\n");
  const Event* nairobi = on(b, "exploded");
  const Event* dar = on(b, "explosion");
  ASSERT_NE(nairobi, nullptr);
  ASSERT_NE(dar, nullptr);
  EXPECT_NE(nairobi, dar);
  // the blast named again in the same place is the same act
  EXPECT_EQ(on(b, "blast"), nairobi);
}

TEST(EventsRound10, CoordinatedOrPluralPlacesStayOneAct) {
  const auto b = build(
      "The bombing of the embassies in Nairobi and Dar es Salaam killed 200 people.\n\n"
      "The bombing in Nairobi destroyed the embassy.\n");
  const Event* first = on(b, "bombing");
  ASSERT_NE(first, nullptr);
  EXPECT_GE(first->mentions.size(), 2u);
}

TEST(EventsRound10, SayingInASpeechOnADayIsDatedByThatDay) {
  const auto b = build(
      "Prime Minister John Major said in a speech on Sunday that Britain wanted better relations with Iran.\n\n"
      "Major said on Tuesday that Britain would keep its embassy in Tehran.\n");
  const Event* speech = on(b, "said in");
  ASSERT_NE(speech, nullptr);
  ASSERT_TRUE(speech->when.value.has_value());
  EXPECT_EQ(*speech->when.value, "2023-06-11");
  // the same speaker on another day of his own is another statement
  int statements = 0;
  for (const auto& e : b.t.events) statements += e.type.cameo == std::optional<std::string>("010");
  EXPECT_EQ(statements, 2);
}

TEST(EventsRound10, MinistersStatementDoesNotJoinTheGovernmentsPlainStatement) {
  const auto b = build(
      "The United States said on Thursday it was worried about Iraq.\n\n"
      "Bush, speaking from his vacation home in Maine, said he saw little reason to be optimistic about Iraq.\n");
  int statements = 0;
  for (const auto& e : b.t.events) statements += e.type.cameo == std::optional<std::string>("010");
  EXPECT_EQ(statements, 2);
}

}  // namespace

namespace {
// No event has one actor as both its source and its target.
bool acts_on_itself(const Event& e) {
  for (const auto& s : e.actors)
    for (const auto& t : e.actors)
      if (s.role == ActorRole::source && t.role == ActorRole::target && s.name == t.name) return true;
  return false;
}
}  // namespace

TEST(EventsRound10, NoEventOfTheTimeMLArticlesActsOnItself) {
  // The nearest-subject reading once made a victim its own killer ("... talk about killing
  // Rabin", after "Yitzhak Rabin's assassin" made Rabin the nearest person). Checked over
  // every article of the shared corpus, as an invariant of the output.
  DATELINE_REQUIRE_SHARED();
  std::size_t articles = 0;
  for (const char* corpus : {"TimeBank", "AQUAINT"}) {
    const auto dir = dateline::test::shared_dir() / "corpus" / "tempeval3-train" / corpus;
    for (const auto& f : std::filesystem::directory_iterator(dir)) {
      if (f.path().extension() != ".tml") continue;
      const Timeline t = build_timeline(ingest_file(f.path().string()));
      ++articles;
      for (const auto& e : t.events) EXPECT_FALSE(acts_on_itself(e)) << f.path().filename() << ": " << e.summary;
    }
  }
  EXPECT_GT(articles, 200u);
}
