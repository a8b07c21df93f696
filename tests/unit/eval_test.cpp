// Timeline evaluation: the C++ scorer against the reference shared/tools/score_timeline.py
// on the seed gold and system timelines made from it, plus small cases of the matching rules.
#include "support.hpp"

#include <dateline/error.hpp>
#include <dateline/eval.hpp>
#include <dateline/io.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string_view>

namespace dateline::test {
namespace {

using Json = nlohmann::json;

bool have_python() { return std::system("python3 -c 'import json' >/dev/null 2>&1") == 0; }

std::filesystem::path seed_gold() { return shared_dir() / "corpus" / "seed" / "putin-biden-reuters.gold.json"; }

// What the reference scorer says about SYSTEM against GOLD, parsed.
Json reference_scores(const std::filesystem::path& gold, const std::filesystem::path& system) {
  TempDir tmp;
  const std::string cmd = "python3 '" + (shared_dir() / "tools" / "score_timeline.py").string() + "' '" +
                          gold.string() + "' '" + system.string() + "' --json >'" + (tmp / "out").string() + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return Json::parse(read_file((tmp / "out").string()));
}

// A gold timeline as a system would write it: no "gold" objects, ids of its own.
Json as_system(Json t) {
  for (Json& e : t["events"]) {
    e.erase("gold");
    e["id"] = "ev-" + e["id"].get<std::string>();
  }
  for (Json& l : t["links"]) {
    l.erase("gold");
    l["from"] = "ev-" + l["from"].get<std::string>();
    l["to"] = "ev-" + l["to"].get<std::string>();
  }
  return t;
}

// Every kind of mistake the scorer weighs, applied by position so each appears several times.
Json perturbed(const Json& gold) {
  Json t = as_system(gold);
  Json events = Json::array();
  for (std::size_t i = 0; i < t["events"].size(); ++i) {
    Json e = t["events"][i];
    switch (i % 6) {
      case 0:
        continue;  // dropped
      case 1:      // a wrong day, and bounds a day late
        e["when"]["value"] = "2021-03-01";
        e["when"]["earliest"] = "2021-03-02";
        e["when"]["latest"] = "2021-03-02";
        break;
      case 2:
        e["modality"] = "expected";
        e["when"] = Json{{"value", nullptr}, {"earliest", nullptr}, {"latest", "2021-03-18"}};
        break;
      case 3: {  // duplicated, the copy marked by its whole sentence instead of a trigger
        Json copy = e;
        copy["id"] = e["id"].get<std::string>() + "-dup";
        for (Json& m : copy["mentions"]) m["trigger"] = nullptr;
        events.push_back(copy);
        break;
      }
      case 4:
        e["type"]["cameo"] = "190";
        e["actors"] = Json::array();
        break;
      default:  // unbounded when: wrong wherever the gold is bounded
        e["when"] = Json{{"value", nullptr}, {"earliest", nullptr}, {"latest", nullptr}};
        break;
    }
    events.push_back(e);
  }
  // A spurious event over no gold trigger.
  events.push_back(Json{{"id", "ev-spurious"},
                        {"type", {{"cameo", "010"}}},
                        {"modality", "occurred"},
                        {"when", {{"value", nullptr}}},
                        {"mentions", Json::array({{{"document", "d1"}, {"start", 0}, {"end", 1}, {"trigger", nullptr}}})}});
  t["events"] = events;
  // Links: causes written as responds_to (reversed), one turned round, one bogus causal link.
  Json links = Json::array();
  for (std::size_t i = 0; i < t["links"].size(); ++i) {
    Json l = t["links"][i];
    if (i % 3 == 0 && l["relation"] == "causes") {
      std::swap(l["from"], l["to"]);
      l["relation"] = "responds_to";
    } else if (i % 3 == 1) {
      std::swap(l["from"], l["to"]);
    }
    links.push_back(l);
  }
  if (t["events"].size() > 3)
    links.push_back({{"from", t["events"][1]["id"]}, {"to", t["events"][3]["id"]}, {"relation", "causes"}});
  t["links"] = links;
  return t;
}

void expect_same_as_reference(const Json& system, const std::string& what) {
  TempDir tmp;
  const auto sys_path = tmp / "system.json";
  write_file_atomic(sys_path.string(), system.dump(1));
  const Json want = reference_scores(seed_gold(), sys_path);
  const Json got = Json::parse(score_json(
      score_timeline(read_file(seed_gold().string()), "gold", read_file(sys_path.string()), "system")));
  ASSERT_EQ(got.size(), want.size()) << what;
  for (const auto& [key, value] : want.items()) {
    ASSERT_TRUE(got.contains(key)) << what << ": no " << key;
    EXPECT_EQ(got[key], value) << what << ": " << key;
  }
  // Same keys in the same order.
  auto g = got.begin();
  for (auto w = want.begin(); w != want.end() && g != got.end(); ++w, ++g) EXPECT_EQ(g.key(), w.key()) << what;
}

TEST(Eval, AgreesWithReferenceOnSeed) {
  DATELINE_REQUIRE_SHARED();
  if (!have_python()) GTEST_SKIP() << "python3 is not available";
  const Json gold = Json::parse(read_file(seed_gold().string()));

  const Json same = as_system(gold);
  expect_same_as_reference(same, "gold as system");
  const Json worse = perturbed(gold);
  expect_same_as_reference(worse, "perturbed");

  Json empty = same;
  empty["events"] = Json::array();
  empty["links"] = Json::array();
  expect_same_as_reference(empty, "no events");

  // Another sha256 and two documents: no document maps, nothing matches.
  Json other = same;
  other["documents"][0]["sha256"] = "0000";
  other["documents"].push_back(other["documents"][0]);
  other["documents"][1]["id"] = "d2";
  expect_same_as_reference(other, "unmapped documents");

  // The gold scores perfectly against itself, and the perturbed copy does not.
  const TimelineScore s = score_timeline(gold.dump(), "gold", same.dump(), "system");
  EXPECT_EQ(s.events_found, s.events_required);
  EXPECT_EQ(percent(s.date_ok, s.events_found), 100.0);
  const TimelineScore w = score_timeline(gold.dump(), "gold", worse.dump(), "system");
  EXPECT_LT(w.events_found, w.events_required);
  EXPECT_GT(w.duplicates, 0);
  EXPECT_FALSE(w.wrong_date.empty());
  EXPECT_FALSE(w.wrong_modality.empty());
}

TEST(Eval, CliMatchesReferenceTextAndJson) {
  DATELINE_REQUIRE_SHARED();
  if (!have_python()) GTEST_SKIP() << "python3 is not available";
  TempDir tmp;
  const auto sys_path = tmp / "system.json";
  write_file_atomic(sys_path.string(), perturbed(Json::parse(read_file(seed_gold().string()))).dump());
  const std::string args = "'" + seed_gold().string() + "' '" + sys_path.string() + "'";
  auto text = run_cli("eval-timeline " + args);
  ASSERT_EQ(text.status, 0) << text.err;
  const std::string cmd = "python3 '" + (shared_dir() / "tools" / "score_timeline.py").string() + "' " + args +
                          " >'" + (tmp / "ref.txt").string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(text.out, read_file((tmp / "ref.txt").string()));
  auto json = run_cli("eval-timeline --json " + args);
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(Json::parse(json.out), reference_scores(seed_gold(), sys_path));
}

// A one-event gold with its trigger at [100, 110).
Json tiny_gold() {
  return Json::parse(R"({"schema": "dateline.timeline/1",
    "documents": [{"id": "d1", "sha256": "abc"}],
    "events": [{"id": "g1", "type": {"cameo": "042"}, "when": {"value": "2021-03-18"},
                "modality": "occurred", "actors": [{"role": "source", "country": "USA"}],
                "mentions": [{"document": "d1", "start": 90, "end": 150, "trigger": {"start": 100, "end": 110}}],
                "gold": {"required": true, "cameo_any": ["04"], "modality_any": ["occurred"]}}],
    "links": []})");
}

Json tiny_system(std::size_t start, std::size_t end, bool trigger) {
  Json m = {{"document", "s1"}, {"start", start}, {"end", end}, {"trigger", nullptr}};
  if (trigger) m["trigger"] = {{"start", start}, {"end", end}};
  return Json{{"schema", "dateline.timeline/1"},
              {"documents", {{{"id", "s1"}, {"sha256", "abc"}}}},
              {"events", {{{"id", "e1"}, {"type", {{"cameo", "0421"}}}, {"modality", "occurred"},
                           {"when", {{"value", "2021-03-18T10:00"}}},
                           {"actors", {{{"country", "USA"}}, {{"country", "RUS"}}}},
                           {"mentions", {m}}}}},
              {"links", Json::array()}};
}

TEST(Eval, LongSpansMustOverlapThirtyPercent) {
  const std::string gold = tiny_gold().dump();
  // A short trigger needs only to touch the gold trigger.
  EXPECT_EQ(score_timeline(gold, "g", tiny_system(109, 112, true).dump(), "s").events_found, 1);
  // 100 bytes overlapping 10: 10% of its length, no match.
  EXPECT_EQ(score_timeline(gold, "g", tiny_system(50, 150, false).dump(), "s").events_found, 0);
  // 30 bytes (short) overlapping 10: a match, and every attribute is right.
  const TimelineScore s = score_timeline(gold, "g", tiny_system(95, 125, false).dump(), "s");
  EXPECT_EQ(s.events_found, 1);
  EXPECT_EQ(s.date_ok, 1);  // "2021-03-18T10:00" is right at day precision
  EXPECT_EQ(s.type_ok, 1);  // 0421 is under root 04
  EXPECT_EQ(s.actor_ok, 1);
}

TEST(Eval, PercentRoundsAsPython) {
  EXPECT_FALSE(percent(1, 0).has_value());
  EXPECT_EQ(*percent(1, 8), 12.5);
  EXPECT_EQ(*percent(2, 3), 66.7);
  EXPECT_EQ(*percent(1, 6), 16.7);
  EXPECT_EQ(*percent(3, 3), 100.0);
}

TEST(Eval, SumsAreMicroAverages) {
  TimelineScore a, b;
  a.events_required = 10;
  a.events_found = 9;
  a.missing_events = {"x"};
  b.events_required = 2;
  b.events_found = 0;
  b.missing_events = {"y", "z"};
  TimelineScore total;
  total.add(a, "A:");
  total.add(b, "B:");
  EXPECT_EQ(*percent(total.events_found, total.events_required), 75.0);
  EXPECT_EQ(total.missing_events, (std::vector<std::string>{"A:x", "B:y", "B:z"}));
}

TEST(Eval, BadInputNamesFileAndOffset) {
  try {
    score_timeline("{\"events\": [", "gold.json", "{}", "system.json");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "gold.json");
    EXPECT_TRUE(e.offset().has_value());
  }
  // A gold event without its "gold" object: the path of the missing field.
  Json g = tiny_gold();
  g["events"][0].erase("gold");
  try {
    score_timeline(g.dump(), "gold.json", tiny_system(100, 110, true).dump(), "system.json");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("$.events[0]"), std::string::npos) << e.what();
  }
  auto r = run_cli("eval-timeline /nonexistent/gold.json /nonexistent/system.json");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/gold.json"), std::string::npos);
}

