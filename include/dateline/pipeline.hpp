// The whole path from articles to a timeline.
#pragma once

#include <dateline/document.hpp>
#include <dateline/timeline.hpp>

#include <cstddef>
#include <vector>

namespace dateline {

struct BuildOptions {
  bool reason = true;  // run date reasoning over the graph
  // A document yielding more events than this is refused with a dateline::Error naming it
  // (scraped pages that are not articles: tables, logs, generated lists).
  std::size_t max_events_per_document = 10000;
};

// Builds one timeline from the documents: numbers them d1, d2, ..., segments, tags timexes,
// finds actors and events, links them, reasons about dates and merges duplicates.
Timeline build_timeline(std::vector<Document> documents, const BuildOptions& = {});

// The library version, "MAJOR.MINOR.PATCH".
const char* version();

}  // namespace dateline
