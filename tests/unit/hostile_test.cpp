// Hostile and broken input: encodings, limits, interrupted writes, and merge never losing a
// mention. Every failure path checks its message, the file it names and the byte offset.
#include <dateline/events.hpp>
#include <dateline/error.hpp>
#include <dateline/events.hpp>
#include <dateline/graph.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/json.hpp>
#include <dateline/pipeline.hpp>

#include "support.hpp"

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <random>
#include <set>
#include <sys/wait.h>
#include <tuple>
#include <unistd.h>

namespace dateline {
namespace {

namespace fs = std::filesystem;

using test::error_of;

// UTF-16 of ASCII-and-BMP text, with a byte order mark.
std::string utf16(std::u16string_view s, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

const std::u16string kGeneva = u"GENEVA, May 4 - Envoys met in Gen\u00e8ve on Tuesday \u2014 talks resume next week.\n";
const std::string kGenevaUtf8 = "GENEVA, May 4 - Envoys met in Gen\xC3\xA8ve on Tuesday \xE2\x80\x94 talks resume next week.\n";

TEST(Encoding, Utf16WithByteOrderMarkIsConvertedAndRecorded) {
  for (bool le : {true, false}) {
    const Document d = ingest_bytes(utf16(kGeneva, le), "u16.txt").at(0);
    EXPECT_EQ(d.encoding, le ? "utf-16le" : "utf-16be");
    // The byte order mark becomes U+FEFF (blanked in the text), the rest plain UTF-8.
    EXPECT_EQ(d.raw, "\xEF\xBB\xBF" + kGenevaUtf8);
    EXPECT_EQ(d.text.substr(3), kGenevaUtf8);
    ASSERT_EQ(d.warnings.size(), 1u);
    EXPECT_EQ(d.warnings[0].code, "converted-encoding");
    EXPECT_NE(d.warnings[0].message.find(d.encoding), std::string::npos);
  }
}

TEST(Encoding, Utf16SurrogatePairsAndErrorsWithOffsets) {
  const Document d = ingest_bytes(utf16(u"Flag \U0001F1FA\U0001F1F3 raised.", true), "s.txt").at(0);
  EXPECT_NE(d.raw.find("\xF0\x9F\x87\xBA\xF0\x9F\x87\xB3"), std::string::npos);
  std::string odd = utf16(u"Talks.", true) + "x";
  EXPECT_EQ(error_of([&] { ingest_bytes(odd, "odd.txt"); }), "odd.txt: byte 14: truncated UTF-16: odd number of bytes");
  std::string lone = utf16(u"ab", false);
  lone += std::string("\xDC\x00", 2);
  EXPECT_EQ(error_of([&] { ingest_bytes(lone, "lone.txt"); }), "lone.txt: byte 6: invalid UTF-16: lone low surrogate");
  std::string high = utf16(u"ab", true);
  high += std::string("\x00\xD8" "a\x00", 4);
  EXPECT_EQ(error_of([&] { ingest_bytes(high, "hi.txt"); }),
            "hi.txt: byte 6: invalid UTF-16: high surrogate without a low one");
  std::string nul = utf16(u"ab", true);
  nul += std::string("\0\0", 2);
  EXPECT_NE(error_of([&] { ingest_bytes(nul, "n.txt"); }).find("n.txt: byte 5: NUL byte"), std::string::npos);
}

TEST(Encoding, Windows1252AndLatin1AreConverted) {
  // Written for this test: curly quotes and a dash from 0x80-0x9F, accents from 0xC0-0xFF.
  const std::string cp1252 = "Paris, June 2 - \x93We agree,\x94 said Fran\xE7ois \x96 in Gen\xE8ve.\n";
  Document d = ingest_bytes(cp1252, "w.txt").at(0);
  EXPECT_EQ(d.encoding, "windows-1252");
  EXPECT_EQ(d.raw, "Paris, June 2 - \xE2\x80\x9CWe agree,\xE2\x80\x9D said Fran\xC3\xA7ois \xE2\x80\x93 in Gen\xC3\xA8ve.\n");
  EXPECT_EQ(d.warnings.at(0).code, "converted-encoding");
  d = ingest_bytes("M\xFCnchen und K\xF6ln: Gespr\xE4" "che.\n", "l.txt").at(0);
  EXPECT_EQ(d.encoding, "iso-8859-1");
  EXPECT_EQ(d.raw, "M\xC3\xBCnchen und K\xC3\xB6ln: Gespr\xC3\xA4" "che.\n");
  // Plain UTF-8 is left alone, with no warning.
  d = ingest_bytes(kGenevaUtf8, "ok.txt").at(0);
  EXPECT_EQ(d.encoding, "utf-8");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(Encoding, BrokenUtf8IsReportedNotGuessed) {
  // Valid multi-byte UTF-8 and a stray byte: broken UTF-8, not another encoding.
  EXPECT_EQ(error_of([] { ingest_bytes("Gen\xC3\xA8ve and Gen\xE8ve.", "mixed.txt"); }), "mixed.txt: byte 15: invalid UTF-8");
  // High bytes outside words (binary noise) and bytes undefined in Windows-1252.
  EXPECT_EQ(error_of([] { ingest_bytes("data \xFE \xFD \xFC end", "noise.txt"); }), "noise.txt: byte 5: invalid UTF-8");
  EXPECT_EQ(error_of([] { ingest_bytes("word\x81word", "undef.txt"); }), "undef.txt: byte 4: invalid UTF-8");
}

TEST(Encoding, ConversionWarningReachesTheTimeline) {
  const Timeline t = build_timeline(ingest_bytes(utf16(kGeneva, true), "u16.txt"));
  const auto w = std::find_if(t.warnings.begin(), t.warnings.end(), [](const Warning& x) { return x.code == "converted-encoding"; });
  ASSERT_NE(w, t.warnings.end());
  EXPECT_EQ(w->document, "d1");
  EXPECT_EQ(t.documents.at(0).sha256.size(), 64u);
}

TEST(Limits, CliMaxBytesAndMaxEvents) {
  const std::string example = test::example_article().string();
  auto r = test::run_cli("build --max-bytes 100 '" + example + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(example + ": too large: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the limit is 100"), std::string::npos) << r.err;
  r = test::run_cli("build --max-events 1 '" + example + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(example + ": too many events: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the limit is 1 a document"), std::string::npos) << r.err;
  r = test::run_cli("build --max-events 0 '" + example + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--max-events"), std::string::npos) << r.err;
  // The defaults let the example through.
  r = test::run_cli("build '" + example + "'");
  EXPECT_EQ(r.status, 0) << r.err;
}

// A sentence of thousands of reports (scraped text without full stops): each mention's
// evidence is a window around its trigger, not the whole sentence again, so the output grows
// with the input and not with (mentions x sentence length). A short sentence stays whole.
TEST(Limits, EvidenceInAnOverlongSentenceIsAWindowAroundTheTrigger) {
  std::string text = "GENEVA, May 4 (Wire) - ";
  for (int i = 0; i < 400; ++i) text += i % 2 ? "Putin said talks were held, " : "Biden told reporters sanctions followed, ";
  text += "officials said.\nPutin met Biden in Geneva on Monday.\n";
  IngestOptions o;
  o.format = InputFormat::text;
  o.published = date::year{2021} / 5 / 4;
  const Timeline t = build_timeline(ingest_bytes(text, "long.txt", o));
  const std::size_t long_end = text.find('\n');
  std::size_t in_long = 0, in_short = 0;
  for (const Event& e : t.events)
    for (const Mention& m : e.mentions) {
      ASSERT_TRUE(m.trigger.has_value());
      EXPECT_LE(m.evidence.start, m.trigger->start);
      EXPECT_GE(m.evidence.end, m.trigger->end);
      EXPECT_EQ(m.text, text.substr(m.evidence.start, m.evidence.end - m.evidence.start));
      if (m.evidence.end <= long_end) {
        ++in_long;
        EXPECT_LE(m.evidence.end - m.evidence.start, 1000u + (m.trigger->end - m.trigger->start));
      } else {
        ++in_short;
        EXPECT_EQ(m.text, "Putin met Biden in Geneva on Monday.");
      }
    }
  EXPECT_GT(in_long, 100u);  // the long sentence's reports were extracted
  EXPECT_EQ(in_short, 1u);
}

TEST(Limits, LibraryMaxEventsNamesTheDocument) {
  auto docs = ingest_file(test::example_article().string());
  BuildOptions o;
  o.max_events_per_document = 1;
  const std::string e = error_of([&] { build_timeline(std::move(docs), o); });
  EXPECT_NE(e.find("putin-biden-reuters.md: too many events: "), std::string::npos) << e;
}

std::vector<fs::path> temp_files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp-") != std::string::npos) out.push_back(e.path());
  return out;
}

// An article big enough that building it takes a while (the example, many times over).
std::string big_article(std::size_t copies) {
  const std::string one = read_file(test::example_article().string());
  const std::size_t body = one.find("\n---\n", 4);  // after the front matter
  std::string out = one;
  for (std::size_t i = 1; i < copies; ++i) out += one.substr(body == std::string::npos ? 0 : body + 5);
  return out;
}

TEST(InterruptedWrite, FileSizeLimitLeavesEarlierOutputIntact) {
  test::TempDir tmp;
  const std::string out = (tmp / "out.json").string();
  write_file_atomic(out, "EARLIER OUTPUT\n");
  // ulimit -f 1: at most 512 or 1024 bytes a file; the timeline JSON is far larger.
  const std::string cmd = "ulimit -f 1; exec '" + std::string(DATELINE_CLI) + "' build '" +
                          test::example_article().string() + "' -o '" + out + "' 2>'" + (tmp / "err").string() + "'";
  const int rc = std::system(("sh -c \"" + cmd + "\"").c_str());
  ASSERT_TRUE(WIFEXITED(rc)) << "killed by a signal: SIGXFSZ must be ignored";
  EXPECT_EQ(WEXITSTATUS(rc), 2);
  const std::string err = read_file((tmp / "err").string());
  EXPECT_NE(err.find(out + ": cannot write: File too large"), std::string::npos) << err;
  EXPECT_EQ(read_file(out), "EARLIER OUTPUT\n");
  EXPECT_TRUE(temp_files_in(tmp.path()).empty());
}

// A real full disk: a 64 KiB tmpfs, mounted in a private mount namespace (`unshare -rm`, so
// nothing outside the test sees it), nearly filled, then the build writes into it. Skipped
// where mounting is not permitted (no user namespaces, no CAP_SYS_ADMIN).
TEST(InterruptedWrite, FullDiskLeavesEarlierOutputIntact) {
  test::TempDir tmp;
  const fs::path mnt = tmp / "mnt";
  fs::create_directory(mnt);
  // Everything that needs the mount happens inside the namespace; the shell copies what the
  // test checks (exit status, stderr, the output file, the folder's listing) out of it.
  const std::string script =
      "mount -t tmpfs -o size=64k tmpfs \"$M\" || exit 0; : > \"$T/mounted\"; "
      "printf \"EARLIER OUTPUT\\n\" > \"$M/out.json\"; "
      "head -c 49152 /dev/zero > \"$M/fill\" 2>/dev/null; "
      "\"$CLI\" build \"$EX\" -o \"$M/out.json\" 2> \"$T/err\"; echo $? > \"$T/rc\"; "
      "cp \"$M/out.json\" \"$T/after.json\"; ls -A \"$M\" > \"$T/listing\"";
  const std::string cmd = "M='" + mnt.string() + "' T='" + tmp.path().string() + "' CLI='" + DATELINE_CLI +
                          "' EX='" + test::example_article().string() + "' unshare -rm sh -c '" + script +
                          "' 2>'" + (tmp / "unshare.err").string() + "'";
  (void)std::system(cmd.c_str());
  if (!fs::exists(tmp / "mounted"))
    GTEST_SKIP() << "cannot mount a tmpfs in a private mount namespace here: "
                 << read_file((tmp / "unshare.err").string());
  EXPECT_EQ(read_file((tmp / "rc").string()), "2\n");
  const std::string err = read_file((tmp / "err").string());
  EXPECT_NE(err.find((mnt / "out.json").string() + ": cannot write: No space left on device"), std::string::npos)
      << err;
  EXPECT_EQ(read_file((tmp / "after.json").string()), "EARLIER OUTPUT\n");
  // Only the earlier output and the filler: no temporary file left behind.
  EXPECT_EQ(read_file((tmp / "listing").string()), "fill\nout.json\n");
}

// SIGTERM and SIGINT delivered while a large build is running: the run dies of the signal
// with a message, the earlier output is intact, and no temporary file is left.
TEST(InterruptedWrite, SignalsLeaveEarlierOutputIntact) {
  test::TempDir tmp;
  const std::string in = (tmp / "big.md").string();
  // 2,000 copies (7 MB): about four seconds of work here, so the signal sent after 0.3 s lands
  // mid-run even on a machine several times faster (400 copies took 0.4 s once the pipeline
  // got faster, and the run could finish first)
  write_file_atomic(in, big_article(2000));
  const std::string out = (tmp / "out.json").string();
  for (int sig : {SIGTERM, SIGINT}) {
    write_file_atomic(out, "EARLIER OUTPUT\n");
    const std::string err = (tmp / "err").string();
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      if (!std::freopen(err.c_str(), "w", stderr)) ::_exit(127);
      // A fresh process group's SIGINT disposition is default even under a non-interactive shell.
      std::signal(SIGINT, SIG_DFL);
      ::execl(DATELINE_CLI, DATELINE_CLI, "build", in.c_str(), "-o", out.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Wait until the run has started (it has opened the error file and is reading), then
    // interrupt it; a build of this input takes seconds, the signal lands well within it.
    ::usleep(300 * 1000);
    ::kill(pid, sig);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the run finished before the signal; status " << status;
    EXPECT_EQ(WTERMSIG(status), sig);
    EXPECT_NE(read_file(err).find("dateline: interrupted by a signal"), std::string::npos) << read_file(err);
    EXPECT_EQ(read_file(out), "EARLIER OUTPUT\n");
    EXPECT_TRUE(temp_files_in(tmp.path()).empty());
  }
}

TEST(InterruptedWrite, PendingTempFileIsRemovedByTheHandlerFunction) {
  // Nothing pending: the call is a no-op and leaves every file alone.
  test::TempDir tmp;
  write_file_atomic((tmp / "a.json").string(), "x");
  remove_pending_temp_file();
  EXPECT_EQ(read_file((tmp / "a.json").string()), "x");
  EXPECT_TRUE(temp_files_in(tmp.path()).empty());
}

// --- merge never drops an event or a mention (a property over random timelines) ---

// Random reports built from a small vocabulary, so that many events match and merge.
Timeline random_report(std::mt19937& rng, const std::string& doc_id) {
  static const char* kWords[] = {"talks", "sanctions", "visit", "summit", "ceasefire", "envoy", "protest", "aid"};
  static const char* kCountries[] = {"USA", "RUS", "CHN", "FRA"};
  static const char* kCodes[] = {"036", "040", "042", "163", "112"};
  std::uniform_int_distribution<int> pick(0, 1000);
  Timeline t;
  DocumentInfo info;
  info.id = doc_id;
  info.sha256 = std::string(63, 'a') + doc_id.back();  // distinct documents (merge keys them by sha256)
  t.documents.push_back(info);
  const int n = 1 + pick(rng) % 6;
  std::size_t offset = 0;
  for (int i = 0; i < n; ++i) {
    Event e;
    const std::string code = kCodes[pick(rng) % 5];
    describe_cameo(code, e.type);
    e.type.cameo = code;
    e.type.root = code.substr(0, 2);
    Actor a;
    a.name = kCountries[pick(rng) % 4];
    a.country = a.name;
    e.actors.push_back(a);
    const int day = 1 + pick(rng) % 5;
    e.when.earliest = date::sys_days{date::year{2021} / 3 / day};
    e.when.latest = date::sys_days{date::year{2021} / 3 / (day + pick(rng) % 3)};
    Mention m;
    m.document = doc_id;
    m.text = std::string(kWords[pick(rng) % 8]) + " " + kWords[pick(rng) % 8] + " " + kWords[pick(rng) % 8];
    m.evidence = {offset, offset + m.text.size()};
    m.trigger = Span{offset, offset + m.text.find(' ')};
    offset += m.text.size() + 1;
    e.summary = m.text;
    e.mentions.push_back(m);
    t.events.push_back(std::move(e));
  }
  assign_ids(t);
  return t;
}

// A mention by its document's sha256 (merge renumbers document ids), span and text.
using MentionKey = std::tuple<std::string, std::size_t, std::size_t, std::string>;

std::string sha_of(const Timeline& t, const std::string& doc_id) {
  for (const DocumentInfo& d : t.documents)
    if (d.id == doc_id) return d.sha256;
  return "unknown document " + doc_id;
}

std::multiset<MentionKey> mentions_of(const std::vector<Timeline>& ts) {
  std::multiset<MentionKey> out;
  for (const Timeline& t : ts)
    for (const Event& e : t.events)
      for (const Mention& m : e.mentions) out.emplace(sha_of(t, m.document), m.evidence.start, m.evidence.end, m.text);
  return out;
}

TEST(MergeProperty, NeverDropsAnEventOrAMention) {
  std::mt19937 rng(20210318);
  for (int round = 0; round < 200; ++round) {
    std::vector<Timeline> parts;
    const int docs = 1 + static_cast<int>(rng() % 5);
    for (int d = 0; d < docs; ++d) parts.push_back(random_report(rng, "d" + std::to_string(d + 1)));
    const Timeline merged = merge(parts);
    // Every mention of every input is in the output, exactly once.
    EXPECT_EQ(mentions_of({merged}), mentions_of(parts)) << "round " << round;
    // Every input event survives: some output event holds all of its mentions.
    for (const Timeline& p : parts)
      for (const Event& e : p.events) {
        const bool kept = std::any_of(merged.events.begin(), merged.events.end(), [&](const Event& out) {
          return std::all_of(e.mentions.begin(), e.mentions.end(), [&](const Mention& m) {
            return std::any_of(out.mentions.begin(), out.mentions.end(), [&](const Mention& o) {
              return sha_of(merged, o.document) == sha_of(p, m.document) && o.evidence == m.evidence;
            });
          });
        });
        EXPECT_TRUE(kept) << "round " << round << ": lost " << e.summary;
      }
    // Merging again, in another grouping, loses nothing either.
    std::shuffle(parts.begin(), parts.end(), rng);
    const Timeline again = merge({merge({parts.begin(), parts.begin() + (parts.size() + 1) / 2}),
                                  merge({parts.begin() + (parts.size() + 1) / 2, parts.end()})});
    EXPECT_EQ(mentions_of({again}), mentions_of(parts)) << "round " << round;
    // Through JSON and back, too.
    EXPECT_EQ(mentions_of({timeline_from_json(to_json(merged), "m.json")}), mentions_of(parts)) << "round " << round;
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

// Found by fuzz_timeline_json: a number too large for a double escaped nlohmann's parser as
// out_of_range, not dateline::Error, and terminated the program.
TEST(FuzzFound, JsonNumberOverflowIsAnErrorWithOffset) {
  EXPECT_EQ(error_of([] { timeline_from_json("{\"schema\": 1e999}", "t.json"); }),
            "t.json: byte 11: invalid JSON: number out of range: 1e999");
  EXPECT_EQ(error_of([] { ingest_bytes("{\"text\": \"Talks.\", \"n\": -4e4000}", "a.json"); }),
            "a.json: byte 24: invalid JSON: number out of range: -4e4000");
  EXPECT_EQ(error_of([] { ingest_bytes("{\"text\": \"Talks.\"}\n{\"text\": \"x\", \"n\": 1e999}\n", "a.jsonl"); }),
            "a.jsonl: byte 38: invalid JSON: number out of range: 1e999");
}

}  // namespace
}  // namespace dateline
