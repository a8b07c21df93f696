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
// to stdout; an existing path that is not a regular file (/dev/null, /dev/stdout, a FIFO) is
// written in place. Throws dateline::Error on failure.
void write_file_atomic(const std::string& path, std::string_view data);

// Output written piece by piece (a stream of results) with write_file_atomic's guarantee:
// the pieces go to a temporary beside `path`, which commit() flushes and renames over it;
// destroying the writer without commit() removes the temporary. "-" and special files
// (as in write_file_atomic) are written as it goes. Writes are buffered (64 KiB). Throws
// dateline::Error on failure.
class OutputFile {
 public:
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view data);
  void commit();

 private:
  void flush_buffer();

  std::string path_, tmp_;
  int fd_ = -1;
  bool owns_fd_ = false;  // not stdout
  std::string buffer_;
  bool committed_ = false;
};

// Removes the temporary file a write_file_atomic in progress is writing, if any. Async-signal
// safe: for a SIGINT/SIGTERM handler, so an interrupted run leaves no temporary file behind
// (the earlier output file is untouched either way, as the rename never happened).
void remove_pending_temp_file() noexcept;

}  // namespace dateline
