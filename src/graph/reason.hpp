// Internal: date reasoning with Boost's Bellman-Ford for every question, the general path that
// reason_dates' flat Bellman-Ford is tested against (tests/unit/fast_path_test.cpp).
#pragma once

#include <dateline/timeline.hpp>

namespace dateline::detail {

void reason_dates_general(Timeline& t);

}  // namespace dateline::detail
