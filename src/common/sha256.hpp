// SHA-256, for document fingerprints (the spec's sha256) and stable event ids.
#pragma once

#include <string>
#include <string_view>

namespace dateline {

// Lower-case hex digest of the bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace dateline
