#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "cli/commands.hpp"

#include <memory>

namespace dateline::cli {

Command add_timex(CLI::App& app) {
  struct Options {
    std::string input, out = "-", format = "json", published;
    bool jsonl = false;
    unsigned threads = 1;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("timex", "List the temporal expressions of an article");
  sub->add_option("FILE", o->input, "The article, or - for stdin")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout (default)");
  sub->add_option("--format", o->format, "json (default) or timeml");
  sub->add_option("--published", o->published, "Publication date YYYY-MM-DD, overriding the article's");
  sub->add_flag("--jsonl", o->jsonl, "Stream: read JSONL articles, write one JSON result per article a line");
  sub->add_option("-j,--threads", o->threads, "With --jsonl: worker threads (0: one per core; default 1)");
  return {sub, [o] {
            IngestOptions opts;
            opts.published = parse_published(o->published);
            opts.read_source = false;  // timex output has no source
            if (o->jsonl) {
              if (o->format != "json") throw Error(o->out, "--jsonl writes JSON lines, not \"" + o->format + "\"");
              // The tagger splits the text itself: no sentence segmentation needed.
              stream_jsonl({o->input}, o->out, thread_count(o->threads), opts, [](Document&& d) {
                return timexes_to_json_line(d, find_timexes(std::string_view(d.text), TimexOptions{d.info.published}));
              });
              return kExitOk;
            }
            if (o->format != "json" && o->format != "timeml")
              throw Error(o->out, "unknown timex format \"" + o->format + "\" (json or timeml)");
            std::string result;
            for (const Document& d : ingest_file(o->input, opts)) {
              const auto found = find_timexes(std::string_view(d.text), TimexOptions{d.info.published});
              result += o->format == "timeml" ? timexes_to_timeml(d, found) : timexes_to_json(d, found);
            }
            write_file_atomic(o->out, result);
            return kExitOk;
          }};
}

}  // namespace dateline::cli
