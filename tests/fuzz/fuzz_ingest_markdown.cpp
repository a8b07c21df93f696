// Fuzzes ingest of markdown input and every stage after it.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::pipeline(data, size, dateline::InputFormat::markdown, "fuzz.markdown");
  return 0;
}
