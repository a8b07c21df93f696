// The word lists of the timex tagger, read once from the embedded data/timex/*.tsv files.
#pragma once

#include "common/phrase_index.hpp"
#include "common/word_table.hpp"

#include <dateline/timex.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::timex {

struct Phrase {
  std::vector<std::string> words;  // lower case, tokenised like the text
  std::string a, b, c;             // the row's other fields
};

// Everything the lists say about one lower-case word, so that the tagger looks a token up
// once (when it tokenises) instead of once per list per rule. Null = not in that list.
struct WordInfo {
  const int* months = nullptr;
  const bool* month_abbrev = nullptr;
  const int* weekdays = nullptr;
  const int* numbers = nullptr;
  const int* ordinals = nullptr;
  const std::pair<std::string, bool>* units = nullptr;
  const int* seasons = nullptr;
  const std::string* day_parts = nullptr;
  const std::string* tense = nullptr;
  const bool* preposition = nullptr;
  const std::vector<const Phrase*>* fuzzy = nullptr;  // phrases starting with the word
  const std::vector<const Phrase*>* modifier = nullptr;
  const std::vector<const Phrase*>* named = nullptr;
  const std::vector<const Phrase*>* holiday = nullptr;
  // An abbreviation of data/text/abbreviations.tsv ("vs", "approx", "calif"): true when it
  // never ends a sentence (a title), false when it ends one only before a sentence starter.
  const bool* abbreviation = nullptr;
  bool sentence_starter = false;  // data/text/sentence_starters.tsv ("the", "he")
  // Some rule may start at the word. Tense cues and prepositions are read around a date, never
  // as its first word, and trying the grammar at every "in" and "on" would cost time for nothing.
  bool starts = false;
  // data/timex/gated_starts.tsv: starts the grammar only before a time word.
  bool gated = false;
  // A word of some list or phrase, of rule_words.tsv or of inner_words.tsv: what an expression
  // opened by a gated word must reach within four tokens.
  bool time_word = false;
  // A word every expression that holds it may be told by: a month, weekday, unit, season or
  // part of day, the last word of a fixed phrase, a word the rules test by name that
  // prefix_words.tsv does not list. With the digits, every expression holds one near its
  // start, so the grammar is not tried where none follows (Tagger::head_follows).
  bool head = false;
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
  std::unordered_map<std::string, bool> prepositions;      // "on", "in" (data/timex/prepositions.tsv)
  std::unordered_map<std::string, bool> zones;             // "gmt", "et" (data/timex/zones.tsv)
  std::unordered_map<std::string, bool> abbreviations;     // "vs" -> false, "gen" -> true (a title)
  // data/timex/historic_days.tsv: "9-11 attacks" (month-day noun) -> 2001
  std::unordered_map<std::string, int> historic_days;
  std::vector<Phrase> fuzzy;      // a=type b=value
  std::vector<Phrase> modifiers;  // a=mod b=kind
  std::vector<Phrase> named;      // a=first year b=last year
  std::vector<Phrase> holidays;   // a=rule (data/timex/holidays.tsv)
  // Each phrase list indexed by its first word, so that a text position costs one lookup.
  using Index = std::unordered_map<std::string, std::vector<const Phrase*>>;
  Index fuzzy_index, modifier_index, named_index, holiday_index;
  std::unordered_map<std::string, WordInfo> words;  // points into the maps above
  QuickFilter word_filter;  // the keys of `words`: most text words are none, and skip hashing

  WordTable<WordInfo> word_table;  // `words` for the lookup of every text word
  const WordInfo* info(std::string_view word) const {
    if (!word_filter.may_hold(word)) return nullptr;
    return word_table.find(word);
  }
};

const Lexicon& lexicon();

// find_timexes without the look-ahead at the gated words (the grammar tried at every one of
// them): the general path the look-ahead is tested against (tests/unit/fast_path_test.cpp).
std::vector<Timex> find_timexes_ungated(std::string_view text, const TimexOptions& options);

// Lower-case word tokens of a phrase as the tagger splits text (letters, digits, each other
// character alone).
std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace dateline::timex
