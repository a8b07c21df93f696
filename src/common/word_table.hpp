// A read-only hash table from short strings (the words of the data files) to pointers, for
// lookups per word of the text: open addressing in one flat array, FNV-1a over the bytes, the
// length compared before the bytes. std::unordered_map's lookup (a call to _Hash_bytes, a
// bucket array and a linked node per probe) was most of the timex tokenizer's time on the
// real CPU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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
    const std::uint32_t h = hash(k);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.value) return nullptr;
      if (s.hash == h && s.size == k.size() && same_bytes(s.data, k.data(), k.size())) return s.value;
    }
  }

  // FNV-1a over the bytes, the high bits folded into the low ones that pick a slot.
  static std::uint32_t hash(std::string_view k) {
    std::uint32_t h = 2166136261u;
    for (char c : k) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h ^ (h >> 15);
  }

  // Whether a[0, n) and b[0, n) hold the same bytes. Keys are words, mostly under 16 bytes: word
  // loads inline here cost less than the call to memcmp that `==` on string_views makes (memcmp
  // was 6-8% of `build --jsonl` on the real CPU, most of it from these lookups).
  static bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8) {
      std::size_t i = 0;
      for (; i + 8 <= n; i += 8)
        if (load8(a + i) != load8(b + i)) return false;
      return i == n || load8(a + n - 8) == load8(b + n - 8);  // the tail, overlapping
    }
    if (n >= 4) return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }

 private:
  // 24 bytes: the larger tables (the event trigger index, the timex words) are probed at
  // random for every word of the text, so their size in cache matters.
  struct Slot {
    const char* data = nullptr;  // the key
    std::uint32_t size = 0;
    std::uint32_t hash = 0;  // hash(key), compared before the bytes
    const V* value = nullptr;
    std::string_view key() const { return {data, size}; }
  };
  static std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  static std::uint32_t load4(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
  void build(const std::vector<std::pair<std::string_view, const V*>>& entries) {
    // At most half full: with the hash kept per slot, a probe past another key is cheap, and
    // the smaller table stays in cache.
    std::size_t n = 16;
    while (n < entries.size() * 2) n *= 2;
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    for (const auto& [k, value] : entries) {
      const std::uint32_t h = hash(k);
      std::size_t i = h & mask_;
      while (slots_[i].value && slots_[i].key() != k) i = (i + 1) & mask_;
      if (slots_[i].value) continue;
      slots_[i] = Slot{k.data(), static_cast<std::uint32_t>(k.size()), h, value};
      ++size_;
    }
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace dateline
