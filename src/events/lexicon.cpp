#include "events/lexicon.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "common/word_classes.hpp"

#include <algorithm>
#include <cctype>

namespace dateline::detail {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::map<std::string, std::pair<std::string, std::string>, std::less<>> irregulars() {
  std::map<std::string, std::pair<std::string, std::string>, std::less<>> m;
  tsv::for_each_row(embedded::file("events/irregular.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() >= 3) m[std::string(f[0])] = {std::string(f[1]), std::string(f[2])};
  });
  return m;
}

std::set<std::string, std::less<>> noun_forms(std::string_view w) {
  std::set<std::string, std::less<>> out{std::string(w)};
  std::string s(w);
  if (s.empty()) return out;
  char last = s.back();
  if (last == 's' || last == 'x' || last == 'z' || s.ends_with("ch") || s.ends_with("sh")) out.insert(s + "es");
  else if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2])) out.insert(s.substr(0, s.size() - 1) + "ies");
  else out.insert(s + "s");
  return out;
}

const std::map<std::string, std::pair<std::string, std::string>, std::less<>>& irregular_table() {
  static const auto t = irregulars();
  return t;
}

// The word classes of data/events/words.tsv that are plain sets: each row's word as written,
// or, for a verb class, every inflection of the lemma given.
struct WordClass {
  std::string_view name;
  WordSet Lexicon::*set;
  bool verb;
};
constexpr WordClass kWordClasses[] = {
    {"predicative", &Lexicon::predicative, false},
    {"relative", &Lexicon::relative, false},
    {"predicate_end", &Lexicon::predicate_end, false},
    {"calling", &Lexicon::calling, true},
    {"unit_noun", &Lexicon::unit_noun, false},
    {"nobody", &Lexicon::nobody, false},
    {"saying", &Lexicon::saying_nouns, false},
    {"background", &Lexicon::background, false},
    {"condition", &Lexicon::condition, false},
    {"inner_adverb", &Lexicon::inner_adverb, false},
    {"event_anaphor", &Lexicon::event_anaphor, false},
    {"aspect", &Lexicon::aspect, true},
    {"future_in_past", &Lexicon::future_in_past, false},
    {"generic_head", &Lexicon::generic_head, false},
    {"purpose", &Lexicon::purpose, false},
    {"lay_speaker", &Lexicon::lay_speaker, false},
    {"envoy", &Lexicon::envoy, false},
    {"place_preposition", &Lexicon::place_preposition, false},
    {"topic", &Lexicon::topic, true},
    {"declined_saying", &Lexicon::declined_saying, true},
    {"intention", &Lexicon::intention, false},
    {"cancel", &Lexicon::cancel, false},
    {"own_code", &Lexicon::own_code, false},
    {"span_unit", &Lexicon::span_unit, false},
    {"topic_noun", &Lexicon::topic_noun, false},
    {"addressee", &Lexicon::addressee, true},
    {"deadline", &Lexicon::deadline, false},
    {"intransitive", &Lexicon::intransitive, false},
    {"object_preposition", &Lexicon::object_preposition, false},
    {"own_object", &Lexicon::own_object, false},
    {"passive_only", &Lexicon::passive_only, false},
    {"finite_only", &Lexicon::finite_only, false},
    {"by_only", &Lexicon::by_only, false},
    {"left_place", &Lexicon::left_place, false},
    {"envoy_word", &Lexicon::envoy_word, false},
    {"relative_closer", &Lexicon::relative_closer, false},
    {"response_signal", &Lexicon::response_signal, false},
    {"summoned_to", &Lexicon::summoned_to, false},
    {"document", &Lexicon::document, false},
    {"denied_back", &Lexicon::denied_back, false},
    {"left_open", &Lexicon::left_open, false},
    {"person_object", &Lexicon::person_object, false},
    {"embedding", &Lexicon::embedding, true},
};

const WordClass* word_class(std::string_view name) {
  for (const WordClass& c : kWordClasses)
    if (c.name == name) return &c;
  return nullptr;
}

