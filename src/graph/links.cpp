// Links from signal words: a sentence is scanned word by word (bytes, no regex) for the
// signals of data/graph/signals.tsv, and each signal is tied to the event triggers around it.
#include <dateline/graph.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "common/word_table.hpp"
#include "graph/links.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dateline {
namespace {

enum class From { left, right, self, prev, next, reply };

struct Signal {
  std::vector<std::string> words;
  std::optional<Relation> relation;  // none: a phrase that only blocks a shorter signal
  From from = From::left;
  bool opening = false;
  bool adverb = false;  // "then", "later": anywhere in its sentence (see link())
  std::size_t window = 12;
  std::size_t first_window = 12;  // for an adverb opening its sentence (see link())
  std::set<std::string> left_roots;  // empty: any
  bool respond = false;
};

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

const std::vector<Signal>& signals() {
  static const auto table = [] {
    std::vector<Signal> v;
    auto data = embedded::file("graph/signals.tsv");
    if (!data) return v;
    tsv::for_each_row(*data, true, [&](const auto& f) {
      if (f.size() < 7) return;
      Signal s;
      s.words = split_words(f[0]);
      s.relation = parse_relation(f[1]);
      s.from = f[2] == "right" ? From::right : f[2] == "self" ? From::self : f[2] == "prev" ? From::prev
             : f[2] == "next" ? From::next : f[2] == "reply" ? From::reply : From::left;
      s.opening = f[3] == "opening";
      s.adverb = f[3] == "adverb";
      s.window = static_cast<std::size_t>(std::stoul(std::string(f[4])));
      if (f[5] != "*")
        for (std::size_t i = 0; i < f[5].size();) {
          std::size_t comma = f[5].find(',', i);
          if (comma == std::string_view::npos) comma = f[5].size();
          s.left_roots.emplace(f[5].substr(i, comma - i));
          i = comma + 1;
        }
      s.respond = f[6] == "yes";
      s.first_window = f.size() >= 8 && f[7] != "-" ? static_cast<std::size_t>(std::stoul(std::string(f[7]))) : s.window;
      if (!s.words.empty()) v.push_back(std::move(s));
    });
    // Longest first, so that "as well as" is tried before "as".
    std::stable_sort(v.begin(), v.end(), [](const Signal& a, const Signal& b) { return a.words.size() > b.words.size(); });
    return v;
  }();
  return table;
}

// signals() by first word, each list in table order (longest first), so that a word is
// compared only with the signals that can start at it.
const std::unordered_map<std::string_view, std::vector<const Signal*>>& signals_by_first() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<const Signal*>> m;
    for (const Signal& s : signals()) m[s.words.front()].push_back(&s);
    return m;
  }();
  return index;
}

// The same index as a flat table (common/word_table.hpp): scan looks up every word of every
// sentence with an event, and std::unordered_map's lookup (a _Hash_bytes call, a bucket and a
// node per probe) was most of that cost.
const WordTable<std::vector<const Signal*>>& signal_table() {
  static const WordTable<std::vector<const Signal*>> table(signals_by_first());
  return table;
}

const std::map<std::string, long, std::less<>>& counts() {
  static const auto table = [] {
    std::map<std::string, long, std::less<>> m;
    if (auto data = embedded::file("graph/counts.tsv"))
      tsv::for_each_row(*data, true, [&](const auto& f) {
        if (f.size() >= 2) m.emplace(std::string(f[0]), std::stol(std::string(f[1])));
      });
    return m;
  }();
  return table;
}

// data/graph/anaphors.tsv: nouns that refer back to an event, and the roots of the events
// that react to one.
struct Anaphors {
  struct Noun {
    bool any = false, act = false;
    std::set<std::string, std::less<>> roots;
  };
  std::unordered_map<std::string, Noun> nouns;
  std::set<std::string, std::less<>> reaction_roots;
  std::set<std::string, std::less<>> gap_stops;
};

const Anaphors& anaphors() {
  static const auto table = [] {
    Anaphors a;
    auto data = embedded::file("graph/anaphors.tsv");
    if (!data) return a;
    tsv::for_each_row(*data, true, [&](const auto& f) {
      if (f.size() < 3) return;
      std::set<std::string, std::less<>> roots;
      for (std::size_t i = 0; i < f[2].size();) {
        std::size_t comma = f[2].find(',', i);
        if (comma == std::string_view::npos) comma = f[2].size();
        roots.emplace(f[2].substr(i, comma - i));
        i = comma + 1;
      }
      if (f[0] == "reaction") {
        a.reaction_roots = std::move(roots);
      } else if (f[0] == "gap") {
        a.gap_stops.emplace(f[1]);
      } else if (f[0] == "noun") {
        Anaphors::Noun n;
        n.any = roots.count("any") > 0;
        n.act = roots.count("act") > 0;
        n.roots = std::move(roots);
        a.nouns.emplace(std::string(f[1]), std::move(n));
      }
    });
    return a;
  }();
  return table;
}

// data/graph/passive.tsv: the words around a passive reaction ("the demand was refused by ...").
struct Passive {
  std::set<std::string, std::less<>> aux, agent, roots;
};

