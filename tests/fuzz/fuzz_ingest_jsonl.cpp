// Fuzzes ingest of jsonl input and every stage after it.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::pipeline(data, size, dateline::InputFormat::jsonl, "fuzz.jsonl");
  return 0;
}
