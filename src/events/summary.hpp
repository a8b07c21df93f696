// Words for event summaries: how a trigger phrase takes its target.
#pragma once

#include <string_view>

namespace dateline::detail {

// The preposition before an event's target after `phrase` ("offer talks" -> "to"), or empty
// when the target follows the verb directly ("denounce", "call on").
std::string_view target_preposition(std::string_view phrase);

}  // namespace dateline::detail
