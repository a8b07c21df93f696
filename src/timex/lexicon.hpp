// The word lists of the timex tagger, read once from the embedded data/timex/*.tsv files.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::timex {

struct Phrase {
  std::vector<std::string> words;  // lower case, tokenised like the text
  std::string a, b, c;             // the row's other fields
};

struct Lexicon {
  std::unordered_map<std::string, int> months;        // "jan" -> 1
  std::unordered_map<std::string, bool> month_abbrev;  // may carry a period
  std::unordered_map<std::string, int> weekdays;      // ISO weekday
  std::unordered_map<std::string, int> numbers;       // -1 for vague ("several")
  std::unordered_map<std::string, int> ordinals;
  std::unordered_map<std::string, std::pair<std::string, bool>> units;  // code, plural
  std::unordered_map<std::string, int> seasons;       // index into kSeasonCodes
  std::unordered_map<std::string, std::string> day_parts;  // "morning" -> "MO"
  std::unordered_map<std::string, std::string> tense;      // "will" -> "future"
  std::vector<Phrase> fuzzy;      // a=type b=value
  std::vector<Phrase> modifiers;  // a=mod b=kind
  std::vector<Phrase> named;      // a=first year b=last year
  // Each phrase list indexed by its first word, so that a text position costs one lookup.
  using Index = std::unordered_map<std::string, std::vector<const Phrase*>>;
  Index fuzzy_index, modifier_index, named_index;
};

const Lexicon& lexicon();

// Lower-case word tokens of a phrase as the tagger splits text (letters, digits, each other
// character alone).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace dateline::timex
