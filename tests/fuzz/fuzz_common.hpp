// Shared by the fuzz targets: dateline::Error is the expected answer to bad input; anything
// else escaping (another exception, a crash, a sanitizer report) is a bug.
#pragma once

#include <dateline/dateline.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

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

}  // namespace dateline::fuzz
