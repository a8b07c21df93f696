// Whether a word's last bytes hold an apostrophe: the test the segmenter makes at every word
// before it tries the English clitics ("'s", "n't", each with ' or U+2019).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dateline::text {

// The general form: a byte ' or 0xE2 (the lead byte of U+2019) among the last five bytes of
// [b, e), or of [b, e) when it is shorter.
inline bool apostrophe_in_tail_general(std::string_view s, std::size_t b, std::size_t e) {
  for (std::size_t k = e > b + 5 ? e - 5 : b; k < e; ++k)
    if (s[k] == '\'' || s[k] == '\xE2') return true;
  return false;
}

// The same with one 8-byte load ending at e (when eight bytes precede it): the byte loop, up to
// ten comparisons a word, was the segmenter's largest line (4.2 M of its 30 M instructions on
// 256 articles).
inline bool apostrophe_in_tail(std::string_view s, std::size_t b, std::size_t e) {
  if constexpr (std::endian::native != std::endian::little) {
    return apostrophe_in_tail_general(s, b, e);
  } else {
    if (e < 8 || e <= b) return apostrophe_in_tail_general(s, b, e);
    const std::size_t n = e - b < 5 ? e - b : 5;  // bytes to look at, 1..5: the last n of x
    std::uint64_t x;
    std::memcpy(&x, s.data() + e - 8, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, k7F = 0x7F7F7F7F7F7F7F7Full;
    // 0x80 in every byte of v that is zero, and nowhere else (exact, no borrow between bytes)
    const auto zero_bytes = [](std::uint64_t v) { return ~(((v & k7F) + k7F) | v | k7F); };
    const std::uint64_t hits = zero_bytes(x ^ (kOnes * '\'')) | zero_bytes(x ^ (kOnes * 0xE2));
    return (hits >> (8 * (8 - n))) != 0;  // little-endian: the last bytes are the highest
  }
}

}  // namespace dateline::text
