// Signal-word links on sentences written for the purpose, one signal (or rule) each.
#include "graph_fixtures.hpp"
#include "support.hpp"

#include <dateline/graph.hpp>
#include <dateline/text.hpp>

namespace dateline::test {
namespace {

// The one link between events i and j (either direction), or nullptr.
const Link* between(const Case& c, std::size_t i, std::size_t j) {
  const Link* found = nullptr;
  for (const Link& l : c.links)
    if ((l.from == std::to_string(i) && l.to == std::to_string(j)) || (l.from == std::to_string(j) && l.to == std::to_string(i))) {
      EXPECT_EQ(found, nullptr) << "two links between " << i << " and " << j;
      found = &l;
    }
  return found;
}

void expect_link(const Case& c, std::size_t from, std::size_t to, Relation r, std::string_view signal) {
  const Link* l = between(c, from, to);
  ASSERT_NE(l, nullptr) << "no link for signal " << signal;
  EXPECT_EQ(l->from, std::to_string(from)) << signal;
  EXPECT_EQ(l->to, std::to_string(to)) << signal;
  EXPECT_EQ(l->relation, r) << signal << ": " << to_string(l->relation);
  ASSERT_TRUE(l->evidence) << signal;
  EXPECT_EQ(l->evidence->signal, signal);
  EXPECT_EQ(l->evidence->document, "d1");
  // The evidence covers the signal and both triggers, in raw offsets.
  const std::string_view ev = std::string_view(c.doc.raw).substr(l->evidence->span.start, l->evidence->span.size());
  EXPECT_NE(ev.find(signal), std::string_view::npos) << ev;
}

TEST(Links, AfterAnotherActorsActIsAResponse) {
  auto c = run("Moscow recalled its ambassador after Biden called Putin a killer.",
               {{"recalled", 0, "161", "Russia", "RUS"}, {"called Putin a killer", 0, "111", "Joe Biden", "USA"}});
  expect_link(c, 0, 1, Relation::responds_to, "after");
}

TEST(Links, AfterTheSameActorIsBeforeSwapped) {
  auto c = run("Biden met Putin in Geneva after Biden visited Brussels.",
               {{"met", 0, "040", "Joe Biden", "USA"}, {"visited", 0, "042", "Joe Biden", "USA"}});
  expect_link(c, 1, 0, Relation::before, "after");
}

TEST(Links, AfterAProposalIsOnlyBefore) {
  auto c = run("Putin said they should hold talks in coming days after Biden called him a killer.",
               {{"hold talks", 0, "046", "Vladimir Putin", "RUS", Modality::proposed},
                {"called him a killer", 0, "111", "Joe Biden", "USA"}});
  expect_link(c, 1, 0, Relation::before, "days after");
}

TEST(Links, HeadlineXAfterY) {
  auto c = run("Putin offers Biden talks after the American president says he is a killer\n\nMore text follows here.",
               {{"offers", 0, "036", "Vladimir Putin", "RUS"}, {"says he is a killer", 0, "111", "Joe Biden", "USA"}});
  expect_link(c, 0, 1, Relation::responds_to, "after");
}

TEST(Links, FrontedFollowing) {
  auto c = run("In an unusual move following Biden's interview, Moscow recalled its ambassador.",
               {{"interview", 0, "111", "Joe Biden", "USA"}, {"recalled", 0, "161", "Russia", "RUS"}});
  expect_link(c, 1, 0, Relation::responds_to, "following");
}

TEST(Links, FrontedAfterWithoutActorsIsBefore) {
  auto c = run("After the talks collapsed, the embassy closed.", {{"collapsed", 0, ""}, {"closed", 0, ""}});
  expect_link(c, 0, 1, Relation::before, "After");
}

TEST(Links, Before) {
  auto c = run("The minister resigned before the vote was held.", {{"resigned", 0, ""}, {"vote", 0, ""}});
  expect_link(c, 0, 1, Relation::before, "before");
}

TEST(Links, Since) {
  auto c = run("Relations have been frozen since the invasion began.", {{"frozen", 0, ""}, {"invasion", 0, ""}});
  expect_link(c, 1, 0, Relation::before, "since");
}

TEST(Links, DaysAfterKeepsItsCount) {
  auto c = run("The embassy reopened three days after the bombing.", {{"reopened", 0, ""}, {"bombing", 0, ""}});
  expect_link(c, 1, 0, Relation::before, "three days after");
}

TEST(Links, DayNumberOfADateIsNoCount) {
  auto c = run("The two leaders last spoke by telephone on January 26 days after Biden took office.",
               {{"spoke by telephone", 0, "041"}, {"took office", 0, ""}});
  expect_link(c, 1, 0, Relation::before, "days after");
}

TEST(Links, InResponseTo) {
  auto c = run("Russia expelled ten diplomats in response to the sanctions.",
               {{"expelled", 0, "1663", "Russia", "RUS"}, {"sanctions", 0, "163", "United States", "USA"}});
  expect_link(c, 0, 1, Relation::responds_to, "in response to");
}

TEST(Links, OverAfterASanctionIsCausal) {
  auto c = run("Russia expects new U.S. sanctions in the coming days over the election interference.",
               {{"sanctions", 0, "163", "United States", "USA", Modality::expected}, {"interference", 0, ""}});
  expect_link(c, 1, 0, Relation::causes, "over");
}

TEST(Links, OverAfterTalksIsNot) {
  auto c = run("The ministers held talks over the weekend and signed a deal.",
               {{"held talks", 0, "040"}, {"signed", 0, "057"}});
  EXPECT_EQ(between(c, 0, 1), nullptr);
}

TEST(Links, BecauseOfDueToInLightOf) {
  for (std::string signal : {"because of", "due to", "in light of", "as a result of"}) {
    auto c = run("The summit was cancelled " + signal + " the attack.", {{"cancelled", 0, ""}, {"attack", 0, ""}});
    expect_link(c, 1, 0, Relation::causes, signal);
  }
}

TEST(Links, PromptedAndLedTo) {
  for (std::string signal : {"prompted", "led to", "sparked", "triggered"}) {
    auto c = run("The bombing " + signal + " a protest by students.", {{"bombing", 0, ""}, {"protest", 0, "140"}});
    expect_link(c, 0, 1, Relation::causes, signal);
  }
}

TEST(Links, AmidAndDuring) {
  auto c = run("Talks resumed amid protests in the capital.", {{"resumed", 0, ""}, {"protests", 0, ""}});
  expect_link(c, 1, 0, Relation::includes, "amid");
  auto d = run("The ministers met during the summit in Rome.", {{"met", 0, ""}, {"summit", 0, ""}});
  expect_link(d, 1, 0, Relation::includes, "during");
}

TEST(Links, WhenAndAs) {
  auto c = run("Putin spoke when asked about the remark.", {{"spoke", 0, ""}, {"asked", 0, ""}});
  expect_link(c, 0, 1, Relation::simultaneous, "when");
  auto d = run("Troops withdrew as talks began.", {{"withdrew", 0, ""}, {"began", 0, ""}});
  expect_link(d, 0, 1, Relation::simultaneous, "as");
}

TEST(Links, AsWellAsIsNoSignal) {
  auto c = run("Russia criticized the sanctions as well as the recall.", {{"sanctions", 0, ""}, {"recall", 0, ""}});
  EXPECT_EQ(between(c, 0, 1), nullptr);
}

TEST(Links, SignalInsideATriggerIsNoSignal) {
  auto c = run("Biden described Putin as having no soul.", {{"Biden", 0, ""}, {"described Putin as having no soul", 0, "111"}});
  EXPECT_TRUE(c.links.empty());
}

TEST(Links, DenialPrefersTheAllegedEvent) {
  auto c = run("He said Moscow would pay a price for alleged meddling in the election, something the Kremlin denies.",
               {{"pay a price", 0, "130"},
                {"meddling", 0, "", "", "", Modality::alleged},
                {"election", 0, ""},
                {"denies", 0, "016", "Kremlin", "RUS"}});
  expect_link(c, 3, 1, Relation::denies, "denies");
  EXPECT_EQ(between(c, 3, 2), nullptr);
  // Both alleged: the first of the stretch is the act, the election what it was about.
  c.events[2].modality = Modality::alleged;
  c.links = find_links(c.doc, segment(c.doc.text), c.events);
  expect_link(c, 3, 1, Relation::denies, "denies");
}

TEST(Links, DeniedBeforeItsObject) {
  auto c = run("The Kremlin denied any interference in the vote.", {{"denied", 0, "016"}, {"interference", 0, ""}});
  expect_link(c, 0, 1, Relation::denies, "denied");
}

TEST(Links, OpeningSignalsLinkAdjacentSentences) {
  auto c = run("Biden called Putin on Friday. Later, Putin criticized Biden. In response, Washington expelled diplomats.",
               {{"called", 0, ""}, {"criticized", 0, ""}, {"expelled", 0, ""}});
  expect_link(c, 0, 1, Relation::before, "Later");
  expect_link(c, 2, 1, Relation::responds_to, "In response");
}

TEST(Links, NoEventsOrOneEventGivesNoLinks) {
  EXPECT_TRUE(run("Talks resumed after the protests ended.", {}).links.empty());
  EXPECT_TRUE(run("Talks resumed after the protests ended.", {{"resumed", 0, ""}}).links.empty());
}

TEST(Links, RawOffsetsThroughMarkup) {
  // The analysed text lacks the markup; evidence and triggers stay in raw offsets.
  Document doc = plain_document("<p>Moscow recalled its envoy after Biden spoke.</p>");
  doc.text = "Moscow recalled its envoy after Biden spoke.";
  doc.raw_offset.clear();
  for (std::size_t i = 0; i <= doc.text.size(); ++i) doc.raw_offset.push_back(static_cast<std::uint32_t>(i + 3));
  std::vector<Event> events{make_event(doc, {"recalled", 0, "161", "Russia", "RUS"}),
                            make_event(doc, {"spoke", 0, "010", "Joe Biden", "USA"})};
  const Segmented seg = segment(doc.text);
  const auto links = find_links(doc, seg, events);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].relation, Relation::responds_to);
  ASSERT_TRUE(links[0].evidence);
  EXPECT_EQ(links[0].evidence->span.start, 3u);
  EXPECT_EQ(doc.raw.substr(links[0].evidence->span.start, links[0].evidence->span.size()), doc.text);
}

