// Reading articles: checks the bytes (size, NUL, UTF-8), picks the format (extension, else
// content), hands over to the format's reader, then settles the publication date by
// precedence: --published > the file's metadata > a dateline > a date line near the top.
#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>

#include "common/sha256.hpp"
#include "ingest/internal.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cstring>

namespace dateline {
namespace {

using ingest::lower;

// The format of content whose name says nothing: markup, JSON, or text.
InputFormat sniff(std::string_view bytes) {
  std::size_t p = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\n' || bytes[p] == '\r')) ++p;
  const std::string_view s = bytes.substr(p);
  if (s.empty()) return InputFormat::text;
  if (s[0] == '[') return InputFormat::json;
  if (s[0] == '{') {
    // Several lines of objects are JSONL unless the whole is one JSON value.
    const std::size_t nl = s.find('\n');
    if (nl == std::string_view::npos || ingest::trim(s.substr(nl)).empty()) return InputFormat::json;
    return nlohmann::json::accept(s) ? InputFormat::json : InputFormat::jsonl;
  }
  if (s[0] == '<') {
    const std::string head = lower(s.substr(0, 2048));
    if (head.find("<timeml") != std::string::npos) return InputFormat::timeml;
    return InputFormat::html;  // <!doctype html>, <html>, or any other markup: gumbo copes
  }
  return InputFormat::text;
}

void check_no_nul(std::string_view bytes, const std::string& file, std::string_view where) {
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size()))
    throw Error(file, "NUL byte: binary data, not an article" + std::string(where),
                static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()));
}

std::string format_name(InputFormat f) {
  switch (f) {
    case InputFormat::text: return "text";
    case InputFormat::markdown: return "markdown";
    case InputFormat::html: return "HTML";
    case InputFormat::timeml: return "TimeML";
    case InputFormat::json: return "JSON";
    case InputFormat::jsonl: return "JSONL";
    case InputFormat::automatic: break;
  }
  return "automatic";
}

// What every reader's document gets alike: the path, the hash, and the publication date by
// precedence --published > metadata > dateline > a date line near the top.
void finish(Document& doc, const std::string& file, InputFormat format, const ingest::Encoding& encoding,
            const IngestOptions& options) {
  if (ingest::trim(doc.text).empty()) throw Error(file, "no article text in this " + format_name(format) + " input");
  doc.info.path = file;
  doc.info.sha256 = sha256_hex(doc.raw);
  doc.encoding = encoding.name;
  if (encoding.converted)
    doc.warnings.push_back({"converted-encoding",
                            "read as " + encoding.name + " and converted to UTF-8; offsets and sha256 are of the converted text",
                            std::nullopt, std::nullopt});
  // The text's own date is read only when no metadata gives one; its agency only when no
  // source is known.
  const bool want_day = !options.published && !doc.info.published;
  ingest::TextDate found;
  if (want_day || (!doc.info.source && options.read_source)) found = ingest::find_text_date(doc.text, want_day);
  if (options.published) {
    doc.info.published = options.published;
    doc.info.published_basis = PublishedBasis::metadata;
  } else if (!doc.info.published && found.day) {
    doc.info.published = found.day;
    doc.info.published_basis = found.basis;
  }
  if (!doc.info.published) doc.info.published_basis = PublishedBasis::unknown;
  if (!doc.info.source && found.source) doc.info.source = found.source;
}

}  // namespace

InputFormat format_from_path(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return InputFormat::automatic;
  const std::string ext = lower(base.substr(dot + 1));
  if (ext == "txt" || ext == "text") return InputFormat::text;
  if (ext == "md" || ext == "markdown") return InputFormat::markdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::html;
  if (ext == "tml" || ext == "te3input") return InputFormat::timeml;
  if (ext == "json") return InputFormat::json;
  if (ext == "jsonl" || ext == "ndjson") return InputFormat::jsonl;
  return InputFormat::automatic;  // .xml and the rest: look at the content
}

std::vector<Document> ingest_bytes(std::string bytes, std::string_view name, const IngestOptions& options) {
  const std::string file(name);
  if (bytes.size() > options.max_bytes)
    throw Error(file, "too large: " + std::to_string(bytes.size()) + " bytes, the limit is " + std::to_string(options.max_bytes));
  if (bytes.empty()) throw Error(file, "empty file");
  // UTF-16 is full of NUL bytes, so the check for binary data waits for its conversion.
  const bool utf16_bom = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  if (!utf16_bom) check_no_nul(bytes, file, "");
  const ingest::Encoding encoding = ingest::to_utf8(bytes, file);
  if (utf16_bom) check_no_nul(bytes, file, " (offset in the text converted to UTF-8)");

  InputFormat format = options.format;
  if (format == InputFormat::automatic) format = format_from_path(name);
  if (format == InputFormat::automatic) format = sniff(bytes);

  std::vector<Document> docs;
  switch (format) {
    case InputFormat::json: docs = ingest::read_json(bytes, name); break;
    case InputFormat::jsonl: docs = ingest::read_jsonl(bytes, name); break;
    case InputFormat::timeml: docs.push_back(ingest::read_timeml(std::move(bytes), name)); break;
    case InputFormat::html: docs.push_back(ingest::read_html(std::move(bytes), name)); break;
    case InputFormat::text:
    case InputFormat::markdown:
    case InputFormat::automatic: docs.push_back(ingest::read_text(std::move(bytes), name)); break;
  }

  for (Document& doc : docs) finish(doc, file, format, encoding, options);
  return docs;
}

Document ingest::jsonl_article(std::string_view line, std::string_view name, std::size_t line_no,
                               std::size_t offset, const IngestOptions& options) {
  const std::string file(name);
  if (const void* nul = std::memchr(line.data(), 0, line.size()))
    throw Error(file, "NUL byte: binary data, not an article", offset + static_cast<std::size_t>(static_cast<const char*>(nul) - line.data()));
  ingest::Encoding encoding{"utf-8", false};
  std::string converted;
  if (auto bad = utf8::first_invalid(line)) {
    // A line of Windows-1252/Latin-1 is converted as a whole file would be; anything else
    // is reported at its offset in the file, not in the line.
    converted.assign(line);
    try {
      encoding = ingest::to_utf8(converted, file);
    } catch (const Error&) {
      throw Error(file, "invalid UTF-8", offset + *bad);
    }
    line = converted;
  }
  Document doc = read_jsonl_line(line, name, line_no, offset);
  if (ingest::trim(doc.text).empty())
    throw Error(file, "line " + std::to_string(line_no) + ": no article text", offset);
  finish(doc, file, InputFormat::jsonl, encoding, options);
  return doc;
}

std::vector<Document> ingest_file(const std::string& path, const IngestOptions& options) {
  return ingest_bytes(read_file(path), path == "-" ? "<stdin>" : path, options);
}

}  // namespace dateline