const Passive& passive() {
  static const auto table = [] {
    Passive p;
    if (auto data = embedded::file("graph/passive.tsv"))
      tsv::for_each_row(*data, true, [&](const auto& f) {
        if (f.size() < 2) return;
        if (f[0] == "aux") p.aux.emplace(f[1]);
        if (f[0] == "agent") p.agent.emplace(f[1]);
        if (f[0] == "root") p.roots.emplace(f[1]);
      });
    return p;
  }();
  return table;
}

struct Word {
  std::size_t start, end;  // analysis offsets
  std::string_view lower;  // into the finder's folded copy of the text (see words_of)
};

// ASCII letters and digits (what std::isalnum means in the "C" locale the library runs in)
// or any non-ASCII byte.
// One load a byte (a table made at compile time from the test): next_word runs over every byte
// of every sentence of a document with events.
constexpr std::array<bool, 256> kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
  return t;
}();
bool word_byte(unsigned char c) { return kWordByte[c]; }

// The first word of text[from, end) as [first, last) byte offsets; first == end when none is left.
std::pair<std::size_t, std::size_t> next_word(std::string_view text, std::size_t from, std::size_t end) {
  while (from < end && !word_byte(static_cast<unsigned char>(text[from]))) ++from;
  std::size_t last = from;
  while (last < end && word_byte(static_cast<unsigned char>(text[last]))) ++last;
  return {from, last};
}

