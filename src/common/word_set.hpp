// A set of lower-cased words or phrases read from the data files: a std::set (sorted, so
// iteration order and contents are those of the std::set it replaces) with a 256-bit
// fingerprint filter in front of its lookups. Most words looked up in a list are not in it,
// and a clear bit answers that without walking the tree and comparing strings (the string
// comparisons of these lookups were about 5% of `build` on the real CPU).
//
// Filled while the lists are loaded, then only read (thread-safe like a const std::set).
#pragma once

#include <bitset>
#include <cstddef>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace dateline {

class WordSet {
 public:
  using Set = std::set<std::string, std::less<>>;
  using const_iterator = Set::const_iterator;
  using iterator = Set::const_iterator;
  using value_type = std::string;

  WordSet() = default;
  WordSet(Set s) : set_(std::move(s)) {  // NOLINT: a drop-in for the std::set it wraps
    for (const std::string& w : set_) mark(w);
  }
  WordSet(std::initializer_list<std::string> words) : set_(words) {
    for (const std::string& w : set_) mark(w);
  }

  std::pair<const_iterator, bool> insert(std::string w) {
    mark(w);
    return set_.insert(std::move(w));
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string(*first));
  }

  std::size_t count(std::string_view w) const { return may_hold(w) && set_.find(w) != set_.end() ? 1 : 0; }
  bool contains(std::string_view w) const { return count(w) != 0; }
  const_iterator find(std::string_view w) const { return may_hold(w) ? set_.find(w) : set_.end(); }

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

  Set set_;
  std::bitset<kBits> bits_;
};

}  // namespace dateline