// The development set: every gold builds from its spec, its documents are where it says, and
// the harness scores each of them.
TEST(Eval, GoldDirHarness) {
  DATELINE_REQUIRE_SHARED();
  const auto dir = source_dir() / "tests" / "gold";
  const std::vector<ArticleScore> articles = evaluate_gold_dir(dir.string());
  ASSERT_GE(articles.size(), 12u);
  for (const ArticleScore& a : articles) {
    EXPECT_TRUE(a.notes.empty()) << a.gold << ": " << (a.notes.empty() ? "" : a.notes.front());
    EXPECT_GT(a.score.events_required, 0) << a.gold;
  }
  auto r = run_cli("eval-timeline --gold-dir '" + dir.string() + "' --build --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const Json j = Json::parse(r.out);
  EXPECT_EQ(j["articles"].size(), articles.size());
  int required = 0;
  for (const ArticleScore& a : articles) required += a.score.events_required;
  EXPECT_EQ(j["overall"]["events_required"], required);
}

// Each gold scores perfectly against itself with both scorers (a check of the gold files).
TEST(Eval, GoldFilesScorePerfectlyAgainstThemselves) {
  DATELINE_REQUIRE_SHARED();
  if (!have_python()) GTEST_SKIP() << "python3 is not available";
  // The development set, the four fresh (held-out at first) sets and the four modern sets.
  for (const char* set : {"gold", "gold-fresh", "gold-fresh2", "gold-fresh3", "gold-fresh4", "gold-modern",
                          "gold-modern2", "gold-modern3", "gold-modern4"})
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests" / set)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".gold.json")) continue;
    const Json gold = Json::parse(read_file(entry.path().string()));
    TempDir tmp;
    write_file_atomic((tmp / "s.json").string(), as_system(gold).dump());
    const Json want = reference_scores(entry.path(), tmp / "s.json");
    const Json got = Json::parse(score_json(score_timeline(gold.dump(), name, as_system(gold).dump(), "s")));
    EXPECT_EQ(got, want) << name;
    EXPECT_EQ(got["event_recall"], 100.0) << name;
    EXPECT_EQ(got["date_accuracy"], 100.0) << name;
  }
}

