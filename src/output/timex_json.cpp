#include <dateline/document.hpp>
#include <dateline/timex.hpp>

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

std::string timexes_to_json_line(const Document& doc, const std::vector<Timex>& timexes) {
  return timex_result(doc, timexes).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace dateline
