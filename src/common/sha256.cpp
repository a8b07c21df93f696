// FIPS 180-4 SHA-256, dependency-free. Every document is hashed whole, which made the
// portable compression function 7% of `build --jsonl`; on x86-64 CPUs with the SHA
// extensions the blocks go through them instead (about 4x faster), chosen at run time.
#include "common/sha256.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define DATELINE_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace dateline {
namespace {

constexpr std::array<std::uint32_t, 64> kK{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compress_portable(std::array<std::uint32_t, 8>& h, const unsigned char* block) {
  std::uint32_t w[64];
  for (int i = 0; i < 16; ++i)
    w[i] = (std::uint32_t{block[4 * i]} << 24) | (std::uint32_t{block[4 * i + 1]} << 16) |
           (std::uint32_t{block[4 * i + 2]} << 8) | std::uint32_t{block[4 * i + 3]};
  for (int i = 16; i < 64; ++i) {
    std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (int i = 0; i < 64; ++i) {
    std::uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
    std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    k = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

#ifdef DATELINE_SHA_NI
// The SHA-NI form of `blocks` compressions: state kept as ABEF/CDGH, four rounds per step,
// the message schedule by sha256msg1/msg2 (W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16]).
__attribute__((target("sha,sse4.1,ssse3"))) void compress_shani(std::array<std::uint32_t, 8>& h,
                                                                 const unsigned char* data, std::size_t blocks) {
  const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&h[0]));
  __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&h[4]));
  tmp = _mm_shuffle_epi32(tmp, 0xB1);                // CDAB
  state1 = _mm_shuffle_epi32(state1, 0x1B);          // EFGH
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0);       // CDGH
  for (; blocks > 0; --blocks, data += 64) {
    const __m128i abef = state0, cdgh = state1;
    __m128i msg[4];
    for (int i = 0; i < 4; ++i)
      msg[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), mask);
    for (int g = 0; g < 16; ++g) {
      __m128i& w = msg[g & 3];
      if (g >= 4) {
        // msg[g & 3] holds W[4g-16 ..]; its neighbours hold the three later groups.
        const __m128i w12 = msg[(g + 1) & 3], w8 = msg[(g + 2) & 3], w4 = msg[(g + 3) & 3];
        __m128i x = _mm_sha256msg1_epu32(w, w12);
        x = _mm_add_epi32(x, _mm_alignr_epi8(w4, w8, 4));
        w = _mm_sha256msg2_epu32(x, w4);
      }
      __m128i m = _mm_add_epi32(w, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kK[4 * g])));
      state1 = _mm_sha256rnds2_epu32(state1, state0, m);
      m = _mm_shuffle_epi32(m, 0x0E);
      state0 = _mm_sha256rnds2_epu32(state0, state1, m);
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
  }
  tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8);     // HGFE
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&h[0]), state0);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&h[4]), state1);
}

// CPUID itself rather than __builtin_cpu_supports("sha"), which clang 14 (the fuzz build) does
// not know: leaf 7 EBX bit 29 is SHA, leaf 1 ECX bits 19 and 9 are SSE4.1 and SSSE3.
bool has_sha_ni() {
  static const bool has = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    const bool sse = (c >> 19 & 1u) && (c >> 9 & 1u);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return sse && (b >> 29 & 1u);
  }();
  return has;
}
#endif

void compress_blocks(std::array<std::uint32_t, 8>& h, const unsigned char* data, std::size_t blocks, bool portable) {
#ifdef DATELINE_SHA_NI
  if (!portable && has_sha_ni()) {
    compress_shani(h, data, blocks);
    return;
  }
#endif
  (void)portable;
  for (std::size_t i = 0; i < blocks; ++i) compress_portable(h, data + 64 * i);
}

std::string digest(std::string_view bytes, bool portable) {
  std::array<std::uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  const std::size_t full = n / 64;
  if (full > 0) compress_blocks(h, p, full, portable);
  unsigned char tail[128] = {};
  const std::size_t rem = n - 64 * full;
  if (rem > 0) std::memcpy(tail, p + 64 * full, rem);
  tail[rem] = 0x80;
  const std::size_t tail_len = rem + 1 + 8 <= 64 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(n) * 8;
  for (int i = 0; i < 8; ++i) tail[tail_len - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  compress_blocks(h, tail, tail_len / 64, portable);
  static const char* hex = "0123456789abcdef";
  std::string out(64, '0');
  std::size_t k = 0;
  for (std::uint32_t v : h)
    for (int s = 28; s >= 0; s -= 4) out[k++] = hex[(v >> s) & 0xf];
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) { return digest(bytes, false); }

std::string sha256_hex_portable(std::string_view bytes) { return digest(bytes, true); }

}  // namespace dateline
