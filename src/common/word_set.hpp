// A set of lower-cased words or phrases read from the data files: a std::set (sorted, so
// iteration order and contents are those of the std::set it replaces) with a 256-bit
// fingerprint filter in front of its lookups. Most words looked up in a list are not in it,
// and a clear bit answers that without walking the tree and comparing strings (the string
// comparisons of these lookups were about 5% of `build` on the real CPU).
//
// Filled while the lists are loaded, then only read (thread-safe like a const std::set).
#pragma once

#include "common/word_table.hpp"

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

class WordSet {
 public:
  using Set = std::set<std::string, std::less<>>;
  using const_iterator = Set::const_iterator;
  using iterator = Set::const_iterator;
  using value_type = std::string;

  WordSet() = default;
  WordSet(Set s) : set_(std::move(s)) {  // NOLINT: a drop-in for the std::set it wraps
    reindex();
  }
  WordSet(std::initializer_list<std::string> words) : set_(words) { reindex(); }
  // The table points at the set's nodes: a copy indexes its own; a move keeps the nodes.
  WordSet(const WordSet& o) : set_(o.set_) { reindex(); }
  WordSet& operator=(const WordSet& o) {
    if (this != &o) {
      set_ = o.set_;
      reindex();
    }
    return *this;
  }
  WordSet(WordSet&&) noexcept = default;
  WordSet& operator=(WordSet&&) noexcept = default;
  ~WordSet() = default;

  std::pair<const_iterator, bool> insert(std::string w) {
    auto r = set_.insert(std::move(w));
    if (r.second) index(*r.first);
    return r;
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string(*first));
  }

  std::size_t count(std::string_view w) const { return may_hold(w) && in_table(w) ? 1 : 0; }
  bool contains(std::string_view w) const { return count(w) != 0; }
  const_iterator find(std::string_view w) const { return may_hold(w) && in_table(w) ? set_.find(w) : set_.end(); }

  const_iterator begin() const { return set_.begin(); }
  const_iterator end() const { return set_.end(); }
  std::size_t size() const { return set_.size(); }
  bool empty() const { return set_.empty(); }
  const Set& set() const { return set_; }

 private:
  static constexpr std::size_t kBits = 256;
  static std::size_t slot(std::string_view k) {
    if (k.empty()) return 0;
    const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(k[i])); };
    return (k.size() * 0x9E5 + b(0) * 0x3B + b(k.size() - 1) * 0x1F1 + b(k.size() / 2) * 0x65) % kBits;
  }
  void mark(std::string_view w) { bits_.set(slot(w)); }
  bool may_hold(std::string_view w) const { return bits_.test(slot(w)); }

  // Behind the filter, one probe in a flat table of the set's members instead of a tree walk
  // (a string comparison, on the real CPU a call to memcmp, at every level): open addressing,
  // at most half full, pointers to the set's own strings.
  struct Slot {
    const std::string* key = nullptr;
    std::uint32_t hash = 0;
  };
  void place(const std::string& w, std::uint32_t h) {
    std::size_t i = h & (slots_.size() - 1);
    while (slots_[i].key) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = Slot{&w, h};
  }
  void index(const std::string& w) {
    mark(w);
    if (2 * set_.size() > slots_.size()) {
      reindex();  // grown: every member placed again, this one with them
      return;
    }
    place(w, WordTable<bool>::hash(w));
  }
  void reindex() {
    bits_.reset();
    std::size_t n = 16;
    while (n < 2 * set_.size()) n *= 2;
    slots_.assign(n, Slot{});
    for (const std::string& w : set_) {
      mark(w);
      place(w, WordTable<bool>::hash(w));
    }
  }
  bool in_table(std::string_view w) const {
    if (slots_.empty()) return false;
    const std::uint32_t h = WordTable<bool>::hash(w);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (!s.key) return false;
      if (s.hash == h && s.key->size() == w.size() && WordTable<bool>::same_bytes(s.key->data(), w.data(), w.size()))
        return true;
    }
  }

  Set set_;
  std::bitset<kBits> bits_;
  std::vector<Slot> slots_;
};

}  // namespace dateline
