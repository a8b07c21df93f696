#include <dateline/error.hpp>
#include <dateline/io.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <iterator>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace dateline {
namespace {

std::string errno_text() { return std::strerror(errno); }

// The temporary file being written, for remove_pending_temp_file() in a signal handler: a
// fixed buffer (no allocation there) guarded by a flag that is set only once it is filled.
char g_pending_temp[4096];
volatile std::sig_atomic_t g_pending_set = 0;

// Registers `tmp` for the duration of one write; unregisters on destruction.
void register_pending(const std::string& tmp) {
  g_pending_set = 0;  // a signal while the buffer is rewritten must not read half a path
  if (tmp.size() >= sizeof g_pending_temp) return;  // too long to track; the write still works
  std::memcpy(g_pending_temp, tmp.c_str(), tmp.size() + 1);
  g_pending_set = 1;
}

void unregister_pending() { g_pending_set = 0; }

class PendingTemp {
 public:
  explicit PendingTemp(const std::string& tmp) { register_pending(tmp); }
  ~PendingTemp() { unregister_pending(); }
  PendingTemp(const PendingTemp&) = delete;
  PendingTemp& operator=(const PendingTemp&) = delete;
};

// Writes everything or throws; retries short writes and EINTR.
void write_all(int fd, std::string_view data, const std::string& name) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(name, "cannot write: " + errno_text());
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

// An existing path that is not a regular file or a folder: a terminal, /dev/null, a FIFO,
// /dev/stdout (through its symlink). Such a target is written in place: a temporary renamed
// over it would replace the device node or symlink with a plain file.
bool is_special(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

// Opens a special file for writing in place (no create, no truncate: devices and FIFOs
// have no length).
int open_special(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path, "cannot open for writing: " + errno_text());
  return fd;
}

}  // namespace

std::string read_file(const std::string& path) {
  // Standard input is read with read(2) too, so that a failure (a closed descriptor, a
  // directory) is an error with its reason rather than an empty article.
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  int fd = is_stdin ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(name, is_stdin ? "cannot read standard input: " + errno_text() : "cannot open: " + errno_text());
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error(name, "is a directory, not a file");
  }
  std::string out;
  if (st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      errno = saved;
      throw Error(name, "cannot read: " + errno_text());
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

void write_file_atomic(const std::string& path, std::string_view data) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    if (!std::cout) throw Error("<stdout>", "cannot write standard output");
    return;
  }
  if (is_special(path)) {
    const int fd = open_special(path);
    try {
      write_all(fd, data, path);
    } catch (...) {
      ::close(fd);
      throw;
    }
    ::close(fd);
    return;
  }
  std::random_device rd;
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
  const PendingTemp pending(tmp);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(path, "cannot create: " + errno_text());
  try {
    write_all(fd, data, path);
    if (::fsync(fd) != 0) throw Error(path, "cannot flush: " + errno_text());
  } catch (...) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw Error(path, "cannot write: " + errno_text());
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    throw Error(path, "cannot replace: " + errno_text());
  }
}

OutputFile::OutputFile(const std::string& path) : path_(path) {
  if (path == "-") {
    std::cout.flush();
    fd_ = STDOUT_FILENO;
    return;
  }
  if (is_special(path)) {
    fd_ = open_special(path);
    owns_fd_ = true;
    return;
  }
  std::random_device rd;
  tmp_ = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
  // Registered for the writer's whole life, so an interrupted stream leaves no temporary.
  register_pending(tmp_);
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    unregister_pending();
    throw Error(path, "cannot create: " + errno_text());
  }
  owns_fd_ = true;
}

OutputFile::~OutputFile() {
  if (committed_ || !owns_fd_) return;
  ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
  unregister_pending();
}

void OutputFile::flush_buffer() {
  write_all(fd_, buffer_, path_ == "-" ? "<stdout>" : path_);
  buffer_.clear();
}

void OutputFile::write(std::string_view data) {
  constexpr std::size_t kBuffer = std::size_t{1} << 16;
  buffer_.append(data);
  if (buffer_.size() >= kBuffer) flush_buffer();
}

void OutputFile::commit() {
  if (committed_) return;
  flush_buffer();
  if (tmp_.empty()) {
    committed_ = true;
    if (owns_fd_ && ::close(fd_) != 0) throw Error(path_, "cannot write: " + errno_text());
    return;
  }
  if (::fsync(fd_) != 0) throw Error(path_, "cannot flush: " + errno_text());
  committed_ = true;
  const int rc = ::close(fd_);
  if (rc != 0 || ::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const int saved = errno;
    ::unlink(tmp_.c_str());
    errno = saved;
    unregister_pending();
    throw Error(path_, (rc != 0 ? "cannot write: " : "cannot replace: ") + errno_text());
  }
  unregister_pending();
}

void remove_pending_temp_file() noexcept {
  if (g_pending_set) ::unlink(g_pending_temp);
}

}  // namespace dateline
