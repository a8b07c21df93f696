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

// Lexicon coverage: one test per CAMEO family added this round, each with its counter-case.
// The type of the event on `word`, or "" when there is none.
std::string code_on(const std::string& text, std::string_view word) {
  const auto b = build(text);
  const Event* e = test::event_on(b, word);
  return e && e->type.cameo ? *e->type.cameo : std::string();
}
bool has_root(const std::string& text, std::string_view root) {
  const auto b = build(text);
  return std::any_of(b.t.events.begin(), b.t.events.end(), [&](const Event& e) { return e.type.root == root; });
}

TEST(EventsRound13, VisitsToldAsToursTripsAndDelegations) {
  EXPECT_EQ(code_on("The French foreign minister toured the refugee camps in Albania on Monday.\n", "toured"), "042");
  EXPECT_EQ(code_on("Albright's trip to Beijing ended on Monday.\n", "trip"), "042");
  EXPECT_EQ(code_on("Japanese Prime Minister Keizo Obuchi led a delegation to Moscow on Monday.\n", "led"), "042");
  // counter-cases: a tour of duty, a trip-wire, a lead in the polls
  EXPECT_FALSE(has_root("The British sergeant completed a tour of duty in Germany on Monday.\n", "04"));
  EXPECT_FALSE(has_root("A Russian soldier stepped on a trip-wire near the border on Monday.\n", "04"));
  EXPECT_FALSE(has_root("Britain's Labour Party led the polls by ten points on Monday.\n", "04"));
  // ... and "tour" after a compound of a figure is the noun ("10" "-" "hour" "tour")
  EXPECT_FALSE(has_root("U.N. inspector Scott Ritter led his team on a 10-hour tour of three Iraqi sites.\n", "04"));
}

TEST(EventsRound13, TributeAndMembership) {
  EXPECT_EQ(code_on("Chinese President Jiang Zemin paid tribute to the victims on Monday.\n", "paid"), "051");
  // "became": an irregular past the inflection now knows, with a modifier in the gap
  EXPECT_EQ(code_on("Poland became a full-fledged member of NATO on Monday.\n", "became"), "060");
  // counter-case: "paid" an amount is no tribute
  EXPECT_NE(code_on("Japan paid $10 million to Turkey on Monday.\n", "paid"), "051");
}

TEST(EventsRound13, AidGivenAsMoneyExpertsAndLoans) {
  EXPECT_EQ(code_on("Japan contributed $10 million to Turkey on Monday.\n", "contributed"), "070");
  // the currency sign is no word of the gap between "pledged" and "aid"
  EXPECT_EQ(code_on("Japan pledged $100 million in aid to Turkey on Monday.\n", "pledged"), "033");
  EXPECT_EQ(code_on("Russia sent a team of experts to Iraq on Monday.\n", "sent"), "070");
  EXPECT_EQ(code_on("The European Union extended a loan to Russia on Monday.\n", "extended"), "071");
  // counter-cases: contributing to a mood; a figure still counts ("call up to 200,000
  // reservists for" is no "call for")
  EXPECT_FALSE(has_root("Japan's policy contributed to the tension with China on Monday.\n", "07"));
  EXPECT_FALSE(has_root("Bush can call up to 200,000 reservists for duty in the Gulf.\n", "02"));
}

TEST(EventsRound13, BansWarningsAndRestrictionsLifted) {
  EXPECT_EQ(code_on("The United States lifted a travel ban on Libya on Monday.\n", "lifted"), "081");
  EXPECT_EQ(code_on("China eased restrictions on foreign journalists on Monday.\n", "eased"), "081");
  EXPECT_EQ(code_on("Washington waived the sanctions on Pakistan on Monday.\n", "waived"), "085");
  // counter-case: "travel" after "against" is the noun, no journey to Jordan
  const auto b = build("The United States lifted a warning against travel to Jordan on Monday.\n");
  const Event* e = test::event_on(b, "lifted");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, "081");
  for (const auto& x : b.t.events) EXPECT_NE(x.type.root, "04") << x.summary;
}

TEST(EventsRound13, TravelWarningsAndEmbassiesEmptied) {
  EXPECT_EQ(code_on("The State Department issued a travel caution for Kenya on Monday.\n", "issued"), "130");
  EXPECT_EQ(code_on("The United States evacuated its embassy staff from Sudan on Monday.\n", "evacuated"), "161");
  EXPECT_EQ(
      code_on("The State Department ordered the departure of non-essential embassy staff from Kenya on Monday.\n",
              "ordered"),
      "161");
  // counter-case: evacuating a hospital reduces no relations
  EXPECT_FALSE(has_root("Russian police evacuated the hospital in Moscow on Monday.\n", "16"));
}

