// SVG through Graphviz's C library, in-process. Graphviz keeps global state and is not
// thread-safe, so one context serves the whole process and a mutex serializes every call.
#include <dateline/error.hpp>
#include <dateline/render.hpp>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>

namespace dateline {
namespace {

std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

GVC_t* graphviz_context() {
  static GVC_t* ctx = gvContext();  // lives for the process; Graphviz frees it at exit
  return ctx;
}

}  // namespace

// Under LeakSanitizer: Graphviz keeps its context, plugins and font tables (fontconfig, pango,
// glib caches) for the life of the process and never frees them; those are not leaks of ours.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin_\nleak:libfontconfig.so\nleak:libpango\n"
         "leak:libglib-2.0.so\nleak:libgobject-2.0.so\nleak:libcairo.so\nleak:libharfbuzz.so\n";
}
#endif

std::string to_svg(const Timeline& t) { return to_svg(t, RenderOptions{}); }

std::string to_svg(const Timeline& t, const RenderOptions& options) { return dot_to_svg(to_dot(t, options)); }

std::string dot_to_svg(const std::string& dot) {
  std::lock_guard lock(graphviz_mutex());
  GVC_t* gvc = graphviz_context();
  std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> g(agmemread(dot.c_str()), agclose);
  if (!g) throw Error("<render>", "Graphviz could not read the generated DOT");
  if (gvLayout(gvc, g.get(), "dot") != 0) throw Error("<render>", "Graphviz layout failed");
  char* buf = nullptr;
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g.get(), "svg", &buf, &len);
  std::string svg = rc == 0 && buf ? std::string(buf, len) : std::string();
  if (buf) gvFreeRenderData(buf);
  gvFreeLayout(gvc, g.get());
  if (rc != 0) throw Error("<render>", "Graphviz SVG rendering failed");
  return svg;
}

}  // namespace dateline
