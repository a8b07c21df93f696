// Whole-pipeline probes for the event tests: a short text written for a test, built as one
// plain-text article published on a given day, and the event a trigger word belongs to.
#pragma once

#include <dateline/ingest.hpp>
#include <dateline/pipeline.hpp>

#include <optional>
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

// The event with a mention whose trigger starts where `needle` first occurs in the text (two
// "met" of one text are told apart by what follows them).
inline const Event* event_at(const Probe& b, std::string_view needle) {
  const std::size_t at = b.raw.find(needle);
  if (at == std::string::npos) return nullptr;
  for (const auto& e : b.t.events)
    for (const auto& m : e.mentions)
      if (m.trigger && m.trigger->start == at) return &e;
  return nullptr;
}

// Whether an event is there and has the CAMEO code `code`.
inline bool coded(const Event* e, std::string_view code) { return e && e->type.cameo && *e->type.cameo == code; }

// The state of the first actor of an event in `role` that has one.
inline std::optional<std::string> country_of(const Event* e, ActorRole role) {
  if (!e) return std::nullopt;
  for (const auto& a : e->actors)
    if (a.role == role && a.country) return a.country;
  return std::nullopt;
}

// The name of an event's source, or why there is none.
inline std::string source_of(const Event* e) {
  if (!e) return "(no event)";
  for (const Actor& a : e->actors)
    if (a.role == ActorRole::source) return a.name;
  return "(no source)";
}

}  // namespace dateline::test
