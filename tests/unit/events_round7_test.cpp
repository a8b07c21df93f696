// Events, round 7: the rules for the failure classes of the third held-out set, each on
// sentences written for these tests (none is taken from the corpus), through the whole
// pipeline (ingest, segmentation, timex tagging, actors, events, graph).
#include <dateline/ingest.hpp>
#include <dateline/pipeline.hpp>

#include "event_probe.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace {

using namespace dateline;
using namespace date::literals;

using Built = test::Probe;

Built build(const std::string& text) { return test::build_probe(text, 1998_y / 8 / 13); }

std::string trigger(const Built& b, const Event& e) {
  const Mention& m = e.mentions.at(0);
  if (!m.trigger) return {};
  return b.raw.substr(m.trigger->start, m.trigger->end - m.trigger->start);
}

// The first event whose trigger starts with the given word.
const Event* on(const Built& b, std::string_view word) {
  for (const auto& e : b.t.events)
    if (trigger(b, e).starts_with(word)) return &e;
  return nullptr;
}

bool has_root(const Built& b, std::string_view root) {
  return std::any_of(b.t.events.begin(), b.t.events.end(), [&](const Event& e) { return e.type.root == root; });
}

std::string source_name(const Event& e) {
  for (const auto& a : e.actors)
    if (a.role == ActorRole::source) return a.name;
  return {};
}

TEST(EventsRound7, SynonymFamiliesOfTheLexicon) {
  auto embrace = build("The European Union embraced Estonia and Latvia as members on Monday.\n");
  const Event* e = on(embrace, "embraced");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.root, "05");

  auto shut = build("Syria shut down Turkey's main oil pipeline on Tuesday.\n");
  e = on(shut, "shut");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, std::optional<std::string>("163"));

  auto stop = build("Then the Serbian government stopped providing the monitors with fuel.\n");
  e = on(stop, "stopped");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.root, "16");

  auto dismiss = build("Chile dismissed suggestions by Peruvian officials that it had armed the rebels.\n");
  e = on(dismiss, "dismissed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.root, "12");

  auto envoy = build("Egypt sent an envoy to Khartoum on Wednesday.\n");
  e = on(envoy, "sent");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, std::optional<std::string>("042"));
}

TEST(EventsRound7, AllegeWithASubjectIsAnAccusation) {
  auto verb = build("Pakistan alleged on Monday that the journalist was an Indian spy.\n");
  const Event* e = on(verb, "alleged");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, std::optional<std::string>("112"));
  EXPECT_EQ(source_name(*e), "Pakistan");
  // the adjective after a preposition accuses no one
  auto adjective = build("French jets carried out raids on alleged rebel camps in Chad on Sunday.\n");
  EXPECT_EQ(on(adjective, "alleged"), nullptr);
  EXPECT_FALSE(has_root(adjective, "11"));
}

TEST(EventsRound7, InvertedAttributionNamesTheSpeaker) {
  auto b = build("\"The blockade must end,\" said the French Deputy Ambassador Jean Morel.\n");
  const Event* e = on(b, "said");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.root, "01");
  EXPECT_EQ(source_name(*e), "Jean Morel");
  // a name going on into a verb is the subject of the reported clause, not the speaker
  auto clause = build("Chile, in a statement, said the United States would send troops to Haiti.\n");
  for (const auto& ev : clause.t.events)
    if (ev.type.root == "01") {
      EXPECT_NE(source_name(ev), "United States") << trigger(clause, ev);
    }
}

TEST(EventsRound7, OtherSensesAreNoEvents) {
  // a unit named after an event noun
  EXPECT_FALSE(has_root(build("Russian air assault forces arrived in Pristina on Friday.\n"), "18"));
  EXPECT_FALSE(has_root(build("Kenya's criminal investigation department said the van was stolen.\n"), "09"));
  // "meet" with standards, "charge ... with" a task
  EXPECT_FALSE(has_root(build("Slovakia and Romania tried hard to meet NATO's standards.\n"), "04"));
  EXPECT_FALSE(has_root(build("The Security Council charged the monitors with counting the tanks.\n"), "17"));
  // a name-calling word that modifies a noun calls no one anything
  EXPECT_FALSE(has_root(build("The FBI says Hamdan is the leader of a terrorist organization.\n"), "11"));
  // ...but the predicate still does
  EXPECT_TRUE(has_root(build("Iran called Saddam Hussein a terrorist on Monday.\n"), "11"));
  // a real meeting is still one
  EXPECT_TRUE(has_root(build("Albright met Kavan in Prague on Tuesday.\n"), "04"));
}

TEST(EventsRound7, AnUndatedVerbDoesNotJoinAnEventOfAnotherYear) {
  auto b = build(
      "Albright watched the foreign ministers sign the accession documents.\n\n"
      "Secretary of State Dean Acheson signed the treaty on April 4, 1949.\n");
  int signings = 0;
  for (const auto& e : b.t.events)
    if (e.type.cameo == std::optional<std::string>("057")) ++signings;
  EXPECT_EQ(signings, 2);
}

}  // namespace
