// The timeline JSON contract (dateline.timeline/1): writing and reading.
#pragma once

#include <dateline/timeline.hpp>

#include <string>
#include <string_view>

namespace dateline {

// Pretty-printed JSON, keys in the spec's order, ending with a newline.
std::string to_json(const Timeline& timeline);

// The same JSON compact on one line, ending with a newline: one line of a JSONL stream.
std::string to_json_line(const Timeline& timeline);

// Parses and checks a timeline. Throws dateline::Error naming `name` and the byte offset of
// a syntax error, or the JSON path of a field of the wrong shape.
Timeline timeline_from_json(std::string_view json, std::string_view name);

}  // namespace dateline
