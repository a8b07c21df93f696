#include "timex/lexicon.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <charconv>
#include <stdexcept>

namespace dateline::timex {
namespace {

std::string_view data(std::string_view name) {
  auto f = embedded::file(name);
  if (!f) throw std::logic_error("embedded data file missing: " + std::string(name));
  return *f;
}

int to_int(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size()) return -1;
  return v;
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

Lexicon load() {
  Lexicon l;
  using Row = const std::vector<std::string_view>&;
  tsv::for_each_row(data("timex/months.tsv"), true, [&](Row f) {
    if (f.size() < 3) return;
    l.months[std::string(f[0])] = to_int(f[1]);
    l.month_abbrev[std::string(f[0])] = f[2] == "1";
  });
  tsv::for_each_row(data("timex/weekdays.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.weekdays[std::string(f[0])] = to_int(f[1]);
  });
  tsv::for_each_row(data("timex/numbers.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.numbers[std::string(f[0])] = f[1] == "X" ? -1 : to_int(f[1]);
  });
  tsv::for_each_row(data("timex/ordinals.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.ordinals[std::string(f[0])] = to_int(f[1]);
  });
  tsv::for_each_row(data("timex/units.tsv"), true, [&](Row f) {
    if (f.size() >= 3) l.units[std::string(f[0])] = {std::string(f[1]), f[2] == "1"};
  });
  int season = 0;
  static constexpr std::string_view kCodes[] = {"SP", "SU", "FA", "WI"};
  tsv::for_each_row(data("timex/seasons.tsv"), true, [&](Row f) {
    if (f.size() < 2) return;
    for (season = 0; season < 4; ++season)
      if (kCodes[season] == f[1]) l.seasons[std::string(f[0])] = season;
  });
  tsv::for_each_row(data("timex/day_parts.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.day_parts[std::string(f[0])] = std::string(f[1]);
  });
  tsv::for_each_row(data("timex/tense.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.tense[std::string(f[0])] = std::string(f[1]);
  });
  tsv::for_each_row(data("timex/prepositions.tsv"), true, [&](Row f) {
    if (!f.empty()) l.prepositions[std::string(f[0])] = true;
  });
  tsv::for_each_row(data("timex/zones.tsv"), true, [&](Row f) {
    if (!f.empty()) l.zones[std::string(f[0])] = true;
  });
  // The sentence splitter's abbreviations, without their final period: the tagger splits
  // sentences itself, and a tense cue must not be cut off by "vs." or "Calif.".
  tsv::for_each_row(data("text/abbreviations.tsv"), true, [&](Row f) {
    if (f.size() < 2 || f[0].size() < 2 || f[0].back() != '.') return;
    std::string w(f[0].substr(0, f[0].size() - 1));
    if (w.find('.') != std::string::npos) return;  // "U.S.", "e.g.": single letters, known by shape
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    l.abbreviations[w] = f[1] == "title";
  });
  auto phrases = [&](std::string_view file, std::vector<Phrase>& out) {
    tsv::for_each_row(data(file), true, [&](Row f) {
      if (f.size() < 3) return;
      out.push_back({phrase_words(f[0]), std::string(f[1]), std::string(f[2]), f.size() > 3 ? std::string(f[3]) : ""});
    });
  };
  phrases("timex/fuzzy.tsv", l.fuzzy);
  phrases("timex/modifiers.tsv", l.modifiers);
  phrases("timex/named_periods.tsv", l.named);
  tsv::for_each_row(data("timex/historic_days.tsv"), true, [&](Row f) {
    if (f.size() < 4) return;
    std::string_view nouns = f[2];
    while (!nouns.empty()) {
      const std::size_t sp = nouns.find(' ');
      const std::string_view noun = nouns.substr(0, sp);
      if (!noun.empty())
        l.historic_days[std::string(f[0]) + "-" + std::string(f[1]) + " " + std::string(noun)] = std::stoi(std::string(f[3]));
      nouns = sp == std::string_view::npos ? std::string_view{} : nouns.substr(sp + 1);
    }
  });
  tsv::for_each_row(data("timex/holidays.tsv"), true, [&](Row f) {
    if (f.size() >= 2) l.holidays.push_back({phrase_words(f[0]), std::string(f[1]), f.size() > 2 ? std::string(f[2]) : "", {}});
  });
  return l;
}

void index(const std::vector<Phrase>& list, Lexicon::Index& out) {
  for (const Phrase& p : list)
    if (!p.words.empty()) out[p.words[0]].push_back(&p);
}

}  // namespace

std::vector<std::string> phrase_words(std::string_view p) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < p.size()) {
    if (p[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    const bool alpha = is_alnum(p[i]) && !(p[i] >= '0' && p[i] <= '9');
    const bool digit = p[i] >= '0' && p[i] <= '9';
    if (alpha)
      while (j < p.size() && is_alnum(p[j]) && !(p[j] >= '0' && p[j] <= '9')) ++j;
    else if (digit)
      while (j < p.size() && p[j] >= '0' && p[j] <= '9') ++j;
    std::string w(p.substr(i, j - i));
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

const Lexicon& lexicon() {
  // The indexes point into the phrase vectors and `words` into the maps' nodes; moving a
  // vector or an unordered_map keeps its elements in place, so they stay valid when the
  // lexicon is moved into the static.
  static const Lexicon l = [] {
    Lexicon x = load();
    index(x.fuzzy, x.fuzzy_index);
    index(x.modifiers, x.modifier_index);
    index(x.named, x.named_index);
    index(x.holidays, x.holiday_index);
    tsv::for_each_row(data("timex/rule_words.tsv"), true, [&](const std::vector<std::string_view>& f) {
      if (!f.empty()) x.words[std::string(f[0])];
    });
    for (auto& [k, v] : x.months) x.words[k].months = &v;
    for (auto& [k, v] : x.month_abbrev) x.words[k].month_abbrev = &v;
    for (auto& [k, v] : x.weekdays) x.words[k].weekdays = &v;
    for (auto& [k, v] : x.numbers) x.words[k].numbers = &v;
    for (auto& [k, v] : x.ordinals) x.words[k].ordinals = &v;
    for (auto& [k, v] : x.units) x.words[k].units = &v;
    for (auto& [k, v] : x.seasons) x.words[k].seasons = &v;
    for (auto& [k, v] : x.day_parts) x.words[k].day_parts = &v;
    for (auto& [k, v] : x.tense) x.words[k].tense = &v;
    for (auto& [k, v] : x.prepositions) x.words[k].preposition = &v;
    for (auto& [k, v] : x.abbreviations) x.words[k].abbreviation = &v;
    for (auto& [k, v] : x.fuzzy_index) x.words[k].fuzzy = &v;
    for (auto& [k, v] : x.modifier_index) x.words[k].modifier = &v;
    for (auto& [k, v] : x.named_index) x.words[k].named = &v;
    for (auto& [k, v] : x.holiday_index) x.words[k].holiday = &v;
    tsv::for_each_row(data("text/sentence_starters.tsv"), true, [&](const std::vector<std::string_view>& f) {
      if (f.empty()) return;
      std::string w(f[0]);
      for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      x.words[w].sentence_starter = true;
    });
    for (auto& [k, v] : x.words) v.starts = !(v.tense || v.preposition || v.abbreviation || v.sentence_starter) || v.months || v.month_abbrev || v.weekdays ||
                                           v.numbers || v.ordinals || v.units || v.seasons || v.day_parts || v.fuzzy ||
                                           v.modifier || v.named || v.holiday;
    tsv::for_each_row(data("timex/rule_words.tsv"), true, [&](const std::vector<std::string_view>& f) {
      if (!f.empty()) x.words[std::string(f[0])].starts = true;
    });
    // The look-ahead at the gated words (see WordInfo::gated). New entries start nothing.
    const auto time_word = [&](std::string_view phrase) {
      for (const std::string& w : phrase_words(phrase)) x.words[w].time_word = true;
    };
    const auto time_words = [&](const auto& map) {
      for (const auto& kv : map) time_word(kv.first);
    };
    time_words(x.months), time_words(x.month_abbrev), time_words(x.weekdays), time_words(x.numbers);
    time_words(x.ordinals), time_words(x.units), time_words(x.seasons), time_words(x.day_parts);
    for (const auto* list : {&x.fuzzy, &x.modifiers, &x.named, &x.holidays})
      for (const Phrase& p : *list)
        for (const std::string& w : p.words) x.words[w].time_word = true;
    for (const char* file : {"timex/rule_words.tsv", "timex/inner_words.tsv"})
      tsv::for_each_row(data(file), true, [&](const std::vector<std::string_view>& f) {
        if (!f.empty()) time_word(f[0]);
      });
    tsv::for_each_row(data("timex/gated_starts.tsv"), true, [&](const std::vector<std::string_view>& f) {
      if (!f.empty()) x.words[std::string(f[0])].gated = true;
    });
    // Heads (see WordInfo::head): derived from the lists, so that a word added to one of them
    // is a head at once; of the words the rules test by name, all but the listed prefixes.
    const auto heads = [&](const auto& map) {
      for (const auto& kv : map) x.words[kv.first].head = true;
    };
    heads(x.months), heads(x.month_abbrev), heads(x.weekdays), heads(x.units), heads(x.seasons), heads(x.day_parts);
    for (const auto* list : {&x.fuzzy, &x.named, &x.holidays})
      for (const Phrase& p : *list)
        if (!p.words.empty()) x.words[p.words.back()].head = true;
    // the first word of a year told in words ("nineteen ninety-six": Tagger::year_at)
    for (auto& [k, v] : x.numbers)
      if (v >= 11 && v <= 20) x.words[k].head = true;
    std::unordered_map<std::string, bool> prefixes;
    tsv::for_each_row(data("timex/prefix_words.tsv"), true, [&](const std::vector<std::string_view>& f) {
      if (!f.empty()) prefixes[std::string(f[0])] = true;
    });
    for (const char* file : {"timex/rule_words.tsv", "timex/inner_words.tsv"})
      tsv::for_each_row(data(file), true, [&](const std::vector<std::string_view>& f) {
        if (f.empty()) return;
        for (const std::string& w : phrase_words(f[0]))
          if (!prefixes.count(w)) x.words[w].head = true;
      });
    for (const auto& [k, v] : x.words) x.word_filter.add(k);
    x.word_table = WordTable<WordInfo>(x.words);
    return x;
  }();
  return l;
}

}  // namespace dateline::timex
