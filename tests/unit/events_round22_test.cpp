// Events, round 22: recall and actors on modern wire copy. Diplomatic acts told in ways the
// lexicon did not know (missions ransacked or overrun, a leader's phone tapped, an insult told
// as a comparison with Hitler, an envoy summoned by his surname alone, an act left open by "did
// not rule out", acts told with a noun head, envoys kicked out or pulled), and officials named
// without a nationality word. Sentences written for these tests in the style of 2010s-2020s
// wire copy of several outlets, through the whole pipeline; each names where the act's trigger
// is, its CAMEO code (a prefix; "-" an act outside CAMEO), the states of its source and target
// (ISO alpha-3, "" not checked) and its modality ("" not checked).
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
    {"StormedSaudiEmbassy",
     "TEHRAN (Reuters) - Iranian protesters stormed the Saudi embassy in Tehran on Sunday night, hurling petrol bombs.\n",
     "stormed", "145", "IRN", "SAU", "occurred"},
    {"BrokeIntoEmbassyCompound",
     "NIAMEY (Reuters) - Supporters of the junta broke into the French embassy compound in Niamey on Sunday and tore down its plaque.\n",
     "broke into", "145", "", "FRA", "occurred"},
    {"StormedConsulate",
     "Armenian demonstrators stormed the Russian consulate in Gyumri on Monday, police said.\n",
     "stormed", "145", "ARM", "RUS", "occurred"},
    {"OverranEmbassy",
     "Egyptian crowds overran the Israeli embassy in Cairo on Friday, tearing down its flag.\n",
     "overran", "145", "EGY", "ISR", "occurred"},
    {"RansackingOfEmbassyNoun",
     "The ransacking of the Danish embassy in Beirut on Sunday drew condemnation from the European Union.\n",
     "ransacking", "145", "", "DNK", "occurred"},
    {"SetFireToEmbassy",
     "DAMASCUS (AP) - Syrian protesters set fire to the Danish embassy in Damascus on Saturday over the cartoons.\n",
     "set fire", "145", "SYR", "DNK", "occurred"},
    {"TappedPhone",
     "BERLIN (Reuters) - The U.S. National Security Agency tapped the mobile phone of German Chancellor Angela Merkel for years, Der Spiegel reported on Wednesday.\n",
     "tapped", "-", "USA", "DEU", ""},
    {"SpiedOnLeader",
     "Denmark helped the United States spy on Chancellor Angela Merkel and other senior European officials, Danish media reported on Sunday.\n",
     "spy on", "-", "USA", "DEU", ""},
    {"EavesdroppedOn",
     "Australian intelligence eavesdropped on the phone calls of Indonesian President Susilo Bambang Yudhoyono in 2009, documents showed.\n",
     "eavesdropped", "-", "AUS", "IDN", ""},
    {"BuggedOffice",
     "Turkish agents bugged the office of the Greek prime minister, an Athens newspaper said on Monday.\n",
     "bugged", "-", "TUR", "GRC", ""},
    {"SpyingNoun",
     "Brazilian President Dilma Rousseff postponed a state visit to Washington over U.S. spying on her communications.\n",
     "spying", "-", "USA", "", ""},
    {"ComparedToHitler",
     "ANKARA (Reuters) - Turkish President Tayyip Erdogan on Wednesday compared Israeli Prime Minister Benjamin Netanyahu to Hitler.\n",
     "compared", "111", "TUR", "ISR", "occurred"},
    {"LikenedToNazis",
     "Polish Prime Minister Mateusz Morawiecki on Monday likened Russian President Vladimir Putin to Hitler and Stalin.\n",
     "likened", "111", "POL", "RUS", "occurred"},
    {"ComparedPoliciesToNazi",
     "Erdogan compared the Dutch government's conduct to Nazism after the Netherlands barred his ministers from rallies.\n",
     "compared", "111", "TUR", "NLD", "occurred"},
    {"LikenedToTerrorist",
     "Venezuela's foreign minister likened the U.S. blockade to the Nazi siege of Leningrad.\n",
     "likened", "111", "VEN", "USA", "occurred"},
    {"SummonedBareSurname",
     "BERLIN (Reuters) - Germany's foreign ministry summoned Russian ambassador Sergei Nechayev on Monday.\n"
     "The ministry summoned Nechayev again on Tuesday over the arrest of a German citizen.\n",
     "summoned Nechayev", "114", "DEU", "RUS", "occurred"},
    {"SummonedNamedEnvoy",
     "Poland on Friday summoned Israel's ambassador Yacov Livne over the deaths of aid workers in Gaza.\n",
     "summoned", "114", "POL", "ISR", "occurred"},
    {"CalledInNamedEnvoy",
     "Britain called in Chinese envoy Zheng Zeguang on Tuesday after two men were charged with spying.\n",
     "called in", "114", "GBR", "CHN", "occurred"},
    {"SummonedChargeNamed",
     "Ukraine summoned Hungary's charge d'affaires, Janos Gyurko, on Wednesday to protest against Orban's remarks.\n",
     "summoned", "114", "UKR", "HUN", "occurred"},
    {"SummonedTheSurnameOfEnvoy",
     "China's foreign ministry summoned Japanese Ambassador Hideo Tarumi on Thursday. The ministry had also summoned Tarumi in August.\n",
     "summoned Tarumi", "114", "CHN", "JPN", ""},
    {"DidNotRuleOutSanctions",
     "LONDON (Reuters) - Britain did not rule out further sanctions against Iran, Foreign Secretary David Cameron said on Monday.\n",
     "sanctions", "163", "GBR", "IRN", "hypothetical"},
    {"RefusedToRuleOut",
     "Israeli Prime Minister Benjamin Netanyahu refused to rule out an attack on Iran's nuclear sites on Tuesday.\n",
     "attack", "", "ISR", "IRN", "hypothetical"},
    {"RuledOutIsRejection",
     "German Chancellor Olaf Scholz on Monday ruled out sending Taurus missiles to Ukraine.\n",
     "ruled out", "12", "DEU", "", ""},
    {"HasNotRuledOutMeeting",
     "The Kremlin has not ruled out a meeting between Putin and Zelenskiy, spokesman Dmitry Peskov said on Tuesday.\n",
     "meeting", "", "", "UKR", "hypothetical"},
    {"MinisterFromEarlierSurname",
     "CANBERRA (Reuters) - Australian Foreign Minister Penny Wong will visit China next week.\n"
     "Foreign Minister Penny Wong said on Tuesday the trip would stabilise ties.\n"
     "Wong criticised Beijing over the detention of a writer.\n",
     "criticised", "111", "AUS", "CHN", "occurred"},
    {"TitleOnlyFromOfficeTable",
     "Foreign Minister Penny Wong on Tuesday criticised China over the suspended death sentence of writer Yang Hengjun.\n",
     "criticised", "111", "AUS", "CHN", "occurred"},
    {"SpokesmanFromEarlierMention",
     "China's foreign ministry spokesman Wang Wenbin said on Monday that Beijing opposed the visit.\n"
     "Wang condemned the sale of weapons to Taiwan.\n",
     "condemned", "111", "CHN", "", "occurred"},
    {"PresidentFromEarlierSurname",
     "Kenyan President William Ruto met Chinese leader Xi Jinping in Beijing in October.\n"
     "President Ruto on Wednesday praised the United States for its support in Haiti.\n",
     "praised", "051", "KEN", "USA", "occurred"},
    {"SecretaryFromEarlierMention",
     "U.S. Secretary of State Antony Blinken arrived in Cairo on Wednesday.\n"
     "Secretary Blinken urged Israel to allow more aid into Gaza.\n",
     "urged", "02", "USA", "ISR", "occurred"},
    {"ExpulsionOfDiplomats",
     "MOSCOW (Reuters) - Russia on Tuesday condemned Estonia's expulsion of two Russian diplomats as a hostile act.\n",
     "expulsion", "166", "EST", "RUS", "occurred"},
    {"SeveranceOfTiesNoun",
     "Bolivia's severance of diplomatic ties with Israel drew praise from Hamas.\n",
     "severance", "161", "BOL", "ISR", "occurred"},
    {"DeportationNoun",
     "The deportation of three Chinese nationals by the Philippines on Friday angered Beijing.\n",
     "deportation", "174", "PHL", "CHN", "occurred"},
    {"DetentionNoun",
     "Washington protested Russia's detention of Wall Street Journal reporter Evan Gershkovich.\n",
     "detention", "173", "RUS", "", "occurred"},
    {"SlappedSanctions",
     "WASHINGTON (Reuters) - The United States on Thursday slapped sanctions on two Chinese firms accused of supplying Russia's military.\n",
     "slapped", "163", "USA", "CHN", "occurred"},
    {"RolledOutSanctions",
     "Britain rolled out new sanctions against Iranian officials on Monday.\n",
     "rolled out", "163", "GBR", "IRN", "occurred"},
    {"BlacklistedFirms",
     "Washington blacklisted eleven Chinese companies on Tuesday for helping Russia evade sanctions.\n",
     "blacklisted", "163", "USA", "CHN", "occurred"},
    {"KickedOutDiplomats",
     "Moldova kicked out a Russian diplomat on Wednesday over remarks about Transnistria.\n",
     "kicked out", "166", "MDA", "RUS", "occurred"},
    {"ToldEnvoyToLeave",
     "Burkina Faso told the French ambassador to leave the country within a month, officials said on Monday.\n",
     "told the French", "166", "BFA", "FRA", "occurred"},
    {"DeclaredPersonaNonGrata",
     "Latvia on Friday declared a Russian diplomat persona non grata.\n",
     "declared", "166", "LVA", "RUS", "occurred"},
    {"DowngradedTies",
     "Lithuania downgraded diplomatic relations with China on Monday after the Taiwan office row.\n",
     "downgraded", "16", "LTU", "CHN", "occurred"},
    {"CutTiesWith",
     "Nicaragua cut ties with the Netherlands on Sunday, accusing it of interference.\n",
     "cut ties", "161", "NIC", "NLD", "occurred"},
    {"PulledAmbassador",
     "Colombia pulled its ambassador from Israel on Tuesday.\n",
     "pulled", "161", "COL", "ISR", "occurred"},
    {"LashedOutAt",
     "Chinese Foreign Minister Wang Yi lashed out at Japan on Friday over the release of water from Fukushima.\n",
     "lashed out", "111", "CHN", "JPN", "occurred"},
    {"SlammedMove",
     "Beijing on Tuesday slammed the decision by Lithuania to let Taiwan open an office in Vilnius.\n",
     "slammed", "111", "CHN", "LTU", "occurred"},
    {"BlastedRemarks",
     "Russia's foreign ministry blasted Finland's remarks on Tuesday as hostile.\n",
     "blasted", "111", "RUS", "FIN", "occurred"},
    {"Rebuked",
     "India on Thursday rebuked Canada for its allegations over the killing of a Sikh activist.\n",
     "rebuked", "111", "IND", "CAN", "occurred"},
    {"CastigatedWest",
     "Iranian President Ebrahim Raisi castigated Washington in a speech to the U.N. General Assembly on Tuesday.\n",
     "castigated", "111", "IRN", "USA", "occurred"},
    {"PhoneCallHeld",
     "Chinese President Xi Jinping held a phone call with Ukrainian President Volodymyr Zelenskiy on Wednesday, state media said.\n",
     "held a phone call", "04", "CHN", "UKR", "occurred"},
    {"SpokeByVideoLink",
     "U.S. President Joe Biden spoke with Chinese President Xi Jinping by video link on Monday.\n",
     "spoke with", "04", "USA", "CHN", "occurred"},
    {"HostedCounterpart",
     "Saudi Crown Prince Mohammed bin Salman hosted Turkish President Tayyip Erdogan in Jeddah on Monday.\n",
     "hosted", "043", "SAU", "TUR", "occurred"},
    {"PaidAVisit",
     "Indian Prime Minister Narendra Modi paid a visit to Kyiv on Friday, the first by an Indian leader.\n",
     "paid a visit", "042", "IND", "UKR", "occurred"},
    {"InkedDeal",
     "Japan and the Philippines inked a defence pact in Manila on Monday.\n",
     "inked", "057", "JPN", "", "occurred"},
    {"BrokeredTruce",
     "Qatar brokered a truce between Israel and Hamas, officials said on Wednesday.\n",
     "brokered", "04", "QAT", "", "occurred"},
    {"ExtendedCondolences",
     "Indian Prime Minister Narendra Modi extended condolences to Russia over the concert hall attack on Saturday.\n",
     "extended condolences", "018", "IND", "RUS", "occurred"},
    {"HitBackAtCriticism",
     "China hit back at NATO on Thursday, accusing the alliance of spreading lies about its role in Ukraine.\n",
     "hit back", "111", "CHN", "", ""},
    {"ThreatenedRetaliation",
     "North Korea warned South Korea on Sunday of a merciless response to any provocation.\n",
     "warned", "13", "PRK", "KOR", "occurred"},
    {"FiredMissile",
     "North Korea fired a ballistic missile into the sea off Japan's east coast on Thursday, Tokyo said.\n",
     "fired", "19", "PRK", "", "occurred"},
    {"DetainedCitizen",
     "Russian authorities detained a U.S. citizen in Yekaterinburg on Tuesday on treason charges.\n",
     "detained", "173", "RUS", "USA", "occurred"},
    {"SurnameWithTitleAfterPossessive",
     "Australia's foreign minister, Penny Wong, arrived in Beijing on Monday.\n"
     "Foreign Minister Wong on Tuesday criticised China over the detention of a writer.\n",
     "criticised", "111", "AUS", "CHN", "occurred"},
    {"BareSurnameAfterTitledMention",
     "German Foreign Minister Annalena Baerbock visited Kyiv on Monday.\n"
     "Baerbock, speaking in Odesa, condemned Russia's attacks on ports.\n",
     "condemned", "111", "DEU", "RUS", "occurred"},
    {"DefenceMinisterFromOfficeTable",
     "Defence Minister Richard Marles, speaking in Canberra, on Friday criticised China over a naval sonar incident.\n",
     "criticised", "111", "AUS", "CHN", "occurred"},
};

