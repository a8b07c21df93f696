// Events, round 23: plain diplomatic verbs the lexicon lacked. Releases of persons ("will
// release the captain", "freed American journalist ..."), envoys sent home or escorted out,
// contacts suspended or cut off, visits called off or scrapped, trade frozen, aid withheld,
// deals walked away from, fighter jets scrambled, accreditation revoked.
// Sentences written for these tests in the style of 2010s-2020s wire copy of several outlets,
// through the whole pipeline; each names where the act's trigger is, its CAMEO code (a prefix;
// "-" an act outside CAMEO), the states of its source and target (ISO alpha-3, "" not checked)
// and its modality ("" not checked).
#include "act_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

using Case = test::ActCase;
using test::describe;
using test::event_over;
using test::has_state;

// Published on Thursday 14 March 2024.
const Case kCases[] = {
    {"WillReleaseCaptain",
     "TEHRAN (Reuters) - Iran will release the captain of the seized Greek tanker on humanitarian grounds, its foreign ministry said on Tuesday.\n",
     "release", "0841", "IRN", "", ""},
    {"ReleasedDetainedCrew",
     "DUBAI (Reuters) - Iran released the detained crew of a Portuguese-flagged container ship on Friday, the Iranian foreign ministry said.\n",
     "released", "0841", "IRN", "", "occurred"},
    {"FreedJournalist",
     "Russia freed American journalist Evan Gershkovich on Thursday as part of a prisoner swap with the West.\n",
     "freed", "0841", "RUS", "USA", "occurred"},
    {"ReleasedNamedCitizen",
     "China released Australian journalist Cheng Lei on Wednesday after three years in detention.\n",
     "released", "0841", "CHN", "AUS", "occurred"},
    {"FreedSailors",
     "Yemen's Houthis freed the Filipino sailors of the Galaxy Leader on Wednesday, Oman said.\n",
     "freed", "0841", "", "", "occurred"},
    {"SentHomeDiplomats",
     "WARSAW (Reuters) - Poland sent home two Russian diplomats on Monday over suspected espionage.\n",
     "sent home", "166", "POL", "RUS", "occurred"},
    {"EscortedOutOfCountry",
     "Niger's military rulers escorted the French ambassador out of the country on Wednesday, officials said.\n",
     "escorted", "166", "NER", "FRA", "occurred"},
    {"SuspendedMinisterialExchanges",
     "BEIJING (Reuters) - China suspended ministerial exchanges with Lithuania on Tuesday in protest at the Taiwanese office.\n",
     "suspended", "16", "CHN", "LTU", "occurred"},
    {"SuspendedHighLevelContacts",
     "Azerbaijan suspended high-level contacts with France on Monday after remarks by the French president.\n",
     "suspended", "16", "AZE", "FRA", "occurred"},
    {"CutOffCommunicationChannels",
     "SEOUL (Reuters) - North Korea cut off all communication channels with South Korea on Tuesday.\n",
     "cut off", "16", "PRK", "KOR", "occurred"},
    {"CalledOffVisit",
     "Indian Prime Minister Narendra Modi called off his visit to Kuwait on Monday after the row over remarks on Islam.\n",
     "visit", "042", "IND", "KWT", "negated"},
    {"PostponedTheTalks",
     "Serbia postponed the talks with Kosovo on Thursday, blaming Pristina for tensions in the north.\n",
     "postponed", "164", "SRB", "", "occurred"},
    {"ScrappedTrip",
     "U.S. Secretary of State Antony Blinken scrapped a trip to Beijing on Saturday after a Chinese balloon was spotted over Montana.\n",
     "trip", "042", "USA", "CHN", "negated"},
    {"FrozeTradeAndInvestment",
     "Ukraine froze new trade and investment with Belarus on Friday, the economy ministry said.\n",
     "froze", "16", "UKR", "BLR", "occurred"},
    {"WithholdAid",
     "WASHINGTON (Reuters) - The United States will withhold $85 million in military aid to Egypt over human rights concerns.\n",
     "withhold", "162", "USA", "", ""},
    {"StoppedFunding",
     "Sweden stopped funding for the Palestinian refugee agency on Friday, the Swedish government said.\n",
     "stopped funding", "162", "SWE", "", "occurred"},
    {"BlamedFor",
     "KYIV (Reuters) - Ukraine blamed Russia for the attack on the Kakhovka dam on Tuesday.\n",
     "blamed", "112", "UKR", "RUS", "occurred"},
    {"WalkedAwayFromDeal",
     "The United States walked away from the nuclear deal with Iran in May 2018, reimposing sanctions.\n",
     "walked away", "12", "USA", "IRN", "occurred"},
    {"PulledOutOfAccord",
     "Russia pulled out of the Black Sea grain deal on Monday, the Kremlin said.\n",
     "pulled out", "12", "RUS", "", "occurred"},
    {"ScrambledFighterJets",
     "TOKYO (Reuters) - Japan scrambled fighter jets on Tuesday after two Chinese bombers flew near its southern islands.\n",
     "scrambled", "15", "JPN", "", "occurred"},
    {"RevokedAccreditation",
     "Russia revoked the accreditation of two Dutch journalists on Friday, the foreign ministry said.\n",
     "revoked", "172", "RUS", "", "occurred"},
    {"BarredEntry",
     "Hungary barred entry to a Ukrainian minister on Monday, citing security concerns.\n",
     "barred entry", "12", "HUN", "", "occurred"},
    {"ClosedConsulate",
     "Russia closed its consulate in Gdansk on Friday after Poland withdrew its consent for the mission.\n",
     "closed", "161", "RUS", "", "occurred"},
    {"ReopenedEmbassy",
     "Saudi Arabia reopened its embassy in Damascus on Tuesday after a break of more than a decade.\n",
     "reopened", "05", "SAU", "", "occurred"},
    {"RestoredTies",
     "Iran and Saudi Arabia restored diplomatic ties on Friday in a deal brokered by China.\n",
     "restored", "05", "IRN", "", "occurred"},
    {"HandedOverSuspect",
     "Turkey handed over two Swedish suspects to Sweden on Thursday, the justice ministry said.\n",
     "handed over", "08", "TUR", "", "occurred"},
    {"SwappedPrisoners",
     "Russia and Ukraine swapped prisoners of war on Wednesday in a deal brokered by the United Arab Emirates.\n",
     "swapped", "0841", "UKR", "", "occurred"},
    {"ImposedTravelBan",
     "Lithuania imposed a travel ban on Belarusian officials on Monday over the forced landing.\n",
     "imposed", "16", "LTU", "BLR", "occurred"},
};

