// The development-set harness behind `dateline eval-timeline --gold-dir DIR --build`.
#include <dateline/error.hpp>
#include <dateline/eval.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace dateline {

namespace fs = std::filesystem;

std::vector<ArticleScore> evaluate_gold_dir(const std::string& dir) {
  static constexpr std::string_view kSuffix = ".gold.json";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(dir, "not a folder of gold timelines");
  std::vector<fs::path> golds;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > kSuffix.size() && name.ends_with(kSuffix))
      golds.push_back(entry.path());
  }
  if (ec) throw Error(dir, "cannot list: " + ec.message());
  std::sort(golds.begin(), golds.end());

  std::vector<ArticleScore> out;
  for (const fs::path& path : golds) {
    const std::string gold_text = read_file(path.string());
    // The gold is read as a timeline first: that checks its shape and gives its documents.
    const Timeline gold = timeline_from_json(gold_text, path.string());
    ArticleScore a;
    const std::string name = path.filename().string();
    a.gold = name.substr(0, name.size() - kSuffix.size());
    std::vector<Document> docs;
    for (const DocumentInfo& info : gold.documents) {
      if (!info.path) throw Error(path.string(), "document " + info.id + " has no path");
      fs::path doc = *info.path;
      if (doc.is_relative()) doc = path.parent_path() / doc;
      for (Document& d : ingest_file(doc.lexically_normal().string())) {
        if (!info.sha256.empty() && d.info.sha256 != info.sha256)
          a.notes.push_back(doc.string() + ": sha256 differs from the gold's: offsets may not line up");
        docs.push_back(std::move(d));
      }
    }
    const std::string system = to_json(build_timeline(std::move(docs)));
    a.score = score_timeline(gold_text, path.string(), system, "build of " + path.string());
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace dateline
