// Merge and dates round (docs/graph.md, "Merge and dates round"): distinct acts of one kind
// that the events stage told as one event, told apart by a cue word next to a mention's
// trigger (data/graph/distinct.tsv), each with a counter-case; and guards for the dates of
// such acts. Sentences written for these tests in modern wire style. The pipeline probes build
// the whole article; the direct ones give split_distinct_acts an event by hand, so that the
// rule is tested whatever the events stage joins.
#include "event_probe.hpp"
#include "graph_fixtures.hpp"

#include "actors/words.hpp"
#include "graph/split.hpp"

#include <dateline/actors.hpp>
#include <dateline/timex.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

using test::event_at;

std::set<std::string> countries(const Event& e, ActorRole role) {
  std::set<std::string> out;
  for (const Actor& a : e.actors)
    if (a.role == role && a.country) out.insert(*a.country);
  return out;
}

// --- through the pipeline ---------------------------------------------------------------------

TEST(MergeDates, SimilarMessagesAreAnotherActWithOtherTargets) {
  const auto b = test::build_probe(
      "In a condolence message to Indian Prime Minister Narendra Modi, Chinese President Xi Jinping expressed his "
      "sympathy over the train crash.\n\nSimilar messages were sent by the Chinese government to the leaders of Nepal "
      "and Bangladesh.\n",
      2024_y / 6 / 14);
  const Event* first = event_at(b, "condolence message");
  const Event* other = event_at(b, "sent");
  ASSERT_TRUE(first && other);
  EXPECT_NE(first, other);
  EXPECT_EQ(countries(*other, ActorRole::target), (std::set<std::string>{"BGD", "NPL"}));
  EXPECT_EQ(countries(*first, ActorRole::target), (std::set<std::string>{"IND"}));
  // No date of its own: the news of the day, as the first message.
  EXPECT_EQ(other->when.value, first->when.value);
}

TEST(MergeDates, FurtherSanctionsAreAnotherAct) {
  const auto b = test::build_probe(
      "The European Union imposed sanctions on 12 Iranian officials over the crackdown on protesters.\n\n"
      "The bloc imposed further sanctions on the officials on Thursday, the statement said.\n",
      2023_y / 11 / 17);
  const Event* first = event_at(b, "imposed sanctions");
  const Event* other = event_at(b, "imposed further");
  ASSERT_TRUE(first && other);
  EXPECT_NE(first, other);
  EXPECT_EQ(other->when.value, std::optional<std::string>("2023-11-16"));
  // Thursday is the further sanctions' day, not the first ones' (one event took it for both).
  EXPECT_NE(first->when.value, std::optional<std::string>("2023-11-16"));
}

// Counter-case: "the new agreement" is the one just told, not another.
TEST(MergeDates, TheNewAgreementIsTheOneJustSigned) {
  const auto b = test::build_probe(
      "U.N. envoy Rafael Grossi and Iranian officials signed an agreement on camera monitoring in Tehran on "
      "Saturday.\n\nInspections are not expected to resume until the new agreement's procedures are in place, "
      "diplomats said.\n",
      2023_y / 11 / 17);
  const Event* signed_ = event_at(b, "signed an agreement");
  ASSERT_TRUE(signed_);
  const std::size_t second = b.raw.find("agreement's");
  const bool joined = std::any_of(signed_->mentions.begin(), signed_->mentions.end(),
                                  [&](const Mention& m) { return m.trigger && m.trigger->start == second; });
  EXPECT_TRUE(joined);
}

// Counter-case: "new" without an article is a generic ("launching new attacks"), not an act
// told apart from the attack of the story.
TEST(MergeDates, GenericNewAttacksAreNoSplit) {
  const auto b = test::build_probe(
      "The rebels attacked the airport in Khartoum on Monday, killing four guards.\n\nThe army warned the rebels "
      "against launching new attacks on the city, a spokesman said.\n",
      2023_y / 11 / 17);
  const std::size_t n = std::count_if(b.t.events.begin(), b.t.events.end(),
                                      [](const Event& e) { return e.type.root && *e.type.root == "19"; });
  const auto o = test::build_probe("The rebels attacked the airport in Khartoum on Monday, killing four guards.\n",
                                   2023_y / 11 / 17);
  const std::size_t alone = std::count_if(o.t.events.begin(), o.t.events.end(),
                                          [](const Event& e) { return e.type.root && *e.type.root == "19"; });
  EXPECT_EQ(n, alone);
}

// Date guards (they pass before this round too): an act told with "last month" keeps that
// month, and an act told in a past perfect with its own day keeps the day, not the saying's.
TEST(MergeDates, LastMonthAndOwnDayOfAPastPerfect) {
  const auto a = test::build_probe(
      "Tensions rose after the prime minister, who visited Beijing last month, criticized the new tariffs.\n",
      2024_y / 6 / 14);
  const Event* visit = event_at(a, "visited");
  ASSERT_TRUE(visit);
  EXPECT_EQ(visit->when.value, std::optional<std::string>("2024-05"));
  const auto b = test::build_probe(
      "The Turkish foreign ministry said on Wednesday that Ankara had recalled its ambassador to Israel on "
      "Sunday.\n",
      2024_y / 6 / 14);
  const Event* recall = event_at(b, "recalled");
  ASSERT_TRUE(recall);
  EXPECT_EQ(recall->when.value, std::optional<std::string>("2024-06-09"));
}

