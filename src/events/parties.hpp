// The parties of an event: a pass over one document's extracted events that gives an
// inherently two-sided act told with one side only ("Russia denied it", "Minsk refused") the
// other side, from the act it answers, and a visit with no place the dateline's state
// (data/events/parties.tsv).
#pragma once

#include <dateline/events.hpp>

#include "actors/words.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline::detail {

// Where an event is told: the sentence and the first and last trigger words of each of its
// mentions.
struct PartyAnchor {
  struct At {
    std::uint32_t sentence = 0;
    std::size_t word = 0, last = 0;
  };
  std::vector<At> at;
};

// Whether the passive of a lexicon phrase names the one it is given to after "to" ("were handed
// over to the United States": the receiver, not the doer; data/events/parties.tsv given_to).
bool given_to(std::string_view phrase);

// Fills the missing target of the events of `x` whose act answers another, and the place of a
// visit told without one from the story's dateline (anchors[i] belongs to x.events[i]).
// O(m log m) in the mentions m, plus at most 40 mentions looked back over per reply mention.
void fill_parties(Extraction& x, const std::vector<PartyAnchor>& anchors, const Segmented& seg, const Words& words);

}  // namespace dateline::detail
