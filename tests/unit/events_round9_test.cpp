// Events, round 9: rules and lexicon for unseen wire copy (modern Reuters/AP/AFP style and
// 1990s style), each on sentences written for these tests (none is taken from the corpus),
// through the whole pipeline (ingest, segmentation, timex tagging, actors, events, graph).
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

Built build(const std::string& text) { return test::build_probe(text, 2023_y / 6 / 15); }

// The first event one of whose mentions' trigger starts with the given word.
const Event* on(const Built& b, std::string_view word) { return test::event_on(b, word); }

std::optional<std::string> code(const Built& b, std::string_view word) {
  const Event* e = on(b, word);
  return e ? e->type.cameo : std::nullopt;
}

std::vector<std::string> names(const Event& e, ActorRole role) {
  std::vector<std::string> out;
  for (const auto& a : e.actors)
    if (a.role == role) out.push_back(a.name);
  return out;
}

std::vector<std::string> countries(const Event& e, ActorRole role) {
  std::vector<std::string> out;
  for (const auto& a : e.actors)
    if (a.role == role && a.country) out.push_back(*a.country);
  return out;
}

using V = std::vector<std::string>;
std::optional<std::string> C(const char* s) { return std::string(s); }

TEST(EventsRound9, ModernWirePhrasingsOfWholeCategories) {
  EXPECT_EQ(code(build("Lithuania summoned the Belarusian charge d'affaires on Tuesday.\n"), "summoned"), C("114"));
  EXPECT_EQ(code(build("Niger's junta ordered the French ambassador to leave on Friday.\n"), "ordered"), C("166"));
  EXPECT_EQ(code(build("Kenya declared two Somali diplomats persona non grata on Monday.\n"), "declared"), C("166"));
  EXPECT_EQ(code(build("The United States froze the assets of three Iranian banks on Monday.\n"), "froze"), C("163"));
  EXPECT_EQ(code(build("Armenia and Azerbaijan exchanged prisoners on Wednesday.\n"), "exchanged"), C("0841"));
  EXPECT_EQ(code(build("Hamas freed two hostages on Friday.\n"), "freed"), C("0841"));
  EXPECT_EQ(code(build("Biden and Xi held talks by phone on Thursday.\n"), "held"), C("041"));
  EXPECT_EQ(code(build("Seoul and Washington staged joint drills on Tuesday.\n"), "staged"), C("150"));
  EXPECT_EQ(code(build("North Korea fired a ballistic missile on Tuesday.\n"), "fired"), C("195"));
  EXPECT_EQ(code(build("Russia blocked the resolution at the Security Council on Friday.\n"), "blocked"), C("129"));
  EXPECT_EQ(code(build("Belarus vowed to retaliate on Tuesday.\n"), "vowed"), C("130"));
  EXPECT_EQ(code(build("Japan pledged military aid to the Philippines on Monday.\n"), "pledged"), C("0332"));
  EXPECT_EQ(code(build("Iran and Saudi Arabia re-established diplomatic relations on Friday.\n"), "re-established"),
            C("050"));
  // 1990s style
  EXPECT_EQ(code(build("Baghdad on Sunday summoned the Kuwaiti diplomat to protest.\n"), "summoned"), C("114"));
  // and a missile of a compound noun stays the strike it names
  const auto strike = build("U.S. forces on Thursday launched cruise missile strikes against camps in Afghanistan.\n");
  EXPECT_EQ(on(strike, "launched cruise missile"), nullptr);
}

TEST(EventsRound9, ConsultationsAsAPurposeAreNoEventOfTheirOwn) {
  auto b = build("France recalled its ambassadors to the United States and Australia on Friday for consultations.\n");
  EXPECT_EQ(on(b, "consultations"), nullptr);
  ASSERT_NE(on(b, "recalled"), nullptr);
  EXPECT_EQ(on(b, "recalled")->type.cameo, C("161"));
  // with a counterpart they are a meeting
  auto with = build("The Soviet envoy left on Tuesday for consultations with the governments of Syria and Jordan.\n");
  EXPECT_NE(on(with, "consultations"), nullptr);
}

TEST(EventsRound9, ConjoinedVerbAndParticipleShareTheSubject) {
  // the object of the first verb is not the subject of the second
  auto b = build("Lithuania expelled three Belarusian diplomats on Tuesday and summoned the Belarusian envoy.\n");
  const Event* e = on(b, "summoned");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Lithuania"});
  // ", accusing": the participle tells what the subject of the verb before did
  auto p = build("Mali expelled the French ambassador on Monday, accusing Paris of meddling.\n");
  e = on(p, "accusing");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Mali"});
  // 1990s style, a subject of its own after the comma is kept
  auto own = build("Iraq invaded Kuwait on Thursday, and Egypt, accusing Baghdad of aggression, recalled its envoy.\n");
  e = on(own, "accusing");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Egypt"});
}

TEST(EventsRound9, CapitalsAfterInOrAtArePlaces) {
  auto meet = build("European Union foreign ministers will meet in Brussels on Monday.\n");
  const Event* e = on(meet, "meet");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(countries(*e, ActorRole::target).empty());
  auto sign = build("The agreement was signed in Beijing by Iran on Friday.\n");
  e = on(sign, "signed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Iran"});
  EXPECT_TRUE(names(*e, ActorRole::target).empty());
  // a visit is paid to the place, and a possessive is an actor
  auto visit = build("King Hussein of Jordan arrived in Washington on Tuesday.\n");
  e = on(visit, "arrived");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::target), V{"USA"});
}

