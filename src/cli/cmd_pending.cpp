// diff: declared so that scripts can rely on the name; it has its own issue.
#include "cli/commands.hpp"

#include <iostream>
#include <memory>

namespace dateline::cli {
namespace {

Command pending(CLI::App& app, const char* name, const char* what) {
  auto rest = std::make_shared<std::vector<std::string>>();
  auto* sub = app.add_subcommand(name, what);
  sub->add_option("INPUT", *rest, "Inputs");
  return {sub, [name] {
            std::cerr << "dateline " << name << ": not ready yet\n";
            return kExitTrouble;
          }};
}

}  // namespace

Command add_diff(CLI::App& app) { return pending(app, "diff", "Compare two reports (not ready yet)"); }

}  // namespace dateline::cli
