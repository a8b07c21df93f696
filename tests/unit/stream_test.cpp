// Streaming: the JSONL reader, the ordered parallel map, and `build/timex --jsonl -j N`.
#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>
#include <dateline/stream.hpp>
#include <dateline/text.hpp>
#include <dateline/timex.hpp>

#include "support.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace dateline {
namespace {

using test::run_cli;
using test::TempDir;

std::string article_line(const std::string& text, const char* published = "2021-03-18") {
  return nlohmann::json{{"text", text}, {"published", published}}.dump() + "\n";
}

// Every document a JsonlReader yields for `bytes` written to a file.
std::vector<Document> read_all(const std::string& bytes, IngestOptions options = {}) {
  TempDir tmp;
  const std::string path = (tmp / "in.jsonl").string();
  write_file_atomic(path, bytes);
  const int fd = ::open(path.c_str(), O_RDONLY);
  EXPECT_GE(fd, 0);
  std::vector<Document> docs;
  try {
    JsonlReader reader(fd, path, options);
    while (auto d = reader.next()) docs.push_back(std::move(*d));
    EXPECT_EQ(reader.bytes_read(), bytes.size());
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return docs;
}

TEST(JsonlReader, YieldsWhatIngestFileYields) {
  // Lines longer than the reader's 64 KiB chunk, a blank line, CRLF, a BOM and no final
  // newline: the reader must agree with the whole-file reader on every document.
  std::string long_text;
  while (long_text.size() < 200000) long_text += "The envoy met the minister in Geneva on Tuesday. ";
  const std::string bytes = "\xEF\xBB\xBF" + article_line("Talks resumed on Monday.") + "\n" +
                            article_line(long_text) + "   \r\n" +
                            nlohmann::json{{"text", "Iran and the IAEA met on Friday."}}.dump() + "\r\n" +
                            article_line("The summit is planned for next week.", "2020-01-02");
  const std::vector<Document> streamed = read_all(bytes.substr(0, bytes.size() - 1));
  TempDir tmp;
  const std::string path = (tmp / "in.jsonl").string();
  write_file_atomic(path, bytes);
  const std::vector<Document> whole = ingest_file(path);
  ASSERT_EQ(streamed.size(), 4u);
  ASSERT_EQ(whole.size(), 4u);
  for (std::size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(streamed[i].raw, whole[i].raw);
    EXPECT_EQ(streamed[i].info.sha256, whole[i].info.sha256);
    EXPECT_EQ(streamed[i].info.published, whole[i].info.published);
    EXPECT_EQ(streamed[i].info.published_basis, whole[i].info.published_basis);
  }
  EXPECT_EQ(streamed[1].raw, long_text);
  EXPECT_FALSE(streamed[2].info.published.has_value());
}

TEST(JsonlReader, BadLineNamesLineAndOffset) {
  const std::string first = article_line("Talks resumed on Monday.");
  try {
    read_all(first + "{\"text\": 42}\n");
    FAIL() << "no error for a non-string text";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    ASSERT_TRUE(e.offset().has_value());
    EXPECT_EQ(*e.offset(), first.size());
  }
  try {
    read_all(first + "{\"text\": \"unfinished\n");
    FAIL() << "no error for a syntax error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    ASSERT_TRUE(e.offset().has_value());
    EXPECT_GE(*e.offset(), first.size());
  }
  EXPECT_THROW(read_all(first + "{\"text\": \"bad \xC3\"}\n"), Error);
  EXPECT_THROW(read_all("\n \n"), Error);
  EXPECT_THROW(read_all(""), Error);
}

TEST(JsonlReader, LineOverTheLimitIsAnErrorNotAnAllocation) {
  IngestOptions options;
  options.max_bytes = 1000;
  std::string text(5000, 'a');
  EXPECT_THROW(read_all(article_line("Short.") + article_line(text), options), Error);
  EXPECT_EQ(read_all(article_line("Short.") + article_line("Also short."), options).size(), 2u);
}

// A work function whose cost varies a lot between items, so that with several threads later
// items often finish before earlier ones.
std::string uneven_work(Document&& d) {
  std::uint64_t h = 1469598103934665603ull;
  const std::size_t rounds = (d.raw.size() % 7) * 2000 + 1;
  for (std::size_t r = 0; r < rounds; ++r)
    for (char c : d.raw) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return d.raw + ":" + std::to_string(h % 1000) + "\n";
}

std::vector<std::string> run_stream(std::size_t n, unsigned threads, std::size_t window = 0) {
  std::size_t i = 0;
  std::vector<std::string> out;
  process_stream(
      [&]() -> std::optional<Document> {
        if (i == n) return std::nullopt;
        Document d;
        d.raw = std::string(i % 13 + 1, 'x') + std::to_string(i);
        ++i;
        return d;
      },
      uneven_work, [&](std::string&& s) { out.push_back(std::move(s)); }, StreamOptions{threads, window});
  return out;
}

TEST(ProcessStream, OrderDoesNotDependOnThreads) {
  const auto one = run_stream(300, 1);
  ASSERT_EQ(one.size(), 300u);
  EXPECT_EQ(run_stream(300, 4), one);
  EXPECT_EQ(run_stream(300, 3, 1), one);  // a window of one: strictly one at a time
  EXPECT_EQ(run_stream(0, 4).size(), 0u);
}

TEST(ProcessStream, WorkErrorArrivesInOrder) {
  for (unsigned threads : {1u, 4u}) {
    std::size_t i = 0;
    std::vector<std::string> out;
    EXPECT_THROW(process_stream(
                     [&]() -> std::optional<Document> {
                       if (i == 50) return std::nullopt;
                       Document d;
                       d.raw = std::to_string(i++);
                       return d;
                     },
                     [](Document&& d) -> std::string {
                       if (d.raw == "20") throw Error("x", "bad article");
                       return d.raw;
                     },
                     [&](std::string&& s) { out.push_back(std::move(s)); }, StreamOptions{threads, 0}),
                 Error);
    ASSERT_EQ(out.size(), 20u) << threads << " threads";
    EXPECT_EQ(out.back(), "19");
  }
}

// JSONL of the shared TimeML articles (their text and DCT), as a user would feed them.
std::string timeml_jsonl(std::size_t max_articles) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "tempeval3-train" / "TimeBank"))
    if (e.path().extension() == ".tml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > max_articles) files.resize(max_articles);
  std::string out;
  for (const auto& f : files) {
    const Document d = ingest_file(f.string()).at(0);
    nlohmann::json j{{"id", f.filename().string()}, {"text", d.text}};
    j["published"] = d.info.published ? nlohmann::json(format_day(Day{*d.info.published})) : nlohmann::json(nullptr);
    out += j.dump() + "\n";
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    out.push_back(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

TEST(BuildJsonl, ParallelOutputEqualsSerialAndPerArticleBuilds) {
  DATELINE_REQUIRE_SHARED();
  TempDir tmp;
  const std::string in = (tmp / "articles.jsonl").string();
  write_file_atomic(in, timeml_jsonl(40));
  const auto serial = run_cli("build --jsonl '" + in + "'");
  ASSERT_EQ(serial.status, 0) << serial.err;
  EXPECT_TRUE(serial.err.empty()) << "progress on a non-terminal stderr: " << serial.err;
  const auto parallel = run_cli("build --jsonl -j 4 '" + in + "'");
  ASSERT_EQ(parallel.status, 0) << parallel.err;
  EXPECT_EQ(parallel.out, serial.out);
  // From stdin: the same timelines, but for the document path.
  const auto piped = run_cli("build --jsonl -j 3 -", in);
  ASSERT_EQ(piped.status, 0) << piped.err;
  std::string renamed = piped.out;
  for (std::size_t p = 0; (p = renamed.find("\"path\":\"<stdin>\"", p)) != std::string::npos;)
    renamed.replace(p, 16, "\"path\":" + nlohmann::json(in).dump());
  EXPECT_EQ(renamed, serial.out);

  // One line per article, each the compact form of that article's own timeline.
  const std::vector<Document> docs = ingest_file(in);
  const auto lines = lines_of(serial.out);
  ASSERT_EQ(lines.size(), docs.size());
  std::size_t with_events = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Timeline t = build_timeline({docs[i]});
    EXPECT_EQ(lines[i] + "\n", to_json_line(t)) << "article " << i + 1;
    const Timeline back = timeline_from_json(lines[i], "line");
    EXPECT_EQ(to_json(back), to_json(t));
    with_events += !t.events.empty();
  }
  EXPECT_GT(with_events, docs.size() / 2);
  test::expect_valid_timeline_json(lines.front());

  // To a file: the same bytes, written atomically.
  const std::string out = (tmp / "out.jsonl").string();
  ASSERT_EQ(run_cli("build --jsonl -j 2 '" + in + "' -o '" + out + "'").status, 0);
  EXPECT_EQ(read_file(out), serial.out);
}

// to_json_line writes its line directly: it must stay the compact form of to_json's tree,
// for real timelines and for strings that need escaping, replacement or odd numbers.
TEST(JsonLine, IsTheCompactFormOfToJson) {
  auto compact = [](const Timeline& t) {
    return nlohmann::ordered_json::parse(to_json(t)).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  };
  const std::string text = "Russia recalled its ambassador on Wednesday, a day after Biden called Putin a killer.";
  const auto docs = ingest_bytes(text, "a.txt", [] {
    IngestOptions o;
    o.published = date::year_month_day{date::year{2021}, date::month{3}, date::day{18}};
    return o;
  }());
  Timeline t = build_timeline(docs);
  ASSERT_FALSE(t.events.empty());
  EXPECT_EQ(to_json_line(t), compact(t));
  Event& e = t.events.front();
  e.summary = std::string("tab\there \"quoted\" back\\slash \x01\x1f\x7f nl\n cr\r ff\f bs\b caf\xC3\xA9 ") + "\xE2\x80\x94";
  e.type.goldstein = -7.25;
  e.type.quad_class = 4;
  e.when.text = std::string("cut \xE2\x80", 6);  // invalid UTF-8: replaced as nlohmann does
  e.mentions.front().modality = Modality::alleged;
  t.warnings.push_back({"x", "no span", std::nullopt, std::nullopt});
  t.links.push_back({e.id, e.id, Relation::before, std::nullopt});
  EXPECT_EQ(to_json_line(t), nlohmann::ordered_json::parse(to_json(t)).dump() + "\n");
  t.documents.front().title = "";
  t.events.front().actors.clear();
  EXPECT_EQ(to_json_line(t), compact(t));
}

TEST(BuildJsonl, BadLineFailsWithLineAndOffset) {
  TempDir tmp;
  const std::string in = (tmp / "bad.jsonl").string();
  write_file_atomic(in, article_line("Talks resumed on Monday.") + "{\"title\": \"no text\"}\n");
  const auto r = run_cli("build --jsonl -j 2 '" + in + "' -o '" + (tmp / "out.jsonl").string() + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(tmp / "out.jsonl")) << "partial output left behind";
  EXPECT_EQ(run_cli("build --jsonl --format svg '" + in + "'").status, 2);
}

TEST(BuildJsonl, SpecialOutputIsWrittenInPlaceNotReplaced) {
  // -o through a symlink to /dev/null: a temporary renamed over the path would replace the
  // symlink (or, given /dev/null itself, the device node) with a plain file.
  // (A program that renamed a temporary over /dev/null itself leaves a plain file there.)
  if (!std::filesystem::is_character_file("/dev/null"))
    GTEST_SKIP() << "/dev/null is not a character device on this machine";
  TempDir tmp;
  const std::string in = (tmp / "a.jsonl").string();
  write_file_atomic(in, article_line("Talks resumed on Monday.") + article_line("The envoy left on Friday."));
  const auto link = tmp / "sink";
  std::filesystem::create_symlink("/dev/null", link);
  EXPECT_EQ(run_cli("build --jsonl '" + in + "' -o '" + link.string() + "'").status, 0);
  EXPECT_EQ(run_cli("build '" + in + "' -o '" + link.string() + "'").status, 0);
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_TRUE(std::filesystem::is_character_file(link));
  std::size_t leftovers = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path())) leftovers += e.path().filename().string().find(".tmp-") != std::string::npos;
  EXPECT_EQ(leftovers, 0u);
}

TEST(TimexJsonl, OneResultPerArticleInOrder) {
  DATELINE_REQUIRE_SHARED();
  TempDir tmp;
  const std::string in = (tmp / "articles.jsonl").string();
  write_file_atomic(in, timeml_jsonl(25));
  const auto serial = run_cli("timex --jsonl '" + in + "'");
  ASSERT_EQ(serial.status, 0) << serial.err;
  EXPECT_EQ(run_cli("timex --jsonl -j 4 '" + in + "'").out, serial.out);
  const auto lines = lines_of(serial.out);
  const std::vector<Document> docs = ingest_file(in);
  ASSERT_EQ(lines.size(), docs.size());
  std::size_t found = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto timexes = find_timexes(segment(docs[i].text), TimexOptions{docs[i].info.published});
    const auto j = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(j.at("timexes").size(), timexes.size());
    EXPECT_EQ(nlohmann::json::parse(timexes_to_json(docs[i], timexes)), j);
    found += timexes.size();
  }
  EXPECT_GT(found, docs.size());
}

}  // namespace
}  // namespace dateline
