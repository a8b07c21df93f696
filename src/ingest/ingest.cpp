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
void finish(Document& doc, const std::string& file, InputFormat format, const IngestOptions& options) {
  if (ingest::trim(doc.text).empty()) throw Error(file, "no article text in this " + format_name(format) + " input");
  doc.info.path = file;
  doc.info.sha256 = sha256_hex(doc.raw);
  const ingest::TextDate found = ingest::find_text_date(doc.text);
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
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size()))
    throw Error(file, "NUL byte: binary data, not an article", static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()));
  if (auto bad = utf8::first_invalid(bytes)) throw Error(file, "invalid UTF-8", *bad);

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

  for (Document& doc : docs) finish(doc, file, format, options);
  return docs;
}

Document ingest::jsonl_article(std::string_view line, std::string_view name, std::size_t line_no,
                               std::size_t offset, const IngestOptions& options) {
  const std::string file(name);
  if (const void* nul = std::memchr(line.data(), 0, line.size()))
    throw Error(file, "NUL byte: binary data, not an article", offset + static_cast<std::size_t>(static_cast<const char*>(nul) - line.data()));
  if (auto bad = utf8::first_invalid(line)) throw Error(file, "invalid UTF-8", offset + *bad);
  Document doc = read_jsonl_line(line, name, line_no, offset);
  if (ingest::trim(doc.text).empty())
    throw Error(file, "line " + std::to_string(line_no) + ": no article text", offset);
  finish(doc, file, InputFormat::jsonl, options);
  return doc;
}

std::vector<Document> ingest_file(const std::string& path, const IngestOptions& options) {
  return ingest_bytes(read_file(path), path == "-" ? "<stdin>" : path, options);
}

}  // namespace dateline
