// A compact JSON writer that appends straight to a string, byte for byte what nlohmann's
// dump(-1, ' ', false, error_handler_t::replace) of the same ordered_json gives: building the
// tree and serializing it cost a fifth of `build --jsonl` and half of `timex --jsonl`. A
// string that is not valid UTF-8, and each number that is not an integer, go through nlohmann
// itself so that its replacement and number formatting stay the reference.
#pragma once

#include <dateline/timeline.hpp>

#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::output {

class LineWriter {
 public:
  std::string out;

  void raw(std::string_view s) { out.append(s); }
  // `k` is one of the writer's own key literals: plain ASCII that needs no escape.
  void key(std::string_view k) {
    // The separator, quotes and colon appended with the key in one call (keys are short):
    // four appends, each with its capacity test, were about 170 instructions a key.
    char buf[64];
    if (k.size() + 4 <= sizeof buf) {
      std::size_t n = 0;
      if (!fresh_) buf[n++] = ',';
      buf[n++] = '"';
      std::memcpy(buf + n, k.data(), k.size());
      n += k.size();
      buf[n++] = '"';
      buf[n++] = ':';
      out.append(buf, n);
      fresh_ = true;
      return;
    }
    sep();
    out.push_back('"');
    out.append(k);
    out.append("\":");
    fresh_ = true;
  }
  void open(char c) {
    sep();
    out.push_back(c);
    fresh_ = true;
  }
  void close(char c) {
    out.push_back(c);
    fresh_ = false;
  }
  void null() { value("null"); }
  void value(std::string_view literal) {
    sep();
    out.append(literal);
    fresh_ = false;
  }
  void num(std::size_t n) { value(std::to_string(n)); }
  void num(int n) { value(std::to_string(n)); }
  void num(double d) { value(nlohmann::ordered_json(d).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)); }
  void string(std::string_view s) {
    sep();
    str(s);
    fresh_ = false;
  }
  template <class T>
  void opt_string(const std::optional<T>& v) {
    if (v) string(*v);
    else null();
  }
  void day(const std::optional<Day>& d) {
    if (d) string(format_day(*d));
    else null();
  }

 private:
  bool fresh_ = true;  // nothing written yet in the current object or array

  void sep() {
    if (!fresh_) out.push_back(',');
    fresh_ = false;
  }
  void str(std::string_view s) {
    const std::size_t mark = out.size();
    out.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet copied
    bool ascii = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
      // Eight plain ASCII bytes (none a control, '"', '\\' or >= 0x80) at a time: the usual case.
      // Each test is exact on "some byte is": a flagged word is read byte by byte below.
      while (i + 8 <= s.size()) {
        constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        const auto zero_byte = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
        if (((x - kOnes * 0x20) & ~x & kHigh) | zero_byte(x ^ (kOnes * '"')) | zero_byte(x ^ (kOnes * '\\')) | (x & kHigh))
          break;
        i += 8;
      }
      if (i >= s.size()) break;
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') {
        ascii &= c < 0x80;
        continue;
      }
      out.append(s.substr(run, i - run));
      run = i + 1;
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          out.append("\\u00");
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xf]);
        }
      }
    }
    if (!ascii && utf8::first_invalid(s)) {  // nlohmann's replacement of the bad bytes is the reference
      out.resize(mark);
      out.append(nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
      return;
    }
    out.append(s.substr(run));
    out.push_back('"');
  }
};

}  // namespace dateline::output
