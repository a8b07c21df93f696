// Timeline evaluation: a line-by-line port of shared/tools/score_timeline.py, kept on the raw
// JSON (not the Timeline model) because gold files carry "gold" objects the model does not,
// and because the reference's semantics are Python's: a missing key, a null and an empty
// string differ only where the reference makes them differ (truthiness is `truthy` below).
#include <dateline/error.hpp>
#include <dateline/eval.hpp>
#include <dateline/match.hpp>
#include "common/json_number.hpp"
#include <dateline/timeline.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace dateline {
namespace {

using Json = nlohmann::json;

// Python's truthiness of d.get(key): absent, null, "", 0, false, [] and {} are false.
bool truthy(const Json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_string()) return !v->get_ref<const std::string&>().empty();
  if (v->is_number()) return v->get<double>() != 0.0;
  return !v->empty();
}

const Json* get(const Json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

// Reads fields the reference indexes with [] (a KeyError there): a clear error here.
class Fields {
 public:
  explicit Fields(std::string_view name) : name_(name) {}
  [[noreturn]] void fail(const std::string& path, const std::string& what) const {
    throw Error(name_, path + ": " + what);
  }
  const Json& need(const Json& obj, const std::string& path, const char* key) const {
    const Json* v = get(obj, key);
    if (!obj.is_object()) fail(path, "expected an object");
    if (!v) fail(path, std::string("missing field \"") + key + "\"");
    return *v;
  }
  std::string str(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = need(obj, path, key);
    if (!v.is_string()) fail(path + "." + key, "expected a string");
    return v.get<std::string>();
  }
  long long integer(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = need(obj, path, key);
    if (!v.is_number_integer()) fail(path + "." + key, "expected an integer");
    return v.get<long long>();
  }
  const Json& array(const Json& obj, const std::string& path, const char* key) const {
    const Json& v = need(obj, path, key);
    if (!v.is_array()) fail(path + "." + key, "expected an array");
    return v;
  }
  // A value the reference treats as a string when it is truthy (dates, countries, cameo).
  std::optional<std::string> opt_str(const Json& obj, const std::string& path, const char* key) const {
    const Json* v = get(obj, key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) fail(path + "." + key, "expected a string or null");
    return v->get<std::string>();
  }

 private:
  std::string name_;
};

Json parse(std::string_view text, std::string_view name) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw Error(std::string(name), std::string("invalid JSON: ") + e.what(), e.byte > 0 ? e.byte - 1 : 0);
  } catch (const Json::exception& e) {
    json_number::overflow(e, text, name);
  }
}

using Range = std::pair<long long, long long>;

