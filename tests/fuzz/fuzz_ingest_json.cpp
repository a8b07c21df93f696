// Fuzzes ingest of json input and every stage after it.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::pipeline(data, size, dateline::InputFormat::json, "fuzz.json");
  return 0;
}
