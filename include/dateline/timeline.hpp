// The timeline model: the value types every stage produces and every output reads.
// They mirror the JSON contract (docs/timeline-json.md, schema dateline.timeline/1) field
// for field, so that JSON is a plain projection of them and loading is its inverse.
#pragma once

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// A calendar day. Bounds on events are whole days (the spec's earliest/latest).
using Day = date::sys_days;

// Half-open byte range [start, end) into a document's raw bytes.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class PublishedBasis { metadata, dateline, text, inferred, unknown };
enum class Modality { occurred, expected, proposed, alleged, negated, hypothetical };
enum class Precision { day, week, month, quarter, season, year, decade, century, unknown };
enum class DateBasis { explicit_date, relative, publication, inferred, unknown };
enum class Relation { before, simultaneous, includes, causes, responds_to, denies };
enum class ActorRole { source, target, participant };
enum class ActorKind { person, state, organization, group };

// Spellings used in JSON and on the command line; each round-trips through parse_*.
std::string_view to_string(PublishedBasis);
std::string_view to_string(Modality);
std::string_view to_string(Precision);
std::string_view to_string(DateBasis);
std::string_view to_string(Relation);
std::string_view to_string(ActorRole);
std::string_view to_string(ActorKind);
std::optional<PublishedBasis> parse_published_basis(std::string_view);
std::optional<Modality> parse_modality(std::string_view);
std::optional<Precision> parse_precision(std::string_view);
std::optional<DateBasis> parse_date_basis(std::string_view);
std::optional<Relation> parse_relation(std::string_view);
std::optional<ActorRole> parse_actor_role(std::string_view);
std::optional<ActorKind> parse_actor_kind(std::string_view);

// "2021-03-18" <-> Day. parse_day rejects anything that is not a valid calendar day.
std::string format_day(Day);
std::optional<Day> parse_day(std::string_view);

struct DocumentInfo {
  std::string id;  // unique within a timeline ("d1", "d2", ...)
  std::optional<std::string> title;
  std::optional<date::year_month_day> published;  // the document creation time (DCT)
  PublishedBasis published_basis = PublishedBasis::unknown;
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::optional<std::string> path;
  std::string sha256;  // of the raw bytes that offsets index
};

struct EventType {
  std::optional<std::string> cameo;  // CAMEO v1.1b3 code, or none for events outside CAMEO
  std::string label;
  std::optional<std::string> root;
  std::optional<double> goldstein;
  std::optional<int> quad_class;  // 1..4, an extension field
};

struct Actor {
  ActorRole role = ActorRole::participant;
  std::string name;
  std::optional<std::string> country;  // ISO 3166 alpha-3
  ActorKind kind = ActorKind::state;
  friend bool operator==(const Actor&, const Actor&) = default;
};

struct When {
  std::optional<std::string> value;  // TIMEX3 value at the known precision
  Precision precision = Precision::unknown;
  std::optional<Day> earliest;  // inclusive; none = unbounded
  std::optional<Day> latest;    // inclusive; none = unbounded
  DateBasis basis = DateBasis::unknown;
  std::optional<std::string> text;  // the temporal expression used
};

struct Mention {
  std::string document;  // DocumentInfo::id
  Span evidence;         // the sentence or clause, raw byte offsets
  std::optional<Span> trigger;
  std::string text;  // the evidence as readable text
  // What this report says of the event, when reports merged into one event disagree (an
  // extension field; unset when it is the event's modality).
  std::optional<Modality> modality;
};

struct Event {
  std::string id;  // stable content hash, "ev-xxxxxxxx"
  EventType type;
  std::string summary;
  std::vector<Actor> actors;
  When when;
  Modality modality = Modality::occurred;
  std::vector<Mention> mentions;
};

struct Evidence {
  std::string document;
  Span span;
  std::string signal;
};

struct Link {
  std::string from;  // event ids
  std::string to;
  Relation relation = Relation::before;
  std::optional<Evidence> evidence;  // none when inferred
};

struct Warning {
  std::string code;
  std::string message;
  std::optional<std::string> document;
  std::optional<Span> span;
};

struct Generator {
  std::string name = "dateline";
  std::string version;
};

struct Timeline {
  std::string schema = "dateline.timeline/1";
  Generator generator;
  std::vector<DocumentInfo> documents;
  std::vector<Event> events;
  std::vector<Link> links;
  std::vector<Warning> warnings;
};

}  // namespace dateline
