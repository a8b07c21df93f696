// Streaming: articles in, one result per article out, in bounded memory whatever the input
// size, optionally on several threads with the output in input order.
#pragma once

#include <dateline/document.hpp>
#include <dateline/ingest.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// Reads JSONL articles ({"id", "text", "published", ...} one a line) from a file descriptor
// one at a time. It buffers at most one line plus one read chunk, so memory does not grow
// with the input; a line longer than IngestOptions::max_bytes is an error.
class JsonlReader {
 public:
  // `fd` stays owned by the caller; `name` is used in messages and DocumentInfo::path.
  JsonlReader(int fd, std::string name, IngestOptions options = {});

  // The next article, finished like ingest_file's (path, sha256, publication date), or
  // nullopt at the end of input. Blank lines are skipped. Throws dateline::Error naming the
  // file, line and byte offset for a bad line, a read error, or an input without an article.
  std::optional<Document> next();

  // Bytes consumed so far (for progress).
  std::uint64_t bytes_read() const { return consumed_; }
  const std::string& name() const { return name_; }

 private:
  bool fill();  // reads one more chunk; false at end of input

  int fd_;
  std::string name_;
  IngestOptions options_;
  std::string buf_;
  std::size_t pos_ = 0;        // start of the unread part of buf_
  std::size_t scanned_ = 0;    // buf_[pos_, scanned_) holds no newline
  std::uint64_t offset_ = 0;   // file offset of buf_[0]
  std::uint64_t consumed_ = 0;
  std::size_t line_no_ = 0;
  std::size_t articles_ = 0;
  bool eof_ = false;
};

struct StreamOptions {
  unsigned threads = 1;     // 1: everything on the calling thread
  std::size_t window = 0;   // articles in flight at most; 0 means 4 per thread
};

// Runs `work` over each document `next` yields and hands the results to `emit` in input
// order. `next` and `emit` run on the calling thread; `work` on `threads` worker threads (or
// the calling thread when threads <= 1) and must be safe to call concurrently. At most
// `window` documents and results are held at once. An exception from `work` is rethrown here,
// in input order (results before it are emitted first); one from `next` or `emit` stops the
// workers and propagates.
void process_stream(const std::function<std::optional<Document>()>& next,
                    const std::function<std::string(Document&&)>& work,
                    const std::function<void(std::string&&)>& emit,
                    const StreamOptions& options = {});

}  // namespace dateline
