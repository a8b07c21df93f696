// Support verbs: "impose" in "impose sanctions", whose subject is the noun event's source.
#pragma once

#include <string_view>

namespace dateline::detail {

// Whether `word` (lower case) is an inflection of a verb of data/events/support_verbs.tsv.
bool is_support_verb(std::string_view word);

// Whether `word` is an inflection of a verb of data/events/receiver_verbs.tsv, whose subject
// undergoes the event its object names ("received a complaint from Iran").
bool is_receiver_verb(std::string_view word);

}  // namespace dateline::detail
