// Link rules found by measuring our links against TimeBank TLINKs and Causal-TimeBank CLINKs
// (scripts/link-eval.py, docs/graph.md), each on sentences written for the purpose.
#include "graph_fixtures.hpp"
#include "support.hpp"

#include <dateline/graph.hpp>
#include <dateline/text.hpp>

namespace dateline::test {
namespace {

// All links between events i and j, either direction.
std::vector<Link> between(const Case& c, std::size_t i, std::size_t j) {
  std::vector<Link> out;
  const std::string a = std::to_string(i), b = std::to_string(j);
  for (const Link& l : c.links)
    if ((l.from == a && l.to == b) || (l.from == b && l.to == a)) out.push_back(l);
  return out;
}

void expect_only_link(const Case& c, std::size_t from, std::size_t to, Relation r, std::string_view signal) {
  const auto found = between(c, from, to);
  ASSERT_EQ(found.size(), 1u) << "links for signal " << signal;
  const Link& l = found.front();
  EXPECT_EQ(l.from, std::to_string(from)) << signal;
  EXPECT_EQ(l.to, std::to_string(to)) << signal;
  EXPECT_EQ(l.relation, r) << signal << ": " << to_string(l.relation);
  ASSERT_TRUE(l.evidence) << signal;
  EXPECT_EQ(l.evidence->signal, signal);
}

// "as punishment for" is one causal signal, not the "as" of simultaneity.
TEST(LinksTimeBankRules, AsPunishmentForIsAResponse) {
  auto c = run("The council ordered an embargo on trade as punishment for the invasion of the emirate.",
               {{"embargo", 0, "163", "United Nations", ""}, {"invasion", 0, "193", "Iraq", "IRQ"}});
  expect_only_link(c, 0, 1, Relation::responds_to, "as punishment for");
  auto d = run("The league suspended the club in punishment for the riots.", {{"suspended", 0, ""}, {"riots", 0, ""}});
  expect_only_link(d, 0, 1, Relation::responds_to, "in punishment for");
}

// "in the wake of" orders like "following": a reaction when another actor's act came first.
TEST(LinksTimeBankRules, InTheWakeOf) {
  auto c = run("Ankara recalled its envoy in the wake of the vote by the French parliament.",
               {{"recalled", 0, "161", "Turkey", "TUR"}, {"vote", 0, "", "France", "FRA"}});
  expect_only_link(c, 0, 1, Relation::responds_to, "in the wake of");
  auto d = run("Prices fell in the wake of the announcement.", {{"fell", 0, ""}, {"announcement", 0, ""}});
  expect_only_link(d, 1, 0, Relation::before, "in the wake of");
}

// A bare "because" (the most frequent C-SIGNAL) introduces the cause's clause.
TEST(LinksTimeBankRules, BecauseClauseAndThanksTo) {
  auto c = run("The talks collapsed because rebels attacked a convoy near the border.",
               {{"collapsed", 0, ""}, {"attacked", 0, "190"}});
  expect_only_link(c, 1, 0, Relation::causes, "because");
  auto d = run("The truce held thanks to mediation by Qatar.", {{"held", 0, ""}, {"mediation", 0, "043"}});
  expect_only_link(d, 1, 0, Relation::causes, "thanks to");
  // "because of" is still the longer signal
  auto e = run("The summit was postponed because of the strike.", {{"postponed", 0, ""}, {"strike", 0, ""}});
  expect_only_link(e, 1, 0, Relation::causes, "because of");
}

// The event a signal introduces is in its own clause: ", and", ", but" or ";" start another.
TEST(LinksTimeBankRules, SignalDoesNotReachPastAClause) {
  auto c = run("The fund joined the group when the bank was sold, and said it holds shares.",
               {{"joined", 0, ""}, {"said", 0, "010"}});
  EXPECT_TRUE(between(c, 0, 1).empty());
  auto d = run("The fund joined the group when the bank was sold, and said it holds shares.",
               {{"joined", 0, ""}, {"sold", 0, ""}, {"said", 0, "010"}});
  expect_only_link(d, 0, 1, Relation::simultaneous, "when");
  EXPECT_TRUE(between(d, 0, 2).empty());
  auto e = run("Envoys left after the meeting; the ministers stayed.", {{"left", 0, ""}, {"stayed", 0, ""}});
  EXPECT_TRUE(between(e, 0, 1).empty());
  auto f = run("Envoys left after the ministers met, but talks went on.", {{"left", 0, ""}, {"talks", 0, "040"}});
  EXPECT_TRUE(between(f, 0, 1).empty());
}

// "as much to X as to Y" compares two aims; it does not say two events were simultaneous.
TEST(LinksTimeBankRules, AsOfAComparisonIsNoSignal) {
  auto c = run("The plan was announced as much to rally supporters as to launch negotiations.",
               {{"announced", 0, ""}, {"rally", 0, ""}, {"negotiations", 0, "040"}});
  EXPECT_TRUE(between(c, 1, 2).empty());
  EXPECT_TRUE(between(c, 0, 1).empty());
  // a comma between two "as" keeps the second one a signal
  auto d = run("Rebels fired as troops advanced, as officials said.", {{"fired", 0, ""}, {"advanced", 0, ""}});
  expect_only_link(d, 0, 1, Relation::simultaneous, "as");
}

// A parenthetical between commas right before the signal does not count in its window.
TEST(LinksTimeBankRules, ParentheticalBeforeTheSignalIsNotCounted) {
  auto c = run("The ministry extended the deadline for the grain exports by a month, rather than the two weeks it "
               "first planned, because of protests by farmers.",
               {{"extended", 0, ""}, {"protests", 0, "140"}});
  expect_only_link(c, 1, 0, Relation::causes, "because of");
  // without the commas the same words are too many
  auto d = run("The ministry extended the deadline for the grain exports by a month rather than the two weeks it "
               "first planned because of protests by farmers.",
               {{"extended", 0, ""}, {"protests", 0, "140"}});
  EXPECT_TRUE(between(d, 0, 1).empty());
}

// "and then" tells of the event after it; it never falls back to the one before it.
TEST(LinksTimeBankRules, AndThenLooksOnlyForward) {
  auto c = run("The tycoon made a new offer. The partners agreed to buy the theatre and then lease it back.",
               {{"offer", 0, "030"}, {"agreed", 0, "057"}});
  EXPECT_TRUE(between(c, 0, 1).empty());
  auto d = run("The tycoon made a new offer. The partners agreed to buy the theatre and then signed a lease.",
               {{"offer", 0, "030"}, {"agreed", 0, "057"}, {"signed", 0, "057"}});
  expect_only_link(d, 1, 2, Relation::before, "then");
  // without "and" the adverb still tells of the event before it when none follows
  auto e = run("The tycoon made a new offer. The partners agreed then to buy the theatre.",
               {{"offer", 0, "030"}, {"agreed", 0, "057"}});
  expect_only_link(e, 0, 1, Relation::before, "then");
}

}  // namespace
}  // namespace dateline::test
