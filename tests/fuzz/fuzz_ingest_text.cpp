// libFuzzer entry for dateline::fuzz::ingest_text (fuzz_common.hpp); corpus in corpus/fuzz_ingest_text/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_text)
