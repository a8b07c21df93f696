// Every failure path of the CLI that bad input or a bad option can reach: the exit status is 2
// and stderr is exactly one line naming the file (or option) and, for errors inside a file,
// the byte offset where the trouble is. One case a throw site (src/**/*.cpp, dateline::Error).
#include "support.hpp"

#include <dateline/io.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace dateline::test {
namespace {

struct Case {
  const char* file;      // written into the temporary folder ("" for none)
  std::string content;
  std::string args;      // @ stands for the temporary folder
  std::string expected;  // stderr, @ for the temporary folder, without "dateline: " and "\n"
};

// gtest prints a failing case by its command line, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.args; }

std::string with_dir(std::string s, const std::string& dir) {
  for (std::size_t at = s.find('@'); at != std::string::npos; at = s.find('@', at + dir.size())) s.replace(at, 1, dir);
  return s;
}

class CliError : public ::testing::TestWithParam<Case> {};

TEST_P(CliError, ExitsTwoWithOneLineNamingFileAndPosition) {
  const Case& c = GetParam();
  TempDir tmp;
  const std::string dir = tmp.path().string();
  if (*c.file) write_file_atomic((tmp / c.file).string(), c.content);
  const CliResult r = run_cli(with_dir(c.args, dir));
  EXPECT_EQ(r.status, 2) << c.args;
  EXPECT_EQ(r.err, "dateline: " + with_dir(c.expected, dir) + "\n") << c.args;
}

const std::string kExample = example_article().string();

// clang-format off
INSTANTIATE_TEST_SUITE_P(Input, CliError, ::testing::Values(
    // src/common/io.cpp
    Case{"", "", "build @/missing.txt", "@/missing.txt: cannot open: No such file or directory"},
    Case{"", "", "build @", "@: is a directory, not a file"},
    Case{"", "", "build " + kExample + " -o @/no/such/dir/t.json", "@/no/such/dir/t.json: cannot create: No such file or directory"},
    Case{"", "", "build " + kExample + " -o @", "@: cannot replace: Is a directory"},
    // src/ingest/ingest.cpp
    Case{"e.txt", "", "build @/e.txt", "@/e.txt: empty file"},
    Case{"n.txt", std::string("Talks\0held", 10), "build @/n.txt", "@/n.txt: byte 5: NUL byte: binary data, not an article"},
    Case{"w.txt", " \n\n\t ", "build @/w.txt", "@/w.txt: no article text in this text input"},
    Case{"s.html", "<html><body><script>x()</script></body></html>", "build @/s.html", "@/s.html: no article text in this HTML input"},
    Case{"big.txt", "Talks were held.", "build @/big.txt --max-bytes 4", "@/big.txt: too large: 16 bytes, the limit is 4"},
    // src/ingest/encoding.cpp
    Case{"u.txt", "Talks \xC3\xA9t\xC3\xA9 \xFF ok", "build @/u.txt", "@/u.txt: byte 12: invalid UTF-8"},
    Case{"o.txt", std::string("\xFF\xFEX\x00Y", 5), "build @/o.txt", "@/o.txt: byte 4: truncated UTF-16: odd number of bytes"},
    Case{"h.txt", std::string("\xFF\xFEX\x00\x00\xD8", 6), "build @/h.txt", "@/h.txt: byte 4: invalid UTF-16: high surrogate at the end"},
    // src/ingest/json.cpp: the byte is where the offending article starts
    Case{"a.json", "[\n  {\"text\": \"Talks.\"},\n  {\"text\": 5}\n]", "build @/a.json", "@/a.json: byte 26: article 2: \"text\" is not a string"},
    Case{"o.json", "[1]", "build @/o.json", "@/o.json: byte 1: article 1: an article must be a JSON object"},
    Case{"t.json", " {\"title\": \"x\"}", "build @/t.json", "@/t.json: byte 1: article without a \"text\" field"},
    Case{"e.json", "[ ]", "build @/e.json", "@/e.json: byte 2: no article in the JSON array"},
    Case{"z.json", "{\"text\": \"a\\u0000b\"}", "build @/z.json", "@/z.json: byte 0: NUL character at byte 1 of \"text\""},
    Case{"p.json", "{\"text\": \"Talks.\", \"published\": \"2021-13-01\"}", "build @/p.json", "@/p.json: byte 0: \"published\" is not a date YYYY-MM-DD: \"2021-13-01\""},
    Case{"s.json", "{\"text\": \"Talks.\",}", "build @/s.json", "@/s.json: byte 18: JSON syntax error at line 1, column 19: while parsing object key - unexpected '}'; expected string literal"},
    Case{"r.json", "{\"text\": 1e999}", "build @/r.json", "@/r.json: byte 9: invalid JSON: number out of range: 1e999"},
    Case{"l.jsonl", "{\"text\": \"Talks.\"}\n{\"text\": 1}\n", "build @/l.jsonl", "@/l.jsonl: byte 19: line 2: \"text\" is not a string"},
    Case{"b.jsonl", "\n \n", "build @/b.jsonl", "@/b.jsonl: no article in the JSONL file"},
    // src/ingest/timeml.cpp
    Case{"x.tml", "<TimeML><TEXT>a &bogus; b</TEXT></TimeML>", "build @/x.tml", "@/x.tml: byte 16: unknown entity &bogus;"},
    Case{"y.tml", "<TimeML>no text</TimeML>", "build @/y.tml", "@/y.tml: byte 0: no <TEXT> element: not a TimeML document"},
    Case{"c.tml", "<TimeML><TEXT>a </TIMEX3> b</TEXT></TimeML>", "build @/c.tml", "@/c.tml: byte 16: </TIMEX3> does not close <TEXT>"},
    // src/output/json.cpp and src/eval/timeline_eval.cpp: timeline JSON
    Case{"tl.json", "{\"schema\": \"dateline.timeline/1\"}", "render @/tl.json -o @/x.dot", "@/tl.json: $: missing field \"documents\""},
    Case{"bad.json", "{\"schema\": ", "render @/bad.json -o @/x.dot", "@/bad.json: byte 11: invalid JSON: [json.exception.parse_error.101] parse error at line 1, column 12: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
    Case{"n.json", "[1]", "eval-timeline @/n.json @/n.json", "@/n.json: $: expected a timeline object"},
    // src/cli/*.cpp: options
    Case{"", "", "build " + kExample + " -o @/t.bogus", "@/t.bogus: unknown output format \"bogus\" (json, dot, svg, html or timelinejs)"},
    Case{"", "", "build --published 2021-02-30 " + kExample, "--published: expected a date YYYY-MM-DD, got \"2021-02-30\""},
    Case{"", "", "timex " + kExample + " --format bogus", "-: unknown timex format \"bogus\" (json or timeml)"},
    Case{"", "", "ingest " + kExample + " --show bogus", "--show: expected info, text or sentences, got \"bogus\""},
    Case{"", "", "diff - -", "diff: only one of A and B can be stdin"},
    Case{"", "", "diff " + kExample + " " + kExample + " --format svgz", "-: unknown diff format \"svgz\" (text, json, svg, html or dot)"},
    Case{"", "", "diff " + kExample + " " + kExample + " --score -o @/s.svg", "@/s.svg: --score writes text or json"},
    Case{"", "", "diff " + kExample + " " + kExample + " --color sometimes", "--color: expected auto, always or never, got \"sometimes\""},
    Case{"", "", "eval-timeline", "eval-timeline: expected GOLD.json SYSTEM.json, or --gold-dir DIR --build"},
    Case{"", "", "eval-timeline --gold-dir @ a b", "eval-timeline: --gold-dir needs --build and takes no GOLD/SYSTEM files"},
    Case{"", "", "eval-timeline --gold-dir @ --build", "@: no *.gold.json files"},
    Case{"", "", "eval-timex @/none", "@/none: not a directory"}),
    [](const ::testing::TestParamInfo<Case>& info) { return "case" + std::to_string(info.index); });
// clang-format on

// The TimeML reader of eval-timex (src/eval/timeml.cpp), one file in the gold folder.
const std::string kDct =
    "<TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-01\" "
    "functionInDocument=\"CREATION_TIME\">January 1, 1998</TIMEX3></DCT><TEXT>";  // 148 bytes
Case timeml(const std::string& text, const std::string& expected) {
  return Case{"x.tml", kDct + text + "</TEXT></TimeML>", "eval-timex @", "@/x.tml: " + expected};
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(TimeML, CliError, ::testing::Values(
    timeml("a &amp b c d e f g h i j k l m n o p", "byte 150: unterminated entity"),
    timeml("a &#xZZ; b", "byte 150: bad character reference"),
    timeml("a <TIMEX3 tid=t1 type=\"DATE\">x</TIMEX3>", "byte 162: attribute without quotes"),
    timeml("a <TIMEX3 tid=\"t1>x", "byte 162: unterminated attribute"),
    timeml("a </TIMEX3> b", "byte 150: </TIMEX3> without an opening tag"),
    timeml("a <TIMEX3 tid=\"t1\" type=\"DATE\">b", "byte 180: TIMEX3 not closed before </TEXT>"),
    timeml("a <> b", "byte 150: empty tag"),
    timeml("a <b", "byte 150: unterminated tag"),
    Case{"x.tml", "<TimeML><DCT>x</DCT><TEXT>a</TEXT></TimeML>", "eval-timex @", "@/x.tml: byte 8: DCT without TIMEX3"},
    Case{"x.tml", "<TimeML>x</TimeML>", "eval-timex @", "@/x.tml: no <TEXT> element"},
    Case{"x.tml", "<TimeML><TEXT>x", "eval-timex @", "@/x.tml: byte 8: <TEXT> is not closed"},
    Case{"x.json", "{}", "eval-timeline --gold-dir @/x.json --build", "@/x.json: not a folder of gold timelines"}),
    [](const ::testing::TestParamInfo<Case>& info) { return "case" + std::to_string(info.index); });
// clang-format on

// Standard input closed: an error with its reason, not an empty article.
TEST(CliErrorStdin, ClosedStandardInputIsAnError) {
  TempDir tmp;
  const std::string cmd = std::string("'") + DATELINE_CLI + "' build - <&- 2>'" + (tmp / "err").string() + "' >/dev/null";
  const int rc = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(rc));
  EXPECT_EQ(WEXITSTATUS(rc), 2);
  EXPECT_EQ(read_file((tmp / "err").string()), "dateline: <stdin>: cannot read standard input: Bad file descriptor\n");
}

// A full standard output: the write error is reported, not lost.
TEST(CliErrorStdout, FullStandardOutputIsAnError) {
  TempDir tmp;
  const std::string cmd = std::string("'") + DATELINE_CLI + "' build '" + kExample + "' >/dev/full 2>'" + (tmp / "err").string() + "'";
  const int rc = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(rc));
  EXPECT_EQ(WEXITSTATUS(rc), 2);
  EXPECT_EQ(read_file((tmp / "err").string()), "dateline: <stdout>: cannot write standard output\n");
}

}  // namespace
}  // namespace dateline::test
