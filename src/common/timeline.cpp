#include <dateline/error.hpp>
#include <dateline/timeline.hpp>

#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace dateline {
namespace {

// One table per enum keeps the JSON spelling and the parser from drifting apart.
template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<PublishedBasis, 5> kPublishedBasis{{{PublishedBasis::metadata, "metadata"},
                                                    {PublishedBasis::dateline, "dateline"},
                                                    {PublishedBasis::text, "text"},
                                                    {PublishedBasis::inferred, "inferred"},
                                                    {PublishedBasis::unknown, "unknown"}}};
constexpr Names<Modality, 6> kModality{{{Modality::occurred, "occurred"},
                                        {Modality::expected, "expected"},
                                        {Modality::proposed, "proposed"},
                                        {Modality::alleged, "alleged"},
                                        {Modality::negated, "negated"},
                                        {Modality::hypothetical, "hypothetical"}}};
constexpr Names<Precision, 9> kPrecision{{{Precision::day, "day"},
                                          {Precision::week, "week"},
                                          {Precision::month, "month"},
                                          {Precision::quarter, "quarter"},
                                          {Precision::season, "season"},
                                          {Precision::year, "year"},
                                          {Precision::decade, "decade"},
                                          {Precision::century, "century"},
                                          {Precision::unknown, "unknown"}}};
constexpr Names<DateBasis, 5> kDateBasis{{{DateBasis::explicit_date, "explicit"},
                                          {DateBasis::relative, "relative"},
                                          {DateBasis::publication, "publication"},
                                          {DateBasis::inferred, "inferred"},
                                          {DateBasis::unknown, "unknown"}}};
constexpr Names<Relation, 6> kRelation{{{Relation::before, "before"},
                                        {Relation::simultaneous, "simultaneous"},
                                        {Relation::includes, "includes"},
                                        {Relation::causes, "causes"},
                                        {Relation::responds_to, "responds_to"},
                                        {Relation::denies, "denies"}}};
constexpr Names<ActorRole, 3> kActorRole{{{ActorRole::source, "source"},
                                          {ActorRole::target, "target"},
                                          {ActorRole::participant, "participant"}}};
constexpr Names<ActorKind, 4> kActorKind{{{ActorKind::person, "person"},
                                          {ActorKind::state, "state"},
                                          {ActorKind::organization, "organization"},
                                          {ActorKind::group, "group"}}};

template <class E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E e) {
  for (const auto& [value, name] : names)
    if (value == e) return name;
  return "unknown";
}

template <class E, std::size_t N>
std::optional<E> parse_name(const Names<E, N>& names, std::string_view s) {
  for (const auto& [value, name] : names)
    if (name == s) return value;
  return std::nullopt;
}

}  // namespace

std::string_view to_string(PublishedBasis e) { return name_of(kPublishedBasis, e); }
std::string_view to_string(Modality e) { return name_of(kModality, e); }
std::string_view to_string(Precision e) { return name_of(kPrecision, e); }
std::string_view to_string(DateBasis e) { return name_of(kDateBasis, e); }
std::string_view to_string(Relation e) { return name_of(kRelation, e); }
std::string_view to_string(ActorRole e) { return name_of(kActorRole, e); }
std::string_view to_string(ActorKind e) { return name_of(kActorKind, e); }
std::optional<PublishedBasis> parse_published_basis(std::string_view s) { return parse_name(kPublishedBasis, s); }
std::optional<Modality> parse_modality(std::string_view s) { return parse_name(kModality, s); }
std::optional<Precision> parse_precision(std::string_view s) { return parse_name(kPrecision, s); }
std::optional<DateBasis> parse_date_basis(std::string_view s) { return parse_name(kDateBasis, s); }
std::optional<Relation> parse_relation(std::string_view s) { return parse_name(kRelation, s); }
std::optional<ActorRole> parse_actor_role(std::string_view s) { return parse_name(kActorRole, s); }
std::optional<ActorKind> parse_actor_kind(std::string_view s) { return parse_name(kActorKind, s); }

std::string format_day(Day d) {
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y >= 0 && y <= 9999) {
    // The common case without snprintf, which was a twentieth of `build --jsonl`.
    const auto m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
    std::string out(10, '-');
    out[0] = static_cast<char>('0' + y / 1000), out[1] = static_cast<char>('0' + y / 100 % 10);
    out[2] = static_cast<char>('0' + y / 10 % 10), out[3] = static_cast<char>('0' + y % 10);
    out[5] = static_cast<char>('0' + m / 10), out[6] = static_cast<char>('0' + m % 10);
    out[8] = static_cast<char>('0' + dd / 10), out[9] = static_cast<char>('0' + dd % 10);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::optional<Day> parse_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto num = [&](std::size_t at, std::size_t len, auto& out) {
    auto r = std::from_chars(s.data() + at, s.data() + at + len, out);
    return r.ec == std::errc{} && r.ptr == s.data() + at + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return Day{ymd};
}

Error::Error(std::string file, std::string message, std::optional<std::size_t> offset)
    : std::runtime_error(file + ": " + (offset ? "byte " + std::to_string(*offset) + ": " : "") +
                         message),
      file_(std::move(file)),
      offset_(offset) {}

}  // namespace dateline
