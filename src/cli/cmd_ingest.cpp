// dateline ingest: what the reader made of an article (metadata, analysis text, sentences),
// for inspecting inputs and for the measurements of docs/ingest.md.
#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/text.hpp>

#include "cli/commands.hpp"

#include <nlohmann/json.hpp>

#include <memory>

namespace dateline::cli {

Command add_ingest(CLI::App& app) {
  struct Options {
    std::string input, out = "-", show = "info", published;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("ingest", "Show how an article is read: metadata, text or sentences");
  sub->add_option("FILE", o->input, "The article, or - for stdin")->required();
  sub->add_option("-o,--output", o->out, "Output file, - for stdout (default)");
  sub->add_option("--show", o->show, "info (JSON, default), text (the analysed text) or sentences (JSON)");
  sub->add_option("--published", o->published, "Publication date YYYY-MM-DD, overriding the article's");
  return {sub, [o] {
            IngestOptions opts;
            opts.published = parse_published(o->published);
            if (o->show != "info" && o->show != "text" && o->show != "sentences")
              throw Error("--show", "expected info, text or sentences, got \"" + o->show + "\"");
            std::string result;
            for (const Document& d : ingest_file(o->input, opts)) {
              if (o->show == "text") {
                result += d.text;
                continue;
              }
              using Json = nlohmann::ordered_json;
              auto opt = [](const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); };
              Json j;
              j["path"] = opt(d.info.path);
              j["title"] = opt(d.info.title);
              j["published"] = d.info.published ? Json(format_day(Day{*d.info.published})) : Json(nullptr);
              j["published_basis"] = to_string(d.info.published_basis);
              j["source"] = opt(d.info.source);
              j["url"] = opt(d.info.url);
              j["sha256"] = d.info.sha256;
              j["raw_bytes"] = d.raw.size();
              j["text_bytes"] = d.text.size();
              j["body"] = Json{{"start", d.body.start}, {"end", d.body.end}};
              if (o->show == "sentences") {
                const Segmented seg = segment(d.text);
                Json list = Json::array();
                for (const Sentence& s : seg.sentences) {
                  const Span raw = d.to_raw(Span{s.start, s.end});
                  list.push_back(Json{{"start", raw.start}, {"end", raw.end}, {"heading", s.heading},
                                      {"tokens", s.token_count}, {"text", d.text.substr(s.start, s.end - s.start)}});
                }
                j["tokens"] = seg.tokens.size();
                j["sentences"] = std::move(list);
              }
              result += j.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
            }
            write_file_atomic(o->out, result);
            return kExitOk;
          }};
}

}  // namespace dateline::cli
