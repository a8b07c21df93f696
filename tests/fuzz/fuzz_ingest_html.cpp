// libFuzzer entry for dateline::fuzz::ingest_html (fuzz_common.hpp); corpus in corpus/fuzz_ingest_html/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_html)
