// The JSON projection of the timeline model. ordered_json keeps the spec's key order, so
// output is stable and diffs of timelines read naturally.
#include <dateline/error.hpp>
#include <dateline/json.hpp>
#include "common/json_number.hpp"
#include "output/line_writer.hpp"
#include "text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace dateline {
namespace {

using Json = nlohmann::ordered_json;

template <class T>
Json opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json day_or_null(const std::optional<Day>& d) { return d ? Json(format_day(*d)) : Json(nullptr); }

Json span_json(const Span& s) { return Json{{"start", s.start}, {"end", s.end}}; }

Json document_json(const DocumentInfo& d) {
  Json j;
  j["id"] = d.id;
  j["title"] = opt(d.title);
  j["published"] = d.published ? Json(format_day(Day{*d.published})) : Json(nullptr);
  j["published_basis"] = to_string(d.published_basis);
  j["source"] = opt(d.source);
  j["url"] = opt(d.url);
  j["path"] = opt(d.path);
  j["sha256"] = d.sha256;
  return j;
}

Json event_json(const Event& e) {
  Json j;
  j["id"] = e.id;
  Json type;
  type["cameo"] = opt(e.type.cameo);
  type["label"] = e.type.label;
  type["root"] = opt(e.type.root);
  type["goldstein"] = opt(e.type.goldstein);
  if (e.type.quad_class) type["quad_class"] = *e.type.quad_class;
  j["type"] = std::move(type);
  j["summary"] = e.summary;
  Json actors = Json::array();
  for (const Actor& a : e.actors) {
    actors.push_back(Json{{"role", to_string(a.role)},
                          {"name", a.name},
                          {"country", opt(a.country)},
                          {"kind", to_string(a.kind)}});
  }
  j["actors"] = std::move(actors);
  j["when"] = Json{{"value", opt(e.when.value)},
                   {"precision", to_string(e.when.precision)},
                   {"earliest", day_or_null(e.when.earliest)},
                   {"latest", day_or_null(e.when.latest)},
                   {"basis", to_string(e.when.basis)},
                   {"text", opt(e.when.text)}};
  j["modality"] = to_string(e.modality);
  Json mentions = Json::array();
  for (const Mention& m : e.mentions) {
    Json mj;
    mj["document"] = m.document;
    mj["start"] = m.evidence.start;
    mj["end"] = m.evidence.end;
    mj["trigger"] = m.trigger ? span_json(*m.trigger) : Json(nullptr);
    mj["text"] = m.text;
    if (m.modality) mj["modality"] = to_string(*m.modality);
    mentions.push_back(std::move(mj));
  }
  j["mentions"] = std::move(mentions);
  return j;
}

Json link_json(const Link& l) {
  Json j;
  j["from"] = l.from;
  j["to"] = l.to;
  j["relation"] = to_string(l.relation);
  if (l.evidence) {
    j["evidence"] = Json{{"document", l.evidence->document},
                         {"start", l.evidence->span.start},
                         {"end", l.evidence->span.end},
                         {"signal", l.evidence->signal}};
  } else {
    j["evidence"] = nullptr;
  }
  return j;
}

Json warning_json(const Warning& w) {
  Json j;
  j["code"] = w.code;
  j["message"] = w.message;
  j["document"] = opt(w.document);
  j["start"] = w.span ? Json(w.span->start) : Json(nullptr);
  j["end"] = w.span ? Json(w.span->end) : Json(nullptr);
  return j;
}

// Reading: every accessor names the JSON path it failed at, so a user can find the field.
class Reader {
 public:
  explicit Reader(std::string name) : name_(std::move(name)) {}

  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(name_, path + ": " + what);
  }
  const Json& field(const Json& obj, const std::string& path, const char* key) const {
    if (!obj.is_object()) fail(path, "expected an object");
    auto it = obj.find(key);
    if (it == obj.end()) fail(path, std::string("missing field \"") + key + "\"");
    return *it;
  }
  std::string str(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = field(obj, path, key);
    if (!v.is_string()) fail(path + "." + key, "expected a string");
    return v.get<std::string>();
  }
  std::optional<std::string> opt_str(const Json& obj, const std::string& path, const char* key) const {
    if (!obj.is_object()) fail(path, "expected an object");
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) fail(path + "." + key, "expected a string or null");
    return it->get<std::string>();
  }
  std::size_t offset(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = field(obj, path, key);
    if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<long long>() >= 0))
      fail(path + "." + key, "expected a byte offset (a non-negative integer)");
    return v.get<std::size_t>();
  }
  std::optional<Day> opt_day(const Json& obj, const std::string& path, const char* key) const {
    auto s = opt_str(obj, path, key);
    if (!s) return std::nullopt;
    auto d = parse_day(*s);
    if (!d) fail(path + "." + key, "expected a day YYYY-MM-DD, got \"" + *s + "\"");
    return d;
  }
  template <class E, class Parse>
  E enumeration(const Json& obj, const std::string& path, const char* key, Parse parse) const {
    std::string s = str(obj, path, key);
    auto e = parse(s);
    if (!e) fail(path + "." + key, "unknown value \"" + s + "\"");
    return *e;
  }
  const Json& array(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = field(obj, path, key);
    if (!v.is_array()) fail(path + "." + key, "expected an array");
    return v;
  }
  Span span(const Json& obj, const std::string& path) const {
    Span s{offset(obj, path, "start"), offset(obj, path, "end")};
    if (s.end < s.start) fail(path, "end before start");
    return s;
  }

 private:
  std::string name_;
};

