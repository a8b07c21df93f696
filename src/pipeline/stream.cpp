// The ordered parallel map behind `build --jsonl -j N`. The calling thread reads documents
// into numbered slots of a ring of `window` slots; workers take the oldest waiting slot and
// fill in its result; the calling thread emits slots strictly in number order. The ring
// bounds memory (at most `window` documents or results exist at once) and the numbering
// makes the output order independent of which worker finishes first.
#include <dateline/stream.hpp>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace dateline {
namespace {

struct Slot {
  enum class State { empty, waiting, running, done } state = State::empty;
  Document doc;
  std::string result;
  std::exception_ptr error;
};

class Ring {
 public:
  Ring(std::size_t window, const std::function<std::string(Document&&)>& work)
      : slots_(window), work_(work) {}

  // Worker loop: run the oldest waiting slot until stopped.
  void serve() {
    std::unique_lock lock(mu_);
    while (true) {
      work_ready_.wait(lock, [&] { return stop_ || next_work_ < next_read_; });
      if (stop_) return;
      Slot& s = slots_[next_work_ % slots_.size()];
      ++next_work_;
      s.state = Slot::State::running;
      Document doc = std::move(s.doc);
      lock.unlock();
      std::string result;
      std::exception_ptr error;
      try {
        result = work_(std::move(doc));
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      s.result = std::move(result);
      s.error = error;
      s.state = Slot::State::done;
      done_.notify_all();
    }
  }

  bool full() const { return next_read_ - next_emit_ == slots_.size(); }
  bool empty() const { return next_read_ == next_emit_; }

  void push(Document&& doc) {
    std::lock_guard lock(mu_);
    Slot& s = slots_[next_read_ % slots_.size()];
    s.doc = std::move(doc);
    s.state = Slot::State::waiting;
    ++next_read_;
    work_ready_.notify_one();
  }

  // Waits for the oldest slot, frees it and returns its result (or rethrows its error).
  std::string pop() {
    std::unique_lock lock(mu_);
    Slot& s = slots_[next_emit_ % slots_.size()];
    done_.wait(lock, [&] { return s.state == Slot::State::done; });
    ++next_emit_;
    s.state = Slot::State::empty;
    std::string result = std::move(s.result);
    s.result = {};
    if (std::exception_ptr e = std::exchange(s.error, nullptr)) std::rethrow_exception(e);
    return result;
  }

  void stop() {
    std::lock_guard lock(mu_);
    stop_ = true;
    work_ready_.notify_all();
  }

 private:
  std::vector<Slot> slots_;
  const std::function<std::string(Document&&)>& work_;
  std::mutex mu_;
  std::condition_variable work_ready_, done_;
  // Slot numbers: emitted <= taken by a worker <= read. Only the calling thread moves
  // next_emit_ and next_read_, so it may read them without the lock.
  std::size_t next_emit_ = 0, next_work_ = 0, next_read_ = 0;
  bool stop_ = false;
};

}  // namespace

void process_stream(const std::function<std::optional<Document>()>& next,
                    const std::function<std::string(Document&&)>& work,
                    const std::function<void(std::string&&)>& emit, const StreamOptions& options) {
  if (options.threads <= 1) {
    while (std::optional<Document> d = next()) emit(work(std::move(*d)));
    return;
  }
  const std::size_t window = options.window > 0 ? options.window : std::size_t{4} * options.threads;
  Ring ring(std::max(window, std::size_t{1}), work);
  std::vector<std::jthread> workers;
  // Stops and joins the workers on every way out, exceptions included.
  struct Stopper {
    Ring& ring;
    std::vector<std::jthread>& workers;
    ~Stopper() {
      ring.stop();
      workers.clear();
    }
  } stopper{ring, workers};
  for (unsigned i = 0; i < options.threads; ++i) workers.emplace_back([&ring] { ring.serve(); });

  bool more = true;
  while (more || !ring.empty()) {
    if (more && !ring.full()) {
      if (std::optional<Document> d = next()) {
        ring.push(std::move(*d));
        continue;
      }
      more = false;
      continue;
    }
    emit(ring.pop());
  }
}

}  // namespace dateline