// The first n code points of s: Python's s[:n] on ISO date strings.
std::string_view prefix_code_points(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

std::size_t code_points(std::string_view s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct Scorer {
  const Json& gold;
  const Json& system;
  Fields g;  // reading the gold
  Fields s;  // reading the system timeline
  // When set, receives the matching: (system id, gold id) in system first-seen order.
  std::vector<std::pair<std::string, std::string>>* matching = nullptr;

  // gold document id -> system document id (nullopt: the reference's None)
  std::map<std::string, std::optional<std::string>> doc_map() const {
    std::map<std::string, std::string> by_sha;
    const Json* sdocs = get(system, "documents");
    const std::size_t n_sys_docs = sdocs && sdocs->is_array() ? sdocs->size() : 0;
    for (std::size_t i = 0; i < n_sys_docs; ++i) {
      const Json& d = (*sdocs)[i];
      const Json* sha = get(d, "sha256");
      if (truthy(sha) && sha->is_string())
        by_sha[sha->get<std::string>()] = s.str(d, "$.documents[" + std::to_string(i) + "]", "id");
    }
    std::map<std::string, std::optional<std::string>> out;
    const Json& gdocs = g.array(gold, "$", "documents");
    for (std::size_t i = 0; i < gdocs.size(); ++i) {
      const std::string p = "$.documents[" + std::to_string(i) + "]";
      const std::string id = g.str(gdocs[i], p, "id");
      const Json* sha = get(gdocs[i], "sha256");
      if (sha && sha->is_string() && by_sha.count(sha->get<std::string>())) {
        out[id] = by_sha[sha->get<std::string>()];
      } else if (gdocs.size() == 1 && n_sys_docs == 1) {
        out[id] = s.str((*sdocs)[0], "$.documents[0]", "id");
      }
    }
    return out;
  }

  // The spans of a system event's mentions in document `doc`: triggers, else evidence.
  std::vector<Range> spans(const Json& event, const std::string& path, const std::optional<std::string>& doc) const {
    std::vector<Range> out;
    const Json* mentions = get(event, "mentions");
    if (!mentions || !mentions->is_array()) return out;
    for (std::size_t i = 0; i < mentions->size(); ++i) {
      const Json& m = (*mentions)[i];
      const std::string p = path + ".mentions[" + std::to_string(i) + "]";
      const Json* d = get(m, "document");
      const bool same = doc ? (d && d->is_string() && d->get<std::string>() == *doc) : (!d || d->is_null());
      if (!same) continue;
      const Json* t = get(m, "trigger");
      if (truthy(t))
        out.emplace_back(s.integer(*t, p + ".trigger", "start"), s.integer(*t, p + ".trigger", "end"));
      else
        out.emplace_back(s.integer(m, p, "start"), s.integer(m, p, "end"));
    }
    return out;
  }

  static bool required(const Fields& f, const Json& item, const std::string& path) {
    const Json& r = f.need(f.need(item, path, "gold"), path + ".gold", "required");
    if (!r.is_boolean()) f.fail(path + ".gold.required", "expected true or false");
    return r.get<bool>();
  }

  // The reference's type_ok, date_ok, specific, marked, actors_ok.
  bool type_ok(const Json& ge, const std::string& gp, const Json& se) const {
    const Json* type = get(se, "type");
    const Json* code = type && truthy(type) ? get(*type, "cameo") : nullptr;
    const bool code_none = !code || code->is_null();
    const bool code_truthy = truthy(code) && code->is_string();
    for (const Json& want : g.array(g.need(ge, gp, "gold"), gp + ".gold", "cameo_any")) {
      if ((want.is_string() && want.get<std::string>() == "*") || (want.is_null() && code_none)) return true;
      if (code_truthy && truthy(&want) && want.is_string() &&
          code->get_ref<const std::string&>().rfind(want.get<std::string>(), 0) == 0)
        return true;
    }
    return false;
  }

  static const Json& when_of(const Json& e) {
    static const Json empty = Json::object();
    const Json* w = get(e, "when");
    return truthy(w) ? *w : empty;
  }

  bool date_ok(const Json& ge, const std::string& gp, const Json& se, const std::string& sp) const {
    const Json& gw = when_of(ge);
    const Json& sw = when_of(se);
    if (truthy(get(gw, "value"))) {
      const std::string gv = g.str(gw, gp + ".when", "value");
      const std::string sv = truthy(get(sw, "value")) ? s.str(sw, sp + ".when", "value") : "";
      return prefix_code_points(sv, code_points(gv)) == gv;
    }
    auto ge_ = g.opt_str(gw, gp + ".when", "earliest"), gl = g.opt_str(gw, gp + ".when", "latest");
    auto se_ = s.opt_str(sw, sp + ".when", "earliest"), sl = s.opt_str(sw, sp + ".when", "latest");
    if (ge_ && (!se_ || *se_ < *ge_)) return false;
    if (gl && (!sl || *sl > *gl)) return false;
    return true;
  }

  bool specific(const Json& ge, const std::string& gp) const {
    const Json& w = when_of(ge);
    if (truthy(get(w, "value"))) return true;
    if (!truthy(get(w, "earliest")) || !truthy(get(w, "latest"))) return false;
    auto day = [&](const char* key) {
      const std::string v = g.str(w, gp + ".when", key);
      auto d = parse_day(v);
      if (!d) g.fail(gp + ".when." + key, "expected a day YYYY-MM-DD, got \"" + v + "\"");
      return *d;
    };
    return (day("latest") - day("earliest")).count() <= 31;
  }

  bool marked(const Json& ge, const std::string& gp) const {
    for (const Json& m : g.array(g.need(ge, gp, "gold"), gp + ".gold", "modality_any"))
      if (m.is_string() && m.get<std::string>() == "occurred") return false;
    return true;
  }

  bool modality_ok(const Json& ge, const std::string& gp, const Json& se) const {
    const Json* m = get(se, "modality");
    const Json mine = m ? *m : Json(nullptr);
    for (const Json& want : g.array(g.need(ge, gp, "gold"), gp + ".gold", "modality_any"))
      if (want == mine) return true;
    return false;
  }

  static std::set<std::string> countries(const Json& e) {
    std::set<std::string> out;
    const Json* actors = get(e, "actors");
    if (!actors || !actors->is_array()) return out;
    for (const Json& a : *actors) {
      const Json* c = get(a, "country");
      if (truthy(c) && c->is_string()) out.insert(c->get<std::string>());
    }
    return out;
  }

  bool actors_ok(const Json& ge, const Json& se) const {
    const auto want = countries(ge), have = countries(se);
    return std::includes(have.begin(), have.end(), want.begin(), want.end());
  }

  TimelineScore run() const {
    TimelineScore r;
    const auto docs = doc_map();
    const Json& gevents = g.array(gold, "$", "events");
    const Json* sev = get(system, "events");
    const Json empty_array = Json::array();
    const Json& sevents = sev && sev->is_array() ? *sev : empty_array;
    if (sev && !sev->is_array()) s.fail("$.events", "expected an array");

    // The gold events' documents (mapped) and triggers, read once.
    struct GoldEvent {
      const Json* json;
      std::string path, id;
      bool required;
      std::optional<std::string> sdoc;
      std::vector<ByteRange> triggers;
    };
    std::vector<GoldEvent> golds;
    for (std::size_t i = 0; i < gevents.size(); ++i) {
      GoldEvent ge{&gevents[i], "$.events[" + std::to_string(i) + "]", {}, false, std::nullopt, {}};
      ge.id = g.str(gevents[i], ge.path, "id");
      ge.required = required(g, gevents[i], ge.path);
      const Json& ms = g.array(gevents[i], ge.path, "mentions");
      if (ms.empty()) g.fail(ge.path + ".mentions", "a gold event needs a mention");
      for (std::size_t k = 0; k < ms.size(); ++k) {
        const std::string mp = ge.path + ".mentions[" + std::to_string(k) + "]";
        const Json& t = g.need(ms[k], mp, "trigger");
        ge.triggers.push_back({g.integer(t, mp + ".trigger", "start"), g.integer(t, mp + ".trigger", "end")});
      }
      const std::string doc = g.str(ms[0], ge.path + ".mentions[0]", "document");
      if (auto it = docs.find(doc); it != docs.end()) ge.sdoc = it->second;
      golds.push_back(std::move(ge));
    }

    // match(): each system event goes to the gold event it overlaps most (ties: required
    // first, then the earlier gold event).
    struct Best {
      long long ov;
      bool req;
      std::size_t gold;
    };
    std::vector<std::string> order;  // system ids in first-seen order (a Python dict's order)
    std::unordered_map<std::string, Best> best;
    std::unordered_map<std::string, std::size_t> sys_by_id;  // last event with the id wins
    for (std::size_t i = 0; i < sevents.size(); ++i) {
      const std::string sp = "$.events[" + std::to_string(i) + "]";
      const std::string sid = s.str(sevents[i], sp, "id");
      sys_by_id[sid] = i;
      for (std::size_t k = 0; k < golds.size(); ++k) {
        // The spec's overlap rule, the same function diff's same-document matching uses.
        long long ov = 0;
        for (Range a : spans(sevents[i], sp, golds[k].sdoc)) ov += spec_overlap({a.first, a.second}, golds[k].triggers);
        if (ov <= 0) continue;
        auto it = best.find(sid);
        if (it == best.end()) {
          best.emplace(sid, Best{ov, golds[k].required, k});
          order.push_back(sid);
        } else if (std::tie(ov, golds[k].required) > std::tie(it->second.ov, it->second.req)) {
          it->second = Best{ov, golds[k].required, k};
        }
      }
    }
    std::map<std::string, std::vector<std::string>> matched;  // gold id -> system ids
    for (const std::string& sid : order) matched[golds[best[sid].gold].id].push_back(sid);
    if (matching)
      for (const std::string& sid : order) matching->emplace_back(sid, golds[best[sid].gold].id);

    auto credited = [&](const GoldEvent& ge) -> const Json& {
      return sevents[sys_by_id.at(matched.at(ge.id).front())];
    };
    auto credited_path = [&](const GoldEvent& ge) {
      return "$.events[" + std::to_string(sys_by_id.at(matched.at(ge.id).front())) + "]";
    };

    std::vector<const GoldEvent*> found;
    for (const GoldEvent& ge : golds) {
      if (!ge.required) continue;
      ++r.events_required;
      if (matched.count(ge.id)) found.push_back(&ge);
      else r.missing_events.push_back(ge.id);
    }
    r.events_found = static_cast<int>(found.size());
    r.events_matched = static_cast<int>(matched.size());
    r.system_events = static_cast<int>(sys_by_id.size());
    for (const auto& [gid, sids] : matched) r.duplicates += static_cast<int>(sids.size()) - 1;

    for (const GoldEvent* ge : found) {
      const Json& se = credited(*ge);
      const std::string sp = credited_path(*ge);
      const bool date = date_ok(*ge->json, ge->path, se, sp);
      if (date) ++r.date_ok;
      else r.wrong_date.push_back(ge->id);
      if (specific(*ge->json, ge->path)) {
        ++r.specific_dates;
        r.specific_date_ok += date;
      }
      const bool mod = modality_ok(*ge->json, ge->path, se);
      if (mod) ++r.modality_ok;
      else r.wrong_modality.push_back(ge->id);
      if (marked(*ge->json, ge->path)) {
        ++r.marked_modalities;
        r.marked_modality_ok += mod;
      }
      if (type_ok(*ge->json, ge->path, se)) ++r.type_ok;
      else r.wrong_type.push_back(ge->id);
      if (actors_ok(*ge->json, se)) ++r.actor_ok;
      else r.wrong_actors.push_back(ge->id);
    }

    // Links: causes/responds_to are one family, compared as (cause, effect).
    using Key = std::tuple<std::string, std::string, std::string>;
    auto text = [](const Json& l, const char* key) {
      const Json* v = get(l, key);
      return v && v->is_string() ? v->get<std::string>() : std::string();
    };
    std::set<Key> sys_links;
    if (const Json* sl = get(system, "links"); sl && sl->is_array()) {
      for (const Json& l : *sl) {
        std::string rel = text(l, "relation"), a = text(l, "from"), b = text(l, "to");
        if (rel == "responds_to") sys_links.emplace("causes", b, a);
        else if (rel == "simultaneous") sys_links.emplace(rel, std::min(a, b), std::max(a, b));
        else sys_links.emplace(rel, a, b);
      }
    }
    static const std::vector<std::string> none;
    auto matched_ids = [&](const std::string& gid) -> const std::vector<std::string>& {
      auto it = matched.find(gid);
      return it == matched.end() ? none : it->second;
    };
    std::set<std::pair<std::string, std::string>> gold_pairs;
    const Json& glinks = g.array(gold, "$", "links");
    for (std::size_t i = 0; i < glinks.size(); ++i) {
      const Json& l = glinks[i];
      const std::string p = "$.links[" + std::to_string(i) + "]";
      const std::string from = g.str(l, p, "from"), to = g.str(l, p, "to");
      std::set<std::string> kinds;
      for (const Json& rel : g.array(g.need(l, p, "gold"), p + ".gold", "relation_any")) {
        const std::string k = rel.is_string() ? rel.get<std::string>() : std::string();
        kinds.insert(k == "causes" || k == "responds_to" ? std::string("causes") : k);
      }
      bool ok = false;
      for (const std::string& a : matched_ids(from)) {
        for (const std::string& b : matched_ids(to)) {
          gold_pairs.emplace(a, b);
          gold_pairs.emplace(b, a);
          for (const std::string& k : kinds) {
            Key key = k == "simultaneous" ? Key{k, std::min(a, b), std::max(a, b)} : Key{k, a, b};
            ok = ok || sys_links.count(key) > 0;
          }
        }
      }
      if (required(g, l, p)) {
        ++r.links_required;
        if (ok) ++r.links_found;
        else r.missing_links.push_back(from + "-" + g.str(l, p, "relation") + "->" + to);
      }
    }
    std::set<std::string> matched_sys;
    for (const auto& [gid, sids] : matched) matched_sys.insert(sids.begin(), sids.end());
    for (const Key& l : sys_links) {
      const auto& [rel, a, b] = l;
      if ((rel == "causes" || rel == "denies") && matched_sys.count(a) && matched_sys.count(b)) {
        ++r.causal_links_between_matched;
        if (gold_pairs.count({a, b})) ++r.causal_links_ok;
      }
    }

    // Order: gold-disjoint required pairs that the system places the other way round.
    auto bound = [](const Json& w, const char* key) -> std::optional<std::string> {
      const Json* v = get(w, key);
      if (!truthy(v) || !v->is_string()) return std::nullopt;
      return v->get<std::string>();
    };
    for (const GoldEvent* g1 : found) {
      for (const GoldEvent* g2 : found) {
        auto a_latest = bound(when_of(*g1->json), "latest");
        auto b_earliest = bound(when_of(*g2->json), "earliest");
        if (a_latest && b_earliest && *a_latest < *b_earliest) {
          auto s1 = bound(when_of(credited(*g1)), "earliest");
          auto s2 = bound(when_of(credited(*g2)), "latest");
          if (s1 && s2 && *s1 > *s2) ++r.order_violations;
        }
      }
    }
    return r;
  }
};

void append(std::vector<std::string>& to, const std::vector<std::string>& from, std::string_view prefix) {
  for (const std::string& s : from) to.push_back(std::string(prefix) + s);
}

Json nullable(std::optional<double> v) { return v ? Json(*v) : Json(nullptr); }

// Python's repr() of a str, for the text output.
std::string py_repr(const std::string& s) {
  const char q = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == '\\' || c == q) out += '\\';
    out += c;
  }
  return out + q;
}

}  // namespace

