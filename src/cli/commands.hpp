// The subcommands of the dateline CLI. Each add_* declares a subcommand's options on the app
// and returns what runs it when the user chose it. A new subcommand is a new cmd_*.cpp file
// and one line in main.cpp.
#pragma once

#include <dateline/timeline.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

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

// Shared option helpers.
std::optional<date::year_month_day> parse_published(const std::string& s);
// --format when given, else -o's extension, else the fallback.
std::string pick_format(const std::string& format, const std::string& out, const std::string& fallback);
// A timeline in one of the output formats (json, dot, svg, ...); throws for an unknown one.
std::string render_as(const Timeline& t, const std::string& format, const std::string& out);

}  // namespace dateline::cli