TEST(Links, LongInputIsScannedQuickly) {
  // Many sentences with signals and events: every link stays inside its own sentence.
  std::string text;
  std::vector<EventSpec> specs;
  for (int i = 0; i < 300; ++i) {
    text += "Envoy" + std::to_string(i) + " left after talks" + std::to_string(i) + " failed. ";
    specs.push_back({"Envoy" + std::to_string(i) + " left", 0, ""});
    specs.push_back({"talks" + std::to_string(i) + " failed", 0, ""});
  }
  auto c = run(text, specs);
  ASSERT_EQ(c.links.size(), 300u);
  for (const Link& l : c.links) EXPECT_EQ(std::stoul(l.from) + 1, std::stoul(l.to) + 2);
}

// "X touched off Y", "X provoked Y": the first causes the second.
TEST(Links, TouchedOffAndProvoked) {
  auto c = run("The assassination touched off a murderous rampage in the capital.",
               {{"assassination", 0, "186", "Rwanda", "RWA"}, {"rampage", 0, "180", "Rwanda", "RWA"}});
  expect_link(c, 0, 1, Relation::causes, "touched off");
  auto s = run("The verdict provoked a boycott by Serbia.",
               {{"verdict", 0, "", "Serbia", "SRB"}, {"boycott", 0, "163", "Serbia", "SRB"}});
  expect_link(s, 0, 1, Relation::causes, "provoked");
}