TEST(EventsRound13, ExtraditionTrialsAndApplications) {
  EXPECT_EQ(code_on("Britain extradited the suspect to Spain on Monday.\n", "extradited"), "174");
  EXPECT_EQ(code_on("Russia sentenced the American to 10 years in prison on Monday.\n", "sentenced"), "173");
  EXPECT_EQ(code_on("Cuba applied for membership in the World Trade Organization on Monday.\n", "applied"), "020");
  // counter-case: a meeting that brought sides together is no trial
  EXPECT_FALSE(has_root("The Russian proposal brought the two sides closer to a deal on Monday.\n", "17"));
}

TEST(EventsRound13, DefianceProtestsTestsAndFrozenTies) {
  EXPECT_EQ(code_on("Russia tested a missile on Monday.\n", "tested"), "150");
  EXPECT_EQ(code_on("Russia suspended cooperation with NATO on Monday.\n", "suspended"), "160");
  EXPECT_EQ(code_on("Russia froze relations with NATO on Monday.\n", "froze"), "161");
  EXPECT_EQ(code_on("Israel demolished the Palestinian homes on Monday.\n", "demolished"), "1712");
  // counter-case: a demolished myth is no destroyed property
  EXPECT_FALSE(has_root("Japan said the myths about its markets had been demolished at a stroke.\n", "17"));
}

// A description by a title that is no leader's ("the Russian ambassador") is not the leader of
// that state named before; a leader's title still is.
TEST(EventsRound13, AmbassadorIsNotThePresidentNamedBefore) {
  const auto b = build("Russian President Vladimir Putin met Chinese leaders on Friday.\n"
                       "Turkey summoned the Russian ambassador on Sunday.\n");
  const Event* e = test::event_on(b, "summoned");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(has_name(*e, "Vladimir Putin"));
  EXPECT_TRUE(std::any_of(e->actors.begin(), e->actors.end(),
                          [](const Actor& a) { return a.role == ActorRole::target && a.country == "RUS"; }));
}

TEST(EventsRound13, LeaderTitleStillNamesTheLeader) {
  // counter-case: "the Russian leader" is the Russian president named before
  const auto b = build("Russian President Vladimir Putin met Chinese leaders on Friday.\n"
                       "The Russian leader criticized NATO on Sunday.\n");
  const Event* e = test::event_on(b, "criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Vladimir Putin"));
}

// Two rows of one office holder in the leaders table ("Recep Tayyip Erdogan", "Tayyip
// Erdogan") are no tie between holders: the bare surname still names him.
TEST(EventsRound13, SurnameOfOneHolderListedTwiceIsNoTie) {
  const auto b = build("Putin met Erdogan in Sochi on Friday.\n");
  const Event* e = test::event_on(b, "met");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Recep Tayyip Erdogan"));
}

// "warned against interfering": the gerund after "against" tells of no interference.
TEST(EventsRound13, GerundAfterAgainstIsNoEvent) {
  const auto b = build("Beijing warned Washington on Friday against interfering in its internal affairs.\n");
  EXPECT_EQ(test::event_on(b, "interfering"), nullptr);
  EXPECT_NE(test::event_on(b, "warned"), nullptr);
}

TEST(EventsRound13, NounAfterAgainstStillReads) {
  // counter-case: a noun entry after "against" is still the event it names
  const auto b = build("Iraq protested against the American bombing of Baghdad on Friday.\n");
  EXPECT_NE(test::event_on(b, "bombing"), nullptr);
}

TEST(EventsRound13, AnnouncedSanctionsAreImposed) {
  const auto b = build("China on Monday announced sanctions against ten European officials.\n");
  const Event* e = test::event_on(b, "announced");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type.cameo, "163");
}

// "the two leaders" are two people named one by one, not groups ("Russian officials").
TEST(EventsRound13, TwoLeadersAreNotTwoGroups) {
  const auto b = build("Russian officials and Chinese diplomats met in Moscow on Monday.\n"
                       "The two leaders agreed on Tuesday to meet again.\n");
  // (with no two people named, the agreement has no actor and is dropped, or keeps others)
  if (const Event* e = test::event_on(b, "agreed")) {
    for (const auto& a : e->actors) EXPECT_EQ(a.name.find("officials"), std::string::npos) << a.name;
  }
}

TEST(EventsRound13, TwoLeadersAreTheLastTwoPeopleNamed) {
  // counter-case: two people named one by one are "the two leaders"
  const auto b = build("President Joe Biden met President Xi Jinping in Bali on Monday.\n"
                       "The two leaders agreed on Tuesday to resume talks.\n");
  const Event* e = test::event_on(b, "agreed");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Joe Biden"));
  EXPECT_TRUE(has_name(*e, "Xi Jinping"));
}

