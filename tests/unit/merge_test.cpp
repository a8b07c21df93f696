// Merging: one event per real-world event, and the same bytes whatever the order and grouping.
#include "graph_fixtures.hpp"
#include "support.hpp"

#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/json.hpp>
#include <dateline/match.hpp>
#include <dateline/pipeline.hpp>

#include <algorithm>

namespace dateline::test {
namespace {

Timeline single(const std::string& text, const std::string& published, const std::vector<EventSpec>& specs,
                const std::vector<std::tuple<std::size_t, std::size_t, Relation, std::string>>& links = {}) {
  const Document doc = plain_document(text, "d1", published);
  Timeline t;
  t.generator.version = "0.1.0";
  t.documents.push_back(doc.info);
  for (const auto& s : specs) t.events.push_back(make_event(doc, s));
  for (const auto& [from, to, rel, signal] : links)
    t.links.push_back({std::to_string(from), std::to_string(to), rel, Evidence{"d1", {0, doc.raw.size()}, signal}});
  t.warnings.push_back({"unresolved-date", "a warning of this report", "d1", Span{0, 5}});
  assign_ids(t);
  return t;
}

// Three reports of the 1998 embassy bombings, written for this test.
std::vector<Timeline> three_reports() {
  Timeline a = single(
      "Bombs exploded at the American embassies in Nairobi and Dar es Salaam. Washington vowed retaliation after the bombings.",
      "1998-08-07",
      {{"Bombs exploded", 0, "183", "", "", Modality::occurred, "1998-08-07", "1998-08-07"},
       {"vowed retaliation", 0, "138", "Washington", "USA"}},
      {{1, 0, Relation::responds_to, "after"}});
  Timeline b = single(
      "The embassy bombings in Nairobi killed dozens. Kenya closed its border. The United States vowed retaliation.",
      "1998-08-08",
      {{"embassy bombings", 0, "183", "", "", Modality::occurred, "", "1998-08-08"},
       {"closed its border", 0, "1621", "Kenya", "KEN"},
       {"vowed retaliation", 0, "138", "United States", "USA", Modality::expected}});
  Timeline c = single(
      "Investigators said the bombs exploded minutes apart. Sudan denied any role in the attacks.",
      "1998-08-10",
      {{"bombs exploded", 0, "183", "", "", Modality::occurred, "1998-08-01", "1998-08-09"},
       {"denied", 0, "016", "Sudan", "SDN"},
       {"attacks", 0, "183"}},
      {{1, 2, Relation::denies, "denied"}});
  return {a, b, c};
}

// Every order and grouping of three inputs.
void expect_associative_and_commutative(const std::vector<Timeline>& in) {
  ASSERT_EQ(in.size(), 3u);
  const std::string flat = to_json(merge(in));
  std::vector<std::size_t> p{0, 1, 2};
  do {
    const Timeline& x = in[p[0]];
    const Timeline& y = in[p[1]];
    const Timeline& z = in[p[2]];
    EXPECT_EQ(to_json(merge({x, y, z})), flat) << p[0] << p[1] << p[2];
    EXPECT_EQ(to_json(merge({merge({x, y}), z})), flat) << "((" << p[0] << p[1] << ")" << p[2] << ")";
    EXPECT_EQ(to_json(merge({x, merge({y, z})})), flat) << "(" << p[0] << "(" << p[1] << p[2] << "))";
    // Through JSON, as `dateline merge` of saved files does.
    const Timeline saved = timeline_from_json(to_json(merge({x, y})), "xy.json");
    EXPECT_EQ(to_json(merge({saved, z})), flat) << "saved (" << p[0] << p[1] << ")" << p[2];
  } while (std::next_permutation(p.begin(), p.end()));
}

TEST(Merge, AssociativeAndCommutativeOnConstructedReports) {
  expect_associative_and_commutative(three_reports());
}

TEST(Merge, SameEventFromThreeReportsBecomesOne) {
  const auto in = three_reports();
  const Timeline m = merge(in);
  ASSERT_EQ(m.documents.size(), 3u);
  // Documents renumbered in sha256 order.
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(m.documents[i].id, "d" + std::to_string(i + 1));
  EXPECT_TRUE(std::is_sorted(m.documents.begin(), m.documents.end(),
                             [](const DocumentInfo& x, const DocumentInfo& y) { return x.sha256 < y.sha256; }));
  const Event* bombing = nullptr;
  for (const Event& e : m.events)
    if (e.mentions.size() == 3) bombing = &e;
  ASSERT_NE(bombing, nullptr) << to_json(m);
  EXPECT_EQ(*bombing->type.cameo, "183");
  // Bounds: the intersection of [8-07, 8-07], [.., 8-08], [8-01, 8-09].
  EXPECT_EQ(format_day(*bombing->when.earliest), "1998-08-07");
  EXPECT_EQ(format_day(*bombing->when.latest), "1998-08-07");
  std::set<std::string> docs;
  for (const Mention& m2 : bombing->mentions) docs.insert(m2.document);
  EXPECT_EQ(docs.size(), 3u);
  // c's "attacks" (same document as c's "bombs exploded") stays apart: one-to-one.
  EXPECT_EQ(m.events.size(), 5u) << to_json(m);  // 8 reports: bombing 3 -> 1, vow 2 -> 1
  // "vowed retaliation" told as occurred by one and expected by another: one event, a warning.
  const Event* vow = nullptr;
  for (const Event& e : m.events)
    if (e.summary == "vowed retaliation") vow = &e;
  ASSERT_NE(vow, nullptr);
  EXPECT_EQ(vow->mentions.size(), 2u);
  EXPECT_EQ(vow->modality, Modality::occurred);
  const auto w = std::find_if(m.warnings.begin(), m.warnings.end(),
                              [](const Warning& x) { return x.code == "modality-disagreement"; });
  ASSERT_NE(w, m.warnings.end());
  EXPECT_NE(w->message.find(vow->id), std::string::npos);
  EXPECT_NE(w->message.find("expected"), std::string::npos);
  // Links follow the events; every end exists.
  ASSERT_EQ(m.links.size(), 2u);
  for (const Link& l : m.links) {
    EXPECT_TRUE(std::any_of(m.events.begin(), m.events.end(), [&](const Event& e) { return e.id == l.from; }));
    EXPECT_TRUE(std::any_of(m.events.begin(), m.events.end(), [&](const Event& e) { return e.id == l.to; }));
  }
  // Each report's own warning, its document renumbered.
  EXPECT_EQ(std::count_if(m.warnings.begin(), m.warnings.end(), [](const Warning& x) { return x.code == "unresolved-date"; }), 3);
}

TEST(Merge, DuplicatesCollapse) {
  const auto in = three_reports();
  EXPECT_EQ(to_json(merge({in[0], in[0]})), to_json(merge({in[0]})));
  const Timeline all = merge(in);
  EXPECT_EQ(to_json(merge({all, in[1]})), to_json(all));
  EXPECT_EQ(to_json(merge({all, all})), to_json(all));
}

// Two mentions of one event each linked to the same event draw one arrow, not two.
TEST(Merge, OneLinkPerRelationBetweenTwoEventsInADocument) {
  Timeline t = single("Iran summoned the British ambassador to protest against the raid on its embassy.", "2019-03-12",
                      {{"summoned the British ambassador", 0, "1122", "Iran", "IRN"}, {"raid", 0, "190"}},
                      {{0, 1, Relation::responds_to, "to protest against"}, {0, 1, Relation::responds_to, "against"}});
  ASSERT_EQ(t.links.size(), 2u);
  t.links[1].evidence->span = Span{30, 60};
  const Timeline m = merge({t});
  ASSERT_EQ(m.links.size(), 1u);
  EXPECT_EQ(m.links[0].evidence->signal, "to protest against");  // the first in the text
  // a different relation between the same events is another arrow
  t.links[1].relation = Relation::causes;
  EXPECT_EQ(merge({t}).links.size(), 2u);
}

TEST(Merge, DisjointDatesDoNotMerge) {
  Timeline a = single("Protesters marched in Moscow.", "2021-01-10",
                      {{"marched", 0, "141", "", "", Modality::occurred, "2021-01-10", "2021-01-10"}});
  Timeline b = single("Protesters marched in Moscow again.", "2021-02-10",
                      {{"marched", 0, "141", "", "", Modality::occurred, "2021-02-10", "2021-02-10"}});
  EXPECT_EQ(merge({a, b}).events.size(), 2u);
}

TEST(Merge, OneToOneAcrossTwoDocuments) {
  // Two similar events in one report, one in the other: exactly one pair merges.
  Timeline a = single("Russia protested. Russia protested again.", "2021-01-10", {{"protested", 0, "140"}, {"protested", 1, "140"}});
  Timeline b = single("Russia protested loudly.", "2021-01-11", {{"protested", 0, "140"}});
  const Timeline m = merge({a, b});
  ASSERT_EQ(m.events.size(), 2u);
  EXPECT_EQ(m.events[0].mentions.size() + m.events[1].mentions.size(), 3u);
  EXPECT_EQ(to_json(m), to_json(merge({b, a})));
}

TEST(Matcher, MatchesOneToOneOnKindCountriesAndWording) {
  const Document d = plain_document("Moscow recalled its ambassador. Russia expelled diplomats.");
  const Document e = plain_document("Russia recalled the ambassador to Washington.", "d2");
  std::vector<Event> a{make_event(d, {"recalled its ambassador", 0, "161", "Russia", "RUS"}),
                       make_event(d, {"expelled diplomats", 0, "1663", "Russia", "RUS"})};
  std::vector<Event> b{make_event(e, {"recalled the ambassador", 0, "161", "Russia", "RUS"})};
  auto pairs = match_events(a, b);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0], (std::pair<std::size_t, std::size_t>{0, 0}));
  // Another country, or disjoint dates: no match.
  b[0].actors[0].country = "USA";
  EXPECT_TRUE(match_events(a, b).empty());
}

