#include "events/parties.hpp"

#include "actors/gazetteer.hpp"
#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "events/lexicon.hpp"  // verb_forms

#include <algorithm>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>

namespace dateline::detail {
namespace {

// How many mentions a reply looks back over for the act it answers.
constexpr std::size_t kReach = 40;

struct Table {
  std::vector<std::string> reply;  // CAMEO code prefixes
  std::set<std::string, std::less<>> reply_verbs;  // every form of the reply_verb lemmas
  std::vector<std::vector<std::string>> shift;  // sentence openings, lower-case words
  std::vector<std::string> visit;  // CAMEO codes of a visit made (its place: the dateline's)
  std::set<std::string, std::less<>> given_to;  // lexicon phrases
};

const Table& table() {
  static const Table t = [] {
    Table r;
    tsv::for_each_row(embedded::file("events/parties.tsv").value_or(""), true, [&](const auto& f) {
      if (f.size() < 2 || f[1].empty()) return;
      if (f[0] == "reply") r.reply.emplace_back(f[1]);
      else if (f[0] == "reply_verb") r.reply_verbs.merge(verb_forms(f[1]));
      else if (f[0] == "shift") r.shift.push_back(phrase_words(f[1]));
      else if (f[0] == "visit") r.visit.emplace_back(f[1]);
      else if (f[0] == "given_to") r.given_to.emplace(f[1]);
    });
    return r;
  }();
  return t;
}

bool coded_in(const Event& e, const std::vector<std::string>& prefixes) {
  return e.type.cameo && std::any_of(prefixes.begin(), prefixes.end(),
                                     [&](const std::string& p) { return e.type.cameo->starts_with(p); });
}

// The actors an event was told with: the first `n` of its actors. fill_parties only appends, so
// the decisions read these views instead of a copy of every event taken before the first fill.
struct Told {
  const Event& e;
  std::span<const Actor> actors;
};

bool has_role(const Told& e, ActorRole r) {
  return std::any_of(e.actors.begin(), e.actors.end(), [&](const Actor& a) { return a.role == r; });
}

// An event told with its doer and no other side: the kind whose other side may be found.
bool one_sided(const Told& e) {
  return has_role(e, ActorRole::source) && !has_role(e, ActorRole::target) && !has_role(e, ActorRole::participant);
}

// The states of an event's actors, whatever their role.
std::vector<std::string> states(const Told& e) {
  std::vector<std::string> out;
  for (const Actor& a : e.actors)
    if (a.country) out.push_back(*a.country);
  return out;
}

// The other side of `from` as seen by the states `by`: its targets when they did it, its doers
// when it was done to them, the other participants of a meeting; none when `by` are not in it
// or it has no other side. As targets of the answer, each state once.
std::vector<Actor> other_side(const std::vector<std::string>& by, const Told& from) {
  const auto of_by = [&](const Actor& a) { return a.country && std::find(by.begin(), by.end(), *a.country) != by.end(); };
  ActorRole take = ActorRole::participant;
  bool found = false;
  for (const Actor& a : from.actors)
    if (of_by(a)) {
      take = a.role == ActorRole::source ? ActorRole::target
             : a.role == ActorRole::target ? ActorRole::source
                                           : ActorRole::participant;
      found = true;
      break;
    }
  std::vector<Actor> out;
  if (!found) return out;
  for (const Actor& a : from.actors) {
    if (a.role != take || !a.country || of_by(a)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Actor& o) { return o.country == a.country; })) continue;
    out.push_back({ActorRole::target, a.name, a.country, a.kind});
  }
  return out;
}

// The states of an event's doers.
std::vector<std::string> doers(const Told& e) {
  std::vector<std::string> out;
  for (const Actor& a : e.actors)
    if (a.role == ActorRole::source && a.country) out.push_back(*a.country);
  return out;
}

// Whether sentence s opens with words that turn to another matter ("Separately, ...").
bool shifts(const Words& w, std::uint32_t s) {
  if (s + 1 >= w.sentence_begin.size()) return false;
  const std::size_t b = w.sentence_begin[s], end = w.sentence_end(s);
  for (const auto& p : table().shift) {
    if (p.empty() || b + p.size() > end) continue;
    bool all = true;
    for (std::size_t k = 0; k < p.size() && all; ++k) all = w.words[b + k].lower == p[k];
    if (all) return true;
  }
  return false;
}

// The state of the story's dateline ("KYIV (Reuters) -", "WARSAW, Poland (AP) _"): a capital of
// the gazetteer in capitals opening one of the first sentences (a title or a wire header of ids
// and slugs may come first; a dateline alone on its line reads as a heading), punctuation after
// it. Only a capital: a country's name opening a sentence in capitals is more often a
// headline's subject than a dateline.
const GazEntry* dateline_state(const Segmented& seg, const Words& w) {
  constexpr std::uint32_t kFirstSentences = 6;
  for (std::uint32_t s = 0; s < seg.sentences.size() && s + 1 < w.sentence_begin.size() && s < kFirstSentences; ++s) {
    const std::size_t b = w.sentence_begin[s], end = w.sentence_end(s);
    if (b >= end || !w.words[b].upper) continue;
    const AliasMatch a = match_alias(seg.text, w.words, b, end);
    const std::size_t after = b + a.length;
    if (a.entry && a.entry->kind == ActorKind::state && a.entry->alias == AliasKind::capital && a.length > 0 &&
        after < end && w.words[after].punct && w.words[after].lower != "'s" && a.entry->country)
      return a.entry;
  }
  return nullptr;
}