void TimelineScore::add(const TimelineScore& o, std::string_view prefix) {
  events_required += o.events_required;
  events_found += o.events_found;
  events_matched += o.events_matched;
  system_events += o.system_events;
  duplicates += o.duplicates;
  date_ok += o.date_ok;
  modality_ok += o.modality_ok;
  type_ok += o.type_ok;
  actor_ok += o.actor_ok;
  specific_dates += o.specific_dates;
  specific_date_ok += o.specific_date_ok;
  marked_modalities += o.marked_modalities;
  marked_modality_ok += o.marked_modality_ok;
  links_required += o.links_required;
  links_found += o.links_found;
  causal_links_between_matched += o.causal_links_between_matched;
  causal_links_ok += o.causal_links_ok;
  order_violations += o.order_violations;
  append(missing_events, o.missing_events, prefix);
  append(wrong_date, o.wrong_date, prefix);
  append(wrong_modality, o.wrong_modality, prefix);
  append(wrong_type, o.wrong_type, prefix);
  append(wrong_actors, o.wrong_actors, prefix);
  append(missing_links, o.missing_links, prefix);
}

std::optional<double> percent(int n, int d) {
  if (d == 0) return std::nullopt;
  // Python's round(x, 1) rounds the exact binary value to one decimal, ties to even; so does
  // printf's %.1f, and strtod gives back the nearest double, as round() returns.
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", 100.0 * n / d);
  return std::strtod(buf, nullptr);
}

