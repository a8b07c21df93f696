// libFuzzer entry for dateline::fuzz::timeline_json (fuzz_common.hpp); corpus in corpus/fuzz_timeline_json/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(timeline_json)
