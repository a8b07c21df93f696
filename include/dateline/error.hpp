// One error type for everything a user can get wrong: bad input, bad usage, I/O failure.
// The CLI prints what() on one line and exits 2, so the message names the file and, where it
// applies, the byte offset.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace dateline {

class Error : public std::runtime_error {
 public:
  // "FILE: message" or "FILE: byte N: message".
  Error(std::string file, std::string message, std::optional<std::size_t> offset = std::nullopt);
  const std::string& file() const { return file_; }
  const std::optional<std::size_t>& offset() const { return offset_; }

 private:
  std::string file_;
  std::optional<std::size_t> offset_;
};

}  // namespace dateline
