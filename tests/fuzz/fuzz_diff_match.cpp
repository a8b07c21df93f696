// libFuzzer entry for dateline::fuzz::diff_match (fuzz_common.hpp); corpus in corpus/fuzz_diff_match/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(diff_match)