Json timeline_json(const Timeline& t) {
  Json j;
  j["schema"] = t.schema;
  j["generator"] = Json{{"name", t.generator.name}, {"version", t.generator.version}};
  Json docs = Json::array();
  for (const auto& d : t.documents) docs.push_back(document_json(d));
  j["documents"] = std::move(docs);
  Json events = Json::array();
  for (const auto& e : t.events) events.push_back(event_json(e));
  j["events"] = std::move(events);
  Json links = Json::array();
  for (const auto& l : t.links) links.push_back(link_json(l));
  j["links"] = std::move(links);
  Json warnings = Json::array();
  for (const auto& w : t.warnings) warnings.push_back(warning_json(w));
  j["warnings"] = std::move(warnings);
  return j;
}

// The compact line of to_json_line written directly (output/line_writer.hpp), byte for byte
// what timeline_json(t).dump(-1, ...) gives: building the ordered_json tree and serializing it
// took a fifth of `build --jsonl`. Keys and order follow the *_json functions above.
using output::LineWriter;

void write_span(LineWriter& w, const Span& s) {
  w.open('{');
  w.key("start"), w.num(s.start);
  w.key("end"), w.num(s.end);
  w.close('}');
}

std::string timeline_line(const Timeline& t) {
  LineWriter w;
  w.out.reserve(4096);
  w.open('{');
  w.key("schema"), w.string(t.schema);
  w.key("generator"), w.open('{');
  w.key("name"), w.string(t.generator.name);
  w.key("version"), w.string(t.generator.version);
  w.close('}');
  w.key("documents"), w.open('[');
  for (const auto& d : t.documents) {
    w.open('{');
    w.key("id"), w.string(d.id);
    w.key("title"), w.opt_string(d.title);
    w.key("published");
    if (d.published) w.string(format_day(Day{*d.published}));
    else w.null();
    w.key("published_basis"), w.string(to_string(d.published_basis));
    w.key("source"), w.opt_string(d.source);
    w.key("url"), w.opt_string(d.url);
    w.key("path"), w.opt_string(d.path);
    w.key("sha256"), w.string(d.sha256);
    w.close('}');
  }
  w.close(']');
  w.key("events"), w.open('[');
  for (const auto& e : t.events) {
    w.open('{');
    w.key("id"), w.string(e.id);
    w.key("type"), w.open('{');
    w.key("cameo"), w.opt_string(e.type.cameo);
    w.key("label"), w.string(e.type.label);
    w.key("root"), w.opt_string(e.type.root);
    w.key("goldstein");
    if (e.type.goldstein) w.num(*e.type.goldstein);
    else w.null();
    if (e.type.quad_class) w.key("quad_class"), w.num(*e.type.quad_class);
    w.close('}');
    w.key("summary"), w.string(e.summary);
    w.key("actors"), w.open('[');
    for (const Actor& a : e.actors) {
      w.open('{');
      w.key("role"), w.string(to_string(a.role));
      w.key("name"), w.string(a.name);
      w.key("country"), w.opt_string(a.country);
      w.key("kind"), w.string(to_string(a.kind));
      w.close('}');
    }
    w.close(']');
    w.key("when"), w.open('{');
    w.key("value"), w.opt_string(e.when.value);
    w.key("precision"), w.string(to_string(e.when.precision));
    w.key("earliest"), w.day(e.when.earliest);
    w.key("latest"), w.day(e.when.latest);
    w.key("basis"), w.string(to_string(e.when.basis));
    w.key("text"), w.opt_string(e.when.text);
    w.close('}');
    w.key("modality"), w.string(to_string(e.modality));
    w.key("mentions"), w.open('[');
    for (const Mention& m : e.mentions) {
      w.open('{');
      w.key("document"), w.string(m.document);
      w.key("start"), w.num(m.evidence.start);
      w.key("end"), w.num(m.evidence.end);
      w.key("trigger");
      if (m.trigger) write_span(w, *m.trigger);
      else w.null();
      w.key("text"), w.string(m.text);
      if (m.modality) w.key("modality"), w.string(to_string(*m.modality));
      w.close('}');
    }
    w.close(']');
    w.close('}');
  }
  w.close(']');
  w.key("links"), w.open('[');
  for (const auto& l : t.links) {
    w.open('{');
    w.key("from"), w.string(l.from);
    w.key("to"), w.string(l.to);
    w.key("relation"), w.string(to_string(l.relation));
    w.key("evidence");
    if (l.evidence) {
      w.open('{');
      w.key("document"), w.string(l.evidence->document);
      w.key("start"), w.num(l.evidence->span.start);
      w.key("end"), w.num(l.evidence->span.end);
      w.key("signal"), w.string(l.evidence->signal);
      w.close('}');
    } else {
      w.null();
    }
    w.close('}');
  }
  w.close(']');
  w.key("warnings"), w.open('[');
  for (const auto& x : t.warnings) {
    w.open('{');
    w.key("code"), w.string(x.code);
    w.key("message"), w.string(x.message);
    w.key("document"), w.opt_string(x.document);
    w.key("start");
    if (x.span) w.num(x.span->start);
    else w.null();
    w.key("end");
    if (x.span) w.num(x.span->end);
    else w.null();
    w.close('}');
  }
  w.close(']');
  w.close('}');
  w.out.push_back('\n');
  return std::move(w.out);
}

}  // namespace

