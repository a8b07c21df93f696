// A one-line progress display on stderr for long streaming runs: articles, articles/s, MB/s
// and, when the input size is known, percent and ETA. Silent unless stderr is a terminal, so
// logs and pipes never see it.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace dateline::cli {

class Progress {
 public:
  // total_bytes: the input size, 0 when unknown (stdin, a pipe).
  explicit Progress(std::uint64_t total_bytes);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Redraws at most about ten times a second.
  void update(std::uint64_t articles, std::uint64_t bytes);
  // Clears the line.
  void finish();

 private:
  void draw(std::uint64_t articles, std::uint64_t bytes, double seconds);

  bool enabled_;
  bool drawn_ = false;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_;
};

// The size of a regular file, 0 for "-", a pipe or anything unreadable.
std::uint64_t file_size_or_zero(const std::string& path);

}  // namespace dateline::cli
