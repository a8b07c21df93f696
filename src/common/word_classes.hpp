// One hashed lookup a word for several word lists at once: the union of the lists' keys, each
// key mapped to a mask with one bit per list that holds it. A rule that asks "is this word in
// list X" for many lists at every word (the event extractor asks whether a word is a
// reporting verb, a signal or the first word of a trigger, some of these several times a
// word) computes the mask once a word and then tests bits, instead of hashing the word again
// per list and per question.
//
// The answer for a list is exactly its membership test: `of(w) & bit` is set if and only if
// w is a key given with that bit. Filled once (add, then seal), then only read.
#pragma once

#include "common/phrase_index.hpp"
#include "common/word_table.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <string_view>

namespace dateline {

class WordClasses {
 public:
  WordClasses() = default;
  // The table points at the masks of masks_: not copied or moved once sealed.
  WordClasses(const WordClasses&) = delete;
  WordClasses& operator=(const WordClasses&) = delete;

  // `key` (its bytes must outlive this object: a list's own string) is in class `bit`.
  void add(std::string_view key, std::uint32_t bit) {
    masks_[key] |= bit;
    filter_.add(key);
  }
  void seal() { table_ = WordTable<std::uint32_t>(masks_); }

  // The classes of `word`: 0 for a word of no list.
  std::uint32_t of(std::string_view word) const {
    if (!filter_.may_hold(word)) return 0;
    const std::uint32_t* m = table_.find(word);
    return m ? *m : 0;
  }

 private:
  std::map<std::string_view, std::uint32_t, std::less<>> masks_;
  WordTable<std::uint32_t> table_;
  QuickFilter filter_;
};

}  // namespace dateline