class EventsRound22 : public ::testing::TestWithParam<Case> {};

TEST_P(EventsRound22, ActIsFound) { test::expect_act(GetParam(), 2024_y / 3 / 14); }

INSTANTIATE_TEST_SUITE_P(Probes, EventsRound22, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

// Counter-cases of the rules above.

// A minister the text gives no state and the office table does not know gets none: never a guess.
TEST(EventsRound22Officials, NoStateGuessedForAnUnknownMinister) {
  const auto b = test::build_probe("Foreign Minister Jane Doe said on Tuesday that she had condemned the attack on the convoy.\n",
                                   2024_y / 3 / 14);
  const Event* e = event_over(b, "condemned");
  ASSERT_NE(e, nullptr) << describe(b);
  EXPECT_FALSE(test::country_of(e, ActorRole::source).has_value()) << e->summary;
}

// "compared the two economies": a comparison with no byword of tyranny is no insult.
TEST(EventsRound22Insults, PlainComparisonIsNoCriticism) {
  const auto b = test::build_probe("Chinese Foreign Minister Wang Yi compared the two economies in a speech in Beijing on Tuesday.\n",
                                   2024_y / 3 / 14);
  const Event* e = event_over(b, "compared");
  EXPECT_TRUE(e == nullptr || !e->type.cameo.value_or("").starts_with("11")) << describe(b);
}

// A bare "summon" without a person of a known state after it is no summons.
TEST(EventsRound22Summons, SummonedReportersIsNoSummons) {
  const auto b = test::build_probe("Brazilian President Luiz Inacio Lula da Silva summoned reporters to the palace on Tuesday.\n",
                                   2024_y / 3 / 14);
  const Event* e = event_over(b, "summoned");
  EXPECT_TRUE(e == nullptr || e->type.cameo.value_or("") != "114") << describe(b);
}

// "did not rule out": no rejection is told (a negated 120 would say the writer commits to one
// not made; the act is the one left open).
TEST(EventsRound22LeftOpen, NegatedRuleOutIsNoRejection) {
  const auto b = test::build_probe(
      "LONDON (Reuters) - Britain did not rule out further sanctions against Iran, Foreign Secretary David Cameron said on Monday.\n",
      2024_y / 3 / 14);
  for (const auto& e : b.t.events) EXPECT_FALSE(e.type.cameo.value_or("").starts_with("12")) << e.summary;
}

TEST(EventsRound22LeftOpen, RefusalToRuleOutIsNoRefusal) {
  const auto b = test::build_probe(
      "Israeli Prime Minister Benjamin Netanyahu refused to rule out a strike on Iranian nuclear sites on Tuesday.\n",
      2024_y / 3 / 14);
  for (const auto& e : b.t.events) EXPECT_FALSE(e.type.cameo.value_or("").starts_with("12")) << e.summary;
}

// "the detention of" is an arrest; "a detention centre" names a place, no act.
TEST(EventsRound22Nouns, DetentionCentreIsNoArrest) {
  const auto b = test::build_probe("Russia opened a new detention centre near Moscow on Tuesday, state media said.\n",
                                   2024_y / 3 / 14);
  EXPECT_EQ(event_over(b, "detention"), nullptr) << describe(b);
}

}  // namespace
