// Disjoint sets over 0..n-1, for grouping matched events (diff) and merged events (merge).
#pragma once

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace dateline::detail {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller index becomes the root, so roots do not depend on union order.
  std::size_t unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (b < a) std::swap(a, b);
    parent_[b] = a;
    return a;
  }

 private:
  std::vector<std::size_t> parent_;
};

}  // namespace dateline::detail
