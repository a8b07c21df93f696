#include "actors/words.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace dateline::detail {
namespace {

// One load from a table made at compile time from the range tests (run on every byte of every
// word: the tests were 1.5% of `build`).
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();
bool ascii_alnum(unsigned char c) { return kAsciiAlnum[c]; }

// Length of a UTF-8 punctuation sequence starting at s[i] (quotes, dashes, ellipsis), or 0.
std::size_t utf8_punct(std::string_view s, std::size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(s[i + 2]);
    // U+2010..U+2015 dashes, U+2018..U+201F quotes, U+2026 ellipsis
    if ((c >= 0x90 && c <= 0x9F) || c == 0xA6) return 3;
  }
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2) {
    unsigned char c = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xAB || c == 0xBB || c == 0xA0) return 2;  // « » and no-break space
  }
  return 0;
}

bool is_apostrophe(std::string_view s, std::size_t i, std::size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

bool word_byte(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (ascii_alnum(c)) return true;
  return c >= 0x80 && utf8_punct(s, i) == 0 && !(c == 0xE2 && i + 2 < s.size() &&
                                                static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                                                static_cast<unsigned char>(s[i + 2]) == 0x99);
}

// Abbreviations whose final period belongs to the word (data/gazetteer/abbreviations.tsv).
const std::set<std::string, std::less<>>& abbreviations() {
  static const auto set = [] {
    std::set<std::string, std::less<>> s;
    tsv::for_each_row(embedded::file("gazetteer/abbreviations.tsv").value_or(""), true,
                      [&](const auto& f) { s.insert(lower(f[0])); });
    return s;
  }();
  return set;
}

void fold(Word& w, std::string_view text) {
  std::string_view v = text.substr(w.start, w.end - w.start);
  // Copied whole, then folded in place (folding only shortens: a curly apostrophe's three
  // bytes become one); one test a byte for the apostrophes, one for the letters.
  w.lower.assign(v);
  char* out = w.lower.data();
  std::size_t n = 0;
  int letters = 0, uppers = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto u = static_cast<unsigned char>(v[i]);
    if (u == '\'' || (u == 0xE2 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
                      static_cast<unsigned char>(v[i + 2]) == 0x99)) {  // is_apostrophe
      out[n++] = '\'';
      if (u == 0xE2) i += 2;
      continue;
    }
    const auto folded = static_cast<unsigned char>(u | 0x20);
    if (folded >= 'a' && folded <= 'z') {  // an ASCII letter
      ++letters;
      if (u != folded) ++uppers;
      out[n++] = static_cast<char>(folded);
    } else {
      out[n++] = static_cast<char>(u);
    }
  }
  if (n != v.size()) w.lower.resize(n);
  w.cap = !v.empty() && v[0] >= 'A' && v[0] <= 'Z';
  w.upper = letters >= 2 && uppers == letters;
}

// fold for a word of ASCII letters and digits only (split_words' plain tokens), one test-free
// step a byte: nothing to fold but letters, '0'-'9' keep their value under | 0x20, the letters
// are the bytes with 0x40 set, and of these bytes only 'A'-'Z' lack 0x20.
void fold_plain(Word& w, std::string_view text) {
  const std::string_view v = text.substr(w.start, w.end - w.start);
  w.lower.assign(v);
  char* out = w.lower.data();
  int letters = 0, uppers = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto u = static_cast<unsigned char>(v[i]);
    letters += (u >> 6) & 1;
    uppers += (u & 0x20) == 0;
    out[i] = static_cast<char>(u | 0x20);
  }
  w.cap = !v.empty() && v[0] >= 'A' && v[0] <= 'Z';
  w.upper = letters >= 2 && uppers == letters;
}

