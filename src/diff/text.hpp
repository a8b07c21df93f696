// How diff's outputs spell an event's date and actors (shared by the text, JSON and picture
// outputs, so that all of them say the same thing).
#pragma once

#include <dateline/timeline.hpp>

#include <string>
#include <vector>

namespace dateline::diff {

// "1998-08", "1998-08-07", "1998-08-03..1998-08-09", ">= 1998-08-03", "<= 1998-08-09",
// "undated": the value when there is one, else the bounds.
std::string date_text(const When& w);

// "Bill Clinton (USA) -> Saddam Hussein (IRQ)": sources -> targets, participants after.
std::string actors_list(const std::vector<Actor>& actors);

// One-line text of an event for the summaries: clean UTF-8, no control characters (nothing an
// article holds can move a terminal's cursor), at most `max_chars` code points.
std::string headline(const Event& e, std::size_t max_chars);

}  // namespace dateline::diff
