// Files: whole reads and atomic writes.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// Reads a whole file ("-" is stdin). Throws dateline::Error for a missing file, a directory
// or a read error.
std::string read_file(const std::string& path);

// Writes `data` to `path` atomically: a temporary file beside it, flushed, then renamed, so
// a reader never sees partial output and a failure leaves any earlier file intact. "-" writes
// to stdout. Throws dateline::Error on failure.
void write_file_atomic(const std::string& path, std::string_view data);

// Removes the temporary file a write_file_atomic in progress is writing, if any. Async-signal
// safe: for a SIGINT/SIGTERM handler, so an interrupted run leaves no temporary file behind
// (the earlier output file is untouched either way, as the rename never happened).
void remove_pending_temp_file() noexcept;

}  // namespace dateline
