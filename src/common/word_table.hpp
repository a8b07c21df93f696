// A read-only hash table from short strings (the words of the data files) to pointers, for
// lookups per word of the text: open addressing in one flat array, FNV-1a over the bytes, the
// length compared before the bytes. std::unordered_map's lookup (a call to _Hash_bytes, a
// bucket array and a linked node per probe) was most of the timex tokenizer's time on the
// real CPU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline {

template <class V>
class WordTable {
 public:
  WordTable() = default;
  // Every key of `map` (string-like keys, mapped values stay in place: the table points at them).
  template <class Map>
  explicit WordTable(const Map& map) {
    std::size_t n = 16;
    while (n < map.size() * 4) n *= 2;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const auto& [key, value] : map) {
      const std::string_view k = key;
      std::size_t i = hash(k) & mask_;
      while (slots_[i].value) i = (i + 1) & mask_;
      slots_[i] = Slot{k, &value};
    }
  }

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
  static std::size_t hash(std::string_view k) {
    std::uint32_t h = 2166136261u;
    for (char c : k) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 15);
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace dateline
