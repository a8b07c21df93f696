// The shortcuts of the speed work give what the general code gives: the flat JSONL reader what
// nlohmann gives, the source-only publication scan the source of the full scan, the direct
// timex JSON line nlohmann's compact dump.
#include <dateline/error.hpp>
#include <dateline/graph.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>
#include <dateline/ingest.hpp>
#include <dateline/timex.hpp>

#include "ingest/internal.hpp"
#include "graph/reason.hpp"
#include "timex/lexicon.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace dateline {
namespace {

// The article of a one-object line read as JSONL (the flat reader, where it applies) and as
// a JSON file (always nlohmann).
void expect_same_article(const std::string& line) {
  SCOPED_TRACE(line);
  const Document a = ingest::read_jsonl_line(line, "t.jsonl", 1, 0);
  const std::vector<Document> b = ingest::read_json(line, "t.json");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a.raw, b[0].raw);
  EXPECT_EQ(a.text, b[0].text);
  EXPECT_EQ(a.info.title, b[0].info.title);
  EXPECT_EQ(a.info.source, b[0].info.source);
  EXPECT_EQ(a.info.url, b[0].info.url);
  EXPECT_EQ(a.info.published, b[0].info.published);
  EXPECT_EQ(a.info.published_basis, b[0].info.published_basis);
}

TEST(FlatJsonl, ReadsWhatNlohmannReads) {
  expect_same_article(R"({"id": "a1", "text": "Putin met Biden.", "published": "2021-03-18"})");
  expect_same_article(R"(  {"text":"x","title":"  ","source":null,"url":true,"extra":false}  )");
  // every escape, a surrogate pair, a BMP character, NUL in a field other than the text
  expect_same_article(R"({"text": "a\"b\\c\/d\be\ff\ng\rh\ti \u00e9 \u20AC \ud83d\ude00 end", "title": "t\u0000t"})");
  expect_same_article("{\"text\": \"\xEF\xBB\xBF" "BOM first\", \"source\": \"Reuters\"}");
  expect_same_article("{\"text\": \"caf\xC3\xA9 \xE2\x80\x94 ok\"}\r");
  // what the flat reader leaves to nlohmann: numbers, nested values, a duplicated field
  expect_same_article(R"({"id": 17, "text": "n", "score": -1.5e3})");
  expect_same_article(R"({"meta": {"a": [1, {"b": null}]}, "text": "nested"})");
  expect_same_article(R"({"title": "first", "text": "dup", "title": "second"})");
  expect_same_article(R"({"text": "first", "text": "second"})");
  expect_same_article(R"({"te\u0078t": "an escaped key"})");
}

TEST(FlatJsonl, EscapesAndControlsAtEveryPositionOfAnEightByteRun) {
  for (std::size_t k = 0; k < 20; ++k) {
    const std::string pad(k, 'a');
    expect_same_article("{\"text\": \"" + pad + "\\\"q\\\\b\\u00e9" + pad + "caf\xC3\xA9" + pad + "\"}");
    EXPECT_THROW((void)ingest::read_jsonl_line("{\"text\": \"" + pad + "\x1F" + pad + "\"}", "f.jsonl", 1, 0), Error);
    EXPECT_THROW((void)ingest::read_jsonl_line("{\"text\": \"" + pad + "\x7F" + pad, "f.jsonl", 1, 0), Error);
  }
}

TEST(FlatJsonl, BadLinesStillFailWithTheirPlace) {
  for (const std::string line : {R"({"text": "unterminated)", R"({"text": "a\qb"})", R"({"text": "\ud83d alone"})",
                                 R"({"text": "\ude00"})", "{\"text\": \"tab\there\"}", R"({"text": "a",})",
                                 R"({"text": "a"} trailing)", R"({"title": "no text"})", R"({"text": 5})",
                                 R"({"text": "x", "published": "someday"})", R"({"text": "nul \u0000 inside"})",
                                 R"(["text"])"}) {
    SCOPED_TRACE(line);
    try {
      (void)ingest::read_jsonl_line(line, "f.jsonl", 7, 1000);
      ADD_FAILURE() << "no error";
    } catch (const Error& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find("f.jsonl"), std::string::npos) << what;
      EXPECT_NE(what.find("line 7"), std::string::npos) << what;
      EXPECT_NE(what.find("byte 10"), std::string::npos) << what;  // at or after the line's offset 1000
    }
  }
}