TimelineScore score_timeline(std::string_view gold, std::string_view gold_name, std::string_view system,
                             std::string_view system_name) {
  const Json gj = parse(gold, gold_name);
  const Json sj = parse(system, system_name);
  if (!gj.is_object()) throw Error(std::string(gold_name), "$: expected a timeline object");
  if (!sj.is_object()) throw Error(std::string(system_name), "$: expected a timeline object");
  return Scorer{gj, sj, Fields(gold_name), Fields(system_name)}.run();
}

std::vector<std::pair<std::string, std::string>> gold_matching(std::string_view gold, std::string_view gold_name,
                                                               std::string_view system, std::string_view system_name) {
  const Json gj = parse(gold, gold_name);
  const Json sj = parse(system, system_name);
  if (!gj.is_object()) throw Error(std::string(gold_name), "$: expected a timeline object");
  if (!sj.is_object()) throw Error(std::string(system_name), "$: expected a timeline object");
  std::vector<std::pair<std::string, std::string>> out;
  Scorer{gj, sj, Fields(gold_name), Fields(system_name), &out}.run();
  return out;
}

namespace {

nlohmann::ordered_json score_object(const TimelineScore& r) {
  nlohmann::ordered_json j;
  j["events_required"] = r.events_required;
  j["events_found"] = r.events_found;
  j["event_recall"] = nullable(percent(r.events_found, r.events_required));
  j["system_events"] = r.system_events;
  j["duplicates"] = r.duplicates;
  j["event_precision"] = nullable(percent(r.events_matched, r.system_events));
  j["date_accuracy"] = nullable(percent(r.date_ok, r.events_found));
  j["modality_accuracy"] = nullable(percent(r.modality_ok, r.events_found));
  j["specific_dates"] = r.specific_dates;
  j["specific_date_accuracy"] = nullable(percent(r.specific_date_ok, r.specific_dates));
  j["marked_modalities"] = r.marked_modalities;
  j["marked_modality_accuracy"] = nullable(percent(r.marked_modality_ok, r.marked_modalities));
  j["type_accuracy"] = nullable(percent(r.type_ok, r.events_found));
  j["actor_accuracy"] = nullable(percent(r.actor_ok, r.events_found));
  j["links_required"] = r.links_required;
  j["links_found"] = r.links_found;
  j["link_recall"] = nullable(percent(r.links_found, r.links_required));
  j["causal_links_between_matched"] = r.causal_links_between_matched;
  j["causal_link_precision"] = nullable(percent(r.causal_links_ok, r.causal_links_between_matched));
  j["order_violations"] = r.order_violations;
  j["missing_events"] = r.missing_events;
  j["wrong_date"] = r.wrong_date;
  j["wrong_modality"] = r.wrong_modality;
  j["wrong_type"] = r.wrong_type;
  j["wrong_actors"] = r.wrong_actors;
  j["missing_links"] = r.missing_links;
  return j;
}

}  // namespace

std::string score_json(const TimelineScore& r) { return score_object(r).dump(); }

std::string score_text(const TimelineScore& r) {
  std::string out;
  const nlohmann::ordered_json j = score_object(r);
  for (const auto& [key, v] : j.items()) {
    std::string value;
    if (v.is_null()) {
      value = "None";
    } else if (v.is_array()) {
      value = "[";
      for (std::size_t i = 0; i < v.size(); ++i) value += (i ? ", " : "") + py_repr(v[i].get<std::string>());
      value += "]";
    } else {
      value = v.dump();
    }
    out += key + ": " + value + "\n";
  }
  return out;
}

}  // namespace dateline
