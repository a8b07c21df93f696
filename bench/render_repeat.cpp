// Renders one timeline JSON to SVG N times in one process (to_svg: Graphviz in-process). Run
// under valgrind or LeakSanitizer with N = 1 and N = 100: if the leaked bytes stay the same,
// what is left at exit is Graphviz's process-lifetime state (context, plugins, font caches),
// not a leak per call. Not a test: see docs/hostile-input.md.
// usage: render_repeat TIMELINE.json [N]
#include <dateline/error.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/render.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: render_repeat TIMELINE.json [N]\n");
    return 2;
  }
  const long n = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 1;
  try {
    const dateline::Timeline t = dateline::timeline_from_json(dateline::read_file(argv[1]), argv[1]);
    std::size_t bytes = 0;
    for (long i = 0; i < n; ++i) bytes += dateline::to_svg(t).size();
    std::printf("%ld renders, %zu bytes of SVG\n", n, bytes);
  } catch (const dateline::Error& e) {
    std::fprintf(stderr, "render_repeat: %s\n", e.what());
    return 2;
  }
}
