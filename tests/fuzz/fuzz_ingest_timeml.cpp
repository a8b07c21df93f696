// libFuzzer entry for dateline::fuzz::ingest_timeml (fuzz_common.hpp); corpus in corpus/fuzz_ingest_timeml/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_timeml)
