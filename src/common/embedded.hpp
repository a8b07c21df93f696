// The data files of data/, embedded at build time (cmake/Embed.cmake).
#pragma once

#include <optional>
#include <string_view>

namespace dateline::embedded {

// The bytes of data/NAME (e.g. "cameo.tsv", "gazetteer/countries.tsv"), or none.
std::optional<std::string_view> file(std::string_view name);

}  // namespace dateline::embedded
