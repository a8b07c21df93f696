#include <dateline/document.hpp>
#include <dateline/timex.hpp>

#include "output/line_writer.hpp"

#include <nlohmann/json.hpp>

namespace dateline {

namespace {

using Json = nlohmann::ordered_json;

Json timex_result(const Document& doc, const std::vector<Timex>& timexes) {
  Json list = Json::array();
  for (const Timex& t : timexes) {
    Json j;
    const Span raw = doc.to_raw(Span{t.start, t.end});
    j["start"] = raw.start;
    j["end"] = raw.end;
    j["text"] = doc.text.substr(t.start, t.end - t.start);
    j["type"] = to_string(t.type);
    j["value"] = t.value;
    if (!t.mod.empty()) j["mod"] = t.mod;
    j["precision"] = to_string(t.precision);
    j["earliest"] = t.earliest ? Json(format_day(*t.earliest)) : Json(nullptr);
    j["latest"] = t.latest ? Json(format_day(*t.latest)) : Json(nullptr);
    j["resolved"] = t.resolved;
    list.push_back(std::move(j));
  }
  Json out;
  out["schema"] = "dateline.timex/1";
  out["document"] = Json{{"path", doc.info.path ? Json(*doc.info.path) : Json(nullptr)},
                         {"published", doc.info.published ? Json(format_day(Day{*doc.info.published})) : Json(nullptr)},
                         {"sha256", doc.info.sha256}};
  out["timexes"] = std::move(list);
  return out;
}

}  // namespace

std::string timexes_to_json(const Document& doc, const std::vector<Timex>& timexes) {
  return timex_result(doc, timexes).dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

// The compact line written directly, byte for byte timex_result(...).dump(-1, ...): building
// the ordered_json tree and serializing it was a sixth of `timex --jsonl`. Keys and order
// follow timex_result.
std::string timexes_to_json_line(const Document& doc, const std::vector<Timex>& timexes) {
  output::LineWriter w;
  w.out.reserve(256 + 192 * timexes.size());
  w.open('{');
  w.key("schema"), w.string("dateline.timex/1");
  w.key("document"), w.open('{');
  w.key("path"), w.opt_string(doc.info.path);
  w.key("published");
  if (doc.info.published) w.string(format_day(Day{*doc.info.published}));
  else w.null();
  w.key("sha256"), w.string(doc.info.sha256);
  w.close('}');
  w.key("timexes"), w.open('[');
  for (const Timex& t : timexes) {
    const Span raw = doc.to_raw(Span{t.start, t.end});
    w.open('{');
    w.key("start"), w.num(raw.start);
    w.key("end"), w.num(raw.end);
    w.key("text"), w.string(std::string_view(doc.text).substr(t.start, t.end - t.start));
    w.key("type"), w.string(to_string(t.type));
    w.key("value"), w.string(t.value);
    if (!t.mod.empty()) w.key("mod"), w.string(t.mod);
    w.key("precision"), w.string(to_string(t.precision));
    w.key("earliest"), w.day(t.earliest);
    w.key("latest"), w.day(t.latest);
    w.key("resolved"), w.value(t.resolved ? "true" : "false");
    w.close('}');
  }
  w.close(']');
  w.close('}');
  w.out.push_back('\n');
  return std::move(w.out);
}

}  // namespace dateline
