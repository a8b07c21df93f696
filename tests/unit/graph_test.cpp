// Date reasoning over the temporal network, contradictions, timeline order and stable ids.
#include "graph_fixtures.hpp"
#include "support.hpp"

#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include <algorithm>

namespace dateline::test {
namespace {

// A one-document timeline of the given events, ids assigned, links by event index.
struct Built {
  Document doc;
  Timeline t;
};

Built timeline_of(const std::string& text, const std::string& published, const std::vector<EventSpec>& specs,
                  const std::vector<std::tuple<std::size_t, std::size_t, Relation, std::string>>& links = {}) {
  Built b{plain_document(text, "d1", published.empty() ? std::nullopt : std::optional<std::string>(published)), {}};
  b.t.documents.push_back(b.doc.info);
  for (const auto& s : specs) b.t.events.push_back(make_event(b.doc, s));
  for (const auto& [from, to, rel, signal] : links) {
    Link l{std::to_string(from), std::to_string(to), rel, std::nullopt};
    if (!signal.empty()) l.evidence = Evidence{"d1", {0, b.doc.raw.size()}, signal};
    b.t.links.push_back(l);
  }
  assign_ids(b.t);
  return b;
}

std::string day(const std::optional<Day>& d) { return d ? format_day(*d) : "null"; }

TEST(Reason, OccurredIsBoundedByPublication) {
  auto b = timeline_of("Russia recalled its ambassador.", "2021-03-18", {{"recalled", 0, "161"}});
  reason_dates(b.t);
  const When& w = b.t.events[0].when;
  EXPECT_EQ(day(w.earliest), "null");
  EXPECT_EQ(day(w.latest), "2021-03-18");
  EXPECT_EQ(w.basis, DateBasis::inferred);
  EXPECT_TRUE(b.t.warnings.empty());
}

TEST(Reason, ExpectedAndProposedStartAfterPublication) {
  auto b = timeline_of("Russia expects sanctions. Putin proposed talks.", "2021-03-18",
                       {{"sanctions", 0, "163", "", "", Modality::expected}, {"talks", 0, "046", "", "", Modality::proposed}});
  reason_dates(b.t);
  for (const Event& e : b.t.events) {
    EXPECT_EQ(day(e.when.earliest), "2021-03-18") << e.summary;
    EXPECT_EQ(day(e.when.latest), "null") << e.summary;
  }
}

TEST(Reason, NoPublicationNoTenseBound) {
  auto b = timeline_of("Russia recalled its ambassador.", "", {{"recalled", 0, "161"}});
  reason_dates(b.t);
  EXPECT_FALSE(b.t.events[0].when.latest);
  EXPECT_EQ(b.t.events[0].when.basis, DateBasis::unknown);
}

TEST(Reason, BeforeLinkBoundsUndatedEventsByDatedOnes) {
  // B before A (dated), A before C: B ends by A's day, C starts on or after it.
  auto b = timeline_of("A met. B spoke. C left.", "2021-03-18",
                       {{"met", 0, "", "", "", Modality::occurred, "2021-03-10", "2021-03-10"},
                        {"spoke", 0, ""},
                        {"left", 0, ""}},
                       {{1, 0, Relation::before, "before"}, {0, 2, Relation::before, "after"}});
  reason_dates(b.t);
  EXPECT_EQ(day(b.t.events[1].when.latest), "2021-03-10");
  EXPECT_EQ(day(b.t.events[1].when.earliest), "null");
  EXPECT_EQ(b.t.events[1].when.basis, DateBasis::inferred);
  EXPECT_EQ(day(b.t.events[2].when.earliest), "2021-03-10");
  EXPECT_EQ(day(b.t.events[2].when.latest), "2021-03-18");  // occurred: by publication
  // The dated one is untouched.
  EXPECT_EQ(day(b.t.events[0].when.earliest), "2021-03-10");
  EXPECT_EQ(b.t.events[0].when.basis, DateBasis::explicit_date);
  EXPECT_TRUE(b.t.warnings.empty());
}

TEST(Reason, SaidLaterOnTheDayOfPublicationIsThatDay) {
  // "Obama and Medvedev spoke by telephone on Friday. Mr. Obama said later at a news
  // conference ..." in an article of that Friday.
  auto b = timeline_of("Obama spoke by telephone on Friday. Later Obama said at a news conference.", "2010-04-09",
                       {{"spoke by telephone", 0, "041", "", "", Modality::occurred, "2010-04-09", "2010-04-09"},
                        {"said", 0, "010"}},
                       {{0, 1, Relation::before, "Later"}});
  reason_dates(b.t);
  const When& w = b.t.events[1].when;
  EXPECT_EQ(day(w.earliest), "2010-04-09");
  EXPECT_EQ(day(w.latest), "2010-04-09");
  EXPECT_EQ(w.value, "2010-04-09");
  EXPECT_EQ(w.precision, Precision::day);
  EXPECT_EQ(w.basis, DateBasis::inferred);
}

TEST(Reason, ExercisesSuspendedAfterTheRaidLieBetweenIt) {
  auto b = timeline_of("Exercises were suspended after the 2010 raid.", "2012-06-01",
                       {{"suspended", 0, ""}, {"raid", 0, "", "", "", Modality::occurred, "2010-01-01", "2010-12-31"}},
                       {{1, 0, Relation::before, "after"}});
  reason_dates(b.t);
  EXPECT_EQ(day(b.t.events[0].when.earliest), "2010-01-01");
  EXPECT_EQ(day(b.t.events[0].when.latest), "2012-06-01");
}

TEST(Reason, CountedOffsetIsExact) {
  auto b = timeline_of("The embassy reopened three days after the bombing.", "1998-08-20",
                       {{"reopened", 0, ""}, {"bombing", 0, "", "", "", Modality::occurred, "1998-08-07", "1998-08-07"}},
                       {{1, 0, Relation::before, "three days after"}});
  reason_dates(b.t);
  EXPECT_EQ(day(b.t.events[0].when.earliest), "1998-08-10");
  EXPECT_EQ(day(b.t.events[0].when.latest), "1998-08-10");
}

TEST(Reason, SameDayEventsCanBeOrdered) {
  auto b = timeline_of("Putin spoke. Psaki answered.", "2021-03-18",
                       {{"spoke", 0, "", "", "", Modality::occurred, "2021-03-18", "2021-03-18"},
                        {"answered", 0, "", "", "", Modality::occurred, "2021-03-18", "2021-03-18"}},
                       {{0, 1, Relation::before, "after"}});
  reason_dates(b.t);
  EXPECT_TRUE(b.t.warnings.empty());
}

TEST(Reason, ConflictingExplicitDatesThroughALinkAreAContradiction) {
  auto b = timeline_of("The treaty was signed on March 10. The talks ended on March 1.", "2021-03-18",
                       {{"signed", 0, "057", "", "", Modality::occurred, "2021-03-10", "2021-03-10"},
                        {"ended", 0, "", "", "", Modality::occurred, "2021-03-01", "2021-03-01"}},
                       {{0, 1, Relation::before, "after"}});
  reason_dates(b.t);
  ASSERT_EQ(b.t.warnings.size(), 1u);
  const Warning& w = b.t.warnings[0];
  EXPECT_EQ(w.code, "date-contradiction");
  for (const Event& e : b.t.events) {
    EXPECT_NE(w.message.find(e.id), std::string::npos) << w.message;
    EXPECT_NE(w.message.find("\"" + e.summary + "\""), std::string::npos) << w.message;
  }
  EXPECT_NE(w.message.find("signal \"after\""), std::string::npos) << w.message;
  EXPECT_NE(w.message.find("2021-03-10"), std::string::npos) << w.message;
  EXPECT_NE(w.message.find("Dropped: " + b.t.events[0].id + " \"signed\" before"), std::string::npos) << w.message;
  ASSERT_TRUE(w.document);
  EXPECT_EQ(*w.document, "d1");
  // The link went, the explicit dates stay.
  EXPECT_EQ(day(b.t.events[0].when.earliest), "2021-03-10");
  EXPECT_EQ(day(b.t.events[1].when.latest), "2021-03-01");
}

TEST(Reason, CycleOfBeforeLinksIsAContradiction) {
  auto b = timeline_of("A met. B spoke. C left.", "2021-03-18", {{"met", 0, ""}, {"spoke", 0, ""}, {"left", 0, ""}},
                       {{0, 1, Relation::before, "before"}, {1, 2, Relation::before, "before"}, {2, 0, Relation::before, ""}});
  reason_dates(b.t);
  ASSERT_EQ(b.t.warnings.size(), 1u);
  const Warning& w = b.t.warnings[0];
  EXPECT_EQ(w.code, "date-contradiction");
  for (const Event& e : b.t.events) EXPECT_NE(w.message.find(e.id), std::string::npos) << w.message;
  // The inferred link (no evidence) is the weakest and goes.
  EXPECT_NE(w.message.find("Dropped: " + b.t.events[2].id), std::string::npos) << w.message;
  EXPECT_NE(w.message.find("(inferred)"), std::string::npos) << w.message;
  // Reasoning still finished: every event is bounded by the publication.
  for (const Event& e : b.t.events) EXPECT_EQ(day(e.when.latest), "2021-03-18");
}

// The constraints are worded only when a warning names them (round 10): every part of the
// wording still comes from the events, their dates and date texts, and the link.
TEST(Reason, ContradictionWordsEveryConstraintOfTheCycle) {
  auto b = timeline_of("The treaty was signed on March 10. The talks ended on March 1.", "2021-03-18",
                       {{"signed", 0, "057", "", "", Modality::occurred, "2021-03-10", "2021-03-10"},
                        {"ended", 0, "", "", "", Modality::occurred, "2021-03-01", "2021-03-01"}},
                       {{0, 1, Relation::before, "after"}});
  b.t.events[0].when.text = "on March 10";
  b.t.events[1].when.text = "on March 1";
  reason_dates(b.t);
  ASSERT_EQ(b.t.warnings.size(), 1u);
  const std::string& m = b.t.warnings[0].message;
  const std::string a = b.t.events[0].id + " \"" + b.t.events[0].summary + "\"";
  const std::string c = b.t.events[1].id + " \"" + b.t.events[1].summary + "\"";
  EXPECT_EQ(m.rfind("contradictory dates: ", 0), 0u) << m;
  EXPECT_NE(m.find(a + " on or after 2021-03-10 (\"on March 10\") [explicit date]"), std::string::npos) << m;
  EXPECT_NE(m.find(c + " on or before 2021-03-01 (\"on March 1\") [explicit date]"), std::string::npos) << m;
  EXPECT_NE(m.find(". Dropped: " + a + " before " + c + " (signal \"after\", d1 bytes "), std::string::npos) << m;
}

TEST(Reason, TenseGivesWayToAnExplicitDate) {
  // "expected" but dated before publication: the tense bound is weaker than the date.
  auto b = timeline_of("Talks were expected on March 1.", "2021-03-18",
                       {{"Talks", 0, "046", "", "", Modality::expected, "2021-03-01", "2021-03-01"}});
  reason_dates(b.t);
  ASSERT_EQ(b.t.warnings.size(), 1u);
  EXPECT_NE(b.t.warnings[0].message.find("[tense]"), std::string::npos) << b.t.warnings[0].message;
  EXPECT_NE(b.t.warnings[0].message.find("Dropped: " + b.t.events[0].id + " \"Talks\" reported as expected"),
            std::string::npos)
      << b.t.warnings[0].message;
  EXPECT_EQ(day(b.t.events[0].when.earliest), "2021-03-01");
}

TEST(Reason, ManyContradictionsAllReported) {
  // Ten independent before-cycles of two events: ten warnings, and it ends.
  std::string text;
  std::vector<EventSpec> specs;
  std::vector<std::tuple<std::size_t, std::size_t, Relation, std::string>> links;
  for (std::size_t i = 0; i < 10; ++i) {
    text += "x" + std::to_string(i) + "a y" + std::to_string(i) + "b. ";
    specs.push_back({"x" + std::to_string(i) + "a"});
    specs.push_back({"y" + std::to_string(i) + "b"});
    links.emplace_back(2 * i, 2 * i + 1, Relation::before, "before");
    links.emplace_back(2 * i + 1, 2 * i, Relation::before, "after");
  }
  auto b = timeline_of(text, "2021-03-18", specs, links);
  reason_dates(b.t);
  EXPECT_EQ(b.t.warnings.size(), 10u);
}

TEST(Order, UndatedEventsFollowTheirLinks) {
  auto b = timeline_of("A met. B spoke. C left. D came.", "",
                       {{"met", 0, "", "", "", Modality::occurred, "2021-03-01", "2021-03-01"},
                        {"spoke", 0, ""},
                        {"left", 0, "", "", "", Modality::occurred, "2021-03-05", "2021-03-05"},
                        {"came", 0, ""}},
                       {{1, 2, Relation::before, "before"}, {2, 3, Relation::causes, "prompted"}});
  const auto order = chronological_order(b.t);
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(Order, ResponsesComeAfterWhatTheyAnswer) {
  auto b = timeline_of("A met. B spoke.", "", {{"met", 0, ""}, {"spoke", 0, ""}}, {{0, 1, Relation::responds_to, "after"}});
  EXPECT_EQ(chronological_order(b.t), (std::vector<std::size_t>{1, 0}));
}

TEST(Order, CyclesDoNotHang) {
  auto b = timeline_of("A met. B spoke.", "", {{"met", 0, ""}, {"spoke", 0, ""}},
                       {{0, 1, Relation::before, "before"}, {1, 0, Relation::before, "before"}});
  auto order = chronological_order(b.t);
  std::sort(order.begin(), order.end());
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1}));
}

