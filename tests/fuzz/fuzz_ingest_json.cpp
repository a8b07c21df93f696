// libFuzzer entry for dateline::fuzz::ingest_json (fuzz_common.hpp); corpus in corpus/fuzz_ingest_json/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_json)
