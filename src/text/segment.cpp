// Tokens and sentences with byte offsets, in one linear pass each.
//
// Tokens: words (letters and digits, joined by internal hyphens and apostrophes, with English
// clitics split off: "Biden's" -> "Biden" "'s", "don't" -> "do" "n't"), numbers (digit groups
// joined by , . : / - when a digit follows, plus an ordinal or plural suffix: "2,000", "3.5",
// "10:30", "1998-03-22", "1990s", "21st"), abbreviations keeping their period (listed in
// data/text/abbreviations.tsv, or shaped like "U.S."/"a.m."/"F."), and punctuation and symbols
// one code point each ("...", "--" and the PTB quotes `` and '' are single tokens).
//
// Sentences: text is cut into lines; lines without a letter or digit ("---") are dropped;
// a Markdown "# heading" line is a heading sentence; lines separated by single newlines form a
// paragraph; a blank line ends a paragraph unless the paragraph plainly continues (no closing
// punctuation, next paragraph starts lower-case). A one-line paragraph that is short and has
// no closing punctuation is a heading. Inside a paragraph a sentence ends at . ! ? (plus any
// closing quotes and brackets) before a word that does not start lower-case; after an
// abbreviation only before a sentence-starter word or an opening quote; never after a title.
#include <dateline/text.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "text/apostrophe.hpp"
#include "text/utf8.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace dateline {
namespace {

enum class Abbrev : std::uint8_t { none, title, other };

struct Lexicon {
  std::unordered_map<std::string_view, Abbrev> abbreviations;
  std::unordered_set<std::string_view> starters;
  std::size_t longest_abbreviation = 0;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    if (auto data = embedded::file("text/abbreviations.tsv")) {
      tsv::for_each_row(*data, true, [&](const std::vector<std::string_view>& f) {
        if (f.empty() || f[0].empty()) return;
        const bool title = f.size() > 1 && f[1] == "title";
        l.abbreviations[f[0]] = title ? Abbrev::title : Abbrev::other;
        l.longest_abbreviation = std::max(l.longest_abbreviation, f[0].size());
      });
    }
    if (auto data = embedded::file("text/sentence_starters.tsv")) {
      tsv::for_each_row(*data, true, [&](const std::vector<std::string_view>& f) {
        if (!f.empty() && !f[0].empty()) l.starters.insert(f[0]);
      });
    }
    return l;
  }();
  return lex;
}

constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

utf8::Class class_at(std::string_view s, std::size_t i) {
  return i < s.size() ? utf8::classify(utf8::decode(s, i).cp) : utf8::Class::space;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The ASCII letters and digits, one load a byte in the word loop below (instead of four range
// tests).
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = is_ascii_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c));
  return t;
}();

// The end of the word starting at i: letters and digits, joined by a hyphen or apostrophe
// when a letter or digit follows it.
std::size_t scan_word(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (kAsciiAlnum[static_cast<unsigned char>(s[i])]) {  // most bytes: no decoding
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(s, i);
    const utf8::Class c = utf8::classify(d.cp);
    if (c == utf8::Class::letter || c == utf8::Class::digit) {
      i += d.len;
    } else if ((is_hyphen(d.cp) || is_apostrophe(d.cp)) && i + d.len < s.size()) {
      const utf8::Class next = class_at(s, i + d.len);
      const bool joins = next == utf8::Class::letter || (is_hyphen(d.cp) && next == utf8::Class::digit);
      if (!joins) break;
      i += d.len;
    } else {
      break;
    }
  }
  return i;
}

// Letters with periods, two or more: "U.S.", "a.m.", "J.R.R."; returns i when there is none.
std::size_t scan_initials(std::string_view s, std::size_t i) {
  std::size_t j = i;
  int groups = 0;
  while (j + 1 < s.size() && is_ascii_alpha(s[j]) && s[j + 1] == '.') {
    j += 2;
    ++groups;
  }
  return groups >= 2 ? j : i;
}

