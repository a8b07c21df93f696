// A hashed index over a std::map keyed by lower-cased phrases ("united states"): exact
// lookup by string_view without building a std::string, and a test of whether some longer
// key starts with a given phrase and a space, so that longest-match loops stop at the first
// word that leads nowhere instead of trying every length up to the longest key.
//
// The index points into the map's nodes and keys: the map must outlive it and not change.
#pragma once

#include <bitset>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/word_table.hpp"

namespace dateline {

// A one-sided prefilter for the hashed lookups: a bit per cheap fingerprint (length and three
// of the bytes) of every key. A clear bit means "not a key" without hashing the whole string,
// which is what most words of a sentence are; a set bit means "ask the hash table".
class QuickFilter {
 public:
  void add(std::string_view k) { bits_.set(slot(k)); }
  bool may_hold(std::string_view k) const { return bits_.test(slot(k)); }

 private:
  static constexpr std::size_t kBits = std::size_t{1} << 14;
  static std::size_t slot(std::string_view k) {
    if (k.empty()) return 0;
    const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(k[i])); };
    return (k.size() * 0x9E5 + b(0) * 0x3B + b(k.size() - 1) * 0x1F1 + b(k.size() / 2) * 0x65) & (kBits - 1);
  }
  std::bitset<kBits> bits_;
};

template <class V>
class PhraseIndex {
 public:
  template <class Map>
  explicit PhraseIndex(const Map& map) {
    static constexpr bool kPrefix = true;
    std::vector<std::pair<std::string_view, const V*>> exact;
    std::vector<std::pair<std::string_view, const bool*>> prefixes;
    exact.reserve(map.size());
    for (const auto& [key, value] : map) {
      const std::string_view k = key;
      exact.emplace_back(k, &value);
      exact_filter_.add(k);
      for (std::size_t p = k.find(' '); p != std::string_view::npos; p = k.find(' ', p + 1)) {
        prefixes.emplace_back(k.substr(0, p), &kPrefix);
        prefix_filter_.add(k.substr(0, p));
      }
    }
    exact_ = WordTable<V>(exact);
    prefixes_ = WordTable<bool>(prefixes);
  }

  const V* find(std::string_view key) const {
    if (!exact_filter_.may_hold(key)) return nullptr;
    return exact_.find(key);
  }
  // Whether some key is `phrase` followed by a space and more words.
  bool continues(std::string_view phrase) const {
    return prefix_filter_.may_hold(phrase) && prefixes_.find(phrase) != nullptr;
  }

 private:
  // Flat tables (src/common/word_table.hpp) rather than std::unordered_map: one probe in one
  // array per lookup, no _Hash_bytes call and no node to follow.
  WordTable<V> exact_;
  WordTable<bool> prefixes_;
  QuickFilter exact_filter_, prefix_filter_;
};

// The same for a set of phrases: membership only.
class PhraseSet {
 public:
  template <class Set>
  explicit PhraseSet(const Set& set) {
    static constexpr bool kMember = true;
    std::vector<std::pair<std::string_view, const bool*>> members;
    for (const auto& k : set) {
      members.emplace_back(std::string_view(k), &kMember);
      filter_.add(k);
    }
    members_ = WordTable<bool>(members);
  }
  bool contains(std::string_view phrase) const { return filter_.may_hold(phrase) && members_.find(phrase) != nullptr; }

 private:
  WordTable<bool> members_;
  QuickFilter filter_;
};

}  // namespace dateline
