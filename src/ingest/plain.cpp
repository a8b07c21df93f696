// Plain text and Markdown: the text is the file itself, with a UTF-8 byte order mark and any
// front matter blanked to spaces (newlines kept) so that offsets stay the identity.
#include "ingest/internal.hpp"

namespace dateline::ingest {
namespace {

// The line starting at pos, without its line break; next is where the following line starts.
std::string_view line_at(std::string_view s, std::size_t pos, std::size_t& next) {
  std::size_t nl = s.find('\n', pos);
  if (nl == std::string_view::npos) nl = s.size();
  next = nl < s.size() ? nl + 1 : nl;
  std::string_view line = s.substr(pos, nl - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) v = v.substr(1, v.size() - 2);
  return std::string(v);
}

// Front matter between "---" lines at the very start: "key: value" lines. Returns the end of
// the closing line, or `start` when there is no complete front matter.
std::size_t front_matter(std::string_view s, std::size_t start, DocumentInfo& info) {
  std::size_t next = 0;
  if (trim(line_at(s, start, next)) != "---") return start;
  DocumentInfo found;
  for (std::size_t pos = next; pos < s.size();) {
    std::size_t after = 0;
    const std::string_view line = line_at(s, pos, after);
    if (trim(line) == "---" || trim(line) == "...") {
      if (found.title) info.title = found.title;
      if (found.published) {
        info.published = found.published;
        info.published_basis = PublishedBasis::metadata;
      }
      if (found.source) info.source = found.source;
      if (found.url) info.url = found.url;
      return after;
    }
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      std::string key(trim(line.substr(0, colon)));
      for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      const std::string value = unquote(line.substr(colon + 1));
      if (!value.empty()) {
        if (key == "title") found.title = value;
        else if (key == "published" || key == "date") found.published = parse_iso_day(value);
        else if (key == "source") found.source = value;
        else if (key == "url") found.url = value;
      }
    }
    pos = after;
  }
  return start;  // never closed: not front matter
}

}  // namespace

Document read_text(std::string bytes, std::string_view) {
  Document doc;
  doc.text = bytes;
  std::size_t start = 0;
  if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    doc.text.replace(0, 3, "   ");
    start = 3;
  }
  const std::size_t end = front_matter(doc.text, start, doc.info);
  for (std::size_t i = start; i < end; ++i)
    if (doc.text[i] != '\n') doc.text[i] = ' ';
  if (!doc.info.title) {
    // A Markdown "# Heading" as the first non-blank line is the title.
    std::size_t pos = doc.text.find_first_not_of(" \t\r\n", end);
    if (pos != std::string::npos && doc.text[pos] == '#') {
      std::size_t next = 0;
      std::string_view line = line_at(doc.text, pos, next);
      std::size_t hashes = line.find_first_not_of('#');
      if (hashes != std::string_view::npos && hashes <= 6 && (line[hashes] == ' ' || line[hashes] == '\t')) {
        std::string_view title = trim(line.substr(hashes));
        while (!title.empty() && title.back() == '#') title.remove_suffix(1);  // "# Title #"
        title = trim(title);
        if (!title.empty()) doc.info.title = std::string(title);
      }
    }
  }
  doc.body = Span{0, bytes.size()};
  doc.raw = std::move(bytes);
  return doc;
}

}  // namespace dateline::ingest
