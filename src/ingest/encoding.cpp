// Input encodings: UTF-16 with a byte order mark and Windows-1252 (Latin-1) are converted to
// UTF-8 before anything else reads the bytes; UTF-8 with errors is refused with the offset of
// the first bad byte. After a conversion, offsets index the converted UTF-8 (Document::raw),
// and Document::encoding says what the file was.
#include <dateline/error.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "ingest/internal.hpp"
#include "text/utf8.hpp"

#include <array>
#include <charconv>

namespace dateline::ingest {
namespace {

// Windows-1252 byte -> code point; 0 for the five undefined bytes.
const std::array<char32_t, 256>& cp1252() {
  static const auto table = [] {
    std::array<char32_t, 256> t{};
    for (unsigned b = 0; b < 256; ++b) t[b] = (b < 0x80 || b >= 0xA0) ? b : 0;
    if (auto data = embedded::file("ingest/cp1252.tsv")) {
      tsv::for_each_row(*data, true, [&](const auto& f) {
        if (f.size() < 2) return;
        unsigned byte = 0, cp = 0;
        std::from_chars(f[0].data(), f[0].data() + f[0].size(), byte, 16);
        std::from_chars(f[1].data(), f[1].data() + f[1].size(), cp, 16);
        if (byte >= 0x80 && byte < 0xA0) t[byte] = cp;
      });
    }
    return t;
  }();
  return table;
}

bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
// Latin-1 letters: U+00C0-U+00FF except the multiplication and division signs.
bool latin1_letter(unsigned char c) { return c >= 0xC0 && c != 0xD7 && c != 0xF7; }

std::string from_utf16(std::string_view bytes, bool little_endian, const std::string& file) {
  if (bytes.size() % 2 != 0)
    throw Error(file, "truncated UTF-16: odd number of bytes", bytes.size() - 1);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (char32_t{b} << 8 | a) : (char32_t{a} << 8 | b);
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xDC00 && cp <= 0xDFFF) throw Error(file, "invalid UTF-16: lone low surrogate", i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 2 >= bytes.size()) throw Error(file, "invalid UTF-16: high surrogate at the end", i);
      const char32_t lo = unit(i + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) throw Error(file, "invalid UTF-16: high surrogate without a low one", i);
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    }
    utf8::append(out, cp);
  }
  return out;
}

// Is text that is not UTF-8 plausibly Windows-1252 prose? No undefined byte, no valid UTF-8
// multi-byte sequence (that would be broken UTF-8, not another encoding), and at least half
// of the high letter bytes touch a letter, as "é" does inside "Genève" (binary noise does not).
bool looks_cp1252(std::string_view s) {
  const auto& table = cp1252();
  std::size_t letters = 0, in_words = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    if (table[c] == 0) return false;
    if (c >= 0xC2 && c <= 0xF4 && utf8::decode(s, i).valid) return false;
    if (!latin1_letter(c)) continue;
    ++letters;
    const auto prev = i > 0 ? static_cast<unsigned char>(s[i - 1]) : 0;
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (ascii_letter(prev) || ascii_letter(next) || latin1_letter(prev) || latin1_letter(next)) ++in_words;
  }
  return in_words * 2 >= letters;
}

}  // namespace

Encoding to_utf8(std::string& bytes, const std::string& file) {
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
    bytes = from_utf16(bytes, true, file);  // the BOM becomes U+FEFF, which readers skip
    return {"utf-16le", true};
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
    bytes = from_utf16(bytes, false, file);
    return {"utf-16be", true};
  }
  const auto bad = utf8::first_invalid(bytes);
  if (!bad) return {"utf-8", false};
  if (!looks_cp1252(bytes)) throw Error(file, "invalid UTF-8", *bad);
  const auto& table = cp1252();
  bool c1 = false;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    c1 = c1 || (c >= 0x80 && c < 0xA0);
    utf8::append(out, table[c]);
  }
  bytes = std::move(out);
  // Latin-1 and Windows-1252 differ only in 0x80-0x9F (C1 controls, never prose in Latin-1).
  return {c1 ? "windows-1252" : "iso-8859-1", true};
}

}  // namespace dateline::ingest