class EventsRound23 : public ::testing::TestWithParam<Case> {};

TEST_P(EventsRound23, ActIsFound) { test::expect_act(GetParam(), 2024_y / 3 / 14); }

INSTANTIATE_TEST_SUITE_P(Probes, EventsRound23, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

// Counter-cases: the same verbs with an object that is no person, no relation, no aid.

// No release of persons when what is released is a text, figures or water.
TEST(EventsRound23Counter, ReleasedStatementIsNoReleaseOfPersons) {
  const char* texts[] = {
      "China's foreign ministry released a statement on Tuesday criticising the American report.\n",
      "Japan released treated water from the Fukushima plant into the sea on Thursday.\n",
      "The Russian central bank released figures on Friday showing inflation had slowed.\n",
      "Iran released the crew's statement to state television on Monday.\n",
  };
  for (const char* t : texts) {
    const auto b = test::build_probe(t, 2024_y / 3 / 14);
    for (const auto& e : b.t.events) EXPECT_FALSE(e.type.cameo.value_or("").starts_with("084")) << t << describe(b);
  }
}

// "freed up funds", "free trade": no release.
TEST(EventsRound23Counter, FreeTradeIsNoRelease) {
  const auto b = test::build_probe("Britain and India agreed on Monday to work toward a free trade deal, and London freed up funds for it.\n",
                                   2024_y / 3 / 14);
  for (const auto& e : b.t.events) EXPECT_FALSE(e.type.cameo.value_or("").starts_with("084")) << describe(b);
}

// "sent home" a report or a message is no expulsion.
TEST(EventsRound23Counter, SentHomeMessageIsNoExpulsion) {
  const auto b = test::build_probe("The French president sent a message home to voters on Sunday from the summit in Brussels.\n",
                                   2024_y / 3 / 14);
  for (const auto& e : b.t.events) EXPECT_NE(e.type.cameo.value_or(""), "166") << describe(b);
}

// "scrambled to" respond: no military alert.
TEST(EventsRound23Counter, ScrambledToRespondIsNoAlert) {
  const auto b = test::build_probe("European diplomats scrambled to respond to the American tariff announcement on Tuesday.\n",
                                   2024_y / 3 / 14);
  for (const auto& e : b.t.events) EXPECT_FALSE(e.type.cameo.value_or("").starts_with("15")) << describe(b);
}

// "confirmed" alone reports no act of its own: no criticism, threat or sanction is read from it.
TEST(EventsRound23Counter, ConfirmedAloneIsNoAct) {
  const auto b = test::build_probe("The Kremlin confirmed on Tuesday that Putin would travel to Beijing next month.\n",
                                   2024_y / 3 / 14);
  const Event* e = event_over(b, "confirmed");
  EXPECT_TRUE(e == nullptr || !e->type.cameo.value_or("").starts_with("1")) << describe(b);
}

}  // namespace