std::vector<std::string> sample_texts() {
  std::vector<std::string> texts = {
      "MOSCOW (Reuters) - Russia recalled its ambassador.",
      "MOSCOW, March 18 (Reuters) - Russia recalled its ambassador.",
      "Title line\nWASHINGTON (AP) _ The talks ended.\n",
      "march 18 (AP) - lower-case month first",
      "UNITED NATIONS, Jan. 5 -- Annan spoke (briefly) - then left.",
      "The talks (AP) - ended in Geneva on 18 March 2021.",
      "\xC2\xA0\xE2\x80\x83 KABUL (AFP) \xE2\x80\x94 A blast.",
      "First line.\n\nGENEVA, 2021-03-18 (dpa) - Second.",
      "officials (Reuters) - said nothing",
      "NEW YORK (CNN) \xE2\x80\x93 March 18, 2021 \xE2\x80\x93 news",
      // lower-case words right after the dash, glued to it, and a month before it
      "BEIJING (Xinhua) - officials said on 3 May",
      "PARIS (AFP)\xE2\x80\x94the talks of May 4",
      "JAKARTA, march 3 (AP) _the quake",
      "LIMA (EFE) --said 5",
      "Berlin (dpa) said - on 6 June",
  };
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT"}) {
      if (!std::filesystem::exists(shared / sub)) continue;
      for (const auto& e : std::filesystem::directory_iterator(shared / sub))
        if (e.path().extension() == ".tml") texts.push_back(ingest_file(e.path().string()).at(0).text);
    }
  }
  return texts;
}

TEST(TextDate, SourceOnlyScanFindsTheSameSource) {
  std::size_t with_source = 0;
  const auto texts = sample_texts();
  for (const std::string& t : texts) {
    const auto full = ingest::find_text_date(t, true);
    const auto source_only = ingest::find_text_date(t, false);
    EXPECT_EQ(full.source, source_only.source) << t.substr(0, 200);
    with_source += full.source.has_value();
  }
  EXPECT_GE(with_source, 7u);  // the samples above with an agency at least
}

TEST(TimexJsonLine, IsTheCompactFormOfTimexesToJson) {
  std::vector<Document> docs;
  IngestOptions o;
  o.format = InputFormat::text;
  docs.push_back(ingest_bytes("On Friday, March 19, 2021, about five hours later and \"next week\" \\ \x01 too.", "a.txt", o).at(0));
  docs.back().info.published = date::year_month_day{date::year{2021}, date::month{3}, date::day{18}};
  docs.push_back(ingest_bytes("Nothing dated here.", "b.txt", o).at(0));
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    const auto dir = shared / "corpus/tempeval3-train/TimeBank";
    std::size_t n = 0;
    if (std::filesystem::exists(dir))
      for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".tml" && n++ < 20) docs.push_back(ingest_file(e.path().string()).at(0));
  }
  for (const Document& d : docs) {
    const auto tx = find_timexes(std::string_view(d.text), TimexOptions{d.info.published});
    const std::string line = timexes_to_json_line(d, tx);
    const std::string pretty = timexes_to_json(d, tx);
    EXPECT_EQ(line, nlohmann::ordered_json::parse(pretty).dump() + "\n");
  }
}

