// TimeML (TempEval-3 .tml): a small, linear XML scanner. The analysis text is TEXT's string
// content exactly as an XML parser gives it (tags dropped, the five entities and character
// references decoded, line ends normalized to "\n", CDATA kept literally), each byte mapped
// back to its offset in the whole file.
#include <dateline/error.hpp>

#include "ingest/internal.hpp"
#include "text/utf8.hpp"

#include <charconv>

namespace dateline::ingest {
namespace {

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Scanner {
 public:
  Scanner(std::string_view s, std::string_view name) : s_(s), name_(name) {}

  Document run() {
    std::size_t pos = s_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (pos < s_.size()) {
      if (s_[pos] != '<') {
        std::size_t lt = s_.find('<', pos);
        if (lt == std::string_view::npos) lt = s_.size();
        text(pos, lt, true);
        pos = lt;
      } else if (s_.compare(pos, 4, "<!--") == 0) {
        pos = skip_past(pos, "-->", "comment");
      } else if (s_.compare(pos, 9, "<![CDATA[") == 0) {
        const std::size_t end = s_.find("]]>", pos + 9);
        if (end == std::string_view::npos) fail(pos, "unterminated CDATA section");
        text(pos + 9, end, false);
        pos = end + 3;
      } else if (s_.compare(pos, 2, "<?") == 0) {
        pos = skip_past(pos, "?>", "processing instruction");
      } else if (s_.compare(pos, 2, "<!") == 0) {
        pos = skip_declaration(pos);
      } else if (s_.compare(pos, 2, "</") == 0) {
        pos = end_tag(pos);
      } else {
        pos = start_tag(pos);
      }
    }
    if (!stack_.empty()) fail(stack_.back().offset, "element <" + std::string(stack_.back().name) + "> is never closed");
    if (!root_seen_) fail(0, "no root element: not a TimeML document");
    if (!text_done_) fail(0, "no <TEXT> element: not a TimeML document");
    Document doc;
    doc.text = std::move(out_);
    map_.push_back(static_cast<std::uint32_t>(body_.end));
    doc.raw_offset = std::move(map_);
    doc.body = body_;
    if (!title_.empty()) doc.info.title = collapse(title_);
    if (dct_) {
      doc.info.published = dct_;
      doc.info.published_basis = PublishedBasis::metadata;
    }
    return doc;
  }

 private:
  struct Open {
    std::string_view name;
    std::size_t offset;
  };

  [[noreturn]] void fail(std::size_t offset, const std::string& msg) const { throw Error(std::string(name_), msg, offset); }

  std::size_t skip_past(std::size_t pos, std::string_view end, const char* what) const {
    const std::size_t e = s_.find(end, pos);
    if (e == std::string_view::npos) fail(pos, std::string("unterminated ") + what);
    return e + end.size();
  }

  // <!DOCTYPE ...> with an optional [internal subset].
  std::size_t skip_declaration(std::size_t pos) const {
    int depth = 0;
    char quote = 0;
    for (std::size_t i = pos + 2; i < s_.size(); ++i) {
      const char c = s_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++depth;
      } else if (c == ']') {
        --depth;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    fail(pos, "unterminated declaration");
  }

  // How many elements of each kind that matters are open (a counter, so that deep nesting
  // costs nothing per character).
  int& depth_of(std::string_view element) {
    return element == "TEXT" ? open_text_ : element == "TITLE" ? open_title_ : element == "DCT" ? open_dct_ : other_;
  }
  bool inside(std::string_view element) const {
    return (element == "TEXT" ? open_text_ : element == "TITLE" ? open_title_ : open_dct_) > 0;
  }

  std::size_t start_tag(std::size_t pos) {
    std::size_t i = pos + 1;
    while (i < s_.size() && is_name_char(s_[i])) ++i;
    if (i == pos + 1) fail(pos, "'<' that does not start a tag");
    const std::string_view name = s_.substr(pos + 1, i - pos - 1);
    const std::size_t attrs_begin = i;
    char quote = 0;
    while (i < s_.size() && (quote || s_[i] != '>')) {
      if (quote && s_[i] == quote) quote = 0;
      else if (!quote && (s_[i] == '"' || s_[i] == '\'')) quote = s_[i];
      else if (!quote && s_[i] == '<') fail(i, "'<' inside the tag <" + std::string(name) + ">");
      ++i;
    }
    if (i >= s_.size()) fail(pos, "unterminated tag <" + std::string(name) + ">");
    const bool empty = s_[i - 1] == '/';
    const std::string_view attrs = s_.substr(attrs_begin, i - attrs_begin - (empty ? 1 : 0));
    if (!root_seen_) {
      root_seen_ = true;
      if (name != "TimeML") fail(pos, "not a TimeML document: the root element is <" + std::string(name) + ">");
    } else if (stack_.empty()) {
      fail(pos, "content after the root element");
    }
    if (name == "TIMEX3" && !dct_) {
      if (inside("DCT") || attribute(attrs, "functionInDocument") == "CREATION_TIME")
        dct_ = parse_iso_day(attribute(attrs, "value"));
    }
    if (name == "TEXT" && !inside("TEXT")) {
      if (text_done_) fail(pos, "a second <TEXT> element");
      body_.start = i + 1;
      body_.end = i + 1;
      if (empty) text_done_ = true;
    }
    if (!empty) {
      stack_.push_back({name, pos});
      ++depth_of(name);
    }
    return i + 1;
  }

  std::size_t end_tag(std::size_t pos) {
    std::size_t i = pos + 2;
    while (i < s_.size() && is_name_char(s_[i])) ++i;
    const std::string_view name = s_.substr(pos + 2, i - pos - 2);
    while (i < s_.size() && is_space(s_[i])) ++i;
    if (i >= s_.size() || s_[i] != '>') fail(pos, "malformed end tag");
    if (stack_.empty() || stack_.back().name != name)
      fail(pos, "</" + std::string(name) + "> does not close " +
                    (stack_.empty() ? std::string("any element") : "<" + std::string(stack_.back().name) + ">"));
    stack_.pop_back();
    --depth_of(name);
    if (name == "TEXT" && !inside("TEXT")) {
      body_.end = pos;
      text_done_ = true;
    }
    return i + 1;
  }

  // The decoded value of attribute `key` in a start tag's attribute text ("" if absent).
  std::string attribute(std::string_view attrs, std::string_view key) const {
    std::size_t i = 0;
    while (i < attrs.size()) {
      while (i < attrs.size() && is_space(attrs[i])) ++i;
      const std::size_t nb = i;
      while (i < attrs.size() && is_name_char(attrs[i])) ++i;
      const std::string_view k = attrs.substr(nb, i - nb);
      while (i < attrs.size() && is_space(attrs[i])) ++i;
      if (i >= attrs.size() || attrs[i] != '=') return {};
      ++i;
      while (i < attrs.size() && is_space(attrs[i])) ++i;
      if (i >= attrs.size() || (attrs[i] != '"' && attrs[i] != '\'')) return {};
      const char q = attrs[i++];
      const std::size_t vb = i;
      while (i < attrs.size() && attrs[i] != q) ++i;
      const std::string_view v = attrs.substr(vb, i - vb);
      ++i;
      if (k == key) {
        std::string out;
        std::vector<std::uint32_t> ignored;
        decode(v, 0, false, out, ignored);
        return out;
      }
      if (k.empty()) return {};
    }
    return {};
  }

  // Appends the character data s_[b, e) to `out` (mapping each byte to the file), decoding
  // references when `entities`; line ends are normalized as XML requires.
  void decode(std::string_view chunk, std::size_t base, bool entities, std::string& out,
              std::vector<std::uint32_t>& map) const {
    for (std::size_t i = 0; i < chunk.size();) {
      const char c = chunk[i];
      const auto raw = static_cast<std::uint32_t>(base + i);
      if (c == '\r') {
        out += '\n';
        map.push_back(raw);
        i += (i + 1 < chunk.size() && chunk[i + 1] == '\n') ? 2 : 1;
      } else if (c == '&' && entities) {
        const std::size_t semi = chunk.find(';', i);
        if (semi == std::string_view::npos || semi - i > 12) fail(base + i, "'&' that does not start an entity");
        const std::string_view ent = chunk.substr(i + 1, semi - i - 1);
        const std::size_t before = out.size();
        if (ent == "amp") out += '&';
        else if (ent == "lt") out += '<';
        else if (ent == "gt") out += '>';
        else if (ent == "quot") out += '"';
        else if (ent == "apos") out += '\'';
        else if (ent.size() > 1 && ent[0] == '#') {
          const bool hex = ent[1] == 'x';
          const std::string_view digits = ent.substr(hex ? 2 : 1);
          std::uint32_t cp = 0;
          auto r = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
          const bool valid = !digits.empty() && r.ec == std::errc{} && r.ptr == digits.data() + digits.size() &&
                             (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                              (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF));
          if (!valid) fail(base + i, "invalid character reference &" + std::string(ent) + ";");
          utf8::append(out, cp);
        } else {
          fail(base + i, "unknown entity &" + std::string(ent) + ";");
        }
        map.insert(map.end(), out.size() - before, raw);
        i = semi + 1;
      } else {
        out += c;
        map.push_back(raw);
        ++i;
      }
    }
  }

  void text(std::size_t b, std::size_t e, bool entities) {
    const std::string_view chunk = s_.substr(b, e - b);
    if (inside("TEXT")) {
      decode(chunk, b, entities, out_, map_);
    } else if (inside("TITLE")) {
      std::vector<std::uint32_t> ignored;
      decode(chunk, b, entities, title_, ignored);
    } else if (entities) {
      // Outside TEXT the content is not kept, but it must still be well-formed.
      std::string ignored;
      std::vector<std::uint32_t> ignored_map;
      if (chunk.find('&') != std::string_view::npos) decode(chunk, b, true, ignored, ignored_map);
      if (stack_.empty() && !trim(chunk).empty()) fail(b, "text outside the root element");
    }
  }

  static std::string collapse(std::string_view s) {
    std::string out;
    for (char c : trim(s)) {
      if (is_space(c)) {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += c;
      }
    }
    return out;
  }

  std::string_view s_;
  std::string_view name_;
  std::vector<Open> stack_;
  bool root_seen_ = false, text_done_ = false;
  int open_text_ = 0, open_title_ = 0, open_dct_ = 0, other_ = 0;  // other_ counts nothing we read
  Span body_;
  std::string out_, title_;
  std::vector<std::uint32_t> map_;
  std::optional<date::year_month_day> dct_;
};

}  // namespace

Document read_timeml(std::string bytes, std::string_view name) {
  Document doc = Scanner(bytes, name).run();
  doc.raw = std::move(bytes);
  return doc;
}

}  // namespace dateline::ingest
