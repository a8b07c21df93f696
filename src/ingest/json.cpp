// JSON and JSONL articles: {"id", "text", "published", "title", "source", "url"}. The
// document's raw bytes are the "text" field (offsets index its UTF-8 bytes).
#include <dateline/error.hpp>

#include "ingest/internal.hpp"
#include "common/json_number.hpp"

#include "common/flat_json.hpp"

#include <nlohmann/json.hpp>

namespace dateline::ingest {
namespace {

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
// while parsing object - ..." as "JSON syntax error at line 1, column 5: ...". In JSONL the
// line is the file's line, so only the column is kept.
std::string parse_message(const nlohmann::json::parse_error& e, bool keep_line) {
  std::string_view w = e.what();
  if (const std::size_t p = w.find("parse error"); p != std::string_view::npos) w.remove_prefix(p + 11);
  std::string where;
  if (w.substr(0, 4) == " at ") {
    const std::size_t colon = w.find(": ");
    std::string_view at = w.substr(4, colon == std::string_view::npos ? 0 : colon - 4);
    if (!keep_line) {
      if (const std::size_t c = at.find("column"); c != std::string_view::npos) at.remove_prefix(c);
    }
    where = " at " + std::string(at);
    w.remove_prefix(colon == std::string_view::npos ? w.size() : colon);
  }
  if (w.substr(0, 2) == ": ") w.remove_prefix(2);
  std::string detail(w);
  if (detail.rfind("syntax error while parsing ", 0) == 0) detail = detail.substr(13);  // "parsing value - ..."
  return "JSON syntax error" + where + ": " + detail;
}

std::optional<std::string> string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  std::string v = it->get<std::string>();
  if (trim(v).empty()) return std::nullopt;
  return v;
}

// What an article object gives: its text, and the string fields that are not blank.
struct Fields {
  std::string text;
  std::optional<std::string> title, source, url, published;
};

// The document of an article's fields; `where` prefixes messages ("line 3: " in JSONL).
Document article(Fields&& f, std::string_view name, const std::string& where, std::optional<std::size_t> offset) {
  Document doc;
  doc.raw = std::move(f.text);
  if (const std::size_t nul = doc.raw.find('\0'); nul != std::string::npos)
    throw Error(std::string(name), where + "NUL character at byte " + std::to_string(nul) + " of \"text\"", offset);
  doc.text = doc.raw;
  if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.text.replace(0, 3, "   ");
  doc.body = Span{0, doc.raw.size()};
  doc.info.title = std::move(f.title);
  doc.info.source = std::move(f.source);
  doc.info.url = std::move(f.url);
  if (auto& p = f.published) {
    doc.info.published = parse_iso_day(*p);
    if (!doc.info.published)
      throw Error(std::string(name), where + "\"published\" is not a date YYYY-MM-DD: \"" + *p + "\"", offset);
    doc.info.published_basis = PublishedBasis::metadata;
  }
  return doc;
}

// The fields of a JSONL line that is one flat object ({"key": "string", ...}, also true, false
// and null values), as nlohmann would give them; nullopt for anything else (numbers, nested
// values, a duplicated field, a missing or non-string "text", any syntax error), which the
// caller then reads with nlohmann.
std::optional<Fields> flat_article(std::string_view line) {
  flat_json::Reader r(line);
  Fields f;
  bool have_text = false;
  unsigned seen = 0;  // a bit per field read: a duplicated one is left to nlohmann
  std::string key, value;
  if (!r.object_start()) return std::nullopt;
  if (!r.object_empty()) {
    do {
      if (!r.string(key) || !r.colon()) return std::nullopt;
      static constexpr std::string_view kKeys[] = {"text", "title", "source", "url", "published"};
      unsigned k = 0;
      while (k < 5 && key != kKeys[k]) ++k;
      if (k == 5) {
        if (!r.skip_value()) return std::nullopt;
        continue;
      }
      if (seen & (1u << k)) return std::nullopt;
      seen |= 1u << k;
      bool is_string = false;
      if (!r.string_or_literal(value, is_string)) return std::nullopt;
      if (k == 0) {
        if (!is_string) return std::nullopt;
        f.text = std::move(value);
        have_text = true;
        continue;
      }
      if (!is_string || trim(value).empty()) continue;
      std::optional<std::string>& field = k == 1 ? f.title : k == 2 ? f.source : k == 3 ? f.url : f.published;
      field = value;
    } while (r.comma());
    if (!r.object_end()) return std::nullopt;
  }
  if (!r.at_end() || !have_text) return std::nullopt;
  return f;
}

// One article object parsed by nlohmann.
Document article(const nlohmann::json& j, std::string_view name, const std::string& where,
                 std::optional<std::size_t> offset) {
  if (!j.is_object()) throw Error(std::string(name), where + "an article must be a JSON object", offset);
  auto it = j.find("text");
  if (it == j.end()) throw Error(std::string(name), where + "article without a \"text\" field", offset);
  if (!it->is_string()) throw Error(std::string(name), where + "\"text\" is not a string", offset);
  Fields f;
  f.text = it->get<std::string>();
  f.title = string_field(j, "title");
  f.source = string_field(j, "source");
  f.url = string_field(j, "url");
  f.published = string_field(j, "published");
  return article(std::move(f), name, where, offset);
}

// Where each article of a JSON file starts: the byte offsets of the elements of a top-level
// array, or of the one top-level value, found by one scan that tracks strings and nesting (the
// text has parsed already), so that an article's error names its position in the file.
std::vector<std::size_t> article_offsets(std::string_view b) {
  std::vector<std::size_t> out;
  int depth = 0;
  bool in_string = false, escaped = false, want = true, top_array = false;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const char c = b[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (depth == 0 && c == '[') top_array = true;
    if (want && !(depth == 0 && c == '[') && !(i < 3 && static_cast<unsigned char>(c) >= 0x80)) {  // not the BOM
      out.push_back(i);  // the top-level value, or an element of the top-level array
      want = false;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') ++depth;
    else if (c == ']' || c == '}') --depth;
    else if (c == ',' && depth == 1 && top_array) want = true;
  }
  return out;
}

}  // namespace

std::vector<Document> read_json(std::string_view bytes, std::string_view name) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(std::string(name), parse_message(e, true), e.byte > 0 ? e.byte - 1 : 0);
  } catch (const nlohmann::json::exception& e) {
    json_number::overflow(e, bytes, name);
  }
  std::vector<Document> out;
  const std::vector<std::size_t> at = article_offsets(bytes);
  auto offset = [&](std::size_t i) { return i < at.size() ? std::optional<std::size_t>(at[i]) : std::nullopt; };
  if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) out.push_back(article(j[i], name, "article " + std::to_string(i + 1) + ": ", offset(i)));
    if (out.empty()) throw Error(std::string(name), "no article in the JSON array", offset(0));
  } else {
    out.push_back(article(j, name, "", offset(0)));
  }
  return out;
}

