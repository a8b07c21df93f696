// The lookup structures of the speed work answer what the standard containers they replace
// answer: WordTable (flat open addressing) and PhraseIndex/PhraseSet built on it against
// std::map/std::set, WordSet's filter against a plain std::set lookup.
#include "common/phrase_index.hpp"
#include "common/word_set.hpp"
#include "common/word_table.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace dateline {
namespace {

// Keys like the data files' (words, phrases, apostrophes, UTF-8) and probes that are not keys
// but share a length, a first or last byte or a prefix with one.
const std::vector<std::string> kKeys = {"the", "a", "an", "at", "as", "that", "united states", "united nations",
                                        "new york", "new", "president", "prime minister", "o'neill", "'s",
                                        "café", "x", "", "monday", "mon.", "u.s.", "european union"};
const std::vector<std::string> kProbes = {"then", "b", "and", "it", "is", "this", "united", "united state",
                                          "new yorker", "news", "presidents", "prime", "o'neil", "s",
                                          "cafe", "y", "mondays", "mon", "u.s", "european", "union", "The"};

TEST(WordTable, FindsEveryKeyAndNothingElse) {
  std::map<std::string, int> m;
  for (std::size_t i = 0; i < kKeys.size(); ++i) m[kKeys[i]] = static_cast<int>(i);
  const WordTable<int> table(m);
  EXPECT_EQ(table.size(), m.size());
  for (const auto& [k, v] : m) {
    const int* found = table.find(k);
    ASSERT_NE(found, nullptr) << k;
    EXPECT_EQ(*found, v);
    EXPECT_EQ(found, &m.at(k));  // points at the map's own value
  }
  for (const std::string& p : kProbes) EXPECT_EQ(table.find(p), m.count(p) ? &m.at(p) : nullptr) << p;
  EXPECT_EQ(WordTable<int>().find("the"), nullptr);  // an empty table
}

TEST(WordTable, ManyKeysStillFoundWithCollisions) {
  std::map<std::string, int> m;
  for (int i = 0; i < 5000; ++i) m["w" + std::to_string(i * 7919 % 100003)] = i;
  const WordTable<int> table(m);
  for (const auto& [k, v] : m) ASSERT_NE(table.find(k), nullptr) << k;
  for (int i = 0; i < 5000; ++i) {
    const std::string probe = "v" + std::to_string(i);
    EXPECT_EQ(table.find(probe), nullptr);
  }
}

// The inline byte comparison of WordTable::find against memcmp: every length 0-40, equal
// strings and strings differing in exactly one byte at every position (the word loads, the
// overlapping tail and the byte loop each see a difference at each of their bytes).
TEST(WordTable, SameBytesAgreesWithMemcmpAtEveryLengthAndPosition) {
  std::size_t differing = 0;
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (std::size_t i = 0; i < n; ++i) a[i] = static_cast<char>('a' + (i * 7) % 26);
    std::string b = a;
    EXPECT_TRUE(WordTable<bool>::same_bytes(a.data(), b.data(), n)) << n;
    for (std::size_t i = 0; i < n; ++i) {
      for (char d : {'\x01', '\x80', 'A'}) {
        b = a;
        b[i] = static_cast<char>(b[i] ^ d);
        const bool expected = std::memcmp(a.data(), b.data(), n) == 0;
        EXPECT_EQ(WordTable<bool>::same_bytes(a.data(), b.data(), n), expected) << n << " " << i;
        differing += expected ? 0 : 1;
      }
    }
  }
  EXPECT_EQ(differing, 3u * (40u * 41u / 2u));  // every altered pair differs, so was compared
}

TEST(PhraseIndex, ExactAndContinuesAsTheMap) {
  std::map<std::string, int, std::less<>> m;
  for (std::size_t i = 0; i < kKeys.size(); ++i) m[kKeys[i]] = static_cast<int>(i);
  const PhraseIndex<int> index(m);
  for (const std::string& p : kKeys) EXPECT_EQ(index.find(p), &m.at(p)) << p;
  for (const std::string& p : kProbes) EXPECT_EQ(index.find(p), m.count(p) ? &m.at(p) : nullptr) << p;
  // a phrase is continued when some key starts with it and a space
  for (const auto& list : {kKeys, kProbes})
    for (const std::string& q : list) {
      bool expected = false;
      for (const auto& [k, v] : m) expected |= k.size() > q.size() && k.starts_with(q) && k[q.size()] == ' ';
      EXPECT_EQ(index.continues(q), expected) << q;
    }
  EXPECT_TRUE(index.continues("united"));
  EXPECT_TRUE(index.continues("prime"));
  EXPECT_FALSE(index.continues("president"));
}

TEST(PhraseSetAndWordSet, MembershipAsTheSet) {
  std::set<std::string, std::less<>> s(kKeys.begin(), kKeys.end());
  const PhraseSet ps(s);
  WordSet ws(s);
  WordSet inserted;
  for (const std::string& k : kKeys) inserted.insert(k);
  for (const auto& list : {kKeys, kProbes})
    for (const std::string& p : list) {
      const std::size_t expected = s.count(p);
      EXPECT_EQ(ps.contains(p), expected == 1) << p;
      EXPECT_EQ(ws.count(p), expected) << p;
      EXPECT_EQ(inserted.count(p), expected) << p;
      EXPECT_EQ(ws.find(p) != ws.end(), expected == 1) << p;
    }
  // iteration order and contents are the std::set's
  EXPECT_TRUE(std::equal(ws.begin(), ws.end(), s.begin(), s.end()));
  EXPECT_EQ(inserted.size(), s.size());
}

// WordSet's flat table points at its own set's strings: a copy (constructed or assigned) must
// answer from its own, also after the original is gone or changed, and a moved-to set keeps
// answering; inserts that grow the table many times keep every member findable.
TEST(WordSet, CopiesMovesAndGrowthAnswerAsTheSet) {
  std::set<std::string, std::less<>> expected;
  auto original = std::make_unique<WordSet>();
  for (int i = 0; i < 3000; ++i) {
    const std::string w = "w" + std::to_string(i * 7919 % 10007);
    original->insert(w);
    expected.insert(w);
  }
  WordSet copy(*original);
  WordSet assigned;
  assigned.insert("stale");
  assigned = *original;
  WordSet moved_from(*original);
  WordSet moved(std::move(moved_from));
  original->insert("only-in-the-original");
  original.reset();
  std::size_t hits = 0;
  for (int i = 0; i < 12000; ++i) {
    const std::string p = "w" + std::to_string(i);
    const std::size_t e = expected.count(p);
    hits += e;
    EXPECT_EQ(copy.count(p), e) << p;
    EXPECT_EQ(assigned.count(p), e) << p;
    EXPECT_EQ(moved.count(p), e) << p;
  }
  EXPECT_EQ(hits, expected.size());
  EXPECT_EQ(copy.count("only-in-the-original"), 0u);
  EXPECT_EQ(assigned.count("stale"), 0u);
  EXPECT_TRUE(std::equal(copy.begin(), copy.end(), expected.begin(), expected.end()));
}

}  // namespace
}  // namespace dateline
