// First cut: plain text only. The ingest issue adds Markdown front matter, TimeML, HTML,
// JSON and JSONL.
#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>

#include "common/sha256.hpp"

namespace dateline {

InputFormat format_from_path(std::string_view) { return InputFormat::automatic; }

std::vector<Document> ingest_bytes(std::string bytes, std::string_view name, const IngestOptions& options) {
  if (bytes.empty()) throw Error(std::string(name), "empty file");
  Document doc;
  doc.info.path = std::string(name);
  doc.info.sha256 = sha256_hex(bytes);
  if (options.published) {
    doc.info.published = options.published;
    doc.info.published_basis = PublishedBasis::metadata;
  }
  doc.text = bytes;
  doc.body = Span{0, bytes.size()};
  doc.raw = std::move(bytes);
  std::vector<Document> out;
  out.push_back(std::move(doc));
  return out;
}

std::vector<Document> ingest_file(const std::string& path, const IngestOptions& options) {
  return ingest_bytes(read_file(path), path == "-" ? "<stdin>" : path, options);
}

}  // namespace dateline
