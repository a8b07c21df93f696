// Fuzzes loading a timeline JSON, then writing it back, drawing it and reasoning over it.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dateline;
  try {
    Timeline t = timeline_from_json(fuzz::bytes(data, size), "fuzz.json");
    (void)to_json(t);
    (void)to_dot(t);
    reason_dates(t);
    (void)merge({t, t});
  } catch (const Error&) {
  }
  return 0;
}
