#include "events/support.hpp"

#include "common/embedded.hpp"
#include "common/tsv.hpp"
#include "common/word_set.hpp"
#include "events/lexicon.hpp"

#include <set>
#include <string>

namespace dateline::detail {
namespace {

std::set<std::string, std::less<>> load_verbs(std::string_view file) {
  std::set<std::string, std::less<>> forms;
  tsv::for_each_row(embedded::file(file).value_or(""), true, [&](const auto& f) {
    if (f.empty() || f[0].empty()) return;
    for (auto& form : verb_forms(f[0])) forms.insert(form);
  });
  return forms;
}

}  // namespace

// WordSets (filter and flat table; a std::set walk cost a string comparison a level): the
// extractor asks these for the words around every candidate.
bool is_support_verb(std::string_view word) {
  static const WordSet forms = load_verbs("events/support_verbs.tsv");
  return forms.count(word) > 0;
}

bool is_receiver_verb(std::string_view word) {
  static const WordSet forms = load_verbs("events/receiver_verbs.tsv");
  return forms.count(word) > 0;
}

}  // namespace dateline::detail
