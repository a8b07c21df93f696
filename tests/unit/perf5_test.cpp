// The shortcuts of speed round 5 give what the general code gives: the anaphor prefilter of the
// link finder what splitting every sentence gives, the inline literal comparison of
// LiteralString what std::string's gives, the gazetteer's first-word lookup what a key built
// from the words gives, and the one-pass word folding the lower-casing and apostrophe folding
// it replaced.
#include <dateline/events.hpp>
#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "actors/gazetteer.hpp"
#include "actors/words.hpp"
#include "common/literal_string.hpp"
#include "graph/links.hpp"
#include "output/line_writer.hpp"
#include "support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace dateline {
namespace {

// The TimeML articles of the shared corpus (empty without it) and a few written here.
std::vector<Document> documents() {
  std::vector<Document> docs;
  for (const char* text : {
           "Britain expelled two diplomats, a move that prompted Russia to retaliate. The move came a day after "
           "the attack. THE MOVE was denied. This decision followed. That step, a measure, was rejected.\n",
           "Israel attacked Gaza on Monday. Hamas condemned the attack and the Attack was repeated.\n",
       }) {
    Document d;
    d.raw = d.text = text;
    d.info.id = "d1";
    docs.push_back(std::move(d));
  }
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT"}) {
      if (!std::filesystem::exists(shared / sub)) continue;
      for (const auto& e : std::filesystem::directory_iterator(shared / sub))
        if (e.path().extension() == ".tml") {
          Document d = ingest_file(e.path().string()).at(0);
          d.info.id = "d1";
          docs.push_back(std::move(d));
        }
    }
  }
  return docs;
}

std::string describe(const std::vector<Link>& links) {
  std::string out;
  for (const Link& l : links) {
    out += l.from + ">" + l.to + ":" + std::to_string(static_cast<int>(l.relation));
    if (l.evidence)
      out += ":" + l.evidence->signal + "@" + std::to_string(l.evidence->span.start) + "-" +
             std::to_string(l.evidence->span.end);
    out += "\n";
  }
  return out;
}

TEST(LinksPrefilter, GivesTheLinksOfTheUnfilteredScan) {
  const auto docs = documents();
  if (docs.size() <= 2) std::cerr << "shared corpus absent: only the written texts are checked\n";
  std::size_t with_links = 0;
  for (const Document& doc : docs) {
    SCOPED_TRACE(doc.info.path.value_or("written text"));
    const Segmented seg = segment(doc.text);
    const auto timexes = find_timexes(seg, TimexOptions{doc.info.published});
    const detail::Words words = detail::split_words(seg);
    const auto actors = detail::find_actors(seg, words);
    const Extraction x = extract_events(doc, seg, timexes, actors);
    const auto fast = find_links(doc, seg, x.events);
    EXPECT_EQ(describe(fast), describe(detail::find_links_unfiltered(doc, seg, x.events)));
    with_links += !fast.empty();
  }
  EXPECT_GT(with_links, 0u);  // the comparison is not between two empty lists
}

TEST(LiteralString, ComparesWithCStringsAsStdString) {
  const char buffer[16] = {'s', 'a', 'i', 'd', '\0', 'x'};  // a C string shorter than its array
  for (const char* s : {"", "a", "to", "said", "saidx", "sai", "Said", "against"}) {
    for (const char* lit : {"", "a", "to", "said", "against"}) {
      LiteralString w;
      w = s;
      const std::string& plain = w;
      EXPECT_EQ(w == lit, plain == lit) << s << " / " << lit;
      EXPECT_EQ(w != lit, plain != lit) << s << " / " << lit;
      EXPECT_EQ(lit == w, lit == plain) << s << " / " << lit;
    }
    LiteralString w;
    w = s;
    EXPECT_EQ(w == buffer, std::string(s) == "said") << s;
  }
  LiteralString embedded;
  embedded = std::string("to\0x", 4);  // a NUL inside: longer than the C string "to"
  EXPECT_FALSE(embedded == "to");
}

