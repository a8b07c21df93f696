// `dateline diff A B`: what each of two reports says that the other does not. A and B are
// timelines (JSON) or articles (built on the fly). Exit status as diff(1): 0 the same, 1
// different, 2 trouble. `--score GOLD SYSTEM` prints the scorer's figures instead.
#include <dateline/diff.hpp>
#include <dateline/error.hpp>
#include <dateline/eval.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace dateline::cli {
namespace {

// A dateline.timeline JSON file (a gold file too), as opposed to an article.
bool is_timeline_json(std::string_view bytes) {
  const auto first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] != '{') return false;
  const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (!j.is_object()) return false;
  auto s = j.find("schema");
  return s != j.end() && s->is_string() && s->get<std::string>().starts_with("dateline.timeline/");
}

struct Input {
  std::string name;
  std::string json;  // the timeline JSON as read, or as built
  Timeline timeline;
};

Input load(const std::string& path) {
  Input in;
  in.name = path == "-" ? "<stdin>" : path;
  std::string bytes = read_file(path);
  if (is_timeline_json(bytes)) {
    in.timeline = timeline_from_json(bytes, in.name);
    in.json = std::move(bytes);
  } else {
    in.timeline = build_timeline(ingest_bytes(std::move(bytes), in.name, IngestOptions{}));
    in.json = to_json(in.timeline);
  }
  return in;
}

bool want_color(const std::string& mode, const std::string& out) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (mode != "auto") throw Error("--color", "expected auto, always or never, got \"" + mode + "\"");
  if (std::getenv("NO_COLOR")) return false;
  return out == "-" && isatty(fileno(stdout));
}

}  // namespace

Command add_diff(CLI::App& app) {
  struct Options {
    std::string a, b, out = "-", format, color = "auto";
    bool score = false;
    AlignOptions align;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("diff", "Compare two reports: aligned events, their changes, one-sided events");
  sub->add_option("A", o->a, "Timeline JSON or article (- for stdin); with --score, the gold timeline")->required();
  sub->add_option("B", o->b, "Timeline JSON or article; with --score, the system timeline")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout (default)");
  sub->add_option("--format", o->format, "text (default), json, svg, html or dot (default: from -o's extension)");
  sub->add_option("--color", o->color, "auto (default: on a terminal), always or never");
  sub->add_flag("--score", o->score, "Score B against the gold timeline A (as eval-timeline), same matcher");
  sub->add_option("--min-score", o->align.min_score, "Cross-document alignment threshold (default 0.5)");
  sub->add_option("--date-slack", o->align.date_slack_days, "Days two dates may be apart and still align (default 2)");
  return {sub, [o] {
            if (o->a == "-" && o->b == "-") throw Error("diff", "only one of A and B can be stdin");
            std::string fmt = pick_format(o->format, o->out, "text");
            if (fmt == "txt") fmt = "text";
            if (o->score) {
              if (fmt != "text" && fmt != "json") throw Error(o->out, "--score writes text or json");
              const std::string gold = read_file(o->a);  // first, so a missing gold is named first
              const Input system = load(o->b);
              const TimelineScore s = score_timeline(gold, o->a, system.json, system.name);
              write_file_atomic(o->out, fmt == "json" ? score_json(s) + "\n" : score_text(s));
              return kExitOk;
            }
            if (fmt != "text" && fmt != "json" && fmt != "svg" && fmt != "html" && fmt != "htm" && fmt != "dot")
              throw Error(o->out, "unknown diff format \"" + fmt + "\" (text, json, svg, html or dot)");
            const bool color = fmt == "text" && want_color(o->color, o->out);
            const Input a = load(o->a);
            const Input b = load(o->b);
            const TimelineDiff d = diff_timelines(a.timeline, b.timeline, o->align);
            const DiffNames names{a.name, b.name};
            std::string text;
            if (fmt == "text") text = diff_text(a.timeline, b.timeline, d, names, color);
            else if (fmt == "json") text = diff_json(a.timeline, b.timeline, d, names);
            else if (fmt == "dot") text = diff_dot(a.timeline, b.timeline, d, names);
            else if (fmt == "svg") text = diff_svg(a.timeline, b.timeline, d, names);
            else text = diff_html(a.timeline, b.timeline, d, names);
            write_file_atomic(o->out, text);
            return d.same() ? kExitOk : kExitDifferent;
          }};
}

}  // namespace dateline::cli
