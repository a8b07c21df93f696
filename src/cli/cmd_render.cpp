#include <dateline/io.hpp>
#include <dateline/json.hpp>

#include "cli/commands.hpp"

#include <memory>

namespace dateline::cli {

Command add_render(CLI::App& app) {
  struct Options {
    std::string input, out, format;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("render", "Render a saved timeline JSON");
  sub->add_option("TIMELINE", o->input, "A timeline JSON file, or - for stdin")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout")->required();
  sub->add_option("--format", o->format, "dot, svg, html or timelinejs (default: from -o's extension)");
  return {sub, [o] {
            const Timeline t = timeline_from_json(read_file(o->input), o->input == "-" ? "<stdin>" : o->input);
            write_file_atomic(o->out, render_as(t, pick_format(o->format, o->out, "svg"), o->out));
            return kExitOk;
          }};
}

}  // namespace dateline::cli
