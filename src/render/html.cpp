// The self-contained HTML page: render/timeline.html with the styles, the script, the SVG
// inline and the timeline's data as JSON. Nothing is fetched: the page's Content Security
// Policy allows only its own styles and its one script, named by hash.
#include <dateline/error.hpp>
#include <dateline/render.hpp>

#include "common/embedded.hpp"
#include "common/sha256.hpp"
#include "render/labels.hpp"

#include <nlohmann/json.hpp>

namespace dateline {
namespace {

std::string_view asset(std::string_view name) {
  auto f = embedded::file(std::string("../render/") + std::string(name));
  if (!f) throw Error("<render>", "the HTML asset render/" + std::string(name) + " is not built in");
  return *f;
}

// CSP hashes are base64 of the raw digest.
std::string sha256_base64(std::string_view bytes) {
  const std::string hex = sha256_hex(bytes);
  std::string raw;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) raw.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < raw.size(); i += 3) {
    unsigned v = static_cast<unsigned char>(raw[i]) << 16;
    if (i + 1 < raw.size()) v |= static_cast<unsigned char>(raw[i + 1]) << 8;
    if (i + 2 < raw.size()) v |= static_cast<unsigned char>(raw[i + 2]);
    out.push_back(kAlphabet[(v >> 18) & 63]);
    out.push_back(kAlphabet[(v >> 12) & 63]);
    out.push_back(i + 1 < raw.size() ? kAlphabet[(v >> 6) & 63] : '=');
    out.push_back(i + 2 < raw.size() ? kAlphabet[v & 63] : '=');
  }
  return out;
}

// JSON that can sit inside <script type="application/json">: '<', '>' and '&' only occur in
// strings, where their \u escapes mean the same, so no input can close the element.
std::string script_safe_json(const nlohmann::json& j) {
  const std::string s = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else out.push_back(c);
  }
  return out;
}

nlohmann::json page_data(const Timeline& t) {
  nlohmann::json docs = nlohmann::json::array();
  for (const auto& d : t.documents)
    docs.push_back({{"id", render::clean_utf8(d.id)},
                    {"title", d.title ? nlohmann::json(render::clean_utf8(*d.title)) : nlohmann::json()},
                    {"source", d.source ? nlohmann::json(render::clean_utf8(*d.source)) : nlohmann::json()},
                    {"published", d.published ? nlohmann::json(format_day(Day{*d.published})) : nlohmann::json()},
                    {"url", d.url ? nlohmann::json(render::clean_utf8(*d.url)) : nlohmann::json()}});
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : t.events) {
    nlohmann::json actors = nlohmann::json::array();
    for (const auto& a : e.actors) actors.push_back(render::clean_utf8(a.name));
    nlohmann::json mentions = nlohmann::json::array();
    for (const auto& m : e.mentions)
      mentions.push_back({{"document", render::clean_utf8(m.document)}, {"text", render::clean_utf8(m.text)}});
    events.push_back({{"id", render::clean_utf8(e.id)},
                      {"svg_id", render::safe_id(e.id)},
                      {"date", render::position_of(e.when).text},
                      {"summary", render::clean_utf8(e.summary)},
                      {"type", e.type.cameo ? render::clean_utf8(*e.type.cameo + " " + e.type.label) : render::clean_utf8(e.type.label)},
                      {"root", render::root_label_of(e.type)},
                      {"modality", std::string(to_string(e.modality))},
                      {"actors", actors},
                      {"actors_text", render::actors_text(e.actors)},
                      {"mentions", mentions}});
  }
  return {{"documents", docs}, {"events", events}};
}

std::string sources_html(const Timeline& t) {
  std::string out;
  for (const auto& d : t.documents) {
    std::string line = d.source.value_or("unknown source") + " · " +
                       (d.published ? format_day(Day{*d.published}) : std::string("publication date unknown"));
    if (d.title) line += " · " + *d.title;
    out += "<li>" + render::html_escape(line) + "</li>";
  }
  return out;
}

// The SVG element alone: Graphviz's XML declaration, doctype and comments do not belong
// inside HTML.
std::string_view svg_element(std::string_view svg) {
  const auto at = svg.find("<svg");
  return at == std::string_view::npos ? std::string_view{} : svg.substr(at);
}

}  // namespace

std::string to_html(const Timeline& t, const RenderOptions& options) {
  const std::string_view tmpl = asset("timeline.html");
  const std::string_view js = asset("timeline.js");
  std::string title = t.documents.size() == 1 && t.documents[0].title ? *t.documents[0].title
                      : t.documents.size() > 1 ? "Timeline of " + std::to_string(t.documents.size()) + " articles"
                                               : std::string("Timeline");
  const std::string svg = to_svg(t, options);
  // One pass over the template: what is put in is never scanned for markers again.
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = tmpl.find("@@", at);
    const std::size_t close = open == std::string_view::npos ? open : tmpl.find("@@", open + 2);
    if (close == std::string_view::npos) {
      out.append(tmpl.substr(at));
      break;
    }
    out.append(tmpl.substr(at, open - at));
    const std::string_view key = tmpl.substr(open + 2, close - open - 2);
    if (key == "TITLE") out += render::html_escape(title);
    else if (key == "GENERATOR") out += render::html_escape(t.generator.name + " " + t.generator.version);
    else if (key == "SOURCES") out += sources_html(t);
    else if (key == "CSS") out.append(asset("timeline.css"));
    else if (key == "JS") out.append(js);
    else if (key == "SCRIPT_HASH") out += "sha256-" + sha256_base64(js);
    else if (key == "SVG") out.append(svg_element(svg));
    else if (key == "DATA") out += script_safe_json(page_data(t));
    else throw Error("<render>", "unknown marker @@" + std::string(key) + "@@ in render/timeline.html");
    at = close + 2;
  }
  return out;
}

}  // namespace dateline
