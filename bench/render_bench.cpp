// Layout time of the timeline picture at 100, 500 and 2,000 synthetic events (or the sizes
// given as arguments): DOT generation plus Graphviz layout and SVG rendering, in-process.
// Not a test: run it by hand, see docs/render.md.
#include <dateline/render.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// n events over about a year: several per day on some days, some intervals, some undated,
// some open-ended, every modality and quad class, and a causal link every tenth event.
dateline::Timeline synthetic(std::size_t n) {
  using namespace date;
  dateline::Timeline t;
  dateline::DocumentInfo d;
  d.id = "d1";
  d.title = "Synthetic timeline of " + std::to_string(n) + " events";
  d.source = "bench";
  d.published = year{2021} / 12 / 31;
  t.documents.push_back(d);
  static const char* kCodes[] = {"042", "057", "111", "163", "036", "173", "0831", "141"};
  const dateline::Day start = sys_days{year{2021} / 1 / 1};
  for (std::size_t i = 0; i < n; ++i) {
    dateline::Event e;
    e.id = "ev-" + std::to_string(i);
    e.type.cameo = kCodes[i % 8];
    e.summary = "Synthetic event number " + std::to_string(i) + " between two capitals";
    e.actors = {{dateline::ActorRole::source, "Country A", "AAA", dateline::ActorKind::state},
                {dateline::ActorRole::target, "Country B", "BBB", dateline::ActorKind::state}};
    const dateline::Day day = start + days{static_cast<int>((i * 7919) % 365 / 2 * 2)};
    if (i % 17 != 16) e.when.earliest = day;
    e.when.latest = i % 5 == 4 ? day + days{3} : day;
    e.modality = static_cast<dateline::Modality>(i % 6);
    dateline::Mention m;
    m.document = "d1";
    m.evidence = {0, 10};
    m.text = "Evidence sentence of event " + std::to_string(i) + ".";
    e.mentions.push_back(std::move(m));
    t.events.push_back(std::move(e));
    if (i % 10 == 9) t.links.push_back({"ev-" + std::to_string(i), "ev-" + std::to_string(i - 1), dateline::Relation::causes, std::nullopt});
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {100, 500, 2000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
  }
  std::printf("%8s  %-9s  %10s  %10s\n", "events", "layout", "seconds", "svg bytes");
  for (std::size_t n : sizes) {
    const dateline::Timeline t = synthetic(n);
    for (bool grouped : {false, true}) {
      // One box per event is minutes of layout past a few hundred (docs/render.md).
      if (!grouped && n > 300) {
        std::printf("%8zu  %-9s  %10s  %10s\n", n, "detailed", "skipped", "-");
        continue;
      }
      dateline::RenderOptions o;
      o.group_above = grouped ? 0 : n;  // force each layout
      const auto t0 = std::chrono::steady_clock::now();
      const std::string svg = dateline::to_svg(t, o);
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::printf("%8zu  %-9s  %10.2f  %10zu\n", n, grouped ? "by month" : "detailed", s, svg.size());
      std::fflush(stdout);
    }
  }
}
