// An ingested article: its raw bytes (what offsets index), the text the analysis reads, and
// the map between the two.
#pragma once

#include <dateline/timeline.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct Document {
  DocumentInfo info;
  // The bytes exactly as read: the whole file, or a JSON article's "text" field.
  std::string raw;
  // What the stages analyse: article prose with markup removed. For plain text it is `raw`
  // with front matter blanked to spaces (same length, so offsets are shared).
  std::string text;
  // raw_offset[i] is the raw byte offset of text[i], plus one final entry for text.size().
  // Empty means the identity map (text and raw have the same length and alignment).
  std::vector<std::uint32_t> raw_offset;
  // The raw region the text was taken from: the whole input for plain text, the content of
  // the TEXT element for TimeML (where `dateline timex --format timeml` inserts its tags).
  Span body;
  // The encoding of the input as read: "utf-8", or "utf-16le", "utf-16be", "windows-1252",
  // "iso-8859-1" when ingest converted it to UTF-8. After a conversion `raw` holds the
  // converted UTF-8 (so offsets and sha256 are of it, not of the file's bytes).
  std::string encoding = "utf-8";
  // Notes from ingest (an encoding conversion), carried into the timeline's warnings.
  std::vector<Warning> warnings;

  // The raw offset of analysis offset `pos` (0 <= pos <= text.size()).
  std::size_t to_raw(std::size_t pos) const {
    return raw_offset.empty() ? pos : raw_offset[pos];
  }
  Span to_raw(Span s) const { return {to_raw(s.start), to_raw(s.end)}; }
};

}  // namespace dateline
