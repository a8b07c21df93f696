// Small hand-made documents and events for the graph, links and merge suites: sentences we
// write ourselves, with events whose triggers sit at the right offsets.
#pragma once

#include <dateline/document.hpp>
#include <dateline/events.hpp>
#include <dateline/graph.hpp>
#include <dateline/text.hpp>
#include <dateline/timeline.hpp>

#include "common/sha256.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace dateline::test {

inline Document plain_document(std::string text, std::string id = "d1", std::optional<std::string> published = {}) {
  Document d;
  d.raw = text;
  d.text = std::move(text);
  d.body = {0, d.raw.size()};
  d.info.id = std::move(id);
  d.info.sha256 = sha256_hex(d.raw);
  d.info.path = "mem/" + d.info.sha256.substr(0, 6) + ".txt";
  if (published) d.info.published = date::year_month_day{*parse_day(*published)};
  if (published) d.info.published_basis = PublishedBasis::metadata;
  return d;
}

struct EventSpec {
  EventSpec(std::string trigger_, std::size_t occurrence_ = 0, std::string cameo_ = "", std::string source_ = "",
            std::string country_ = "", Modality modality_ = Modality::occurred, std::string earliest_ = "",
            std::string latest_ = "")
      : trigger(std::move(trigger_)), occurrence(occurrence_), cameo(std::move(cameo_)), source(std::move(source_)),
        country(std::move(country_)), modality(modality_), earliest(std::move(earliest_)), latest(std::move(latest_)) {}
  std::string trigger;         // words to find in the raw text
  std::size_t occurrence = 0;  // which occurrence of them
  std::string cameo;           // "" for none
  std::string source;          // source actor's name, "" for none
  std::string country;         // its country
  Modality modality = Modality::occurred;
  std::string earliest, latest;  // "" for unbounded
};

// An event of `doc` whose mention's trigger is the given occurrence of `spec.trigger`.
inline Event make_event(const Document& doc, const EventSpec& spec) {
  std::size_t at = doc.raw.find(spec.trigger);
  for (std::size_t k = 0; k < spec.occurrence && at != std::string::npos; ++k) at = doc.raw.find(spec.trigger, at + 1);
  EXPECT_NE(at, std::string::npos) << spec.trigger;
  if (at == std::string::npos) at = 0;
  Event e;
  if (!spec.cameo.empty()) {
    describe_cameo(spec.cameo, e.type);
    e.type.cameo = spec.cameo;
    e.type.root = spec.cameo.substr(0, 2);
    if (e.type.label.empty()) e.type.label = "cameo " + spec.cameo;
  } else {
    e.type.label = spec.trigger;
  }
  e.summary = spec.trigger;
  if (!spec.source.empty()) {
    Actor a;
    a.role = ActorRole::source;
    a.name = spec.source;
    if (!spec.country.empty()) a.country = spec.country;
    e.actors.push_back(a);
  }
  if (!spec.earliest.empty()) e.when.earliest = parse_day(spec.earliest);
  if (!spec.latest.empty()) e.when.latest = parse_day(spec.latest);
  if (e.when.earliest || e.when.latest) e.when.basis = DateBasis::explicit_date;
  if (e.when.earliest && e.when.earliest == e.when.latest) {
    e.when.value = spec.earliest;
    e.when.precision = Precision::day;
  }
  e.modality = spec.modality;
  // Evidence: the sentence around the trigger (to the nearest '.' or newline on each side).
  std::size_t s = doc.raw.find_last_of(".\n", at);
  s = s == std::string::npos ? 0 : s + 1;
  while (s < at && doc.raw[s] == ' ') ++s;
  std::size_t end = doc.raw.find_first_of(".\n", at + spec.trigger.size());
  end = end == std::string::npos ? doc.raw.size() : end + 1;
  Mention m;
  m.document = doc.info.id;
  m.evidence = {s, end};
  m.trigger = Span{at, at + spec.trigger.size()};
  m.text = doc.raw.substr(s, end - s);
  e.mentions.push_back(std::move(m));
  return e;
}

// A text, the events given for it, and the links the graph stage finds between them.
struct Case {
  Document doc;
  std::vector<Event> events;
  std::vector<Link> links;
};

inline Case run(const std::string& text, const std::vector<EventSpec>& specs) {
  Case c{plain_document(text), {}, {}};
  for (const auto& s : specs) c.events.push_back(make_event(c.doc, s));
  const Segmented seg = segment(c.doc.text);
  c.links = find_links(c.doc, seg, c.events);
  return c;
}

}  // namespace dateline::test
