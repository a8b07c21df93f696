// A minimal TimeML reader for evaluation: the DCT, the plain string content of TEXT (tags
// stripped, entities decoded, as an XML parser yields it) and the gold TIMEX3s in it. Kept
// private to the evaluation; real ingest of TimeML lives in src/ingest.
#pragma once

#include <dateline/document.hpp>

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dateline::eval {

struct GoldTimex {
  std::uint32_t start = 0;  // offsets into TimemlFile::plain
  std::uint32_t end = 0;
  std::string tid, type, value, mod;
};

struct TimemlFile {
  std::string raw;
  std::size_t text_begin = 0;  // raw offsets of the TEXT element's content
  std::size_t text_end = 0;
  std::string plain;                       // TEXT's string content
  std::vector<std::uint32_t> plain_to_raw;  // raw offset of plain[i], plus one final entry
  std::optional<date::year_month_day> dct;
  std::vector<GoldTimex> timexes;  // the TIMEX3s inside TEXT (without nested markup)
};

// Throws dateline::Error naming `name` and the byte offset for malformed input.
TimemlFile read_timeml(std::string raw, const std::string& name);

// The file as a Document whose text is the plain TEXT content and whose body is TEXT's raw
// span, ready for timexes_to_timeml().
Document to_document(const TimemlFile& f, const std::string& name);

}  // namespace dateline::eval
