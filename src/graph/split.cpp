// Distinct acts told as one event. The events stage joins the mentions of one type, modality
// and compatible actors and dates into one event; "Scholz held another phone call with Xi" or
// "Similar messages were sent by the Greek government" then lands in the event of the first
// call or message, and one act of the story is lost. A cue word next to a mention's trigger
// (data/graph/distinct.tsv) says the mention is a further act: it becomes an event of its own.
#include "graph/split.hpp"

#include "actors/words.hpp"  // lower()
#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace dateline::detail {
namespace {

struct Cues {
  std::map<std::string, int, std::less<>> before;  // new: 0, ordinal: its rank
  std::set<std::string, std::less<>> needs_article, other_targets;  // of the new cues
  std::set<std::string, std::less<>> after, bridge, aux, articles;
};

const Cues& cues() {
  static const auto table = [] {
    Cues c;
    auto data = embedded::file("graph/distinct.tsv");
    if (!data) return c;
    tsv::for_each_row(*data, true, [&](const auto& f) {
      if (f.size() < 3) return;
      const std::string word(f[1]);
      if (f[0] == "new") {
        c.before.emplace(word, 0);
        if (f[2] == "article") c.needs_article.insert(word);
        if (f[2] == "target") c.other_targets.insert(word);
      }
      else if (f[0] == "ordinal") c.before.emplace(word, std::stoi(std::string(f[2])));
      else if (f[0] == "after") c.after.insert(word);
      else if (f[0] == "bridge") c.bridge.insert(word);
      else if (f[0] == "aux") c.aux.insert(word);
      else if (f[0] == "article") c.articles.insert(word);
    });
    return c;
  }();
  return table;
}

std::size_t to_analysis(const Document& doc, std::size_t raw) {
  if (doc.raw_offset.empty()) return raw;
  return static_cast<std::size_t>(std::lower_bound(doc.raw_offset.begin(), doc.raw_offset.end(), raw) -
                                  doc.raw_offset.begin());
}

// What a mention's cue says: a further act (rank 0) or an act of that rank, and whether its
// targets are others ("similar messages"); none when there is no cue.
struct CueWord {
  int rank = 0;
  bool other_targets = false;
};
using Cue = std::optional<CueWord>;

class Reader {
 public:
  Reader(const Document& doc, const Segmented& seg) : doc_(doc), seg_(seg) {}

  // The sentence index and token range [first, last) of a raw trigger span, if it has tokens.
  struct Place {
    std::size_t sentence = 0, first = 0, last = 0;
  };
  std::optional<Place> place(const Span& raw) const {
    const std::size_t s = to_analysis(doc_, raw.start), e = to_analysis(doc_, raw.end);
    const auto& toks = seg_.tokens;
    const auto first =
        std::lower_bound(toks.begin(), toks.end(), s, [](const Token& t, std::size_t v) { return t.end <= v; });
    if (first == toks.end() || first->start >= e) return std::nullopt;
    auto last = first;
    while (last != toks.end() && last->start < e) ++last;
    Place p;
    p.first = static_cast<std::size_t>(first - toks.begin());
    p.last = static_cast<std::size_t>(last - toks.begin());
    const auto& sents = seg_.sentences;
    const auto sent = std::upper_bound(sents.begin(), sents.end(), p.first,
                                       [](std::size_t v, const Sentence& x) { return v < x.first_token; });
    if (sent == sents.begin()) return std::nullopt;
    p.sentence = static_cast<std::size_t>(sent - sents.begin()) - 1;
    return p;
  }

