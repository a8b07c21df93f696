// libFuzzer entry for dateline::fuzz::events (fuzz_common.hpp); corpus in corpus/fuzz_events/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(events)
