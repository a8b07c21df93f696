// The event matcher: hard conditions that survive merging (kind, countries, date bounds), a
// wording score over mentions, the spec's same-document overlap, and the one-to-one alignment
// of two timelines that diff and diff --score use (docs/diff.md).
#include <dateline/match.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "common/union_find.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace dateline {
namespace {

const std::unordered_set<std::string>& stopwords() {
  static const auto words = [] {
    std::unordered_set<std::string> s;
    if (auto data = embedded::file("graph/stopwords.tsv"))
      tsv::for_each_row(*data, true, [&](const auto& f) { s.emplace(f[0]); });
    return s;
  }();
  return words;
}

// A crude stem, enough to make "recalled"/"recall" and "bombings"/"bombed" meet.
std::string stem(std::string w) {
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  for (std::string_view suffix : {"ings", "ing", "ed", "es", "s"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      break;
    }
  }
  return w;
}

// Sorted distinct stems, so that jaccard is a merge of two sorted lists.
using Words = std::vector<std::string>;

Words content_words(std::string_view text) {
  Words out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::string w;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j])))
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++]))));
    i = j;
    if (stopwords().count(w)) continue;
    out.push_back(stem(std::move(w)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const Words& a, const Words& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t common = 0;
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++common;
      ++x;
      ++y;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// The trigger's words, read from the mention's evidence text when the offsets allow it.
std::string_view trigger_text(const Mention& m) {
  if (!m.trigger || m.trigger->start < m.evidence.start) return m.text;
  std::size_t off = m.trigger->start - m.evidence.start;
  if (off > m.text.size() || m.trigger->size() > m.text.size() - off) return m.text;
  return std::string_view(m.text).substr(off, m.trigger->size());
}

// What the wording comparison reads of an event, computed once per event.
struct Wording {
  std::vector<std::pair<Words, Words>> mentions;  // trigger words, evidence words
  Words summary;
};

Wording wording_of(const Event& e) {
  Wording w;
  for (const Mention& m : e.mentions) w.mentions.emplace_back(content_words(trigger_text(m)), content_words(m.text));
  w.summary = content_words(e.summary);
  return w;
}

// The best pair of mentions, 0.6 trigger words + 0.4 evidence words.
double mention_wording(const Wording& a, const Wording& b) {
  double best = 0.0;
  for (const auto& [ta, ea] : a.mentions)
    for (const auto& [tb, eb] : b.mentions) best = std::max(best, 0.6 * jaccard(ta, tb) + 0.4 * jaccard(ea, eb));
  return best;
}

// Who does it: the source actors' countries, and the words of their names.
struct Sources {
  std::set<std::string> countries;
  Words names;
};

Sources sources_of(const Event& e) {
  Sources s;
  std::string names;
  for (const Actor& a : e.actors) {
    if (a.role != ActorRole::source) continue;
    if (a.country) s.countries.insert(*a.country);
    names += a.name + " ";
  }
  s.names = content_words(names);
  return s;
}

// Two events done by different actors are different events: their sources' countries are
// disjoint (when both are known), or else their names share no word ("Clinton" and "Bill
// Clinton" share one; "Cuban government" and "Glafcos Clerides" none).
bool different_sources(const Sources& a, const Sources& b) {
  auto disjoint = [](const auto& x, const auto& y) {
    return std::none_of(x.begin(), x.end(), [&](const std::string& v) { return std::find(y.begin(), y.end(), v) != y.end(); });
  };
  if (!a.countries.empty() && !b.countries.empty()) return disjoint(a.countries, b.countries);
  if (!a.names.empty() && !b.names.empty()) return disjoint(a.names, b.names);
  return false;
}

struct Features {
  MatchKey key;
  Wording wording;
  Sources sources;
};

Features features_of(const Event& e) { return {match_key(e), wording_of(e), sources_of(e)}; }

bool intervals_meet(const std::optional<Day>& ae, const std::optional<Day>& al, const std::optional<Day>& be,
                    const std::optional<Day>& bl, int slack) {
  const date::days s{slack};
  if (ae && bl && *ae > *bl + s) return false;
  if (be && al && *be > *al + s) return false;
  return true;
}

std::optional<double> cross_score(const Event& a, const Features& fa, const Event& b, const Features& fb,
                                  const AlignOptions& o) {
  const auto& ca = fa.key.countries;
  const auto& cb = fb.key.countries;
  std::size_t common = 0;
  for (const auto& c : ca) common += cb.count(c);
  if (!ca.empty() && !cb.empty() && common == 0) return std::nullopt;
  if (different_sources(fa.sources, fb.sources)) return std::nullopt;
  const When& wa = a.when;
  const When& wb = b.when;
  if (!intervals_meet(wa.earliest, wa.latest, wb.earliest, wb.latest, o.date_slack_days)) return std::nullopt;
  // Dates that overlap say most when one of them is specific (a month or less): two open or
  // wide ones ("before 1995", undated) overlap whatever they are.
  auto specific = [](const When& w) { return w.earliest && w.latest && (*w.latest - *w.earliest).count() <= 31; };
  const bool unknown = !wa.earliest && !wa.latest && !wb.earliest && !wb.latest;
  const bool overlap = intervals_meet(wa.earliest, wa.latest, wb.earliest, wb.latest, 0);
  double date = 0.4;  // within the slack only
  if (unknown) date = 0.5;
  else if (overlap) date = specific(wa) || specific(wb) ? 1.0 : 0.75;
  double type = 0.0;
  if (a.type.cameo && a.type.cameo == b.type.cameo) type = 1.0;
  else if (fa.key.kind == fb.key.kind) type = 0.75;
  const double actors = ca.empty() || cb.empty()
                            ? 0.5
                            : static_cast<double>(common) / static_cast<double>(ca.size() + cb.size() - common);
  const double wording =
      std::max(mention_wording(fa.wording, fb.wording), jaccard(fa.wording.summary, fb.wording.summary));
  return 0.4 * wording + 0.25 * type + 0.15 * actors + 0.2 * date;
}

using detail::UnionFind;

// Minimum-cost assignment of every row to a distinct column (rows <= cols): the Hungarian
// method with potentials, O(rows^2 cols). cost is row-major. Returns the column of each row.
std::vector<std::size_t> hungarian(const std::vector<double>& cost, std::size_t rows, std::size_t cols) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(rows + 1), v(cols + 1);
  std::vector<std::size_t> p(cols + 1, 0), way(cols + 1, 0);  // p[j]: row (1-based) on column j
  for (std::size_t i = 1; i <= rows; ++i) {
    p[0] = i;
    std::size_t j0 = 0;
    std::vector<double> minv(cols + 1, inf);
    std::vector<bool> used(cols + 1, false);
    do {
      used[j0] = true;
      const std::size_t i0 = p[j0];
      double delta = inf;
      std::size_t j1 = 0;
      for (std::size_t j = 1; j <= cols; ++j) {
        if (used[j]) continue;
        const double cur = cost[(i0 - 1) * cols + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (std::size_t j = 0; j <= cols; ++j) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const std::size_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  std::vector<std::size_t> col_of(rows, 0);
  for (std::size_t j = 1; j <= cols; ++j)
    if (p[j] != 0) col_of[p[j] - 1] = j - 1;
  return col_of;
}

struct Candidate {
  std::size_t a, b;
  double score;
  bool same_mention;
};

// The spans of an event's mentions in each shared document (keyed by sha256): its triggers,
// or its evidence where a mention has no trigger.
using SpansByDoc = std::map<std::string, std::vector<ByteRange>>;

SpansByDoc shared_spans(const Event& e, const std::map<std::string, std::string>& sha_of_doc) {
  SpansByDoc out;
  for (const Mention& m : e.mentions) {
    auto it = sha_of_doc.find(m.document);
    if (it == sha_of_doc.end()) continue;
    const Span s = m.trigger ? *m.trigger : m.evidence;
    out[it->second].push_back(ByteRange{static_cast<long long>(s.start), static_cast<long long>(s.end)});
  }
  return out;
}

// The spec overlap of two events in their shared documents, the larger of the two directions
// (either timeline may be the gold one).
long long same_document_overlap(const SpansByDoc& a, const SpansByDoc& b) {
  long long ab = 0, ba = 0;
  for (const auto& [sha, sa] : a) {
    auto it = b.find(sha);
    if (it == b.end()) continue;
    for (const ByteRange& r : sa) ab += spec_overlap(r, it->second);
    for (const ByteRange& r : it->second) ba += spec_overlap(r, sa);
  }
  return std::max(ab, ba);
}

// Documents present in both timelines, by content hash: document id -> sha256, per side.
std::pair<std::map<std::string, std::string>, std::map<std::string, std::string>> shared_documents(const Timeline& a,
                                                                                                   const Timeline& b) {
  std::set<std::string> sha_b;
  for (const DocumentInfo& d : b.documents)
    if (!d.sha256.empty()) sha_b.insert(d.sha256);
  std::map<std::string, std::string> da, db;
  std::set<std::string> both;
  for (const DocumentInfo& d : a.documents)
    if (sha_b.count(d.sha256)) {
      da[d.id] = d.sha256;
      both.insert(d.sha256);
    }
  for (const DocumentInfo& d : b.documents)
    if (both.count(d.sha256)) db[d.id] = d.sha256;
  return {da, db};
}

// Same-document candidates: events of a and b whose spans meet in a shared document.
void same_document_candidates(const Timeline& a, const Timeline& b, const AlignOptions& o,
                              std::vector<Candidate>& out) {
  const auto [docs_a, docs_b] = shared_documents(a, b);
  if (docs_a.empty()) return;
  std::vector<SpansByDoc> spans_a(a.events.size()), spans_b(b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) spans_a[i] = shared_spans(a.events[i], docs_a);
  // Per shared document, b's spans sorted by start, to find what each span of a meets.
  struct Entry {
    ByteRange r;
    std::size_t event;
  };
  std::map<std::string, std::vector<Entry>> index;
  std::map<std::string, long long> longest;
  for (std::size_t j = 0; j < b.events.size(); ++j) {
    spans_b[j] = shared_spans(b.events[j], docs_b);
    for (const auto& [sha, rs] : spans_b[j])
      for (const ByteRange& r : rs) {
        index[sha].push_back({r, j});
        longest[sha] = std::max(longest[sha], r.end - r.start);
      }
  }
  for (auto& [sha, entries] : index)
    std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
      return std::tie(x.r.start, x.r.end, x.event) < std::tie(y.r.start, y.r.end, y.event);
    });
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    std::vector<std::size_t> meets;
    for (const auto& [sha, rs] : spans_a[i]) {
      const auto& entries = index[sha];
      for (const ByteRange& r : rs) {
        auto it = std::lower_bound(entries.begin(), entries.end(), r.start - longest[sha],
                                   [](const Entry& e, long long s) { return e.r.start < s; });
        for (std::size_t n = 0; it != entries.end() && it->r.start < r.end && n < o.max_scan; ++it, ++n)
          if (it->r.end > r.start) meets.push_back(it->event);
      }
    }
    std::sort(meets.begin(), meets.end());
    meets.erase(std::unique(meets.begin(), meets.end()), meets.end());
    for (std::size_t j : meets) {
      const long long ov = same_document_overlap(spans_a[i], spans_b[j]);
      if (ov <= 0) continue;
      // Above every cross-document score; more shared bytes rank higher among overlaps.
      out.push_back({i, j, 2.0 - 1.0 / static_cast<double>(1 + ov), true});
    }
  }
}

// The blocking keys of an event: its kind, and its trigger words.
std::vector<std::string> blocking_keys(const Features& f) {
  std::vector<std::string> keys{"k:" + f.key.kind};
  for (const auto& [trigger, evidence] : f.wording.mentions)
    for (const std::string& w : trigger) keys.push_back("t:" + w);
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void cross_document_candidates(const Timeline& a, const Timeline& b, const std::vector<Features>& fa,
                               const std::vector<Features>& fb, const std::set<std::pair<std::size_t, std::size_t>>& done,
                               const AlignOptions& o, std::vector<Candidate>& out) {
  // b's events per key in two lists: those with a specific date (both bounds, at most
  // kNarrow days apart) by earliest day, so that a scan covers only the days a's event can
  // meet; and the rest (open, wide) by latest day, scanned from a's earliest day on.
  constexpr long kNarrow = 31;
  auto narrow = [](const When& w) { return w.earliest && w.latest && (*w.latest - *w.earliest).count() <= kNarrow; };
  const Day far_future = Day::max();
  auto latest = [&](std::size_t j) { return b.events[j].when.latest.value_or(far_future); };
  struct Lists {
    std::vector<std::size_t> narrow, wide;
  };
  std::unordered_map<std::string, Lists> index;
  for (std::size_t j = 0; j < b.events.size(); ++j)
    for (std::string& k : blocking_keys(fb[j])) {
      Lists& l = index[std::move(k)];
      (narrow(b.events[j].when) ? l.narrow : l.wide).push_back(j);
    }
  for (auto& [key, l] : index) {
    std::stable_sort(l.narrow.begin(), l.narrow.end(),
                     [&](std::size_t x, std::size_t y) { return *b.events[x].when.earliest < *b.events[y].when.earliest; });
    std::stable_sort(l.wide.begin(), l.wide.end(), [&](std::size_t x, std::size_t y) { return latest(x) < latest(y); });
  }
  const date::days slack{o.date_slack_days};
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const When& w = a.events[i].when;
    std::vector<std::size_t> cands;
    auto meets = [&](std::size_t j) {
      const When& v = b.events[j].when;
      return intervals_meet(w.earliest, w.latest, v.earliest, v.latest, o.date_slack_days);
    };
    for (const std::string& k : blocking_keys(fa[i])) {
      auto it = index.find(k);
      if (it == index.end()) continue;
      const Lists& l = it->second;
      auto from = l.narrow.begin();
      if (w.earliest)
        from = std::lower_bound(l.narrow.begin(), l.narrow.end(), *w.earliest - slack - date::days{kNarrow},
                                [&](std::size_t j, Day d) { return *b.events[j].when.earliest < d; });
      for (std::size_t scanned = 0; from != l.narrow.end() && scanned < o.max_scan; ++from, ++scanned) {
        if (w.latest && *b.events[*from].when.earliest > *w.latest + slack) break;
        if (meets(*from)) cands.push_back(*from);
      }
      auto wide = l.wide.begin();
      if (w.earliest)
        wide = std::lower_bound(l.wide.begin(), l.wide.end(), *w.earliest - slack,
                                [&](std::size_t j, Day d) { return latest(j) < d; });
      for (std::size_t scanned = 0; wide != l.wide.end() && scanned < o.max_scan; ++wide, ++scanned)
        if (meets(*wide)) cands.push_back(*wide);
    }
    std::sort(cands.begin(), cands.end());
    cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
    for (std::size_t j : cands) {
      if (done.count({i, j})) continue;
      auto s = cross_score(a.events[i], fa[i], b.events[j], fb[j], o);
      if (s && *s >= o.min_score) out.push_back({i, j, *s, false});
    }
  }
}

}  // namespace

long long spec_overlap(ByteRange span, const std::vector<ByteRange>& triggers) {
  constexpr long long kShort = 64;   // bytes: a span this short needs only to overlap
  constexpr double kMinShare = 0.3;  // of a longer span's length that must lie on the triggers
  long long o = 0;
  for (const ByteRange& t : triggers) o += std::max(0LL, std::min(span.end, t.end) - std::max(span.start, t.start));
  const long long len = span.end - span.start;
  if (o > 0 && (len <= kShort || static_cast<double>(o) >= kMinShare * static_cast<double>(len))) return o;
  return 0;
}

MatchKey match_key(const Event& e) {
  MatchKey k;
  if (e.type.root) k.kind = "cameo:" + *e.type.root;
  else if (e.type.cameo) k.kind = "cameo:" + e.type.cameo->substr(0, 2);
  else k.kind = "label:" + e.type.label;
  for (const Actor& a : e.actors)
    if (a.country) k.countries.insert(*a.country);
  k.earliest = e.when.earliest;
  k.latest = e.when.latest;
  return k;
}

bool compatible(const MatchKey& a, const MatchKey& b) {
  if (a.kind != b.kind) return false;
  if (!a.countries.empty() && !b.countries.empty() &&
      std::none_of(a.countries.begin(), a.countries.end(), [&](const std::string& c) { return b.countries.count(c) > 0; }))
    return false;
  // Overlap of [earliest, latest] with unbounded sides.
  return intervals_meet(a.earliest, a.latest, b.earliest, b.latest, 0);
}

double wording_similarity(const Event& a, const Event& b) { return mention_wording(wording_of(a), wording_of(b)); }

std::optional<double> match_score(const Event& a, const Event& b, double min_wording) {
  if (!compatible(match_key(a), match_key(b))) return std::nullopt;
  const double w = wording_similarity(a, b);
  if (w < min_wording) return std::nullopt;
  // Same exact code is a small bonus over the same root, for ranking only.
  return w + (a.type.cameo && a.type.cameo == b.type.cameo ? 0.05 : 0.0);
}

std::vector<std::pair<std::size_t, std::size_t>> match_events(const std::vector<Event>& a,
                                                              const std::vector<Event>& b,
                                                              double min_wording) {
  std::vector<std::tuple<double, std::size_t, std::size_t>> cand;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j)
      if (auto s = match_score(a[i], b[j], min_wording)) cand.emplace_back(*s, i, j);
  std::sort(cand.begin(), cand.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
  });
  std::vector<bool> used_a(a.size()), used_b(b.size());
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& [s, i, j] : cand) {
    if (used_a[i] || used_b[j]) continue;
    used_a[i] = used_b[j] = true;
    out.emplace_back(i, j);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<double> cross_document_score(const Event& a, const Event& b, const AlignOptions& o) {
  return cross_score(a, features_of(a), b, features_of(b), o);
}

std::vector<AlignedPair> align_events(const Timeline& a, const Timeline& b, const AlignOptions& o) {
  std::vector<Candidate> cands;
  same_document_candidates(a, b, o, cands);
  std::set<std::pair<std::size_t, std::size_t>> done;
  for (const Candidate& c : cands) done.emplace(c.a, c.b);
  std::vector<Features> fa, fb;
  fa.reserve(a.events.size());
  fb.reserve(b.events.size());
  for (const Event& e : a.events) fa.push_back(features_of(e));
  for (const Event& e : b.events) fb.push_back(features_of(e));
  cross_document_candidates(a, b, fa, fb, done, o, cands);

  // Connected groups of candidates (a's events, then b's at offset na), each assigned alone.
  const std::size_t na = a.events.size();
  UnionFind uf(na + b.events.size());
  for (const Candidate& c : cands) uf.unite(c.a, na + c.b);
  std::map<std::size_t, std::vector<std::size_t>> groups;  // root -> candidate indices
  for (std::size_t k = 0; k < cands.size(); ++k) groups[uf.find(cands[k].a)].push_back(k);

  std::vector<AlignedPair> out;
  for (const auto& [root, members] : groups) {
    std::vector<std::size_t> rows, cols;  // event indices in a, b
    for (std::size_t k : members) {
      rows.push_back(cands[k].a);
      cols.push_back(cands[k].b);
    }
    for (auto* v : {&rows, &cols}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    auto pos = [](const std::vector<std::size_t>& v, std::size_t x) {
      return static_cast<std::size_t>(std::lower_bound(v.begin(), v.end(), x) - v.begin());
    };
    const bool transpose = rows.size() > cols.size();  // the method wants rows <= cols
    const std::size_t nr = transpose ? cols.size() : rows.size();
    const std::size_t nc = transpose ? rows.size() : cols.size();
    if (nr > o.max_hungarian) {
      // Greedy, best score first; ties by indices so the result is deterministic.
      std::vector<std::size_t> order = members;
      std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        if (cands[x].score != cands[y].score) return cands[x].score > cands[y].score;
        return std::tie(cands[x].a, cands[x].b) < std::tie(cands[y].a, cands[y].b);
      });
      std::set<std::size_t> used_a, used_b;
      for (std::size_t k : order) {
        if (used_a.count(cands[k].a) || used_b.count(cands[k].b)) continue;
        used_a.insert(cands[k].a);
        used_b.insert(cands[k].b);
        out.push_back({cands[k].a, cands[k].b, cands[k].score, cands[k].same_mention});
      }
      continue;
    }
    // Cost: minus the score; a pair that is no candidate costs 0, the same as no match.
    std::vector<double> cost(nr * nc, 0.0);
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> cand_at;  // (row, col) -> candidate
    for (std::size_t k : members) {
      std::size_t r = pos(rows, cands[k].a), c = pos(cols, cands[k].b);
      if (transpose) std::swap(r, c);
      cost[r * nc + c] = -cands[k].score;
      cand_at[{r, c}] = k;
    }
    const auto col_of = hungarian(cost, nr, nc);
    for (std::size_t r = 0; r < nr; ++r) {
      auto it = cand_at.find({r, col_of[r]});
      if (it == cand_at.end()) continue;
      const Candidate& c = cands[it->second];
      out.push_back({c.a, c.b, c.score, c.same_mention});
    }
  }
  std::sort(out.begin(), out.end(), [](const AlignedPair& x, const AlignedPair& y) { return x.a < y.a; });
  return out;
}

}  // namespace dateline
