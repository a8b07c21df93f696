// Scoring a timeline against a gold timeline (shared/spec/timeline-json.md, "Gold files").
// score_timeline computes exactly what the reference shared/tools/score_timeline.py computes:
// the same matching rules, the same fields, the same rounding.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

// Counts behind every figure, so that scores of several articles add up (micro-averaging)
// and the percentages are derived from the sums.
struct TimelineScore {
  int events_required = 0;   // required gold events
  int events_found = 0;      // required gold events matched by a system event
  int events_matched = 0;    // gold events (required or not) matched: the true positives
  int system_events = 0;
  int duplicates = 0;        // system events matched to an already matched gold event
  int date_ok = 0, modality_ok = 0, type_ok = 0, actor_ok = 0;  // among events_found
  int specific_dates = 0, specific_date_ok = 0;        // found events with a specific gold date
  int marked_modalities = 0, marked_modality_ok = 0;   // found events whose gold modality is marked
  int links_required = 0, links_found = 0;
  int causal_links_between_matched = 0, causal_links_ok = 0;
  int order_violations = 0;
  // Gold ids (and "from-relation->to" for links), prefixed "name:" when scores are summed.
  std::vector<std::string> missing_events, wrong_date, wrong_modality, wrong_type, wrong_actors,
      missing_links;

  // Adds another article's counts; the lists get `prefix` before each id.
  void add(const TimelineScore& other, std::string_view prefix = {});
};

// round(100 n / d, 1) as Python rounds it, none when d is 0.
std::optional<double> percent(int n, int d);

// Scores `system` against `gold`, both dateline.timeline/1 JSON texts (the gold with its
// "gold" objects). Throws dateline::Error naming the file (gold_name or system_name) for
// invalid JSON or a missing field the scoring needs.
TimelineScore score_timeline(std::string_view gold, std::string_view gold_name, std::string_view system,
                             std::string_view system_name);

// The scorer's event matching on its own (the spec's rule: each system event credited to the
// gold event its triggers overlap most): (system event id, gold event id) pairs, a system
// event at most once, in the system file's order. Same errors as score_timeline.
std::vector<std::pair<std::string, std::string>> gold_matching(std::string_view gold, std::string_view gold_name,
                                                               std::string_view system, std::string_view system_name);

// The reference scorer's output: one JSON object with its keys in its order (score_json), or
// its "key: value" lines (score_text).
std::string score_json(const TimelineScore&);
std::string score_text(const TimelineScore&);

}  // namespace dateline

namespace dateline {

// One gold file of a development set, scored against what the current build makes of its
// documents.
struct ArticleScore {
  std::string gold;                 // the gold file's name, without ".gold.json"
  std::vector<std::string> notes;   // e.g. a document whose bytes differ from the gold's sha256
  TimelineScore score;
};

// Every DIR/*.gold.json in name order: ingests each gold document (its "path" is relative to
// the gold file), builds the timeline with the library's pipeline and scores it against the
// gold. Throws dateline::Error for a missing folder, an unreadable gold or document.
std::vector<ArticleScore> evaluate_gold_dir(const std::string& dir);

}  // namespace dateline
