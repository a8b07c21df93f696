// A read-only hash table from short strings (the words of the data files) to pointers, for
// lookups per word of the text: open addressing in one flat array, FNV-1a over the bytes, the
// length compared before the bytes. std::unordered_map's lookup (a call to _Hash_bytes, a
// bucket array and a linked node per probe) was most of the timex tokenizer's time on the
// real CPU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

template <class V>
class WordTable {
 public:
  WordTable() = default;
  // Every key of `map` (string-like keys, mapped values stay in place: the table points at them).
  template <class Map>
  explicit WordTable(const Map& map) {
    std::vector<std::pair<std::string_view, const V*>> entries;
    entries.reserve(map.size());
    for (const auto& [key, value] : map) entries.emplace_back(std::string_view(key), &value);
    build(entries);
  }
  // Keys and the values they point at; a key given twice keeps its first value.
  explicit WordTable(const std::vector<std::pair<std::string_view, const V*>>& entries) { build(entries); }

  std::size_t size() const { return size_; }

  const V* find(std::string_view k) const {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = hash(k) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.value) return nullptr;
      if (s.key.size() == k.size() && s.key == k) return s.value;
    }
  }

 private:
  struct Slot {
    std::string_view key;
    const V* value = nullptr;
  };
  void build(const std::vector<std::pair<std::string_view, const V*>>& entries) {
    std::size_t n = 16;
    while (n < entries.size() * 4) n *= 2;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const auto& [k, value] : entries) {
      std::size_t i = hash(k) & mask_;
      while (slots_[i].value && slots_[i].key != k) i = (i + 1) & mask_;
      if (slots_[i].value) continue;
      slots_[i] = Slot{k, value};
      ++size_;
    }
  }
  static std::size_t hash(std::string_view k) {
    std::uint32_t h = 2166136261u;
    for (char c : k) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 15);
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace dateline
