// Placeholder: the graph issue builds the temporal network here.
#include <dateline/graph.hpp>

namespace dateline {

void reason_dates(Timeline&) {}

}  // namespace dateline