// The look-ahead at "the", "a", "an", "that", "at", "as" (data/timex/gated_starts.tsv) skips
// only positions where the grammar finds nothing: with and without it, the same timexes.
TEST(TimexLookahead, FindsWhatTheUngatedGrammarFinds) {
  std::vector<Document> docs;
  IngestOptions o;
  o.format = InputFormat::text;
  const char* texts[] = {
      "The talks ended the day before. That same day, the envoys met again; a week ago they had "
      "met for an hour. At 10 a.m. the ministers spoke, as soon as possible after the end of the "
      "Cold War, the past year and the coming weeks.",
      "At the time, the comparable period of the previous year was weak; a half hour later, at "
      "least two days, at most a decade, as of the mid-1990s and the early 1980s.",
      "The next morning the talks resumed. The following week, the '90s, the 1990s, a year "
      "earlier, an hour old, that morning, at noon, at midnight on Friday, the first quarter.",
      "The president said that a deal was close. As talks went on, the envoys met at the UN. "
      "An aide said that the meeting was at an end, the very next day, a few days ago.",
      "the Fourth of July, the second world war, at the beginning of 2021, at dawn, as early "
      "as next month, the day after, that year, the same time last year, a couple of years",
  };
  for (const char* t : texts) {
    docs.push_back(ingest_bytes(t, "t.txt", o).at(0));
    docs.back().info.published = date::year_month_day{date::year{2021}, date::month{3}, date::day{18}};
  }
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT"}) {
      if (!std::filesystem::exists(shared / sub)) continue;
      for (const auto& e : std::filesystem::directory_iterator(shared / sub))
        if (e.path().extension() == ".tml") docs.push_back(ingest_file(e.path().string()).at(0));
    }
  } else {
    std::cerr << "shared corpus absent: the look-ahead is checked on the hand-made texts only\n";
  }
  std::size_t at_gated = 0;
  for (const Document& d : docs) {
    const TimexOptions opt{d.info.published};
    const auto gated = find_timexes(std::string_view(d.text), opt);
    const auto general = timex::find_timexes_ungated(d.text, opt);
    EXPECT_EQ(timexes_to_json_line(d, gated), timexes_to_json_line(d, general)) << d.text.substr(0, 200);
    for (const Timex& x : general) {
      std::string first;
      for (std::size_t k = x.start; k < x.end && k < d.text.size() && std::isalpha(static_cast<unsigned char>(d.text[k])); ++k)
        first += static_cast<char>(std::tolower(static_cast<unsigned char>(d.text[k])));
      at_gated += first == "the" || first == "a" || first == "an" || first == "that" || first == "at" || first == "as";
    }
  }
  // the comparison means something only if the grammar does start expressions at these words
  EXPECT_GE(at_gated, 10u);
}

// Date reasoning's flat Bellman-Ford (consistency and distances) against Boost's for every
// question: the same bounds, warnings and bytes, on every TempEval-3 article alone and on
// each corpus merged into one timeline (reports of one event from several articles, where
// contradictions arise), and on hand-made contradictory reports.
TEST(ReasonFastPath, GivesWhatBoostGives) {
  std::vector<std::vector<Document>> sets;
  IngestOptions o;
  o.format = InputFormat::text;
  std::vector<Document> made;
  for (const char* t : {"The treaty was signed on March 10, 2021. The talks ended on March 1, 2021, after the signing.",
                        "Talks began on Monday. Three days after the talks began, the ministers met on Friday, before the talks.",
                        "The embassy reopened on March 12, 2021, two days after the bombing of March 11, 2021."}) {
    made.push_back(ingest_bytes(t, "t.txt", o).at(0));
    made.back().info.published = date::year_month_day{date::year{2021}, date::month{3}, date::day{18}};
  }
  sets.push_back(made);
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT"}) {
      if (!std::filesystem::exists(shared / sub)) continue;
      std::vector<Document> all;
      for (const auto& e : std::filesystem::directory_iterator(shared / sub))
        if (e.path().extension() == ".tml") {
          all.push_back(ingest_file(e.path().string()).at(0));
          sets.push_back({all.back()});
        }
      sets.push_back(all);
    }
  } else {
    std::cerr << "shared corpus absent: reasoning is compared on the hand-made texts only\n";
  }
  std::size_t contradictions = 0;
  for (const auto& docs : sets) {
    const Timeline plain = build_timeline(docs, BuildOptions{false});
    Timeline fast = plain, general = plain;
    reason_dates(fast);
    detail::reason_dates_general(general);
    EXPECT_EQ(to_json(fast), to_json(general)) << docs.front().info.id;
    for (const Warning& w : fast.warnings) contradictions += w.code == "date-contradiction";
  }
  EXPECT_GE(contradictions, 1u);  // the slow path (a cycle to report) is compared too
}

}  // namespace
}  // namespace dateline