std::vector<Timeline> built(const std::vector<std::string>& files) {
  std::vector<Timeline> out;
  for (const auto& f : files) out.push_back(build_timeline(ingest_file(f)));
  return out;
}

TEST(Merge, AssociativeAndCommutativeOnBuiltEmbassyReports) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = shared_dir() / "corpus" / "tempeval3-train" / "AQUAINT";
  const auto in = built({(dir / "APW19980807.0261.tml").string(), (dir / "APW19980808.0022.tml").string(),
                         (dir / "XIE19980808.0031.tml").string()});
  expect_associative_and_commutative(in);
  const Timeline m = merge(in);
  EXPECT_EQ(m.documents.size(), 3u);
  std::size_t events = 0;
  for (const auto& t : in) events += t.events.size();
  EXPECT_LE(m.events.size(), events);
}

void expect_bounds_ordered(const Timeline& t) {
  for (const Event& e : t.events)
    if (e.when.earliest && e.when.latest) {
      EXPECT_LE(*e.when.earliest, *e.when.latest) << e.id << " \"" << e.summary << "\"";
    }
}

// The same wire story published twice (AQUAINT carries it dated 2000-01-07 and 2000-01-15):
// the same text is two documents, as its relative dates ("Thursday") mean other days in each.
// Taken as one, its events got the bounds of both copies intersected, earliest after latest,
// and the output did not read back.
TEST(Merge, SameTextRedatedStaysTwoDocumentsWithOrderedBounds) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = shared_dir() / "corpus" / "tempeval3-train" / "AQUAINT";
  // Each article's text as plain text with its DCT, as a JSONL feed would carry it (a TimeML
  // file's bytes include its annotations, which differ between the two copies).
  std::vector<Document> docs;
  for (const char* f : {"APW20000107.0088.tml", "APW20000115.0209.tml"}) {
    const auto tml = ingest_file((dir / f).string());
    ASSERT_EQ(tml.size(), 1u);
    IngestOptions options;
    options.published = tml[0].info.published;
    options.format = InputFormat::text;
    for (auto& d : ingest_bytes(tml[0].text, f, options)) docs.push_back(std::move(d));
  }
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_EQ(docs[0].info.sha256, docs[1].info.sha256);
  ASSERT_NE(docs[0].info.published, docs[1].info.published);
  for (bool reason : {true, false}) {
    BuildOptions options;
    options.reason = reason;
    const Timeline t = build_timeline(docs, options);
    EXPECT_EQ(t.documents.size(), 2u);
    ASSERT_FALSE(t.events.empty());
    expect_bounds_ordered(t);
    EXPECT_NO_THROW(timeline_from_json(to_json(t), "redated.json"));
  }
}

