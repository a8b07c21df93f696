// Reading the tab-separated data files of data/: one record a line, '#' starts a comment
// line, the first non-comment line is a header when the caller says so.
#pragma once

#include <string_view>
#include <vector>

namespace dateline::tsv {

// Calls fn(fields) for each data line; fields are views into `data`.
template <class Fn>
void for_each_row(std::string_view data, bool has_header, Fn&& fn) {
  bool header_pending = has_header;
  std::vector<std::string_view> fields;
  while (!data.empty()) {
    std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (header_pending) {
      header_pending = false;
      continue;
    }
    fields.clear();
    while (true) {
      std::size_t tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    fn(fields);
  }
}

}  // namespace dateline::tsv
