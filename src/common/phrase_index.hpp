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
    exact_.reserve(map.size());
    for (const auto& [key, value] : map) {
      const std::string_view k = key;
      exact_.emplace(k, &value);
      exact_filter_.add(k);
      for (std::size_t p = k.find(' '); p != std::string_view::npos; p = k.find(' ', p + 1)) {
        prefixes_.insert(k.substr(0, p));
        prefix_filter_.add(k.substr(0, p));
      }
    }
  }

  const V* find(std::string_view key) const {
    if (!exact_filter_.may_hold(key)) return nullptr;
    auto it = exact_.find(key);
    return it == exact_.end() ? nullptr : it->second;
  }
  // Whether some key is `phrase` followed by a space and more words.
  bool continues(std::string_view phrase) const {
    return prefix_filter_.may_hold(phrase) && prefixes_.count(phrase) > 0;
  }

 private:
  std::unordered_map<std::string_view, const V*> exact_;
  std::unordered_set<std::string_view> prefixes_;
  QuickFilter exact_filter_, prefix_filter_;
};

// The same for a set of phrases: membership only.
class PhraseSet {
 public:
  template <class Set>
  explicit PhraseSet(const Set& set) : members_(set.begin(), set.end()) {
    for (std::string_view k : members_) filter_.add(k);
  }
  bool contains(std::string_view phrase) const { return filter_.may_hold(phrase) && members_.count(phrase) > 0; }

 private:
  std::unordered_set<std::string_view> members_;
  QuickFilter filter_;
};

}  // namespace dateline
