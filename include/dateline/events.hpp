// Diplomatic events from sentences: trigger, CAMEO type, actors, date, modality, evidence.
#pragma once

#include <dateline/actors.hpp>
#include <dateline/document.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include <vector>

namespace dateline {

struct Extraction {
  std::vector<Event> events;  // ids empty; mentions in raw offsets of the document
  std::vector<Link> links;    // from/to are indices into events, as decimal strings
  std::vector<Warning> warnings;
};

// Extracts the events of one document whose info.id is already set.
Extraction extract_events(const Document& doc, const Segmented& text,
                          const std::vector<Timex>& timexes,
                          const std::vector<ActorMention>& actors);

// The CAMEO codebook (data/cameo.tsv): fills label, root, goldstein and quad class for a code.
// Returns false for a code that is not in it.
bool describe_cameo(std::string_view code, EventType& out);

}  // namespace dateline
