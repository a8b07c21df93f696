// How build time grows with the size of pathological inputs: one sentence of many megabytes,
// dates in a row, deeply nested quotes, one enormous token. Each is built at 1x, 2x, 4x and
// 8x its base size (8x = the sizes the hostile-input issue names); the ratio of successive
// times should stay near 2 (linear) and never approach 4 (quadratic).
// Not a test: run by hand, see docs/hostile-input.md. usage: growth_bench [CASE]
#include <dateline/dateline.hpp>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

namespace {

std::string one_sentence(std::size_t bytes) {
  // Words and commas, never a full stop: a scraped page whose markup lost its punctuation.
  static const std::string words = "the envoy met officials of the ministry in the capital, and ";
  std::string s = "GENEVA, May 4 (Wire) - ";
  while (s.size() < bytes) s += words;
  return s;
}

std::string dates_in_a_row(std::size_t n) {
  std::string s = "On ";
  for (std::size_t i = 0; i < n; ++i) s += "March " + std::to_string(1 + i % 28) + ", " + std::to_string(1990 + i % 30) + ", ";
  return s + "talks were held.\n";
}

std::string nested_quotes(std::size_t depth) {
  std::string s = "The minister said ";
  for (std::size_t i = 0; i < depth; ++i) s += i % 2 ? "'he said " : "\"she said ";
  s += "talks resumed on Tuesday";
  for (std::size_t i = depth; i-- > 0;) s += i % 2 ? "'" : "\"";
  return s + ".\n";
}

std::string one_token(std::size_t bytes) { return "Talks on Tuesday: " + std::string(bytes, 'a') + ".\n"; }

double build_seconds(const std::string& text) {
  const auto t0 = std::chrono::steady_clock::now();
  dateline::IngestOptions o;
  o.format = dateline::InputFormat::text;
  o.published = date::year{2021} / 3 / 18;
  auto docs = dateline::ingest_bytes(text, "bench.txt", o);
  const dateline::Timeline t = dateline::build_timeline(std::move(docs));
  (void)dateline::to_json(t);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

struct Case {
  const char* name;
  const char* unit;
  std::size_t base;  // the 1x size; 8x is the figure
  std::function<std::string(std::size_t)> make;
};

}  // namespace

int main(int argc, char** argv) {
  const Case cases[] = {
      {"one-sentence", "bytes", 10'000'000 / 8, one_sentence},
      {"dates-in-a-row", "dates", 100'000 / 8, dates_in_a_row},
      {"nested-quotes", "levels", 10'000 / 8, nested_quotes},
      {"one-token", "bytes", 1'000'000 / 8, one_token},
  };
  std::printf("%-16s %6s %12s %12s %10s %8s\n", "case", "scale", "size", "input bytes", "seconds", "ratio");
  for (const Case& c : cases) {
    if (argc > 1 && std::strcmp(argv[1], c.name) != 0) continue;
    double previous = 0;
    for (std::size_t scale : {1, 2, 4, 8}) {
      const std::string text = c.make(c.base * scale);
      double secs = 0;
      try {
        secs = build_seconds(text);
      } catch (const dateline::Error& e) {
        std::printf("%-16s %5zux: error: %s\n", c.name, scale, e.what());
        break;
      }
      std::printf("%-16s %5zux %12zu %12zu %10.3f %8s\n", c.name, scale, c.base * scale, text.size(), secs,
                  previous > 0 ? std::to_string(secs / previous).substr(0, 5).c_str() : "-");
      std::fflush(stdout);
      previous = secs;
      if (secs > 120) {
        std::printf("%-16s stopping: over two minutes\n", c.name);
        break;
      }
    }
  }
}
