// The fuzz targets' bodies, shared by the libFuzzer entry points (fuzz_*.cpp, one a target)
// and by the plain gtest that replays every corpus file in the default build
// (tests/unit/fuzz_replay_test.cpp), so CI replays the crashers without clang's libFuzzer.
// dateline::Error is the expected answer to bad input; anything else escaping (another
// exception, a crash, a sanitizer report) is a bug.
#pragma once

#include <dateline/dateline.hpp>
#include <dateline/match.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::fuzz {

inline std::string bytes(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Ingests in one format and runs the whole pipeline to JSON and DOT.
inline void pipeline(const std::uint8_t* data, std::size_t size, InputFormat format, const char* name) {
  try {
    IngestOptions o;
    o.format = format;
    auto docs = ingest_bytes(bytes(data, size), name, o);
    for (const Document& d : docs) {
      const Segmented seg = segment(d.text);
      (void)find_timexes(seg, TimexOptions{d.info.published});
    }
    Timeline t = build_timeline(std::move(docs));
    (void)to_json(t);
    (void)to_dot(t);
  } catch (const Error&) {
  }
}

inline void ingest_text(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::text, "fuzz.text"); }
inline void ingest_markdown(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::markdown, "fuzz.markdown"); }
inline void ingest_html(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::html, "fuzz.html"); }
inline void ingest_timeml(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::timeml, "fuzz.timeml"); }
inline void ingest_json(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::json, "fuzz.json"); }
inline void ingest_jsonl(const std::uint8_t* d, std::size_t n) { pipeline(d, n, InputFormat::jsonl, "fuzz.jsonl"); }

// Loading a timeline JSON, then writing it back, drawing it and reasoning over it.
inline void timeline_json(const std::uint8_t* data, std::size_t size) {
  try {
    Timeline t = timeline_from_json(bytes(data, size), "fuzz.json");
    (void)to_json(t);
    (void)to_dot(t);
    reason_dates(t);
    (void)merge({t, t});
  } catch (const Error&) {
  }
}

// Segmentation and timex tagging on raw bytes, without ingest's checks in front: library
// users may call them on text that never went through ingest (invalid UTF-8 included).
inline void segment_timex(const std::uint8_t* data, std::size_t size) {
  // The first byte picks a creation date (or none), so relative expressions resolve both ways.
  std::optional<date::year_month_day> dct;
  if (size > 0 && data[0] % 4 != 0)
    dct = date::year{1990 + data[0] % 60} / date::month{1u + data[0] % 12u} / date::day{1u + data[0] % 28u};
  try {
    const std::string text = bytes(data, size);
    const Segmented seg = segment(text);
    (void)find_timexes(seg, TimexOptions{dct});
  } catch (const Error&) {
  }
}

// The per-document extractors on an ingested text, each called directly as build_timeline
// does: actors, events, signal links, ids, date reasoning, and the SVG drawing.
inline void events(const std::uint8_t* data, std::size_t size) {
  try {
    IngestOptions o;
    o.format = InputFormat::text;
    o.published = date::year{2021} / 3 / 18;
    auto docs = ingest_bytes(bytes(data, size), "fuzz.txt", o);
    Document& doc = docs.front();
    doc.info.id = "d1";
    const Segmented seg = segment(doc.text);
    const auto timexes = find_timexes(seg, TimexOptions{doc.info.published});
    const auto actors = find_actors(seg);
    Extraction x = extract_events(doc, seg, timexes, actors);
    (void)find_links(doc, seg, x.events);
    Timeline t;
    t.documents.push_back(doc.info);
    t.events = std::move(x.events);
    t.links = std::move(x.links);
    assign_ids(t);
    reason_dates(t);
    (void)to_svg(t);
  } catch (const Error&) {
  }
}

// The event matcher that diff and merge share: two timeline JSONs separated by the first form
// feed, loaded, matched both ways and merged. (The diff command itself is not written yet.)
inline void diff_match(const std::uint8_t* data, std::size_t size) {
  const std::string all = bytes(data, size);
  const std::size_t cut = all.find('\f');
  if (cut == std::string::npos) return;
  try {
    const Timeline a = timeline_from_json(all.substr(0, cut), "a.json");
    const Timeline b = timeline_from_json(all.substr(cut + 1), "b.json");
    (void)match_events(a.events, b.events);
    (void)match_events(b.events, a.events, 0.0);
    (void)merge({a, b});
  } catch (const Error&) {
  }
}

// Target name (fuzz_<name>, its corpus folder) -> body, for the replay test.
struct Target {
  std::string_view name;
  void (*run)(const std::uint8_t*, std::size_t);
};
inline constexpr Target kTargets[] = {
    {"fuzz_ingest_text", ingest_text},     {"fuzz_ingest_markdown", ingest_markdown},
    {"fuzz_ingest_html", ingest_html},     {"fuzz_ingest_timeml", ingest_timeml},
    {"fuzz_ingest_json", ingest_json},     {"fuzz_ingest_jsonl", ingest_jsonl},
    {"fuzz_timeline_json", timeline_json}, {"fuzz_segment_timex", segment_timex},
    {"fuzz_events", events},               {"fuzz_diff_match", diff_match},
};

}  // namespace dateline::fuzz

// One libFuzzer entry point, in a fuzz_<name>.cpp of its own.
#define DATELINE_FUZZ_TARGET(body)                                                   \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    dateline::fuzz::body(data, size);                                                \
    return 0;                                                                        \
  }
