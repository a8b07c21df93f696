// The event matcher: hard conditions that survive merging (kind, countries, date bounds) and
// a wording score over mentions.
#include <dateline/match.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace dateline {
namespace {

const std::set<std::string, std::less<>>& stopwords() {
  static const auto words = [] {
    std::set<std::string, std::less<>> s;
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

std::set<std::string> content_words(std::string_view text) {
  std::set<std::string> out;
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
    out.insert(stem(std::move(w)));
  }
  return out;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// The trigger's words, read from the mention's evidence text when the offsets allow it.
std::string_view trigger_text(const Mention& m) {
  if (!m.trigger || m.trigger->start < m.evidence.start) return m.text;
  std::size_t off = m.trigger->start - m.evidence.start;
  if (off > m.text.size() || m.trigger->size() > m.text.size() - off) return m.text;
  return std::string_view(m.text).substr(off, m.trigger->size());
}

}  // namespace

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
  if (a.earliest && b.latest && *a.earliest > *b.latest) return false;
  if (b.earliest && a.latest && *b.earliest > *a.latest) return false;
  return true;
}

double wording_similarity(const Event& a, const Event& b) {
  double best = 0.0;
  for (const Mention& ma : a.mentions) {
    const auto ta = content_words(trigger_text(ma));
    const auto ea = content_words(ma.text);
    for (const Mention& mb : b.mentions) {
      const double t = jaccard(ta, content_words(trigger_text(mb)));
      const double ev = jaccard(ea, content_words(mb.text));
      best = std::max(best, 0.6 * t + 0.4 * ev);
    }
  }
  return best;
}

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

}  // namespace dateline