TEST(Ids, SameInputSameIds) {
  auto a = timeline_of("Russia recalled its ambassador. Biden spoke.", "2021-03-18", {{"recalled", 0, "161"}, {"spoke", 0, "010"}});
  auto b = timeline_of("Russia recalled its ambassador. Biden spoke.", "2021-03-18", {{"recalled", 0, "161"}, {"spoke", 0, "010"}});
  ASSERT_EQ(a.t.events.size(), 2u);
  EXPECT_EQ(a.t.events[0].id, b.t.events[0].id);
  EXPECT_EQ(a.t.events[1].id, b.t.events[1].id);
  EXPECT_NE(a.t.events[0].id, a.t.events[1].id);
  EXPECT_EQ(a.t.events[0].id.rfind("ev-", 0), 0u);
  // Event order does not matter either.
  std::swap(b.t.events[0], b.t.events[1]);
  for (auto& e : b.t.events) e.id.clear();
  assign_ids(b.t);
  EXPECT_EQ(a.t.events[0].id, b.t.events[1].id);
}

TEST(Ids, AnotherDocumentLeavesIdsAlone) {
  auto a = timeline_of("Russia recalled its ambassador. Biden spoke.", "2021-03-18", {{"recalled", 0, "161"}, {"spoke", 0, "010"}});
  auto other = timeline_of("Japan protested. China closed a port.", "2021-03-19", {{"protested", 0, "140"}, {"closed", 0, "160"}});
  const Timeline both = merge({other.t, a.t});
  for (const Event& e : a.t.events)
    EXPECT_TRUE(std::any_of(both.events.begin(), both.events.end(), [&](const Event& m) { return m.id == e.id; })) << e.id;
}

TEST(Ids, BuiltTimelinesKeepIdsWhenDocumentsAreAdded) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = shared_dir() / "corpus" / "tempeval3-train" / "AQUAINT";
  auto one = ingest_file((dir / "APW19980807.0261.tml").string());
  auto two = ingest_file((dir / "APW19980807.0261.tml").string());
  for (auto& d : ingest_file((dir / "NYT19980907.0112.tml").string())) two.push_back(std::move(d));
  const Timeline a = build_timeline(one);
  const Timeline again = build_timeline(ingest_file((dir / "APW19980807.0261.tml").string()));
  EXPECT_EQ(to_json(a), to_json(again));
  if (a.events.empty()) GTEST_SKIP() << "the event extractor finds no events yet";
  const Timeline b = build_timeline(two);
  std::size_t kept = 0;
  for (const Event& e : a.events)
    kept += std::any_of(b.events.begin(), b.events.end(), [&](const Event& m) { return m.id == e.id; });
  // Events the other article also reports may merge (and take the id of the earlier mention);
  // the rest keep theirs.
  EXPECT_GE(kept * 2, a.events.size());
}

}  // namespace
}  // namespace dateline::test
