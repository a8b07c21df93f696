// Shared by the readers of src/ingest: one function per input format, and the date helpers.
#pragma once

#include <dateline/document.hpp>
#include <dateline/ingest.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::ingest {

// Each reader fills raw, text, raw_offset, body and what metadata the file states (title,
// published with basis metadata, source, url). `bytes` is valid UTF-8 without NUL bytes.
Document read_text(std::string bytes, std::string_view name);  // plain text and Markdown
Document read_timeml(std::string bytes, std::string_view name);
Document read_html(std::string bytes, std::string_view name);
// JSON: one article object (or an array of them); JSONL: one object a line.
std::vector<Document> read_json(std::string_view bytes, std::string_view name);
std::vector<Document> read_jsonl(std::string_view bytes, std::string_view name);
// One JSONL line (not blank) that starts at byte `offset` of the file and is line `line_no`.
Document read_jsonl_line(std::string_view line, std::string_view name, std::size_t line_no, std::size_t offset);
// The same, checked (NUL, UTF-8, empty text) and finished like every ingested document
// (path, sha256, publication date): what JsonlReader yields.
Document jsonl_article(std::string_view line, std::string_view name, std::size_t line_no,
                       std::size_t offset, const IngestOptions& options);

// The input's encoding, and whether `to_utf8` converted the bytes.
struct Encoding {
  std::string name;  // "utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1"
  bool converted = false;
};
// UTF-16 with a byte order mark, or Windows-1252/Latin-1 (invalid UTF-8 that reads as such
// prose), is converted to UTF-8 in place. Throws dateline::Error with the byte offset for
// invalid UTF-16 and for invalid UTF-8 that is not Windows-1252.
Encoding to_utf8(std::string& bytes, const std::string& file);

// "2021-03-18", "2021-03-18T10:00:00Z", "20210318", and year-first "2021/03/18" or
// "2021.03.18": the calendar day it starts with.
std::optional<date::year_month_day> parse_iso_day(std::string_view s);

// What the opening of an article's text says about its publication: a news dateline
// ("MOSCOW, March 18 (Reuters) -") or a date on a line of its own near the top.
struct TextDate {
  std::optional<date::year_month_day> day;
  PublishedBasis basis = PublishedBasis::unknown;  // dateline or text when day is set
  std::optional<std::string> source;               // "Reuters" from "(Reuters)"
};
// Without want_day only `source` is looked for (the caller knows the date): the same source,
// found without segmenting lines that cannot hold a dateline with an agency.
TextDate find_text_date(std::string_view text, bool want_day = true);

// Removes leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);
// ASCII lower case (names, keys and extensions are ASCII).
std::string lower(std::string_view s);

}  // namespace dateline::ingest