Lexicon load() {
  Lexicon lx;
  tsv::for_each_row(embedded::file("events/lexicon.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 4) return;
    auto ws = phrase_words(f[0]);
    if (ws.empty()) return;
    LexEntry e;
    e.phrase = std::string(f[0]);
    e.pos = f[1].empty() ? 'v' : f[1][0];
    if (f[2] != "-") e.cameo = std::string(f[2]);
    e.label = f.size() > 4 ? std::string(f[4]) : std::string();
    e.cls = f[3] == "speech" ? TriggerClass::speech
            : f[3] == "meet" ? TriggerClass::meet
            : f[3] == "warn" ? TriggerClass::warn
                             : TriggerClass::act;
    for (std::size_t k = 0; k < ws.size(); ++k) {
      // "*" in a verb phrase: the verb's object, of any shape (an empty set marks the slot).
      if (e.pos == 'v' && k > 0 && ws[k] == "*") {
        e.forms.emplace_back();
        continue;
      }
      if (e.pos == 'v' && k == 0) e.forms.push_back(verb_forms(ws[k]));
      else if (k + 1 == ws.size() || e.pos == 'v') e.forms.push_back(noun_forms(ws[k]));
      else e.forms.push_back({ws[k]});
      // British spelling of the same word ("criticise", "normalisation"), so that the
      // lexicon lists each word once and reads either outlet
      const std::string& w = ws[k];
      for (std::string_view z : {std::string_view("ize"), std::string_view("ization")}) {
        if (w.size() <= z.size() + 2 || !w.ends_with(z)) continue;
        std::string uk = w;
        uk[uk.size() - z.size() + 1] = 's';  // the z of -ize, -ization
        auto more = e.pos == 'v' && k == 0 ? verb_forms(uk) : noun_forms(uk);
        e.forms.back().insert(more.begin(), more.end());
      }
    }
    std::size_t idx = lx.entries.size();
    for (const auto& form : e.forms[0]) lx.by_first[form].push_back(idx);
    lx.entries.push_back(std::move(e));
  });
  tsv::for_each_row(embedded::file("events/cues.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 2) return;
    auto ws = phrase_words(f[0]);
    std::string key;
    for (const auto& w : ws) key += (key.empty() ? "" : " ") + w;
    lx.max_cue_words = std::max(lx.max_cue_words, ws.size());
    lx.cues[key] = f[1] == "none" ? std::nullopt : parse_modality(f[1]);
  });
  tsv::for_each_row(embedded::file("events/reporting.tsv").value_or(""), true, [&](const auto& f) {
    for (const auto& form : verb_forms(f[0])) {
      lx.reporting.insert(form);
      lx.reporting_lemma[form] = std::string(f[0]);
    }
  });
  tsv::for_each_row(embedded::file("events/pairs.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() >= 2) lx.pairs[std::string(f[0])] = f[1] == "person" ? ActorKind::person : ActorKind::state;
  });
  tsv::for_each_row(embedded::file("events/signals.tsv").value_or(""), true,
                    [&](const auto& f) { lx.signals.insert(std::string(f[0])); });
  for (const auto& [lemma, forms] : irregular_table()) {
    lx.past_forms.insert(forms.first);
    lx.participles.insert(forms.second);
  }
  tsv::for_each_row(embedded::file("events/words.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() < 2) return;
    std::string key;
    for (const auto& w : phrase_words(f[1])) key += (key.empty() ? "" : " ") + w;
    if (f[0] == "sense_stop") {
      auto ws = phrase_words(f[1]);
      if (ws.size() == 2) lx.sense_stop.emplace_back(verb_forms(ws[0]), noun_forms(ws[1]));
    } else if (f[0] == "reaction") {
      lx.reaction.emplace_back(f[1]);
    } else if (f[0] == "force") {
      lx.force.emplace_back(f[1]);
    } else if (f[0] == "family") {
      lx.families.push_back(phrase_words(f[1]));
    } else if (const WordClass* c = word_class(f[0])) {
      if (c->verb)
        for (const auto& form : verb_forms(key)) (lx.*(c->set)).insert(form);
      else
        (lx.*(c->set)).insert(key);
    }
  });
  tsv::for_each_row(embedded::file("text/weekdays.tsv").value_or(""), true,
                    [&](const auto& f) {
                      std::string w(f[0]);
                      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                      lx.weekdays.insert(std::move(w));
                    });
  for (LexEntry& e : lx.entries) {
    e.passive_only = lx.passive_only.count(e.phrase) > 0;
    e.by_only = lx.by_only.count(e.phrase) > 0;
    e.finite_only = lx.finite_only.count(e.phrase) > 0;
    e.intransitive = lx.intransitive.count(e.phrase) > 0;
  }
  return lx;
}

}  // namespace