std::size_t scan_number(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size()) {
    if (is_digit(s[j])) {
      ++j;
    } else if ((s[j] == ',' || s[j] == '.' || s[j] == ':' || s[j] == '/' || s[j] == '-') && j + 1 < s.size() &&
               is_digit(s[j + 1])) {
      j += 2;
    } else {
      break;
    }
  }
  // An ordinal or plural suffix: "21st", "3rd", "1990s".
  auto suffix_len = [&](std::size_t k) -> std::size_t {
    std::size_t e = k;
    while (e < s.size() && e - k < 3 && is_ascii_alpha(s[e])) ++e;
    if (e < s.size() && class_at(s, e) == utf8::Class::letter) return 0;
    std::string lower;
    for (std::size_t m = k; m < e; ++m) lower += static_cast<char>(s[m] | 0x20);
    return (lower == "s" || lower == "st" || lower == "nd" || lower == "rd" || lower == "th") ? e - k : 0;
  };
  return j + suffix_len(j);
}

// Where an English clitic starts inside the word [b, e), or e when there is none.
std::size_t clitic_start(std::string_view s, std::size_t b, std::size_t e) {
  static constexpr std::string_view kClitics[] = {"s", "re", "ve", "d", "m", "ll"};
  // Every clitic holds an apostrophe (' or the 0xE2-led U+2019) in the word's last five
  // bytes; most words have none, so look for one before trying each form.
  if (!text::apostrophe_in_tail(s, b, e)) return e;
  for (std::string_view apos : {std::string_view{"'"}, std::string_view{"\xE2\x80\x99"}}) {
    for (std::string_view c : kClitics) {
      const std::size_t n = apos.size() + c.size();
      if (e - b <= n) continue;
      const std::size_t a = e - n;
      if (s.substr(a, apos.size()) != apos) continue;
      bool same = true;
      for (std::size_t k = 0; k < c.size(); ++k) same = same && (s[a + apos.size() + k] | 0x20) == c[k];
      if (same) return a;
    }
    // n't: "don't" -> "do" "n't"
    const std::size_t n = 1 + apos.size() + 1;
    if (e - b > n && (s[e - 1] | 0x20) == 't' && s.substr(e - 1 - apos.size(), apos.size()) == apos &&
        (s[e - n] | 0x20) == 'n')
      return e - n;
  }
  return e;
}

std::vector<Token> tokenize(std::string_view s) {
  const Lexicon& lex = lexicon();
  std::vector<Token> out;
  out.reserve(s.size() / 5);  // about a token per five bytes of prose
  text::ApostropheFinder apostrophes(s);  // most words hold none: clitic_start only for those that do
  auto push = [&](std::size_t b, std::size_t e, TokenKind k) {
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), k});
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const utf8::Decoded d = utf8::decode(s, i);
    const utf8::Class c = utf8::classify(d.cp);
    if (c == utf8::Class::space) {
      i += d.len;
    } else if (c == utf8::Class::letter) {
      std::size_t e = scan_initials(s, i);
      if (e > i) {
        push(i, e, TokenKind::word);
        i = e;
        continue;
      }
      e = scan_word(s, i);
      if (e < s.size() && s[e] == '.') {
        const std::string_view with_period = s.substr(i, e + 1 - i);
        const bool listed = with_period.size() <= lex.longest_abbreviation && lex.abbreviations.count(with_period);
        const bool initial = e == i + 1 && is_upper(s[i]);  // "John F. Kennedy"
        if (listed || initial) {
          push(i, e + 1, TokenKind::word);
          i = e + 1;
          continue;
        }
      }
      const std::size_t cut = apostrophes.in_tail(i, e) ? clitic_start(s, i, e) : e;
      push(i, cut, TokenKind::word);
      if (cut < e) push(cut, e, TokenKind::word);
      i = e;
    } else if (c == utf8::Class::digit) {
      const std::size_t e = scan_number(s, i);
      push(i, e, TokenKind::number);
      i = e;
    } else if (c == utf8::Class::punct) {
      std::size_t e = i + d.len;
      if ((s[i] == '.' || s[i] == '-') && e < s.size() && s[e] == s[i]) {
        while (e < s.size() && s[e] == s[i]) ++e;  // "..." and "--"
      } else if (s[i] == '\'' && e < s.size() && s[e] == '\'') {
        ++e;  // '' closing quote of PTB-style text
      }
      push(i, e, TokenKind::punct);
      i = e;
    } else if (s[i] == '`') {
      const std::size_t e = i + 1 < s.size() && s[i + 1] == '`' ? i + 2 : i + 1;  // `` opening quote
      push(i, e, TokenKind::punct);
      i = e;
    } else {
      push(i, i + d.len, TokenKind::symbol);
      i += d.len;
    }
  }
  return out;
}

