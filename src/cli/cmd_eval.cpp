// dateline eval-timeline: scores a timeline against a gold timeline, or a whole development
// set (--gold-dir DIR --build) against what the current build makes of its articles.
#include <dateline/error.hpp>
#include <dateline/eval.hpp>
#include <dateline/io.hpp>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

namespace dateline::cli {
namespace {

std::string figure(std::optional<double> v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", *v);
  return buf;
}

// One row of the development-set table.
std::string row(const std::string& name, const TimelineScore& s) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%-24s %4d %4d %6s %4d %6s %6s %6s %6s %6s %4d %6s\n", name.c_str(),
                s.events_required, s.events_found, figure(percent(s.events_found, s.events_required)).c_str(),
                s.system_events, figure(percent(s.events_matched, s.system_events)).c_str(),
                figure(percent(s.date_ok, s.events_found)).c_str(),
                figure(percent(s.modality_ok, s.events_found)).c_str(),
                figure(percent(s.type_ok, s.events_found)).c_str(),
                figure(percent(s.actor_ok, s.events_found)).c_str(), s.links_required,
                figure(percent(s.links_found, s.links_required)).c_str());
  return buf;
}

int run_gold_dir(const std::string& dir, bool json) {
  const std::vector<ArticleScore> articles = evaluate_gold_dir(dir);
  if (articles.empty()) throw Error(dir, "no *.gold.json files");
  TimelineScore total;
  for (const ArticleScore& a : articles) total.add(a.score, a.gold + ":");
  if (json) {
    nlohmann::ordered_json j;
    j["gold_dir"] = dir;
    j["articles"] = nlohmann::ordered_json::array();
    for (const ArticleScore& a : articles)
      j["articles"].push_back({{"gold", a.gold},
                               {"notes", a.notes},
                               {"scores", nlohmann::ordered_json::parse(score_json(a.score))}});
    j["overall"] = nlohmann::ordered_json::parse(score_json(total));  // micro-averaged
    std::cout << j.dump(1) << "\n";
    return kExitOk;
  }
  std::cout << "gold                      req  fnd recall  sys  prec.  date   mod.   type  actor lreq lrecall\n";
  for (const ArticleScore& a : articles) {
    std::cout << row(a.gold, a.score);
    for (const std::string& n : a.notes) std::cout << "  note: " << n << "\n";
  }
  std::cout << row("overall (micro)", total);
  return kExitOk;
}

}  // namespace

Command add_eval(CLI::App& app) {
  struct Options {
    std::string gold, system, gold_dir;
    bool json = false, build = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("eval-timeline",
                                 "Score a timeline against a gold timeline (as shared/tools/score_timeline.py)");
  sub->add_option("GOLD", o->gold, "Gold timeline (.gold.json)");
  sub->add_option("SYSTEM", o->system, "System timeline (.json)");
  sub->add_option("--gold-dir", o->gold_dir, "Score every DIR/*.gold.json (with --build)");
  sub->add_flag("--build", o->build, "With --gold-dir: build each gold's documents with this build");
  sub->add_flag("--json", o->json, "One JSON object instead of key: value lines");
  return {sub, [o] {
            if (!o->gold_dir.empty()) {
              if (!o->build || !o->gold.empty())
                throw Error("eval-timeline", "--gold-dir needs --build and takes no GOLD/SYSTEM files");
              return run_gold_dir(o->gold_dir, o->json);
            }
            if (o->gold.empty() || o->system.empty())
              throw Error("eval-timeline", "expected GOLD.json SYSTEM.json, or --gold-dir DIR --build");
            const std::string gold = read_file(o->gold);  // first, so a missing gold is named first
            const std::string system = read_file(o->system);
            const TimelineScore s = score_timeline(gold, o->gold, system, o->system);
            std::cout << (o->json ? score_json(s) + "\n" : score_text(s));
            return kExitOk;
          }};
}

}  // namespace dateline::cli