TEST(EventsRound9, ParticipleWithByEndsTheObject) {
  auto b = build("Armenia agreed to a prisoner swap brokered by Russia on Wednesday.\n");
  const Event* e = on(b, "agreed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Armenia"});
  EXPECT_TRUE(names(*e, ActorRole::target).empty());
  // without "by" the participle is part of the object
  auto lift = build("The United Nations will not lift sanctions imposed on Iraq, Annan said on Monday.\n");
  e = on(lift, "lift");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::target), V{"IRQ"});
}

TEST(EventsRound9, PastVerbIsNotDatedByALaterDayOfItsObject) {
  // published on Thursday 15 June 2023
  auto b = build("Moscow snubbed an invitation to attend a peace conference next month.\n");
  const Event* e = on(b, "snubbed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::occurred);
  ASSERT_TRUE(e->when.latest.has_value());
  EXPECT_LE(*e->when.latest, Day(2023_y / 6 / 15));
  // a verb told as to come keeps its day
  auto future = build("Russia will impose sanctions on Latvia next month.\n");
  e = on(future, "impose");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::expected);
}

TEST(EventsRound9, RelativeClauseKeepsItsDate) {
  auto b = build("Russia, which brokered a ceasefire between the two countries in 2020, criticized the deal on Friday.\n");
  const Event* e = on(b, "criticized");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->when.earliest.has_value());
  EXPECT_EQ(date::year_month_day(*e->when.earliest).year(), date::year(2023));
  // undated, the verb falls back on bounds, not on the clause's year
  auto undated = build("Hungary's foreign minister, who remembers the 1956 uprising, said membership mattered.\n");
  e = on(undated, "said");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->when.latest.has_value());
  EXPECT_EQ(date::year_month_day(*e->when.latest).year(), date::year(2023));
}

TEST(EventsRound9, ChainOfVerbsSharesItsFirstSubject) {
  auto b = build(
      "Britain expelled a Russian defence attache on Wednesday, accusing him of spying, and imposed sanctions on "
      "Russian companies.\n");
  const Event* e = on(b, "imposed");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(*e, ActorRole::source), V{"Britain"});
  EXPECT_EQ(code(build("Russia vowed a response on Wednesday.\n"), "vowed"), C("130"));
}

TEST(EventsRound9, SeatOfGovernmentAfterAtIsAPlace) {
  auto b = build("Armenia signed a peace agreement at the White House on Friday.\n");
  const Event* e = on(b, "signed");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(names(*e, ActorRole::target).empty());
}

TEST(EventsRound9, EnvoyToAHostActsForItsState) {
  auto b = build("The U.S. envoy to the United Nations called for an emergency meeting on Tuesday.\n");
  const Event* e = on(b, "called for");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::source), V{"USA"});
}

TEST(EventsRound9, StatePossessiveBeforeATitleGivesTheOfficeItsState) {
  auto b = build("Ukraine's foreign minister Dmytro Kuleba thanked Turkey on Monday.\n");
  const Event* e = on(b, "thanked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::source), V{"UKR"});
  auto envoy = build("Israel's ambassador to the United Nations praised the decision on Wednesday.\n");
  e = on(envoy, "praised");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::source), V{"ISR"});
  // a possessive before no title stays the state's
  auto plain = build("Russia's invasion of Ukraine on Thursday drew condemnation.\n");
  e = on(plain, "invasion");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(countries(*e, ActorRole::source), V{"RUS"});
}

TEST(EventsRound9, SayingNamedByANounComesFromAfterFrom) {
  auto b = build("The launch drew condemnation from Washington and Seoul on Tuesday.\n");
  const Event* e = on(b, "condemnation");
  ASSERT_NE(e, nullptr);
  auto src = countries(*e, ActorRole::source);
  std::sort(src.begin(), src.end());
  EXPECT_EQ(src, (V{"KOR", "USA"}));
}

TEST(EventsRound9, ObjectNounDoesNotTakeTheSubjectOfItsVerb) {
  // "condemned the veto": the veto is someone else's
  auto b = build("Abbas condemned the veto on Friday.\n");
  for (const auto& e : b.t.events)
    if (e.type.cameo == C("129")) {
      EXPECT_NE(names(e, ActorRole::source), V{"Abbas"});
    }
  // nor is a criticism rebuffed by the subject its own
  auto rebuff = build("Lukashenko rebuffed the criticism on Tuesday.\n");
  for (const auto& e : rebuff.t.events)
    if (e.type.cameo == C("111")) {
      EXPECT_NE(names(e, ActorRole::source), V{"Lukashenko"});
    }
  // a saying in a prepositional phrase is still the subject's
  auto call = build("Biden and Kishida discussed the launch in a phone call on Tuesday.\n");
  ASSERT_NE(on(call, "discussed"), nullptr);
}

TEST(EventsRound9, QuotationClosedByAPronounIsNoNewStatement) {
  auto b = build("Egypt condemned the attacks on Tuesday. \"Terror has no place in our region,\" he said.\n");
  EXPECT_EQ(on(b, "said"), nullptr);
  // a named speaker still makes one
  auto named = build("\"Terror has no place in our region,\" Foreign Minister Amr Moussa said on Tuesday.\n");
  EXPECT_NE(on(named, "said"), nullptr);
}

}  // namespace