std::string to_json(const Timeline& t) {
  return timeline_json(t).dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string to_json_line(const Timeline& t) { return timeline_line(t); }

Timeline timeline_from_json(std::string_view text, std::string_view name) {
  Json j;
  try {
    j = Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based: the position of the offending byte.
    throw Error(std::string(name), std::string("invalid JSON: ") + e.what(),
                e.byte > 0 ? e.byte - 1 : 0);
  } catch (const Json::exception& e) {
    json_number::overflow(e, text, name);
  }
  Reader r{std::string(name)};
  Timeline t;
  t.schema = r.str(j, "$", "schema");
  if (t.schema.rfind("dateline.timeline/1", 0) != 0)
    r.fail("$.schema", "not a dateline.timeline/1 document: \"" + t.schema + "\"");
  if (auto it = j.find("generator"); it != j.end() && it->is_object()) {
    t.generator.name = r.opt_str(*it, "$.generator", "name").value_or("");
    t.generator.version = r.opt_str(*it, "$.generator", "version").value_or("");
  }
  const Json& docs = r.array(j, "$", "documents");
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const std::string p = "$.documents[" + std::to_string(i) + "]";
    DocumentInfo d;
    d.id = r.str(docs[i], p, "id");
    d.title = r.opt_str(docs[i], p, "title");
    if (auto day = r.opt_day(docs[i], p, "published")) d.published = date::year_month_day{*day};
    if (auto b = r.opt_str(docs[i], p, "published_basis")) {
      auto pb = parse_published_basis(*b);
      if (!pb) r.fail(p + ".published_basis", "unknown value \"" + *b + "\"");
      d.published_basis = *pb;
    }
    d.source = r.opt_str(docs[i], p, "source");
    d.url = r.opt_str(docs[i], p, "url");
    d.path = r.opt_str(docs[i], p, "path");
    d.sha256 = r.opt_str(docs[i], p, "sha256").value_or("");
    t.documents.push_back(std::move(d));
  }
  const Json& events = r.array(j, "$", "events");
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::string p = "$.events[" + std::to_string(i) + "]";
    const Json& ej = events[i];
    Event e;
    e.id = r.str(ej, p, "id");
    const Json& type = r.field(ej, p, "type");
    e.type.cameo = r.opt_str(type, p + ".type", "cameo");
    e.type.label = r.opt_str(type, p + ".type", "label").value_or("");
    e.type.root = r.opt_str(type, p + ".type", "root");
    if (auto g = type.find("goldstein"); g != type.end() && g->is_number()) e.type.goldstein = g->get<double>();
    if (auto q = type.find("quad_class"); q != type.end() && q->is_number_integer()) e.type.quad_class = q->get<int>();
    e.summary = r.opt_str(ej, p, "summary").value_or("");
    if (auto a = ej.find("actors"); a != ej.end()) {
      if (!a->is_array()) r.fail(p + ".actors", "expected an array");
      for (std::size_t k = 0; k < a->size(); ++k) {
        const std::string ap = p + ".actors[" + std::to_string(k) + "]";
        Actor actor;
        actor.role = r.enumeration<ActorRole>((*a)[k], ap, "role", parse_actor_role);
        actor.name = r.opt_str((*a)[k], ap, "name").value_or("");
        actor.country = r.opt_str((*a)[k], ap, "country");
        if (auto kind = r.opt_str((*a)[k], ap, "kind")) {
          auto pk = parse_actor_kind(*kind);
          if (!pk) r.fail(ap + ".kind", "unknown value \"" + *kind + "\"");
          actor.kind = *pk;
        }
        e.actors.push_back(std::move(actor));
      }
    }
    const Json& when = r.field(ej, p, "when");
    const std::string wp = p + ".when";
    e.when.value = r.opt_str(when, wp, "value");
    if (auto prec = r.opt_str(when, wp, "precision")) {
      auto pp = parse_precision(*prec);
      if (!pp) r.fail(wp + ".precision", "unknown value \"" + *prec + "\"");
      e.when.precision = *pp;
    }
    e.when.earliest = r.opt_day(when, wp, "earliest");
    e.when.latest = r.opt_day(when, wp, "latest");
    if (e.when.earliest && e.when.latest && *e.when.latest < *e.when.earliest)
      r.fail(wp, "latest is before earliest");
    if (auto basis = r.opt_str(when, wp, "basis")) {
      auto pb = parse_date_basis(*basis);
      if (!pb) r.fail(wp + ".basis", "unknown value \"" + *basis + "\"");
      e.when.basis = *pb;
    }
    e.when.text = r.opt_str(when, wp, "text");
    e.modality = r.enumeration<Modality>(ej, p, "modality", parse_modality);
    const Json& mentions = r.array(ej, p, "mentions");
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      const std::string mp = p + ".mentions[" + std::to_string(k) + "]";
      Mention m;
      m.document = r.str(mentions[k], mp, "document");
      m.evidence = r.span(mentions[k], mp);
      if (auto tr = mentions[k].find("trigger"); tr != mentions[k].end() && !tr->is_null())
        m.trigger = r.span(*tr, mp + ".trigger");
      m.text = r.opt_str(mentions[k], mp, "text").value_or("");
      if (auto mo = r.opt_str(mentions[k], mp, "modality")) {
        m.modality = parse_modality(*mo);
        if (!m.modality) r.fail(mp + ".modality", "unknown value \"" + *mo + "\"");
      }
      e.mentions.push_back(std::move(m));
    }
    t.events.push_back(std::move(e));
  }
  const Json& links = r.array(j, "$", "links");
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::string p = "$.links[" + std::to_string(i) + "]";
    Link l;
    l.from = r.str(links[i], p, "from");
    l.to = r.str(links[i], p, "to");
    l.relation = r.enumeration<Relation>(links[i], p, "relation", parse_relation);
    if (auto ev = links[i].find("evidence"); ev != links[i].end() && !ev->is_null()) {
      Evidence e;
      e.document = r.str(*ev, p + ".evidence", "document");
      e.span = r.span(*ev, p + ".evidence");
      e.signal = r.opt_str(*ev, p + ".evidence", "signal").value_or("");
      l.evidence = std::move(e);
    }
    t.links.push_back(std::move(l));
  }
  if (auto w = j.find("warnings"); w != j.end() && w->is_array()) {
    for (std::size_t i = 0; i < w->size(); ++i) {
      const std::string p = "$.warnings[" + std::to_string(i) + "]";
      Warning warning;
      warning.code = r.str((*w)[i], p, "code");
      warning.message = r.opt_str((*w)[i], p, "message").value_or("");
      warning.document = r.opt_str((*w)[i], p, "document");
      auto s = (*w)[i].find("start");
      auto e = (*w)[i].find("end");
      if (s != (*w)[i].end() && e != (*w)[i].end() && !s->is_null() && !e->is_null())
        warning.span = r.span((*w)[i], p);
      t.warnings.push_back(std::move(warning));
    }
  }
  return t;
}

}  // namespace dateline
