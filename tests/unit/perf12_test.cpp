// Speed round 12: one lookup a word for several word lists (WordClasses, the event lexicon's
// word_classes) answers exactly what asking each list answers, and the per-entry flags of
// the lexicon are the entry's membership in the lists they stand for.
#include <dateline/text.hpp>

#include "actors/words.hpp"
#include "common/word_classes.hpp"
#include "events/lexicon.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace dateline {
namespace {

TEST(WordClasses, EachBitIsMembershipInItsList) {
  // Overlapping lists: "after" is in two, "united states" is a phrase, "" a key of one.
  const std::set<std::string> signals = {"after", "before", "since", "when", "following"};
  const std::set<std::string> reporting = {"said", "says", "told", "after", "united states"};
  const std::set<std::string> other = {"", "o'neill", "café", "mon."};
  WordClasses c;
  for (const std::string& w : signals) c.add(w, 1);
  for (const std::string& w : reporting) c.add(w, 2);
  for (const std::string& w : other) c.add(w, 4);
  c.seal();
  std::size_t in_two = 0;
  for (const char* w : {"after", "before", "said", "told", "united states", "united", "states", "o'neill", "o'neil",
                        "café", "cafe", "mon.", "mon", "", "After", "afters", "say", "the", "followin"}) {
    const std::uint32_t expected = (signals.count(w) ? 1u : 0u) | (reporting.count(w) ? 2u : 0u) | (other.count(w) ? 4u : 0u);
    EXPECT_EQ(c.of(w), expected) << w;
    in_two += expected == 3;
  }
  EXPECT_EQ(in_two, 1u);  // "after"
  EXPECT_EQ(WordClasses().of("after"), 0u);  // nothing added, never sealed
}

// Every word of real sentences: the bits the extractor tests are the lookups they replace.
TEST(WordClasses, EventLexiconBitsAgreeWithTheListsOnNewsText) {
  const std::string text =
      "Russia said on Tuesday it would expel 23 British diplomats after London accused Moscow of the attack. "
      "The foreign minister told reporters the talks had been suspended since the embassy was closed, "
      "but officials met again before the summit and agreed to meet the standards. "
      "\xe2\x80\x9cWe condemn this,\xe2\x80\x9d the ambassador's spokesman said, adding that sanctions would follow.";
  const Segmented seg = segment(text);
  const detail::Words words = detail::split_words(seg);
  const detail::Lexicon& lx = detail::lexicon();
  std::size_t reporting = 0, signal = 0, start = 0, sense = 0;
  for (const detail::Word& w : words.words) {
    const std::uint32_t bits = detail::word_classes(w.lower);
    bool sense_first = false;
    for (const auto& pair : lx.sense_stop) sense_first = sense_first || pair.first.count(w.lower) > 0;
    EXPECT_EQ((bits & detail::kReportingWord) != 0, detail::reporting_set().contains(w.lower)) << w.lower;
    EXPECT_EQ((bits & detail::kSignalWord) != 0, detail::signal_set().contains(w.lower)) << w.lower;
    EXPECT_EQ((bits & detail::kTriggerStart) != 0, detail::may_start_trigger(w.lower)) << w.lower;
    EXPECT_EQ((bits & detail::kSenseStopVerb) != 0, sense_first) << w.lower;
    reporting += (bits & detail::kReportingWord) != 0;
    signal += (bits & detail::kSignalWord) != 0;
    start += (bits & detail::kTriggerStart) != 0;
    sense += sense_first;
  }
  // The text holds words of each class ("said", "after", "expel", "meet"), so each bit was
  // compared set as well as clear.
  EXPECT_GT(reporting, 0u);
  EXPECT_GT(signal, 0u);
  EXPECT_GT(start, 0u);
  EXPECT_GT(sense, 0u);
}

TEST(LexEntry, FlagsAreTheEntrysMembershipInTheLists) {
  const detail::Lexicon& lx = detail::lexicon();
  std::size_t flagged = 0;
  for (const detail::LexEntry& e : lx.entries) {
    EXPECT_EQ(e.passive_only, lx.passive_only.count(e.phrase) > 0) << e.phrase;
    EXPECT_EQ(e.by_only, lx.by_only.count(e.phrase) > 0) << e.phrase;
    EXPECT_EQ(e.finite_only, lx.finite_only.count(e.phrase) > 0) << e.phrase;
    EXPECT_EQ(e.intransitive, lx.intransitive.count(e.phrase) > 0) << e.phrase;
    flagged += e.passive_only + e.by_only + e.finite_only + e.intransitive;
  }
  EXPECT_GT(flagged, 0u);  // the data lists some entries
}

}  // namespace
}  // namespace dateline
