// merge's shortcut for inputs that all report one document (a one-article build, or one
// article built twice) and its moving overload, against the general path, on every
// TempEval-3 article and the seed article.
#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include "graph/merge.hpp"
#include "support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace dateline {
namespace {

using namespace date::literals;

std::vector<Document> articles() {
  std::vector<Document> docs;
  IngestOptions o;
  o.format = InputFormat::text;
  o.published = 2021_y / date::March / 18;
  // written for this test: two reports of one meeting in one text, a duplicate mention
  docs.push_back(ingest_bytes("The foreign ministers met in Geneva on Monday. On Monday the ministers met in Geneva "
                              "and agreed to resume talks, officials said. Russia expelled two diplomats on Tuesday.",
                              "t.txt", o)
                     .at(0));
  if (const auto shared = test::shared_dir(); !shared.empty()) {
    for (const char* sub : {"corpus/tempeval3-train/TimeBank", "corpus/tempeval3-train/AQUAINT"})
      for (const auto& e : std::filesystem::directory_iterator(shared / sub))
        if (e.path().extension() == ".tml") docs.push_back(ingest_file(e.path().string()).at(0));
    IngestOptions seed;
    seed.published = 2021_y / date::March / 18;
    docs.push_back(ingest_file(test::seed_article().string(), seed).at(0));
  } else {
    std::cerr << "shared corpus absent: the merge shortcut is checked on the hand-made text only\n";
  }
  return docs;
}

TEST(MergeOneDocument, ShortcutAndMoveGiveTheGeneralResult) {
  std::size_t events = 0, merged_twice = 0;
  const std::vector<Document> docs = articles();
  for (const Document& d : docs) {
    const Timeline t = build_timeline({d});
    events += t.events.size();
    for (const std::vector<Timeline>& in : {std::vector<Timeline>{t}, std::vector<Timeline>{t, t}}) {
      const std::string general = to_json(detail::merge_general(in));
      EXPECT_EQ(to_json(merge(in)), general) << d.info.path.value_or("text");
      std::vector<Timeline> copy = in;
      EXPECT_EQ(to_json(merge(std::move(copy))), general) << d.info.path.value_or("text");
    }
    // the same document built twice is one document: its events are not doubled
    merged_twice += merge({t, t}).events.size() == t.events.size();
  }
  EXPECT_GT(events, 0u);
  EXPECT_EQ(merged_twice, docs.size());
}

// Two different articles: the shortcut does not apply, and the events of both stay.
TEST(MergeOneDocument, TwoDocumentsStillPairReports) {
  IngestOptions o;
  o.format = InputFormat::text;
  o.published = 2021_y / date::March / 18;
  const Document a = ingest_bytes("Russia expelled two US diplomats on Tuesday, the ministry said.", "a.txt", o).at(0);
  const Document b = ingest_bytes("On Tuesday Russia expelled two American diplomats, officials said.", "b.txt", o).at(0);
  const std::vector<Timeline> in{build_timeline({a}), build_timeline({b})};
  EXPECT_EQ(to_json(merge(in)), to_json(detail::merge_general(in)));
  EXPECT_EQ(merge(in).documents.size(), 2u);
}

}  // namespace
}  // namespace dateline