// --- sentences ------------------------------------------------------------------------------

struct Ctx {
  std::string_view text;
  const std::vector<Token>& toks;
  const Lexicon& lex;
  std::string_view tok(std::size_t i) const { return text.substr(toks[i].start, toks[i].end - toks[i].start); }
};

bool is_terminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "\xE2\x80\xA6" /* … */ || t == "..." || t == "\xE2\x80\xBD";
}
bool is_ellipsis(std::string_view t) { return t == "..." || t == "\xE2\x80\xA6"; }
bool is_closer(std::string_view t) {
  return t == "\xE2\x80\x9D" /* ” */ || t == "\xE2\x80\x99" /* ’ */ || t == "\xC2\xBB" /* » */ ||
         t == "\xE2\x80\xBA" /* › */ || t == ")" || t == "]" || t == "}" || t == "\"" || t == "'" || t == "''";
}
bool is_opener(std::string_view t) {
  return t == "\xE2\x80\x9C" /* “ */ || t == "\xE2\x80\x98" /* ‘ */ || t == "\xC2\xAB" /* « */ ||
         t == "\xE2\x80\x9E" /* „ */ || t == "(" || t == "[" || t == "\"" || t == "'" || t == "``" || t == "`";
}

// True when the paragraph-level token `i` closes its sentence with terminal punctuation
// (possibly followed by closing quotes or brackets).
bool ends_with_terminal(const Ctx& c, std::size_t first, std::size_t last) {
  std::size_t i = last;
  while (i > first && is_closer(c.tok(i))) --i;
  return is_terminal(c.tok(i));
}

// Where the sentence that may end at token i (a terminal or an abbreviation) really ends:
// the index after the last token of the sentence, or i + 1 unchanged with split=false.
struct Cut {
  std::size_t next;  // first token of the following sentence
  bool split;
};

Cut consider_cut(const Ctx& c, std::size_t i, std::size_t end) {
  const std::string_view t = c.tok(i);
  const bool terminal = is_terminal(t);
  Abbrev abbrev = Abbrev::none;
  if (!terminal) {
    if (t.size() < 2 || t.back() != '.') return {i + 1, false};
    auto it = c.lex.abbreviations.find(t);
    abbrev = it != c.lex.abbreviations.end() ? it->second : Abbrev::other;
    if (abbrev == Abbrev::title) return {i + 1, false};
  }
  std::size_t j = i + 1;
  while (j < end && is_terminal(c.tok(j)) && c.toks[j].start == c.toks[j - 1].end) ++j;  // "?!"
  // Closing quotes and brackets attached to the terminal belong to this sentence.
  while (j < end && is_closer(c.tok(j)) && c.toks[j].start == c.toks[j - 1].end) {
    const std::string_view q = c.tok(j);
    if ((q == "\"" || q == "'") && j + 1 < end && c.toks[j + 1].start == c.toks[j].end) break;
    ++j;
  }
  if (j >= end) return {j, true};
  const std::string_view n = c.tok(j);
  const char n0 = n[0];
  const bool opener = is_opener(n) && (j + 1 >= end || !is_lower(c.text[c.toks[j + 1].start]));
  if (terminal && !is_ellipsis(t)) {
    if (c.toks[j].kind == TokenKind::word || c.toks[j].kind == TokenKind::number) return {j, !is_lower(n0)};
    return {j, opener || c.toks[j].kind == TokenKind::symbol};
  }
  // An abbreviation or an ellipsis: a new sentence only when a sentence plainly starts.
  return {j, opener || c.lex.starters.count(n) > 0};
}

}  // namespace

