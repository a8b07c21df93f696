// `dateline timex --format timeml`: the analysed text with TIMEX3 elements inserted, in the
// form TempEval-3 scorers read.
#include <dateline/document.hpp>
#include <dateline/timex.hpp>

namespace dateline {
namespace {

void append_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

bool is_timeml(const Document& doc) {
  return !(doc.body.start == 0 && doc.body.end == doc.raw.size());
}

}  // namespace

std::string timexes_to_timeml(const Document& doc, const std::vector<Timex>& timexes) {
  std::string tagged;
  tagged.reserve(doc.text.size() + timexes.size() * 96);
  std::size_t pos = 0;
  int tid = 1;
  for (const Timex& anchored : timexes) {
    const auto tagged_form = as_timeml(anchored);
    if (!tagged_form) continue;
    const Timex& t = *tagged_form;
    if (t.start < pos || t.end > doc.text.size() || t.end <= t.start) continue;  // not well nested
    append_escaped(tagged, std::string_view(doc.text).substr(pos, t.start - pos));
    tagged += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"";
    tagged += to_string(t.type);
    tagged += "\" value=\"";
    append_escaped(tagged, t.value);
    tagged += '"';
    if (!t.mod.empty()) {
      tagged += " mod=\"";
      append_escaped(tagged, t.mod);
      tagged += '"';
    }
    tagged += '>';
    append_escaped(tagged, std::string_view(doc.text).substr(t.start, t.end - t.start));
    tagged += "</TIMEX3>";
    pos = t.end;
  }
  append_escaped(tagged, std::string_view(doc.text).substr(pos));
  if (is_timeml(doc)) return doc.raw.substr(0, doc.body.start) + tagged + doc.raw.substr(doc.body.end);
  std::string out = "<?xml version=\"1.0\" ?>\n<TimeML>\n";
  if (doc.info.published) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + format_day(Day{*doc.info.published}) +
           "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" +
           format_day(Day{*doc.info.published}) + "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>" + tagged + "</TEXT>\n</TimeML>\n";
  return out;
}

}  // namespace dateline