// "said it would not negotiate until sanctions are lifted": the refusal is what the statement
// says (round 11's rule); the doer-less condition does not make the refusal news of its own.
TEST(EventsRound13, RefusalWithAConditionIsTheStatement) {
  const auto b = build("Iran said on Sunday it would not negotiate with the United States until sanctions are lifted.\n");
  const Event* said = test::event_on(b, "said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->type.root, "01");
  EXPECT_EQ(test::event_on(b, "negotiate"), nullptr);
}

TEST(EventsRound13, ConditionWithADoerStillKeepsItsOwnReading) {
  // counter-case: a condition with a doer of another side keeps the old reading (the reported
  // act is not all the speaker's side's), so the negated act stays
  const auto b = build("Iran said on Sunday it would not negotiate until the United States lifts sanctions.\n");
  EXPECT_NE(test::event_on(b, "negotiate"), nullptr);
}

// A verb conjoined after a quotation shares the subject of the verb before the quotation; a
// quoted noun after "the" is a noun.
TEST(EventsRound13, ChainSkipsAQuotation) {
  const auto b = build("President Joe Biden condemned the \"unprovoked and unjustified attack\" and promised "
                       "to hold Russia accountable.\n");
  const Event* e = test::event_on(b, "promised");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Joe Biden"));
}

TEST(EventsRound13, QuotedNounAfterTheIsNoVerb) {
  const auto b = build("President Joe Biden condemned the \"attack\" and promised to hold Russia accountable.\n");
  const Event* e = test::event_on(b, "promised");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Joe Biden"));
}

TEST(EventsRound13, ChainWithoutQuotationUnchanged) {
  // counter-case: the plain chain ("condemned the bombing and sent") still shares its subject
  const auto b = build("Japan condemned the bombing of the embassy and sent rescue teams to Kenya on Monday.\n");
  const Event* e = test::event_on(b, "sent");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(has_name(*e, "Japan"));
}

// Titles of modern copy (data/gazetteer/roles.tsv): "House Speaker Nancy Pelosi" names a person,
// and her surname names her again.
TEST(EventsRound13, HouseSpeakerIsATitle) {
  const auto b = build("U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday.\n"
                       "Pelosi met President Tsai Ing-wen on Wednesday.\n");
  const Event* visit = test::event_on(b, "visited");
  ASSERT_NE(visit, nullptr);
  EXPECT_TRUE(has_name(*visit, "Nancy Pelosi"));
  const Event* met = test::event_on(b, "met");
  ASSERT_NE(met, nullptr);
  EXPECT_TRUE(has_name(*met, "Nancy Pelosi"));
}

TEST(EventsRound13, LowerCaseSpeakerIsNoTitle) {
  // counter-case: "the speaker" of a meeting is no office before a name
  const auto b = build("Britain condemned the remarks of the speaker Ahmed Tarek on Monday.\n");
  for (const auto& e : b.t.events) EXPECT_FALSE(has_name(e, "Ahmed Tarek")) << e.summary;
}

// "said it would take measures if X visits": the visit is the condition, not the future the
// saying announces.
TEST(EventsRound13, ActInTheConditionAfterWouldIsHypothetical) {
  const auto b = build("China said on Tuesday it would take strong measures if House Speaker Nancy Pelosi visits Taiwan.\n");
  const Event* e = test::event_on(b, "visits");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::hypothetical);
}

TEST(EventsRound13, WouldAfterASayingIsStillItsFuture) {
  // counter-case: no condition, so "would recall" is what the saying announces
  const auto b = build("Japan said on Friday it would recall its ambassador to Beijing.\n");
  const Event* e = test::event_on(b, "recall");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::expected);
}

// An act dated to the vague future ("in the coming days") has not happened, and so does not
// join an act told as done.
TEST(EventsRound13, ActInTheComingDaysIsExpected) {
  const auto b = build("Qatar and Egypt have been mediating between Israel and Hamas for months.\n"
                       "Talks are expected to resume in Doha in the coming days, officials said.\n");
  const Event* mediate = test::event_on(b, "mediating");
  ASSERT_NE(mediate, nullptr);
  EXPECT_EQ(mediate->modality, Modality::occurred);
  EXPECT_NE(mediate->when.value, "FUTURE_REF");
  for (const auto& e : b.t.events) {
    if (e.when.value == "FUTURE_REF") {
      EXPECT_NE(e.modality, Modality::occurred) << e.summary;
    }
  }
}

}  // namespace