Document read_jsonl_line(std::string_view line, std::string_view name, std::size_t line_no, std::size_t offset) {
  const std::string where = "line " + std::to_string(line_no) + ": ";
  // Most lines are flat objects of strings: read them directly (nlohmann's parse of the line
  // was a sixth of `timex --jsonl`). Anything else, and every error, goes through nlohmann, so
  // values and messages stay what they were.
  if (std::optional<Fields> f = flat_article(line)) return article(std::move(*f), name, where, offset);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(std::string(name), where + parse_message(e, false), offset + (e.byte > 0 ? e.byte - 1 : 0));
  } catch (const nlohmann::json::exception& e) {
    json_number::overflow(e, line, name, offset);
  }
  return article(j, name, where, offset);
}

std::vector<Document> read_jsonl(std::string_view bytes, std::string_view name) {
  std::vector<Document> out;
  std::size_t pos = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  for (std::size_t line_no = 1; pos < bytes.size(); ++line_no) {
    std::size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    const std::string_view line = bytes.substr(pos, nl - pos);
    if (!trim(line).empty()) out.push_back(read_jsonl_line(line, name, line_no, pos));
    pos = nl + 1;
  }
  if (out.empty()) throw Error(std::string(name), "no article in the JSONL file");
  return out;
}

}  // namespace dateline::ingest
