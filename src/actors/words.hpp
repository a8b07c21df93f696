// A word view of a segmented text shared by the actor finder and the event extractor: each
// token split into words and punctuation ("Biden's" -> "Biden" "'s", "“I" -> "“" "I"), so
// both stages read the same units whatever the segmenter attached to a token.
#pragma once

#include <dateline/actors.hpp>
#include <dateline/text.hpp>

#include "common/literal_string.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::detail {

struct Word {
  std::uint32_t start = 0;  // offsets into the analysed text
  std::uint32_t end = 0;
  std::uint32_t token = 0;     // the Segmented token it came from
  std::uint32_t sentence = 0;  // index into Segmented::sentences
  LiteralString lower;         // ASCII-lower-cased; curly apostrophes folded to '
  bool punct = false;          // punctuation or quote mark
  bool cap = false;            // starts with an upper-case letter
  bool upper = false;          // every letter upper-case (and at least two letters)
  bool quote = false;          // an opening or closing quotation mark
};

struct Words {
  std::vector<Word> words;
  // sentence_begin[s] .. sentence_begin[s + 1]: the words of sentence s.
  std::vector<std::uint32_t> sentence_begin;
  std::uint32_t sentence_end(std::uint32_t s) const { return sentence_begin[s + 1]; }
};

// Splits every token of `text` into words. Linear in the text length.
Words split_words(const Segmented& text);

// Splits a short stand-alone phrase (a data-file entry) the same way; lower-cased words.
std::vector<std::string> phrase_words(std::string_view phrase);

// Lower-cased copy (ASCII letters only; other bytes kept).
std::string lower(std::string_view s);

// find_actors on words already split from `text` (the pipeline splits once for the actor
// finder and the event extractor).
std::vector<ActorMention> find_actors(const Segmented& text, const Words& words,
                                      std::optional<date::year> year = std::nullopt);

}  // namespace dateline::detail
