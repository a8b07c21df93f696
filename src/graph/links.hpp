// Internal to src/graph and its tests.
#pragma once

#include <dateline/graph.hpp>

namespace dateline::detail {

// find_links without the prefilter of add_anaphors (every sentence split into words): the
// general path the prefilter must agree with (tests/unit/perf5_test.cpp).
std::vector<Link> find_links_unfiltered(const Document& doc, const Segmented& text, const std::vector<Event>& events);

}  // namespace dateline::detail
