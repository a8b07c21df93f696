// Events, round 10: conditional and hoped-for acts, and events that must not merge (different
// days, different places), each on sentences written for these tests (none is taken from the
// corpus), through the whole pipeline (ingest, segmentation, timex tagging, actors, events).
#include <dateline/ingest.hpp>
#include <dateline/pipeline.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace dateline;
using namespace date::literals;

struct Built {
  std::string raw;
  Timeline t;
};

Built build(const std::string& text) {
  IngestOptions opt;
  opt.format = InputFormat::text;
  opt.published = 2023_y / 6 / 15;
  auto docs = ingest_bytes(text, "probe.txt", opt);
  Built b;
  b.raw = docs.at(0).raw;
  b.t = build_timeline(std::move(docs));
  return b;
}

// The first event one of whose mentions' trigger starts with the given word.
const Event* on(const Built& b, std::string_view word) {
  for (const auto& e : b.t.events)
    for (const auto& m : e.mentions)
      if (m.trigger && b.raw.substr(m.trigger->start, m.trigger->end - m.trigger->start).starts_with(word)) return &e;
  return nullptr;
}

std::optional<Modality> modality(const Built& b, std::string_view word) {
  const Event* e = on(b, word);
  return e ? std::optional<Modality>(e->modality) : std::nullopt;
}

TEST(EventsRound10, ActToComeUnderAConditionIsHypothetical) {
  const auto b = build("Syria will sign the treaty with Jordan if Israel withdraws from the Golan Heights.\n");
  EXPECT_EQ(modality(b, "sign"), Modality::hypothetical);
  // without the condition, the same act is expected
  const auto plain = build("Syria will sign the treaty with Jordan next week.\n");
  EXPECT_EQ(modality(plain, "sign"), Modality::expected);
}

TEST(EventsRound10, ConditionAfterACommaCounts) {
  const auto b = build("Israel is ready to impose a naval blockade on Lebanon, if necessary, the minister said.\n");
  EXPECT_EQ(modality(b, "blockade"), Modality::hypothetical);
}

TEST(EventsRound10, HopedForActIsProposedNotOccurred) {
  const auto b = build("Iraq is hoping to seize the oil fields of Kuwait, officials said.\n");
  ASSERT_NE(on(b, "seize"), nullptr);
  EXPECT_EQ(modality(b, "seize"), Modality::proposed);
}

TEST(EventsRound10, OptionsAreHypothetical) {
  const auto b = build("Pentagon officials said the options include a direct invasion of Iraq.\n");
  ASSERT_NE(on(b, "invasion"), nullptr);
  EXPECT_EQ(modality(b, "invasion"), Modality::hypothetical);
}

TEST(EventsRound10, ModalBeforeASayingMakesItPossibleButNotAThreatOrAReportedFuture) {
  const auto b = build("Iran could lash out at the United States, analysts said.\n");
  ASSERT_NE(on(b, "lash"), nullptr);
  EXPECT_EQ(modality(b, "lash"), Modality::hypothetical);
  // a saying announced in reported speech is made (the future is its content)
  const auto r = build("Libya said it would appeal for a trial in a neutral country.\n");
  ASSERT_NE(on(r, "appeal"), nullptr);
  EXPECT_EQ(modality(r, "appeal"), Modality::occurred);
}

}  // namespace