// "The move came after ...": an anaphoric noun stands for the main act of the sentence before.
TEST(Links, AnaphorTakesTheSignalsOfItsReferent) {
  auto c = run("Britain expelled two Russian diplomats on Monday. The move came after Moscow accused London of spying.",
               {{"expelled", 0, "166", "Britain", "GBR"}, {"accused", 0, "112", "Russia", "RUS"}});
  expect_link(c, 0, 1, Relation::responds_to, "after");
  // "a move" after a comma is the act before the comma
  auto a = run("Japan recalled its ambassador on Friday, a move that prompted protests in Seoul.",
               {{"recalled", 0, "161", "Japan", "JPN"}, {"protests", 0, "140", "South Korea", "KOR"}});
  expect_link(a, 0, 1, Relation::causes, "prompted");
  // a statement is no "move": nothing to refer to
  auto s = run("Britain said on Monday it was concerned. The move came after Moscow accused London of spying.",
               {{"said", 0, "010", "Britain", "GBR"}, {"accused", 0, "112", "Russia", "RUS"}});
  EXPECT_TRUE(s.links.empty());
}

// "X said Tehran would challenge the decision": a reaction a few words before an anaphor
// responds to its referent; a repeated "the decision" keeps its referent.
TEST(Links, ReactionToAnAnaphorKeepsItsReferent) {
  auto c = run("The European Union imposed new sanctions on Iran on Monday. Iran condemned the decision. "
               "Tehran also recalled its envoy to Brussels. China said it regretted the decision.",
               {{"imposed", 0, "163", "European Union", ""},
                {"condemned", 0, "111", "Iran", "IRN"},
                {"recalled", 0, "161", "Iran", "IRN"},
                {"said", 0, "010", "China", "CHN"}});
  expect_link(c, 1, 0, Relation::responds_to, "condemned the decision");
  expect_link(c, 3, 0, Relation::responds_to, "said it regretted the decision");
  EXPECT_EQ(between(c, 3, 2), nullptr);
  // a denied claim reacts to nothing
  auto n = run("Gunmen attacked the embassy on Friday. No group claimed responsibility for the attack.",
               {{"attacked", 0, "180"}, {"claimed responsibility", 0, "015", "", "", Modality::negated}});
  EXPECT_TRUE(n.links.empty());
}

