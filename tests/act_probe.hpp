// Table-driven act probes for the event tests: a sentence written for a test, where its act's
// trigger is, and what the act must be (CAMEO prefix, the states of its source and target, its
// modality). Shared by the probe tables of several rounds.
#pragma once

#include "event_probe.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace dateline::test {

struct ActCase {
  const char* name;
  const char* text;
  const char* at;        // where the act's trigger is
  const char* code;      // a prefix of its CAMEO code; "-" outside CAMEO
  const char* source;    // the state of a source (or participant); "" not checked
  const char* target;    // the state of a target (or participant); "" not checked
  const char* modality;  // "" not checked
};

// The first event with a mention whose trigger overlaps the first occurrence of `needle`.
inline const Event* event_over(const Probe& b, std::string_view needle) {
  const std::size_t at = b.raw.find(needle);
  if (at == std::string::npos) return nullptr;
  for (const auto& e : b.t.events)
    for (const auto& m : e.mentions)
      if (m.trigger && m.trigger->start < at + needle.size() && at < m.trigger->end) return &e;
  return nullptr;
}

// Whether an actor of the event in one of the two roles belongs to `state`.
inline bool has_state(const Event& e, ActorRole r1, ActorRole r2, std::string_view state) {
  return std::any_of(e.actors.begin(), e.actors.end(),
                     [&](const Actor& a) { return (a.role == r1 || a.role == r2) && a.country == state; });
}

// Every event of a probe, one line each, for failure messages.
inline std::string describe(const Probe& b) {
  std::string out;
  for (const auto& e : b.t.events) out += "\n  " + e.type.cameo.value_or("-") + " " + e.summary;
  return out;
}

// Builds the case's text as an article published on `published` and checks its act.
inline void expect_act(const ActCase& c, date::year_month_day published) {
  const auto b = build_probe(c.text, published);
  const Event* e = event_over(b, c.at);
  ASSERT_NE(e, nullptr) << "no event at " << c.at << describe(b);
  const std::string_view code = c.code;
  if (code == "-") {
    EXPECT_FALSE(e->type.cameo.has_value()) << e->summary;
  } else {
    EXPECT_TRUE(e->type.cameo.value_or("").starts_with(code)) << e->type.cameo.value_or("-") << " " << e->summary;
  }
  if (*c.source) {
    EXPECT_TRUE(has_state(*e, ActorRole::source, ActorRole::participant, c.source)) << e->summary;
  }
  if (*c.target) {
    EXPECT_TRUE(has_state(*e, ActorRole::target, ActorRole::participant, c.target)) << e->summary;
  }
  if (*c.modality) {
    EXPECT_EQ(to_string(e->modality), c.modality) << e->summary;
  }
}

}  // namespace dateline::test
