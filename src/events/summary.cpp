#include "events/summary.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <map>
#include <string>

namespace dateline::detail {
namespace {

using PrepositionTable = std::map<std::string, std::string, std::less<>>;

PrepositionTable load_prepositions() {
  PrepositionTable table;
  tsv::for_each_row(embedded::file("events/summary_prepositions.tsv").value_or(""), true, [&](const auto& f) {
    if (f.size() >= 2 && !f[0].empty()) table.emplace(std::string(f[0]), std::string(f[1]));
  });
  return table;
}

}  // namespace

std::string_view target_preposition(std::string_view phrase) {
  static const PrepositionTable table = load_prepositions();
  // a whole phrase listed wins over its last word ("recall envoy for consultations" + the EU
  // is "to the EU", whereas "consultations" alone are held "with")
  if (auto whole = table.find(phrase); whole != table.end()) return whole->second;
  std::size_t space = phrase.rfind(' ');
  auto it = table.find(space == std::string_view::npos ? phrase : phrase.substr(space + 1));
  return it == table.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace dateline::detail
