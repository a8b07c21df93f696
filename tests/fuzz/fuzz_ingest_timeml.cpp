// Fuzzes ingest of timeml input and every stage after it.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dateline::fuzz::pipeline(data, size, dateline::InputFormat::timeml, "fuzz.timeml");
  return 0;
}
