// The dateline command: argument parsing and output routing only. Everything it does is a
// library call, so that the library is the product and the CLI one of its users.
#include <dateline/error.hpp>
#include <dateline/pipeline.hpp>

#include "cli/commands.hpp"

#include <iostream>
#include <vector>

int main(int argc, char** argv) {
  using namespace dateline::cli;
  CLI::App app{"dateline: timelines of diplomatic events from news articles"};
  app.set_version_flag("--version", std::string("dateline ") + dateline::version());
  app.require_subcommand(1);

  // One line a subcommand, in the order --help lists them.
  const std::vector<Command> commands{
      add_build(app),
      add_timex(app),
      add_render(app),
      add_diff(app),
      add_merge(app),
      add_eval_timex(app),
      add_eval(app),
      add_ingest(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitTrouble;
  }
  try {
    for (const Command& c : commands)
      if (c.app->parsed()) return c.run();
  } catch (const dateline::Error& e) {
    std::cerr << "dateline: " << e.what() << "\n";
    return kExitTrouble;
  } catch (const std::exception& e) {
    std::cerr << "dateline: internal error: " << e.what() << "\n";
    return kExitTrouble;
  }
  return kExitTrouble;
}
