// Benchmark of dateline diff's alignment on two synthetic 10,000-event timelines (docs/diff.md):
// b is a with 10% of its events dropped, 10% new ones, 10% of the dates moved by a day and 5%
// of the modalities changed. Timed twice: with no shared document (the cross-document features
// and the date-blocked assignment) and with the same document on both sides (mention overlap).
// Also reports how many of the known true pairs the alignment recovered. Wall time and the
// process's CPU time are both printed: on a shared machine the wall time mostly measures the
// other processes.
//
//   build/diff_bench [EVENTS]      (default 10000)
#include <dateline/diff.hpp>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace dateline;

namespace {

const std::vector<std::string> kCodes{"010", "020", "036", "040", "042", "043", "046", "051", "057", "061",
                                      "073", "090", "111", "120", "130", "138", "141", "160", "173", "183"};
const std::vector<std::string> kCountries{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IRN", "IRQ", "ISR", "PSE",
                                          "UKR", "POL", "HUN", "CZE", "KEN", "TZA", "CUB", "CYP", "PHL", "LBY",
                                          "JPN", "KOR", "PRK", "IND", "PAK", "AFG", "SYR", "TUR", "EGY", "SAU"};
const std::vector<std::string> kWords{
    "minister", "talks",   "sanctions", "embassy", "ambassador", "summit",  "treaty",    "troops",   "border",
    "ceasefire", "aid",    "visit",     "protest", "election",   "meeting", "agreement", "strike",   "inspectors",
    "nuclear",  "trade",   "envoy",     "council", "resolution", "vote",    "accord",    "mediator", "refugees",
    "pipeline", "tariffs", "charges",   "court",   "warning",    "deal",    "offer",     "accusation"};

Event random_event(std::mt19937& rng, std::size_t k, std::size_t doc_offset) {
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  Event e;
  e.id = "ev-" + std::to_string(k);
  const std::string code = pick(kCodes);
  e.type.cameo = code;
  e.type.root = code.substr(0, 2);
  e.type.label = "code " + code;
  const int n_actors = 1 + static_cast<int>(rng() % 2);
  for (int i = 0; i < n_actors; ++i) {
    const std::string c = pick(kCountries);
    e.actors.push_back(Actor{i == 0 ? ActorRole::source : ActorRole::target, c, c, ActorKind::state});
  }
  const Day start = date::sys_days{date::year{2000} / 1 / 1};
  const Day d = start + date::days{static_cast<int>(rng() % 1095)};
  e.when.earliest = e.when.latest = d;
  e.when.value = format_day(d);
  e.when.precision = Precision::day;
  std::string trigger = pick(kWords) + " " + pick(kWords);
  std::string text = trigger;
  for (int i = 0; i < 8; ++i) text += " " + pick(kWords);
  e.summary = text.substr(0, text.find(' ', trigger.size() + 1));
  const std::size_t at = doc_offset + k * 200;  // one sentence per event in one long document
  e.mentions.push_back(Mention{"d1", Span{at, at + text.size()}, Span{at, at + trigger.size()}, text, std::nullopt});
  return e;
}

Timeline with_document(std::string sha) {
  Timeline t;
  DocumentInfo d;
  d.id = "d1";
  d.sha256 = std::move(sha);
  t.documents.push_back(d);
  return t;
}

void run(const Timeline& a, const Timeline& b, const std::vector<long>& truth, const char* what) {
  const auto t_align = std::chrono::steady_clock::now();
  const std::size_t aligned_only = align_events(a, b).size();
  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  const TimelineDiff d = diff_timelines(a, b);
  const std::clock_t c1 = std::clock();
  const auto t1 = std::chrono::steady_clock::now();
  std::printf("%-28s alignment alone: %8.1f ms (%zu pairs)\n", what,
              std::chrono::duration<double, std::milli>(t0 - t_align).count(), aligned_only);
  std::size_t right = 0, changed = 0;
  for (const DiffPair& p : d.matched) {
    right += truth[p.a] == static_cast<long>(p.b);
    changed += !p.changes.empty();
  }
  std::size_t true_pairs = 0;
  for (long t : truth) true_pairs += t >= 0;
  std::printf("%-28s %6zu x %6zu events: %8.1f ms wall, %8.1f ms CPU; aligned %zu (%zu with changes), only a %zu, only b %zu; "
              "true pairs recovered %zu/%zu, wrong pairs %zu\n",
              what, a.events.size(), b.events.size(), std::chrono::duration<double, std::milli>(t1 - t0).count(),
              1000.0 * static_cast<double>(c1 - c0) / CLOCKS_PER_SEC, d.matched.size(), changed, d.only_a.size(), d.only_b.size(), right, true_pairs, d.matched.size() - right);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10000;
  std::mt19937 rng(20240601);
  Timeline a = with_document(std::string(64, 'a'));
  for (std::size_t k = 0; k < n; ++k) a.events.push_back(random_event(rng, k, 0));
  Timeline b = with_document(std::string(64, 'b'));
  std::vector<long> truth(n, -1);  // index in b of a's event, or -1
  for (std::size_t k = 0; k < n; ++k) {
    const unsigned roll = rng() % 100;
    if (roll < 10) continue;  // dropped
    Event e = a.events[k];
    e.id = "eb-" + std::to_string(k);
    if (roll < 20) {
      e.when.earliest = *e.when.earliest + date::days{1};
      e.when.latest = e.when.earliest;
      e.when.value = format_day(*e.when.earliest);
    } else if (roll < 25) {
      e.modality = Modality::expected;
    }
    truth[k] = static_cast<long>(b.events.size());
    b.events.push_back(std::move(e));
    if (rng() % 10 == 0) b.events.push_back(random_event(rng, n + k, 0));  // new in b
  }
  for (std::size_t j = 0; j < b.events.size(); ++j)
    if (b.events[j].id.starts_with("ev-")) b.events[j].id = "new-" + std::to_string(j);
  // New events sit at offsets past a's document when the document is shared.
  for (std::size_t j = 0; j < b.events.size(); ++j)
    if (b.events[j].id.starts_with("new-")) {
      Mention& m = b.events[j].mentions[0];
      const std::size_t at = (n + j) * 200;
      m.trigger = Span{at, at + m.trigger->size()};
      m.evidence = Span{at, at + m.text.size()};
    }
  run(a, b, truth, "cross-document");
  b.documents[0].sha256 = a.documents[0].sha256;
  run(a, b, truth, "same document");
  return 0;
}
