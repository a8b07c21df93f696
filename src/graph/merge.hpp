// What merge's tests compare it with.
#pragma once

#include <dateline/timeline.hpp>

#include <vector>

namespace dateline::detail {

// merge without its shortcut for inputs that all report one document (the candidate pairs
// are searched for anyway): the general path tests/unit/merge_one_document_test.cpp checks
// the shortcut against.
Timeline merge_general(const std::vector<Timeline>& timelines);

}  // namespace dateline::detail
