// JSONL read one line at a time: the buffer holds the unread rest of the last chunk and at
// most one (partial) line, so memory stays bounded however long the input is.
#include <dateline/error.hpp>
#include <dateline/stream.hpp>

#include "ingest/internal.hpp"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace dateline {
namespace {

constexpr std::size_t kChunk = std::size_t{1} << 16;

}  // namespace

JsonlReader::JsonlReader(int fd, std::string name, IngestOptions options)
    : fd_(fd), name_(std::move(name)), options_(std::move(options)) {
  options_.format = InputFormat::jsonl;
}

bool JsonlReader::fill() {
  if (eof_) return false;
  // Drop the consumed front before growing, so the buffer is one line plus one chunk.
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    offset_ += pos_;
    scanned_ -= pos_;
    pos_ = 0;
  }
  const std::size_t old = buf_.size();
  buf_.resize(old + kChunk);
  while (true) {
    const ssize_t n = ::read(fd_, buf_.data() + old, kChunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int saved = errno;
      buf_.resize(old);
      throw Error(name_, std::string("cannot read: ") + std::strerror(saved), offset_ + old);
    }
    buf_.resize(old + static_cast<std::size_t>(n));
    if (n == 0) eof_ = true;
    return n > 0;
  }
}

std::optional<Document> JsonlReader::next() {
  while (true) {
    // Find the end of the next line, reading more while there is none.
    std::size_t nl = std::string::npos;
    while (true) {
      const void* p = scanned_ < buf_.size() ? std::memchr(buf_.data() + scanned_, '\n', buf_.size() - scanned_) : nullptr;
      if (p) {
        nl = static_cast<std::size_t>(static_cast<const char*>(p) - buf_.data());
        break;
      }
      scanned_ = buf_.size();
      if (buf_.size() - pos_ > options_.max_bytes)
        throw Error(name_, "line " + std::to_string(line_no_ + 1) + " is longer than the limit of " +
                               std::to_string(options_.max_bytes) + " bytes", offset_ + pos_);
      if (!fill()) break;
    }
    if (nl == std::string::npos && pos_ == buf_.size()) {
      if (articles_ == 0) throw Error(name_, consumed_ == 0 ? "empty file" : "no article in the JSONL file");
      return std::nullopt;
    }
    const std::size_t end = nl == std::string::npos ? buf_.size() : nl;
    if (end - pos_ > options_.max_bytes)
      throw Error(name_, "line " + std::to_string(line_no_ + 1) + " is longer than the limit of " +
                             std::to_string(options_.max_bytes) + " bytes", offset_ + pos_);
    std::string_view line(buf_.data() + pos_, end - pos_);
    const std::uint64_t line_offset = offset_ + pos_;
    if (line_offset == 0 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    const std::uint64_t start = line_offset + (line_offset == 0 && line.size() < end - pos_ ? 3 : 0);
    ++line_no_;
    pos_ = nl == std::string::npos ? buf_.size() : nl + 1;
    scanned_ = pos_;
    consumed_ = offset_ + pos_;
    if (ingest::trim(line).empty()) continue;
    Document doc = ingest::jsonl_article(line, name_, line_no_, static_cast<std::size_t>(start), options_);
    ++articles_;
    return doc;
  }
}

}  // namespace dateline