// The original fold: apostrophes (' and U+2019) to ', ASCII letters lower-cased.
std::string reference_fold(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\'') {
      out += '\'';
    } else if (i + 2 < v.size() && v.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 2;
    } else {
      out += (v[i] >= 'A' && v[i] <= 'Z') ? static_cast<char>(v[i] - 'A' + 'a') : v[i];
    }
  }
  return out;
}

TEST(WordFolding, LowerCasesAndFoldsApostrophesAsBefore) {
  std::vector<std::string> texts = {
      "NATO's chief O\xE2\x80\x99Neill and the U.S. said: \xE2\x80\x9CWE\xE2\x80\x9D won't go. Caf\xC3\xA9 M\xC3\x9C\x4E\x43HEN "
      "rock'n'roll AT&T e-mail 45,000 \xE2\x80\x99" "90s ABC.\n"};
  for (const Document& d : documents()) texts.push_back(d.text);
  for (const std::string& t : texts) {
    const Segmented seg = segment(t);
    const detail::Words words = detail::split_words(seg);
    for (const detail::Word& w : words.words) {
      const std::string_view v = std::string_view(seg.text).substr(w.start, w.end - w.start);
      ASSERT_EQ(std::string(w.lower), reference_fold(v)) << v;
      int letters = 0, uppers = 0;
      for (char c : v) {
        letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        uppers += c >= 'A' && c <= 'Z';
      }
      EXPECT_EQ(w.cap, !v.empty() && v[0] >= 'A' && v[0] <= 'Z') << v;
      EXPECT_EQ(w.upper, letters >= 2 && uppers == letters) << v;
    }
  }
}

// match_alias and match_role against the loop they had: the key built word by word.
TEST(GazetteerLookup, FirstWordViewMatchesTheBuiltKey) {
  const auto& aliases = detail::alias_index();
  const auto& roles = detail::role_index();
  std::size_t names = 0;
  for (const Document& d : documents()) {
    const Segmented seg = segment(d.text);
    const detail::Words ws = detail::split_words(seg);
    const auto& words = ws.words;
    for (std::uint32_t s = 0; s + 1 < ws.sentence_begin.size(); ++s) {
      const std::size_t end = ws.sentence_end(s);
      for (std::size_t i = ws.sentence_begin[s]; i < end; ++i) {
        // roles: the longest key of words[i ..] found, while some key continues
        std::size_t role_words = 0;
        std::string key;
        for (std::size_t n = 0; i + n < end && n < detail::gazetteer().max_role_words; ++n) {
          if (words[i + n].punct && words[i + n].lower != "-") break;
          if (n > 0) key += ' ';
          key += words[i + n].lower;
          if (roles.find(key)) role_words = n + 1;
          if (!roles.continues(key)) break;
        }
        const auto r = detail::match_role(words, i, end);
        EXPECT_EQ(r.length, role_words) << words[i].lower;
        const auto a = detail::match_alias(seg.text, words, i, end);
        if (a.length == 0) continue;
        ++names;
        std::string alias;
        for (std::size_t k = i; k < i + a.length; ++k) alias += (k > i ? " " : "") + std::string(words[k].lower);
        EXPECT_EQ(aliases.find(alias), a.entry) << alias;
      }
    }
  }
  EXPECT_GT(names, 0u);
}

// The eight-bytes-at-a-time scan of LineWriter::str (through string()) against nlohmann's dump of the same string,
// with each byte that needs attention at every position of and around an eight-byte run.
TEST(LineWriterString, EscapesAsNlohmannAtEveryPosition) {
  const std::vector<std::string> specials = {"\"", "\\", "\n", "\t", std::string(1, '\0'), "\x1F", "\x7F",
                                             "\xC3\xA9", "\xE2\x80\x99", "\xFF", " ", "~"};
  for (const std::string& special : specials)
    for (std::size_t before = 0; before < 20; ++before)
      for (std::size_t after : {0, 1, 7, 8, 9}) {
        const std::string text = std::string(before, 'a') + special + std::string(after, 'z');
        output::LineWriter w;
        w.string(text);
        const std::string expected =
            nlohmann::ordered_json(text).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        EXPECT_EQ(w.out, expected) << before << " " << after;
      }
}

}  // namespace
}  // namespace dateline
