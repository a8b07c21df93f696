// The event extractor's entry point on words already split (the pipeline splits the text
// once for the actor finder and the extractor).
#pragma once

#include <dateline/events.hpp>

#include "actors/words.hpp"

namespace dateline::detail {

Extraction extract_events(const Document& doc, const Segmented& text, const std::vector<Timex>& timexes,
                          const std::vector<ActorMention>& actors, const Words& words);

}  // namespace dateline::detail
