// `build --jsonl` and `timex --jsonl`: JSONL articles in, one JSON line per article out.
#include <dateline/error.hpp>
#include <dateline/io.hpp>
#include <dateline/stream.hpp>

#include "cli/commands.hpp"
#include "cli/progress.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

namespace dateline::cli {
namespace {

// An input file descriptor, closed on every way out ("-" is stdin, left open).
class Input {
 public:
  explicit Input(const std::string& path) {
    if (path == "-") return;
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw Error(path, std::string("cannot open: ") + std::strerror(errno));
  }
  ~Input() {
    if (fd_ != STDIN_FILENO) ::close(fd_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_ = STDIN_FILENO;
};

}  // namespace

unsigned thread_count(unsigned asked) {
  if (asked > 0) return asked;
  return std::max(1u, std::thread::hardware_concurrency());
}

void stream_jsonl(const std::vector<std::string>& inputs, const std::string& out, unsigned threads,
                  const IngestOptions& options, const std::function<std::string(Document&&)>& work) {
  std::uint64_t total = 0;
  for (const auto& path : inputs) total += file_size_or_zero(path);
  if (std::count(inputs.begin(), inputs.end(), "-") > 0) total = 0;  // unknown
  OutputFile output(out);
  Progress progress(total);
  std::uint64_t articles = 0, bytes_before = 0;
  for (const auto& path : inputs) {
    Input in(path);
    JsonlReader reader(in.fd(), path == "-" ? "<stdin>" : path, options);
    process_stream([&] { return reader.next(); }, work,
                   [&](std::string&& line) {
                     output.write(line);
                     progress.update(++articles, bytes_before + reader.bytes_read());
                   },
                   StreamOptions{threads, 0});
    bytes_before += reader.bytes_read();
  }
  progress.finish();
  output.commit();
}

}  // namespace dateline::cli
