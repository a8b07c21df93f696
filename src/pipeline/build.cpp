#include <dateline/actors.hpp>
#include <dateline/error.hpp>
#include <dateline/events.hpp>
#include <dateline/graph.hpp>
#include <dateline/pipeline.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "actors/words.hpp"
#include "dateline_version.hpp"
#include "events/extract.hpp"
#include "graph/split.hpp"

#include <algorithm>
#include <string>

namespace dateline {
namespace {

// One document through the per-document stages; link ends come back as event indices, and
// events without ids (build_timeline's merge names them).
Timeline extract_document(const Document& doc, const BuildOptions& options) {
  Timeline t;
  t.documents.push_back(doc.info);
  const Segmented seg = segment(doc.text);
  const auto timexes = find_timexes(seg, TimexOptions{doc.info.published});
  // Split into words once for both stages that read words.
  const detail::Words words = detail::split_words(seg);
  // The article's year decides which office holder a bare surname is ("Bush" in 1990).
  std::optional<date::year> year;
  if (doc.info.published) year = doc.info.published->year();
  const auto actors = detail::find_actors(seg, words, year);
  Extraction x = detail::extract_events(doc, seg, timexes, actors, words);
  if (x.events.size() > options.max_events_per_document)
    throw Error(doc.info.path.value_or(doc.info.id),
                "too many events: " + std::to_string(x.events.size()) + ", the limit is " +
                    std::to_string(options.max_events_per_document) + " a document (--max-events)");
  t.events = std::move(x.events);
  t.links = std::move(x.links);
  // Before the signal links, so that they reach the acts a cue word told apart.
  detail::split_distinct_acts(doc, seg, timexes, actors, t.events);
  t.warnings = std::move(x.warnings);
  for (Warning w : doc.warnings) {
    w.document = doc.info.id;
    t.warnings.push_back(std::move(w));
  }
  // Signal-word links, unless the extractor already gave the same pair and relation.
  for (Link& l : find_links(doc, seg, t.events)) {
    const bool known = std::any_of(t.links.begin(), t.links.end(), [&](const Link& k) {
      return k.from == l.from && k.to == l.to && k.relation == l.relation;
    });
    if (!known) t.links.push_back(std::move(l));
  }
  if (!doc.info.published) {
    t.warnings.push_back({"unknown-publication-date",
                          "no publication date found; relative dates are left unresolved",
                          doc.info.id, std::nullopt});
  }
  // No assign_ids here: merge keys an input's events by id or, when the id is empty, by
  // index, which is what the link ends hold, and gives every event its id itself.
  return t;
}

}  // namespace

const char* version() { return DATELINE_VERSION; }

Timeline build_timeline(std::vector<Document> documents, const BuildOptions& options) {
  std::vector<Timeline> parts;
  parts.reserve(documents.size());
  for (std::size_t i = 0; i < documents.size(); ++i) {
    documents[i].info.id = "d" + std::to_string(i + 1);
    parts.push_back(extract_document(documents[i], options));
  }
  // Always through merge, even for one document: merge canonicalizes, so that a map-reduce
  // of per-document timelines (scale/) gives the same bytes as one build of them all.
  Timeline t = merge(std::move(parts));
  t.generator.version = version();
  if (options.reason) reason_dates(t);
  return t;
}

}  // namespace dateline
