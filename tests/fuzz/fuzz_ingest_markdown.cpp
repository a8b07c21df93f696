// libFuzzer entry for dateline::fuzz::ingest_markdown (fuzz_common.hpp); corpus in corpus/fuzz_ingest_markdown/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_markdown)