// Reports of one mention that give dates with nothing in common (one document built twice
// with different event dates): the merged event takes the range holding both, with a warning.
TEST(Merge, ContradictoryBoundsOfOneMentionBecomeTheirHullAndAWarning) {
  Timeline a = single("Protesters marched in Moscow.", "2021-03-10",
                      {{"marched", 0, "141", "", "", Modality::occurred, "2021-01-10", "2021-01-12"}});
  Timeline b = single("Protesters marched in Moscow.", "2021-03-10",
                      {{"marched", 0, "141", "", "", Modality::occurred, "2021-02-10", "2021-02-11"}});
  const Timeline m = merge({a, b});
  ASSERT_EQ(m.events.size(), 1u);
  ASSERT_TRUE(m.events[0].when.earliest && m.events[0].when.latest);
  EXPECT_EQ(format_day(*m.events[0].when.earliest), "2021-01-10");
  EXPECT_EQ(format_day(*m.events[0].when.latest), "2021-02-11");
  EXPECT_TRUE(std::any_of(m.warnings.begin(), m.warnings.end(),
                          [](const Warning& w) { return w.code == "date-contradiction"; }));
  EXPECT_EQ(to_json(m), to_json(merge({b, a})));
  EXPECT_NO_THROW(timeline_from_json(to_json(m), "hull.json"));
  Timeline r = m;
  reason_dates(r);
  expect_bounds_ordered(r);
}

