// `dateline eval-timex GOLD_DIR [OUT_DIR]`: TempEval-3 style scoring of the timex tagger.
#include <dateline/io.hpp>

#include "cli/commands.hpp"
#include "eval/timex_eval.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

namespace dateline::cli {

Command add_eval_timex(CLI::App& app) {
  struct Options {
    std::string gold, out, errors;
    int bench = 0;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("eval-timex", "Tag TimeML files with their DCT and score against their TIMEX3s");
  sub->add_option("GOLD_DIR", o->gold, "Directory of gold .tml files")->required();
  sub->add_option("OUT_DIR", o->out, "Where to write the tagged .tml files (optional)");
  sub->add_option("--errors", o->errors, "Write one line per missed, spurious or wrong timex to this file");
  sub->add_option("--bench", o->bench, "Tag each text N times and report throughput in MB/s");
  return {sub, [o] {
            std::optional<std::string> out;
            if (!o->out.empty()) out = o->out;
            const auto res = eval::evaluate_timex_dir(o->gold, out, !o->errors.empty(), o->bench > 0 ? o->bench : 1);
            std::cout << eval::format_metrics(res.counts);
            if (o->bench > 0) {
              char buf[160];
              std::snprintf(buf, sizeof buf, "throughput\t%.2f MB/s (%zu bytes tagged in %.3f s)\n",
                            static_cast<double>(res.text_bytes) / 1e6 / res.tag_seconds, res.text_bytes,
                            res.tag_seconds);
              std::cout << buf;
            }
            if (!o->errors.empty()) {
              std::string lines;
              for (const auto& e : res.errors) lines += e + "\n";
              write_file_atomic(o->errors, lines);
            }
            return kExitOk;
          }};
}

}  // namespace dateline::cli