// --- split_distinct_acts on events given by hand ----------------------------------------------

struct Built {
  Document doc;
  std::vector<Event> events;
};

// One event of `cameo` whose mentions are the given occurrences of `trigger`, dated by `when`
// (a temporal expression of the text, or none), the article published on `published`.
Built one_event(std::string text, const std::string& published, const std::string& trigger,
                const std::vector<std::size_t>& occurrences, std::string_view when_text, const std::string& cameo) {
  Built b{test::plain_document(std::move(text), "d1", published), {}};
  Event e;
  for (std::size_t k : occurrences) {
    Event one = test::make_event(b.doc, {trigger, k, cameo, "United States", "USA"});
    if (e.mentions.empty()) e = one;
    else e.mentions.push_back(one.mentions.front());
  }
  if (!when_text.empty()) {
    const Segmented seg = segment(b.doc.text);
    for (const Timex& t : find_timexes(seg, TimexOptions{b.doc.info.published}))
      if (b.doc.text.substr(t.start, t.end - t.start) == when_text) {
        e.when.text = std::string(when_text);
        e.when.value = t.value;
        e.when.earliest = t.earliest;
        e.when.latest = t.latest;
        e.when.basis = DateBasis::relative;
      }
  }
  b.events.push_back(std::move(e));
  return b;
}

void split(Built& b) {
  const Segmented seg = segment(b.doc.text);
  const auto timexes = find_timexes(seg, TimexOptions{b.doc.info.published});
  const auto words = detail::split_words(seg);
  const auto actors = detail::find_actors(seg, words);
  detail::split_distinct_acts(b.doc, seg, timexes, actors, b.events);
}

const std::string kSummits =
    "The second summit between the US president and the North Korean leader ended abruptly in Hanoi on Thursday.\n\n"
    "The first summit between the two men, in Singapore last June, produced a vague pledge.\n";

TEST(MergeDates, OrdinalsTellTwoSummitsApart) {
  Built b = one_event(kSummits, "2019-02-28", "summit", {0, 1}, "Thursday", "043");
  split(b);
  ASSERT_EQ(b.events.size(), 2u);
  EXPECT_EQ(b.events[0].mentions.size(), 1u);
  EXPECT_EQ(b.events[0].when.value, std::optional<std::string>("2019-02-28"));
  ASSERT_EQ(b.events[1].mentions.size(), 1u);
  EXPECT_EQ(b.events[1].when.value, std::optional<std::string>("2018-06"));
  EXPECT_EQ(b.events[1].when.text, std::optional<std::string>("last June"));
}

// The merged event took its date from the first summit's sentence: once the first summit is
// apart, the second has no date of its own but what its tense says.
TEST(MergeDates, ADateOfTheOtherActLeavesWithIt) {
  Built b = one_event(kSummits, "2019-02-28", "summit", {0, 1}, "last June", "043");
  split(b);
  ASSERT_EQ(b.events.size(), 2u);
  EXPECT_FALSE(b.events[0].when.value);
  EXPECT_EQ(b.events[0].when.latest, parse_day("2019-02-28"));
  EXPECT_EQ(b.events[1].when.value, std::optional<std::string>("2018-06"));
}

TEST(MergeDates, SummonedAgainIsAnotherSummons) {
  Built b = one_event(
      "Britain summoned the Iranian ambassador on Monday over the detention of an aid worker.\n\n"
      "The Foreign Office summoned him again on Thursday after a court upheld her sentence.\n",
      "2024-06-14", "summoned", {0, 1}, "Monday", "114");
  split(b);
  ASSERT_EQ(b.events.size(), 2u);
  EXPECT_EQ(b.events[0].when.value, std::optional<std::string>("2024-06-10"));
  EXPECT_EQ(b.events[1].when.value, std::optional<std::string>("2024-06-13"));
}

// Counter-cases: a mention with no cue (the act named again) stays; so does one whose cue
// word belongs to another noun ("the new government welcomed").
TEST(MergeDates, UncuedMentionAndAnotherNounsCueStay) {
  Built b = one_event(
      "Egypt welcomed the ceasefire on Monday.\n\nThe new government welcomed it too, and the army welcomed "
      "the truce in a statement.\n",
      "2024-06-14", "welcomed", {0, 1, 2}, "Monday", "051");
  split(b);
  EXPECT_EQ(b.events.size(), 1u);
  EXPECT_EQ(b.events[0].mentions.size(), 3u);
}

TEST(MergeDates, SameRankRejoinsItsGroup) {
  Built b = one_event(
      "The first round of talks opened in Doha on Monday.\n\nThe second round of talks opened in Cairo on "
      "Wednesday.\n\nMediators said the first round of talks had gone well.\n",
      "2024-06-14", "talks", {0, 1, 2}, "Monday", "046");
  split(b);
  ASSERT_EQ(b.events.size(), 2u);
  EXPECT_EQ(b.events[0].mentions.size(), 2u);
  EXPECT_EQ(b.events[1].when.value, std::optional<std::string>("2024-06-12"));
}

}  // namespace
