// The shortcuts of speed round 8 give what the general code gives: ingest without the scan for
// the agency (IngestOptions::read_source off, what `timex` asks for) changes nothing but the
// source, `timex --jsonl` writes what `timex` of each article writes, and the segmenter's
// 8-byte apostrophe test answers as the byte loop. (The timex tokenizer's may_start is
// compared with the general test by FastPath's gated/ungated comparison: the ungated path
// keeps the general test.) The flat JSONL reader's sixteen-byte scan reads what nlohmann reads.
#include <dateline/ingest.hpp>
#include <dateline/timex.hpp>

#include "ingest/internal.hpp"
#include "support.hpp"
#include "text/apostrophe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace dateline {
namespace {

std::string jsonl_line(const std::string& text, const std::string& extra = "") {
  std::string escaped;
  for (char c : text) {
    if (c == '"' || c == '\\') escaped += '\\', escaped += c;
    else if (static_cast<unsigned char>(c) < 0x20) {
      char u[8];
      std::snprintf(u, sizeof u, "\\u%04x", static_cast<unsigned>(c));
      escaped += u;
    } else escaped += c;
  }
  return "{\"text\":\"" + escaped + "\"" + extra + "}\n";
}

void expect_same_but_source(const Document& with, const Document& without) {
  EXPECT_EQ(with.raw, without.raw);
  EXPECT_EQ(with.text, without.text);
  EXPECT_EQ(with.info.sha256, without.info.sha256);
  EXPECT_EQ(with.info.published, without.info.published);
  EXPECT_EQ(with.info.published_basis, without.info.published_basis);
  EXPECT_EQ(with.info.title, without.info.title);
  EXPECT_EQ(with.info.url, without.info.url);
  EXPECT_FALSE(without.info.source.has_value());
}

TEST(IngestReadSource, OffChangesOnlyTheSource) {
  const std::string text = "MOSCOW, March 18, 2021 (Reuters) - Talks began on Thursday.\n\nThey ended a day later.\n";
  IngestOptions off;
  off.read_source = false;
  // Metadata date: the agency is the only thing the scan would add.
  {
    const std::string line = jsonl_line(text, ",\"published\":\"2021-03-19\"");
    const Document with = ingest_bytes(line, "a.jsonl").at(0);
    const Document without = ingest_bytes(line, "a.jsonl", off).at(0);
    EXPECT_EQ(with.info.source, "Reuters");
    expect_same_but_source(with, without);
  }
  // No date in the metadata: the text's date is still read (and the agency with it, which is
  // harmless: nothing that turns the scan off prints it).
  {
    const std::string line = jsonl_line(text);
    const Document with = ingest_bytes(line, "a.jsonl").at(0);
    const Document without = ingest_bytes(line, "a.jsonl", off).at(0);
    EXPECT_EQ(with.info.published, date::year{2021} / 3 / 18);
    EXPECT_EQ(without.info.published, with.info.published);
    EXPECT_EQ(without.info.published_basis, with.info.published_basis);
  }
}

// `timex --jsonl` (ingest without the agency scan) against `timex` of each article as its own
// JSON file (the general ingest path), on the TimeML texts of the shared corpus and a few
// written here: every result line equals the compact form of the one-article result.
TEST(IngestReadSource, TimexJsonlEqualsTimexOfEachArticle) {
  std::vector<std::string> texts = {
      "WASHINGTON (AP) - The talks began on Monday, two days after the vote of March 3, 1999.\n",
      "LONDON, May 3, 2018 (Reuters) - Talks began.\n\nThe minister left last week.\n",
      "No date here at all, nor any agency.\n",
  };
  namespace fs = std::filesystem;
  const fs::path shared = test::shared_dir();
  const fs::path corpus = shared / "corpus" / "tempeval3-train" / "TimeBank";
  if (!shared.empty() && fs::exists(corpus)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(corpus))
      if (e.path().extension() == ".tml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    files.resize(std::min<std::size_t>(files.size(), 20));
    for (const fs::path& f : files) texts.push_back(ingest_file(f.string()).at(0).text);
  } else {
    std::cout << "[ note ] shared corpus absent: written texts only\n";
  }
  test::TempDir dir;
  std::string all;
  for (const std::string& t : texts) all += jsonl_line(t, ",\"published\":\"1998-02-27\"");
  const fs::path in = dir.path() / "in.jsonl";
  std::ofstream(in) << all;
  const test::CliResult streamed = test::run_cli("timex --jsonl '" + in.string() + "'");
  ASSERT_EQ(streamed.status, 0) << streamed.err;
  std::istringstream lines(streamed.out);
  std::string line;
  std::size_t n = 0;
  for (const std::string& t : texts) {
    ASSERT_TRUE(std::getline(lines, line));
    // The same article through the general path: ingest with every scan, then the result.
    IngestOptions general;
    const Document d = ingest_bytes(jsonl_line(t, ",\"published\":\"1998-02-27\""), in.string(), general).at(0);
    EXPECT_EQ(line + "\n", timexes_to_json_line(d, find_timexes(std::string_view(d.text), TimexOptions{d.info.published})))
        << "article " << n;
    ++n;
  }
  EXPECT_FALSE(std::getline(lines, line));
}

// ApostropheFinder against the byte loop: every window [b, e) of strings with ' and U+2019
// (and bytes one off them: '&', '(', 0xE1, 0xE3, 0x62 = 0xE2 without its high bit, 0xA7) at
// every position and of a TimeML text, moving right as the segmenter's words do, then in
// reverse order (a window left of the last search).
TEST(ApostropheFinder, AnswersAsTheByteLoopOnEveryWindow) {
  std::vector<std::string> texts;
  for (const std::string mark : {"'", "\xE2\x80\x99", "&", "(", "\xE1", "\xE3", "\x62", "\xA7"})
    for (std::size_t at = 0; at < 14; ++at) texts.push_back(std::string(at, 'x') + mark + std::string(13 - at, 'y'));
  texts.push_back("don't we'll they're O'Brien rock 'n' roll Putin\xE2\x80\x99s \xE2\x80\x98quoted\xE2\x80\x99 ''");
  const std::filesystem::path shared = test::shared_dir();
  const std::filesystem::path tml = shared / "corpus" / "tempeval3-train" / "TimeBank" / "ABC19980108.1830.0711.tml";
  if (!shared.empty() && std::filesystem::exists(tml)) texts.push_back(ingest_file(tml.string()).at(0).text.substr(0, 3000));
  std::size_t windows = 0, with = 0;
  for (const std::string& t : texts) {
    std::vector<std::pair<std::size_t, std::size_t>> all;
    for (std::size_t b = 0; b <= t.size(); ++b)
      for (std::size_t e = b; e <= t.size() && e <= b + 12; ++e) all.emplace_back(b, e);
    for (int pass = 0; pass < 2; ++pass) {
      text::ApostropheFinder finder(t);
      for (const auto& [b, e] : all) {
        const bool general = text::apostrophe_in_tail(t, b, e);
        ASSERT_EQ(finder.in_tail(b, e), general) << "b=" << b << " e=" << e << " pass " << pass << " in " << t.substr(0, 40);
        ++windows;
        with += general;
      }
      std::reverse(all.begin(), all.end());
    }
  }
  // both answers occur, often
  EXPECT_GT(with, 1000u);
  EXPECT_GT(windows - with, 1000u);
}

// A quote, backslash (both escaped), raw control byte, DEL or UTF-8 character at every
// position of a 48-byte run, with text before and after: the flat reader's 16-byte scan gives
// the text nlohmann gives, and refuses what nlohmann refuses.
TEST(FlatJsonl16, SpecialBytesAtEveryPositionOfASixteenByteScan) {
  const std::vector<std::string> marks = {"\\\"", "\\\\", "\\n", "\\u00e9", "\xC3\xA9", "\xE2\x80\x99", "\x7F", "~", " "};
  for (std::size_t k = 0; k < 48; ++k)
    for (const std::string& mark : marks) {
      const std::string line = "{\"text\": \"" + std::string(k, 'a') + mark + std::string(47 - k, 'b') + "\", \"title\": \"" +
                               std::string(k, 'c') + mark + "\"}";
      SCOPED_TRACE(line);
      const Document a = ingest::read_jsonl_line(line, "t.jsonl", 1, 0);
      const std::vector<Document> b = ingest::read_json(line, "t.json");
      ASSERT_EQ(b.size(), 1u);
      EXPECT_EQ(a.text, b[0].text);
      EXPECT_EQ(a.info.title, b[0].info.title);
    }
  for (std::size_t k = 0; k < 48; ++k)
    for (int c = 1; c < 0x20; ++c) {
      const std::string line = "{\"text\": \"" + std::string(k, 'a') + static_cast<char>(c) + std::string(47 - k, 'b') + "\"}";
      EXPECT_THROW((void)ingest::read_jsonl_line(line, "f.jsonl", 1, 0), Error) << "byte " << c << " at " << k;
    }
}

}  // namespace
}  // namespace dateline
