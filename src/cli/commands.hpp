// The subcommands of the dateline CLI. Each add_* declares a subcommand's options on the app
// and returns what runs it when the user chose it. A new subcommand is a new cmd_*.cpp file
// and one line in main.cpp.
#pragma once

#include <dateline/document.hpp>
#include <dateline/ingest.hpp>
#include <dateline/timeline.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace dateline::cli {

constexpr int kExitOk = 0;
constexpr int kExitDifferent = 1;  // diff: the inputs differ
constexpr int kExitTrouble = 2;    // usage or input error

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command add_build(CLI::App& app);
Command add_timex(CLI::App& app);
Command add_render(CLI::App& app);
Command add_diff(CLI::App& app);
Command add_merge(CLI::App& app);
Command add_eval_timex(CLI::App& app);
Command add_eval(CLI::App& app);
Command add_ingest(CLI::App& app);

// Shared option helpers.
std::optional<date::year_month_day> parse_published(const std::string& s);
// --format when given, else -o's extension, else the fallback.
std::string pick_format(const std::string& format, const std::string& out, const std::string& fallback);
// A timeline in one of the output formats (json, dot, svg, ...); throws for an unknown one.
std::string render_as(const Timeline& t, const std::string& format, const std::string& out);

// --jsonl: streams the JSONL articles of each input ("-" is stdin) through `work` and writes
// its results to `out` in input order, `threads` at a time, in bounded memory, with a
// progress line on stderr when it is a terminal.
void stream_jsonl(const std::vector<std::string>& inputs, const std::string& out, unsigned threads,
                  const IngestOptions& options, const std::function<std::string(Document&&)>& work);
// -j: the thread count asked for, 0 meaning one per core.
unsigned thread_count(unsigned asked);

}  // namespace dateline::cli
