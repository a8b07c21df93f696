// SHA-256, for document fingerprints (the spec's sha256) and stable event ids.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// Lower-case hex digest of the bytes. Uses the CPU's SHA extensions when it has them.
std::string sha256_hex(std::string_view bytes);

// The same digest by the portable code alone (for tests that the two paths agree).
std::string sha256_hex_portable(std::string_view bytes);

}  // namespace dateline
