// `dateline merge A.json B.json ... [-o OUT]`: one timeline of several saved ones. No date
// reasoning by default, so that merging stays associative: merge(merge(a, b), c) is
// merge(a, b, c). --reason runs it on the result: the last step of a map-reduce.
#include <dateline/graph.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>

#include "cli/commands.hpp"

#include <memory>

namespace dateline::cli {

Command add_merge(CLI::App& app) {
  struct Options {
    std::vector<std::string> inputs;
    std::string out = "-", format;
    bool reason = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("merge", "Merge saved timelines: the same event from several reports becomes one");
  sub->add_option("TIMELINE", o->inputs, "Timeline JSON files (- for stdin)")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout (default)");
  sub->add_option("--format", o->format, "json, dot or svg (default: from -o's extension, else json)");
  sub->add_flag("--reason", o->reason, "Reason about dates over the merged timeline (a final step)");
  return {sub, [o] {
            const std::string fmt = pick_format(o->format, o->out, "json");
            std::vector<Timeline> parts;
            for (const auto& path : o->inputs)
              parts.push_back(timeline_from_json(read_file(path), path == "-" ? "<stdin>" : path));
            Timeline merged = merge(parts);
            if (o->reason) reason_dates(merged);
            write_file_atomic(o->out, render_as(merged, fmt, o->out));
            return kExitOk;
          }};
}

}  // namespace dateline::cli
