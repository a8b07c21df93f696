// The timex grammar is tried only where a head (a digit, a month, a unit, ... see
// WordInfo::head) follows within a run of list words; these tests compare that filtered path
// with the full one (every word that may start a rule) on the whole shared corpus, the seed
// article and texts written for them, and check that the filter has work to do.
#include <dateline/ingest.hpp>
#include <dateline/timex.hpp>

#include "support.hpp"
#include "timex_paths.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace dateline {
namespace {

using namespace date::literals;

// The first word of an expression, lower-cased ("" when it opens with a digit or a sign).
std::string first_word(std::string_view text, const Timex& x) {
  std::string w;
  for (std::size_t k = x.start; k < x.end && std::isalpha(static_cast<unsigned char>(text[k])); ++k)
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
  return w;
}

TEST(TimexHeads, FilteredPathEqualsFullPathOnTheCorpus) {
  DATELINE_REQUIRE_SHARED();
  std::vector<Document> docs;
  for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT", "corpus/causal-timebank"}) {
    const auto dir = test::shared_dir() / sub;
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& e : std::filesystem::directory_iterator(dir))
      if (e.path().extension() == ".tml") docs.push_back(ingest_file(e.path().string()).at(0));
  }
  IngestOptions seed;
  seed.published = 2021_y / date::March / 18;
  docs.push_back(ingest_file(test::seed_article().string(), seed).at(0));
  ASSERT_GT(docs.size(), 250u);
  std::size_t found = 0, at_non_head = 0;
  for (const Document& d : docs) {
    const auto xs = test::timexes_checked(d.text, TimexOptions{d.info.published});
    found += xs.size();
    // expressions opened by a word that is no head ("the third quarter", "about two years",
    // "no more than sixty days"): the ones the look-ahead to the head must reach
    for (const Timex& x : xs) {
      const std::string w = first_word(d.text, x);
      const timex::WordInfo* info = w.empty() ? nullptr : timex::lexicon().info(w);
      at_non_head += info && !info->head;
    }
  }
  std::cerr << found << " expressions, " << at_non_head << " opened by a word that is no head\n";
  EXPECT_GT(found, 2500u);
  EXPECT_GT(at_non_head, 500u);
}

// Long openings before the head, heads that only the rules know by name, and sentences with
// no head at all, written for this test.
TEST(TimexHeads, LongOpeningsAndRuleWords) {
  const std::vector<std::string> texts = {
      "The ceasefire must hold for no more than the next forty-five minutes, at least the first two quarters.",
      "He was born in nineteen ninety-six and left in two thousand and five, at noon, at midnight.",
      "The envoys met on Martin Luther King Day and again at the end of the second world war.",
      "Talks resumed a couple of weeks ago; the comparable period was weak; the nineties were calm.",
      "The president said that the talks were at an end and that a deal was close at last.",
      "Some of the first delegates said this was the same as each previous round, every one of them.",
      "The third-quarter figures came in the fiscal first quarter, early next year, the latest period.",
  };
  std::size_t found = 0;
  for (const std::string& t : texts) found += test::timexes_checked(t, TimexOptions{2021_y / date::March / 18}).size();
  EXPECT_GE(found, 12u);
  // a sentence with determiners, counts and ordinals but no head holds no expression
  EXPECT_TRUE(test::timexes_checked(texts[5], TimexOptions{2021_y / date::March / 18}).empty());
}

}  // namespace
}  // namespace dateline
