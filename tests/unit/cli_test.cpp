#include "support.hpp"

#include <dateline/json.hpp>

namespace dateline::test {
namespace {

TEST(Cli, VersionAndHelp) {
  auto v = run_cli("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("dateline "), std::string::npos);
  for (const char* sub : {"build", "timex", "render", "diff", "merge"}) {
    auto h = run_cli(std::string(sub) + " --help");
    EXPECT_EQ(h.status, 0) << sub;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << sub;
  }
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_cli("").status, 2);
  EXPECT_EQ(run_cli("build").status, 2);
  EXPECT_EQ(run_cli("frobnicate").status, 2);
  auto r = run_cli("build --published 2021-02-30 x.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--published"), std::string::npos);
}

TEST(Cli, MissingFileNamesIt) {
  auto r = run_cli("build /nonexistent/article.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent/article.txt"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(Cli, BuildExampleWritesJsonAndSvg) {
  TempDir tmp;
  auto json = run_cli("build '" + example_article().string() + "' -o '" + (tmp / "t.json").string() + "'");
  ASSERT_EQ(json.status, 0) << json.err;
  Timeline t = timeline_from_json(read_file((tmp / "t.json").string()), "t.json");
  ASSERT_EQ(t.documents.size(), 1u);
  auto svg = run_cli("build '" + example_article().string() + "' -o '" + (tmp / "t.svg").string() + "'");
  ASSERT_EQ(svg.status, 0) << svg.err;
  EXPECT_NE(read_file((tmp / "t.svg").string()).find("<svg"), std::string::npos);
  auto render = run_cli("render '" + (tmp / "t.json").string() + "' -o '" + (tmp / "r.dot").string() + "'");
  ASSERT_EQ(render.status, 0) << render.err;
  EXPECT_NE(read_file((tmp / "r.dot").string()).find("digraph"), std::string::npos);
}

}  // namespace
}  // namespace dateline::test
