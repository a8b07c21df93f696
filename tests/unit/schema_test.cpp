// The JSON Schema of dateline.timeline/1 (docs/timeline.schema.json): what the tool writes
// validates, what breaks the contract does not.
#include "support.hpp"

#include <dateline/json.hpp>

#include <nlohmann/json.hpp>

#include <functional>

namespace dateline::test {
namespace {

using Json = nlohmann::json;

// A timeline using every field and every optional part of the model.
Timeline rich_timeline() {
  Timeline t;
  t.generator.version = "0.1.0";
  DocumentInfo d;
  d.id = "d1";
  d.title = "A title";
  d.published = date::year_month_day{date::year{2021} / 3 / 18};
  d.published_basis = PublishedBasis::metadata;
  d.source = "Reuters";
  d.path = "article.txt";
  d.sha256 = std::string(64, 'a');
  t.documents.push_back(d);
  Event e;
  e.id = "ev-00000001";
  e.type = EventType{"041", "Discuss by telephone", "04", 1.0, 1};
  e.summary = "Two leaders speak by telephone";
  e.actors = {Actor{ActorRole::source, "Joe Biden", "USA", ActorKind::person},
              Actor{ActorRole::target, "Kremlin", std::nullopt, ActorKind::organization}};
  e.when.value = "2021-01-26";
  e.when.precision = Precision::day;
  e.when.earliest = parse_day("2021-01-26");
  e.when.latest = parse_day("2021-01-26");
  e.when.basis = DateBasis::explicit_date;
  e.when.text = "Jan. 26";
  e.modality = Modality::occurred;
  e.mentions.push_back(Mention{"d1", Span{10, 60}, Span{20, 38}, "They spoke by telephone on Jan. 26.", std::nullopt});
  e.mentions.push_back(Mention{"d1", Span{70, 90}, std::nullopt, "No trigger here.", std::nullopt});
  Event f = e;
  f.id = "ev-00000002";
  f.type = EventType{std::nullopt, "Election", std::nullopt, std::nullopt, std::nullopt};
  f.when = When{};  // everything unknown
  f.modality = Modality::hypothetical;
  t.events = {e, f};
  t.links.push_back(Link{"ev-00000001", "ev-00000002", Relation::responds_to, Evidence{"d1", Span{5, 9}, "after"}});
  t.links.push_back(Link{"ev-00000002", "ev-00000001", Relation::before, std::nullopt});
  t.warnings.push_back(Warning{"unresolved-date", "no date", "d1", Span{1, 2}});
  t.warnings.push_back(Warning{"unknown-publication-date", "none found", std::nullopt, std::nullopt});
  return t;
}

TEST(Schema, BuildOutputOfTheExampleIsValid) {
  TempDir tmp;
  auto r = run_cli("build '" + example_article().string() + "' -o '" + (tmp / "t.json").string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  expect_valid_timeline_json(read_file((tmp / "t.json").string()));
}

TEST(Schema, RoundTripThroughTheModelIsValid) {
  const std::string once = to_json(rich_timeline());
  expect_valid_timeline_json(once);
  const std::string twice = to_json(timeline_from_json(once, "rich.json"));
  EXPECT_EQ(twice, once);
  expect_valid_timeline_json(twice);
}

TEST(Schema, GoldFilesKeepToTheContract) {
  // The development set's gold files are timelines too (plus "gold" objects); one validator
  // run over all of them.
  std::string files;
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests" / "gold")) {
    if (!entry.path().filename().string().ends_with(".gold.json")) continue;
    files += " '" + entry.path().string() + "'";
    ++n;
  }
  ASSERT_GE(n, 12);
  TempDir tmp;
  const std::string cmd = "python3 '" + (source_dir() / "tests" / "validate_schema.py").string() + "' '" +
                          (source_dir() / "docs" / "timeline.schema.json").string() + "'" + files + " >'" +
                          (tmp / "out").string() + "' 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << read_file((tmp / "out").string());
}

// Breaks one thing in a valid timeline; the validator must say no and name the field.
void expect_invalid(const std::function<void(Json&)>& breakit, const std::string& field) {
  Json j = Json::parse(to_json(rich_timeline()));
  breakit(j);
  std::string messages;
  EXPECT_EQ(validate_timeline_json(j.dump(), &messages), 1) << field;
  EXPECT_NE(messages.find(field), std::string::npos) << messages;
}

TEST(Schema, BrokenTimelinesFail) {
  expect_invalid([](Json& j) { j["events"][0].erase("modality"); }, "modality");
  expect_invalid([](Json& j) { j["events"][0]["modality"] = "maybe"; }, "$.events[0].modality");
  expect_invalid([](Json& j) { j.erase("documents"); }, "documents");
  expect_invalid([](Json& j) { j["schema"] = "dateline.timeline/2"; }, "$.schema");
  expect_invalid([](Json& j) { j["events"][0]["when"]["earliest"] = "2021-02-30x"; }, "$.events[0].when.earliest");
  expect_invalid([](Json& j) { j["events"][0]["mentions"][0]["start"] = -1; }, "$.events[0].mentions[0].start");
  expect_invalid([](Json& j) { j["links"][0]["relation"] = "after"; }, "$.links[0].relation");
  expect_invalid([](Json& j) { j["events"][0]["actors"][0]["country"] = "US"; }, "$.events[0].actors[0].country");
  expect_invalid([](Json& j) { j["events"][1]["mentions"] = Json::array(); }, "$.events[1].mentions");
}

}  // namespace
}  // namespace dateline::test