std::set<std::string, std::less<>> verb_forms(std::string_view lemma_view) {
  std::string w(lemma_view);
  std::set<std::string, std::less<>> out{w, third_person(w)};
  if (w.empty()) return out;
  char last = w.back();
  std::string stem = w;
  if (last == 'e') {
    out.insert(w + "d");
    if (!w.ends_with("ee")) stem = w.substr(0, w.size() - 1);
    out.insert(stem + "ing");
  } else if (last == 'y' && w.size() > 1 && !vowel(w[w.size() - 2])) {
    out.insert(w.substr(0, w.size() - 1) + "ied");
    out.insert(w + "ing");
  } else {
    out.insert(w + "ed");
    out.insert(w + "ing");
    // Consonant-vowel-consonant endings may double ("ban" -> "banned"); both spellings are
    // listed, the wrong one never occurs in text.
    if (w.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[w.size() - 2]) &&
        !vowel(w[w.size() - 3])) {
      out.insert(w + last + "ed");
      out.insert(w + last + "ing");
    }
  }
  if (auto it = irregular_table().find(w); it != irregular_table().end()) {
    out.insert(it->second.first);
    out.insert(it->second.second);
  }
  return out;
}

std::string third_person(std::string_view lemma) {
  std::string s(lemma);
  if (s.empty()) return s;
  if (s == "have") return "has";
  if (s == "be") return "is";
  char last = s.back();
  if (last == 's' || last == 'x' || last == 'z' || last == 'o' || s.ends_with("ch") || s.ends_with("sh")) return s + "es";
  if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

std::string plural_present(std::string_view lemma) { return lemma == "be" ? std::string("are") : std::string(lemma); }

const Lexicon& lexicon() {
  static const Lexicon lx = load();
  return lx;
}

const PhraseSet& signal_set() {
  static const PhraseSet set(lexicon().signals);
  return set;
}

const PhraseSet& reporting_set() {
  static const PhraseSet set(lexicon().reporting);
  return set;
}

const PhraseIndex<std::optional<Modality>>& cue_index() {
  static const PhraseIndex<std::optional<Modality>> index(lexicon().cues);
  return index;
}

// by_first hashed: every word of every sentence is looked up in it.
const PhraseIndex<std::vector<std::size_t>>& by_first_index() {
  static const PhraseIndex<std::vector<std::size_t>> index(lexicon().by_first);
  return index;
}

bool may_start_trigger(std::string_view lower) { return by_first_index().find(lower) != nullptr; }

std::uint32_t word_classes(std::string_view lower) {
  static const WordClasses& classes = []() -> const WordClasses& {
    // The keys are the lexicon's own strings, which live as long as the program.
    static WordClasses c;
    const Lexicon& lx = lexicon();
    for (const std::string& w : lx.reporting) c.add(w, kReportingWord);
    for (const std::string& w : lx.signals) c.add(w, kSignalWord);
    for (const auto& first : lx.by_first) c.add(first.first, kTriggerStart);
    for (const auto& pair : lx.sense_stop)
      for (const std::string& w : pair.first) c.add(w, kSenseStopVerb);
    c.seal();
    return c;
  }();
  return classes.of(lower);
}

namespace {
// A comma between digits with no space around it ("45,000"). Inline: match_trigger asks it
// twice at every word it reads past, and most of these words are no comma.
[[gnu::always_inline]] inline bool thousands_comma(const std::vector<Word>& words, std::size_t j, std::size_t end) {
  if (j == 0 || j + 1 >= end || words[j].lower != ",") return false;
  const Word& a = words[j - 1];
  const Word& b = words[j + 1];
  auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
  return a.end == words[j].start && words[j].end == b.start && !a.lower.empty() && !b.lower.empty() &&
         digit(a.lower.back()) && digit(b.lower.front());
}
// "$", "£", "€": the sign before an amount's figure.
bool currency_sign(std::string_view w) { return w == "$" || w == "\xc2\xa3" || w == "\xe2\x82\xac"; }
// Words an object slot ("*" in a verb phrase) may hold: a title and a full name with an
// appositive ("Brazilian President Luiz Inacio Lula da Silva").
constexpr std::size_t kObjectSlot = 10;
}  // namespace

std::optional<TriggerMatch> match_trigger(const std::vector<Word>& words, std::size_t i, std::size_t end,
                                          bool after_determiner, bool noun_only) {
  const Lexicon& lx = lexicon();
  if (i >= end || words[i].punct) return std::nullopt;
  const std::vector<std::size_t>* first = by_first_index().find(words[i].lower);
  if (!first) return std::nullopt;
  std::optional<TriggerMatch> best;
  std::size_t best_words = 0;
  for (std::size_t idx : *first) {
    const LexEntry& e = lx.entries[idx];
    if (after_determiner && e.pos == 'v' && e.forms.size() == 1) continue;
    if (noun_only && e.pos == 'v') continue;
    if (e.passive_only) continue;
    if (e.by_only && !(i + 1 < end && words[i + 1].lower == "by")) continue;
    // a finite verb: not an infinitive of aim, nor a word of a name ("told The Associated Press")
    if (i > 0 && (words[i - 1].lower == "to" || (words[i].cap && !words[i - 1].punct)) && e.finite_only)
      continue;
    // Words of a verb phrase may be a few words apart ("recalled its ambassador"); a noun
    // phrase is contiguous.
    const std::size_t gap = e.pos == 'v' ? 3 : 0;
    std::size_t at = i;
    bool ok = true;
    bool slot = false;  // after a "*": the object between may be long, a name with an appositive
    for (std::size_t k = 1; k < e.forms.size() && ok; ++k) {
      if (e.forms[k].empty()) {
        slot = true;
        continue;
      }
      ok = false;
      bool with_name = false;  // inside a capitalised name right after "with"
      for (std::size_t j = at + 1, n = 0; j < end && n <= (slot ? kObjectSlot : gap); ++j) {
        // "declared the ambassador, Jane Doe, \"persona non grata\"": commas and quotation marks
        // inside the object slot
        if (slot && (words[j].quote || words[j].lower == ",")) continue;
        // "spoke with Turkish President Recep Tayyip Erdogan by phone": the name of the one
        // spoken with counts as one word, however long. (Only after "with": elsewhere a
        // capitalised run may hold the phrase's own words, "called the International Working
        // Group on Afghan Women" is no "call on".)
        with_name = words[j].cap && (words[j - 1].lower == "with" || (with_name && words[j - 1].cap));
        // A word of the phrase itself inside that run still counts (round 22: "spoke with
        // Chinese President Xi Jinping" is "speak with president").
        if (with_name && words[j - 1].cap && !e.forms[k].count(words[j].lower)) continue;
        // "deploy 45,000 Marines": the comma of a number and the digits after it are one word.
        if (thousands_comma(words, j, end) || (j > 0 && thousands_comma(words, j - 1, end))) continue;
        // "pledged $100 million in aid": a currency sign is part of the amount's figure, no
        // word of its own. (Figures still count: skipping them let "call up to 200,000
        // reservists for" read as "call for".)
        if (currency_sign(words[j].lower)) continue;
        if (words[j].punct && words[j].lower != "-") break;
        if (e.forms[k].count(words[j].lower)) {
          at = j;
          ok = true;
          slot = false;
          break;
        }
        // "shut down Iraq's major oil outlets": a possessive ending is no word of its own.
        if (words[j].lower == "'s") continue;
        ++n;
      }
    }
    if (!ok) continue;
    // "released the crew's statement" (round 23): a phrase's last word that owns what follows
    // is no object of the verb; what is released, freed or expelled is the thing owned.
    if (e.pos == 'v' && e.forms.size() > 1 && at > i && at + 1 < end && words[at + 1].lower == "'s") continue;
    // More words win. On one word, a noun beats a verb read as "-s" ("sanctions", "talks"):
    // in news such a word is far more often the plural noun.
    // A slot is no word, and a phrase with one loses a tie to a phrase without ("give * hours
    // to" an ultimatum, "give diplomats leave" an expulsion).
    const bool has_slot = std::any_of(e.forms.begin(), e.forms.end(), [](const auto& f) { return f.empty(); });
    std::size_t score = (e.forms.size() - (has_slot ? 1 : 0)) * 2;
    bool plural_verb = e.pos == 'v' && e.forms.size() == 1 && words[i].lower.ends_with("s") &&
                       !e.phrase.ends_with("s");
    if (!plural_verb && !has_slot) score += 1;
    if (score > best_words) {
      best_words = score;
      best = TriggerMatch{idx, i, at};
    }
  }
  return best;
}

bool inner_adverb(std::string_view w) { return w.ends_with("ly") || lexicon().inner_adverb.count(w) > 0; }

namespace {
// An entry's words after its verb, read with the object standing before the verb ("talks were
// broken off", "the ambassador was declared persona non grata"): some run of them (the object;
// none for an object complement of two or more words) heads the words before the verb, at most
// four words before `before`, and the others follow the verb word `i` in order, adjacent. The
// last word matched, or SIZE_MAX; `object` is set to the object's last word (SIZE_MAX: none).
std::size_t reversed_object(const std::vector<Word>& words, std::size_t begin, std::size_t before, std::size_t i,
                            const LexEntry& e, std::size_t& object) {
  const std::size_t n = e.forms.size();
  std::size_t best = SIZE_MAX;
  object = SIZE_MAX;
  for (std::size_t a = 1; a <= n; ++a) {
    for (std::size_t b = a; b <= n; ++b) {  // object = forms[a, b); none when a == b
      if (a == b && (a != 1 || n < 3)) continue;
      // the others, right after the verb
      std::size_t at = i;
      bool ok = true;
      for (std::size_t k = 1; k < n && ok; ++k) {
        if (k >= a && k < b) continue;
        ++at;
        // "were ordered to leave": the infinitive's "to" before the first word after the verb
        if (at == i + 1 && at + 1 < words.size() && words[at].lower == "to" && !e.forms[k].count("to")) ++at;
        ok = at < words.size() && !words[at].punct && e.forms[k].count(words[at].lower) > 0;
      }
      if (!ok) continue;
      // the object, its last word heading the subject: at most four words before `before`,
      // or eight when a prepositional phrase follows it ("talks between Iran and the United
      // States were broken off"); no punctuation between
      std::size_t head = SIZE_MAX;
      if (a < b) {
        ok = false;
        for (std::size_t j = before; j-- > begin && j + 9 > before && !ok;) {
          if (words[j].punct && words[j].lower != "'s") break;
          const bool near = j + 5 > before || (j + 1 < before && lexicon().object_preposition.count(words[j + 1].lower));
          if (!near || !e.forms[b - 1].count(words[j].lower) || j + 1 < b - a + begin) continue;
          ok = true;
          for (std::size_t k = 1; k < b - a && ok; ++k) ok = e.forms[b - 1 - k].count(words[j - k].lower) > 0;
          if (ok) head = j;
        }
        if (!ok) continue;
      }
      if (best == SIZE_MAX || at > best) {
        best = at;
        object = head;
      }
    }
  }
  return best;
}
}  // namespace

std::optional<TriggerMatch> match_passive(const std::vector<Word>& words, std::size_t begin, std::size_t i) {
  const Lexicon& lx = lexicon();
  if (i >= words.size() || i < begin + 1 || words[i].punct) return std::nullopt;
  const std::vector<std::size_t>* first = by_first_index().find(words[i].lower);
  if (!first) return std::nullopt;
  const std::string& part = words[i].lower;
  const bool participle = part.ends_with("ed") || lx.past_forms.count(part) || lx.participles.count(part);
  // "was recalled", "has been formally suspended"
  std::size_t be = i - 1;
  if (inner_adverb(words[be].lower) && be > begin) --be;
  const std::string& b = words[be].lower;
  bool passive = participle && i >= begin + 2 &&
                 (b == "was" || b == "were" || b == "been" || b == "is" || b == "are" || b == "be" || b == "being");
  if (passive && b == "been" && be > begin &&
      (words[be - 1].lower == "has" || words[be - 1].lower == "have" || words[be - 1].lower == "had"))
    --be;
  // "the ambassador was being recalled"
  if (passive && b == "being" && be > begin &&
      (words[be - 1].lower == "was" || words[be - 1].lower == "were" || words[be - 1].lower == "is" ||
       words[be - 1].lower == "are"))
    --be;
  // Round 18: "The Somali ambassador, recalled last week, said": a reduced relative, the
  // participle right after the object's comma and followed by what closes it (a date, "by", a
  // reason), not by an object of its own ("expelled diplomats, recalled its ambassador and").
  if (!passive && participle && !part.ends_with("ing") && i >= begin + 2 && words[i - 1].lower == ",") {
    const std::string& next = i + 1 < words.size() ? words[i + 1].lower : part;
    if (lx.relative_closer.count(next)) {
      passive = true;
      be = i - 1;
    }
  }
  std::optional<TriggerMatch> best;
  std::size_t best_words = 0;
  for (std::size_t idx : *first) {
    const LexEntry& e = lx.entries[idx];
    if (e.pos != 'v' || e.forms.size() < 2 || e.forms.size() <= best_words) continue;
    // "talks collapsed", "negotiations broke down": a verb listed as intransitive takes its
    // object as subject in the active voice too (not its "-ing" form: "collapsing talks").
    const bool intransitive = !passive && !part.ends_with("ing") && e.intransitive;
    if (!passive && !intransitive) continue;
    std::size_t object = SIZE_MAX;
    std::size_t last = reversed_object(words, begin, passive ? be : i, i, e, object);
    if (last == SIZE_MAX) continue;
    best_words = e.forms.size();
    best = TriggerMatch{idx, i, last, object};
  }
  return best;
}

}  // namespace dateline::detail
