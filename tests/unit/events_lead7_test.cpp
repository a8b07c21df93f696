// Events: the lead's fixes of session 7, found by reading the build of modern wire-style
// sentences written for the purpose. Through the whole pipeline, each with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

test::Probe build(const std::string& text, date::year_month_day day = 2021_y / 5 / 24) { return test::build_probe(text, day); }

using test::source_of;

TEST(EventsLead7, AnAppositiveAfterTheSubjectIsPassed) {
  const auto b = build("Russia, Belarus's closest ally, defended Minsk on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(b, "defended")), "Russia");
  const auto c = build("Germany, the bloc's largest economy, criticized Hungary on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(c, "criticized")), "Germany");
}

TEST(EventsLead7, AListIsNoAppositive) {
  // The last item of a list before the verb is still found ("Hungary" is no description of
  // Poland), and an actor's own comma-free subject is unaffected.
  const auto b = build("Poland, Hungary and the Czech Republic joined NATO on Friday.\n");
  const Event* joined = test::event_on(b, "joined");
  ASSERT_NE(joined, nullptr);
  EXPECT_NE(source_of(joined), "Poland");
  const auto c = build("Belarus's closest ally Russia defended Minsk on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(c, "defended")), "Russia");
}

TEST(EventsLead7, AnActorAfterAPlacePrepositionIsNoSubject) {
  // "flying over Belarus and called for": Belarus is where, not who calls.
  const auto b = build(
      "European Union leaders met in Brussels on Monday.\n\n"
      "The 27 leaders urged carriers to avoid flying over Belarus and called for the release of the journalist.\n");
  const Event* called = test::event_on(b, "called");
  ASSERT_NE(called, nullptr);
  EXPECT_NE(source_of(called), "Belarus");
}

TEST(EventsLead7, ABodyCountNamesTheMembersOfTheBodyNamedLast) {
  const auto b = build(
      "European Union leaders met in Brussels on Monday.\n\n"
      "The 27 leaders also urged Belarus to free the journalist.\n");
  EXPECT_EQ(source_of(test::event_on(b, "urged")), "European Union");
  // A small count is the states just listed, not the body.
  const auto c = build(
      "Poland, Hungary and the Czech Republic joined NATO on Friday.\n\n"
      "The three countries also urged Belarus to free the journalist.\n");
  EXPECT_NE(source_of(test::event_on(c, "urged")), "NATO");
}

TEST(EventsLead7, AClauseOpenedBySignalKeepsItsOwnSubject) {
  // "arrested" is conjoined with "forced", whose subject Minsk opens the "after" clause; it is
  // not the chain of "agreed".
  const auto b = build(
      "European Union leaders agreed on Monday to impose sanctions on Belarus after Minsk forced a plane to land "
      "and arrested a journalist on board.\n");
  EXPECT_EQ(source_of(test::event_on(b, "arrested")), "Minsk");
  // Counter-case: a verb conjoined to the chain's verb still shares its subject.
  const auto c = build("Japan condemned the bombing of the embassy in Nairobi and sent rescue teams to Kenya.\n");
  EXPECT_EQ(source_of(test::event_on(c, "sent")), "Japan");
}

std::string cameo_of(const Event* e) { return e ? e->type.cameo.value_or("-") : "(no event)"; }

TEST(EventsLead7, ASayingNotMadeIsACommentDeclined) {
  const auto b = build("North Korea did not immediately respond to a request for comment.\n");
  EXPECT_EQ(cameo_of(test::event_on(b, "respond")), "011");
  const auto c = build("The Kremlin declined to comment on Tuesday.\n");
  EXPECT_EQ(cameo_of(test::event_on(c, "declined")), "011");
  // A saying that was made stays a statement, and is not merged with the comment declined.
  const auto d = build(
      "Kremlin spokesman Dmitry Peskov said on Monday that Moscow would respond to any sanctions.\n\n"
      "Peskov did not comment on the expulsions.\n");
  const Event* said = test::event_on(d, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(cameo_of(said).substr(0, 2), "01");
  EXPECT_NE(cameo_of(said), "011");
  EXPECT_NE(said, test::event_on(d, "comment"));
}

TEST(EventsLead7, APossessiveSourceMayStandBeforeSeveralModifiers) {
  const auto b = build(
      "The council imposed sanctions in response to Pyongyang's two intercontinental ballistic missile tests last month.\n");
  EXPECT_EQ(source_of(test::event_on(b, "missile")), "Pyongyang");
  // A bare name as far off is another phrase's ("backing out of Kuwait or launching attacks").
  const auto c = build("Iraq faces the choice of backing out of Kuwait or launching new attacks.\n");
  const Event* attacks = test::event_on(c, "attacks");
  if (attacks) {
    EXPECT_NE(source_of(attacks), "Kuwait");
  }
}

TEST(EventsLead7, AVerbAfterButSharesTheClauseSubject) {
  const auto b = build("China and Russia backed the measure but called on Washington to resume dialogue.\n");
  const Event* called = test::event_on(b, "called");
  ASSERT_NE(called, nullptr);
  EXPECT_TRUE(std::any_of(called->actors.begin(), called->actors.end(),
                          [](const Actor& a) { return a.role == ActorRole::source && a.name == "Russia"; }));
  // Counter-case: a subject of its own after "but" is kept.
  const auto c = build("China backed the measure but Russia called on Washington to resume dialogue.\n");
  EXPECT_EQ(source_of(test::event_on(c, "called")), "Russia");
}

std::string target_of(const Event* e) {
  if (!e) return "(no event)";
  for (const Actor& a : e->actors)
    if (a.role == ActorRole::target) return a.name;
  return "(no target)";
}

TEST(EventsLead7, AFamilyNameFirstIsReadBackBare) {
  // "Wang" of "Wang Yi" (family name first); a listed given name is no family name.
  const auto b = build(
      "Chinese Foreign Minister Wang Yi spoke in Manila on Saturday.\n\n"
      "U.S. Secretary of State Rex Tillerson is due to meet Wang in Manila on Sunday.\n");
  EXPECT_EQ(target_of(test::event_on(b, "meet")), "Wang Yi");
  const auto c = build(
      "Foreign Secretary Boris Johnson spoke in London on Saturday.\n\n"
      "Secretary of State Rex Tillerson is due to meet Boris in Manila on Sunday.\n");
  EXPECT_NE(target_of(test::event_on(c, "meet")), "Boris Johnson");
}

TEST(EventsLead7, APronounOpeningASentenceGoesOnWithTheSubjectBefore) {
  const auto b = build(
      "Secretary-General Kofi Annan met President Saddam Hussein in Baghdad on Sunday.\n\n"
      "He is expected to meet Deputy Prime Minister Tariq Aziz later on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(b, "meet")), "Kofi Annan");
  // Counter-case: a pronoun inside the sentence still takes the last person named.
  const auto c = build(
      "Secretary-General Kofi Annan met President Saddam Hussein in Baghdad on Sunday, and a day later "
      "Hussein said he would meet Deputy Prime Minister Tariq Aziz.\n");
  const Event* meet = test::event_on(c, "meet");
  if (meet) {
    EXPECT_NE(source_of(meet), "Kofi Annan");
  }
}

TEST(EventsLead7, AMonthNameAfterATitleOrAGivenNameIsAName) {
  // "May" of "Theresa May" is a name, and no modal of possibility.
  const auto b = build("Prime Minister Theresa May condemned Russia on Tuesday.\n");
  const Event* condemned = test::event_on(b, "condemned");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(source_of(condemned), "Theresa May");
  EXPECT_EQ(condemned->modality, Modality::occurred);
  const auto c = build("Donald Trump spoke to Mrs May by phone on Tuesday.\n");
  EXPECT_TRUE(target_of(test::event_on(c, "spoke")).ends_with("May"));
  // Counter-case: a month with a day after a name is a date.
  const auto d = build("Foreign Minister Sergei Lavrov met Madeleine Albright in Moscow on May 5, 2020.\n");
  const Event* met = test::event_on(d, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_EQ(met->when.value.value_or(""), "2020-05-05");
}

TEST(EventsLead7, AFutureDateIsNoDateOfASayingMade) {
  const auto b = build("French President Emmanuel Macron said France would decide on its response in the coming days.\n");
  const Event* said = test::event_on(b, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_NE(said->when.value.value_or(""), "FUTURE_REF");
  EXPECT_EQ(said->modality, Modality::occurred);
}

TEST(EventsLead7, ANounAfterATopicVerbIsATopic) {
  // "the attack" discussed is no attack to come (nor a threat by the speaker).
  const auto b = build(
      "NATO Secretary General Jens Stoltenberg said the alliance would discuss the attack at a meeting in Brussels "
      "on Thursday.\n");
  for (const Event& e : b.t.events) {
    EXPECT_NE(e.type.cameo.value_or("").substr(0, 2), "19");
    EXPECT_NE(e.type.cameo.value_or("").substr(0, 2), "13");
  }
  // Counter-case: an attack told after another verb is one.
  const auto c = build("Russia condemned the attack on the embassy in Kyiv on Thursday.\n");
  EXPECT_NE(test::event_on(c, "attack"), nullptr);
}

TEST(EventsLead7, ACapitalAfterInIsWhereASayingWasMade) {
  const auto b = build("Russia's assurances in Beijing on Tuesday eased tensions.\n");
  EXPECT_EQ(target_of(test::event_on(b, "assurances")), "(no target)");
  // Counter-case: a visit's place is whom it is paid to.
  const auto c = build("Foreign Minister Sergei Lavrov's visit to Beijing on Tuesday eased tensions.\n");
  EXPECT_EQ(target_of(test::event_on(c, "visit")), "Beijing");
}

TEST(EventsLead7, AVerbOfCallingGivesANameAcrossItsObject) {
  const auto b = build("Russia's embassy in London called the expulsions totally unacceptable.\n");
  const Event* e = test::event_on(b, "unacceptable");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(cameo_of(e), "111");
  EXPECT_EQ(target_of(e), "(no target)");  // London is where the embassy is
  const auto c = build("Russia called Britain's decision provocative.\n");
  EXPECT_EQ(source_of(test::event_on(c, "provocative")), "Russia");
  EXPECT_EQ(target_of(test::event_on(c, "provocative")), "Britain");
  // Counter-cases: "called for" gives no name; a word before its noun is no name given.
  const auto d = build("Russia called for an end to the unacceptable attacks.\n");
  EXPECT_EQ(test::event_on(d, "unacceptable"), nullptr);
  const auto f = build("The irresponsible policy of Britain drew protests from Russia.\n");
  EXPECT_EQ(test::event_on(f, "irresponsible"), nullptr);
}

TEST(EventsLead7, AnActNamedAfterASupportVerbAfterAndSharesTheSubject) {
  const auto b = build("India condemned Pakistan and carried out air strikes inside Pakistan on Tuesday.\n", 2019_y / 2 / 28);
  const Event* strikes = test::event_on(b, "air strikes");
  ASSERT_NE(strikes, nullptr);
  EXPECT_EQ(source_of(strikes), "India");
  EXPECT_EQ(target_of(strikes), "Pakistan");
  EXPECT_EQ(strikes->when.value.value_or(""), "2019-02-26");
  // the condemnation does not react to the strikes told after "and"
  for (const Link& l : b.t.links) EXPECT_NE(l.relation, Relation::responds_to);
  // An act a definite noun refers back to is not the act named afresh after it.
  const auto c = build("India blamed the group for the attack and carried out air strikes inside Pakistan on Tuesday.\n");
  const Event* s2 = test::event_on(c, "air strikes");
  ASSERT_NE(s2, nullptr);
  EXPECT_EQ(s2->mentions.size(), 1u);
}

TEST(EventsLead7, AHighCommissionerIsAnEnvoy) {
  const auto b = build("India summoned Pakistan's acting high commissioner in New Delhi on Wednesday.\n");
  const Event* e = test::event_on(b, "summoned");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(cameo_of(e), "114");
  EXPECT_EQ(source_of(e), "India");
}

TEST(EventsLead7, ALeadersTitleAfterTheIsThePersonLastNamedWithIt) {
  const auto b = build("Russian President Vladimir Putin spoke on Monday.\n\nThe president accused Kyiv of sabotage.\n");
  EXPECT_EQ(source_of(test::event_on(b, "accused")), "Vladimir Putin");
  // Counter-cases: "the president of Ukraine" is another; "the minister" alone may be anyone's.
  const auto c = build(
      "Russian President Vladimir Putin spoke on Monday.\n\nThe president of Ukraine accused Moscow of sabotage.\n");
  EXPECT_NE(source_of(test::event_on(c, "accused")), "Vladimir Putin");
  const auto d = build(
      "Russian Foreign Minister Sergei Lavrov spoke on Monday.\n\nThe minister accused Kyiv of sabotage.\n");
  EXPECT_NE(source_of(test::event_on(d, "accused")), "Sergei Lavrov");
}

bool has_participant_of(const Event* e, std::string_view country) {
  return e && std::any_of(e->actors.begin(), e->actors.end(), [&](const Actor& a) {
           return a.role == ActorRole::participant && a.country && *a.country == country;
         });
}

TEST(EventsLead7, TheTwoSidesAreTwoStatesPeopleStandFor) {
  const auto b = build(
      "Chinese Foreign Minister Wang Yi met Kazakh President Nursultan Nazarbayev in Tashkent on Friday.\n\n"
      "The two sides agreed to step up cooperation.\n");
  const Event* agreed = test::event_on(b, "agreed");
  ASSERT_NE(agreed, nullptr);
  EXPECT_TRUE(has_participant_of(agreed, "CHN"));
  EXPECT_TRUE(has_participant_of(agreed, "KAZ"));
  EXPECT_FALSE(has_participant_of(agreed, "UZB"));  // Tashkent is where they met
  // Counter-case: two states named are the two sides.
  const auto c = build("Russia and Ukraine held talks in Minsk on Friday.\n\nThe two sides agreed to a ceasefire.\n");
  const Event* agreed2 = test::event_on(c, "agreed");
  ASSERT_NE(agreed2, nullptr);
  EXPECT_TRUE(has_participant_of(agreed2, "RUS"));
  EXPECT_TRUE(has_participant_of(agreed2, "UKR"));
}

TEST(EventsLead7, TheTwoMinistersAreTheLastTwoPeople) {
  const auto b = build(
      "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on Saturday.\n\n"
      "The two ministers also signed a joint statement on international law.\n");
  const Event* signed_ = test::event_on(b, "signed");
  ASSERT_NE(signed_, nullptr);
  EXPECT_TRUE(has_participant_of(signed_, "CHN"));
  EXPECT_TRUE(has_participant_of(signed_, "RUS"));
}

TEST(EventsLead7, ASayingAndAnActOfOneRootAreTwoEvents) {
  // 051 (praise) and 057 (agreement) share the root 05 but are not one event.
  const auto b = build("The agreement was hailed by US President Barack Obama as a step forward.\n");
  const Event* hailed = test::event_on(b, "hailed");
  ASSERT_NE(hailed, nullptr);
  EXPECT_EQ(cameo_of(hailed), "051");
  EXPECT_EQ(source_of(hailed), "Barack Obama");
  // Counter-case: two sayings of one speaker and root still merge.
  const auto c = build(
      "Russian President Vladimir Putin praised the deal on Monday and hailed the negotiators.\n");
  EXPECT_EQ(test::event_on(c, "praised"), test::event_on(c, "hailed"));
}

TEST(EventsLead7, APassiveWithBeingMatchesItsPhrase) {
  const auto b = build("Abbas announced that the Palestinian ambassador to the UAE was being recalled.\n");
  EXPECT_EQ(cameo_of(test::event_on(b, "recalled")), "161");
  // Counter-case: a verb of another phrase after "was being" is no recall.
  const auto c = build("The Palestinian ambassador to the UAE was being interviewed on Monday.\n");
  EXPECT_EQ(test::event_on(c, "interviewed"), nullptr);
}

TEST(EventsLead7, ContactsFrozenAndAChargeRecalled) {
  const auto b = build("Britain will freeze all high-level contacts with Russia.\n");
  EXPECT_EQ(cameo_of(test::event_on(b, "freeze")), "160");
  const auto c = build("Moscow recalled its charge d'affaires from Kyiv on Monday.\n");
  EXPECT_EQ(cameo_of(test::event_on(c, "recalled")), "161");
}

TEST(EventsLead7, TwoAccordsToDifferentActsAreTwoEvents) {
  const auto b = build(
      "Saudi Arabia and Iran on Friday agreed to resume diplomatic relations.\n\n"
      "The two countries also agreed to activate a security cooperation pact.\n");
  // the event whose trigger starts where `needle` does
  auto at = [&](std::string_view needle) -> const Event* {
    const std::size_t pos = b.raw.find(needle);
    for (const auto& e : b.t.events)
      for (const auto& m : e.mentions)
        if (m.trigger && m.trigger->start == pos) return &e;
    return nullptr;
  };
  const Event* resume = at("agreed to resume");
  const Event* activate = at("agreed to activate");
  ASSERT_NE(resume, nullptr);
  ASSERT_NE(activate, nullptr);
  EXPECT_NE(resume, activate);
}

std::string source_country(const Event* e) {
  if (!e) return "(no event)";
  for (const Actor& a : e->actors)
    if (a.role == ActorRole::source) return a.country.value_or("-");
  return "(no source)";
}

TEST(EventsLead7, ANationalBodyOwnedByAnotherStateIsThatStates) {
  const auto b = build("Iran's Supreme National Security Council said on Friday the deal was fair.\n");
  EXPECT_EQ(source_country(test::event_on(b, "said")), "IRN");
  const auto c = build("The Iranian National Security Council said on Friday the deal was fair.\n");
  EXPECT_EQ(source_country(test::event_on(c, "said")), "IRN");
  // Counter-case: named bare, the body is the state it is listed under.
  const auto d = build("The National Security Council said on Friday the deal was fair.\n");
  EXPECT_EQ(source_country(test::event_on(d, "said")), "USA");
}

}  // namespace
