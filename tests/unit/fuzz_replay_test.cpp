// Replays every fuzz corpus file (seeds and kept crashers, tests/fuzz/corpus/<target>/)
// through the same bodies the libFuzzer targets run, so the default and ASan builds — which
// do not build the clang fuzz preset — still catch a regression of any crash once found.
#include "fuzz/fuzz_common.hpp"
#include "support.hpp"

#include <filesystem>
#include <ostream>

namespace dateline::fuzz {
// Test names and messages show the target's name, not its bytes.
inline void PrintTo(const Target& t, std::ostream* os) { *os << t.name; }
}  // namespace dateline::fuzz

namespace dateline {
namespace {

namespace fs = std::filesystem;

class FuzzReplay : public ::testing::TestWithParam<fuzz::Target> {};

TEST_P(FuzzReplay, EveryCorpusFileRunsWithoutCrash) {
  const fuzz::Target target = GetParam();
  const fs::path dir = test::source_dir() / "tests" / "fuzz" / "corpus" / std::string(target.name);
  ASSERT_TRUE(fs::is_directory(dir)) << dir << " is missing: every target needs a seed corpus";
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    SCOPED_TRACE(entry.path().string());
    const std::string data = read_file(entry.path().string());
    // Crashes, sanitizer reports and exceptions other than dateline::Error fail the test.
    EXPECT_NO_THROW(target.run(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()));
    ++files;
  }
  EXPECT_GT(files, 0u) << dir << " is empty";
}

INSTANTIATE_TEST_SUITE_P(Corpus, FuzzReplay, ::testing::ValuesIn(fuzz::kTargets),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dateline
