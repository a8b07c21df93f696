// Actors: gazetteer names, titled people, metonyms and references back to a named person,
// on sentences written for these tests.
#include <dateline/actors.hpp>
#include <dateline/text.hpp>

#include <gtest/gtest.h>

#include <string>

namespace {

using dateline::ActorKind;
using dateline::ActorMention;

std::vector<ActorMention> actors_of(const std::string& text) { return dateline::find_actors(dateline::segment(text)); }

const ActorMention* covering(const std::vector<ActorMention>& all, const std::string& text, const std::string& what) {
  auto pos = text.find(what);
  for (const auto& a : all)
    if (a.start <= pos && pos < a.end) return &a;
  return nullptr;
}

TEST(Actors, TitledPersonTakesCountryFromAdjective) {
  std::string t = "Israeli Prime Minister Benjamin Netanyahu spoke to reporters in Jerusalem.\n";
  auto all = actors_of(t);
  const ActorMention* p = covering(all, t, "Netanyahu");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Benjamin Netanyahu");
  EXPECT_EQ(p->country, "ISR");
  EXPECT_EQ(p->kind, ActorKind::person);
  EXPECT_EQ(t.substr(p->start, p->end - p->start), "Israeli Prime Minister Benjamin Netanyahu");
}

// Legislative bodies are bodies of the state named before them.
TEST(Actors, LegislativeChambersAreStateBodies) {
  std::string t = "The Dutch upper house approved NATO enlargement on Wednesday.\n";
  auto all = actors_of(t);
  const ActorMention* p = covering(all, t, "upper house");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->country, "NLD");
  EXPECT_EQ(t.substr(p->start, p->end - p->start), "Dutch upper house");
}

// A place whose name holds a country's name is no actor: "New Mexico" is not Mexico, "New
// Jersey" not Jersey; the country alone still is.
TEST(Actors, PlacesHoldingACountryNameAreNotThatCountry) {
  std::string t = "The governor of New Mexico met officials from New Jersey and from Mexico.\n";
  auto all = actors_of(t);
  EXPECT_EQ(covering(all, t, "Mexico met"), nullptr);
  EXPECT_EQ(covering(all, t, "Jersey"), nullptr);
  const ActorMention* m = covering(all, t, "Mexico.");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "MEX");
}

// Lower-case particles inside a titled name belong to it; a conjunction does not.
TEST(Actors, NameParticlesJoinTheName) {
  std::string t = "Albright met Kenyan President Daniel arap Moi on Tuesday.\n";
  auto all = actors_of(t);
  const ActorMention* p = covering(all, t, "Daniel");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Daniel arap Moi");
  EXPECT_EQ(p->country, "KEN");
}

TEST(Actors, UnknownNameWithOrganizationTitle) {
  std::string t = "White House spokeswoman Karine Smithson told reporters the visit was off.\n";
  auto all = actors_of(t);
  const ActorMention* p = covering(all, t, "Smithson");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Karine Smithson");
  EXPECT_EQ(p->country, "USA");
  EXPECT_EQ(p->kind, ActorKind::person);
}

TEST(Actors, MetonymsAndCapitals) {
  std::string t = "The Kremlin and Ankara traded barbs while Downing Street kept quiet.\n";
  auto all = actors_of(t);
  const ActorMention* k = covering(all, t, "Kremlin");
  const ActorMention* a = covering(all, t, "Ankara");
  const ActorMention* d = covering(all, t, "Downing");
  ASSERT_TRUE(k && a && d);
  EXPECT_EQ(k->country, "RUS");
  EXPECT_EQ(a->country, "TUR");
  EXPECT_EQ(d->country, "GBR");
  EXPECT_EQ(k->kind, ActorKind::state);
}

TEST(Actors, LaterReferencesCarryTheFirstFullName) {
  std::string t =
      "Turkish President Ahmet Dervisoglu met the envoy on Monday\n\n"
      "Later Dervisoglu spoke again\n\n"
      "The Turkish leader left early\n";
  auto all = actors_of(t);
  const ActorMention* later = covering(all, t, "Dervisoglu spoke");
  const ActorMention* leader = covering(all, t, "Turkish leader");
  ASSERT_TRUE(later && leader);
  EXPECT_EQ(later->name, "Ahmet Dervisoglu");
  EXPECT_EQ(later->country, "TUR");
  EXPECT_EQ(leader->name, "Ahmet Dervisoglu");
  EXPECT_EQ(leader->kind, ActorKind::person);
}

