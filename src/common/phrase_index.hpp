// A hashed index over a std::map keyed by lower-cased phrases ("united states"): exact
// lookup by string_view without building a std::string, and a test of whether some longer
// key starts with a given phrase and a space, so that longest-match loops stop at the first
// word that leads nowhere instead of trying every length up to the longest key.
//
// The index points into the map's nodes and keys: the map must outlive it and not change.
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dateline {

template <class V>
class PhraseIndex {
 public:
  template <class Map>
  explicit PhraseIndex(const Map& map) {
    exact_.reserve(map.size());
    for (const auto& [key, value] : map) {
      const std::string_view k = key;
      exact_.emplace(k, &value);
      for (std::size_t p = k.find(' '); p != std::string_view::npos; p = k.find(' ', p + 1))
        prefixes_.insert(k.substr(0, p));
    }
  }

  const V* find(std::string_view key) const {
    auto it = exact_.find(key);
    return it == exact_.end() ? nullptr : it->second;
  }
  // Whether some key is `phrase` followed by a space and more words.
  bool continues(std::string_view phrase) const { return prefixes_.count(phrase) > 0; }

 private:
  std::unordered_map<std::string_view, const V*> exact_;
  std::unordered_set<std::string_view> prefixes_;
};

// The same for a set of phrases: membership only.
class PhraseSet {
 public:
  template <class Set>
  explicit PhraseSet(const Set& set) : members_(set.begin(), set.end()) {}
  bool contains(std::string_view phrase) const { return members_.count(phrase) > 0; }

 private:
  std::unordered_set<std::string_view> members_;
};

}  // namespace dateline
