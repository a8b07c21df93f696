// A std::string whose comparison with a C string (a literal: `w.lower == "to"`) is inline.
// libstdc++ 12 compares a std::string with a `const char*` through basic_string::compare, an
// out-of-line call with a strlen and a memcmp; the event and actor rules make such comparisons
// on every word they read, and on the real CPU memcmp and strlen were about 8% of `build`.
// Here the length of a literal is a constant, so a comparison is a length test and a few
// byte tests. Same result as std::string's operator== for every argument.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace dateline {

class LiteralString : public std::string {
 public:
  LiteralString() = default;
  // Explicit: a std::string becomes one only where asked. (`c ? word.lower : std::string()`
  // needs a cast of word.lower to const std::string& either way: the two sides differ in type.)
  explicit LiteralString(const std::string& s) : std::string(s) {}
  explicit LiteralString(std::string&& s) noexcept : std::string(std::move(s)) {}
  using std::string::operator=;

  [[gnu::always_inline]] friend bool operator==(const LiteralString& a, const char* b) noexcept {
    const std::size_t n = std::char_traits<char>::length(b);
    return a.size() == n && std::char_traits<char>::compare(a.data(), b, n) == 0;
  }
};

}  // namespace dateline