// Words of text[begin, end): runs of letters and digits (any non-ASCII byte counts as a
// letter, so UTF-8 words stay whole; typographic quotes and dashes split words only where
// ASCII punctuation would not, which signals never need).
// `folded` is a buffer of text's size: text[begin, end) is copied into it with ASCII capitals
// lower-cased, and each word's `lower` is a view into it (a string a word cost a copy and a
// fold per word of every sentence with an event). Folding a range again writes the same bytes.
std::vector<Word> words_of(std::string_view text, std::string& folded, std::size_t begin, std::size_t end) {
  if (folded.size() != text.size()) folded.assign(text.size(), '\0');
  for (std::size_t k = begin; k < end; ++k) {
    const char c = text[k];
    folded[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(folded);
  std::vector<Word> out;
  out.reserve((end - begin) / 5 + 1);  // about a word per five bytes of prose
  for (auto [i, j] = next_word(text, begin, end); i < end; std::tie(i, j) = next_word(text, j, end))
    out.push_back({i, j, lower.substr(i, j - i)});
  return out;
}

// Whether text[begin, end) has a word (as words_of splits it) that is an anaphoric noun of
// data/graph/anaphors.tsv right after "the", "this", "that" or "a" (the only words add_anaphors
// reads one after): a byte scan with no strings and one probe per word after those, so that the
// few sentences holding one are the only ones split into words by add_anaphors.
bool has_anaphor_noun(std::string_view text, std::size_t begin, std::size_t end) {
  struct Index {
    WordTable<Anaphors::Noun> table;
    std::size_t longest = 0;
  };
  static const Index index = [] {
    Index x;
    x.table = WordTable<Anaphors::Noun>(anaphors().nouns);
    for (const auto& [word, noun] : anaphors().nouns) x.longest = std::max(x.longest, word.size());
    return x;
  }();
  char buf[64];
  if (index.longest > sizeof buf) return true;  // a table this unusual is not filtered
  const auto lower_is = [&](std::size_t a, std::size_t b, std::string_view w) {
    if (b - a != w.size()) return false;
    for (std::size_t k = 0; k < w.size(); ++k)
      if ((text[a + k] | 0x20) != w[k]) return false;
    return true;
  };
  bool after_det = false;  // the previous word is "the", "this", "that" or "a"
  for (auto [i, j] = next_word(text, begin, end); i < end; std::tie(i, j) = next_word(text, j, end)) {
    const bool det = j - i <= 4 && (lower_is(i, j, "the") || lower_is(i, j, "this") || lower_is(i, j, "that") ||
                                    lower_is(i, j, "a"));
    const bool candidate = after_det && j - i <= index.longest;
    after_det = det;
    if (candidate) {
      for (std::size_t k = i; k < j; ++k) {
        const char c = text[k];
        buf[k - i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      }
      if (index.table.find(std::string_view(buf, j - i))) return true;
    }
  }
  return false;
}

// An event trigger located in the analysed text.
struct Anchor {
  std::size_t start, end;  // analysis offsets
  std::size_t event;
  bool anaphor = false;  // a noun referring back to the event ("the move"), not its trigger
};

// The analysis offset of raw offset `raw` (the first analysed byte at or after it).
std::size_t to_analysis(const Document& doc, std::size_t raw) {
  if (doc.raw_offset.empty()) return raw;
  return static_cast<std::size_t>(std::lower_bound(doc.raw_offset.begin(), doc.raw_offset.end(), raw) -
                                  doc.raw_offset.begin());
}

std::optional<std::string> root_of(const Event& e) {
  if (e.type.root) return e.type.root;
  if (e.type.cameo && e.type.cameo->size() >= 2) return e.type.cameo->substr(0, 2);
  return std::nullopt;
}

const Actor* source_actor(const Event& e) {
  for (const Actor& a : e.actors)
    if (a.role == ActorRole::source) return &a;
  return nullptr;
}

// How many words lie wholly within [a, b) (words are sorted and disjoint).
std::size_t words_between(const std::vector<Word>& words, std::size_t a, std::size_t b) {
  if (b <= a) return 0;
  auto first = std::lower_bound(words.begin(), words.end(), a, [](const Word& w, std::size_t pos) { return w.start < pos; });
  auto last = std::upper_bound(words.begin(), words.end(), b, [](std::size_t pos, const Word& w) { return pos < w.end; });
  return last > first ? static_cast<std::size_t>(last - first) : 0;
}

class Finder {
 public:
  Finder(const Document& doc, const Segmented& seg, const std::vector<Event>& events, bool prefilter = true)
      : doc_(doc), seg_(seg), events_(events), prefilter_(prefilter) {
    for (std::size_t k = 0; k < events.size(); ++k)
      for (const Mention& m : events[k].mentions) {
        if (m.document != doc.info.id || !m.trigger || m.trigger->empty()) continue;
        const std::size_t s = to_analysis(doc, m.trigger->start), e = to_analysis(doc, m.trigger->end);
        if (s < e && e <= seg.text.size()) anchors_.push_back({s, e, k});
      }
    std::sort(anchors_.begin(), anchors_.end(), [](const Anchor& a, const Anchor& b) {
      return std::tie(a.start, a.end, a.event) < std::tie(b.start, b.end, b.event);
    });
    add_anaphors();
  }

  std::vector<Link> run() {
    std::optional<std::size_t> prev_sentence;
    for (std::size_t si = 0; si < seg_.sentences.size(); ++si) {
      const Sentence& s = seg_.sentences[si];
      scan(s, prev_sentence);
      prev_sentence = si;
    }
    return std::move(links_);
  }

 private:
  static bool fits(const Anaphors::Noun& n, const Event& e) {
    if (e.modality == Modality::negated) return false;
    if (n.any) return true;
    const auto root = root_of(e);
    if (!root) return false;
    if (n.act) return *root != "01";
    if (n.roots.count(*root)) return true;
    // a longer entry is a code prefix ("057": a signed agreement, not any cooperation of 05)
    const std::string_view code = e.type.cameo ? std::string_view(*e.type.cameo) : std::string_view();
    for (std::size_t len = 3; len <= code.size(); ++len)
      if (n.roots.count(code.substr(0, len))) return true;
    return false;
  }

  // The referent of a definite anaphor in sentence `si`: the first event fitting the noun in the
  // nearest of the two sentences before it that tells one (the main clause comes first in
  // news prose: "The British government has formally called for ... to be expelled").
  std::size_t referent(const Anaphors::Noun& n, std::size_t si) const {
    for (std::size_t back = 1; back <= 2 && back <= si; ++back) {
      const Sentence& p = seg_.sentences[si - back];
      for (const Anchor* a : anchors_in(p.start, p.end))
        if (fits(n, events_[a->event])) return a->event;
    }
    return SIZE_MAX;
  }

  // Anaphoric nouns (data/graph/anaphors.tsv) become anchors of the event they refer to, so
  // that the signals around them ("The move came a day after ...", "a move that prompted ...",
  // "denied the report") link that event. A repeated definite noun keeps its referent.
  void add_anaphors() {
    const Anaphors& table = anaphors();
    if (table.nouns.empty() || anchors_.empty()) return;
    std::vector<Anchor> extra;
    std::unordered_map<std::string, std::size_t> chain;
    // per sentence: the referents looked up, and the first fitting event of the sentence itself
    std::unordered_map<const Anaphors::Noun*, std::size_t> found;
    std::unordered_map<const Anaphors::Noun*, const Anchor*> first_fit;
    for (std::size_t si = 0; si < seg_.sentences.size(); ++si) {
      found.clear();
      first_fit.clear();
      const Sentence& s = seg_.sentences[si];
      const std::size_t end = std::min<std::size_t>(s.end, seg_.text.size());
      if (s.start >= end) continue;
      if (prefilter_ && !has_anaphor_noun(seg_.text, s.start, end)) continue;  // nothing below happens without one
      const auto words = words_of(seg_.text, folded_, s.start, end);
      const auto here = anchors_in(s.start, s.end);
      for (std::size_t i = 1; i < words.size(); ++i) {
        const auto noun = table.nouns.find(std::string(words[i].lower));
        if (noun == table.nouns.end()) continue;
        const std::string_view det = words[i - 1].lower;
        const bool definite = det == "the" || det == "this" || det == "that";
        const bool appositive =
            det == "a" && i >= 2 &&
            seg_.text.substr(words[i - 2].end, words[i - 1].start - words[i - 2].end).find(',') != std::string_view::npos;
        if (!definite && !appositive) continue;
        const std::size_t a = words[i - 1].start, b = words[i].end;
        const auto resolve_definite = [&] {
          if (auto c = chain.find(std::string(words[i].lower)); c != chain.end()) return c->second;
          if (auto f = found.find(&noun->second); f != found.end()) return f->second;
          const std::size_t r = referent(noun->second, si);
          found.emplace(&noun->second, r);
          return r;
        };
        // "the attack on the embassy" told by its own trigger is an event, not a reference; but
        // a definite noun ending a reaction's own trigger ("did not respond to the request",
        // "rejected the ultimatum") names what the reaction responds to.
        if (const auto over = overlapping(here, a, b); !over.empty()) {
          if (definite && !noun->second.any && !noun->second.act) inner_reaction(over, a, b, s, words, resolve_definite);
          continue;
        }
        std::size_t ref = SIZE_MAX;
        if (appositive) {
          // the sentence's first event fitting the noun, when it ends before the comma
          auto f = first_fit.find(&noun->second);
          if (f == first_fit.end()) {
            const Anchor* first = nullptr;
            for (const Anchor* h : here)
              if (fits(noun->second, events_[h->event])) {
                first = h;
                break;
              }
            f = first_fit.emplace(&noun->second, first).first;
          }
          if (f->second && f->second->end <= a) ref = f->second->event;
        } else {
          ref = resolve_definite();
        }
        if (ref == SIZE_MAX) continue;
        if (definite) chain[std::string(words[i].lower)] = ref;
        extra.push_back({a, b, ref, true});
      }
    }
    if (extra.empty()) return;
    anchors_.insert(anchors_.end(), extra.begin(), extra.end());
    std::sort(anchors_.begin(), anchors_.end(), [](const Anchor& x, const Anchor& y) {
      return std::tie(x.start, x.end, x.event) < std::tie(y.start, y.end, y.event);
    });
  }

  // A reaction whose trigger is a verb (and particle) with its object, a specific noun ("respond
  // to the request", "rejected the ultimatum"): it responds to the noun's referent, unless that is
  // itself or a future event. A longer trigger ("told reporters at the White House that the
  // deal") swallowed a clause, whose noun is no object of the verb; a generic noun ("the move",
  // "the announcement") is left to react_to_anaphors, on triggers that do not hold it.
  template <class Resolve>
  void inner_reaction(const std::vector<const Anchor*>& over, std::size_t det_start, std::size_t noun_end,
                      const Sentence& s, const std::vector<Word>& words, Resolve resolve) {
    for (const Anchor* h : over) {
      if (h->anaphor || h->start >= det_start || h->end < noun_end || !reacts(events_[h->event])) continue;
      if (words_between(words, h->start, det_start) > kInnerWords) continue;
      // "told reporters that the accusations were unfounded": a reported clause's subject
      const auto det = word_at(words, det_start);
      if (std::any_of(word_at(words, h->start), det, [&](const Word& w) { return anaphors().gap_stops.count(w.lower) > 0; }))
        return;
      const std::size_t ref = resolve();
      if (ref == SIZE_MAX || ref == h->event || future(events_[ref])) return;
      emit(h->event, ref, Relation::responds_to, s.start, s.end, std::string(seg_.text.substr(h->start, noun_end - h->start)));
      return;
    }
  }

  // An event of a reacting root (data/graph/anaphors.tsv), not negated.
  bool reacts(const Event& e) const {
    if (e.modality == Modality::negated) return false;
    const auto root = root_of(e);
    return root && anaphors().reaction_roots.count(*root) > 0;
  }

  // Expected or hypothetical: no cause of an event that occurred ("The bloc is expected to
  // impose sanctions. Moscow condemned the decision." reacts to the announcement, not to them).
  static bool future(const Event& e) { return e.modality == Modality::expected || e.modality == Modality::hypothetical; }
  bool future_referent(const Anchor* a) const { return a->anaphor && future(events_[a->event]); }

  // "the U.S. demand for his extradition has been refused by the Taliban": a reaction in the
  // passive (an auxiliary right before its trigger, "by" right after it, data/graph/passive.tsv)
  // responds to the first event of its clause, the passive's subject.
  void passive_reactions(const Sentence& s, const std::vector<Word>& words, const std::vector<const Anchor*>& anchors) {
    const Passive& p = passive();
    if (p.aux.empty() || p.agent.empty()) return;
    for (const Anchor* r : anchors) {
      if (r->anaphor || events_[r->event].modality == Modality::negated) continue;
      if (const auto root = root_of(events_[r->event]); !root || !p.roots.count(*root)) continue;
      const auto at = word_at(words, r->start);
      if (at == words.begin() || at == words.end() || !p.aux.count(std::prev(at)->lower)) continue;
      const auto by = word_at(words, r->end);
      if (by == words.end() || !p.agent.count(by->lower)) continue;
      const Word& aux = *std::prev(at);
      // the subject: the first event of the clause (back to a comma, semicolon or colon), within
      // kPassiveWords words of the auxiliary (only that stretch is scanned: a long sentence of
      // many passives stays linear)
      const std::size_t aux_index = static_cast<std::size_t>(std::prev(at) - words.begin());
      const std::size_t window_start = aux_index > kPassiveWords ? words[aux_index - kPassiveWords].start : s.start;
      const std::string_view lead = seg_.text.substr(window_start, aux.start - std::min(aux.start, window_start));
      const std::size_t cut = lead.find_last_of(",;:");
      const std::size_t clause = cut == std::string_view::npos ? window_start : window_start + cut + 1;
      const Anchor* subject = nullptr;
      for (auto it = first_from(anchors, clause); it != anchors.end() && (*it)->start < aux.start; ++it)
        if ((*it)->event != r->event && (*it)->end <= aux.start) {
          subject = *it;
          break;
        }
      if (!subject || future_referent(subject)) continue;
      emit(r->event, subject->event, Relation::responds_to, s.start, s.end,
           std::string(seg_.text.substr(aux.start, by->end - aux.start)));
    }
  }
  static constexpr std::size_t kPassiveWords = 10;
  static constexpr std::size_t kInnerWords = 3;

  // "Russia rejected the move", "McLaughlin says the party will challenge the move": an event
  // of a reacting root (data/graph/anaphors.tsv) a few words before an anaphor in its clause
  // responds to the anaphor's referent.
  void react_to_anaphors(const Sentence& s, const std::vector<Word>& words, const std::vector<const Anchor*>& anchors) {
    const auto& roots = anaphors().reaction_roots;
    for (std::size_t k = 0; k < anchors.size(); ++k) {
      const Anchor* an = anchors[k];
      if (!an->anaphor) continue;
      const Anchor* by = nullptr;
      for (std::size_t j = k, n = 0; j-- > 0 && n < kBackLook; ++n) {
        const Anchor* a = anchors[j];
        if (a->anaphor || a->end > an->start) continue;
        by = a;
        break;
      }
      if (!by || by->event == an->event || words_between(words, by->end, an->start) > kReactionWords) continue;
      const std::string_view gap = seg_.text.substr(by->end, an->start - by->end);
      if (gap.find_first_of(",;:") != std::string_view::npos) continue;
      // "told reporters that the deal was historic", "said a version of the deal collapsed": the
      // noun heads a reported clause or another noun's complement, not the reaction's object
      // (the word right before the determiner counts even when it ends the reaction's trigger)
      const auto det = word_at(words, an->start);
      const auto from = det != words.begin() ? std::min(word_at(words, by->end), std::prev(det)) : det;
      if (std::any_of(from, det, [&](const Word& w) { return anaphors().gap_stops.count(w.lower) > 0; })) continue;
      // "No one has claimed responsibility for the attacks" reacts to nothing
      if (events_[by->event].modality == Modality::negated) continue;
      const auto root = root_of(events_[by->event]);
      if (!root || !roots.count(*root)) continue;
      if (future(events_[an->event])) continue;
      // "Beijing denied the accusation": the denial already links it
      if (denied_.count({std::min(by->event, an->event), std::max(by->event, an->event)})) continue;
      emit(by->event, an->event, Relation::responds_to, s.start, s.end,
           std::string(seg_.text.substr(by->start, an->end - by->start)));
    }
  }
  static constexpr std::size_t kReactionWords = 6;

  // The first word starting at or after `pos`.
  static std::vector<Word>::const_iterator word_at(const std::vector<Word>& words, std::size_t pos) {
    return std::lower_bound(words.begin(), words.end(), pos, [](const Word& w, std::size_t x) { return w.start < x; });
  }

  std::vector<const Anchor*> anchors_in(std::size_t begin, std::size_t end) const {
    std::vector<const Anchor*> out;
    auto it = std::lower_bound(anchors_.begin(), anchors_.end(), begin,
                               [](const Anchor& a, std::size_t pos) { return a.start < pos; });
    for (; it != anchors_.end() && it->start < end; ++it) out.push_back(&*it);
    return out;
  }

  // The anchors of a sentence that overlap [begin, end), in start order. Triggers are a few
  // words long, so only the few anchors starting just before `end` can overlap; looking at
  // a bounded number keeps a sentence of thousands of events linear.
  static std::vector<const Anchor*> overlapping(const std::vector<const Anchor*>& anchors, std::size_t begin,
                                                std::size_t end) {
    std::vector<const Anchor*> out;
    auto it = std::lower_bound(anchors.begin(), anchors.end(), end,
                               [](const Anchor* a, std::size_t pos) { return a->start < pos; });
    for (std::size_t k = 0; it != anchors.begin() && k < kMaxOverlap; ++k) {
      const Anchor* a = *--it;
      if (a->end > begin) out.push_back(a);
    }
    std::reverse(out.begin(), out.end());
    return out;
  }
  static constexpr std::size_t kMaxOverlap = 16;
  static constexpr std::size_t kBackLook = 32;

  // The latest-ending anchor ending at or before `pos` that `ok` accepts, among the kBackLook
  // anchors starting last before it (triggers are short, so the latest-ending is among them;
  // the bound keeps a sentence of thousands of events linear).
  template <class Ok>
  static const Anchor* latest_before(const std::vector<const Anchor*>& anchors, std::size_t pos, Ok ok) {
    const Anchor* best = nullptr;
    auto it = first_from(anchors, pos);
    for (std::size_t k = 0; it != anchors.begin() && k < kBackLook; ++k) {
      const Anchor* a = *--it;
      if (a->end <= pos && ok(a) && (!best || a->end > best->end)) best = a;
    }
    return best;
  }

  // The same within the sentence [begin, end), straight on anchors_ (no copy of a long sentence).
  template <class Ok>
  const Anchor* latest_in(std::size_t begin, std::size_t end, Ok ok) const {
    const Anchor* best = nullptr;
    auto it = std::lower_bound(anchors_.begin(), anchors_.end(), end,
                               [](const Anchor& a, std::size_t pos) { return a.start < pos; });
    for (std::size_t k = 0; it != anchors_.begin() && k < kBackLook; ++k) {
      const Anchor& a = *--it;
      if (a.start < begin) break;
      if (a.end <= end && ok(&a) && (!best || a.end > best->end)) best = &a;
    }
    return best;
  }
  static constexpr std::size_t kFrontedBytes = 1000;

  // The first anchor starting at or after byte `pos`.
  static std::vector<const Anchor*>::const_iterator first_from(const std::vector<const Anchor*>& anchors, std::size_t pos) {
    return std::lower_bound(anchors.begin(), anchors.end(), pos, [](const Anchor* a, std::size_t p) { return a->start < p; });
  }

  void scan(const Sentence& s, std::optional<std::size_t> prev) {
    // Every link joins an event of this sentence (see link()): a sentence without one, as most
    // are, needs no words.
    const auto anchors = anchors_in(s.start, s.end);
    if (anchors.empty()) return;
    const auto words = words_of(seg_.text, folded_, s.start, std::min<std::size_t>(s.end, seg_.text.size()));
    const auto& index = signal_table();
    for (std::size_t i = 0; i < words.size();) {
      const Signal* hit = nullptr;
      if (const auto* candidates = index.find(words[i].lower)) {
        for (const Signal* sig : *candidates) {
          if (sig->opening && i != 0) continue;
          if (i + sig->words.size() > words.size()) continue;
          // "then-President Bush" is no adverb of time, nor "If ..., then, as ..., I welcome"
          if (sig->adverb) {
            const std::string_view next = seg_.text.substr(words[i + sig->words.size() - 1].end, 1);
            if (next == "-" || (next == "," && i != 0)) continue;
          }
          bool same = true;
          for (std::size_t k = 1; k < sig->words.size() && same; ++k) same = words[i + k].lower == sig->words[k];
          if (same) {
            hit = sig;
            break;
          }
        }
      }
      if (!hit) {
        ++i;
        continue;
      }
      const std::size_t sig_start = words[i].start, sig_end = words[i + hit->words.size() - 1].end;
      if (is_comparison(*hit, words, i)) {
        ++i;
        continue;
      }
      std::string text(seg_.text.substr(sig_start, sig_end - sig_start));
      // "three days after": keep the count with the signal, unless it ends a date ("Jan. 26").
      if (i > 0 && (hit->words.front() == "days" || hit->words.front() == "day" || hit->words.front() == "weeks")) {
        const Word& c = words[i - 1];
        const bool digits = std::all_of(c.lower.begin(), c.lower.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        const bool after_name = i > 1 && std::isupper(static_cast<unsigned char>(seg_.text[words[i - 2].start]));
        if ((digits && !after_name) || (!digits && counts().count(c.lower)))
          text = std::string(seg_.text.substr(c.start, sig_end - c.start));
      }
      if (hit->relation) link(*hit, text, sig_start, sig_end, s, words, anchors, prev);
      i += hit->words.size();
    }
    react_to_anaphors(s, words, anchors);
    passive_reactions(s, words, anchors);
  }

  void link(const Signal& sig, const std::string& text, std::size_t sig_start, std::size_t sig_end, const Sentence& s,
            const std::vector<Word>& words, const std::vector<const Anchor*>& anchors, std::optional<std::size_t> prev) {
    if (sig.from == From::self) {
      const auto over = overlapping(anchors, sig_start, sig_end);
      if (over.empty()) return;
      const Anchor* self = over.front();
      // What is denied: the nearest event before, preferring one reported as alleged; of
      // alleged events in one comma-free stretch ("meddling in the election"), the first is
      // the act and the later ones what it was about.
      const Anchor* target = nullptr;
      // Only anchors that can lie within the window: those starting at most the window (plus
      // a trigger's length) in words before this one.
      auto self_word = std::lower_bound(words.begin(), words.end(), self->start,
                                        [](const Word& w, std::size_t pos) { return w.start < pos; });
      const std::size_t back_words = sig.window + kMaxOverlap + 1;
      const std::size_t from_pos =
          static_cast<std::size_t>(self_word - words.begin()) > back_words ? (self_word - back_words)->start : 0;
      for (auto it = first_from(anchors, from_pos); it != anchors.end() && (*it)->start < self->start; ++it) {
        const Anchor* a = *it;
        if (a->event == self->event || a->end > self->start) continue;
        if (words_between(words, a->end, self->start) > sig.window) continue;
        const bool alleged = events_[a->event].modality == Modality::alleged;
        const bool target_alleged = target && events_[target->event].modality == Modality::alleged;
        if (!target || (alleged && !target_alleged)) {
          target = a;
        } else if (alleged == target_alleged) {
          const bool same_stretch =
              seg_.text.substr(target->end, a->start - std::min(a->start, target->end)).find(',') == std::string_view::npos;
          if (!(alleged && same_stretch)) target = a;
        }
      }
      if (!target)
        for (auto it = first_from(anchors, self->end); it != anchors.end(); ++it) {
          if ((*it)->event == self->event) continue;
          if (words_between(words, self->end, (*it)->start) <= sig.window) target = *it;
          break;  // later anchors are further away
        }
      if (target) emit(self->event, target->event, *sig.relation, s.start, s.end, text);
      return;
    }
    if (sig.from == From::reply) {
      reply(sig, text, sig_start, sig_end, s, words, anchors, prev);
      return;
    }
    // A signal inside a trigger is part of that event's name ("described Putin as ...").
    if (!overlapping(anchors, sig_start, sig_end).empty()) return;

    if (sig.adverb) {
      // "He will then travel to Washington", "expected to meet with Aziz later this afternoon":
      // the adverb's event is the first after it (else the nearest before it) within the
      // window; what came before is the latest other event before that one in the sentence
      // (not a saying that reports it), else the last event of the previous sentence.
      // An adverb opening its sentence ("Then yesterday, he tried to win over Arab leaders with
      // his proposal") tells of the main clause, which may lie further than a mid-sentence one.
      const std::size_t window = !words.empty() && sig_start == words.front().start ? sig.first_window : sig.window;
      const Anchor* right = nullptr;
      if (auto at = first_from(anchors, sig_end); at != anchors.end() && words_between(words, sig_end, (*at)->start) <= window)
        right = *at;
      // "agreed to buy the complex and then lease it back": after "and" the adverb starts the
      // next event's clause, so it never falls back to the event before it.
      const auto at_sig = std::lower_bound(words.begin(), words.end(), sig_start,
                                           [](const Word& w, std::size_t pos) { return w.start < pos; });
      const bool after_and = at_sig != words.begin() && std::prev(at_sig)->lower == "and";
      if (!right && !after_and)
        right = latest_before(anchors, sig_start,
                              [&](const Anchor* a) { return words_between(words, a->end, sig_start) <= window; });
      if (!right) return;
      const Anchor* left = latest_before(anchors, right->start, [&](const Anchor* a) {
        const auto root = root_of(events_[a->event]);
        return a->event != right->event && !(root && *root == "01");
      });
      std::size_t from_start = s.start;
      if (!left && prev) {
        const Sentence& p = seg_.sentences[*prev];
        left = latest_in(p.start, p.end, [&](const Anchor* a) { return a->event != right->event; });
        from_start = p.start;
      }
      if (left) emit(left->event, right->event, *sig.relation, from_start, s.end, text);
      return;
    }

    if (sig.opening) {
      if (!prev) return;
      const Sentence& p = seg_.sentences[*prev];
      const auto before = anchors_in(p.start, p.end);
      auto first_after = first_from(anchors, sig_end);
      const Anchor* current = first_after != anchors.end() ? *first_after : nullptr;
      if (before.empty() || !current || words_between(words, sig_end, current->start) > sig.window) return;
      const Anchor* last = before.back();
      for (const Anchor* a : before)
        if (a->end > last->end) last = a;
      if (last->event == current->event) return;
      if (causal(*sig.relation) && (future_referent(last) || future_referent(current))) return;
      const bool prev_first = sig.from == From::prev;
      emit(prev_first ? last->event : current->event, prev_first ? current->event : last->event, *sig.relation, p.start,
           s.end, text);
      return;
    }

    // Anchors are sorted by start: the right one is the first at or after the signal; the
    // left one the latest-ending among the few just before it.
    const Anchor* left = nullptr;
    const Anchor* right = nullptr;
    auto at = std::lower_bound(anchors.begin(), anchors.end(), sig_end,
                               [](const Anchor* a, std::size_t pos) { return a->start < pos; });
    if (at != anchors.end()) right = *at;
    auto back = std::lower_bound(anchors.begin(), anchors.end(), sig_start,
                                 [](const Anchor* a, std::size_t pos) { return a->start < pos; });
    for (std::size_t k = 0; back != anchors.begin() && k < 8; ++k) {
      const Anchor* a = *--back;
      if (a->end <= sig_start && (!left || a->end > left->end)) left = a;
    }
    if (!left) {
      // Fronted: "Following Y, X" - Y before the comma, X the first event after it.
      // A fronted clause is short: the comma is looked for within kFrontedBytes.
      const std::size_t stop = std::min<std::size_t>(s.end, sig_end + kFrontedBytes);
      const std::size_t comma = seg_.text.substr(0, stop).find(',', sig_end);
      if (comma == std::string_view::npos) return;
      right = nullptr;
      for (auto it = first_from(anchors, sig_end); it != anchors.end() && !left; ++it) {
        const Anchor* a = *it;
        if (a->end <= comma && !right) right = a;
        if (a->start > comma) left = a;
      }
      if (!left || !right || words_between(words, sig_end, right->start) > sig.window) return;
    } else {
      if (!right || left_gap(words, left->end, sig_start) > sig.window ||
          words_between(words, sig_end, right->start) > sig.window)
        return;
      // The signal's event is in its own clause: past ", and", ", but" or ";" a new clause
      // begins ("joined ... when Paribas was denationalized in 1987, and said ..."), whose
      // event is not what the signal introduces.
      if (crosses_clause(seg_.text.substr(sig_end, right->start - sig_end))) return;
    }
    if (left->event == right->event) return;
    // a future event named by an anaphor causes nothing that occurred
    if ((causal(*sig.relation) || sig.respond) && (future_referent(left) || future_referent(right))) {
      if (causal(*sig.relation)) return;
      if (*sig.relation == Relation::before) {
        const bool left_from = sig.from == From::left;
        emit(left_from ? left->event : right->event, left_from ? right->event : left->event, Relation::before, s.start,
             s.end, text);
        return;
      }
    }
    const Event& x = events_[left->event];
    if (!sig.left_roots.empty()) {
      const auto root = root_of(x);
      if (!root || !sig.left_roots.count(*root)) return;
    }
    if (sig.respond && *sig.relation == Relation::before && sig.from == From::right && x.modality == Modality::occurred) {
      const Actor* ax = source_actor(x);
      const Actor* ay = source_actor(events_[right->event]);
      if (ax && ay && ax->name != ay->name) {
        emit(left->event, right->event, Relation::responds_to, s.start, s.end, text);
        return;
      }
    }
    const bool left_from = sig.from == From::left;
    emit(left_from ? left->event : right->event, left_from ? right->event : left->event, *sig.relation, s.start, s.end,
         text);
  }

  // "Replied State Department spokesman X, ...", "Iraq's deputy foreign minister responded from
  // Baghdad, saying ...": the reply (the event whose trigger holds the verb, else the first
  // after it) responds to the latest earlier event of another source, in its sentence or the
  // two before.
  void reply(const Signal& sig, const std::string& text, std::size_t sig_start, std::size_t sig_end, const Sentence& s,
             const std::vector<Word>& words, const std::vector<const Anchor*>& anchors, std::optional<std::size_t> prev) {
    const Anchor* self = nullptr;
    if (const auto over = overlapping(anchors, sig_start, sig_end); !over.empty()) self = over.front();
    if (!self)
      if (auto at = first_from(anchors, sig_end); at != anchors.end() && words_between(words, sig_end, (*at)->start) <= sig.window)
        self = *at;
    if (!self) return;
    const Actor* by = source_actor(events_[self->event]);
    auto other = [&](const Anchor* a) {
      if (a->event == self->event || a->end > self->start) return false;
      const Actor* src = source_actor(events_[a->event]);
      return !by || !src || (src->name != by->name && src->country != by->country);
    };
    const Anchor* target = latest_before(anchors, self->start, other);
    std::size_t from_start = s.start;
    for (std::size_t back = 0; !target && prev && back < 2 && back <= *prev; ++back) {
      const Sentence& p = seg_.sentences[*prev - back];
      target = latest_in(p.start, p.end, other);
      from_start = p.start;
    }
    if (target) emit(self->event, target->event, *sig.relation, from_start, s.end, text);
  }

  // "designed as much to rally opinion as to launch negotiations": a one-word simultaneity
  // signal repeated within a few words, with no comma between, is a comparison (as ... as),
  // not "X as Y".
  bool is_comparison(const Signal& sig, const std::vector<Word>& words, std::size_t i) const {
    constexpr std::size_t kSpan = 8;
    if (sig.words.size() != 1 || sig.relation != Relation::simultaneous) return false;
    const std::size_t lo = i > kSpan ? i - kSpan : 0, hi = std::min(words.size(), i + kSpan + 1);
    for (std::size_t k = lo; k < hi; ++k) {
      if (k == i || words[k].lower != words[i].lower) continue;
      const std::size_t a = std::min(words[k].end, words[i].end), b = std::max(words[k].start, words[i].start);
      if (seg_.text.substr(a, b - a).find(',') == std::string_view::npos) return true;
    }
    return false;
  }

  // Words between the left event and its signal, not counting a parenthetical between commas
  // that ends right at the signal ("extended the deadline by a month, rather than the two
  // weeks first planned, because of protests"): it holds no event (the left one is the latest)
  // and the signal attaches to the clause before it.
  std::size_t left_gap(const std::vector<Word>& words, std::size_t left_end, std::size_t sig_start) const {
    const std::size_t gap = words_between(words, left_end, sig_start);
    if (sig_start <= left_end) return gap;
    const std::string_view between = seg_.text.substr(left_end, sig_start - left_end);
    const std::size_t last = between.find_last_not_of(" \t\r\n");
    const std::size_t comma = between.find(',');
    if (last == std::string_view::npos || between[last] != ',' || comma >= last || crosses_clause(between)) return gap;
    return std::min(gap, words_between(words, left_end, left_end + comma));
  }

  static bool causal(Relation r) { return r == Relation::causes || r == Relation::responds_to; }

  static bool crosses_clause(std::string_view between) {
    return between.find(';') != std::string_view::npos || between.find(", and ") != std::string_view::npos ||
           between.find(", but ") != std::string_view::npos;
  }

  void emit(std::size_t from, std::size_t to, Relation r, std::size_t start, std::size_t end, const std::string& signal) {
    if (!done_.insert({from, to, r}).second) return;
    if (r == Relation::denies) denied_.insert({std::min(from, to), std::max(from, to)});
    const Span raw = doc_.to_raw(Span{start, std::min<std::size_t>(end, seg_.text.size())});
    links_.push_back({std::to_string(from), std::to_string(to), r, Evidence{doc_.info.id, raw, signal}});
  }

  const Document& doc_;
  const Segmented& seg_;
  const std::vector<Event>& events_;
  std::vector<Anchor> anchors_;
  std::vector<Link> links_;
  bool prefilter_ = true;  // off: every sentence split into words in add_anaphors (the general path, for tests)
  std::string folded_;     // the lower-cased bytes of the sentences split so far (words_of)
  std::set<std::tuple<std::size_t, std::size_t, Relation>> done_;
  std::set<std::pair<std::size_t, std::size_t>> denied_;  // the events linked by `denies`, either way
};

}  // namespace

std::vector<Link> find_links(const Document& doc, const Segmented& text, const std::vector<Event>& events) {
  return Finder(doc, text, events).run();
}

namespace detail {
std::vector<Link> find_links_unfiltered(const Document& doc, const Segmented& text, const std::vector<Event>& events) {
  return Finder(doc, text, events, false).run();
}
}  // namespace detail

}  // namespace dateline
