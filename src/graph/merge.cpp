// Placeholder: concatenation. The graph issue makes merge match and combine events.
#include <dateline/graph.hpp>

namespace dateline {

Timeline merge(const std::vector<Timeline>& timelines) {
  Timeline out;
  for (const auto& t : timelines) {
    if (out.generator.version.empty()) out.generator = t.generator;
    out.documents.insert(out.documents.end(), t.documents.begin(), t.documents.end());
    out.events.insert(out.events.end(), t.events.begin(), t.events.end());
    out.links.insert(out.links.end(), t.links.begin(), t.links.end());
    out.warnings.insert(out.warnings.end(), t.warnings.begin(), t.warnings.end());
  }
  return out;
}

}  // namespace dateline