// Splits text[begin, end) into words, appending to out.
template <class Emit>
void split_range(std::string_view text, std::size_t begin, std::size_t end, Emit&& emit) {
  std::size_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    std::size_t alen = 0;
    // A clitic the segmenter split off ("’s" after "Putin") is the possessive, not a quote.
    if (is_apostrophe(text, i, &alen) && i + alen < end && (text[i + alen] == 's' || text[i + alen] == 'S') &&
        (i + alen + 1 >= end || !word_byte(text, i + alen + 1)) && i > 0 && word_byte(text, i - 1)) {
      emit(i, i + alen + 1, false, false);
      i += alen + 1;
      continue;
    }
    if (std::size_t n = utf8_punct(text, i); n > 0 && !(n == 2 && static_cast<unsigned char>(text[i + 1]) == 0xA0)) {
      // U+2018..U+201F and « » are quotation marks; dashes and the ellipsis are not.
      unsigned char last = static_cast<unsigned char>(text[i + n - 1]);
      bool q = n == 2 || (last >= 0x98 && last <= 0x9F);
      emit(i, std::min(i + n, end), true, q);
      i += n;
      continue;
    } else if (n == 2) {
      i += 2;
      continue;
    }
    if (word_byte(text, i)) {
      std::size_t j = i;
      while (j < end) {
        if (word_byte(text, j)) {
          ++j;
          continue;
        }
        // Internal . - & and apostrophes stay inside a word when a letter follows, except
        // the possessive 's, which is its own word.
        if ((text[j] == '.' || text[j] == '-' || text[j] == '&') && j + 1 < end && word_byte(text, j + 1)) {
          ++j;
          continue;
        }
        if (is_apostrophe(text, j, &alen) && j + alen < end && word_byte(text, j + alen)) {
          std::size_t k = j + alen;
          bool possessive = (text[k] == 's' || text[k] == 'S') && (k + 1 >= end || !word_byte(text, k + 1));
          if (possessive) break;
          j = k;
          continue;
        }
        break;
      }
      // A trailing period belongs to initials ("U.S.", "W.") and listed abbreviations ("Mr.").
      if (j < end && text[j] == '.') {
        std::string_view core = text.substr(i, j - i);
        bool initials = core.find('.') != std::string_view::npos || (core.size() == 1 && core[0] >= 'A' && core[0] <= 'Z');
        if (initials || abbreviations().count(lower(std::string(core) + "."))) ++j;
      }
      emit(i, j, false, false);
      i = j;
      if (i < end && is_apostrophe(text, i, &alen) && i + alen < end &&
          (text[i + alen] == 's' || text[i + alen] == 'S')) {
        emit(i, i + alen + 1, false, false);
        i += alen + 1;
      }
      continue;
    }
    if (is_apostrophe(text, i, &alen)) {
      emit(i, i + alen, true, true);
      i += alen;
      continue;
    }
    emit(i, i + 1, true, c == '"');
    ++i;
  }
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Words split_words(const Segmented& text) {
  Words out;
  out.sentence_begin.reserve(text.sentences.size() + 1);
  out.words.reserve(text.tokens.size() + text.tokens.size() / 8);  // about a word a token
  std::size_t tok = 0;
  for (std::uint32_t s = 0; s < text.sentences.size(); ++s) {
    out.sentence_begin.push_back(static_cast<std::uint32_t>(out.words.size()));
    const Sentence& sent = text.sentences[s];
    for (tok = sent.first_token; tok < std::size_t{sent.first_token} + sent.token_count && tok < text.tokens.size(); ++tok) {
      const Token& t = text.tokens[tok];
      // Built in place (a local Word moved in cost a string move and destruction a word).
      const auto add = [&](std::size_t a, std::size_t b, bool punct, bool quote) -> Word& {
        Word& w = out.words.emplace_back();
        w.start = static_cast<std::uint32_t>(a);
        w.end = static_cast<std::uint32_t>(b);
        w.token = static_cast<std::uint32_t>(tok);
        w.sentence = s;
        w.punct = punct;
        w.quote = quote;
        return w;
      };
      const auto emit = [&](std::size_t a, std::size_t b, bool punct, bool quote) {
        fold(add(a, b, punct, quote), text.text);
      };
      const std::size_t end = std::min<std::size_t>(t.end, text.text.size());
      // Most tokens are ASCII letters and digits only: split_range would give them whole as one
      // word (no punctuation, apostrophe, period or UTF-8 byte to split at).
      bool plain = t.start < end;
      for (std::size_t k = t.start; k < end && plain; ++k) plain = ascii_alnum(static_cast<unsigned char>(text.text[k]));
      if (plain) fold_plain(add(t.start, end, false, false), text.text);
      else split_range(text.text, t.start, end, emit);
    }
  }
  out.sentence_begin.push_back(static_cast<std::uint32_t>(out.words.size()));
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  split_range(phrase, 0, phrase.size(), [&](std::size_t a, std::size_t b, bool, bool) {
    Word w;
    w.start = static_cast<std::uint32_t>(a);
    w.end = static_cast<std::uint32_t>(b);
    fold(w, phrase);
    out.push_back(std::move(w.lower));
  });
  return out;
}

}  // namespace dateline::detail
