// Events from sentences. Each sentence is scanned for lexicon triggers (data/events/) and
// reporting verbs; every trigger becomes a candidate mention with a CAMEO type, actors from
// its clause, a modality from the cue words before it and a date from the temporal
// expression attached to it. Candidates that describe the same event (same CAMEO root,
// modality, compatible actors and dates) are merged into one event with several mentions.
#include <dateline/events.hpp>

#include "actors/gazetteer.hpp"
#include "actors/words.hpp"
#include "events/extract.hpp"
#include "events/lexicon.hpp"
#include "events/parties.hpp"
#include "events/summary.hpp"
#include "events/support.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace dateline {
namespace {

using detail::LexEntry;
using detail::Lexicon;
using detail::TriggerClass;
using detail::Word;

struct Who {
  std::string name;
  std::optional<std::string> country;
  ActorKind kind = ActorKind::state;
  bool operator==(const Who&) const = default;
};

struct Candidate {
  std::optional<std::string> cameo;
  std::string label;
  std::string phrase;  // lexicon phrase, for the summary
  char pos = 'v';
  TriggerClass cls = TriggerClass::act;
  std::size_t first = 0, last = 0;  // trigger words
  std::uint32_t sentence = 0;
  Modality modality = Modality::occurred;
  std::optional<Who> source, target;
  std::vector<Who> sources_also, targets_also;  // coordinated with them: "Poland, Hungary and the Czech Republic"
  std::vector<Who> participants;
  When when;
  bool dated = false;  // a temporal expression is attached
  std::size_t reporter = SIZE_MAX;  // the reporting verb whose content holds it
  bool nobody = false;  // "No one has claimed ...": negated, kept without an actor
  bool saying = false;  // a noun that refers to a saying ("Biden's interview")
  bool definite = false;  // a noun after "the", "its", "Friday's": refers back
  bool news_day = false;  // undated saying, dated to the story's day
  bool present = false;   // told in the present tense ("officials say")
  // The verb that tells the event noun's course ("the ratification process concluded"): the
  // word that names it in the text, so the mention's trigger.
  std::size_t aspect_verb = SIZE_MAX;
};

struct Report {
  std::size_t verb = 0;  // word index
  std::size_t content_begin = 0, content_end = 0;
  std::optional<Who> speaker;
};

// Removes the elements whose flag is set, keeping the others' order (the candidates of a
// sentence are in text order, which later passes rely on).
template <class T>
void erase_flagged(std::vector<T>& v, const std::vector<bool>& flagged) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (!flagged[i]) {
      if (kept != i) v[kept] = std::move(v[i]);
      ++kept;
    }
  v.resize(kept);
}

bool is_pronoun_person(std::string_view w) { return w == "he" || w == "she" || w == "him" || w == "her"; }
bool is_first_person(std::string_view w) { return w == "i" || w == "we"; }
bool is_determiner(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;  // most words: no comparisons
  return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "our" || w == "'s" || w == "this" || w == "my" || w == "your";
}
bool is_preposition(std::string_view w) {
  return w == "of" || w == "with" || w == "to" || w == "against" || w == "on" || w == "in" || w == "for" ||
         w == "by" || w == "about" || w == "from" || w == "at" || w == "as" || w == "into" || w == "toward" ||
         w == "towards" || w == "between" || w == "among";
}
bool is_be(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" || w == "being";
}

std::string root_of(const std::optional<std::string>& cameo) {
  return cameo ? cameo->substr(0, 2) : std::string();
}

// How specific a code is: longer and not ending in "0" ("not specified below") is better.
int specificity(const std::optional<std::string>& cameo) {
  if (!cameo) return 0;
  return static_cast<int>(cameo->size()) * 2 - (cameo->back() == '0' ? 1 : 0);
}

class Extractor {
 public:
  Extractor(const Document& doc, const Segmented& seg, const std::vector<Timex>& timexes,
            const std::vector<ActorMention>& actors, const detail::Words& words)
      : doc_(doc), seg_(seg), tx_(timexes), am_(actors), lx_(detail::lexicon()), w_(words) {
    const auto& ws = w_.words;
    actor_at_.assign(ws.size(), SIZE_MAX);
    timex_at_.assign(ws.size(), SIZE_MAX);
    // The word classes of every word, one lookup a word: the rules ask about reporting verbs,
    // signals and trigger starts at most words, some of them several times a word.
    classes_.resize(ws.size());
    for (std::size_t i = 0; i < ws.size(); ++i) classes_[i] = detail::word_classes(ws[i].lower);
    // Both lists are in text order: one merge-like pass each.
    std::size_t a = 0, t = 0;
    for (std::size_t i = 0; i < ws.size(); ++i) {
      while (a < am_.size() && am_[a].end <= ws[i].start) ++a;
      if (a < am_.size() && am_[a].start <= ws[i].start && ws[i].end <= am_[a].end) actor_at_[i] = a;
      while (t < tx_.size() && tx_[t].end <= ws[i].start) ++t;
      if (t < tx_.size() && tx_[t].start <= ws[i].start && ws[i].end <= tx_[t].end) timex_at_[i] = t;
    }
    if (doc.info.published) dct_ = Day(*doc.info.published);
  }

  Extraction run() {
    for (std::uint32_t s = 0; s + 1 < w_.sentence_begin.size(); ++s) sentence(s);
    // The story's day: the publication day, or the day before when more of the events told
    // with a day of their own fall on it ("Poland ... Friday formally joined NATO" in
    // Saturday's paper). Undated sayings in the past tense are the news of that day; in the
    // present tense ("officials say") they are of the publication day.
    // A dateline that carries a day ("WARSAW, February 26 (Xinhua) --") names the story's day
    // outright: undated news of the day falls on it, not on the (later) publication day.
    if (dct_) {
      if (auto d = dateline_day(); d && *d < *dct_ && *dct_ - *d <= date::days{7}) {
        for (auto& c : cands_)
          if (c.news_day) set_day(c, *d, DateBasis::inferred);
        return merge();
      }
    }
    if (dct_) {
      int today = 0, yesterday = 0;
      for (const auto& c : cands_) {
        if (!c.dated || c.modality != Modality::occurred || c.when.precision != Precision::day || !c.when.earliest)
          continue;
        today += *c.when.earliest == *dct_;
        yesterday += *c.when.earliest == *dct_ - date::days{1};
      }
      if (yesterday > today)
        for (auto& c : cands_)
          if (c.news_day && !c.present) set_day(c, *dct_ - date::days{1}, DateBasis::inferred);
    }
    return merge();
  }

 private:
  const std::vector<Word>& words() const { return w_.words; }
  // Word k is a reporting verb (lexicon().reporting), a signal (lexicon().signals).
  bool reporting_word(std::size_t k) const { return (classes_[k] & detail::kReportingWord) != 0; }
  bool signal_word(std::size_t k) const { return (classes_[k] & detail::kSignalWord) != 0; }

  Who who(std::size_t mention) const {
    const ActorMention& m = am_[mention];
    return {m.name, m.country, m.kind};
  }

  // How far back the scans for an actor or a referent look, in words: far more than any
  // clause or the few sentences a pronoun reaches back, and it keeps each scan constant-time,
  // so a pathological input (one sentence of megabytes) stays linear instead of quadratic.
  static constexpr std::size_t kReach = 400;
  static std::size_t reach_floor(std::size_t k, std::size_t begin) { return k > begin + kReach ? k - kReach : begin; }

  // The last person named before word i (other than `not_this`), for "he" and "she". When word i
  // is a pronoun of a gender, a person known to be of the other is passed over ("She denied" is
  // not said of the nearest man); a person of unknown gender fits either.
  std::optional<Who> person_before(std::size_t i, const std::optional<Who>& not_this = std::nullopt) const {
    const std::string_view pronoun = i < words().size() ? std::string_view(words()[i].lower) : std::string_view();
    const Gender other = pronoun == "he" || pronoun == "him" ? Gender::female
                         : pronoun == "she" || pronoun == "her" ? Gender::male
                                                                : Gender::unknown;
    auto fits = [&](std::size_t m) {
      return m != SIZE_MAX && am_[m].kind == ActorKind::person && !(other != Gender::unknown && am_[m].gender == other) &&
             !(not_this && who(m).name == not_this->name);
    };
    // "Trump said he would speak with Putin this week. He warned ...": a pronoun that opens its
    // sentence is the first person of the sentence before (its subject, as a rule; not one after
    // a preposition), when that sentence names one, rather than the nearest named in it.
    if (i > 0 && i < words().size() && words()[i].sentence != words()[i - 1].sentence) {
      const std::uint32_t prev = words()[i - 1].sentence;
      std::optional<Who> first;
      for (std::size_t k = i; k-- > reach_floor(i, 0) && words()[k].sentence == prev;) {
        std::size_t m = actor_at_[k];
        if (m == SIZE_MAX || am_[m].kind != ActorKind::person) continue;
        std::size_t head = k;
        while (head > 0 && actor_at_[head - 1] == m) --head;
        k = head;  // the loop goes on before the mention
        if (!fits(m) || (head > 0 && is_preposition(words()[head - 1].lower))) continue;
        first = who(m);
      }
      if (first) return first;
    }
    for (std::size_t k = i; k-- > reach_floor(i, 0);) {
      if (fits(actor_at_[k])) return who(actor_at_[k]);
    }
    return std::nullopt;
  }

  // A predicate context for a name-calling word at i: a copula, article or "call" within the
  // two words before it ("was a killer", "called him a thug").
  bool predicative(std::size_t i, std::size_t begin) const {
    for (std::size_t j = i; j-- > begin && j + 3 > i;)
      if (lx_.predicative.count(words()[j].lower)) return true;
    return calling_before(i, begin) != SIZE_MAX;
  }

