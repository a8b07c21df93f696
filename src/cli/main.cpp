// The dateline command: argument parsing and output routing only. Everything it does is a
// library call, so that the library is the product and the CLI one of its users.
#include <dateline/error.hpp>
#include <dateline/pipeline.hpp>

#include "cli/commands.hpp"

#include <dateline/io.hpp>

#include <csignal>
#include <iostream>
#include <unistd.h>
#include <vector>

namespace {

// SIGINT, SIGTERM, SIGHUP: remove a half-written temporary output (the previous output file
// is intact, as the rename never happened), say so, and die of the signal as usual.
extern "C" void on_interrupt(int sig) {
  dateline::remove_pending_temp_file();
  static const char msg[] = "dateline: interrupted by a signal; no output written, any earlier output left intact\n";
  [[maybe_unused]] const auto n = ::write(STDERR_FILENO, msg, sizeof msg - 1);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void install_signal_handlers() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
  // Past `ulimit -f`, write() then fails with EFBIG and the error path cleans up and reports,
  // instead of the process dying of SIGXFSZ with a partial temporary file left behind.
  std::signal(SIGXFSZ, SIG_IGN);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace dateline::cli;
  install_signal_handlers();
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
