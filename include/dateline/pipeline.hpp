// The whole path from articles to a timeline.
#pragma once

#include <dateline/document.hpp>
#include <dateline/timeline.hpp>

#include <vector>

namespace dateline {

struct BuildOptions {
  bool reason = true;  // run date reasoning over the graph
};

// Builds one timeline from the documents: numbers them d1, d2, ..., segments, tags timexes,
// finds actors and events, links them, reasons about dates and merges duplicates.
Timeline build_timeline(std::vector<Document> documents, const BuildOptions& = {});

// The library version, "MAJOR.MINOR.PATCH".
const char* version();

}  // namespace dateline
