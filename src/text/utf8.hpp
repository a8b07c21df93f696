// UTF-8 decoding and a coarse character classification, shared by ingest (validation) and the
// segmenter (what is a letter, a space, a quote). Internal to the library.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::utf8 {

struct Decoded {
  char32_t cp = 0;
  std::uint8_t len = 1;  // bytes consumed; 1 for an invalid byte
  bool valid = true;
};

// Decodes the code point at s[i] (i < s.size()). Strict: rejects overlong forms, surrogates,
// code points above U+10FFFF and truncated sequences; an invalid byte decodes as U+FFFD of
// length 1, so callers always make progress.
inline Decoded decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1, true};
  int n = 0;
  char32_t cp = 0, min = 0;
  if ((b0 & 0xE0) == 0xC0) n = 1, cp = b0 & 0x1F, min = 0x80;
  else if ((b0 & 0xF0) == 0xE0) n = 2, cp = b0 & 0x0F, min = 0x800;
  else if ((b0 & 0xF8) == 0xF0) n = 3, cp = b0 & 0x07, min = 0x10000;
  else return {0xFFFD, 1, false};
  if (i + static_cast<std::size_t>(n) >= s.size()) return {0xFFFD, 1, false};  // truncated
  for (int k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, static_cast<std::uint8_t>(n + 1), true};
}

// The offset of the first byte that does not start a valid UTF-8 sequence, or none.
inline std::optional<std::size_t> first_invalid(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII eight bytes at a time: most text is.
    while (s.size() - i >= 8) {
      std::uint64_t v = 0;
      std::memcpy(&v, s.data() + i, 8);
      if (v & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const Decoded d = decode(s, i);
    if (!d.valid) return i;
    i += d.len;
  }
  return std::nullopt;
}

inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

enum class Class : std::uint8_t { space, letter, digit, punct, symbol };

// A coarse Unicode classification without tables: enough to tell words from punctuation in
// news prose. Non-ASCII code points outside the punctuation, symbol and space blocks count as
// letters (accented Latin, Cyrillic, Greek, CJK, combining marks). classify_ascii is the
// rule for c < 0x80.
constexpr Class classify_ascii(char32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Class::space;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Class::letter;
  if (c >= '0' && c <= '9') return Class::digit;
  if (c < 0x20 || c == 0x7F) return Class::space;  // other controls separate tokens
  switch (c) {
    case '$': case '%': case '&': case '@': case '#': case '+': case '=': case '<': case '>':
    case '^': case '|': case '~': case '*': case '\\': case '`':
      return Class::symbol;
    default:
      return Class::punct;
  }
}

// classify_ascii of every ASCII code point, computed once at compile time: the segmenter
// classifies every byte of the text.
inline constexpr auto kAsciiClass = [] {
  std::array<Class, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = classify_ascii(c);
  return t;
}();

// classify for c >= 0x80 (out of the way of the ASCII path, which the compiler inlines).
inline Class classify_non_ascii(char32_t c) {
  if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF || (c >= 0x80 && c < 0xA0))
    return Class::space;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return Class::letter;
  if (c >= 0xA1 && c <= 0xBF) {
    if (c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF)
      return Class::punct;
    return Class::symbol;  // currency, ©, ®, °, ±, superscripts, fractions
  }
  if (c == 0xD7 || c == 0xF7) return Class::symbol;
  if (c >= 0x2010 && c <= 0x205E) return Class::punct;  // dashes, quotes, bullets, ellipsis
  if (c >= 0x20A0 && c <= 0x2BFF) return Class::symbol;  // currency, letterlike, arrows, math
  if ((c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301F))
    return Class::punct;
  if (c >= 0xFF01 && c <= 0xFF0F) return Class::punct;
  if (c >= 0x1F000 && c <= 0x1FAFF) return Class::symbol;  // emoji and pictographs
  if (c == 0xFFFD) return Class::symbol;
  return Class::letter;
}

inline Class classify(char32_t c) { return c < 0x80 ? kAsciiClass[c] : classify_non_ascii(c); }

}  // namespace dateline::utf8
