// Internal to src/graph, the pipeline and the tests.
#pragma once

#include <dateline/actors.hpp>
#include <dateline/document.hpp>
#include <dateline/text.hpp>
#include <dateline/timeline.hpp>
#include <dateline/timex.hpp>

#include <vector>

namespace dateline::detail {

// Splits off, as events of their own, the mentions of one document's events that a cue word
// marks as another act of the same kind (data/graph/distinct.tsv: "held another phone call",
// "Similar messages were sent", "summoned again", "the first summit" in a story of the second
// one). A split event takes the date of a temporal expression of its own sentence, else the
// event's own date unless a temporal expression of another act gave it; its targets are the
// actors its own sentence names after the trigger, when there are other ones. Events are
// appended, so link ends (indices) stay valid.
void split_distinct_acts(const Document& doc, const Segmented& text, const std::vector<Timex>& timexes,
                         const std::vector<ActorMention>& actors, std::vector<Event>& events);

}  // namespace dateline::detail