  Cue cue(const Place& p) const {
    const Cues& c = cues();
    const Sentence& sent = seg_.sentences[p.sentence];
    const std::size_t begin = sent.first_token, end = sent.first_token + sent.token_count;
    // Inside the trigger: "held another phone call".
    for (std::size_t i = p.first; i < p.last; ++i)
      if (auto it = c.before.find(word(i)); it != c.before.end())
        return CueWord{it->second, c.other_targets.count(it->first) > 0};
    // Right before it, over bridge words and one noun before an auxiliary: "a new round of
    // talks", "Similar messages were sent". Any other word ends the look ("the new
    // government welcomed": the cue is the government's).
    bool noun_passed = false;
    for (std::size_t i = p.first, steps = 0; i-- > begin && steps < 5; ++steps) {
      if (seg_.tokens[i].kind == TokenKind::punct) break;
      const std::string w = word(i);
      if (auto it = c.before.find(w); it != c.before.end()) {
        if (c.needs_article.count(w) && (i == begin || !c.articles.count(word(i - 1)))) break;
        return CueWord{it->second, c.other_targets.count(w) > 0};
      }
      if (c.bridge.count(w) || c.aux.count(w)) continue;
      const bool before_aux = i + 1 < p.first && c.aux.count(word(i + 1));
      if (noun_passed || !before_aux) break;
      noun_passed = true;
    }
    // Right after it: "was summoned again".
    for (std::size_t i = p.last; i < end && i < p.last + 2; ++i) {
      if (seg_.tokens[i].kind == TokenKind::punct) break;
      if (c.after.count(word(i))) return CueWord{};
    }
    return std::nullopt;
  }

