// Placeholder: the events issue builds the gazetteer-backed actor finder here.
#include <dateline/actors.hpp>

namespace dateline {

std::vector<ActorMention> find_actors(const Segmented&) { return {}; }

}  // namespace dateline
