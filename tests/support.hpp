// Shared helpers for the test suites: where things are, and running the CLI.
#pragma once

#include <dateline/error.hpp>
#include <dateline/io.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>

namespace dateline::test {

inline std::filesystem::path source_dir() { return DATELINE_SOURCE_DIR; }

// ../shared beside the project (DATELINE_SHARED overrides); empty when it is not there, so
// tests that need the corpus can skip with a message.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("DATELINE_SHARED")) return env;
  auto p = source_dir().parent_path() / "shared";
  return std::filesystem::exists(p / "corpus") ? p : std::filesystem::path{};
}

#define DATELINE_REQUIRE_SHARED()                                                  \
  do {                                                                             \
    if (::dateline::test::shared_dir().empty())                                    \
      GTEST_SKIP() << "../shared is not present; set DATELINE_SHARED to run this"; \
  } while (0)

inline std::filesystem::path seed_article() {
  return shared_dir() / "corpus" / "seed" / "putin-biden-reuters.txt";
}

// The bundled example (with front matter), always present in the tree.
inline std::filesystem::path example_article() {
  return source_dir() / "timelines" / "examples" / "putin-biden-reuters.md";
}

// A fresh temporary directory, removed at destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dateline-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs the dateline CLI with `args` (already shell-quoted by the caller where needed).
inline CliResult run_cli(const std::string& args, const std::string& stdin_file = "") {
  TempDir tmp;
  std::string cmd = std::string("'") + DATELINE_CLI + "' " + args + " >'" + (tmp / "out").string() +
                    "' 2>'" + (tmp / "err").string() + "'";
  if (!stdin_file.empty()) cmd += " <'" + stdin_file + "'";
  else cmd += " </dev/null";
  int rc = std::system(cmd.c_str());
  CliResult r;
  r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = read_file((tmp / "out").string());
  r.err = read_file((tmp / "err").string());
  return r;
}

// Validates `json` against docs/timeline.schema.json with tests/validate_schema.py
// (python3-jsonschema, a declared dependency: scripts/setup.sh installs it). Returns the
// validator's exit status (0 valid, 1 invalid, 2 unreadable) and its messages in `messages`.
inline int validate_timeline_json(const std::string& json, std::string* messages = nullptr) {
  TempDir tmp;
  write_file_atomic((tmp / "timeline.json").string(), json);
  const std::string cmd = "python3 '" + (source_dir() / "tests" / "validate_schema.py").string() + "' '" +
                          (source_dir() / "docs" / "timeline.schema.json").string() + "' '" +
                          (tmp / "timeline.json").string() + "' >'" + (tmp / "out").string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  if (messages) *messages = read_file((tmp / "out").string());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// Every test that produces timeline JSON should call this on it: the output must keep to the
// published contract (dateline.timeline/1).
inline void expect_valid_timeline_json(const std::string& json) {
  std::string messages;
  EXPECT_EQ(validate_timeline_json(json, &messages), 0) << messages;
}

// The message of the dateline::Error `fn` throws ("" if it does not throw one).
template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace dateline::test