TEST(Actors, HonorificRefersBack) {
  std::string t = "Greek Foreign Minister Nikos Andrianakis arrived\n\nMr. Andrianakis said little\n";
  auto all = actors_of(t);
  const ActorMention* mr = covering(all, t, "Andrianakis said");
  ASSERT_NE(mr, nullptr);
  EXPECT_EQ(mr->name, "Nikos Andrianakis");
  EXPECT_EQ(mr->country, "GRC");
}

TEST(Actors, InternationalOrganizationsHaveNoCountry) {
  std::string t = "NATO and the European Union urged calm, and the IAEA sent inspectors.\n";
  auto all = actors_of(t);
  const ActorMention* n = covering(all, t, "NATO");
  const ActorMention* e = covering(all, t, "European");
  ASSERT_TRUE(n && e);
  EXPECT_EQ(n->kind, ActorKind::organization);
  EXPECT_FALSE(n->country.has_value());
  EXPECT_EQ(e->name, "European Union");
}

TEST(Actors, LowerCasePronounsAreNotCountries) {
  std::string t = "They told us who would come.\n";
  EXPECT_TRUE(actors_of(t).empty());
}

// People whose country the gazetteer does not know take it from the text around the name:
// "of <state>" after it, a national body before the title, a named superior's country.
TEST(Actors, CountryOfAPersonFromOfBodyOrSuperior) {
  std::string t =
      "Presidents Ivan Petrenko of Ukraine and Jan Novak of Slovakia met. King Omar of Jordan spoke. "
      "State Department deputy spokesman Tom Reed said nothing. Novak's spokesman Karel Horak said more.\n";
  auto all = actors_of(t);
  const ActorMention* petrenko = covering(all, t, "Petrenko");
  ASSERT_NE(petrenko, nullptr);
  EXPECT_EQ(petrenko->name, "Ivan Petrenko");
  EXPECT_EQ(petrenko->country, "UKR");
  const ActorMention* novak = covering(all, t, "Novak of");
  ASSERT_NE(novak, nullptr);
  EXPECT_EQ(novak->country, "SVK");
  const ActorMention* omar = covering(all, t, "Omar");
  ASSERT_NE(omar, nullptr);
  EXPECT_EQ(omar->country, "JOR");
  const ActorMention* reed = covering(all, t, "Reed");
  ASSERT_NE(reed, nullptr);
  EXPECT_EQ(reed->name, "Tom Reed");
  EXPECT_EQ(reed->country, "USA");
  const ActorMention* horak = covering(all, t, "Horak");
  ASSERT_NE(horak, nullptr);
  EXPECT_EQ(horak->name, "Karel Horak");
  EXPECT_EQ(horak->country, "SVK");
  // "Northern Ireland" is part of the United Kingdom, not Ireland.
  std::string ni = "Northern Ireland police arrested two men.\n";
  auto n = actors_of(ni);
  const ActorMention* police = covering(n, ni, "police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "GBR");
}

// A capital before a venue noun is where ("the Madrid summit"), not the government; a titled
// name with another state's "of" is another person than one of the same surname before.
TEST(Actors, VenueCapitalAndSameSurnameOfAnotherState) {
  std::string t = "NATO decided at the Madrid summit to invite Poland. Madrid welcomed it.\n";
  auto all = actors_of(t);
  EXPECT_EQ(covering(all, t, "Madrid summit"), nullptr);
  const ActorMention* gov = covering(all, t, "Madrid welcomed");
  ASSERT_NE(gov, nullptr);
  EXPECT_EQ(gov->country, "ESP");

  std::string h = "Iraq's Saddam Hussein spoke. Later King Hussein of Jordan met Bush.\n";
  auto people = actors_of(h);
  const ActorMention* king = covering(people, h, "Hussein of");
  ASSERT_NE(king, nullptr);
  EXPECT_EQ(king->country, "JOR");
  const ActorMention* saddam = covering(people, h, "Saddam");
  ASSERT_NE(saddam, nullptr);
  EXPECT_EQ(saddam->country, "IRQ");
}

// A national body named without its state ("Foreign Ministry spokesman X") belongs to the
// state of the dateline; without a dateline it has none.
TEST(Actors, BodyWithoutStateIsTheDatelines) {
  std::string t = "LIMA, March 3 (Xinhua) -- Foreign Ministry spokesman Juan Paz said nothing.\n";
  auto all = actors_of(t);
  const ActorMention* paz = covering(all, t, "Paz");
  ASSERT_NE(paz, nullptr);
  EXPECT_EQ(paz->country, "PER");
  std::string u = "Foreign Ministry spokesman Juan Paz said nothing.\n";
  auto none = actors_of(u);
  const ActorMention* p = covering(none, u, "Paz");
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(p->country.has_value());
}

// "The parliament approved ...": a listed body named without its state is the dateline's state's,
// or the state of the place after "in"/"of", or of a body named with its state just before, or
// of the only state named before it in its sentence (else in the sentence before); without any
// of these it is no actor.
TEST(Actors, BareBodyTakesTheStoryState) {
  auto country_of = [](const std::string& t, const std::string& what) -> std::optional<std::string> {
    auto all = actors_of(t);
    const ActorMention* m = covering(all, t, what);
    if (!m) return std::string("none");
    return m->country;
  };
  EXPECT_EQ(country_of("MOSCOW (Reuters) - The parliament approved a bill on Tuesday.\n", "parliament"), "RUS");
  EXPECT_EQ(country_of("BEIJING, March 3 (Xinhua) -- The ministry said on Friday it had lodged a protest.\n", "ministry"),
            "CHN");
  // a city that is not a capital places the dateline too (data/gazetteer/cities.tsv)
  EXPECT_EQ(country_of("ISTANBUL (Reuters) - Police detained 12 people on Sunday.\n", "Police"), "TUR");
  EXPECT_EQ(country_of("Police in Shanghai detained two activists on Monday.\n", "Police"), "CHN");
  EXPECT_EQ(country_of("Officials in Tokyo declined to comment.\n", "Officials"), "JPN");
  EXPECT_EQ(country_of("The upper house of the Dutch parliament voted in favour.\n", "upper house"), "NLD");
  EXPECT_EQ(country_of("The Dutch parliament debated the treaty. The lower house approved it.\n", "lower house"), "NLD");
  EXPECT_EQ(country_of("Turkey and Greece held talks. In Ankara, the parliament approved a pact.\n", "parliament"), "TUR");
  EXPECT_EQ(country_of("Kenya said on Friday it would help. Police arrested three men.\n", "Police"), "KEN");
  // ambiguous, a modifier naming someone else, or not a listed body: no actor
  EXPECT_EQ(country_of("Turkey and Greece held talks. The parliament approved a pact.\n", "parliament"), "none");
  EXPECT_EQ(country_of("ADDIS ABABA, Ethiopia (AP) - A rampage by Hutu police followed.\n", "police"), "none");
  EXPECT_EQ(country_of("MOSCOW (Reuters) - The embassy was hit by a blast.\n", "embassy"), "none");
  EXPECT_EQ(country_of("Officials said nothing on Monday.\n", "Officials"), "none");
}

TEST(Actors, NonAsciiAndPunctuationDoNotCrash) {
  std::string t = "\xE2\x80\x9C\xE2\x80\x99 \xC3\xA9 ' ' . , Mr. \xE2\x80\x94 President\n";
  auto all = actors_of(t);
  for (const auto& a : all) EXPECT_LE(a.end, t.size());
}

}  // namespace