Segmented segment(std::string_view text) {
  Segmented out;
  out.text = text;
  const std::vector<Token> toks = tokenize(text);
  const Ctx c{text, toks, lexicon()};

  // Newlines between consecutive tokens: 0 same line, 1 next line, 2+ a blank line between.
  auto newlines_before = [&](std::size_t k) {
    if (k == 0) return 2;
    int n = 0;
    for (std::size_t p = toks[k - 1].end; p < toks[k].start && n < 2; ++p)
      if (text[p] == '\n' || (text[p] == '\r' && (p + 1 >= text.size() || text[p + 1] != '\n'))) ++n;
    return n;
  };

  struct Line {
    std::size_t first, last;  // token range, inclusive
    int gap;                  // newlines before it
  };
  struct Block {
    std::size_t first, last;  // tokens of its text (heading markers excluded)
    bool md_heading = false;
    bool single_line = true;
    bool after_blank = true;  // separated from the previous block by blank lines only
  };
  out.tokens.reserve(toks.size());  // every token but separator lines ends up in a sentence
  std::vector<Block> blocks;
  bool rule_since_last_block = true;
  int pending_gap = 2;

  auto finish_line = [&](const Line& line) {
    bool has_content = false;
    for (std::size_t k = line.first; k <= line.last && !has_content; ++k)
      has_content = toks[k].kind == TokenKind::word || toks[k].kind == TokenKind::number;
    const int gap = std::max(pending_gap, line.gap);
    if (!has_content) {  // "---", "***", "* * *": a separator, not a sentence
      rule_since_last_block = true;
      pending_gap = 2;
      return;
    }
    // "# Heading": '#' markers at the start of the line, then a space.
    std::size_t k = line.first;
    while (k <= line.last && c.tok(k) == "#") ++k;
    const bool md = k > line.first && k <= line.last && toks[k].start > toks[k - 1].end;
    if (md) {
      blocks.push_back({k, line.last, true, true, false});
      rule_since_last_block = true;  // nothing continues a heading
      pending_gap = 2;
      return;
    }
    if (gap == 1 && !blocks.empty() && !blocks.back().md_heading && !rule_since_last_block) {
      blocks.back().last = line.last;
      blocks.back().single_line = false;
    } else {
      blocks.push_back({line.first, line.last, false, true, !rule_since_last_block});
    }
    rule_since_last_block = false;
    pending_gap = 0;
  };

  for (std::size_t k = 0; k < toks.size();) {
    Line line{k, k, newlines_before(k)};
    std::size_t e = k + 1;
    while (e < toks.size() && newlines_before(e) == 0) ++e;
    line.last = e - 1;
    finish_line(line);
    k = e;
  }

  // Paragraph continuation across a blank line: "... pipeline and\n\nevaluating the ...".
  std::vector<Block> paras;
  for (const Block& b : blocks) {
    if (!paras.empty() && b.after_blank && !b.md_heading && !paras.back().md_heading &&
        toks[b.first].kind == TokenKind::word && is_lower(text[toks[b.first].start]) &&
        !ends_with_terminal(c, paras.back().first, paras.back().last)) {
      paras.back().last = b.last;
      paras.back().single_line = false;
      continue;
    }
    paras.push_back(b);
  }

  auto emit = [&](std::size_t first, std::size_t last, bool heading) {
    Sentence s;
    s.start = toks[first].start;
    s.end = toks[last].end;
    s.first_token = static_cast<std::uint32_t>(out.tokens.size());
    s.token_count = static_cast<std::uint32_t>(last - first + 1);
    s.heading = heading;
    out.tokens.insert(out.tokens.end(), toks.begin() + static_cast<std::ptrdiff_t>(first),
                      toks.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    out.sentences.push_back(s);
  };

  constexpr std::size_t kHeadingMaxTokens = 16, kHeadingMaxBytes = 150;
  for (const Block& p : paras) {
    const std::string_view last = c.tok(p.last);
    const bool short_unpunctuated = p.single_line && p.last - p.first < kHeadingMaxTokens &&
                                    toks[p.last].end - toks[p.first].start <= kHeadingMaxBytes &&
                                    !ends_with_terminal(c, p.first, p.last) && last != "," && last != ";";
    if (p.md_heading || short_unpunctuated) {
      emit(p.first, p.last, true);
      continue;
    }
    std::size_t start = p.first;
    for (std::size_t i = p.first; i <= p.last;) {
      const Cut cut = consider_cut(c, i, p.last + 1);
      if (cut.split) {
        emit(start, cut.next - 1, false);
        start = cut.next;
      }
      i = std::max(cut.next, i + 1);
    }
    if (start <= p.last) emit(start, p.last, false);
  }
  return out;
}

}  // namespace dateline
