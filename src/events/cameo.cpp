// The CAMEO codebook, read once from the embedded data/cameo.tsv.
#include <dateline/events.hpp>

#include "common/embedded.hpp"
#include "common/tsv.hpp"

#include <charconv>
#include <map>
#include <string>

namespace dateline {
namespace {

struct CameoEntry {
  std::string root;
  int quad_class = 0;
  double goldstein = 0;
  std::string label;
};

const std::map<std::string, CameoEntry, std::less<>>& codebook() {
  static const auto table = [] {
    std::map<std::string, CameoEntry, std::less<>> t;
    tsv::for_each_row(embedded::file("cameo.tsv").value_or(""), true, [&](const auto& f) {
      if (f.size() < 5) return;
      CameoEntry e;
      e.root = std::string(f[1]);
      std::from_chars(f[2].data(), f[2].data() + f[2].size(), e.quad_class);
      e.goldstein = std::stod(std::string(f[3]));
      e.label = std::string(f[4]);
      t.emplace(std::string(f[0]), std::move(e));
    });
    return t;
  }();
  return table;
}

}  // namespace

bool describe_cameo(std::string_view code, EventType& out) {
  const auto& t = codebook();
  auto it = t.find(code);
  if (it == t.end()) return false;
  out.cameo = std::string(code);
  out.root = it->second.root;
  out.goldstein = it->second.goldstein;
  out.quad_class = it->second.quad_class;
  out.label = it->second.label;
  return true;
}

}  // namespace dateline
