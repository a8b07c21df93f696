// The dateline command: argument parsing and output routing only. Everything it does is a
// library call, so that the library is the product and the CLI one of its users.
#include <dateline/dateline.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace dateline;

constexpr int kExitOk = 0;
constexpr int kExitTrouble = 2;  // usage or input error (1 is "differences found" in diff)

std::optional<date::year_month_day> parse_published(const std::string& s) {
  if (s.empty()) return std::nullopt;
  auto d = parse_day(s);
  if (!d) throw Error("--published", "expected a date YYYY-MM-DD, got \"" + s + "\"");
  return date::year_month_day{*d};
}

// The output format: --format when given, else -o's extension, else the fallback.
std::string pick_format(const std::string& format, const std::string& out, const std::string& fallback) {
  if (!format.empty()) return format;
  auto dot = out.rfind('.');
  if (out != "-" && dot != std::string::npos) return out.substr(dot + 1);
  return fallback;
}

std::string render_as(const Timeline& t, const std::string& format, const std::string& out) {
  if (format == "json") return to_json(t);
  if (format == "dot" || format == "gv") return to_dot(t);
  if (format == "svg") return to_svg(t);
  throw Error(out, "unknown output format \"" + format + "\" (json, dot or svg)");
}

int run_build(const std::vector<std::string>& inputs, const std::string& out, const std::string& format,
              const std::string& published) {
  IngestOptions opts;
  opts.published = parse_published(published);
  const std::string fmt = pick_format(format, out, "json");
  std::vector<Document> docs;
  for (const auto& path : inputs) {
    auto part = ingest_file(path, opts);
    for (auto& d : part) docs.push_back(std::move(d));
  }
  Timeline t = build_timeline(std::move(docs));
  write_file_atomic(out, render_as(t, fmt, out));
  return kExitOk;
}

int run_timex(const std::string& input, const std::string& out, const std::string& format,
              const std::string& published) {
  IngestOptions opts;
  opts.published = parse_published(published);
  auto docs = ingest_file(input, opts);
  std::string result;
  for (const Document& d : docs) {
    const Segmented seg = segment(d.text);
    const auto found = find_timexes(seg, TimexOptions{d.info.published});
    if (format == "json" || format.empty()) result += timexes_to_json(d, found);
    else throw Error(out, "unknown timex format \"" + format + "\" (json)");
  }
  write_file_atomic(out, result);
  return kExitOk;
}

int run_render(const std::string& input, const std::string& out, const std::string& format) {
  const std::string text = read_file(input);
  Timeline t = timeline_from_json(text, input);
  write_file_atomic(out, render_as(t, pick_format(format, out, "svg"), out));
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dateline: timelines of diplomatic events from news articles"};
  app.set_version_flag("--version", std::string("dateline ") + dateline::version());
  app.require_subcommand(1);

  std::vector<std::string> inputs;
  std::string out = "-", format, published;

  auto* build = app.add_subcommand("build", "Build the timeline of one or more articles");
  build->add_option("FILE", inputs, "Articles: .txt .md .html .tml .json .jsonl, or - for stdin")->required();
  build->add_option("-o,--output", out, "Output file, - for stdout (default)");
  build->add_option("--format", format, "json, dot or svg (default: from -o's extension, else json)");
  build->add_option("--published", published, "Publication date YYYY-MM-DD, overriding the article's");

  std::string single;
  auto* timex = app.add_subcommand("timex", "List the temporal expressions of an article");
  timex->add_option("FILE", single, "The article, or - for stdin")->required();
  timex->add_option("-o,--output", out, "Output file, - for stdout (default)");
  timex->add_option("--format", format, "json (default)");
  timex->add_option("--published", published, "Publication date YYYY-MM-DD, overriding the article's");

  auto* render = app.add_subcommand("render", "Render a saved timeline JSON");
  render->add_option("TIMELINE", single, "A timeline JSON file, or - for stdin")->required();
  render->add_option("-o,--output", out, "Output file, - for stdout")->required();
  render->add_option("--format", format, "dot or svg (default: from -o's extension)");

  std::vector<std::string> rest;
  auto* diff = app.add_subcommand("diff", "Compare two reports (not ready yet)");
  diff->add_option("INPUT", rest, "Two articles or timelines");
  auto* merge = app.add_subcommand("merge", "Merge timelines (not ready yet)");
  merge->add_option("TIMELINE", rest, "Timeline JSON files");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitTrouble;
  }

  try {
    if (*build) return run_build(inputs, out, format, published);
    if (*timex) return run_timex(single, out, format, published);
    if (*render) return run_render(single, out, format);
    if (*diff || *merge) {
      std::cerr << "dateline " << (*diff ? "diff" : "merge") << ": not ready yet\n";
      return kExitTrouble;
    }
  } catch (const dateline::Error& e) {
    std::cerr << "dateline: " << e.what() << "\n";
    return kExitTrouble;
  } catch (const std::exception& e) {
    std::cerr << "dateline: internal error: " << e.what() << "\n";
    return kExitTrouble;
  }
  return kExitTrouble;
}
