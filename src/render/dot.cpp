// DOT text of a timeline. Every string from an article is escaped for a DOT quoted string.
#include <dateline/graph.hpp>
#include <dateline/render.hpp>

namespace dateline {
namespace {

std::string dot_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n' || c == '\r') { out += "\\n"; continue; }
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

std::string to_dot(const Timeline& t) {
  std::string out = "digraph timeline {\n  rankdir=TB;\n  node [shape=box, fontname=\"Helvetica\"];\n";
  std::string prev;
  for (std::size_t i : chronological_order(t)) {
    const Event& e = t.events[i];
    std::string date = e.when.value.value_or(e.when.earliest ? format_day(*e.when.earliest) : "undated");
    out += "  " + dot_quote(e.id) + " [label=" + dot_quote(date + "\n" + e.summary) + "];\n";
    if (!prev.empty()) out += "  " + dot_quote(prev) + " -> " + dot_quote(e.id) + " [style=invis];\n";
    prev = e.id;
  }
  for (const Link& l : t.links)
    out += "  " + dot_quote(l.from) + " -> " + dot_quote(l.to) + " [label=" + dot_quote(to_string(l.relation)) + ", constraint=false];\n";
  return out + "}\n";
}

}  // namespace dateline
