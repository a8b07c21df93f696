// Whole-pipeline probes for the event tests: a short text written for a test, built as one
// plain-text article published on a given day, and the event a trigger word belongs to.
#pragma once

#include <dateline/ingest.hpp>
#include <dateline/pipeline.hpp>

#include <string>
#include <string_view>

namespace dateline::test {

struct Probe {
  std::string raw;  // the article's bytes, which trigger offsets index
  Timeline t;
};

inline Probe build_probe(const std::string& text, date::year_month_day published) {
  IngestOptions opt;
  opt.format = InputFormat::text;
  opt.published = published;
  auto docs = ingest_bytes(text, "probe.txt", opt);
  Probe b;
  b.raw = docs.at(0).raw;
  b.t = build_timeline(std::move(docs));
  return b;
}

// The first event one of whose mentions' trigger starts with `word`.
inline const Event* event_on(const Probe& b, std::string_view word) {
  for (const auto& e : b.t.events)
    for (const auto& m : e.mentions)
      if (m.trigger && b.raw.substr(m.trigger->start, m.trigger->end - m.trigger->start).starts_with(word)) return &e;
  return nullptr;
}

}  // namespace dateline::test
