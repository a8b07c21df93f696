// Sentences and tokens with byte offsets into Document::text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

enum class TokenKind : std::uint8_t { word, number, punct, symbol };

struct Token {
  std::uint32_t start = 0;  // offsets into the analysed text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
};

struct Sentence {
  std::uint32_t start = 0;  // byte offsets into the analysed text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // index into Segmented::tokens
  std::uint32_t token_count = 0;
  bool heading = false;  // a title or Markdown heading line, not a prose sentence
};

struct Segmented {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string_view token_text(std::size_t i) const {
    return text.substr(tokens[i].start, tokens[i].end - tokens[i].start);
  }
};

// Splits text into sentences and tokens. Abbreviations ("U.S.", "Jan.", "Mr.") do not end a
// sentence; a paragraph break ends one unless the sentence plainly continues on the next
// line (lower-case start, no closing punctuation). `text` must outlive the result.
Segmented segment(std::string_view text);

}  // namespace dateline
