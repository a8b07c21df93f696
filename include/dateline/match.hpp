// Is this the same event? The matcher shared by merge (several reports of one event become
// one) and diff (which events of two timelines correspond).
#pragma once

#include <dateline/timeline.hpp>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dateline {

// What two events must share to be one: the same kind (CAMEO root, or the label of an event
// outside CAMEO), a common actor country when both name countries, overlapping date bounds.
// Everything here survives a merge unchanged (kinds are equal, countries are unioned, bounds
// intersected), so matching a merged event is matching the reports it was made of.
struct MatchKey {
  std::string kind;
  std::set<std::string> countries;
  std::optional<Day> earliest, latest;
};
MatchKey match_key(const Event& e);
bool compatible(const MatchKey& a, const MatchKey& b);

// Wording similarity in [0, 1] of two events' mentions: the best pair of mentions, scored on
// the trigger words and the words of the evidence (stopwords out, crude stems).
double wording_similarity(const Event& a, const Event& b);

// The match score of two events, or none when they are not compatible or their wording is
// too far apart (below `min_wording`).
std::optional<double> match_score(const Event& a, const Event& b, double min_wording = 0.3);

// A one-to-one matching of events of `a` to events of `b`: pairs (index in a, index in b),
// highest scores first taken, ties broken by indices, so the result is deterministic.
std::vector<std::pair<std::size_t, std::size_t>> match_events(const std::vector<Event>& a,
                                                              const std::vector<Event>& b,
                                                              double min_wording = 0.3);

}  // namespace dateline
