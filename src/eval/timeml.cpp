// Minimal TimeML reading for the timex evaluation: a linear scan of the bytes, no regex.
#include "eval/timeml.hpp"

#include <dateline/error.hpp>

#include "text/utf8.hpp"

#include <charconv>
#include <string_view>

namespace dateline::eval {
namespace {

// Decodes the entity starting at raw[pos] ('&') into out; returns the position after it.
std::size_t decode_entity(std::string_view raw, std::size_t pos, std::string& out, const std::string& name) {
  std::size_t semi = raw.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 12) throw Error(name, "unterminated entity", pos);
  std::string_view ent = raw.substr(pos + 1, semi - pos - 1);
  if (ent == "amp") out += '&';
  else if (ent == "lt") out += '<';
  else if (ent == "gt") out += '>';
  else if (ent == "quot") out += '"';
  else if (ent == "apos") out += '\'';
  else if (ent.size() > 1 && ent[0] == '#') {
    std::uint32_t cp = 0;
    bool hex = ent[1] == 'x' || ent[1] == 'X';
    std::string_view digits = ent.substr(hex ? 2 : 1);
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (ec != std::errc{} || p != digits.data() + digits.size() || cp > 0x10FFFF)
      throw Error(name, "bad character reference", pos);
    utf8::append(out, cp);
  } else {
    throw Error(name, "unknown entity &" + std::string(ent) + ";", pos);
  }
  return semi + 1;
}

// The value of attribute `attr` in the tag text `tag` ("<TIMEX3 a=\"b\" ...>"), decoded.
std::optional<std::string> attribute(std::string_view tag, std::string_view attr, std::size_t tag_pos,
                                     const std::string& name) {
  std::size_t i = 0;
  while (true) {
    i = tag.find(attr, i);
    if (i == std::string_view::npos) return std::nullopt;
    std::size_t j = i + attr.size();
    bool starts_word = i > 0 && (tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n');
    while (j < tag.size() && tag[j] == ' ') ++j;
    if (!starts_word || j >= tag.size() || tag[j] != '=') {
      i += attr.size();
      continue;
    }
    ++j;
    while (j < tag.size() && tag[j] == ' ') ++j;
    if (j >= tag.size() || (tag[j] != '"' && tag[j] != '\'')) throw Error(name, "attribute without quotes", tag_pos + j);
    char q = tag[j];
    std::size_t close = tag.find(q, j + 1);
    if (close == std::string_view::npos) throw Error(name, "unterminated attribute", tag_pos + j);
    std::string out;
    std::string_view v = tag.substr(j + 1, close - j - 1);
    for (std::size_t k = 0; k < v.size();) {
      if (v[k] == '&') k = decode_entity(v, k, out, name);
      else out += v[k++];
    }
    return out;
  }
}

std::string_view tag_name(std::string_view tag) {
  std::size_t i = tag[1] == '/' ? 2 : 1;
  std::size_t j = i;
  while (j < tag.size() && tag[j] != ' ' && tag[j] != '>' && tag[j] != '/' && tag[j] != '\n' && tag[j] != '\t') ++j;
  return tag.substr(i, j - i);
}

std::optional<date::year_month_day> parse_dct(std::string_view v) {
  if (v.size() < 8) return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto num = [&](std::size_t at, std::size_t len, auto& out) {
    auto [p, ec] = std::from_chars(v.data() + at, v.data() + at + len, out);
    return ec == std::errc{} && p == v.data() + at + len;
  };
  bool dashed = v.size() >= 10 && v[4] == '-' && v[7] == '-';
  bool ok = dashed ? num(0, 4, y) && num(5, 2, m) && num(8, 2, d) : num(0, 4, y) && num(4, 2, m) && num(6, 2, d);
  if (!ok) return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

}  // namespace

TimemlFile read_timeml(std::string raw, const std::string& name) {
  TimemlFile f;
  f.raw = std::move(raw);
  std::string_view r = f.raw;
  // The DCT: the value of the TIMEX3 inside <DCT>.
  if (std::size_t dct = r.find("<DCT>"); dct != std::string_view::npos) {
    std::size_t open = r.find("<TIMEX3", dct);
    std::size_t close = open == std::string_view::npos ? open : r.find('>', open);
    if (close == std::string_view::npos) throw Error(name, "DCT without TIMEX3", dct);
    if (auto v = attribute(r.substr(open, close - open + 1), "value", open, name)) f.dct = parse_dct(*v);
  }
  std::size_t tb = r.find("<TEXT>");
  if (tb == std::string_view::npos) throw Error(name, "no <TEXT> element");
  f.text_begin = tb + 6;
  std::size_t te = r.find("</TEXT>", f.text_begin);
  if (te == std::string_view::npos) throw Error(name, "<TEXT> is not closed", tb);
  f.text_end = te;

  std::vector<std::size_t> open_timex;  // index into f.timexes of the innermost open TIMEX3
  std::vector<bool> nested;
  std::size_t i = f.text_begin;
  while (i < f.text_end) {
    char c = r[i];
    if (c == '<') {
      std::size_t gt = r.find('>', i);
      if (gt == std::string_view::npos || gt > f.text_end) throw Error(name, "unterminated tag", i);
      std::string_view tag = r.substr(i, gt - i + 1);
      if (tag.size() < 3) throw Error(name, "empty tag", i);
      const bool closing = tag[1] == '/';
      const bool self_closing = tag[tag.size() - 2] == '/';
      std::string_view tn = tag_name(tag);
      const auto here = static_cast<std::uint32_t>(f.plain.size());
      if (tag[1] == '!' || tag[1] == '?') {
        // comments and processing instructions carry no text
      } else if (tn == "TIMEX3" && !closing && !self_closing) {
        GoldTimex g;
        g.start = here;
        g.tid = attribute(tag, "tid", i, name).value_or("");
        g.type = attribute(tag, "type", i, name).value_or("");
        g.value = attribute(tag, "value", i, name).value_or("");
        g.mod = attribute(tag, "mod", i, name).value_or("");
        f.timexes.push_back(std::move(g));
        open_timex.push_back(f.timexes.size() - 1);
        nested.push_back(false);
      } else if (tn == "TIMEX3" && closing) {
        if (open_timex.empty()) throw Error(name, "</TIMEX3> without an opening tag", i);
        f.timexes[open_timex.back()].end = here;
        if (nested.back()) f.timexes[open_timex.back()].tid.clear();  // scored like the toolkit: ignored
        open_timex.pop_back();
        nested.pop_back();
      } else if (!closing && !self_closing && !nested.empty()) {
        nested.back() = true;
      }
      i = gt + 1;
      continue;
    }
    f.plain_to_raw.push_back(static_cast<std::uint32_t>(i));
    if (c == '&') {
      std::size_t before = f.plain.size();
      std::size_t next = decode_entity(r, i, f.plain, name);
      for (std::size_t k = before + 1; k < f.plain.size(); ++k) f.plain_to_raw.push_back(static_cast<std::uint32_t>(i));
      i = next;
    } else {
      f.plain += c;
      ++i;
    }
  }
  if (!open_timex.empty()) throw Error(name, "TIMEX3 not closed before </TEXT>", te);
  f.plain_to_raw.push_back(static_cast<std::uint32_t>(f.text_end));
  std::erase_if(f.timexes, [](const GoldTimex& g) { return g.tid.empty(); });
  return f;
}

Document to_document(const TimemlFile& f, const std::string& name) {
  Document d;
  d.info.path = name;
  d.info.published = f.dct;
  if (f.dct) d.info.published_basis = PublishedBasis::metadata;
  d.raw = f.raw;
  d.text = f.plain;
  d.raw_offset = f.plain_to_raw;
  d.body = Span{f.text_begin, f.text_end};
  return d;
}

}  // namespace dateline::eval
