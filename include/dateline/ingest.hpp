// Reading articles: plain text, Markdown, HTML, TimeML, JSON and JSONL.
#pragma once

#include <dateline/document.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

enum class InputFormat { automatic, text, markdown, html, timeml, json, jsonl };

struct IngestOptions {
  InputFormat format = InputFormat::automatic;
  // --published: overrides every other source of the publication date.
  std::optional<date::year_month_day> published;
  std::size_t max_bytes = std::size_t{256} << 20;  // refuse larger inputs
  // Read the agency ("(Reuters)") from the text when no metadata names the source. Off where
  // the source is never shown (`timex` prints path, date and sha256): the scan of the first
  // lines was 5% of `timex --jsonl` without sha256.
  bool read_source = true;
};

// Reads one file ("-" is stdin) and returns its articles (JSONL may hold many). Document ids
// are left empty; build() numbers them. Throws dateline::Error naming the file and, where it
// applies, the byte offset, for unreadable, empty, binary (NUL) or invalid UTF-8 input.
std::vector<Document> ingest_file(const std::string& path, const IngestOptions& = {});

// The same from bytes already in memory; `name` is used in messages and DocumentInfo::path.
std::vector<Document> ingest_bytes(std::string bytes, std::string_view name,
                                   const IngestOptions& = {});

// The format implied by a file name's extension (automatic when it says nothing).
InputFormat format_from_path(std::string_view path);

}  // namespace dateline
