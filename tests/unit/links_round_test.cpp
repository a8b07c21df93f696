// Links round (docs/graph.md, "Round: links between events"): probes of our own, in modern wire
// style, one per class of missed gold link, each with a counter-case. Events are given by hand
// (graph_fixtures.hpp) so that only the graph stage is tested.
#include "graph_fixtures.hpp"
#include "support.hpp"

#include <dateline/graph.hpp>
#include <dateline/text.hpp>

namespace dateline::test {
namespace {

// All links between events i and j, either direction.
std::vector<Link> links_between(const Case& c, std::size_t i, std::size_t j) {
  std::vector<Link> out;
  const std::string a = std::to_string(i), b = std::to_string(j);
  for (const Link& l : c.links)
    if ((l.from == a && l.to == b) || (l.from == b && l.to == a)) out.push_back(l);
  return out;
}

void expect_one(const Case& c, std::size_t from, std::size_t to, Relation r) {
  const auto found = links_between(c, from, to);
  ASSERT_EQ(found.size(), 1u) << c.doc.raw;
  EXPECT_EQ(found.front().from, std::to_string(from)) << c.doc.raw;
  EXPECT_EQ(found.front().to, std::to_string(to)) << c.doc.raw;
  EXPECT_EQ(found.front().relation, r) << c.doc.raw << ": " << to_string(found.front().relation);
  ASSERT_TRUE(found.front().evidence);
}

void expect_none(const Case& c, std::size_t i, std::size_t j) {
  EXPECT_TRUE(links_between(c, i, j).empty()) << c.doc.raw;
}

// --- signals inside one sentence -------------------------------------------------------------

TEST(LinksRound, InProtestAt) {
  auto c = run("Seoul summoned Tokyo's ambassador in protest at the minister's visit to the shrine.",
               {{"summoned", 0, "114", "South Korea", "KOR"}, {"visit", 0, "042", "Japan", "JPN"}});
  expect_one(c, 1, 0, Relation::causes);
  // a protest at length is no signal
  auto d = run("The ambassador protested at length, and the minister visited the shrine.",
               {{"protested", 0, "140"}, {"visited", 0, "042"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, PromptingAfterAComma) {
  auto c = run("North Korea fired two ballistic missiles on Sunday, prompting Tokyo to convene its security council.",
               {{"fired", 0, "194", "North Korea", "PRK"}, {"convene", 0, "040", "Japan", "JPN"}});
  expect_one(c, 0, 1, Relation::causes);
  auto d = run("North Korea fired two missiles on Sunday. Japan held a security council meeting on Monday.",
               {{"fired", 0, "194", "North Korea", "PRK"}, {"meeting", 0, "040", "Japan", "JPN"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, OverASeizureIsCausal) {
  auto c = run("Oslo recalled its ambassador to Minsk over the arrest of two Norwegian reporters.",
               {{"recalled", 0, "161", "Norway", "NOR"}, {"arrest", 0, "173", "Belarus", "BLR"}});
  expect_one(c, 1, 0, Relation::causes);
}

TEST(LinksRound, OverTheWeekendIsNotCausal) {
  auto c = run("Seoul recalled its envoy over the weekend and Tokyo announced new export curbs.",
               {{"recalled", 0, "161", "South Korea", "KOR"}, {"announced new export curbs", 0, "163", "Japan", "JPN"}});
  expect_none(c, 0, 1);
  auto d = run("Washington imposed sanctions over the past two years as Caracas expelled diplomats.",
               {{"imposed sanctions", 0, "163", "United States", "USA"}, {"expelled", 0, "166", "Venezuela", "VEN"}});
  for (const Link& l : links_between(d, 0, 1)) EXPECT_NE(l.relation, Relation::causes) << d.doc.raw;
}

TEST(LinksRound, InRetaliationFor) {
  auto c = run("Beijing sanctioned three U.S. lawmakers in retaliation for the arms sale to Taiwan.",
               {{"sanctioned", 0, "163", "China", "CHN"}, {"arms sale", 0, "", "United States", "USA"}});
  expect_one(c, 0, 1, Relation::responds_to);
  auto d = run("Beijing sanctioned three lawmakers. Separately, Washington approved an arms sale.",
               {{"sanctioned", 0, "163", "China", "CHN"}, {"approved", 0, "", "United States", "USA"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, SparkedAndLedTo) {
  auto c = run("The shooting of a protester sparked a week of clashes in the capital.",
               {{"shooting", 0, "180"}, {"clashes", 0, "190"}});
  expect_one(c, 0, 1, Relation::causes);
  auto d = run("The killing of the envoy led to the suspension of peace talks.",
               {{"killing", 0, "186"}, {"suspension", 0, "166"}});
  expect_one(d, 0, 1, Relation::causes);
}

// --- discourse signals across sentences ------------------------------------------------------

TEST(LinksRound, TheMoveCameAfter) {
  auto c = run("Russia expelled two Estonian diplomats on Monday. The move came days after Tallinn expelled a Russian consul.",
               {{"expelled two", 0, "166", "Russia", "RUS"}, {"expelled a", 0, "166", "Estonia", "EST"}});
  expect_one(c, 0, 1, Relation::responds_to);
  // "a move" with no comma before it is no reference
  auto d = run("Russia expelled two Estonian diplomats on Monday. Tallinn called it a move without basis after talks failed.",
               {{"expelled", 0, "166", "Russia", "RUS"}, {"failed", 0, "", "Estonia", "EST"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, InResponseOpening) {
  auto c = run("Lithuania allowed Taiwan to open a representative office in Vilnius. In response, Beijing recalled its "
               "ambassador.",
               {{"allowed", 0, "", "Lithuania", "LTU"}, {"recalled", 0, "161", "China", "CHN"}});
  expect_one(c, 1, 0, Relation::responds_to);
  // "in response to questions" inside a sentence names no event
  auto d = run("Lithuania allowed the office to open. A spokesman said in response to questions that the envoy stayed.",
               {{"allowed", 0, "", "Lithuania", "LTU"}, {"said", 0, "010", "China", "CHN"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, InRetaliationOpening) {
  auto c = run("Canada expelled a Chinese diplomat on Monday. In retaliation, Beijing ordered a Canadian consul to leave.",
               {{"expelled", 0, "166", "Canada", "CAN"}, {"ordered", 0, "166", "China", "CHN"}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, AsAResultOpening) {
  auto c = run("Militants stormed the border post overnight. As a result, the crossing was closed to traffic.",
               {{"stormed", 0, "180"}, {"closed", 0, "192"}});
  expect_one(c, 0, 1, Relation::causes);
  // "as a result of" inside is another signal, of its own sentence
  auto d = run("Militants stormed the post overnight. Trade fell as a result of the drought.",
               {{"stormed", 0, "180"}, {"fell", 0, ""}, {"drought", 0, ""}});
  expect_none(d, 0, 1);
  expect_one(d, 2, 1, Relation::causes);
}

TEST(LinksRound, TheDecisionSparked) {
  auto c = run("Washington closed the Chinese consulate in Houston on Monday. The decision sparked protests in Beijing.",
               {{"closed", 0, "164", "United States", "USA"}, {"protests", 0, "140"}});
  expect_one(c, 0, 1, Relation::causes);
}

// --- a reaction whose object names an earlier event ------------------------------------------

TEST(LinksRound, RejectedTheProposal) {
  auto c = run("The European Union proposed a ceasefire on Tuesday. Moscow rejected the proposal within hours.",
               {{"proposed", 0, "036", "European Union", ""}, {"rejected", 0, "120", "Russia", "RUS"}});
  expect_one(c, 1, 0, Relation::responds_to);
  // "a proposal" (indefinite, no comma before it) is another one
  auto d = run("The European Union proposed a ceasefire on Tuesday. Moscow rejected a proposal on grain exports.",
               {{"proposed", 0, "036", "European Union", ""}, {"rejected", 0, "120", "Russia", "RUS"}});
  expect_none(d, 0, 1);
}

TEST(LinksRound, WelcomedTheDecision) {
  auto c = run("Ankara lifted its veto on the accession on Monday. Stockholm welcomed the decision.",
               {{"lifted", 0, "080", "Turkey", "TUR"}, {"welcomed", 0, "051", "Sweden", "SWE"}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, CondemnedTheAttackTakesTheNearest) {
  auto c = run("Gunmen attacked a bus in the north on Monday. On Wednesday a bomb attack hit a market in the capital. "
               "The president condemned the attack.",
               {{"attacked", 0, "180"}, {"bomb attack", 0, "183"}, {"condemned", 0, "111", "President", ""}});
  expect_one(c, 2, 1, Relation::responds_to);
  expect_none(c, 2, 0);
}

TEST(LinksRound, RejectedTheDeal) {
  auto c = run("Israel and Bahrain signed a normalisation deal on Tuesday. The Palestinian leadership rejected the deal.",
               {{"signed", 0, "057", "Israel", "ISR"}, {"rejected", 0, "120", "Palestinian Authority", "PSE"}});
  expect_one(c, 1, 0, Relation::responds_to);
  auto d = run("Israel and Bahrain signed a deal on Tuesday. Chile rejected a deal on fishing quotas.",
               {{"signed", 0, "057", "Israel", "ISR"}, {"rejected", 0, "120", "Chile", "CHL"}});
  expect_none(d, 0, 1);
  // the subject of a reported clause, or another noun's complement, is no object of the saying
  auto e = run("Israel and Bahrain signed a deal on Tuesday. The president told reporters that the deal was historic. "
               "Officials said a draft of the deal had leaked.",
               {{"signed", 0, "057", "Israel", "ISR"}, {"told", 0, "010", "United States", "USA"},
                {"said a draft of", 0, "010", "Officials", ""}});
  expect_none(e, 0, 1);
  expect_none(e, 0, 2);
  // "the deal" is a signed agreement, not the praise told just before it
  auto p = run("Both leaders signed the accord in Washington on Friday. Trump praised them for their courage. Moscow "
               "criticized the deal.",
               {{"signed", 0, "057", "Armenia", "ARM"}, {"praised", 0, "051", "Donald Trump", "USA"},
                {"criticized", 0, "111", "Russia", "RUS"}});
  expect_none(p, 1, 2);
  expect_one(p, 2, 0, Relation::responds_to);
}

TEST(LinksRound, CondemnedTheAgreement) {
  auto c = run("Athens and Skopje reached an agreement on the name dispute. Nationalists in both capitals condemned the "
               "agreement.",
               {{"reached an agreement", 0, "057", "Greece", "GRC"}, {"condemned", 0, "111", "Nationalists", ""}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, IgnoredTheDeadline) {
  auto c = run("Washington gave Caracas until Friday to free the detained oil executives. Caracas ignored the deadline.",
               {{"gave Caracas until Friday", 0, "130", "United States", "USA"},
                {"ignored", 0, "120", "Venezuela", "VEN"}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, RefusedTheDemand) {
  auto c = run("The United States demanded the extradition of the suspect on Monday. The Taliban refused the demand.",
               {{"demanded", 0, "100", "United States", "USA"}, {"refused", 0, "120", "Taliban", "AFG"}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, RespondToTheRequestInsideTheTrigger) {
  auto c = run("London gave Moscow until midnight to explain the poisoning. Moscow did not respond to the request, "
               "officials said.",
               {{"gave Moscow until midnight", 0, "130", "Britain", "GBR"},
                {"respond to the request", 0, "011", "Russia", "RUS"}});
  expect_one(c, 1, 0, Relation::responds_to);
  // the same words of an event that is not a reaction (a meeting) refer to nothing
  auto d = run("London gave Moscow until midnight to explain the poisoning. The envoys met to discuss the request.",
               {{"gave Moscow until midnight", 0, "130", "Britain", "GBR"},
                {"met to discuss the request", 0, "040", "Russia", "RUS"}});
  expect_none(d, 0, 1);
  // a trigger that swallowed a clause holds no object of its verb
  auto e = run("London gave Moscow until midnight to explain the poisoning. Moscow told reporters at a briefing "
               "that the request was absurd.",
               {{"gave Moscow until midnight", 0, "130", "Britain", "GBR"},
                {"told reporters at a briefing that the request", 0, "111", "Russia", "RUS"}});
  expect_none(e, 0, 1);
  auto f = run("London gave Moscow until midnight to explain the poisoning. Moscow told reporters that the request was "
               "absurd.",
               {{"gave Moscow until midnight", 0, "130", "Britain", "GBR"},
                {"told reporters that the request", 0, "111", "Russia", "RUS"}});
  expect_none(f, 0, 1);
}

TEST(LinksRound, RejectedTheUltimatumInsideTheTrigger) {
  auto c = run("The four states gave Doha ten days to meet their demands. Qatar rejected the ultimatum on Monday.",
               {{"gave Doha ten days", 0, "130", "Saudi Arabia", "SAU"},
                {"rejected the ultimatum", 0, "120", "Qatar", "QAT"}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, PassiveRefusalOfADemand) {
  auto c = run("Earlier, the U.S. demand for his extradition was refused by the Taliban government.",
               {{"demand", 0, "100", "United States", "USA"}, {"refused", 0, "120", "Taliban", "AFG"}});
  expect_one(c, 1, 0, Relation::responds_to);
  auto d = run("The offer of talks was rejected by Pyongyang on Friday.",
               {{"offer", 0, "036", "South Korea", "KOR"}, {"rejected", 0, "120", "North Korea", "PRK"}});
  expect_one(d, 1, 0, Relation::responds_to);
  // a passive of a verb that is no reaction
  auto e = run("The demand for his extradition was repeated by the embassy.",
               {{"demand", 0, "100", "United States", "USA"}, {"repeated", 0, "010", "United States", "USA"}});
  expect_none(e, 0, 1);
}

TEST(LinksRound, TheInvasionCondemned) {
  auto c = run("Russian troops invaded Ukraine on Thursday. Leaders across Europe condemned the invasion.",
               {{"invaded", 0, "192", "Russia", "RUS"}, {"condemned", 0, "111", "Europe", ""}});
  expect_one(c, 1, 0, Relation::responds_to);
}

TEST(LinksRound, DeniedTheAccusation) {
  auto c = run("Manila accused Beijing of ramming a supply boat. Beijing denied the accusation on Sunday.",
               {{"accused", 0, "112", "Philippines", "PHL"}, {"denied", 0, "016", "China", "CHN"}});
  expect_one(c, 1, 0, Relation::denies);
}

TEST(LinksRound, RefusedTheRequest) {
  auto c = run("Kyiv asked Berlin for tanks on Monday. Berlin refused the request on Wednesday.",
               {{"asked", 0, "020", "Ukraine", "UKR"}, {"refused", 0, "120", "Germany", "DEU"}});
  expect_one(c, 1, 0, Relation::responds_to);
  // with "later" the reaction keeps its `before` and adds its `responds_to`
  auto d = run("Kyiv asked Berlin for tanks on Monday. Berlin refused the request two days later.",
               {{"asked", 0, "020", "Ukraine", "UKR"}, {"refused", 0, "120", "Germany", "DEU"}});
  bool responds = false;
  for (const Link& l : links_between(d, 0, 1)) responds = responds || (l.relation == Relation::responds_to && l.from == "1");
  EXPECT_TRUE(responds);
}

// --- counter-cases -------------------------------------------------------------------------

TEST(LinksRound, NoLinkBetweenUnrelatedEvents) {
  auto c = run("Egypt and Sudan held talks on the dam on Sunday. In a separate development, Chile rejected new fishing "
               "quotas.",
               {{"held talks", 0, "040", "Egypt", "EGY"}, {"rejected", 0, "120", "Chile", "CHL"}});
  expect_none(c, 0, 1);
}

TEST(LinksRound, NoReactionToAnExpectedEvent) {
  auto c = run("The bloc is expected to impose new sanctions next week. Moscow condemned the decision.",
               {{"impose new sanctions", 0, "163", "European Union", "", Modality::expected},
                {"condemned", 0, "111", "Russia", "RUS"}});
  expect_none(c, 0, 1);
  auto h = run("The council may expel the envoy if talks fail. Beijing rejected the move.",
               {{"expel", 0, "166", "United Nations", "", Modality::hypothetical},
                {"rejected", 0, "120", "China", "CHN"}});
  expect_none(h, 0, 1);
}

TEST(LinksRound, NoCauseFromAFutureEvent) {
  auto c = run("Talks are expected to resume next month. The decision prompted protests in the capital on Friday.",
               {{"resume", 0, "046", "", "", Modality::expected}, {"protests", 0, "140"}});
  expect_none(c, 0, 1);
}

TEST(LinksRound, ReactionReachesNoFurtherThanTwoSentences) {
  auto c = run("The army attacked the rebel stronghold in March. Aid groups counted the dead. Roads were cut. Food ran "
               "short. The envoy condemned the attack.",
               {{"attacked", 0, "190"}, {"condemned", 0, "111", "United Nations", ""}});
  expect_none(c, 0, 1);
}

// --- opening adverbs --------------------------------------------------------------------------

TEST(LinksRound, SentenceOpeningThenReachesItsMainClause) {
  auto c = run("On Friday he called on Arabs to rise up against the monarchy. Then yesterday, he tried to win over Arab "
               "leaders with his proposal.",
               {{"called on", 0, "020", "Saddam Hussein", "IRQ"}, {"proposal", 0, "036", "Saddam Hussein", "IRQ"}});
  expect_one(c, 0, 1, Relation::before);
}

// Not done this round (docs/graph.md): a date is no event of this stage, so "Then" after one
// still links the event before it.
TEST(LinksRound, DISABLED_ThenAfterADateIsThatDate) {
  // "Then" right after a sentence ending on a date tells of that date, not of the event before it.
  auto c = run("It was the first inspection the team had been allowed to carry out since Jan. 13. Then the government "
               "stopped providing escorts.",
               {{"inspection", 0, "090", "United Nations", ""}, {"stopped", 0, "162", "Iraq", "IRQ"}});
  expect_none(c, 0, 1);
  auto d = run("The team carried out an inspection on Monday morning. Then the government stopped providing escorts.",
               {{"inspection", 0, "090", "United Nations", ""}, {"stopped", 0, "162", "Iraq", "IRQ"}});
  expect_one(d, 0, 1, Relation::before);
}

// A bare "in return" was tried and dropped (docs/graph.md): on gold-modern it tied the concession
// to a split copy of the deal, a causal link the scorer counts wrong. "in return for" stays.
TEST(LinksRound, DISABLED_InReturnTiesAConcessionToTheDeal) {
  auto c = run("Israel and the UAE agreed to normalise ties. Israel said it would suspend annexation plans in return.",
               {{"agreed", 0, "057", "Israel", "ISR"}, {"suspend", 0, "080", "Israel", "ISR", Modality::expected}});
  const auto l = links_between(c, 0, 1);
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l.front().from, "0");
  EXPECT_EQ(l.front().relation, Relation::causes);
}

TEST(LinksRound, InReturnFor) {
  auto d = run("Hamas freed two hostages in return for the release of prisoners.",
               {{"freed", 0, "0841", "Hamas", ""}, {"release", 0, "0841", "Israel", "ISR"}});
  expect_one(d, 1, 0, Relation::causes);
  // "in return" with nothing after it in its sentence reaches no event of another sentence
  auto e = run("Hamas freed two hostages. Israel released prisoners in return.",
               {{"freed", 0, "0841", "Hamas", ""}, {"released", 0, "0841", "Israel", "ISR"}});
  expect_none(e, 0, 1);
}

}  // namespace
}  // namespace dateline::test
