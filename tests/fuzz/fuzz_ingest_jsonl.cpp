// libFuzzer entry for dateline::fuzz::ingest_jsonl (fuzz_common.hpp); corpus in corpus/fuzz_ingest_jsonl/.
#include "fuzz_common.hpp"

DATELINE_FUZZ_TARGET(ingest_jsonl)
