// Who is named in a text: states, organizations and people, resolved against a gazetteer
// (data/gazetteer/) and followed through the article.
#pragma once

#include <dateline/text.hpp>
#include <dateline/timeline.hpp>

#include <optional>
#include <string>
#include <vector>

namespace dateline {

// A person's gender as the text or the data tells it ("Mrs.", "spokeswoman", a listed given name or
// office holder), so that "he"/"she" resolve only to a person they fit; unknown otherwise.
enum class Gender { unknown, male, female };

struct ActorMention {
  std::uint32_t start = 0;  // offsets into the analysed text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // token range of the mention
  std::uint32_t token_count = 0;
  std::string name;  // canonical: the name as first fully given, or the gazetteer's
  std::optional<std::string> country;  // ISO 3166 alpha-3
  ActorKind kind = ActorKind::state;
  Gender gender = Gender::unknown;  // of a person
};

// Every actor mention in the text, in order, non-overlapping. Later references ("Mr. Putin",
// "the Russian leader") carry the name first fully given.
std::vector<ActorMention> find_actors(const Segmented& text);
// The same, for an article of `year`: a bare surname that several well-known office holders
// share (data/gazetteer/leaders.tsv, columns from/to) names the one whose years of office are
// nearest ("Bush" in 1990 is George H. W. Bush), and none of them when two are equally near
// ("Kim" in 1998), so the context decides. Without a year, the latest to take office.
std::vector<ActorMention> find_actors(const Segmented& text, std::optional<date::year> year);

}  // namespace dateline
