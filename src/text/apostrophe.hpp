// Whether a word's last bytes hold an apostrophe: the test the segmenter makes at every word
// before it tries the English clitics ("'s", "n't", each with ' or U+2019).
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace dateline::text {

// The general form: a byte ' or 0xE2 (the lead byte of U+2019) among the last five bytes of
// [b, e), or of [b, e) when it is shorter.
inline bool apostrophe_in_tail(std::string_view s, std::size_t b, std::size_t e) {
  for (std::size_t k = e > b + 5 ? e - 5 : b; k < e; ++k)
    if (s[k] == '\'' || s[k] == '\xE2') return true;
  return false;
}

// The same answer from the next ' and the next 0xE2 of the text, found by memchr and kept
// while the windows move right (as the segmenter's words do): a comparison or two a word
// instead of up to ten byte tests (the byte loop was the segmenter's largest line, 4.2 M of
// its 30 M instructions on 256 articles). Windows may come in any order; one left of the
// last search searches again.
class ApostropheFinder {
 public:
  explicit ApostropheFinder(std::string_view s) : s_(s) {}
  bool in_tail(std::size_t b, std::size_t e) {
    const std::size_t from = e > b + 5 ? e - 5 : b;
    if (from >= e) return false;
    return next(quote_, '\'', from) < e || next(lead_, '\xE2', from) < e;
  }

 private:
  struct Next {
    std::size_t at = 0;                  // the first position >= searched_from holding the byte, or the size
    std::size_t searched_from = npos();  // none yet
  };
  static constexpr std::size_t npos() { return std::string_view::npos; }
  std::size_t next(Next& n, char c, std::size_t from) const {
    if (from < n.searched_from || n.at < from) {
      const void* p = from < s_.size() ? std::memchr(s_.data() + from, c, s_.size() - from) : nullptr;
      n.at = p ? static_cast<std::size_t>(static_cast<const char*>(p) - s_.data()) : s_.size();
      n.searched_from = from;
    }
    return n.at;
  }
  std::string_view s_;
  Next quote_, lead_;
};

}  // namespace dateline::text
