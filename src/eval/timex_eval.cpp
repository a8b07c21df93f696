// The timex evaluation: TempEval-3 Task A definitions, re-implemented over byte offsets.
#include "eval/timex_eval.hpp"

#include "eval/timeml.hpp"

#include <dateline/error.hpp>
#include <dateline/io.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>

namespace dateline::eval {
namespace {

struct Range {
  std::uint32_t start, end;
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool leading_punct(char c) { return c == '[' || c == '{' || c == '(' || c == '"' || c == '`' || c == '\''; }
bool trailing_punct(char c) {
  return c == ']' || c == '}' || c == ')' || c == '"' || c == '\'' || c == ',' || c == ';' || c == ':' ||
         c == '!' || c == '?' || c == '%' || c == '`';
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Words whose final period belongs to them (the toolkit keeps these whole).
constexpr std::array<std::string_view, 30> kAbbrev{
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "Jr.", "Sr.", "St.", "Gen.",
    "Gov.", "Sen.", "Rep.", "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "No.", "vs.", "etc.", "Calif.", "Mass.", "Tex.", "Fla."};

bool keeps_period(std::string_view w) {
  if (std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end()) return true;
  // initials and "p.m.": letter-period pairs
  if (w.size() < 2 || w.size() % 2) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!is_alpha(w[i]) || w[i + 1] != '.') return false;
  return true;
}

// The toolkit's tokens, approximately: whitespace words, outer punctuation split off, a final
// period split unless the word keeps it, clitics split, one inner hyphen split.
std::vector<Range> tokenize(std::string_view s) {
  std::vector<Range> out;
  auto emit = [&](std::size_t a, std::size_t b) {
    if (b > a) out.push_back({static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)});
  };
  std::size_t i = 0;
  while (i < s.size()) {
    if (is_space(s[i])) {
      ++i;
      continue;
    }
    std::size_t a = i, b = i;
    while (b < s.size() && !is_space(s[b])) ++b;
    i = b;
    std::vector<Range> tail;
    while (b - a > 1 && leading_punct(s[a])) emit(a, a + 1), ++a;
    while (b - a > 1) {
      std::string_view w = s.substr(a, b - a);
      if (trailing_punct(s[b - 1])) {
        tail.push_back({static_cast<std::uint32_t>(b - 1), static_cast<std::uint32_t>(b)});
        --b;
      } else if (s[b - 1] == '.' && !keeps_period(w) && w != "...") {
        tail.push_back({static_cast<std::uint32_t>(b - 1), static_cast<std::uint32_t>(b)});
        --b;
      } else {
        break;
      }
    }
    // clitics
    std::string_view w = s.substr(a, b - a);
    for (std::string_view cl : {"'s", "'re", "'ve", "'d", "'m", "'ll", "n't"}) {
      if (w.size() > cl.size() && w.substr(w.size() - cl.size()) == cl) {
        tail.push_back({static_cast<std::uint32_t>(b - cl.size()), static_cast<std::uint32_t>(b)});
        b -= cl.size();
        break;
      }
    }
    w = s.substr(a, b - a);
    std::size_t h = w.find('-');
    if (h != std::string_view::npos && h > 0 && h + 1 < w.size() && w.find('-', h + 1) == std::string_view::npos) {
      emit(a, a + h);
      emit(a + h, a + h + 1);
      emit(a + h + 1, b);
    } else {
      emit(a, b);
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out.push_back(*it);
  }
  return out;
}

// [first, last] token indices an annotation touches, or none.
std::optional<std::pair<std::size_t, std::size_t>> token_span(const std::vector<Range>& toks, const Annotation& a) {
  auto first = std::lower_bound(toks.begin(), toks.end(), a.start, [](const Range& r, std::uint32_t p) { return r.end <= p; });
  if (first == toks.end() || first->start >= a.end) return std::nullopt;
  auto last = first;
  while (last + 1 != toks.end() && (last + 1)->start < a.end) ++last;
  return std::pair{static_cast<std::size_t>(first - toks.begin()), static_cast<std::size_t>(last - toks.begin())};
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), is_space);
}

}  // namespace

TimexCounts& TimexCounts::operator+=(const TimexCounts& o) {
  docs += o.docs, gold += o.gold, system += o.system, strict += o.strict, relaxed += o.relaxed;
  value += o.value, type += o.type;
  return *this;
}

TimexCounts score_timexes(std::string_view plain, const std::vector<Annotation>& gold,
                          const std::vector<Annotation>& system) {
  const std::vector<Range> toks = tokenize(plain);
  TimexCounts c;
  c.docs = 1;
  using Span = std::optional<std::pair<std::size_t, std::size_t>>;
  std::vector<Span> gs, ss;
  for (const auto& g : gold) gs.push_back(token_span(toks, g));
  for (const auto& s : system) ss.push_back(token_span(toks, s));
  c.gold = gold.size();
  c.system = system.size();
  std::size_t i = 0, j = 0;
  while (i < gold.size() && j < system.size()) {
    if (!gs[i]) { ++i; continue; }
    if (!ss[j]) { ++j; continue; }
    if (gs[i]->second < ss[j]->first) { ++i; continue; }
    if (ss[j]->second < gs[i]->first) { ++j; continue; }
    std::string_view gt = plain.substr(gold[i].start, gold[i].end - gold[i].start);
    std::string_view st = plain.substr(system[j].start, system[j].end - system[j].start);
    if (!blank(gt) && !blank(st)) {
      ++c.relaxed;
      c.strict += gt == st;
      c.type += gold[i].type == system[j].type;
      c.value += gold[i].value == system[j].value;
    }
    ++i, ++j;
  }
  return c;
}

TimexMetrics metrics(const TimexCounts& c) {
  auto ratio = [](std::size_t a, std::size_t b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  TimexMetrics m;
  m.strict_p = ratio(c.strict, c.system), m.strict_r = ratio(c.strict, c.gold), m.strict_f1 = f1(m.strict_p, m.strict_r);
  m.relaxed_p = ratio(c.relaxed, c.system), m.relaxed_r = ratio(c.relaxed, c.gold);
  m.relaxed_f1 = f1(m.relaxed_p, m.relaxed_r);
  m.value_f1 = c.relaxed ? m.relaxed_f1 * static_cast<double>(c.value) / static_cast<double>(c.relaxed) : 0.0;
  m.type_f1 = c.relaxed ? m.relaxed_f1 * static_cast<double>(c.type) / static_cast<double>(c.relaxed) : 0.0;
  return m;
}

std::string format_metrics(const TimexCounts& c) {
  const TimexMetrics m = metrics(c);
  std::string out;
  char buf[96];
  auto line = [&](const char* name, double v) {
    std::snprintf(buf, sizeof buf, "%s\t%.2f\n", name, v);
    out += buf;
  };
  line("strict_F1", m.strict_f1), line("strict_P", m.strict_p), line("strict_R", m.strict_r);
  line("relaxed_F1", m.relaxed_f1), line("relaxed_P", m.relaxed_p), line("relaxed_R", m.relaxed_r);
  line("value_F1", m.value_f1), line("type_F1", m.type_f1);
  std::snprintf(buf, sizeof buf, "counts\tgold=%zu system=%zu strict=%zu relaxed=%zu value=%zu type=%zu docs=%zu\n",
                c.gold, c.system, c.strict, c.relaxed, c.value, c.type, c.docs);
  out += buf;
  return out;
}

TimexEvalResult evaluate_timex_dir(const std::string& gold_dir, const std::optional<std::string>& out_dir,
                                   bool explain, int repeat) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(gold_dir, ec)) throw Error(gold_dir, "not a directory");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(gold_dir)) {
    if (e.path().extension() == ".tml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (out_dir) fs::create_directories(*out_dir);
  TimexEvalResult res;
  for (const fs::path& p : files) {
    const std::string name = p.string();
    TimemlFile f = read_timeml(read_file(name), name);
    const Document doc = to_document(f, name);
    std::vector<Timex> found;
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < std::max(1, repeat); ++r) {
      const Segmented seg = segment(doc.text);
      found = find_timexes(seg, TimexOptions{f.dct});
    }
    res.tag_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    res.text_bytes += doc.text.size() * static_cast<std::size_t>(std::max(1, repeat));
    if (out_dir) write_file_atomic((fs::path(*out_dir) / p.filename()).string(), timexes_to_timeml(doc, found));
    std::vector<Annotation> gold, sys;
    for (const auto& g : f.timexes) gold.push_back({g.start, g.end, g.type, g.value});
    for (const auto& anchored : found) {
      const auto t = as_timeml(anchored);  // scored as TimeML annotates it
      if (t) sys.push_back({t->start, t->end, std::string(to_string(t->type)), t->value});
    }
    res.counts += score_timexes(f.plain, gold, sys);
    if (explain) {
      // One line per gold or system timex that is not a perfect match.
      std::string_view plain = f.plain;
      auto text = [&](const Annotation& a) { return std::string(plain.substr(a.start, a.end - a.start)); };
      std::size_t i = 0, j = 0;
      const std::string base = p.filename().string();
      auto ctx = [&](const Annotation& a) {
        std::size_t s = a.start > 40 ? a.start - 40 : 0;
        std::string c(plain.substr(s, std::min<std::size_t>(plain.size(), a.end + 40) - s));
        std::replace(c.begin(), c.end(), '\n', ' ');
        return c;
      };
      const std::string dct = f.dct ? format_day(Day{*f.dct}) : "none";
      while (i < gold.size() || j < sys.size()) {
        bool take_gold = j >= sys.size() || (i < gold.size() && gold[i].start <= sys[j].start);
        if (i < gold.size() && j < sys.size() && gold[i].start < sys[j].end && sys[j].start < gold[i].end) {
          if (text(gold[i]) != text(sys[j]) || gold[i].value != sys[j].value || gold[i].type != sys[j].type)
            res.errors.push_back("MISMATCH\t" + base + "\t" + dct + "\t" + text(gold[i]) + "|" + gold[i].type + "|" +
                                 gold[i].value + "\t" + text(sys[j]) + "|" + sys[j].type + "|" + sys[j].value + "\t" +
                                 ctx(gold[i]));
          ++i, ++j;
        } else if (take_gold) {
          res.errors.push_back("MISSED\t" + base + "\t" + dct + "\t" + text(gold[i]) + "|" + gold[i].type + "|" +
                               gold[i].value + "\t\t" + ctx(gold[i]));
          ++i;
        } else {
          res.errors.push_back("SPURIOUS\t" + base + "\t" + dct + "\t\t" + text(sys[j]) + "|" + sys[j].type + "|" +
                               sys[j].value + "\t" + ctx(sys[j]));
          ++j;
        }
      }
    }
  }
  return res;
}

}  // namespace dateline::eval
