// A reader of flat JSON objects for the fast path of JSONL ingest: strings (every escape,
// \u surrogate pairs), true, false, null, nothing nested, no numbers. Each step returns false
// on anything it does not read exactly as JSON does, and the caller then hands the whole input
// to nlohmann, which reports the error or reads what this does not. The input must be valid
// UTF-8 (ingest checks or converts it first), so string bytes >= 0x80 are copied as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>
#include <string_view>

namespace dateline::flat_json {

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  bool object_start() {
    ws();
    return eat('{');
  }
  // After object_start: consumes "}" of an empty object.
  bool object_empty() {
    ws();
    return eat('}');
  }
  bool object_end() {
    ws();
    return eat('}');
  }
  bool colon() {
    ws();
    return eat(':');
  }
  bool comma() {
    ws();
    return eat(',');
  }
  bool at_end() {
    ws();
    return p_ == s_.size();
  }

  // A string value, decoded into `out`.
  bool string(std::string& out) {
    ws();
    if (!eat('"')) return false;
    out.clear();
    std::size_t run = p_;  // start of the bytes not yet copied
    while (p_ < s_.size()) {
#if defined(__SSE2__)
      // Sixteen bytes at a time, to the first quote, backslash or control character (the
      // eight-byte test below was 3% of `timex --jsonl`).
      while (s_.size() - p_ >= 16) {
        if (const unsigned m = special16(s_.data() + p_)) {
          p_ += static_cast<std::size_t>(std::countr_zero(m));
          break;
        }
        p_ += 16;
      }
#endif
      // Eight bytes at a time while none is a quote, a backslash or a control character.
      while (s_.size() - p_ >= 8 && plain8(s_.data() + p_)) p_ += 8;
      if (p_ >= s_.size()) break;
      const auto c = static_cast<unsigned char>(s_[p_]);
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++p_;
        continue;
      }
      out.append(s_.data() + run, p_ - run);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;  // a control character must be escaped
      if (!escape(out)) return false;
      run = p_;
    }
    return false;  // unterminated
  }

  // A string, or true/false/null (is_string false, out cleared).
  bool string_or_literal(std::string& out, bool& is_string) {
    ws();
    is_string = p_ < s_.size() && s_[p_] == '"';
    if (is_string) return string(out);
    out.clear();
    return literal();
  }

  // Any value this reader reads, discarded.
  bool skip_value() {
    bool is_string = false;
    return string_or_literal(scratch_, is_string);
  }

 private:
  std::string_view s_;
  std::size_t p_ = 0;
  std::string scratch_;

  // Whether none of the eight bytes at p is '"', '\\' or below 0x20 (the classic tests for a
  // zero byte and a byte below n in a word, which are exact about whether there is one).
  static bool plain8(const char* p) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto zero_in = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t below_space = (v - ones * 0x20) & ~v & highs;
    return !(zero_in(v ^ (ones * '"')) | zero_in(v ^ (ones * '\\')) | below_space);
  }

#if defined(__SSE2__)
  // A bit for each of the sixteen bytes at p that is '"', '\\' or below 0x20 (an unsigned
  // minimum: bytes from 0x80 are no control characters).
  static unsigned special16(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, backslash), control)));
  }
#endif

  void ws() {
    while (p_ < s_.size() && (s_[p_] == ' ' || s_[p_] == '\t' || s_[p_] == '\n' || s_[p_] == '\r')) ++p_;
  }
  bool eat(char c) {
    if (p_ < s_.size() && s_[p_] == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool literal() {
    for (std::string_view w : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
      if (s_.substr(p_, w.size()) == w) {
        p_ += w.size();
        return true;
      }
    }
    return false;
  }
  // Four hex digits at p_.
  bool hex4(std::uint32_t& v) {
    if (s_.size() - p_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }
  // The escape at p_ (a backslash), decoded onto out.
  bool escape(std::string& out) {
    ++p_;
    if (p_ >= s_.size()) return false;
    const char e = s_[p_++];
    switch (e) {
      case '"': out.push_back('"'); return true;
      case '\\': out.push_back('\\'); return true;
      case '/': out.push_back('/'); return true;
      case 'b': out.push_back('\b'); return true;
      case 'f': out.push_back('\f'); return true;
      case 'n': out.push_back('\n'); return true;
      case 'r': out.push_back('\r'); return true;
      case 't': out.push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t lo = 0;
      if (s_.substr(p_, 2) != "\\u") return false;
      p_ += 2;
      if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    return true;
  }
};

}  // namespace dateline::flat_json
