// First cut: whitespace tokens, sentences at . ! ? and blank lines. The ingest issue
// replaces this with the real segmenter.
#include <dateline/text.hpp>

namespace dateline {

Segmented segment(std::string_view text) {
  Segmented out;
  out.text = text;
  std::uint32_t sent_start = 0, first_tok = 0;
  auto close = [&](std::uint32_t end) {
    if (out.tokens.size() > first_tok)
      out.sentences.push_back({sent_start, end, first_tok, static_cast<std::uint32_t>(out.tokens.size() - first_tok), false});
    first_tok = static_cast<std::uint32_t>(out.tokens.size());
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') close(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r') ++j;
    if (out.tokens.size() == first_tok) sent_start = static_cast<std::uint32_t>(i);
    out.tokens.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), TokenKind::word});
    char last = text[j - 1];
    if (last == '.' || last == '!' || last == '?') close(static_cast<std::uint32_t>(j));
    i = j;
  }
  close(static_cast<std::uint32_t>(text.size()));
  return out;
}

}  // namespace dateline