// A bare surname two office holders share names the one of the article's time.
namespace {
std::vector<ActorMention> actors_in(const std::string& text, int year) {
  return dateline::find_actors(dateline::segment(text), date::year{year});
}
}  // namespace

TEST(Actors, SharedSurnameNamesTheHolderOfTheArticlesTime) {
  const std::string t = "Bush warned Iraq on Monday that the embargo would stay.\n";
  const ActorMention* a = nullptr;

  auto in1990 = actors_in(t, 1990);
  a = covering(in1990, t, "Bush");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "George H. W. Bush");
  EXPECT_EQ(a->country, "USA");

  auto in2003 = actors_in(t, 2003);
  a = covering(in2003, t, "Bush");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "George W. Bush");

  // Outside both terms, the nearer one: 1995 is two years after the father's, six before the son's.
  auto in1995 = actors_in(t, 1995);
  a = covering(in1995, t, "Bush");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "George H. W. Bush");

  // Without a date, the latest to take office, as before dates were known.
  auto undated = actors_of(t);
  a = covering(undated, t, "Bush");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "George W. Bush");
}

TEST(Actors, SurnameOfTwoHoldersInOfficeAtOnceIsLeftToTheContext) {
  // In 1998 both Koreas had a leader named Kim: the surname alone is not Kim Jong Un's.
  const std::string t = "Kim called for talks on Tuesday.\n";
  auto in1998 = actors_in(t, 1998);
  for (const auto& a : in1998) {
    EXPECT_NE(a.name, "Kim Jong Un");
    EXPECT_NE(a.country, std::optional<std::string>("PRK"));
  }
  auto in2018 = actors_in(t, 2018);
  const ActorMention* a = covering(in2018, t, "Kim");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->name, "Kim Jong Un");
  EXPECT_EQ(a->country, "PRK");
  // A full name is matched whatever the year.
  const std::string full = "Kim Dae-jung called for talks on Tuesday.\n";
  auto named = actors_in(full, 2018);
  a = covering(named, full, "Kim");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->country, "KOR");
}