TEST(MergeCli, MergesSavedTimelinesInAnyOrder) {
  TempDir tmp;
  const auto in = three_reports();
  for (std::size_t i = 0; i < 3; ++i) write_file_atomic((tmp / ("t" + std::to_string(i) + ".json")).string(), to_json(in[i]));
  auto path = [&](const char* name) { return "'" + (tmp / name).string() + "'"; };
  auto abc = run_cli("merge " + path("t0.json") + " " + path("t1.json") + " " + path("t2.json") + " -o " + path("abc.json"));
  ASSERT_EQ(abc.status, 0) << abc.err;
  auto cba = run_cli("merge " + path("t2.json") + " " + path("t1.json") + " " + path("t0.json"));
  ASSERT_EQ(cba.status, 0) << cba.err;
  EXPECT_EQ(cba.out, read_file((tmp / "abc.json").string()));
  auto ab = run_cli("merge " + path("t0.json") + " " + path("t1.json") + " -o " + path("ab.json"));
  ASSERT_EQ(ab.status, 0) << ab.err;
  auto ab_c = run_cli("merge " + path("ab.json") + " " + path("t2.json"));
  EXPECT_EQ(ab_c.out, cba.out);
  EXPECT_EQ(timeline_from_json(cba.out, "out").events.size(), merge(in).events.size());
  // Bad input names the file.
  write_file_atomic((tmp / "bad.json").string(), "{\"schema\": ");
  auto bad = run_cli("merge " + path("t0.json") + " " + path("bad.json"));
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("bad.json"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace dateline::test