// "then", "later" anywhere in a sentence: its event comes after the one told before it.
TEST(Links, ThenAndLaterAsAdverbs) {
  auto c = run("Albright has invited Geremek to visit the United States. He will then travel to Washington on March 12.",
               {{"invited", 0, "036", "Madeleine Albright", "USA"}, {"travel", 0, "042", "Bronislaw Geremek", "POL"}});
  expect_link(c, 0, 1, Relation::before, "then");
  auto l = run("Annan ended a three-hour meeting with Saddam. He is expected to meet Aziz later this afternoon.",
               {{"meeting", 0, "040"}, {"meet", 1, "040", "", "", Modality::expected}});
  expect_link(l, 0, 1, Relation::before, "later");
  auto t = run("The treaty was signed in 1990. It was negotiated by then-President Bush.",
               {{"signed", 0, "057"}, {"negotiated", 0, "046"}});
  EXPECT_TRUE(t.links.empty());
  auto i = run("Castro may let the father travel. If he comes, then, as a Cuban American, I welcome him.",
               {{"travel", 0, "042"}, {"welcome", 0, "051"}});
  EXPECT_TRUE(i.links.empty());
}

// "Replied spokesman X, ...": the reply responds to the last saying of another source.
TEST(Links, ReplyRespondsToAnotherSource) {
  auto c = run("Saddam Hussein called Bush a liar on Thursday. Replied State Department spokesman Richard Boucher, "
               "\"It is just more rhetoric.\"",
               {{"called Bush a liar", 0, "111", "Saddam Hussein", "IRQ"}, {"Replied", 0, "010", "Richard Boucher", "USA"}});
  expect_link(c, 1, 0, Relation::responds_to, "Replied");
  auto s = run("Psaki criticized Moscow on Monday. Asked about it, Psaki replied that nothing had changed.",
               {{"criticized", 0, "111", "Jen Psaki", "USA"}, {"replied", 0, "010", "Jen Psaki", "USA"}});
  EXPECT_TRUE(s.links.empty());
}

}  // namespace
}  // namespace dateline::test