  // "called the expulsions totally unacceptable": the verb of calling a few words before a
  // name-calling word at i, across its object and an adverb, or SIZE_MAX (not "called for",
  // "called on": those ask, they give no name).
  std::size_t calling_before(std::size_t i, std::size_t begin) const {
    for (std::size_t j = i; j-- > begin && j + 7 > i;) {
      const Word& w = words()[j];
      // (quotation marks are passed: "called the raid \"an authoritarian act\"")
      if (w.punct && w.lower != "'s" && !w.quote) return SIZE_MAX;
      if (lx_.calling.count(w.lower))
        return j + 1 < i && !is_preposition(words()[j + 1].lower) && words()[j + 1].lower != "off" ? j : SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // A name-calling word followed by a plain word modifies it ("a terrorist group"): the
  // predicate ends at punctuation, a conjunction, a preposition or a relative pronoun. After a
  // verb of calling the phrase is still the name given ("called Colombia a terrorist state").
  bool modifier(std::size_t first, std::size_t last, std::size_t begin, std::size_t end) const {
    if (last + 1 >= end) return false;
    for (std::size_t j = first; j-- > begin && j + 5 > first;)
      if (lx_.calling.count(words()[j].lower)) return false;
    const Word& n = words()[last + 1];
    if (n.punct || is_preposition(n.lower) || lx_.relative.count(n.lower) || lx_.predicate_end.count(n.lower))
      return false;
    return true;
  }

  // A trigger read in another sense: a noun modifying a unit ("air assault forces", "criminal
  // investigation department"), a one-word verb whose object gives it another sense ("meet
  // NATO's standards"), "charged X with" an -ing task ("charged the inspectors with verifying").
  bool other_sense(const detail::TriggerMatch& m, std::size_t end) const {
    const LexEntry& e = lx_.entries[m.entry];
    const std::size_t next = m.last + 1;
    if (next >= end) return false;
    if (e.forms.size() == 1 && lx_.unit_noun.count(words()[next].lower)) return true;
    if (e.forms.size() > 1 && e.phrase.ends_with(" with") && words()[next].lower.ends_with("ing")) return true;
    // "would not be welcome", "is welcome to join": a verb's bare form right after "be" is an
    // adjective (a verb there is a participle, and a bare form is one only for "put", "hit").
    if (e.pos == 'v' && m.first > 0 && words()[m.first].lower == std::string_view(e.phrase).substr(0, e.phrase.find(' ')) &&
        is_be(words()[m.first - 1].lower) && !lx_.participles.count(words()[m.first].lower))
      return true;
    // "called the sanctions illegal on Monday" is no "call on": a verb's particle reached across
    // other words is a preposition of time when a date follows it.
    if (e.pos == 'v' && e.forms.size() == 2 && m.last > m.first + 1 && is_preposition(words()[m.last].lower) &&
        timex_at_[next] != SIZE_MAX &&
        (tx_[timex_at_[next]].type == TimexType::date || tx_[timex_at_[next]].type == TimexType::time))
      return true;
    // "the 1978 resolution calls for a withdrawal": a document is no doer, and what it
    // provides for is no act told (data/events/words.tsv document; round 20). A past form is
    // a reduced relative, as is an "-ing" form ("resolutions imposed on Libya", "resolutions
    // condemning the invasion"): the act of whoever passed them.
    if (e.pos == 'v' && m.first > 0 && lx_.document.count(words()[m.first - 1].lower) && !e.intransitive &&
        !past_verb(m.first) && !words()[m.first].lower.ends_with("ing"))
      return true;
    if (e.forms.size() != 1) return false;
    // (most triggers are a verb of no pair: one bit test instead of a lookup a pair)
    if (!(classes_[m.first] & detail::kSenseStopVerb)) return false;
    for (const auto& [first, object] : lx_.sense_stop) {
      if (!first.count(words()[m.first].lower)) continue;
      for (std::size_t j = next; j < end && j < next + 4 && !words()[j].punct; ++j)
        if (object.count(words()[j].lower)) return true;
    }
    return false;
  }

  // "the deportation of three Chinese nationals by the Philippines" (round 22): the doer of an act
  // told with a noun may follow the "of" phrase of what it was done to; the scan after the noun
  // stops at that object, so this one reads on to a "by" inside the same phrase.
  std::optional<Who> doer_after_object(std::size_t last, std::size_t end) const {
    bool of = false;
    for (std::size_t j = last + 1; j < end && j <= last + 9; ++j) {
      if (boundary(j) || (words()[j].punct && words()[j].lower != "'s") || trigger_word_[j]) break;
      if (words()[j].lower == "of") of = true;
      else if (of && words()[j].lower == "by") return actor_right(j + 1, end, 3);
    }
    return std::nullopt;
  }

  // "summoned Nechayev", "summoned Meyer" (round 22): an envoy named by his surname alone, or by
  // a name the title table does not hold, is summoned all the same. A bare "summon" (words.tsv
  // person_object) is a summons only with a person of a known state named right after it:
  // "summoned reporters", "summoned his courage", "was summoned by" are none.
  bool without_person_object(const detail::TriggerMatch& m, std::size_t end) const {
    if (!lx_.person_object.count(lx_.entries[m.entry].phrase)) return false;
    const std::size_t next = m.last + 1;
    if (next >= end || actor_at_[next] == SIZE_MAX) return true;
    const ActorMention& a = am_[actor_at_[next]];
    return a.kind != ActorKind::person || !a.country;
  }

  // "the right to defend its citizens", "verifying that Iraq has destroyed", "is considering
  // urging Bush": an act named as a right or a need, or as what is to be checked, ensured or
  // weighed, is not told as happening (data/events/words.tsv: generic_head, embedding).
  bool generic_act(std::size_t first, std::size_t begin) const {
    if (first >= begin + 2 && words()[first - 1].lower == "to" && lx_.generic_head.count(words()[first - 2].lower))
      return true;
    for (std::size_t j = first; j-- > begin && j + 9 > first;) {
      const Word& w = words()[j];
      if (w.punct || w.lower == "and" || w.lower == "but" || reporting_word(j)) break;
      if (lx_.embedding.count(w.lower)) return true;
      if (j + 1 < first && trigger_word_[j]) break;  // another event stands between
    }
    return false;
  }

  // "if he does not agree": a negation under a condition word ("if", "unless") of its clause
  // tells of a hypothesis, not of an act that did not happen.
  bool under_condition(std::size_t first, std::size_t begin) const {
    for (std::size_t j = first; j-- > begin && j + 10 > first;) {
      const Word& w = words()[j];
      if (w.punct) break;
      if (!lx_.condition.count(w.lower)) continue;
      const std::optional<Modality>* m = detail::cue_index().find(w.lower);
      return m && *m == Modality::hypothetical;
    }
    return false;
  }

  // "hospital officials and family members said", "Media reports in Tanzania have said", "The
  // grandmother of Elian Gonzalez said": a subject headed by a word of data/events/words.tsv
  // (`lay_speaker`) a few words before the verb speaks for no state or organisation.
  bool lay_speaker(std::size_t verb, std::size_t begin) const {
    for (std::size_t j = verb; j-- > begin && j + 7 > verb;) {
      const Word& w = words()[j];
      if (w.punct || w.lower == "that" || reporting_word(j)) break;
      if (lx_.lay_speaker.count(w.lower)) return true;
    }
    return false;
  }

  static constexpr std::size_t kQuoteReach = 40, kQuoteLooks = 4;
  static constexpr std::size_t kShortQuote = 12;  // words of a quotation inside a clause

  bool boundary(std::size_t k) const {
    const Word& w = words()[k];
    if (w.punct) return w.lower == ";" || w.lower == ":" || w.quote;
    // A word of a name is no verb or signal: the "States" of "United States" reports nothing.
    if (actor_at_[k] != SIZE_MAX) return false;
    return (classes_[k] & (detail::kSignalWord | detail::kReportingWord)) != 0;
  }

  // The comma that opens an appositive closed by the comma `close`, or SIZE_MAX: a short
  // phrase headed by a determiner or a possessive actor ("the alliance's chief", "Belarus's
  // closest ally") right after an actor, with no trigger, conjunction or reporting verb in it.
  // A list ("Poland, Hungary, and the Czech Republic") is no appositive: its items are actors
  // without a possessive.
  std::size_t appositive_open(std::size_t close, std::size_t begin) const {
    for (std::size_t q = close; q-- > begin && q + 10 > close;) {
      const Word& w = words()[q];
      if (w.lower == ",") {
        if (q <= begin || q + 1 >= close || actor_at_[q - 1] == SIZE_MAX) return SIZE_MAX;
        const std::size_t head = q + 1;
        if (is_determiner(words()[head].lower) && words()[head].lower != "'s") return q;
        if (actor_at_[head] == SIZE_MAX) return SIZE_MAX;
        std::size_t after = head;
        while (after + 1 < close && actor_at_[after + 1] == actor_at_[head]) ++after;
        return after + 1 < close && (words()[after + 1].lower == "'s" || words()[after + 1].lower == "'") ? q
                                                                                                           : SIZE_MAX;
      }
      if (w.punct && w.lower != "-" && w.lower != "'s" && w.lower != "'") return SIZE_MAX;
      if ((q < trigger_word_.size() && trigger_word_[q]) || w.lower == "and" || w.lower == "or" || lx_.relative.count(w.lower) ||
          reporting_word(q))
        return SIZE_MAX;
    }
    return SIZE_MAX;
  }

  // "the U.S. envoy to the United Nations called for": an actor (first word `first`) after
  // "<envoy> to (the)" with another actor right before the envoy word is the host; the envoy
  // speaks and acts for the one before (data/events/words.tsv `envoy`). Returns that actor's
  // last word, or SIZE_MAX.
  std::size_t envoy_state(std::size_t first, std::size_t begin) const {
    std::size_t to = first;
    if (to > begin && words()[to - 1].lower == "the") --to;
    if (to < begin + 3 || words()[to - 1].lower != "to" || !lx_.envoy.count(words()[to - 2].lower)) return SIZE_MAX;
    return actor_at_[to - 3] != SIZE_MAX ? to - 3 : SIZE_MAX;
  }

  // "talks in Brussels", "was signed in Beijing": a capital or seat after "in" or "at" is where
  // the act takes place, not who undergoes it.
  bool venue(std::size_t j) const {
    if (j == 0 || actor_at_[j] == SIZE_MAX) return false;
    std::size_t p = j - 1;
    if (p > 0 && words()[p].lower == "the") --p;  // "at the White House"
    if (words()[p].lower != "in" && words()[p].lower != "at") return false;
    // "impatience at Washington's failure": a possessive names an actor, not a place
    std::size_t last = j;
    while (last + 1 < words().size() && actor_at_[last + 1] == actor_at_[j]) ++last;
    if (last + 1 < words().size() && (words()[last + 1].lower == "'s" || words()[last + 1].lower == "'")) return false;
    std::string key = am_[actor_at_[j]].name;
    for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const auto& aliases = detail::gazetteer().aliases;
    const auto it = aliases.find(key);
    return it != aliases.end() &&
           (it->second.alias == detail::AliasKind::capital || it->second.alias == detail::AliasKind::metonym);
  }

  // The actor (or resolved pronoun) ending at or just before word k, scanning left.
  // Returns the actor and the index of its first word.
  std::optional<std::pair<Who, std::size_t>> actor_left(std::size_t k, std::size_t begin,
                                                        const std::optional<Who>& speaker,
                                                        bool skip_pp = true) const {
    begin = reach_floor(k, begin);
    for (std::size_t j = k; j-- > begin;) {
      // 'called the decision "a victory for Ukraine" and thanked the leaders': a short quotation
      // inside the clause (opened after a word, not after punctuation) is passed whole.
      if (words()[j].quote && j + 1 < k) {
        std::size_t open = SIZE_MAX;
        for (std::size_t q = j; q-- > begin && q + kShortQuote > j;) {
          if (words()[q].quote) {
            open = q;
            break;
          }
          if (words()[q].punct && words()[q].lower != "," && words()[q].lower != "-" && words()[q].lower != "'s") break;
        }
        if (open != SIZE_MAX && open > begin && !words()[open - 1].punct) {
          j = open;
          continue;
        }
      }
      // "Libya, which brought the case": the subject of a relative clause is the actor just
      // before the pronoun.
      if (lx_.relative.count(words()[j].lower) && j > begin) {
        std::size_t a = j - 1;
        if (words()[a].lower == "," && a > begin) --a;
        if (actor_at_[a] != SIZE_MAX) {
          std::size_t first = a;
          while (first > begin && actor_at_[first - 1] == actor_at_[a]) --first;
          // "a U.S. Embassy official in Nairobi, who ...": the antecedent is the actor the
          // place phrase belongs to.
          if (first > begin + 1 && is_preposition(words()[first - 1].lower) && actor_at_[first - 2] != SIZE_MAX) {
            std::size_t head = first - 2;
            while (head > begin && actor_at_[head - 1] == actor_at_[first - 2]) --head;
            return std::make_pair(who(actor_at_[first - 2]), head);
          }
          return std::make_pair(who(actor_at_[a]), first);
        }
        break;
      }
      // "Poland, ..., who were invited to join NATO in July 1997, will join": a comma that
      // closes a relative clause; the subject is before the clause, not inside it.
      if (words()[j].lower == "," && j < k) {
        std::size_t open = SIZE_MAX;
        for (std::size_t q = j; q-- > begin && q + 40 > j;) {
          if (words()[q].lower == ",") {
            if (q + 1 < j && lx_.relative.count(words()[q + 1].lower)) open = q;
            break;
          }
          // (a possessive "'s" or the bare apostrophe of "the United Nations' court" is no break)
          if (words()[q].punct && words()[q].lower != "-" && words()[q].lower != "'s" && words()[q].lower != "'") break;
        }
        if (open != SIZE_MAX) {
          j = open;  // the loop goes on with the word before ", who"
          continue;
        }
        // "Russia, Belarus's closest ally, defended Minsk": an appositive between two commas
        // after an actor describes that actor; the subject is the actor before it.
        if (std::size_t q = appositive_open(j, begin); q != SIZE_MAX) {
          j = q;
          continue;
        }
      }
      if (boundary(j) && words()[j].lower != "that") break;
      if (words()[j].lower == "that") break;
      std::size_t m = actor_at_[j];
      if (m != SIZE_MAX) {
        std::size_t first = j;
        while (first > begin && actor_at_[first - 1] == m) --first;
        if (const std::size_t st = envoy_state(first, begin); st != SIZE_MAX) {
          std::size_t head = st;
          while (head > begin && actor_at_[head - 1] == actor_at_[st]) --head;
          return std::make_pair(who(actor_at_[st]), head);
        }
        bool in_pp = first > begin && (is_preposition(words()[first - 1].lower) ||
                                        lx_.place_preposition.count(words()[first - 1].lower));
        if (!(skip_pp && in_pp)) return std::make_pair(who(m), first);
        j = first;
        continue;
      }
      if (is_pronoun_person(words()[j].lower) && (words()[j].lower == "he" || words()[j].lower == "she")) {
        if (auto p = person_before(j)) return std::make_pair(*p, j);
      }
      if (is_first_person(words()[j].lower) && speaker) return std::make_pair(*speaker, j);
      // "Russia said it would investigate", "the ministers said they would meet": in the clause a
      // state, body or group reports, "it"/"they" is that speaker.
      if (speaker && speaker->kind != ActorKind::person && (words()[j].lower == "it" || words()[j].lower == "they"))
        return std::make_pair(*speaker, j);
    }
    return std::nullopt;
  }

  // `own_last`: the last word of the trigger whose object is looked for; a participle of another
  // trigger and its "by" end the object ("agree to a prisoner swap brokered by Turkey": Turkey
  // is the broker's); an event noun does not ("condemned the bombing of the U.S. embassy"), nor
  // a participle without "by" ("lift sanctions imposed on Iraq").
  std::optional<Who> actor_right(std::size_t k, std::size_t end, std::size_t limit = 8, bool places = false,
                                 std::size_t own_last = SIZE_MAX) const {
    for (std::size_t j = k; j < end && j < k + limit; ++j) {
      if (boundary(j) || (words()[j].punct && words()[j].lower != "-" && words()[j].lower != "'s")) break;
      if (own_last != SIZE_MAX && j > own_last && j < trigger_word_.size() && trigger_word_[j] && actor_at_[j] == SIZE_MAX &&
          words()[j].lower.ends_with("ed") && j + 1 < end && words()[j + 1].lower == "by")
        break;
      if (actor_at_[j] != SIZE_MAX) {
        if (places || !venue(j)) return who(actor_at_[j]);
        // a place of several words ("at the White House", "in Dar es Salaam") is passed whole
        while (j + 1 < end && actor_at_[j + 1] == actor_at_[j]) ++j;
      }
    }
    return std::nullopt;
  }

  // "called off a planned meeting", "canceled its foreign minister's visit": a cancel verb
  // (words.tsv) ending at most four words before the noun, with no punctuation between; or
  // "the visit was cancelled", a form of "be" and the verb within four words after it.
  bool called_off(std::size_t first, std::size_t last, std::size_t clause_begin, std::size_t end) const {
    for (std::size_t j = first; j-- > clause_begin && j + 7 > first;) {
      if (words()[j].punct && words()[j].lower != "'s") break;
      if (j + 6 > first && lx_.cancel.count(words()[j].lower)) return true;
      if (j + 1 < first && lx_.cancel.count(words()[j].lower + " " + words()[j + 1].lower)) return true;
    }
    for (std::size_t j = last + 1; j + 1 < end && j < last + 5; ++j) {
      if (words()[j].punct) break;
      if (!is_be(words()[j].lower)) continue;
      std::size_t v = j + 1;
      if (v < end && words()[v].lower == "been") ++v;
      if (v >= end) break;
      if (lx_.cancel.count(words()[v].lower) ||
          (v + 1 < end && lx_.cancel.count(words()[v].lower + " " + words()[v + 1].lower)))
        return true;
      break;
    }
    return false;
  }

  static bool hypothetical_word(const std::string& w) {
    const std::optional<Modality>* cue = detail::cue_index().find(w);
    return cue && *cue == Modality::hypothetical;
  }

  // A condition word ("if", "unless": those of `condition` that are hypothetical cues) a few
  // words after the trigger's last word `last`, before any clause break (a comma may stand
  // before it: "to strike, if necessary") or a reporting verb.
  bool condition_after(std::size_t last, std::size_t end) const {
    for (std::size_t j = last + 1; j < end && j < last + 12; ++j) {
      const Word& w = words()[j];
      if (w.punct && w.lower != ",") return false;
      if (reporting_word(j)) return false;
      if (!lx_.condition.count(w.lower)) continue;
      const std::optional<Modality>* cue = detail::cue_index().find(w.lower);
      return cue && *cue == Modality::hypothetical;
    }
    return false;
  }

  // The modality the cue words before word `first` give, back to the clause start.
  // "Japan said on Friday it would recall its ambassador": a "would" between a past saying
  // and the event is the future seen from the saying, unless a condition word follows the
  // event in its sentence ("said Washington would use force if diplomacy fails").
  bool reported_future(const Report& rep, std::size_t first, std::size_t end) const {
    if (!past_verb(rep.verb)) return false;
    // ("said it would take measures if Pelosi visits Taiwan": an event in the condition's own
    // clause, a condition word after the "would", stays a condition)
    bool would = false;
    for (std::size_t j = std::max(rep.content_begin, rep.verb + 1); j < first; ++j) {
      if (lx_.future_in_past.count(words()[j].lower)) would = true;
      else if (would && lx_.condition.count(words()[j].lower)) would = false;
    }
    if (!would) return false;
    for (std::size_t j = first + 1; j < end; ++j)
      if (lx_.condition.count(words()[j].lower)) return false;
    return true;
  }

  bool past_verb(std::size_t i) const {
    const std::string& w = words()[i].lower;
    return w.ends_with("ed") || lx_.past_forms.count(w) > 0;
  }

  std::optional<Modality> cue_before(std::size_t first, std::size_t begin, std::size_t window) const {
    std::size_t lo = first > begin + window ? first - window : begin;
    bool crossed_and = false;  // a conjunction lies between the cue and the trigger
    for (std::size_t j = first; j-- > lo;) {
      const Word& w = words()[j];
      if (w.punct && (w.lower == ";" || w.quote)) break;
      if (w.lower == "and" || w.lower == "but") crossed_and = true;
      // ("Theresa May condemned": a word of a name is no cue)
      if (actor_at_[j] != SIZE_MAX) continue;
      if (reporting_word(j) || (signal_word(j) && w.lower != "that")) break;
      const auto& cues = detail::cue_index();
      // "accused Iraq of attacking", "suspected the army of shelling": a cue ending in "of" read
      // across its object (a few words, no punctuation).
      if (w.lower == "of" && j + 1 == first)
        for (std::size_t q = j; q-- > lo && q + 5 > j && !words()[q].punct;)
          if (const std::optional<Modality>* m = cues.find(words()[q].lower + " of"); m && *m) return *m;
      // "asked India to withdraw", "asked New Delhi in November to withdraw": a cue ending in
      // "to" read across an object that holds an actor (not "asked whether ... is discussing").
      if (w.lower == "to" && j + 1 == first) {
        bool actor = false;
        for (std::size_t q = j; q-- > lo && q + 7 > j && !words()[q].punct;) {
          if (actor)
            if (const std::optional<Modality>* m = cues.find(words()[q].lower + " to"); m && *m) return *m;
          if (actor_at_[q] != SIZE_MAX) actor = true;
        }
      }
      // The longest cue starting at j that ends before the trigger.
      std::string key;
      std::optional<std::optional<Modality>> found;
      // A date inside a cue is read past: "agreed on Monday to impose".
      // So is a span the tagger leaves bare: "threatened for weeks to veto" (`span_unit`).
      auto span = [&](std::size_t k) {
        return (words()[k].lower == "for" && k + 1 < first && lx_.span_unit.count(words()[k + 1].lower)) ||
               (k > 0 && words()[k - 1].lower == "for" && lx_.span_unit.count(words()[k].lower));
      };
      auto dated = [&](std::size_t k) {
        return timex_at_[k] != SIZE_MAX ||
               (is_preposition(words()[k].lower) && k + 1 < first && timex_at_[k + 1] != SIZE_MAX) || span(k);
      };
      for (std::size_t n = 0, k = j; n < lx_.max_cue_words && k < first; ++n, ++k) {
        if (n)
          while (k < first && dated(k)) ++k;
        if (k >= first) break;
        if (n) key += ' ';
        key += words()[k].lower;
        if (const std::optional<Modality>* m = cues.find(key)) found = *m;
        if (!cues.continues(key)) break;  // no longer cue starts with these words
      }
      // "has no plans to withdraw", "is not expected to attend": a negation right before a cue
      // of what is to come denies it
      if (found && *found && **found == Modality::expected && j > lo) {
        const std::optional<Modality>* neg = cues.find(words()[j - 1].lower);
        if (neg && *neg == Modality::negated) return Modality::negated;
      }
      // "insisted the missile was not Ukrainian and called for an investigation": a negation
      // before a conjunction denies the verb it stands before ("did not condemn and criticize"),
      // not the predicate of a word that is no event ("not Ukrainian").
      if (found && *found && **found == Modality::negated && crossed_and && j + 1 < first &&
          (j + 1 >= trigger_word_.size() || !trigger_word_[j + 1]) && !is_be(words()[j + 1].lower))
        continue;
      if (found) return *found ? *found : std::optional<Modality>(Modality::occurred);
    }
    return std::nullopt;
  }

  // A link between extracted events `from` and `to` (indexes) whose evidence runs from the
  // first word of `c` to word `last`, its signal the words of `c`.
  Link trigger_link(std::size_t from, std::size_t to, Relation r, const Candidate& c, std::size_t last) const {
    const auto& ws = words();
    return Link{std::to_string(from), std::to_string(to), r,
                Evidence{doc_.info.id, doc_.to_raw(Span{ws[c.first].start, ws[last].end}),
                         std::string(seg_.text.substr(ws[c.first].start, ws[c.last].end - ws[c.first].start))}};
  }

  // Whether expressions a and b are the two ends of a range: only a dash, "to" or "through"
  // between them ("March 12-14", "12–14 March").
  bool range_gap(std::size_t a, std::size_t b) const {
    if (tx_[b].start < tx_[a].end || tx_[b].start - tx_[a].end > 10) return false;
    std::string_view gap = std::string_view(seg_.text).substr(tx_[a].end, tx_[b].start - tx_[a].end);
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    return gap == "-" || gap == "\xE2\x80\x93" || gap == "to" || gap == "through";
  }

  // The temporal expression attached to words [first, last]: the nearest one on the right,
  // else on the left, in the same clause, not past another trigger. "tomorrow or Monday"
  // gives the span of both.
  std::optional<std::pair<std::size_t, std::size_t>> timex_near(std::size_t first, std::size_t last,
                                                                std::size_t begin, std::size_t end,
                                                                const std::vector<bool>& trigger_word) const {
    auto usable = [&](std::size_t t) { return tx_[t].type == TimexType::date || tx_[t].type == TimexType::time; };
    // Inside a phrase whose words lie apart: "threatened on Monday to impose sanctions".
    for (std::size_t j = first + 1; j < last; ++j)
      if (timex_at_[j] != SIZE_MAX && usable(timex_at_[j])) return std::make_pair(timex_at_[j], timex_at_[j]);
    for (std::size_t j = last + 1; j < end && j <= last + 18; ++j) {
      std::size_t t = timex_at_[j];
      // "had given Moscow until midnight on Tuesday": a deadline (and the day a time of it is
      // on) dates no act; the search goes on past it ("extended sanctions until 2025 on Friday").
      if (t != SIZE_MAX && j > 0 && lx_.deadline.count(words()[j - 1].lower)) {
        while (j + 1 < end && (timex_at_[j + 1] == t || (timex_at_[j + 1] == SIZE_MAX && tx_[t].type == TimexType::time &&
                                                          words()[j + 1].lower == "on" && j + 2 < end &&
                                                          timex_at_[j + 2] != SIZE_MAX))) {
          if (timex_at_[j + 1] == SIZE_MAX) t = timex_at_[j + 2];
          ++j;
        }
        continue;
      }
      if (t != SIZE_MAX && usable(t)) {
        std::size_t t2 = t;
        // "12-14 March": the word "12-14" is inside neither expression, so the search meets
        // the second first
        if (t > 0 && usable(t - 1) && range_gap(t - 1, t) && tx_[t - 1].start > words()[last].end) {
          t2 = t;
          t = t - 1;
        }
        std::size_t k = j;
        while (k < end && timex_at_[k] == t) ++k;
        for (std::size_t m = k; m < end && m <= k + 5; ++m) {
          const std::string& l = words()[m].lower;
          if (timex_at_[m] != SIZE_MAX && timex_at_[m] != t) {
            if (usable(timex_at_[m])) t2 = timex_at_[m];
            break;
          }
          if (!(l == "or" || l == "and" || l == "," || l == "say" || l == "on" || l == "to" || l == "-" || l == "through"))
            break;
        }
        // "March 12-14": the other end of a range inside one word of the text
        if (t2 == t && t + 1 < tx_.size() && usable(t + 1) && range_gap(t, t + 1)) t2 = t + 1;
        return std::make_pair(t, t2);
      }
      // A quotation that opens on a date quotes when: 'ready to discuss ... "tomorrow or Monday"'.
      const bool quoted_date = words()[j].quote && j + 1 < end && timex_at_[j + 1] != SIZE_MAX;
      // "said in a speech on Sunday": the noun of the saying itself does not stop the search;
      // its date is the saying's.
      const bool saying_noun = trigger_word[j] && lx_.saying_nouns.count(std::string(words()[j].lower)) > 0;
      if ((trigger_word[j] && !saying_noun) || (boundary(j) && !quoted_date)) break;
    }
    for (std::size_t j = first; j-- > begin && j + 12 >= first;) {
      // "Russia, which brokered a ceasefire in 2020, criticized the deal", "Muizzu, who took
      // office in November, is on a state visit": the date of a relative clause before the
      // trigger is the clause's, not the trigger's
      if (words()[j].lower == ",") {
        std::size_t open = SIZE_MAX;
        for (std::size_t q = j; q-- > begin && q + 40 > j;) {
          if (words()[q].lower == ",") {
            if (q + 1 < j && lx_.relative.count(words()[q + 1].lower)) open = q;
            break;
          }
          if (words()[q].punct && words()[q].lower != "-" && words()[q].lower != "'s") break;
        }
        if (open != SIZE_MAX) {
          j = open;  // the loop goes on with the word before ", which"
          continue;
        }
      }
      std::size_t t = timex_at_[j];
      if (t != SIZE_MAX && usable(t)) return std::make_pair(t, t);
      if (trigger_word[j] || boundary(j)) break;
    }
    return std::nullopt;
  }

  When when_from(std::size_t t1, std::size_t t2) const {
    const Timex& a = tx_[t1];
    const Timex& b = tx_[t2];
    When w;
    w.text = std::string(seg_.text.substr(a.start, b.end - a.start));
    if (t1 == t2) {
      w.value = a.value;
      w.precision = a.precision;
      w.earliest = a.earliest;
      w.latest = a.latest;
    } else {
      // Either of two dates: the span of both, no single value.
      w.precision = Precision::unknown;
      if (a.earliest && b.earliest) w.earliest = std::min(*a.earliest, *b.earliest);
      if (a.latest && b.latest) w.latest = std::max(*a.latest, *b.latest);
    }
    bool has_year = false;
    for (char c : *w.text) has_year = has_year || (c >= '0' && c <= '9');
    w.basis = has_year && w.text->size() >= 4 && a.value.size() >= 4 && a.value[0] != 'X' ? DateBasis::explicit_date
                                                                                          : DateBasis::relative;
    return w;
  }

  // The day in a dateline: a day-precise temporal expression among the first words of the
  // document, before the agency's parenthesis ("BRUSSELS, December 2 (Xinhua) --").
  std::optional<Day> dateline_day() const {
    if (w_.sentence_begin.size() < 2) return std::nullopt;
    const std::size_t begin = w_.sentence_begin[0], end = std::min<std::size_t>(w_.sentence_end(0), begin + 8);
    std::size_t t = SIZE_MAX;
    for (std::size_t k = begin; k < end; ++k) {
      if (timex_at_[k] != SIZE_MAX) {
        t = timex_at_[k];
        continue;
      }
      if (t != SIZE_MAX) {
        if (words()[k].lower != "(" || tx_[t].precision != Precision::day || !tx_[t].earliest) return std::nullopt;
        return Day(*tx_[t].earliest);
      }
    }
    return std::nullopt;
  }

  // A temporal expression that is one weekday name and nothing else ("Monday").
  bool bare_weekday(std::size_t t) const {
    std::string w(seg_.text.substr(tx_[t].start, tx_[t].end - tx_[t].start));
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return lx_.weekdays.count(w) > 0;
  }

  // The one day an undated mention is put on (the publication day, or the story's day).
  static void set_day(Candidate& c, Day d, DateBasis basis) {
    c.when.earliest = c.when.latest = d;
    c.when.value = format_day(d);
    c.when.precision = Precision::day;
    c.when.basis = basis;
  }

  // "says", "say": a verb in the present tense (not a past form, not a participle).
  bool present_tense(std::size_t i) const {
    if (i >= words().size()) return false;
    const std::string& w = words()[i].lower;
    if (w.ends_with("ed") || w.ends_with("ing") || lx_.past_forms.count(w)) return false;
    // "were broken off", "was put on hold": an irregular participle after a past auxiliary
    if (i > 0 && lx_.participles.count(w) && (words()[i - 1].lower == "was" || words()[i - 1].lower == "were"))
      return false;
    for (std::size_t j = i; j-- > 0 && j + 3 > i;)
      if (words()[j].lower == "has" || words()[j].lower == "have" || words()[j].lower == "had") return false;
    return true;
  }

  // "days after Egypt recalled its ambassador": a clause opened by a word of background
  // (words.tsv) tells of something earlier than the news.
  bool background(std::size_t i) const {
    for (std::size_t j = i; j-- > 0 && j + 12 > i;) {
      const Word& w = words()[j];
      if (w.punct && w.lower != "'s" && w.lower != "-") return false;
      if (lx_.background.count(w.lower)) return true;
    }
    return false;
  }

  // "had condemned", "had already said": a past perfect.
  // The temporal expression that opens the sentence at `begin`, after prepositions only and
  // before a comma that comes before word `before` ("In early 1997, ...", "On Tuesday, ...").
  std::optional<std::size_t> opening_date(std::size_t begin, std::size_t before) const {
    std::size_t q = begin;
    while (q < before && timex_at_[q] == SIZE_MAX && is_preposition(words()[q].lower)) ++q;
    if (q >= before || timex_at_[q] == SIZE_MAX) return std::nullopt;
    const std::size_t t = timex_at_[q];
    if (tx_[t].type != TimexType::date && tx_[t].type != TimexType::time) return std::nullopt;
    while (q < before && timex_at_[q] == t) ++q;
    if (q >= before || words()[q].lower != ",") return std::nullopt;
    return t;
  }

  // The nearest word up to six words before `first` that `is_verb` accepts ("impose" in
  // "impose new sanctions", "received" in "received a formal complaint"), not past punctuation
  // or another trigger; SIZE_MAX when there is none.
  std::size_t verb_before(std::size_t first, std::size_t begin, const std::vector<bool>& trigger_word,
                          bool (*is_verb)(std::string_view)) const {
    for (std::size_t j = first; j-- > begin && j + 7 > first;) {
      if (words()[j].punct || trigger_word[j]) break;
      if (is_verb(words()[j].lower)) return j;
    }
    return SIZE_MAX;
  }

  // A verb trigger told in a past form ("had been convicted", "was closed"), not a bare form
  // whose modality cues are read later ("called on all states to cooperate").
  bool told_done(const Candidate& c) const {
    if (c.pos != 'v') return false;
    const std::string& w = words()[c.first].lower;
    return w.ends_with("ed") || lx_.past_forms.count(w) > 0 || lx_.participles.count(w) > 0;
  }

  bool perfect(std::size_t i) const {
    for (std::size_t j = i; j-- > 0 && j + 3 > i;) {
      if (words()[j].punct) return false;
      if (words()[j].lower == "had" || words()[j].lower == "'d") return true;
    }
    return false;
  }

  void infer_when(Candidate& c) {
    if (c.dated || !dct_) return;
    c.when.basis = DateBasis::inferred;
    // A saying or a deed a wire story reports without a date of its own ("X condemned the
    // bombings", "a spokesman says", "the FBI dispatched agents") is the news of the day: it
    // happened on the story's day (see run()). Not so a past perfect ("had said"), which is
    // earlier, nor a noun ("the bombings"), which may name anything told before.
    if (c.modality == Modality::occurred && (c.cls == TriggerClass::speech || c.pos != 'n') && !perfect(c.first) &&
        !background(c.first)) {
      set_day(c, *dct_, DateBasis::publication);
      c.news_day = true;
      return;
    }
    switch (c.modality) {
      case Modality::occurred:
      case Modality::alleged:
      case Modality::negated:
        c.when.latest = dct_;
        break;
      case Modality::expected:
      case Modality::proposed:
        c.when.earliest = dct_;
        break;
      case Modality::hypothetical:
        c.when.basis = DateBasis::unknown;
        break;
    }
  }

  // The reporting verbs of a sentence, with their speakers and the words they report.
  std::vector<Report> reports(std::size_t begin, std::size_t end) const {
    std::vector<Report> out;
    // The sentence's first quotation mark, found once: asking for each reporting verb whether a
    // quote comes before it would rescan the sentence per verb (quadratic on nested quotes).
    std::size_t first_quote = end;
    for (std::size_t j = begin; j < end; ++j)
      if (words()[j].quote) {
        first_quote = j;
        break;
      }
    for (std::size_t i = begin; i < end; ++i) {
      const Word& w = words()[i];
      if (w.punct || !reporting_word(i)) continue;
      if (i > begin && is_determiner(words()[i - 1].lower)) continue;
      // "Secretary of State Madeleine Albright": a word of a name or title reports nothing.
      if (actor_at_[i] != SIZE_MAX || (i > begin && is_preposition(words()[i - 1].lower))) continue;
      // "tomorrow or, say, on Monday": a parenthetical "say" reports nothing.
      if (i > begin && i + 1 < end && words()[i + 1].lower == "," &&
          (words()[i - 1].lower == "," || words()[i - 1].lower == "or"))
        continue;
      Report r;
      r.verb = i;
      // Speaker: just before the verb ("Psaki on Thursday said"), just after ("said Putin"),
      // else the subject of the sentence.
      for (std::size_t j = i; j-- > begin && j + 5 > i;) {
        if (words()[j].punct && !words()[j].quote && words()[j].lower != ",") break;
        if (actor_at_[j] != SIZE_MAX) {
          // "The Iraqi ambassador to Greece said": an envoy speaks for the state named before
          // the role (data/events/words.tsv `envoy`), not for the host after "to".
          std::size_t first = j;
          while (first > begin && actor_at_[first - 1] == actor_at_[j]) --first;
          if (const std::size_t st = envoy_state(first, begin); st != SIZE_MAX) j = st;
          r.speaker = who(actor_at_[j]);
          break;
        }
        if (words()[j].lower == "he" || words()[j].lower == "she") {
          r.speaker = person_before(j);
          break;
        }
        if (words()[j].quote || words()[j].lower == "," || words()[j].lower == "and") break;
      }
      if (!r.speaker && i + 1 < end) {
        // ("told Hungarian radio": the one told is no speaker)
        if (actor_at_[i + 1] != SIZE_MAX && !lx_.addressee.count(w.lower)) r.speaker = who(actor_at_[i + 1]);
        // "..., said he." inverts the speaker; "said he would" opens the reported clause, whose
        // subject is someone the speaker talks about.
        else if ((words()[i + 1].lower == "he" || words()[i + 1].lower == "she") &&
                 (i + 2 >= end || words()[i + 2].punct))
          r.speaker = person_before(i + 1);
        // '..." said the U.S. Deputy Ambassador Peter Burleigh.': after a quotation or comma, a
        // determiner and a name that closes the clause is the speaker; "said the United States
        // would" (the name goes on into a verb) opens the reported clause instead.
        else if (i > begin && (words()[i - 1].lower == "," || words()[i - 1].quote) &&
                 is_determiner(words()[i + 1].lower)) {
          std::size_t last = SIZE_MAX, j = i + 2;
          for (; j < end && j < i + 10 && !words()[j].punct; ++j)
            if (actor_at_[j] != SIZE_MAX) last = j;
          if (last != SIZE_MAX && last + 1 == j && (j >= end || words()[j].punct))
            r.speaker = who(actor_at_[last]);
        }
      }
      // "..., witnesses said", "..., a local TV said": words between a comma and the verb are
      // the speaker, one the gazetteer does not know; the sentence's subject is not.
      // Not a predicate joined to the sentence's ("..., hailed the ruling and said").
      bool unknown_speaker = false;
      for (std::size_t j = i; j-- > begin && j + 7 > i;) {
        const std::string& l = words()[j].lower;
        if (l == "and" || l == "but" || past_verb(j)) break;
        if (l == "," || words()[j].quote) {
          unknown_speaker = j + 1 < i;
          break;
        }
      }
      if (!r.speaker && !unknown_speaker) {
        for (std::size_t j = reach_floor(i, begin); j < i && !r.speaker; ++j) {
          std::size_t m = actor_at_[j];
          if (m == SIZE_MAX) continue;
          std::size_t first = j;
          while (first > begin && actor_at_[first - 1] == m) --first;
          if (first > begin && is_preposition(words()[first - 1].lower)) continue;
          if (words()[j].quote) break;
          r.speaker = who(m);
        }
      }
      // What is reported: a quotation before the verb ("“...,” Putin said"), else the rest.
      const bool quoted_before = first_quote < i;
      if (quoted_before && words()[begin].quote) {
        r.content_begin = begin;
        r.content_end = i;
      } else {
        r.content_begin = i + 1;
        r.content_end = end;
      }
      // "Suggesting Biden was hypocritical, Putin said ...": a participle reports for the
      // subject of the main clause, not for the name after it.
      if (w.lower.ends_with("ing")) r.speaker.reset();
      out.push_back(std::move(r));
    }
    for (std::size_t k = out.size(); k-- > 0;)
      if (!out[k].speaker && words()[out[k].verb].lower.ends_with("ing") && k + 1 < out.size())
        out[k].speaker = out[k + 1].speaker;
    return out;
  }

  // "did not rule out further sanctions", "refused to rule out a strike": the negated rejection
  // tells of no rejection and no refusal but of an act left open: the act right after it is a
  // hypothesis of the rejection's subject (cues.tsv makes it one where no rejection was read).
  // Without this, the text gave a negated 120 (or an occurred refusal) where the writer
  // commits to neither, and the act left open had no doer (round 22).
  void drop_left_open(std::vector<Candidate>& local) const {
    std::vector<bool> drop(local.size(), false);
    for (std::size_t i = 0; i < local.size(); ++i) {
      const Candidate& c = local[i];
      if (!lx_.left_open.count(c.phrase) || c.modality != Modality::negated) continue;
      drop[i] = true;
      // the refusal the rejection is the infinitive of: "refused to rule out"
      for (std::size_t k = 0; k < local.size(); ++k)
        if (k != i && local[k].last + 2 == c.first && words()[c.first - 1].lower == "to") drop[k] = true;
      // the act left open, right after it ("did not rule out further sanctions"), is the
      // subject's hypothesis: "further sanctions" names no doer of its own
      for (std::size_t k = i + 1; k < local.size(); ++k) {
        Candidate& open = local[k];
        if (open.first <= c.last || open.first > c.last + 4) continue;
        open.modality = Modality::hypothetical;
        if (!open.source && open.participants.empty() && c.source &&
            !(open.target && open.target->name == c.source->name))
          open.source = c.source;
        break;
      }
    }
    erase_flagged(local, drop);
  }

  void sentence(std::uint32_t s) {
    const std::size_t begin = w_.sentence_begin[s], end = w_.sentence_end(s);
    const auto reps = reports(begin, end);
    // Only the reports whose verb is within kReach words of k are looked at (reps are in verb
    // order), so a sentence of thousands of reports stays linear.
    auto reporter_of = [&](std::size_t k) -> std::size_t {
      std::size_t best = SIZE_MAX;
      auto by_verb = [](const Report& r, std::size_t v) { return r.verb < v; };
      const auto lo = std::lower_bound(reps.begin(), reps.end(), reach_floor(k, begin), by_verb) - reps.begin();
      const auto hi = std::lower_bound(reps.begin(), reps.end(), k + kReach, by_verb) - reps.begin();
      for (auto r = static_cast<std::size_t>(lo); r < static_cast<std::size_t>(hi); ++r)
        if (reps[r].content_begin <= k && k < reps[r].content_end &&
            (best == SIZE_MAX || reps[r].content_begin >= reps[best].content_begin))
          best = r;
      return best;
    };

    // Triggers, longest match first, not overlapping.
    std::vector<detail::TriggerMatch> found;
    // One flag a word of the document, allocated once and cleared per sentence (a fresh vector
    // a sentence would make an article of many short sentences quadratic).
    if (trigger_word_.size() != words().size()) trigger_word_.assign(words().size(), false);
    std::fill(trigger_word_.begin() + static_cast<std::ptrdiff_t>(begin),
              trigger_word_.begin() + static_cast<std::ptrdiff_t>(end), false);
    std::vector<bool>& trigger_word = trigger_word_;
    for (std::size_t i = begin; i < end;) {
      if (words()[i].punct || !(classes_[i] & detail::kTriggerStart)) {  // most words
        ++i;
        continue;
      }
      // A one-word verb after a determiner is a noun ("the strike", "Putin's request", "the
      // blast"): only noun and phrase entries are read there.
      // So is a bare verb form after a determiner and one word ("the embassy blast", "a ground
      // assault": a verb there would have to agree, "blasts", or be past, "blasted"), and an
      // "-ing" form after "to" ("paid tribute to bombing victims": "to" + verb is "to bomb") or
      // "against" ("warned against interfering" tells of no interference, "protested against
      // bombing" reads the noun).
      const std::string& here = words()[i].lower;
      const bool bare = !(here.ends_with("ed") || here.ends_with("ing") || here.ends_with("s"));
      const bool det_word = i > begin + 1 && bare && is_determiner(words()[i - 2].lower) && !words()[i - 1].punct;
      // ... and so they are after an opening quotation mark ('condemned the "attack"', 'the
      // "unprovoked attack"')
      const bool det_quote = (i > begin + 1 && words()[i - 1].quote && is_determiner(words()[i - 2].lower)) ||
                             (i > begin + 2 && bare && words()[i - 2].quote && is_determiner(words()[i - 3].lower) &&
                              !words()[i - 1].punct);
      // So is one after a compound of a figure ("a 10-hour tour of three sites": the tokens
      // are "10" "-" "hour", and a verb after them would have to agree or be past).
      const bool after_compound = i > begin + 2 && bare && !words()[i - 1].punct && words()[i - 2].lower == "-" &&
                                  words()[i - 2].end == words()[i - 1].start;
      const bool to_ing = i > begin && (words()[i - 1].lower == "to" || words()[i - 1].lower == "against") &&
                          here.ends_with("ing");
      // A bare form after "by" is a noun too ("talked by phone", "taken by force"): a verb
      // there would be "by phoning".
      const bool by_bare = i > begin && bare && words()[i - 1].lower == "by";
      // An "-ed" form between a preposition and a name is an adjective: "Americans in occupied
      // Kuwait" tells of no occupation by anyone there.
      // So is one before a plain word ("attacks on alleged terrorist sites").
      const bool pp_adjective = i > begin && i + 1 < end && here.ends_with("ed") &&
                                is_preposition(words()[i - 1].lower) &&
                                (actor_at_[i + 1] != SIZE_MAX ||
                                 (!words()[i + 1].punct && !is_preposition(words()[i + 1].lower) &&
                                  !is_determiner(words()[i + 1].lower) && words()[i + 1].lower != "that"));
      const bool after_det = (i > begin && is_determiner(words()[i - 1].lower)) || det_word || det_quote ||
                             after_compound || to_ing || by_bare || pp_adjective;
      // A bare form after any other preposition is a noun in every reading, phrases included
      // ("warned against travel to Kenya" tells of no journey; a verb there would be "-ing").
      const bool prep_bare = i > begin && bare && words()[i - 1].lower != "to" && is_preposition(words()[i - 1].lower);
      auto m = detail::match_trigger(words(), i, end, after_det, prep_bare);
      // "its ambassador was recalled": the verb-object entry read backwards wins over a
      // one-word reading of the participle, and over its object read as a noun event
      // ("talks ... were suspended" is one event, not talks and a suspension)
      // (Not when the object is a verb's own, read before: "the hall where they held talks
      // collapsed".)
      auto p = detail::match_passive(words(), begin, i);
      if (p && p->object != SIZE_MAX && !found.empty() && found.back().first <= p->object &&
          p->object <= found.back().last && lx_.entries[found.back().entry].pos == 'v')
        p.reset();
      if (p && (!m || lx_.entries[m->entry].forms.size() < lx_.entries[p->entry].forms.size())) {
        m = p;
        const auto& forms = lx_.entries[p->entry].forms;
        auto object = [&](const std::string& w) {
          return std::any_of(forms.begin() + 1, forms.end(), [&](const auto& f) { return f.count(w) > 0; });
        };
        if (!found.empty() && found.back().last < i && found.back().last + 11 > i &&
            lx_.entries[found.back().entry].pos == 'n' && object(words()[found.back().last].lower)) {
          for (std::size_t k = found.back().first; k <= found.back().last; ++k) trigger_word[k] = false;
          found.pop_back();
        }
      }
      // A noun entry right after "to" is a verb ("to attack") and still an event. Actor names
      // are never triggers. A name-calling word is one only as a predicate ("was a killer",
      // not "terrorist attacks").
      if (m && actor_at_[i] == SIZE_MAX &&
          (lx_.entries[m->entry].pos != 'a' || (predicative(i, begin) && !modifier(i, m->last, begin, end))) &&
          !other_sense(*m, end) && !without_person_object(*m, end)) {
        found.push_back(*m);
        for (std::size_t k = m->first; k <= m->last; ++k) trigger_word[k] = true;
        i = m->last + 1;
        continue;
      }
      ++i;
    }

    // "election interference and hacking": nouns joined by "and" name one event. (Compacted
    // in place: erasing one by one would be quadratic in a sentence of many such pairs.)
    std::size_t kept = 0;
    bool last_joined = false;  // a joined pair does not take a third noun
    for (std::size_t k = 0; k < found.size(); ++k) {
      const detail::TriggerMatch* a = kept > 0 && !last_joined ? &found[kept - 1] : nullptr;
      const detail::TriggerMatch& b = found[k];
      if (a && lx_.entries[a->entry].pos == 'n' && lx_.entries[b.entry].pos == 'n' && b.first == a->last + 2 &&
          words()[a->last + 1].lower == "and") {
        found[kept - 1].last = b.last;
        last_joined = true;
      } else {
        found[kept++] = b;
        last_joined = false;
      }
    }
    found.resize(kept);
    std::vector<Candidate> local;
    for (const auto& m : found) {
      const LexEntry& e = lx_.entries[m.entry];
      if (e.pos == 'v' && generic_act(m.first, begin)) continue;
      // "would discuss the attack", "to debate sanctions": a noun right after a topic verb (and
      // its determiner) is a topic, not an act told (data/events/words.tsv `topic`).
      if (e.pos == 'n') {
        std::size_t v = m.first;
        if (v > begin && is_determiner(words()[v - 1].lower)) --v;
        if (v > begin && lx_.topic.count(words()[v - 1].lower)) continue;
      }
      // "recalled its ambassador on Friday for consultations": a noun after "for" that tells why
      // the act before it was done (data/events/words.tsv `purpose`) is no act of its own,
      // unless its counterpart follows ("left for consultations with the governments of Syria").
      if (e.pos == 'n' && m.first == m.last && m.first > begin && words()[m.first - 1].lower == "for" &&
          lx_.purpose.count(words()[m.first].lower) && (m.last + 1 >= end || words()[m.last + 1].lower != "with"))
        continue;
      Candidate c;
      c.cameo = e.cameo;
      c.label = e.label;
      c.phrase = e.phrase;
      c.pos = e.pos;
      c.cls = e.cls;
      c.first = m.first;
      c.last = m.last;
      c.sentence = s;
      // "The ratification process of NATO enlargement concluded on Wednesday": an event noun
      // whose course a verb of data/events/words.tsv (`aspect`) tells a few words on
      // as a finite verb with no object ("concluded on Wednesday", "began in February"; not
      // "to start a war", "ending the crisis", "at the end")
      if (e.pos == 'n')
        for (std::size_t j = m.last + 1; j < end && j <= m.last + 5; ++j) {
          const std::string& w = words()[j].lower;
          if (words()[j].punct || trigger_word[j] || w == "to" || lx_.relative.count(w) || w == "that") break;
          if (!lx_.aspect.count(w) || is_determiner(words()[j - 1].lower)) continue;
          const bool object = j + 1 < end && !words()[j + 1].punct && timex_at_[j + 1] == SIZE_MAX &&
                              !is_preposition(words()[j + 1].lower) && !words()[j + 1].lower.ends_with("ly");
          if (!object) c.aspect_verb = j;
          break;
        }
      c.reporter = reporter_of(m.first);
      c.present = present_tense(c.reporter != SIZE_MAX ? reps[c.reporter].verb : (e.pos == 'v' ? m.first : SIZE_MAX));
      std::optional<Who> speaker = c.reporter != SIZE_MAX ? reps[c.reporter].speaker : std::nullopt;
      const std::size_t clause_begin = c.reporter != SIZE_MAX ? reps[c.reporter].content_begin : begin;
      const std::size_t clause_end = c.reporter != SIZE_MAX ? reps[c.reporter].content_end : end;

      // A visit's place is whom it is paid to ("arrived in Washington"), and force used in a
      // city is used against it; other acts only take place there ("signed in Beijing").
      const bool place_target = e.cameo && (e.cameo->starts_with("042") || *e.cameo >= "17");
      // The verb whose object the trigger noun is, when it bears on the event ("received").
      std::size_t governing_verb = SIZE_MAX;
      // Actors.
      // "Russia's embassy called the expulsions unacceptable": the subject of a verb of calling
      // gives the name; the one named is its object when that is an actor.
      const std::size_t calling = e.pos == 'a' ? calling_before(m.first, begin) : SIZE_MAX;
      if (e.pos == 'a' && calling != SIZE_MAX && !speaker) {
        if (auto l = actor_left(calling, begin, std::nullopt)) c.source = l->first;
        for (std::size_t j = calling + 1; j < m.first; ++j)
          if (actor_at_[j] != SIZE_MAX) {
            c.target = who(actor_at_[j]);
            break;
          }
      } else if (e.pos == 'a') {
        // "X said he thought Y was a killer": the speaker denounces the one so called.
        auto left = actor_left(m.first, begin, speaker, false);
        if (!speaker) {
          if (left) {
            c.target = left->first;
            if (auto src = actor_left(left->second, begin, std::nullopt)) c.source = src->first;
          }
        } else {
          c.source = speaker;
          std::optional<Who> tgt;
          for (std::size_t j = m.first; j-- > clause_begin;) {
            std::size_t a = actor_at_[j];
            if (a != SIZE_MAX && who(a).name != speaker->name) {
              tgt = who(a);
              break;
            }
            if (words()[j].lower == "he" || words()[j].lower == "she") {
              // The one called so is another person than the speaker.
              tgt = person_before(j, speaker);
              if (tgt) break;
            }
          }
          c.target = tgt;
        }
      } else if (e.cls == TriggerClass::warn) {
        c.source = speaker;
        if (auto l = actor_left(m.first, clause_begin, speaker)) c.target = l->first;
        if (c.target && c.source && c.target->name == c.source->name) c.target = person_before(m.first, c.source);
      } else if (e.pos == 'n') {
        // Source: "U.S. sanctions", "Russian meddling", "Biden's interview"; a possessive may
        // stand further off ("Pyongyang's two intercontinental ballistic missile tests"), a
        // bare name not ("backing out of Kuwait or launching new attacks").
        for (std::size_t j = m.first; j-- > begin && j + 6 > m.first;) {
          if (words()[j].punct && words()[j].lower != "'s" && words()[j].lower != "-") break;
          // ("Abbas condemned the veto": a name before another trigger is that one's subject)
          if (trigger_word[j]) break;
          if (actor_at_[j] != SIZE_MAX && j + 4 <= m.first &&
              !(j + 1 < m.first && (words()[j + 1].lower == "'s" || words()[j + 1].lower == "'")))
            break;
          if (actor_at_[j] != SIZE_MAX) {
            c.source = who(actor_at_[j]);
            break;
          }
          if (is_preposition(words()[j].lower)) break;
          // ("Kuwait and its military buildup", "a former IRA prisoner who leads protests": the
          // noun phrase begins at its own determiner or after a relative word)
          if ((is_determiner(words()[j].lower) && words()[j].lower != "'s") || lx_.relative.count(words()[j].lower))
            break;
        }
        // "by X" after the noun; "on/against/with/in/to X" names the target.
        for (std::size_t j = m.last + 1; j < end && j <= m.last + 6; ++j) {
          if (boundary(j) || (words()[j].punct && words()[j].lower != "'s")) break;
          if (trigger_word[j]) break;
          // "drawing condemnation from Washington": a specific saying named by a noun comes from
          // the one after "from" (a plain "interview from Jordan" is only given there).
          if (words()[j].lower == "by" ||
              (words()[j].lower == "from" && e.cls == TriggerClass::speech && e.cameo && *e.cameo != "010")) {
            if (auto a = actor_right(j + 1, end, 3)) c.source = a;
            continue;
          }
          // "the bombings of the U.S. embassies in Kenya": what an act is done to follows "of";
          // the place after it is not the target.
          if (words()[j].lower == "of" && e.cls == TriggerClass::act) {
            if (auto a = actor_right(j + 1, end, 3)) {
              if (!c.source || a->name != c.source->name) c.target = a;
              break;
            }
            continue;
          }
          // ("the blast outside the Israeli embassy": force used at a place hits what is there)
          const bool at_place = place_target && (words()[j].lower == "outside" || words()[j].lower == "near" ||
                                                 words()[j].lower == "inside");
          if ((is_preposition(words()[j].lower) || at_place) && words()[j].lower != "of") {
            // ("guarantees in Moscow": a capital after "in" or "at" is where, unless the act is a
            // visit's or force's, which a place undergoes. A meeting keeps its venue as a target:
            // "talks in London" next week and a meeting on Monday are told apart by it.)
            const bool places = place_target || e.cls == TriggerClass::meet ||
                                (words()[j].lower != "in" && words()[j].lower != "at");
            if (auto a = actor_right(j + 1, end, 5, places)) {
              if (!c.source || a->name != c.source->name) c.target = a;
            }
            break;
          }
        }
        if (!c.source && e.cls == TriggerClass::act)
          if (auto d = doer_after_object(m.last, end); d && !(c.target && c.target->name == d->name)) c.source = d;
        // "Britain has not received any formal complaint from Iran": the subject of a
        // receiving verb undergoes the event its object names, and "from X" did it.
        if (const std::size_t j = verb_before(m.first, clause_begin, trigger_word, detail::is_receiver_verb);
            j != SIZE_MAX) {
          governing_verb = j;
          std::optional<Who> from;
          for (std::size_t k = m.last + 1; k < end && k <= m.last + 6; ++k) {
            if (boundary(k) || (words()[k].punct && words()[k].lower != "'s") || trigger_word[k]) break;
            if (words()[k].lower == "from") {
              from = actor_right(k + 1, end, 5);
              break;
            }
          }
          c.source = from;
          c.target.reset();
          if (auto l = actor_left(j, clause_begin, speaker); l && (!from || l->first.name != from->name))
            c.target = l->first;
        }
        // "the IRA was behind two killings": the subject is the doer; "Saddam was the target of an
        // assassination attempt": the subject undergoes it.
        for (std::size_t j = m.first; j-- > clause_begin && j + 6 > m.first;) {
          if (words()[j].punct || trigger_word[j]) break;
          const bool behind = words()[j].lower == "behind";
          const bool target_of = words()[j].lower == "of" && j > clause_begin && words()[j - 1].lower == "target";
          if (!behind && !target_of) continue;
          std::size_t be = behind ? j : j - 1;
          while (be > clause_begin && be + 4 > j && !is_be(words()[be - 1].lower)) --be;
          // The subject must end right before the verb ("the IRA was"), not be found further back.
          if (be > clause_begin + 1 && is_be(words()[be - 1].lower) && actor_at_[be - 2] != SIZE_MAX) {
            if (auto l = actor_left(be - 1, clause_begin, speaker)) {
              if (behind) c.source = l->first;
              else c.target = l->first;
            }
          }
          break;
        }
        // "Russia is preparing to be hit by ... sanctions": the subject undergoes them. The noun
        // may sit in a quantity phrase ("by a new round of U.S. sanctions"); punctuation ends
        // the search.
        std::size_t by = SIZE_MAX;
        for (std::size_t j = m.first; j-- > begin && j + 8 > m.first && by == SIZE_MAX;) {
          if (words()[j].punct) break;
          if (words()[j].lower == "by") by = j;
        }
        if (governing_verb != SIZE_MAX) {
          // done above
        } else if (by != SIZE_MAX && by > clause_begin) {
          if (auto l = actor_left(by, clause_begin, speaker)) {
            if (!c.source || l->first.name != c.source->name) c.target = l->first;
          }
        } else if (!c.source && e.cls != TriggerClass::act) {
          // "Abbas condemned the veto", "Kyiv rejected the proposal": a subject before another
          // trigger whose object the noun is belongs to that trigger; the noun names an act told
          // elsewhere ("discussed it in a phone call" still takes the subject).
          auto l = actor_left(m.first, clause_begin, speaker);
          bool object = false;
          for (std::size_t j = m.first; l && j-- > l->second && j + 5 > m.first;) {
            if (trigger_word[j]) {
              object = true;
              break;
            }
            const std::string& w = words()[j].lower;
            if (is_preposition(w) || words()[j].punct || w == "and" || w == "or" || w == "but") break;
          }
          if (l && !object) c.source = l->first;
        } else if (!c.source) {
          // "the EU is expected to adopt a new package of sanctions": the subject of a support
          // verb a few words before the noun is its source.
          // ("India condemned the bombing and carried out air strikes": a support verb after
          // "and" shares the subject of the event verb before it)
          if (const std::size_t j = verb_before(m.first, clause_begin, trigger_word, detail::is_support_verb); j != SIZE_MAX) {
            if (j > clause_begin && words()[j - 1].lower == "and" && !local.empty() && local.back().pos == 'v' &&
                local.back().source && local.back().last < j)
              c.source = local.back().source;
            else if (auto l = actor_left(j, clause_begin, speaker); l && (!c.target || l->first.name != c.target->name))
              c.source = l->first;
          }
        }
      } else {
        auto l = actor_left(m.first, clause_begin, speaker);
        // "Japan condemned the bombing and sent rescue teams": a verb conjoined to the one
        // before it shares its subject.
        std::size_t before = m.first;
        while (before > clause_begin && (words()[before - 1].lower == "also" || words()[before - 1].lower == "has" ||
                                         words()[before - 1].lower == "have"))
          --before;
        // (a verb inside a quotation that has closed before this one is no link of the chain:
        // 'condemned the "unprovoked and unjustified attack" and promised')
        // (bounded: a verb further back than kQuoteReach words is no link of a chain, and at most
        // kQuoteLooks quoted verbs are passed over, so a sentence of many quotes stays linear)
        auto closed_quote = [&](std::size_t from) {
          if (from + kQuoteReach < m.first) return false;
          std::size_t marks = 0;
          for (std::size_t j = from; j < m.first; ++j) marks += words()[j].quote ? 1 : 0;
          return marks % 2 == 1;
        };
        const Candidate* prev = nullptr;
        std::size_t looks = 0;
        for (auto it = local.rbegin(); it != local.rend() && !prev; ++it)
          if (it->pos == 'v' && it->cls != TriggerClass::warn && (looks++ >= kQuoteLooks || !closed_quote(it->first)))
            prev = &*it;
        // ("expelled an attache, accusing him ..., and imposed": an actor in the predicate of an
        // earlier verb of the chain is that verb's object, so the chain's subject is its subject)
        const Candidate* chain = prev;
        if (l && prev && l->second <= prev->first)
          for (auto it = local.rbegin(); it != local.rend(); ++it)
            if (it->pos == 'v' && it->cls != TriggerClass::warn && it->source && it->first < l->second) {
              chain = &*it;
              break;
            }
        // ("agreed to impose sanctions after Minsk forced a plane to land and arrested a
        // journalist": an actor that opens a clause of its own after a signal or a relative
        // word is the subject of the verbs there, not the chain's object)
        auto opens_clause = [&](std::size_t from, std::size_t to) {
          for (std::size_t j = from; j < to; ++j)
            if (signal_word(j) || lx_.relative.count(words()[j].lower)) return true;
          return false;
        };
        if (before > clause_begin && words()[before - 1].lower == "and" && chain && chain->source &&
            (!l || (l->second > chain->first && !opens_clause(chain->last + 1, l->second))))
          l = std::make_pair(*chain->source, before - 1);
        // "Psaki said Biden had no regrets about calling Putin a killer and swatted away a
        // question": with no verb event before the "and" in the reported words, the verb is
        // conjoined with the saying and shares its speaker, not the name just before it.
        else if (before > clause_begin && words()[before - 1].lower == "and" && !prev && c.reporter != SIZE_MAX &&
                 speaker && reps[c.reporter].verb < m.first && words()[m.first].lower.ends_with("ed"))
          l = std::make_pair(*speaker, before - 1);
        // "Lithuania expelled three diplomats, accusing Minsk of ...": a participle opening a
        // clause after a comma tells what the subject of the verb before it did, not what the
        // object of that verb did.
        // ("and Egypt, accusing Baghdad, recalled": a subject after a conjunction is its own)
        auto own_subject = [&](std::size_t from, std::size_t to) {
          for (std::size_t j = from; j < to; ++j)
            if (words()[j].lower == "and" || words()[j].lower == "but" || words()[j].lower == "while") return true;
          return false;
        };
        if (before > clause_begin && words()[before - 1].lower == "," && words()[m.first].lower.ends_with("ing") &&
            prev && prev->source && (!l || (l->second > prev->first && !own_subject(prev->last + 1, l->second))))
          l = std::make_pair(*prev->source, before - 1);
        // "China and Russia backed the measure but called on Washington": "but" ends the
        // search for a subject; with no event verb before it, a subject that opens the clause
        // is the subject of both verbs.
        if (!l && !prev && before > clause_begin + 1 && words()[before - 1].lower == "but")
          if (auto first = actor_left(before - 1, clause_begin, speaker); first && first->second <= clause_begin + 4)
            l = first;
        // "Ecuadorean police entered the Mexican embassy and arrested Glas": with no event verb
        // before the "and", an actor after a past-tense verb that follows the clause's opening
        // subject is that verb's object; the opening subject does both. (A clause opened by a
        // signal or a relative word, "after police entered ...", opens there.)
        std::size_t opening = clause_begin;
        if (l)
          for (std::size_t k = clause_begin; k < l->second; ++k)
            if (signal_word(k) || lx_.relative.count(words()[k].lower)) opening = k + 1;
        if (l && (!prev || prev->last < opening) && before > opening + 1 && words()[before - 1].lower == "and" &&
            past_verb(m.first))
          if (auto first = actor_left(l->second, opening, speaker); first && first->second <= opening + 4) {
            std::size_t j = first->second;
            while (j < l->second && actor_at_[j] == actor_at_[first->second]) ++j;
            bool verb_between = false;
            for (std::size_t k = j; k < l->second && !verb_between; ++k)
              verb_between = !words()[k].cap && past_verb(k) && !lx_.relative.count(words()[k - 1].lower);
            if (verb_between && j < l->second && !words()[j].punct) l = first;
          }
        if (l) c.source = l->first;
        else if (e.cls != TriggerClass::act && speaker) c.source = speaker;
        // "he and U.S. President Joe Biden should hold talks": both take part.
        if (l && e.cls == TriggerClass::meet && l->second > clause_begin && words()[l->second - 1].lower == "and") {
          if (auto other = actor_left(l->second - 1, clause_begin, speaker); other && other->first.name != l->first.name)
            c.participants = {other->first, l->first};
        }
        c.target = actor_right(m.first + 1, end, 8, place_target, m.last);
        // "discussed the Iraq crisis with Tony Blair": a meeting's counterpart is the one it is
        // held with, not what it is about.
        if (e.cls == TriggerClass::meet) {
          for (std::size_t j = m.last + 1; j < end && j <= m.last + 12; ++j) {
            if (boundary(j) || (words()[j].punct && words()[j].lower != "-" && words()[j].lower != "'s")) break;
            if (words()[j].lower != "with") continue;
            if (auto with = actor_right(j + 1, end, 10)) c.target = with;
            break;
          }
        }
        // "welcoming him": an object pronoun is the last other person named.
        if (!c.target && m.last + 1 < end && (words()[m.last + 1].lower == "him" || words()[m.last + 1].lower == "her"))
          c.target = person_before(m.first, c.source);
        if (c.target && c.source && c.target->name == c.source->name) c.target.reset();
        // Passive: "was boarded by Israeli commandos", "were imposed on Russia by the EU".
        std::size_t be = m.first > begin ? m.first - 1 : m.first;
        if (be > begin && detail::inner_adverb(words()[be].lower)) --be;
        bool passive = be < m.first && is_be(words()[be].lower) &&
                       (words()[m.first].lower.ends_with("ed") || lx_.participles.count(words()[m.first].lower));
        std::optional<Who> by;
        for (std::size_t j = m.last + 1; j < end && j <= m.last + 6; ++j) {
          if (boundary(j) || trigger_word[j] || (words()[j].punct && words()[j].lower != "'s")) break;
          if (words()[j].lower != "by") continue;
          by = actor_right(j + 1, end, 3);
          break;
        }
        if (by && (passive || (m.last + 1 < end && words()[m.last + 1].lower == "by"))) {
          // the one it was done to: a target named before "by", else the subject
          if (!c.target || c.target->name == by->name) c.target = c.source;
          c.source = by;
          // "Russia and Ukraine swapped prisoners in a deal brokered by Turkey": the subject's
          // participants are not those of the act done by the one after "by".
          c.participants.clear();
          passive = false;
        }
        if (passive) {
          // Without "by", the one who did it is unsaid: the subject undergoes it ("another man
          // has been arrested in connection with the bombings of U.S. embassies": the U.S. did
          // not arrest), and an actor after the verb counts only right after "on", "against"
          // (undergoes: "sanctions were imposed on Russia") or "from" (did it: "a diplomat was
          // expelled from Israel").
          const std::string& next = m.last + 1 < end ? static_cast<const std::string&>(words()[m.last + 1].lower) : std::string();
          const std::optional<Who> subject = c.source, after = c.target;
          std::size_t pp = m.last + 2;
          if (pp + 1 < end && is_determiner(words()[pp].lower)) ++pp;
          const bool adjacent = after && pp < end && actor_at_[pp] != SIZE_MAX;
          c.source.reset();
          c.target = subject;
          if (adjacent && (next == "on" || next == "against" || next == "upon")) c.target = after;
          if (adjacent && next == "from") c.source = after;
          // "sanctions on Iran were lifted": the object's own "on" or "against" names the one
          // the act is done to
          if (!c.target && m.object != SIZE_MAX && m.object + 2 < m.first &&
              (words()[m.object + 1].lower == "on" || words()[m.object + 1].lower == "against"))
            c.target = actor_right(m.object + 2, m.first, 2);
          // "its ambassador was recalled from Tel Aviv", "the Cuban flag was raised": the object
          // is its doer's own, so its state did it (to the one after "from")
          if (lx_.own_object.count(e.phrase) && subject && subject->country) {
            c.source = subject;
            c.target.reset();
            if (adjacent && next == "from") c.target = after;
            // "the Palestinian ambassador to the UAE was recalled": the post's state (round 19)
            if (!c.target && m.object != SIZE_MAX && m.object + 2 < m.first &&
                (words()[m.object + 1].lower == "to" || words()[m.object + 1].lower == "in"))
              c.target = actor_right(m.object + 2, m.first, 3, true);
          }
          // "was asked to leave Turkey": the state to be left is the one that expels
          if (!c.source && lx_.left_place.count(words()[m.last].lower) && m.last + 1 < end) {
            std::size_t k = m.last + 1;
            if (k + 1 < end && is_determiner(words()[k].lower)) ++k;
            if (actor_at_[k] != SIZE_MAX) c.source = actor_right(k, end, 1);
          }
          // "was summoned to the Polish foreign ministry": the ministry's state summoned
          if (adjacent && next == "to" && lx_.summoned_to.count(e.phrase)) c.source = after;
          // "were handed over to the United States": the receiver is the other side (round 19)
          if (next == "to" && detail::given_to(e.phrase)) {
            if (auto receiver = actor_right(m.last + 2, end, 3)) c.target = receiver;
          }
        }
      }
      if (c.source && c.target && c.source->country && c.source->country == c.target->country) c.target.reset();
      // Round 18: "Kenyan diplomats had been given seven days to leave": an order to leave (174)
      // given to envoys is their expulsion, told as such ("expels Kenyan diplomats", not "gives
      // diplomats leave Kenyan diplomats").
      if (c.cameo && (*c.cameo == "174" || *c.cameo == "166") && c.target && e.phrase.starts_with("give ")) {
        const std::string& name = c.target->name;
        const std::size_t sp = name.rfind(' ');
        if (lx_.envoy_word.count(detail::lower(sp == std::string::npos ? name : name.substr(sp + 1)))) {
          c.cameo = "166";
          c.phrase = "expel";
        }
      }
      // "The two leaders spoke": the last two people (or states) named. The phrase may stand
      // a few words before the trigger ("The two countries are expected to hold talks").
      for (std::size_t j = m.first; j-- > begin && j + 7 > m.first;) {
        if (words()[j].punct || (j + 1 < m.first && trigger_word[j])) break;
        std::string two = words()[j].lower + (j + 1 < end ? " " + words()[j + 1].lower : "");
        auto p = lx_.pairs.find(two);
        if (p == lx_.pairs.end()) continue;
        std::vector<Who> last_two;
        for (std::size_t k = j; k-- > reach_floor(j, 0) && last_two.size() < 2;) {
          std::size_t a = actor_at_[k];
          if (a == SIZE_MAX) continue;
          // "the two sides" after "Wang met Kazakh President Nazarbayev in Tashkent": a person
          // of a state stands for it; a venue is no side; two sides are two states.
          const bool person = am_[a].kind == ActorKind::person;
          const bool stands_for_state = p->second != ActorKind::person && person && am_[a].country;
          if (!stands_for_state && (p->second == ActorKind::person) != person) continue;
          if (p->second != ActorKind::person && venue(k)) continue;
          // "China's position on the Ukraine crisis": a state before a topic noun is what is
          // talked about, not a side
          if (k + 1 < end && lx_.topic_noun.count(words()[k + 1].lower)) {
            while (k > 0 && actor_at_[k - 1] == a) --k;
            continue;
          }
          Who wh = who(a);
          if (p->second != ActorKind::person && wh.country &&
              std::any_of(last_two.begin(), last_two.end(), [&](const Who& x) { return x.country == wh.country; })) {
            while (k > 0 && actor_at_[k - 1] == a) --k;
            continue;
          }
          // a group ("Russian officials") is not one of "the two leaders"
          if (p->second == ActorKind::person && plural_name(wh.name)) {
            while (k > 0 && actor_at_[k - 1] == a) --k;
            continue;
          }
          if (std::none_of(last_two.begin(), last_two.end(), [&](const Who& x) { return x.name == wh.name; }))
            last_two.push_back(wh);
          while (k > 0 && actor_at_[k - 1] == a) --k;
        }
        if (last_two.size() == 2) {
          c.participants = last_two;
          c.source.reset();
          c.target.reset();
        }
        break;
      }

      // Modality.
      const bool speechy = e.cls == TriggerClass::speech || e.cls == TriggerClass::warn || e.pos == 'a';
      const std::size_t cue_stop = speechy ? (c.reporter != SIZE_MAX ? reps[c.reporter].content_begin : begin) : begin;
      auto cue = cue_before(m.first, std::max(cue_stop, speechy ? (m.first > 3 ? m.first - 3 : 0) : begin), 10);
      if (speechy && e.pos != 'a') {
        // A statement, threat or denial is made; only its own negation or futurity counts.
        if (cue && (*cue == Modality::negated || *cue == Modality::expected)) c.modality = *cue;
        // "could lash out", "might denounce": a modal of possibility right before the saying
        // makes it a possibility, not a saying made. In reported speech a "would" after a past
        // saying is its future, and the saying it announces counts as made ("said it would press
        // anew for a trial", as the dev gold has it).
        // A threat is the other way round: "would pay a price" is the threat made.
        if (cue && *cue == Modality::hypothetical && e.cls == TriggerClass::speech && m.first > begin &&
            hypothetical_word(words()[m.first - 1].lower)) {
          const bool future = c.reporter != SIZE_MAX && reported_future(reps[c.reporter], m.first, end);
          if (!future) c.modality = Modality::hypothetical;
        }
      } else if (e.pos != 'a' && cue) {
        bool past = e.pos == 'v' && past_verb(m.first);
        bool after_aux = m.first > begin && (words()[m.first - 1].lower == "to" || is_be(words()[m.first - 1].lower));
        if (!(past && !after_aux && (*cue == Modality::expected || *cue == Modality::proposed))) c.modality = *cue;
        if (c.modality == Modality::hypothetical && c.reporter != SIZE_MAX && reported_future(reps[c.reporter], m.first, end))
          c.modality = Modality::expected;
      }

      if (c.modality == Modality::negated && under_condition(m.first, clause_begin)) c.modality = Modality::hypothetical;
      // "ready to carry out a blockade if necessary", "will sign the treaty if Israel withdraws":
      // an act to come whose clause goes on with a condition is a hypothesis, not a plan.
      if ((c.modality == Modality::expected || c.modality == Modality::proposed) && e.pos != 'a' &&
          condition_after(m.last, end))
        c.modality = Modality::hypothetical;

      // "has not received any complaint": the negation of the verb whose object the noun is
      if (governing_verb != SIZE_MAX && governing_verb > clause_begin)
        if (auto v = cue_before(governing_verb, clause_begin, 4); v && *v == Modality::negated) c.modality = *v;

      // (a noun, or a verb's "-ing" form read as one: "a planned meeting")
      if ((e.pos == 'n' || (e.pos == 'v' && words()[m.first].lower.ends_with("ing"))) &&
          called_off(m.first, m.last, clause_begin, end))
        c.modality = Modality::negated;

      // "No one has claimed responsibility": the event is denied and has no actor.
      for (std::size_t j = m.first; j-- > clause_begin && j + 5 > m.first;) {
        const std::string two = words()[j].lower + (j + 1 < m.first ? " " + words()[j + 1].lower : "");
        if (lx_.nobody.count(words()[j].lower) || lx_.nobody.count(two)) {
          c.nobody = true;
          c.modality = Modality::negated;
          break;
        }
        if (boundary(j) || words()[j].punct || actor_at_[j] != SIZE_MAX) break;
      }
      // A noun that names a saying is an event only with the one who said it ("Biden's
      // interview"), not "a television interview about Biden".
      c.saying = e.pos == 'n' && lx_.saying_nouns.count(e.phrase) > 0;
      for (std::size_t j = m.first; j-- > begin && j + 4 > m.first && !c.definite;) {
        if (words()[j].punct && words()[j].lower != "'s") break;
        c.definite = words()[j].lower != "a" && words()[j].lower != "an" && is_determiner(words()[j].lower);
      }
      if (c.saying && !c.source) continue;

      // Date.
      std::size_t date_timex = SIZE_MAX;
      // "will reopen their embassies within two months": an act to come with a deadline of its
      // own lies in the period the deadline spans (the timex stage counts it from the DCT)
      if (c.modality == Modality::expected || c.modality == Modality::proposed)
        for (std::size_t j = m.last + 1; j + 1 < clause_end && j <= m.last + 4; ++j) {
          if (words()[j].punct || timex_at_[j] != SIZE_MAX) break;
          if (words()[j].lower != "within" || timex_at_[j + 1] == SIZE_MAX) continue;
          const Timex& d = tx_[timex_at_[j + 1]];
          if (d.type == TimexType::duration && d.earliest && d.latest) {
            c.when.earliest = d.earliest;
            c.when.latest = d.latest;
            c.when.text = std::string(seg_.text.substr(d.start, d.end - d.start));
            c.when.basis = DateBasis::relative;
          }
          break;
        }
      if (auto t = timex_near(m.first, m.last, clause_begin, clause_end, trigger_word)) {
        c.when = when_from(t->first, t->second);
        c.dated = true;
        date_timex = t->first;
        // "Japan said on Friday it would recall its ambassador": a date right after the
        // saying ("said Friday", "said on Friday") is when it was said, and only bounds what is
        // to come from below
        if ((c.modality == Modality::expected || c.modality == Modality::proposed) && c.reporter != SIZE_MAX) {
          const Report& rep = reps[c.reporter];
          std::size_t at = m.first;
          while (at > begin && timex_at_[at] != t->first) --at;
          if (timex_at_[at] == t->first && at > rep.verb && at <= rep.verb + 2 && at < m.first &&
              (at == rep.verb + 1 || is_preposition(words()[rep.verb + 1].lower))) {
            c.when.value.reset();
            c.when.latest.reset();
            c.when.precision = Precision::unknown;
          }
        }
        // "He and Arafat meet separately Monday": a verb in the simple present with a bare
        // weekday tells what is scheduled, so the weekday is the coming one, not the last.
        // (not an infinitive or a verb after a modal: "decided on Monday to expel")
        const bool bare_after = m.first > begin && (words()[m.first - 1].lower == "to" || lx_.cues.count(words()[m.first - 1].lower));
        if (e.pos == 'v' && c.reporter == SIZE_MAX && dct_ && present_tense(m.first) && !bare_after && c.when.earliest &&
            *c.when.earliest < *dct_ && bare_weekday(t->first)) {
          c.when.earliest = *c.when.earliest + date::days{7};
          c.when.latest = c.when.earliest;
          c.when.value = format_day(*c.when.earliest);
          if (c.modality == Modality::occurred) c.modality = Modality::expected;
        }
        // "Moscow snubbed an invitation to attend a conference next month": a verb told in the
        // simple past is not put after the story's day by a date to its right; that date is of
        // what its object tells.
        if (e.pos == 'v' && c.modality == Modality::occurred && dct_ && c.when.earliest && *c.when.earliest > *dct_ &&
            past_verb(m.first) && tx_[t->first].start > words()[m.last].end) {
          c.when = When{};
          c.dated = false;
          date_timex = SIZE_MAX;
        }
        if (c.modality == Modality::occurred && dct_ && c.when.earliest && *c.when.earliest > *dct_)
          c.modality = Modality::expected;
        // "Talks are expected to resume in the coming days": an act dated to the vague future
        // (FUTURE_REF, whose bounds start on the story's day) has not happened either
        if (c.modality == Modality::occurred && c.when.value == "FUTURE_REF") c.modality = Modality::expected;
      }
      // "The Security Council condemned the bombing ... on Thursday": a bare weekday after an
      // event noun that an otherwise undated saying just before it governs is the saying's news
      // day; the noun's own date stands before it ("the Aug. 7 bombing"), is a calendar date ("the
      // invasion of Kuwait on Aug. 2"), or comes from an earlier mention or from bounds. (Not
      // "The Cypriot government Saturday condemned two bomb attacks ... Friday".)
      if (e.pos == 'n' && c.dated && !local.empty() && date_timex != SIZE_MAX && bare_weekday(date_timex)) {
        const Candidate& v = local.back();
        bool governed = v.pos == 'v' && v.cls == TriggerClass::speech && v.last < m.first && m.first <= v.last + 4 &&
                        (!v.dated || (v.when.earliest == c.when.earliest && v.when.latest == c.when.latest));
        for (std::size_t j = v.last + 1; governed && j < m.first; ++j) governed = !words()[j].punct;
        bool own = false;
        for (std::size_t j = m.first; governed && !own && j-- > begin && j + 5 > m.first;) own = timex_at_[j] != SIZE_MAX;
        if (governed && !own) {
          c.when = When{};
          c.dated = false;
        }
      }
      // "In 2011, protesters stormed the embassy, prompting Britain to expel its diplomats":
      // a date that opens the sentence before a comma dates what the sentence tells as done,
      // however far along it stands (not what it tells as earlier: "had", "since")
      if (!c.dated && c.modality == Modality::occurred && !perfect(c.first) && !background(c.first))
        if (auto t = opening_date(begin, m.first)) {
          c.when = when_from(*t, *t);
          c.dated = true;
        }
      infer_when(c);
      local.push_back(std::move(c));
    }

    // Reports: a dated statement, or one that carries nothing else, is an event; a report that carries a proposal to meet is an
    // offer by the speaker.
    // The candidates each report carries, listed once (a scan of all candidates per report would
    // be quadratic in a sentence of many reports).
    std::vector<std::vector<std::size_t>> carried(reps.size());
    for (std::size_t i = 0; i < local.size(); ++i)
      if (local[i].reporter != SIZE_MAX) carried[local[i].reporter].push_back(i);
    // Round 11: carried acts that are the speaker's own side's intention, dropped below.
    std::vector<std::size_t> intentions;
    for (std::size_t r = 0; r < reps.size(); ++r) {
      const Report& rep = reps[r];
      if (!rep.speaker) continue;
      bool offer = false, carries = false, carries_any = false, nouns_only = true;
      const Candidate* threat = nullptr;
      for (std::size_t i : carried[r]) {
        const Candidate& c = local[i];
        // Round 18: "said in a statement that Glas had been convicted": an act told as done with
        // no actor is dropped when events are made, so it carries nothing and the saying is the
        // event. (One to come, "the blockade might be extended", may be an act told elsewhere.)
        if (!has_actor(c) && !c.nobody && c.modality == Modality::occurred && told_done(c)) continue;
        carries_any = true;
        if (c.pos != 'n') nouns_only = false;
        if (c.cls == TriggerClass::meet && c.modality == Modality::proposed) offer = true;
        // "officials say Saddam can expect punishing air strikes": telling of force to come
        // against someone is a threat of force by the speaker.
        if (c.cls == TriggerClass::act && c.target && c.cameo &&
            (c.modality == Modality::expected || c.modality == Modality::hypothetical) &&
            std::any_of(lx_.force.begin(), lx_.force.end(), [&](const std::string& p) { return c.cameo->starts_with(p); }))
          threat = &c;
        if (c.pos != 'a') carries = true;
      }
      // "The ambassador will return on Monday, he said": what stands before "<speaker> said"
      // and its comma is reported, and its date is not that of the saying (an apposition
      // right before the verb, "Putin, in an interview on Thursday, said", is the speaker's)
      std::size_t said_from = begin;
      for (std::size_t j = rep.verb; j-- > begin && j + 6 > rep.verb;) {
        if (words()[j].lower != ",") continue;
        // but a date that opens the sentence ("In early 1997, Yeltsin told Clinton") dates it
        if (j + 1 < rep.verb && !opening_date(begin, j + 1)) said_from = j + 1;
        break;
      }
      auto t = timex_near(rep.verb, rep.verb, said_from, rep.content_begin > rep.verb ? end : rep.verb + 1, trigger_word);
      // "Macron said France would decide in the coming days": a date still to come is that of
      // the reported words, never that of a saying made.
      if (t && (tx_[t->first].value == "FUTURE_REF" || (dct_ && tx_[t->first].earliest && *tx_[t->first].earliest > *dct_)))
        t.reset();
      // "Clinton said the United States will not retreat from the world": an act of the speaker's
      // own side that has not happened (refused, offered) is what the statement says,
      // not news of its own; the statement is the event. An act told as done, or by another
      // side ("said Iraq had attacked"), stays the news.
      std::vector<std::size_t> own;
      bool all_own = !offer && !threat && !nouns_only;
      // Round 12: "X said (that) Y had attacked": a past act of another side, told in the past
      // perfect, is news of its own and the saying is the speaker's statement about it (both).
      bool other_past = false;
      for (std::size_t i : carried[r]) {
        const Candidate& c = local[i];
        if (c.pos == 'a' || c.pos == 'n') continue;
        // "said it would not negotiate until sanctions are lifted": an act with no doer (the
        // condition's) tells nothing of whose the reported act is
        if (!c.source && !c.target) continue;
        if (c.cls != TriggerClass::speech && c.source && c.first > rep.content_begin &&
            words()[c.first - 1].lower == "had" && c.source->country && rep.speaker->country &&
            c.source->country != rep.speaker->country)
          other_past = true;
        // Refused or offered ("will not retreat", "was willing to withdraw"); a plain act to come
        // ("said it would recall its ambassador") is told as news of its own.
        const bool not_done = c.modality == Modality::negated || c.modality == Modality::proposed;
        // The doer is the speaker or the speaker's state ("Clinton said the United States will"),
        // not another person or body of that state ("sources said the administration plans to").
        const bool same_side =
            c.source && (*c.source == *rep.speaker || (c.source->kind == ActorKind::state && rep.speaker->country &&
                                                       c.source->country == rep.speaker->country));
        bool intended = false;
        for (std::size_t k = c.first; k-- > rep.content_begin && k + 3 >= c.first && !intended;)
          intended = lx_.intention.count(words()[k].lower) > 0;
        // Its doer must be named in the reported words (the speaker's side or a pronoun for it):
        // "said Ritter would not try to visit" has a doer the actor model does not know, so the
        // act is not the speaker's. An act with a date of its own ("will begin withdrawing on
        // Friday") is news of its own.
        bool named = false;
        for (std::size_t k = rep.content_begin; k < c.first && k < rep.content_end && !named; ++k) {
          const std::size_t a = actor_at_[k];
          // "Scharping said Poland was prepared to join": a speaker resolved to the doer named in
          // the reported words is a misread speaker; its own doer is a pronoun ("said it would").
          named = (a != SIZE_MAX && who(a) == *c.source && !(*c.source == *rep.speaker)) ||
                  is_pronoun_person(words()[k].lower) ||
                  is_first_person(words()[k].lower) || words()[k].lower == "it" || words()[k].lower == "they";
        }
        bool own_date = c.dated;
        if (own_date && t) {
          const When said_on = when_from(t->first, t->second);
          own_date = c.when.value != said_on.value || c.when.text != said_on.text;
        }
        if (not_done && intended && same_side && named && !own_date && c.cls != TriggerClass::speech) own.push_back(i);
        else all_own = false;
      }
      if (all_own && !own.empty()) {
        carries = false;
        nouns_only = true;
      }
      if (!offer && !threat && carries && t) {
        // "Psaki on Thursday said ... and swatted away ...": the report dates what it carries
        // when that has no date of its own and is itself a saying or ongoing.
        for (std::size_t i : carried[r]) {
          Candidate& c = local[i];
          if (c.dated || c.pos == 'a') continue;
          bool ongoing = words()[c.first].lower.ends_with("ing");
          // "Russia said on Monday that it had expelled two diplomats": an act told as done by a
          // dated report was done by the report's day at the latest.
          if (c.cls != TriggerClass::speech && !ongoing && c.pos == 'v' && c.modality == Modality::occurred &&
              past_verb(c.first) && !c.when.value) {
            const When said_on = when_from(t->first, t->second);
            if (said_on.latest && (!c.when.latest || *said_on.latest < *c.when.latest)) {
              c.when.latest = said_on.latest;
              c.when.basis = DateBasis::inferred;
            }
          }
          if (c.cls != TriggerClass::speech && !ongoing) continue;
          c.when = when_from(t->first, t->second);
          c.dated = true;
          if (c.cls == TriggerClass::speech && !c.source) c.source = rep.speaker;
        }
        if (!nouns_only && !other_past) continue;
      }
      // An undated report is a statement of its own only when it carries no other event told by
      // a verb ("a spokesman says Annan is on the verge of ..."); otherwise what it carries is the
      // news. Event nouns in it are what the saying is about, not what it tells ("Netanyahu says
      // gaps remain before next week's talks", "Baker said Jordan is seeking guidance about the
      // embargo"): the saying is still a statement.
      if (!offer && !threat && !t && carries_any && !nouns_only && !other_past) continue;
      if (!offer && !threat && lay_speaker(rep.verb, begin)) continue;
      // "declared two diplomats persona non grata": a reporting verb that is a word of an
      // event's trigger already makes that event
      if (!offer && !threat && trigger_word[rep.verb]) continue;
      // "``No one should doubt our staying power,'' he said.": an undated quotation closed by a
      // pronoun speaker goes on with someone already named, whose news is told before it; as a
      // statement of its own it repeats that one, or lands on the wrong person.
      if (!offer && !threat && !t && rep.verb >= begin + 2 && rep.content_begin < rep.verb &&
          (words()[rep.verb - 1].lower == "he" || words()[rep.verb - 1].lower == "she") &&
          (words()[rep.verb - 2].quote || words()[rep.verb - 2].lower == ","))
        continue;
      // The statement is made: the intentions it carries are its content (kept when it is not).
      if (all_own) intentions.insert(intentions.end(), own.begin(), own.end());
      Candidate c;
      c.cameo = offer ? "036" : threat ? "138" : "010";
      c.phrase = offer ? "offer talks" : threat ? "threaten force" : "say";
      // "North Korea did not immediately respond", "the ministry has not commented": a saying
      // not made is a declined comment (CAMEO 011), as the gold has "had no comment".
      if (!offer && !threat && lx_.declined_saying.count(words()[rep.verb].lower))
        if (auto cue = cue_before(rep.verb, begin, 3); cue && *cue == Modality::negated) {
          c.cameo = "011";
          c.phrase = "decline comment";
        }
      c.cls = TriggerClass::speech;
      c.present = present_tense(rep.verb);
      c.first = c.last = rep.verb;
      c.sentence = s;
      c.source = rep.speaker;
      for (std::size_t k = rep.content_begin; k < rep.content_end && k < rep.content_begin + kReach; ++k) {
        std::size_t a = actor_at_[k];
        if (a != SIZE_MAX && who(a).country != rep.speaker->country) {
          c.target = who(a);
          break;
        }
      }
      if (threat) c.target = threat->target;
      // The trigger: the verb and its date; a plain statement also its first words.
      std::size_t last = rep.verb;
      if (t && timex_at_[rep.verb + 1 < end ? rep.verb + 1 : rep.verb] == t->first) {
        while (last + 1 < end && timex_at_[last + 1] == t->first) ++last;
        if (words()[last].lower == "on" && last + 1 < end) ++last;
      }
      if (rep.verb + 1 < end && words()[rep.verb + 1].lower == "on" && t && last + 1 < end &&
          timex_at_[rep.verb + 2 < end ? rep.verb + 2 : rep.verb] == t->first) {
        last = rep.verb + 1;
        while (last + 1 < end && timex_at_[last + 1] == t->first) ++last;
      }
      if (!offer && rep.content_begin > rep.verb) {
        std::size_t k = last + 1, n = 0;
        if (k < end && words()[k].lower == "that") ++k;
        while (k < end && n < 4 && !words()[k].punct && words()[k].end - words()[rep.verb].start <= 64) {
          last = k;
          ++k;
          ++n;
        }
      }
      c.last = last;
      if (t) {
        c.when = when_from(t->first, t->second);
        c.dated = true;
      }
      infer_when(c);
      local.push_back(std::move(c));
    }
    drop_left_open(local);
    // "invited Geremek to visit the United States", "assured Yeltsin that Ukraine would not join
    // NATO": a deed that has not happened, told as what a saying just before it is about, is that
    // saying's content (CAMEO codes the invitation, the assurance), not an event of its own.
    std::vector<bool> content(local.size(), false);
    for (std::size_t i : intentions) content[i] = true;
    for (std::size_t i = 0; i < local.size(); ++i) {
      const Candidate& c = local[i];
      // "refused to apologise": a saying refused right after the refusal ("refuse ... to") is
      // what the refusal is (round 21), not a negated saying of its own.
      const bool refused_saying = c.cls == TriggerClass::speech && c.pos == 'v' &&
                                  c.modality == Modality::negated && c.first >= 2 &&
                                  words()[c.first - 1].lower == "to";
      if ((c.cls == TriggerClass::speech && !refused_saying) || c.pos == 'a' || c.modality == Modality::occurred ||
          c.modality == Modality::alleged)
        continue;
      // Candidates are in text order: only the few just before this one can be its saying.
      for (std::size_t k = i; k-- > 0 && local[k].first + 16 >= c.first;) {
        const Candidate& say = local[k];
        if (say.cls != TriggerClass::speech || say.pos != 'v' || say.last >= c.first || say.last + 8 < c.first ||
            !(say.source || say.target))
          continue;
        if (refused_saying && (root_of(say.cameo) != "12" || say.last + 2 != c.first)) continue;
        bool crossed = false;
        for (std::size_t j = say.last + 1; j < c.first && !crossed; ++j)
          crossed = (boundary(j) && words()[j].lower != "that") || words()[j].lower == ",";
        // "agreed to resume relations and reopen their embassies": the first act is what the
        // accord or commitment is (CAMEO codes the agreeing); a second act joined to it by
        // "and" is an act of its own to come
        if (!crossed && committed_after(say, local, k, i)) continue;
        if (!crossed) content[i] = true;
      }
    }
    erase_flagged(local, content);
    for (auto& c : local) {
      if (c.participants.empty()) {
        if (c.source) c.sources_also = coordinated(*c.source, c.first, begin, end, c);
        if (c.target) c.targets_also = coordinated(*c.target, c.first, begin, end, c);
        // "Greece and Turkey agreed to hold talks in Ankara": a place of one of the sources is
        // no target.
        if (c.target && c.target->country &&
            std::any_of(c.sources_also.begin(), c.sources_also.end(), [&](const Who& w) { return w.country == c.target->country; })) {
          c.target.reset();
          c.targets_also.clear();
        }
      }
      cands_.push_back(std::move(c));
    }
  }

  // The actors listed together with `w`'s mention nearest word `near` in [begin, end):
  // "Poland, Hungary and the Czech Republic joined", "U.S. and British objections". A list
  // needs an "and"/"or" somewhere in it, so an apposition ("Moscow, Russia") is no list.
  std::vector<Who> coordinated(const Who& w, std::size_t near, std::size_t begin, std::size_t end,
                               const Candidate& c) const {
    const std::size_t lo = near > begin + 40 ? near - 40 : begin, hi = std::min(end, near + 40);
    std::size_t at = SIZE_MAX;
    for (std::size_t j = lo; j < hi; ++j) {
      if (actor_at_[j] == SIZE_MAX || am_[actor_at_[j]].name != w.name) continue;
      auto dist = [&](std::size_t k) { return k > near ? k - near : near - k; };
      if (at == SIZE_MAX || dist(j) < dist(at)) at = j;
    }
    if (at == SIZE_MAX) return {};
    const std::size_t m = actor_at_[at];
    std::size_t first = at, last = at;
    while (first > begin && actor_at_[first - 1] == m) --first;
    while (last + 1 < end && actor_at_[last + 1] == m) ++last;
    auto is_link = [&](std::size_t k) {
      const std::string& l = words()[k].lower;
      return l == "and" || l == "or" || l == ",";
    };
    std::vector<std::size_t> found;  // mentions in the list, other than w's
    bool has_conjunction = false;
    // Leftwards: [the] X (,|and|or) [the] <w>
    for (std::size_t k = first; k > begin;) {
      std::size_t j = k - 1;
      if (j > begin && words()[j].lower == "the") --j;
      if (!is_link(j) || j == begin) break;
      const bool conj = words()[j].lower != ",";
      std::size_t a = j - 1;
      if (a > begin && words()[a].lower == "the" && !conj) break;
      if (actor_at_[a] == SIZE_MAX) break;
      has_conjunction |= conj;
      found.push_back(actor_at_[a]);
      k = a;
      while (k > begin && actor_at_[k - 1] == actor_at_[a]) --k;
    }
    // Rightwards: <w> (,|and|or) [the] X
    for (std::size_t k = last + 1; k + 1 < end;) {
      if (!is_link(k)) break;
      const bool conj = words()[k].lower != ",";
      std::size_t a = k + 1;
      if (a + 1 < end && words()[a].lower == "the") ++a;
      if (actor_at_[a] == SIZE_MAX) break;
      has_conjunction |= conj;
      found.push_back(actor_at_[a]);
      k = a;
      while (k < end && actor_at_[k] == actor_at_[a]) ++k;
    }
    std::vector<Who> out;
    if (!has_conjunction) return out;
    for (std::size_t f : found) {
      Who o = who(f);
      if (o.name == w.name || (c.source && o.name == c.source->name) || (c.target && o.name == c.target->name)) continue;
      if (std::find(out.begin(), out.end(), o) == out.end()) out.push_back(std::move(o));
    }
    return out;
  }

  static bool compatible(const std::optional<Who>& a, const std::optional<Who>& b) {
    if (!a || !b) return true;
    if (a->country && b->country) return *a->country == *b->country;
    return a->name == b->name;
  }
  static bool dates_meet(const When& a, const When& b) {
    if (a.earliest && b.latest && *a.earliest > *b.latest) return false;
    if (b.earliest && a.latest && *b.earliest > *a.latest) return false;
    return true;
  }
  // A day the candidate's own words give (not the story's day guessed for an undated saying).
  static bool own_day(const Candidate& c) { return c.dated && !c.news_day && c.when.earliest && c.when.latest; }

  // The place an act names a few words after it, before any punctuation ("the blast in
  // Nairobi", "exploded outside the U.S. embassy in Nairobi"): the capitalised word after "in",
  // lower-cased; empty when there is none (or it is a date: "the attack in June").
  // A place the gazetteer knows is its country ("in Kenya" and "in Nairobi" are one place). A
  // plural noun ("the twin blasts") or coordinated places ("in Nairobi and Dar es Salaam") may
  // name several acts at once: no single place.
  std::string place_after(const Candidate& c) const {
    if (c.cls != TriggerClass::act) return {};
    if (c.pos == 'n' && words()[c.last].lower.ends_with("s")) return {};
    for (std::size_t j = c.last + 1; j + 1 < words().size() && j < c.last + 8; ++j) {
      if (words()[j].punct || words()[j].sentence != c.sentence) return {};
      if (words()[j].lower != "in") continue;
      const Word& w = words()[j + 1];
      if (w.punct || !w.cap || w.sentence != c.sentence || timex_at_[j + 1] != SIZE_MAX) return {};
      std::size_t k = j + 1;
      const std::size_t a = actor_at_[k];
      while (k < words().size() && (a != SIZE_MAX ? actor_at_[k] == a : words()[k].cap)) ++k;
      if (k < words().size() && (words()[k].lower == "and" || words()[k].lower == "or" || words()[k].lower == ","))
        return {};
      if (a != SIZE_MAX && am_[a].country) return *am_[a].country;
      return std::string(w.lower);
    }
    return {};
  }

  // Whether local[i] is the second of two acts an accord or commitment local[k] governs, joined
  // by "and" ("agreed to resume relations and (to) reopen their embassies").
  bool committed_after(const Candidate& say, const std::vector<Candidate>& local, std::size_t k, std::size_t i) const {
    if (!say.cameo || !(say.cameo->starts_with("03") || *say.cameo == "019") || complement_of(say).empty()) return false;
    const Candidate& c = local[i];
    if (c.pos != 'v') return false;
    for (std::size_t j = k + 1; j < i; ++j) {
      const Candidate& first = local[j];
      if (first.cls == TriggerClass::speech || first.pos != 'v' || first.first <= say.last || first.last >= c.first) continue;
      std::size_t w = first.last + 1;
      while (w < c.first && !words()[w].punct && words()[w].lower != "and" && w < first.last + 6) ++w;
      if (w >= c.first || words()[w].lower != "and") continue;
      if (w + 1 == c.first || (w + 2 == c.first && words()[w + 1].lower == "to")) return true;
    }
    return false;
  }

  // The verb a commitment or offer commits to: "pledged on Monday to ask Congress" -> "ask".
  // Empty when no "to" + word follows the saying verb within its clause.
  std::string_view complement_of(const Candidate& c) const {
    // (an accord, 019, too: "agreed to resume relations ... also agreed to activate a pact")
    if (c.pos != 'v' || c.cls != TriggerClass::speech || !c.cameo || !(c.cameo->starts_with("03") || *c.cameo == "019"))
      return {};
    for (std::size_t j = c.last + 1; j + 1 < words().size() && j < c.last + 6; ++j) {
      if (words()[j].punct || words()[j].sentence != c.sentence) return {};
      if (words()[j].lower != "to") continue;
      const Word& w = words()[j + 1];
      if (w.punct || w.cap || w.sentence != c.sentence) return {};
      return w.lower;
    }
    return {};
  }

  // Whom a meeting is with, as told right after its trigger ("met Moi", "held a meeting with
  // victims"): the actor's name, else the first word after "with". Empty for a pronoun (it
  // refers back) or when nothing follows within the clause.
  std::string meet_object(const Candidate& c) const {
    if (c.cls != TriggerClass::meet || c.definite) return {};
    // A word that is no actor names the party only after "with": "visited the camps" names a
    // place, "Tour operators" no tour at all.
    bool with = false;
    for (std::size_t j = c.last + 1; j < words().size() && j < c.last + 5; ++j) {
      const Word& w = words()[j];
      if (w.punct || w.sentence != c.sentence || timex_at_[j] != SIZE_MAX) return {};
      if (actor_at_[j] != SIZE_MAX) return am_[actor_at_[j]].name;
      if (w.lower == "with") {
        with = true;
        continue;
      }
      if (is_determiner(w.lower)) continue;
      if (!with || is_pronoun_person(w.lower) || w.lower == "them" || w.lower == "it" || is_preposition(w.lower))
        return {};
      return w.lower;
    }
    return {};
  }

  static int date_rank(const When& w) {
    if (w.value && w.precision == Precision::day) return 4;
    if (w.earliest && w.latest) return 3;
    if (w.value) return 2;
    if (w.earliest || w.latest) return 1;
    return 0;
  }

  static constexpr std::size_t kSpeakerLook = 8;
  static bool has_actor(const Candidate& c) { return c.source || c.target || !c.participants.empty(); }

  // The evidence is the trigger's sentence; in a sentence longer than kMaxEvidence bytes (scraped
  // text that lost its full stops) it is the words within kMaxEvidence / 2 bytes either side of
  // the trigger, so that the output does not repeat a megabyte sentence for every mention
  // (quadratic in the input). News sentences are far shorter.
  static constexpr std::uint32_t kMaxEvidence = 1000;
  static constexpr std::size_t kMaxTriggerBytes = 64;

  Mention mention_of(const Candidate& c) const {
    const auto& ws = words();
    std::uint32_t s_start = seg_.sentences[c.sentence].start;
    std::uint32_t s_end = seg_.sentences[c.sentence].end;
    if (s_end - s_start > kMaxEvidence) {
      std::size_t a = c.first, b = c.last;
      const std::size_t wb = w_.sentence_begin[c.sentence], we = w_.sentence_end(c.sentence);
      while (a > wb && ws[a - 1].start + kMaxEvidence / 2 >= ws[c.first].start) --a;
      while (b + 1 < we && ws[b + 1].end <= ws[c.last].end + kMaxEvidence / 2) ++b;
      s_start = ws[a].start;
      s_end = ws[b].end;
    }
    Mention m;
    m.document = doc_.info.id;
    m.evidence = doc_.to_raw(Span{s_start, s_end});
    // A trigger names the event in a few words. In markup (TimeML tags between the words) the raw
    // bytes of a phrase can run far past its text; a trigger is cut back to at most
    // kMaxTriggerBytes raw bytes (whole words, at least its first), as matching against it asks.
    // The raw end of a word is one past its last byte, not the start of what follows it (a tag).
    auto raw_end = [&](std::size_t w) { return doc_.to_raw(ws[w].end - 1) + 1; };
    std::size_t last = c.last;
    while (last > c.first && raw_end(last) - doc_.to_raw(ws[c.first].start) > kMaxTriggerBytes) --last;
    m.trigger = Span{doc_.to_raw(ws[c.first].start), raw_end(last)};
    if (c.aspect_verb != SIZE_MAX) m.trigger = Span{doc_.to_raw(ws[c.aspect_verb].start), raw_end(c.aspect_verb)};
    m.text = std::string(seg_.text.substr(s_start, s_end - s_start));
    for (char& ch : m.text)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    return m;
  }

  // "Mexican authorities", "Kenyan police": a name ending in a plural common noun takes a
  // plural verb ("Mexican authorities join"); "United Nations", a proper name, does not.
  static bool plural_name(std::string_view name) {
    const std::size_t space = name.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? name : name.substr(space + 1);
    if (last.empty() || !std::all_of(last.begin(), last.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
    return last == "police" || last == "people" || (last.ends_with("s") && !last.ends_with("ss"));
  }

  // "Poland, Hungary and Czech Republic".
  static std::string name_list(const Who& first, const std::vector<Who>& more) {
    std::string out = first.name;
    for (std::size_t k = 0; k < more.size(); ++k) out += (k + 1 == more.size() ? " and " : ", ") + more[k].name;
    return out;
  }

  std::string summary(const Candidate& c, const EventType& type) const {
    std::string who_did;
    if (!c.participants.empty()) who_did = c.participants[0].name + " and " + c.participants[1].name;
    else if (c.source) who_did = name_list(*c.source, c.sources_also);
    const bool plural = !c.participants.empty() || (c.source && (!c.sources_also.empty() || plural_name(c.source->name)));
    std::string what;
    bool target_in_phrase = false;
    auto ws = detail::phrase_words(c.phrase);
    // "give * until" would read "gives Moscow until": a phrase with an object slot that
    // data/events/summary_prepositions.tsv lists is told by its type's label, joined to the
    // target by the preposition listed ("gives ultimatum to Moscow").
    if (c.pos == 'v' && type.cameo && std::find(ws.begin(), ws.end(), "*") != ws.end() &&
        !detail::target_preposition(c.phrase).empty())
      ws = detail::phrase_words(type.label);
    if (c.pos == 'v' && c.phrase != "say") {
      // Two participants take the plural ("Biden and Putin speak"), one actor the singular.
      what = plural ? detail::plural_present(ws[0]) : detail::third_person(ws[0]);
      // "summon ambassador" + "Japanese ambassador": the target names the object itself.
      if (ws.size() == 2 && c.target && c.participants.empty() && c.targets_also.empty() &&
          detail::lower(c.target->name).ends_with(" " + ws[1])) {
        what += " " + c.target->name;
        target_in_phrase = true;
      } else {
        // "accuse of spying" + Russia: "accuses Russia of spying"; "recall ambassador for
        // consultations" + Israel: "recalls ambassador from Israel for consultations". The
        // target goes before a preposition inside the phrase (not a last one: "calls on X").
        std::size_t inner = 0;
        for (std::size_t k = 1; k + 1 < ws.size() && !inner; ++k)
          if (is_preposition(ws[k])) inner = k;
        for (std::size_t k = 1; k < ws.size(); ++k) {
          // "give * until": the object slot names the target, or nothing
          if (ws[k] == "*") {
            if (c.target && c.participants.empty() && !target_in_phrase) {
              what += " " + name_list(*c.target, c.targets_also);
              target_in_phrase = true;
            }
            continue;
          }
          // "press * to": the infinitive's "to" after the object ends the phrase ("presses
          // Washington", not "presses Washington to")
          if (k + 1 == ws.size() && ws[k] == "to" && ws[k - 1] == "*") continue;
          // (not when the slot already named it: "remove * from list" is "removes Cuba from list")
          if (k == inner && c.target && c.participants.empty() && !target_in_phrase) {
            const std::string_view prep = detail::target_preposition(c.phrase);
            what += " ";
            if (!prep.empty()) what.append(prep).append(" ");
            what += name_list(*c.target, c.targets_also);
            target_in_phrase = true;
          }
          what += " " + ws[k];
        }
      }
    } else if (c.phrase == "say") {
      what = plural ? "make a statement" : "makes a statement";
    } else if (c.pos == 'a') {
      what = plural ? "denounce" : "denounces";
    } else {
      what = type.cameo ? detail::lower(type.label) : c.phrase;
      if (!who_did.empty()) what = "- " + what;
    }
    std::string out = who_did.empty() ? what : who_did + " " + what;
    if (c.target && c.participants.empty() && !target_in_phrase) {
      std::string_view prep = c.phrase == "say" ? std::string_view("about")
                              : c.pos == 'v'    ? detail::target_preposition(c.phrase)
                                                : std::string_view{};
      out += c.pos == 'v' || c.pos == 'a' ? " " : " - ";
      if (!prep.empty()) out.append(prep).append(" ");
      out += name_list(*c.target, c.targets_also);
    }
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    if (c.modality != Modality::occurred) out += " (" + std::string(to_string(c.modality)) + ")";
    return out;
  }

  Extraction merge() {
    Extraction x;
    struct Group {
      std::vector<std::size_t> members;
      Candidate head;
      std::string place;  // the first place named right after a member's act noun
      std::string_view complement;  // the first member's committed verb (complement_of)
      std::string met;  // the first member's meeting party (meet_object)
      bool dated = false;  // whether a member has a temporal expression of its own
      bool prose = false;  // whether a member is in a prose sentence (not a title)
    };
    std::vector<Group> groups;
    groups.reserve(cands_.size());  // at most one a candidate: no regrowth moving candidates
    std::vector<std::size_t> group_of(cands_.size(), SIZE_MAX);
    // Candidates mostly come in text order already; moving them through a merge sort is not free.
    const auto by_first = [](const Candidate& a, const Candidate& b) { return a.first < b.first; };
    if (!std::is_sorted(cands_.begin(), cands_.end(), by_first)) std::stable_sort(cands_.begin(), cands_.end(), by_first);
    for (std::size_t i = 0; i < cands_.size(); ++i) {
      const Candidate& c = cands_[i];
      std::size_t into = SIZE_MAX;
      // Only the latest kMergeWindow groups are candidates: an article has tens of events, so
      // this never binds on news, and a page of endless triggers stays linear, not quadratic.
      constexpr std::size_t kMergeWindow = 512;
      const std::size_t first_group = groups.size() > kMergeWindow ? groups.size() - kMergeWindow : 0;
      // "following Biden's interview": a noun naming a saying refers to what its speaker said
      // before; it joins that speaker's most mentioned saying (the first on a tie).
      // A statement issued (the noun) is no part of an accord it reports ("agreed to restore
      // ties, a joint statement said").
      auto issued = [](const Candidate& x) { return x.pos == 'n' && x.phrase == "statement"; };
      auto accord = [](const Candidate& x) { return x.cameo && *x.cameo == "019"; };
      if (c.saying && c.source) {
        for (std::size_t g = first_group; g < groups.size(); ++g) {
          const Candidate& h = groups[g].head;
          if ((h.cls != TriggerClass::speech && h.pos != 'a') || !h.source || h.source->name != c.source->name)
            continue;
          if (issued(c) && accord(h)) continue;
          // "in a speech on Sunday" is not what the speaker "said on Tuesday": a saying with a
          // day of its own joins only a saying of a day it can be.
          if (own_day(c) && own_day(h) && !dates_meet(c.when, h.when)) continue;
          if (into == SIZE_MAX || groups[g].members.size() > groups[into].members.size()) into = g;
        }
        if (into != SIZE_MAX) {
          groups[into].members.push_back(i);
          group_of[i] = into;
          continue;
        }
      }
      const std::string place = place_after(c);
      const std::string_view complement = complement_of(c);
      const std::string met = meet_object(c);
      for (std::size_t g = first_group; g < groups.size() && into == SIZE_MAX; ++g) {
        const Candidate& h = groups[g].head;
        // Same root, and the same code unless one of them is the root's unspecified code:
        // a recall (161) and sanctions (163) are two events, an offer (030, 036) is one.
        auto unspecific = [](const std::optional<std::string>& k) { return k && (k->size() <= 2 || k->back() == '0'); };
        // (two sayings, or two meetings, of one root are one event whatever their codes; a
        // saying and an act of one root are not: "the agreement was hailed by Obama", 057 and 051)
        bool same_kind = c.cameo ? root_of(c.cameo) == root_of(h.cameo) &&
                                       (c.cameo == h.cameo || unspecific(c.cameo) || unspecific(h.cameo) ||
                                        (c.cls == TriggerClass::speech && h.cls == TriggerClass::speech) ||
                                        (c.cls == TriggerClass::meet && h.cls == TriggerClass::meet))
                                 : (!h.cameo && c.label == h.label);
        // A comment declined (011) is no part of the statements its speaker did make, nor a
        // formal protest (114) part of the words said of the act protested (data/events/words.tsv
        // own_code).
        if (same_kind && c.cameo && h.cameo && *c.cameo != *h.cameo &&
            (lx_.own_code.count(*c.cameo) || lx_.own_code.count(*h.cameo)))
          same_kind = false;
        if (same_kind && ((issued(c) && accord(h)) || (accord(c) && issued(h)))) same_kind = false;
        // "the bombing" and "the attacks": two nouns of one family of acts name the same act when
        // one of them is the unspecified kind ("attacks", 190), not "blockade" and "invasion".
        if (!same_kind && c.cameo && h.cameo && c.pos == 'n' && h.pos == 'n' && (unspecific(c.cameo) || unspecific(h.cameo)))
          same_kind = std::any_of(lx_.families.begin(), lx_.families.end(), [&](const std::vector<std::string>& f) {
            return std::find(f.begin(), f.end(), root_of(c.cameo)) != f.end() &&
                   std::find(f.begin(), f.end(), root_of(h.cameo)) != f.end();
          });
        if (!same_kind || c.modality != h.modality) continue;
        // "the blast in Nairobi" and "the explosion in Dar es Salaam": acts named in two
        // different places are two acts, whatever else they share.
        if (!place.empty() && !groups[g].place.empty() && place != groups[g].place) continue;
        // "pledged to ask Congress ... promised to track down": two commitments to different
        // acts, told in different sentences, are two commitments.
        // Candidates come in text order, so a group's last member is in its latest sentence
        // (asking every member would be quadratic when one event is told thousands of times).
        const bool same_sentence = cands_[groups[g].members.back()].sentence == c.sentence;
        // "blamed the group for the attack and carried out air strikes": in one sentence an act
        // named afresh (no determiner) is not the act a definite noun refers back to.
        if (same_sentence && c.pos == 'n' && c.cls == TriggerClass::act) {
          const Candidate& last = cands_[groups[g].members.back()];
          if (last.pos == 'n' && last.cls == TriggerClass::act && last.definite != c.definite) continue;
        }
        // "expelled Turkey's consul in response to the expulsion of its consul": in one sentence
        // an act told after a word of response or sequence (words.tsv `response_signal`) is the
        // earlier act answered, not the answer
        if (same_sentence && c.cls == TriggerClass::act) {
          const Candidate& last = cands_[groups[g].members.back()];
          bool answered = false;
          for (std::size_t j = last.last + 1; j < c.first && j < last.last + 12 && !answered; ++j)
            answered = lx_.response_signal.count(words()[j].lower) > 0;
          if (answered) continue;
        }
        if (!same_sentence && !complement.empty() && !groups[g].complement.empty() &&
            complement != groups[g].complement)
          continue;
        // "met Moi ... met with victims of the bombing": a meeting with another party, told
        // afresh in another sentence, is another meeting.
        if (!same_sentence && !met.empty() && !groups[g].met.empty() && met != groups[g].met) continue;
        // "after 18 months of secret talks ... The two leaders met in Panama in April": a meeting
        // told afresh with a date of its own, in another sentence, is not a meeting told so far
        // without any date (round 21). Only a verb told in the past, outside reported words ("glad
        // Iraq is discussing negotiations" takes the date of the reply around it), and not after a
        // title alone (a headline tells the lead's act without its day).
        if (!same_sentence && c.cls == TriggerClass::meet && h.cls == TriggerClass::meet && c.pos == 'v' &&
            c.dated && !c.news_day && past_verb(c.first) && c.reporter == SIZE_MAX && !groups[g].dated &&
            groups[g].prose)
          continue;
        // "visited Nairobi ... She held a meeting with victims": a visit and a meeting, the
        // later told afresh in another sentence, are two events; a definite noun ("the
        // visit", "the talks") refers back. (Meetings among themselves, "hold talks ... to
        // discuss", are one: the seed's gold.)
        auto visit = [](const Candidate& x) { return x.cameo && (*x.cameo == "042" || *x.cameo == "043"); };
        if (!same_sentence && c.cls == TriggerClass::meet && h.cls == TriggerClass::meet && !c.definite &&
            visit(c) != visit(h))
          continue;
        // Two sayings of different specific codes in different sentences are two sayings: "Iran
        // expressed sympathy ... He expressed hope" (018, 013).
        if (!same_sentence && c.cameo && h.cameo && c.cameo != h.cameo && !unspecific(c.cameo) &&
            !unspecific(h.cameo) && c.cls == TriggerClass::speech && h.cls == TriggerClass::speech)
          continue;
        // A denial told with its own object and a plain statement in different sentences are two
        // sayings ("Wang said on Tuesday ... Wang denied that"): what a state denies is no part of
        // what it said before. A denial ending its clause ("something the Kremlin denies.") is
        // said of the act just told and may join its speaker's words (the seed's gold), as may one
        // whose object points back ("denied the accusation", round 16's test). Later
        // sayings may still join a denial (the head's code is the group's most specific).
        auto denial = [&](const Candidate& x) {
          if (!x.cameo || *x.cameo != "016" || x.pos != 'v' || x.last + 1 >= w_.sentence_end(x.sentence)) return false;
          // "The Kremlin denied the accusation": an object pointing back is what was just said
          return !words()[x.last + 1].punct && !lx_.denied_back.count(words()[x.last + 1].lower);
        };
        auto said = [](const Candidate& x) { return x.cameo && *x.cameo == "010"; };
        if (!same_sentence && c.cls == TriggerClass::speech && h.cls == TriggerClass::speech &&
            denial(c) && c.source && said(h))
          continue;
        // Plain statements of two named people in different sentences are two statements, even
        // of one state ("Bush said ... Baker said ... Replied spokesman Richard Boucher"); the
        // same charge repeated by another ("Psaki repeated that Putin was a killer") stays one.
        auto plain = [](const Candidate& x) { return x.cameo && *x.cameo == "010"; };
        auto person = [](const Candidate& x) { return x.source && x.source->kind == ActorKind::person; };
        if (!same_sentence && (plain(c) || plain(h)) && c.cls == TriggerClass::speech &&
            h.cls == TriggerClass::speech && person(c)) {
          // the speakers named in the group's latest mentions (a bounded look: a group may hold
          // thousands of mentions)
          // A named person's statement does not join a plain statement of a government, party
          // or ministry either ("the government said ... Foreign Minister X replied"), nor an
          // accord ("Riyadh and Tehran agreed ... The Iranian foreign minister said the deal
          // would": what one side says of an accord is not the accord), nor a state's denial
          // ("India denied the accusation ... The spokesman said the visa suspension would
          // remain"). (A body's denial told after its leader's saying still joins it: "Putin
          // said ... something the Kremlin denies", the seed's gold.)
          const bool joint = h.cameo && (*h.cameo == "019" || *h.cameo == "016");
          bool other = false, same = false;
          const auto& ms = groups[g].members;
          for (std::size_t k = ms.size(), n = 0; k-- > 0 && n < kSpeakerLook; ++n) {
            const Candidate& m = cands_[ms[k]];
            if (!m.source) continue;
            if (person(m) ? m.source->name != c.source->name : (plain(h) || joint)) other = true;
            else if (person(m)) same = true;
          }
          if (other && !same) continue;
        }
        // "the bombings", "the explosions": a definite noun for an act refers back to the act
        // already told, whatever place it names ("the embassies in Nairobi and Dar es Salaam").
        // A day guessed for an undated mention (the story's day) does not keep it apart.
        // A verb is another matter: "watched the ministers sign the documents" (undated, on the
        // story's day) is not the treaty "signed" in 1949.
        // Only a clash of years keeps them apart: a guessed day is rough.
        auto guessed = [](const Candidate& x, const Candidate& y) {
          if (!x.news_day) return false;
          if (x.pos != 'v' || y.news_day || !x.when.earliest || !y.when.latest) return true;
          return date::year_month_day(*y.when.latest).year() >= date::year_month_day(*x.when.earliest).year();
        };
        const bool meet = guessed(c, h) || guessed(h, c) || dates_meet(c.when, h.when);
        // A lead sentence may refer to the act before telling it ("condemned the two bomb
        // explosions ... Two bombs exploded Friday"), so either side may be the definite noun.
        auto refers = [](const Candidate& x) { return x.pos == 'n' && x.cls == TriggerClass::act && x.definite; };
        const bool anaphor = (refers(c) || refers(h)) && c.cameo == h.cameo;
        bool fits = compatible(c.source, h.source) && (anaphor || compatible(c.target, h.target)) &&
                    meet;
        if (!c.participants.empty() || !h.participants.empty()) {
          // A pair of participants meets either ordering of source and target.
          auto in = [](const std::vector<Who>& ps, const std::optional<Who>& w) {
            return !w || ps.empty() ||
                   std::any_of(ps.begin(), ps.end(), [&](const Who& p) { return p.country == w->country; });
          };
          fits = meet && in(h.participants, c.source) && in(h.participants, c.target) &&
                 in(c.participants, h.source) && in(c.participants, h.target);
        }
        if (same_sentence && meet) fits = true;
        if (fits && (has_actor(c) || has_actor(h))) into = g;
      }
      if (into == SIZE_MAX) {
        groups.push_back({{i}, c, place, complement, met, c.dated && !c.news_day, !seg_.sentences[c.sentence].heading});
        group_of[i] = groups.size() - 1;
        continue;
      }
      Candidate& h = groups[into].head;
      if (groups[into].place.empty()) groups[into].place = place;
      if (groups[into].complement.empty()) groups[into].complement = complement;
      if (groups[into].met.empty()) groups[into].met = met;
      if (c.dated && !c.news_day) groups[into].dated = true;
      if (!seg_.sentences[c.sentence].heading) groups[into].prose = true;
      groups[into].members.push_back(i);
      group_of[i] = into;
      if (specificity(c.cameo) > specificity(h.cameo)) {
        h.cameo = c.cameo;
        h.phrase = c.phrase;
        h.pos = c.pos;
      }
      if (!h.source) {
        h.source = c.source;
        h.sources_also = c.sources_also;
      }
      if (!h.target) {
        h.target = c.target;
        h.targets_also = c.targets_also;
      }
      if (h.participants.empty() && !c.participants.empty()) h.participants = c.participants;
      if ((h.news_day && !c.news_day && c.dated) || (!c.news_day && date_rank(c.when) > date_rank(h.when))) {
        h.when = c.when;
        h.news_day = false;
      }
    }

    std::vector<std::size_t> event_of(groups.size(), SIZE_MAX);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      // No one acts on himself in these events: when the nearest-subject reading made the
      // object's actor the source as well ("X's plan to kill Rabin" after "Yitzhak Rabin's
      // assassin"), the object is the better-founded reading, so the source goes.
      std::optional<Candidate> unselfed;
      if (const Candidate& c = groups[g].head; c.source && c.target && c.source->name == c.target->name) {
        unselfed = c;
        unselfed->source = std::nullopt;
        unselfed->sources_also.clear();
      }
      const Candidate& h = unselfed ? *unselfed : groups[g].head;
      // A generic mention ("regardless of the sanctions") is no event; a denied one ("no one
      // has claimed responsibility") is.
      if (!has_actor(h) && !h.nobody) continue;
      Event e;
      if (h.cameo) describe_cameo(*h.cameo, e.type);
      else e.type.label = h.label;
      e.modality = h.modality;
      e.when = h.when;
      if (!h.participants.empty()) {
        for (const auto& p : h.participants) e.actors.push_back({ActorRole::participant, p.name, p.country, p.kind});
      } else {
        if (h.source) e.actors.push_back({ActorRole::source, h.source->name, h.source->country, h.source->kind});
        for (const auto& a : h.sources_also) e.actors.push_back({ActorRole::source, a.name, a.country, a.kind});
        if (h.target) e.actors.push_back({ActorRole::target, h.target->name, h.target->country, h.target->kind});
        for (const auto& a : h.targets_also) e.actors.push_back({ActorRole::target, a.name, a.country, a.kind});
      }
      e.summary = summary(h, e.type);
      for (std::size_t k : groups[g].members) e.mentions.push_back(mention_of(cands_[k]));
      event_of[g] = x.events.size();
      x.events.push_back(std::move(e));
    }

    // A denial is linked to what it denies: the next event in its clause, else the one
    // before it in the sentence ("meddling ..., something the Kremlin denies").
    for (std::size_t i = 0; i < cands_.size(); ++i) {
      const Candidate& c = cands_[i];
      if (c.cameo != std::optional<std::string>("016")) continue;
      std::size_t from = event_of[group_of[i]];
      if (from == SIZE_MAX) continue;
      std::size_t to = SIZE_MAX;
      for (std::size_t k = i + 1; k < cands_.size() && to == SIZE_MAX; ++k)
        if (cands_[k].sentence == c.sentence && cands_[k].first <= c.last + 6) to = event_of[group_of[k]];
      // What is denied is most often an allegation: prefer the first one of the sentence,
      // else the nearest event.
      for (std::size_t k = 0; k < i && to == SIZE_MAX; ++k)
        if (cands_[k].sentence == c.sentence && cands_[k].modality == Modality::alleged) to = event_of[group_of[k]];
      for (std::size_t k = i; k-- > 0 && to == SIZE_MAX;)
        if (cands_[k].sentence == c.sentence && cands_[k].cls != TriggerClass::speech) to = event_of[group_of[k]];
      if (to == SIZE_MAX || to == from) continue;
      x.links.push_back(trigger_link(from, to, Relation::denies, c, c.last));
    }
    // A reaction is linked to the act it reacts to: a saying (not a plain statement, not a
    // denial) whose clause goes on to name an act that happened ("condemned Friday's bombings
    // of the embassies", "vowed to bring to justice those responsible for the bombings")
    // responds to that act.
    for (std::size_t i = 0; i < cands_.size(); ++i) {
      const Candidate& c = cands_[i];
      if (c.cls != TriggerClass::speech && c.pos != 'a') continue;
      if (!c.cameo || !std::any_of(lx_.reaction.begin(), lx_.reaction.end(),
                                   [&](const std::string& p) { return c.cameo->starts_with(p); }))
        continue;
      std::size_t from = event_of[group_of[i]];
      if (from == SIZE_MAX) continue;
      bool linked = false;
      for (std::size_t k = i + 1; k < cands_.size(); ++k) {
        const Candidate& o = cands_[k];
        if (o.sentence != c.sentence || o.first > c.last + 15) break;
        bool reported_between = false;
        for (std::size_t j = c.last + 1; j < o.first; ++j)
          reported_between = reported_between || lx_.reporting.count(words()[j].lower) > 0 ||
                             words()[j].lower == ";";
        if (reported_between) break;
        // ("condemned Pakistan and carried out air strikes": a verb conjoined after "and" tells
        // a deed of its own, not what the reaction reacts to)
        bool new_verb = false;
        for (std::size_t j = c.last + 1; j + 1 < o.first + 1 && j + 1 < words().size(); ++j)
          if ((words()[j].lower == "and" || words()[j].lower == "but") &&
              (words()[j + 1].lower.ends_with("ed") || detail::is_support_verb(words()[j + 1].lower)))
            new_verb = true;
        if (new_verb) break;
        // The object: an act that happened, or any event named by a noun right after the
        // saying ("rejected U.S. and British objections").
        const bool object_noun = o.pos == 'n' && !o.saying && o.first <= c.last + 5;
        if ((o.cls != TriggerClass::act && !object_noun) ||
            (o.modality != Modality::occurred && o.modality != Modality::alleged))
          continue;
        std::size_t to = event_of[group_of[k]];
        if (to == SIZE_MAX || to == from) break;
        // The evidence spans the reaction and its object; the signal is the reaction's words.
        x.links.push_back(trigger_link(from, to, Relation::responds_to, c, o.last));
        linked = true;
        break;
      }
      // "Libya hailed the ruling", "condemned the move": a definite noun of
      // data/events/words.tsv (`event_anaphor`) right after the reaction names the last act
      // told before this sentence.
      const std::size_t after = c.last + 1;
      if (!linked && after + 1 < words().size() && words()[after].lower == "the" &&
          lx_.event_anaphor.count(words()[after + 1].lower)) {
        // any told act or decision ("rejected the objections" is a ruling), not a statement; in
        // the nearest sentence that has one, its verb rather than a noun
        std::size_t pick = SIZE_MAX;
        for (std::size_t k = i; k-- > 0;) {
          const Candidate& o = cands_[k];
          if (o.sentence == c.sentence) continue;
          if (pick != SIZE_MAX && o.sentence != cands_[pick].sentence) break;
          if (o.modality != Modality::occurred || o.pos == 'a' || !o.cameo || o.cameo->starts_with("01")) continue;
          if (pick == SIZE_MAX || (cands_[pick].pos != 'v' && o.pos == 'v')) pick = k;
        }
        const std::size_t to = pick == SIZE_MAX ? SIZE_MAX : event_of[group_of[pick]];
        if (to != SIZE_MAX && to != from) {
          x.links.push_back(trigger_link(from, to, Relation::responds_to, c, after + 1));
        }
      }
    }
    // The other side of a reply or visit told with one side only (src/events/parties.cpp).
    std::vector<detail::PartyAnchor> anchors(x.events.size());
    for (std::size_t g = 0; g < groups.size(); ++g)
      if (event_of[g] != SIZE_MAX)
        for (std::size_t k : groups[g].members) anchors[event_of[g]].at.push_back({cands_[k].sentence, cands_[k].first, cands_[k].last});
    detail::fill_parties(x, anchors, seg_, w_);
    return x;
  }

  const Document& doc_;
  const Segmented& seg_;
  const std::vector<Timex>& tx_;
  const std::vector<ActorMention>& am_;
  const Lexicon& lx_;
  const detail::Words& w_;
  std::vector<std::size_t> actor_at_, timex_at_;
  std::vector<std::uint32_t> classes_;  // per word: detail::word_classes of its lower form
  std::vector<bool> trigger_word_;  // per sentence: the words of a trigger found in it
  std::optional<Day> dct_;
  std::vector<Candidate> cands_;
};

}  // namespace

Extraction extract_events(const Document& doc, const Segmented& text, const std::vector<Timex>& timexes,
                          const std::vector<ActorMention>& actors) {
  const detail::Words words = detail::split_words(text);
  return Extractor(doc, text, timexes, actors, words).run();
}

Extraction detail::extract_events(const Document& doc, const Segmented& text, const std::vector<Timex>& timexes,
                                  const std::vector<ActorMention>& actors, const Words& words) {
  return Extractor(doc, text, timexes, actors, words).run();
}

}  // namespace dateline
