#include <dateline/error.hpp>
#include <dateline/json.hpp>
#include <dateline/render.hpp>

#include "cli/commands.hpp"

namespace dateline::cli {

std::optional<date::year_month_day> parse_published(const std::string& s) {
  if (s.empty()) return std::nullopt;
  auto d = parse_day(s);
  if (!d) throw Error("--published", "expected a date YYYY-MM-DD, got \"" + s + "\"");
  return date::year_month_day{*d};
}

std::string pick_format(const std::string& format, const std::string& out, const std::string& fallback) {
  if (!format.empty()) return format;
  auto dot = out.rfind('.');
  auto slash = out.rfind('/');
  if (out != "-" && dot != std::string::npos && (slash == std::string::npos || dot > slash))
    return out.substr(dot + 1);
  return fallback;
}

std::string render_as(const Timeline& t, const std::string& format, const std::string& out) {
  if (format == "json") return to_json(t);
  if (format == "dot" || format == "gv") return to_dot(t);
  if (format == "svg") return to_svg(t);
  if (format == "html" || format == "htm") return to_html(t);
  if (format == "timelinejs") return to_timelinejs(t);
  throw Error(out, "unknown output format \"" + format + "\" (json, dot, svg, html or timelinejs)");
}

}  // namespace dateline::cli
