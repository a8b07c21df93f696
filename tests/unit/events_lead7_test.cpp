// Events: the lead's fixes of session 7, found by reading the build of modern wire-style
// sentences written for the purpose. Through the whole pipeline, each with a counter-case.
#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace {

using namespace dateline;
using namespace date::literals;

test::Probe build(const std::string& text) { return test::build_probe(text, 2021_y / 5 / 24); }

std::string source_of(const Event* e) {
  if (!e) return "(no event)";
  for (const Actor& a : e->actors)
    if (a.role == ActorRole::source) return a.name;
  return "(no source)";
}

TEST(EventsLead7, AnAppositiveAfterTheSubjectIsPassed) {
  const auto b = build("Russia, Belarus's closest ally, defended Minsk on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(b, "defended")), "Russia");
  const auto c = build("Germany, the bloc's largest economy, criticized Hungary on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(c, "criticized")), "Germany");
}

TEST(EventsLead7, AListIsNoAppositive) {
  // The last item of a list before the verb is still found ("Hungary" is no description of
  // Poland), and an actor's own comma-free subject is unaffected.
  const auto b = build("Poland, Hungary and the Czech Republic joined NATO on Friday.\n");
  const Event* joined = test::event_on(b, "joined");
  ASSERT_NE(joined, nullptr);
  EXPECT_NE(source_of(joined), "Poland");
  const auto c = build("Belarus's closest ally Russia defended Minsk on Monday.\n");
  EXPECT_EQ(source_of(test::event_on(c, "defended")), "Russia");
}

}  // namespace