// Each gold file is what tests/gold/mkgold_tml.py (TimeML sets) or tests/gold/mkgold_text.py
// (gold-modern, gold-modern2, gold-modern3, gold-modern4: Markdown, text and HTML articles) makes of
// its spec today, so a spec edited without rerunning build_all.sh (or a hand-edited gold file) fails here.
TEST(Eval, GoldFilesAreBuiltFromTheirSpecs) {
  DATELINE_REQUIRE_SHARED();
  if (!have_python()) GTEST_SKIP() << "python3 is not available";
  int checked = 0;
  for (const char* set : {"gold", "gold-fresh", "gold-fresh2", "gold-fresh3", "gold-fresh4", "gold-modern",
                          "gold-modern2", "gold-modern3", "gold-modern4"})
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests" / set)) {
    const std::filesystem::path script =
        source_dir() / "tests" / "gold" /
        (std::string_view(set).starts_with("gold-modern") ? "mkgold_text.py" : "mkgold_tml.py");
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".spec.py")) continue;
    const std::filesystem::path gold =
        entry.path().parent_path() / (name.substr(0, name.size() - std::string(".spec.py").size()) + ".gold.json");
    TempDir tmp;
    const std::string cmd = "cd '" + entry.path().parent_path().string() + "' && python3 '" + script.string() +
                            "' '" + name + "' >'" + (tmp / "g.json").string() + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    EXPECT_EQ(Json::parse(read_file((tmp / "g.json").string())), Json::parse(read_file(gold.string())))
        << set << "/" << name;
    ++checked;
  }
  EXPECT_GE(checked, 80);
}

}  // namespace
}  // namespace dateline::test
