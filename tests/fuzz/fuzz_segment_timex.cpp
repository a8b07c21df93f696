// libFuzzer entry for dateline::fuzz::segment_timex (fuzz_common.hpp); corpus in corpus/fuzz_segment_timex/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(segment_timex)