// Whether a capitalised word follows a visit's trigger, directly or after "to" or "in": the
// visit names its place ("travel to Miami"), known to the gazetteer or not.
bool names_place_after(const Words& w, const PartyAnchor::At& at) {
  if (at.sentence + 1 >= w.sentence_begin.size()) return false;
  const std::size_t end = w.sentence_end(at.sentence);
  std::size_t k = at.last + 1;
  if (k < end && (w.words[k].lower == "to" || w.words[k].lower == "in")) ++k;
  return k < end && w.words[k].cap && !w.words[k].punct;
}

PartyAnchor::At earliest(const PartyAnchor& p) {
  return *std::min_element(p.at.begin(), p.at.end(), [](const auto& a, const auto& b) {
    return std::tie(a.sentence, a.word) < std::tie(b.sentence, b.word);
  });
}

}  // namespace

bool given_to(std::string_view phrase) { return table().given_to.count(phrase) > 0; }

void fill_parties(Extraction& x, const std::vector<PartyAnchor>& anchors, const Segmented& seg, const Words& words) {
  const Table& t = table();
  auto& ev = x.events;
  if (anchors.size() != ev.size()) return;
  // Every decision reads the actors as the extractor gave them, so that two one-sided events
  // do not lend each other the side each just received.
  std::vector<std::size_t> told_actors(ev.size());
  for (std::size_t i = 0; i < ev.size(); ++i) told_actors[i] = ev[i].actors.size();
  const auto told_as = [&](std::size_t i) {
    return Told{ev[i], std::span<const Actor>(ev[i].actors.data(), told_actors[i])};
  };
  const auto fill = [&](std::size_t i, const std::vector<Actor>& others) {
    ev[i].actors.insert(ev[i].actors.end(), others.begin(), others.end());
  };

  // Every mention in text order, to walk back from a reply.
  struct Mention {
    std::uint32_t sentence;
    std::size_t word, event;
  };
  std::vector<Mention> told;
  for (std::size_t i = 0; i < anchors.size(); ++i)
    for (const auto& a : anchors[i].at) told.push_back({a.sentence, a.word, i});
  std::sort(told.begin(), told.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.sentence, a.word, a.event) < std::tie(b.sentence, b.word, b.event);
  });
  const auto before = [](const Mention& a, const PartyAnchor::At& b) {
    return std::tie(a.sentence, a.word) < std::tie(b.sentence, b.word);
  };

  // 1. A reply ("Russia denied it", "Minsk refused") answers the nearest earlier act of its
  // sentence or the sentence before (unless the sentence turns to another matter) that involves
  // the replier and another side: that side is the reply's target. The replier's own acts with no
  // other side ("Russia said ... Russia denied") give nothing; an act alleged is the content of
  // a claim, not a side of the exchange.
  for (std::size_t i = 0; i < ev.size(); ++i) {
    const Told e = told_as(i);
    if (anchors[i].at.empty() || !one_sided(e)) continue;
    const auto first = earliest(anchors[i]);
    if (!coded_in(e.e, t.reply) && !t.reply_verbs.count(words.words[first.word].lower)) continue;
    const auto by = doers(e);
    if (by.empty()) continue;
    // each mention of the reply in turn, first to last, until one finds what it answers
    auto ats = anchors[i].at;
    std::sort(ats.begin(), ats.end(),
              [](const auto& a, const auto& b) { return std::tie(a.sentence, a.word) < std::tie(b.sentence, b.word); });
    for (const auto& at : ats) {
      const std::uint32_t from_sentence = at.sentence > 0 && !shifts(words, at.sentence) ? at.sentence - 1 : at.sentence;
      // (at most kReach mentions back: a run-on "sentence" of scraped text stays linear)
      bool answered = false;
      auto it = std::lower_bound(told.begin(), told.end(), at, before);
      for (std::size_t walked = 0; it != told.begin() && walked < kReach && !answered; ++walked) {
        --it;
        if (it->sentence < from_sentence) break;
        const Told a = told_as(it->event);
        if (it->event == i || a.e.modality == Modality::alleged) continue;
        const auto in_a = states(a);
        if (std::none_of(by.begin(), by.end(),
                         [&](const std::string& c) { return std::find(in_a.begin(), in_a.end(), c) != in_a.end(); }))
          continue;
        const auto others = other_side(by, a);
        if (others.empty()) continue;
        fill(i, others);
        answered = true;
      }
      if (answered) break;
    }
  }

  // 2. A visit told with its visitor and no place ("Scholz arrived on Monday for his first
  // visit") is a visit to where the story is filed, when that is another state's capital.
  if (const GazEntry* place = dateline_state(seg, words)) {
    const std::string& home = *place->country;
    for (std::size_t i = 0; i < ev.size(); ++i) {
      const Told e = told_as(i);
      if (!one_sided(e) || !e.e.type.cameo ||
          std::find(t.visit.begin(), t.visit.end(), *e.e.type.cameo) == t.visit.end())
        continue;
      const auto by = doers(e);
      if (by.empty() || std::find(by.begin(), by.end(), home) != by.end()) continue;
      // visits are paid by people and delegations ("safari tours" of a country are none)
      if (std::none_of(e.actors.begin(), e.actors.end(),
                       [](const Actor& a) { return a.role == ActorRole::source && a.kind != ActorKind::state; }))
        continue;
      // a place the gazetteer does not know is still a place ("travel to Miami")
      if (std::any_of(anchors[i].at.begin(), anchors[i].at.end(), [&](const PartyAnchor::At& at) {
            return names_place_after(words, at);
          }))
        continue;
      fill(i, {Actor{ActorRole::target, place->canonical, home, ActorKind::state}});
    }
  }
}

}  // namespace dateline::detail
