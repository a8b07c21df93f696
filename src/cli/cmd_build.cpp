#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include "cli/commands.hpp"

#include <limits>
#include <memory>

namespace dateline::cli {

Command add_build(CLI::App& app) {
  struct Options {
    std::vector<std::string> inputs;
    std::string out = "-", format, published;
    bool no_reason = false, jsonl = false;
    unsigned threads = 1;
    std::size_t max_bytes = IngestOptions{}.max_bytes;
    std::size_t max_events = BuildOptions{}.max_events_per_document;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("build", "Build the timeline of one or more articles");
  sub->add_option("FILE", o->inputs, "Articles: .txt .md .html .tml .json .jsonl, or - for stdin")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout (default)");
  sub->add_option("--format", o->format, "json, dot or svg (default: from -o's extension, else json)");
  sub->add_option("--published", o->published, "Publication date YYYY-MM-DD, overriding the article's");
  sub->add_option("--max-bytes", o->max_bytes, "Refuse an input file larger than this many bytes")
      ->capture_default_str()->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()));
  sub->add_option("--max-events", o->max_events, "Refuse a document yielding more events than this")
      ->capture_default_str()->check(CLI::Range(std::size_t{1}, std::numeric_limits<std::size_t>::max()));
  sub->add_flag("--no-reason", o->no_reason, "Skip date reasoning (for a map step whose reduce is `merge`)");
  sub->add_flag("--jsonl", o->jsonl,
                "Stream: read JSONL articles, write one timeline per article as a JSON line, in input order");
  sub->add_option("-j,--threads", o->threads, "With --jsonl: worker threads (0: one per core; default 1)");
  return {sub, [o] {
            IngestOptions opts;
            opts.published = parse_published(o->published);
            opts.max_bytes = o->max_bytes;
            const std::string fmt = pick_format(o->format, o->out, "json");
            BuildOptions build_options;
            build_options.reason = !o->no_reason;
            build_options.max_events_per_document = o->max_events;
            if (o->jsonl) {
              if (fmt != "json" && fmt != "jsonl")
                throw Error(o->out, "--jsonl writes JSON lines, not \"" + fmt + "\"");
              stream_jsonl(o->inputs, o->out, thread_count(o->threads), opts, [build_options](Document&& d) {
                std::vector<Document> one;
                one.push_back(std::move(d));
                return to_json_line(build_timeline(std::move(one), build_options));
              });
              return kExitOk;
            }
            std::vector<Document> docs;
            for (const auto& path : o->inputs)
              for (auto& d : ingest_file(path, opts)) docs.push_back(std::move(d));
            const Timeline t = build_timeline(std::move(docs), build_options);
            write_file_atomic(o->out, render_as(t, fmt, o->out));
            return kExitOk;
          }};
}

}  // namespace dateline::cli
