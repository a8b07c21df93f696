#include "cli/progress.hpp"

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace dateline::cli {

Progress::Progress(std::uint64_t total_bytes)
    : enabled_(::isatty(STDERR_FILENO) == 1), total_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t articles, std::uint64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  draw(articles, bytes, std::chrono::duration<double>(now - start_).count());
}

void Progress::draw(std::uint64_t articles, std::uint64_t bytes, double seconds) {
  if (seconds <= 0) return;
  const double rate = static_cast<double>(articles) / seconds;
  const double mbs = static_cast<double>(bytes) / 1e6 / seconds;
  char line[160];
  int n = std::snprintf(line, sizeof line, "\r%llu articles  %.0f articles/s  %.1f MB/s",
                        static_cast<unsigned long long>(articles), rate, mbs);
  if (total_ > 0 && bytes > 0 && bytes <= total_ && n > 0 && static_cast<std::size_t>(n) < sizeof line) {
    const double fraction = static_cast<double>(bytes) / static_cast<double>(total_);
    const auto eta = static_cast<long long>(seconds * (1 - fraction) / fraction);
    constexpr int kWidth = 20;
    const int filled = static_cast<int>(fraction * kWidth);
    char bar[kWidth + 1];
    for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
    bar[kWidth] = '\0';
    n += std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), "  [%s] %3.0f%%  ETA %lld:%02lld", bar,
                       fraction * 100, eta / 60, eta % 60);
  }
  std::fprintf(stderr, "%s\x1b[K", line);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

std::uint64_t file_size_or_zero(const std::string& path) {
  struct stat st {};
  if (path == "-" || ::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<std::uint64_t>(st.st_size);
}

}  // namespace dateline::cli