  // The date of the temporal expression of `sentence` nearest to the token `at`, if any.
  std::optional<When> date_in(std::size_t sentence, std::size_t at, const std::vector<Timex>& timexes) const {
    const Sentence& sent = seg_.sentences[sentence];
    const std::size_t pos = seg_.tokens[at].start;
    const Timex* best = nullptr;
    std::size_t best_distance = 0;
    for (const Timex& t : timexes) {
      if (t.start < sent.start || t.end > sent.end || (!t.earliest && !t.latest)) continue;
      const std::size_t d = t.start > pos ? t.start - pos : pos - t.end;
      if (!best || d < best_distance) best = &t, best_distance = d;
    }
    if (!best) return std::nullopt;
    When w;
    w.text = std::string(seg_.text.substr(best->start, best->end - best->start));
    w.value = best->value;
    w.precision = best->precision;
    w.earliest = best->earliest;
    w.latest = best->latest;
    // As the events stage words it: a year in the expression makes it explicit.
    const bool has_year = std::any_of(w.text->begin(), w.text->end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    w.basis = has_year && w.text->size() >= 4 && best->value.size() >= 4 && best->value[0] != 'X'
                  ? DateBasis::explicit_date
                  : DateBasis::relative;
    return w;
  }

  std::string_view sentence_text(std::size_t sentence) const {
    const Sentence& s = seg_.sentences[sentence];
    return seg_.text.substr(s.start, s.end - s.start);
  }

 private:
  std::string word(std::size_t i) const { return lower(seg_.token_text(i)); }
  const Document& doc_;
  const Segmented& seg_;
};

// What the tense alone says of an act with no date of its own: done by the story's day, or
// not begun before it.
When undated(Modality m, const std::optional<date::year_month_day>& published) {
  When w;
  if (!published) return w;
  w.basis = DateBasis::inferred;
  if (m == Modality::occurred || m == Modality::alleged || m == Modality::negated) w.latest = Day{*published};
  else if (m == Modality::expected || m == Modality::proposed) w.earliest = Day{*published};
  else w.basis = DateBasis::unknown;
  return w;
}

// Targets named after the trigger in its own sentence ("sent by the Cyprus government to the
// presidents of Kenya and Tanzania"), other than the event's sources: the other act's targets.
std::vector<Actor> targets_after(const Segmented& seg, std::size_t sentence, std::size_t trigger_end_token,
                                 const std::vector<ActorMention>& actors, const Event& e) {
  const Sentence& s = seg.sentences[sentence];
  std::set<std::string> source_countries;
  for (const Actor& a : e.actors)
    if (a.role == ActorRole::source && a.country) source_countries.insert(*a.country);
  std::vector<Actor> out;
  for (const ActorMention& m : actors) {
    if (m.first_token < trigger_end_token || m.first_token >= s.first_token + s.token_count) continue;
    if (m.country && source_countries.count(*m.country)) continue;
    Actor a{ActorRole::target, m.name, m.country, m.kind};
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

void split_distinct_acts(const Document& doc, const Segmented& text, const std::vector<Timex>& timexes,
                         const std::vector<ActorMention>& actors, std::vector<Event>& events) {
  const Reader reader(doc, text);
  const std::size_t original_count = events.size();
  for (std::size_t ei = 0; ei < original_count; ++ei) {
    if (events[ei].mentions.size() < 2) continue;
    struct Placed {
      std::size_t mention;
      Reader::Place place;
      Cue cue;
    };
    std::vector<Placed> placed;
    for (std::size_t k = 0; k < events[ei].mentions.size(); ++k) {
      const Mention& m = events[ei].mentions[k];
      if (!m.trigger || m.document != doc.info.id) continue;
      if (auto p = reader.place(*m.trigger)) placed.push_back({k, *p, reader.cue(*p)});
    }
    if (placed.size() < 2) continue;
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.place.first < b.place.first; });
    // Groups: 0 is the event as told first; an uncued mention stays in it (an anaphor such as
    // "the talks" is not read as a new act). A rank joins the group of that rank, else opens
    // one - unless the first group has none yet, which then takes it.
    std::vector<std::optional<int>> rank{placed.front().cue && placed.front().cue->rank > 0
                                             ? std::optional<int>(placed.front().cue->rank)
                                             : std::nullopt};
    std::vector<std::size_t> group(placed.size(), 0);
    for (std::size_t k = 1; k < placed.size(); ++k) {
      const Cue& cue = placed[k].cue;
      if (!cue) continue;
      if (cue->rank == 0) {
        group[k] = rank.size();
        rank.emplace_back();
        continue;
      }
      const auto same = std::find(rank.begin(), rank.end(), std::optional<int>(cue->rank));
      if (same != rank.end()) {
        group[k] = static_cast<std::size_t>(same - rank.begin());
      } else if (!rank.front()) {
        rank.front() = cue->rank;
      } else {
        group[k] = rank.size();
        rank.emplace_back(cue->rank);
      }
    }
    if (rank.size() < 2) continue;
    const Event original = events[ei];
    std::vector<std::vector<std::size_t>> members(rank.size());  // mention indices per group
    std::vector<bool> moved(original.mentions.size(), false);
    for (std::size_t k = 0; k < placed.size(); ++k) {
      members[group[k]].push_back(k);
      if (group[k] != 0) moved[placed[k].mention] = true;
    }
    // The first group's date came from a moved mention's sentence: it is not this act's.
    if (original.when.text) {
      bool in_moved = false, in_kept = false;
      for (const Placed& p : placed) {
        if (reader.sentence_text(p.place.sentence).find(*original.when.text) == std::string_view::npos) continue;
        if (moved[p.mention]) in_moved = true;
        else in_kept = true;
      }
      if (in_moved && !in_kept) events[ei].when = undated(original.modality, doc.info.published);
    }
    std::vector<Mention> kept;
    for (std::size_t k = 0; k < original.mentions.size(); ++k)
      if (!moved[k]) kept.push_back(original.mentions[k]);
    events[ei].mentions = std::move(kept);
    for (std::size_t g = 1; g < members.size(); ++g) {
      if (members[g].empty()) continue;
      Event e = original;
      e.mentions.clear();
      const Placed& first = placed[members[g].front()];
      for (std::size_t k : members[g]) {
        Mention m = original.mentions[placed[k].mention];
        if (m.modality) e.modality = *m.modality, m.modality.reset();
        e.mentions.push_back(std::move(m));
      }
      // The act's own words stand for it: the first event's summary tells the other act.
      e.summary = e.mentions.front().text;
      // No date of its own: the event's, unless that came from another act's expression (a
      // date told for the first call is not the second call's).
      const bool own_date = !original.when.text || original.when.basis == DateBasis::publication;
      e.when = reader.date_in(first.place.sentence, first.place.first, timexes)
                   .value_or(own_date ? original.when : undated(e.modality, doc.info.published));
      const bool has_targets =
          std::any_of(e.actors.begin(), e.actors.end(), [](const Actor& a) { return a.role == ActorRole::target; });
      const bool other_targets = std::any_of(members[g].begin(), members[g].end(), [&](std::size_t k) {
        return placed[k].cue && placed[k].cue->other_targets;
      });
      if (auto others = targets_after(text, first.place.sentence, first.place.last, actors, e);
          other_targets && has_targets && !others.empty()) {
        std::erase_if(e.actors, [](const Actor& a) { return a.role == ActorRole::target; });
        e.actors.insert(e.actors.end(), others.begin(), others.end());
      }
      events.push_back(std::move(e));
    }
  }
}

}  // namespace dateline::detail
