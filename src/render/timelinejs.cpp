// TimelineJS3 JSON. TimelineJS renders headline and text as HTML, so every text field is
// HTML-escaped here; dates are the event's bounds (an event known only within bounds gets
// a display_date that says so).
#include <dateline/events.hpp>
#include <dateline/render.hpp>

#include "render/labels.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace dateline {
namespace {

nlohmann::json tl_date(Day d, Precision precision) {
  const date::year_month_day ymd{d};
  nlohmann::json j = {{"year", static_cast<int>(ymd.year())}};
  // A month- or year-precise date is shown as such rather than as its first day.
  if (precision == Precision::year || precision == Precision::decade || precision == Precision::century) return j;
  j["month"] = static_cast<unsigned>(ymd.month());
  if (precision == Precision::month || precision == Precision::quarter || precision == Precision::season) return j;
  j["day"] = static_cast<unsigned>(ymd.day());
  return j;
}

std::string paragraph(std::string_view label, std::string_view text) {
  return "<p><b>" + std::string(label) + ":</b> " + render::html_escape(text) + "</p>";
}

}  // namespace

std::string to_timelinejs(const Timeline& t) {
  std::string title = t.documents.size() == 1 && t.documents[0].title ? *t.documents[0].title
                      : t.documents.size() > 1 ? "Timeline of " + std::to_string(t.documents.size()) + " articles"
                                               : std::string("Timeline");
  std::map<std::string, const DocumentInfo*> docs;
  for (const auto& d : t.documents) docs.emplace(d.id, &d);
  auto source_line = [](const DocumentInfo& d) {
    return d.source.value_or("unknown source") + " · " +
           (d.published ? format_day(Day{*d.published}) : std::string("publication date unknown")) +
           (d.title ? " · " + *d.title : std::string());
  };

  nlohmann::json events = nlohmann::json::array();
  std::size_t undated = 0;
  for (const Event& e : t.events) {
    const auto pos = render::position_of(e.when);
    if (!pos.anchor) {
      ++undated;
      continue;
    }
    // A coarse date reads at its precision only when the bounds are exactly that period.
    const bool exact_period = e.when.precision != Precision::day && e.when.precision != Precision::unknown &&
                              e.when.precision != Precision::week && e.when.value &&
                              e.when.value->find("_REF") == std::string::npos;
    const Precision shown = exact_period ? e.when.precision : Precision::day;
    nlohmann::json ev;
    ev["start_date"] = tl_date(*pos.anchor, shown);
    if (pos.placement == render::Placement::interval && pos.end && !exact_period) ev["end_date"] = tl_date(*pos.end, Precision::day);
    if (pos.placement != render::Placement::day) ev["display_date"] = render::html_escape(pos.text);
    std::string text;
    const std::string actors = render::actors_text(e.actors);
    if (!actors.empty()) text += paragraph("Actors", actors);
    EventType described;
    const std::string label = !e.type.label.empty() ? e.type.label
                              : e.type.cameo && describe_cameo(*e.type.cameo, described) ? described.label
                                                                                          : std::string();
    text += paragraph("Type", (e.type.cameo ? *e.type.cameo + " " : std::string()) + label);
    text += paragraph("Modality", to_string(e.modality));
    std::set<std::string> cited;
    for (const Mention& m : e.mentions) {
      text += "<blockquote>" + render::html_escape(m.text) + "</blockquote>";
      cited.insert(m.document);
    }
    for (const auto& id : cited)
      if (auto it = docs.find(id); it != docs.end())
        text += "<p><i>" + render::html_escape(source_line(*it->second)) + "</i></p>";
    ev["text"] = {{"headline", render::html_escape(e.summary.empty() ? e.type.label : e.summary)}, {"text", text}};
    ev["group"] = render::html_escape(render::root_label_of(e.type, false));
    ev["unique_id"] = render::safe_id(e.id);
    events.push_back(std::move(ev));
  }
  std::string intro;
  for (const auto& d : t.documents) intro += "<p>" + render::html_escape(source_line(d)) + "</p>";
  if (undated) intro += "<p>" + std::to_string(undated) + " undated event" + (undated == 1 ? "" : "s") + " not shown.</p>";
  nlohmann::json j = {{"title", {{"text", {{"headline", render::html_escape(title)}, {"text", intro}}}}}, {"events", events}};
  return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace dateline
