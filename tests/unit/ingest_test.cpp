// Ingest: every input format on small fixtures (tests/data/ingest) and on the shared corpus,
// the publication-date precedence, and bad input.
#include <dateline/error.hpp>
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>

#include "support.hpp"

#include <filesystem>
#include <fstream>

namespace dateline {
namespace {

using test::shared_dir;
using test::source_dir;

std::string fixture(const std::string& name) { return (source_dir() / "tests" / "data" / "ingest" / name).string(); }

date::year_month_day ymd(int y, unsigned m, unsigned d) { return date::year{y} / date::month{m} / date::day{d}; }

Document one(const std::string& path, const IngestOptions& o = {}) {
  auto docs = ingest_file(path, o);
  EXPECT_EQ(docs.size(), 1u);
  return docs.at(0);
}

using test::error_of;

// Every analysis byte maps into raw, the map never goes backwards, and the final entry ends it.
void expect_sane_map(const Document& d) {
  if (d.raw_offset.empty()) {
    EXPECT_EQ(d.text.size(), d.raw.size());
    return;
  }
  ASSERT_EQ(d.raw_offset.size(), d.text.size() + 1);
  for (std::size_t i = 0; i < d.raw_offset.size(); ++i) {
    ASSERT_LE(d.raw_offset[i], d.raw.size()) << "at " << i;
    if (i > 0) {
      ASSERT_LE(d.raw_offset[i - 1], d.raw_offset[i]) << "at " << i;
    }
  }
}

TEST(FormatFromPath, ByExtension) {
  EXPECT_EQ(format_from_path("a/b.txt"), InputFormat::text);
  EXPECT_EQ(format_from_path("b.MD"), InputFormat::markdown);
  EXPECT_EQ(format_from_path("b.markdown"), InputFormat::markdown);
  EXPECT_EQ(format_from_path("page.htm"), InputFormat::html);
  EXPECT_EQ(format_from_path("x/ABC19980108.1830.0711.tml"), InputFormat::timeml);
  EXPECT_EQ(format_from_path("doc.TE3input"), InputFormat::timeml);
  EXPECT_EQ(format_from_path("a.json"), InputFormat::json);
  EXPECT_EQ(format_from_path("a.jsonl"), InputFormat::jsonl);
  EXPECT_EQ(format_from_path("a.xml"), InputFormat::automatic);
  EXPECT_EQ(format_from_path("dir.v2/README"), InputFormat::automatic);
}

TEST(Ingest, SniffsContentWhenTheNameSaysNothing) {
  EXPECT_EQ(ingest_bytes("<!doctype html><p>Talks resumed on Monday.</p>", "x").at(0).text, "Talks resumed on Monday.");
  const auto tml = ingest_bytes(read_file(fixture("article.tml")), "x.xml").at(0);
  EXPECT_EQ(tml.info.published, ymd(2003, 4, 9));
  EXPECT_EQ(ingest_bytes(read_file(fixture("articles.jsonl")), "stdin").size(), 2u);
  EXPECT_EQ(ingest_bytes(read_file(fixture("article.json")), "stdin").at(0).info.title, "Leaders meet");
}

TEST(Ingest, MarkdownFrontMatterIsMetadataAndBlankedInText) {
  const Document d = one(fixture("front-matter.md"));
  EXPECT_EQ(d.info.title, "Ministers agree to resume border talks");
  EXPECT_EQ(d.info.published, ymd(2019, 6, 4));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  EXPECT_EQ(d.info.source, "Example Wire");
  EXPECT_EQ(d.info.url, "https://news.example.org/2019/06/04/border-talks");
  ASSERT_EQ(d.text.size(), d.raw.size());
  EXPECT_TRUE(d.raw_offset.empty());
  EXPECT_EQ(d.text.find("title:"), std::string::npos);
  EXPECT_EQ(d.text.find("---"), std::string::npos);
  const std::size_t body = d.raw.find("BRUSSELS");
  EXPECT_EQ(d.text.substr(body, 8), "BRUSSELS");
  EXPECT_EQ(d.info.path, fixture("front-matter.md"));
  EXPECT_EQ(d.info.sha256.size(), 64u);
}

TEST(Ingest, MarkdownHeadingIsTitleAndDateLineGivesPublication) {
  const Document d = one(fixture("heading.md"));
  EXPECT_EQ(d.info.title, "Envoys meet in Geneva as ceasefire holds");
  EXPECT_EQ(d.info.published, ymd(2019, 6, 4));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::text);
  EXPECT_EQ(d.info.source, "AP");  // from the dateline "GENEVA (AP) —"
}

TEST(Ingest, DatelineDateBeatsNothingAndNamesTheAgency) {
  const Document d = one(fixture("dateline.txt"));
  EXPECT_EQ(d.info.published, ymd(2021, 3, 18));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::dateline);
  EXPECT_EQ(d.info.source, "AP");
}

TEST(Ingest, PublicationPrecedence) {
  // Reuters style dateline with the year from a date line above it: the dateline wins over
  // the date line, metadata over both, --published over everything.
  const std::string text = "Updated every hour\n\nMay 2, 2018\n\nLONDON, May 3, 2018 (Reuters) - Talks began.\n";
  Document d = ingest_bytes(text, "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2018, 5, 3));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::dateline);
  EXPECT_EQ(d.info.source, "Reuters");

  d = ingest_bytes("---\npublished: 2018-05-01\n---\n" + text, "a.md").at(0);
  EXPECT_EQ(d.info.published, ymd(2018, 5, 1));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);

  IngestOptions o;
  o.published = ymd(2000, 1, 2);
  d = ingest_bytes(text, "a.txt", o).at(0);
  EXPECT_EQ(d.info.published, ymd(2000, 1, 2));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);

  d = ingest_bytes("Talks began on May 3, 2018 in London, the ministry said.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "a date inside prose is not a publication date";
  EXPECT_EQ(d.info.published_basis, PublishedBasis::unknown);

  d = ingest_bytes("Thursday, 22 March 2013 10:45 GMT\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2013, 3, 22));
  d = ingest_bytes("Published: 2013-03-22\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2013, 3, 22));
  d = ingest_bytes("February 30, 2013\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "not a calendar day";
}

TEST(Ingest, UpdateLineDatesOnlyWhenNothingGivesThePublication) {
  // "Updated - <date>" (The Hindu, many CMSs) is a later edit: the publication date when it
  // is the only date line, never over a "Published" line wherever that stands.
  Document d = ingest_bytes("Headline\n\nUpdated - September 19, 2023 11:42 pm IST\n\nNEW DELHI\n\nIndia on Tuesday expelled a diplomat.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2023, 9, 19));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::text);
  d = ingest_bytes("Headline\n\nUpdated: September 19, 2023 11:42 pm IST\nPublished - 18 September 2023\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2023, 9, 18)) << "the publication line wins though it comes second";
  d = ingest_bytes("Headline\n\nThe report was updated - September 19, 2023.\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "prose that mentions an update is no date line";
}

TEST(Ingest, YearFirstSlashedAndDottedDateLines) {
  // East Asian agencies print the publication line year first with slashes or dots
  // ("2020/06/16 17:21"); year first leaves no day-month ambiguity.
  Document d = ingest_bytes("N. Korea blows up liaison office\n2020/06/16 17:21\n\nSEOUL, June 16 (Yonhap) -- North Korea on Tuesday blew up the office.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2020, 6, 16));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::text);
  EXPECT_EQ(d.info.source, "Yonhap");
  d = ingest_bytes("Headline\n\nPublished: 2019.08.02\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_EQ(d.info.published, ymd(2019, 8, 2));
  d = ingest_bytes("Headline\n2020/13/16 17:21\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "no thirteenth month";
  d = ingest_bytes("Headline\n06/16/2020 17:21\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "a year-last slashed date is left: its order is the writer's convention";
  d = ingest_bytes("Headline\n2020/06-16\n\nTalks began.\n", "a.txt").at(0);
  EXPECT_FALSE(d.info.published) << "mixed separators are no date";
}

TEST(Ingest, SeedArticle) {
  DATELINE_REQUIRE_SHARED();
  Document d = one(test::seed_article().string());
  EXPECT_EQ(d.info.title, "Putin offers Biden public talks after U.S. president says he thinks he is a killer");
  EXPECT_EQ(d.info.source, "Reuters");
  // "MOSCOW (Reuters) –" carries no date, and nothing else in the text states one.
  EXPECT_FALSE(d.info.published);
  EXPECT_EQ(d.text, d.raw);

  IngestOptions o;
  o.published = ymd(2021, 3, 18);
  d = one(test::seed_article().string(), o);
  EXPECT_EQ(d.info.published, ymd(2021, 3, 18));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
}

TEST(Ingest, BundledExampleHasFrontMatter) {
  const Document d = one(test::example_article().string());
  EXPECT_EQ(d.info.published, ymd(2021, 3, 18));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  EXPECT_EQ(d.info.source, "Reuters");
  EXPECT_TRUE(d.info.url && d.info.url->find("reuters.com") != std::string::npos);
}

TEST(Ingest, TimeMLFixture) {
  const Document d = one(fixture("article.tml"));
  EXPECT_EQ(d.info.published, ymd(2003, 4, 9));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  EXPECT_EQ(d.info.title, "Talks & truce");
  EXPECT_EQ(d.text,
            "\nThe ministers met Tuesday in Cairo & Amman.\n"
            "Officials said the talks were \"useful\" \xE2\x80\x94 and would resume <soon>. A & B \n");
  expect_sane_map(d);
  // Body is the raw content of TEXT.
  EXPECT_EQ(d.raw.substr(d.body.start, 14), "\nThe ministers");
  EXPECT_EQ(d.raw.substr(d.body.end, 7), "</TEXT>");
  // Plain bytes map to themselves; decoded entities map to their '&'.
  const std::size_t met = d.text.find("met");
  EXPECT_EQ(d.raw.substr(d.to_raw(met), 3), "met");
  const std::size_t amp = d.text.find("& Amman");
  EXPECT_EQ(d.raw.substr(d.to_raw(amp), 5), "&amp;");
  EXPECT_EQ(d.raw.substr(d.to_raw(amp + 1), 7), " Amman.");
  const std::size_t dash = d.text.find("\xE2\x80\x94");
  EXPECT_EQ(d.raw.substr(d.to_raw(dash), 7), "&#8212;");
  EXPECT_EQ(d.raw.substr(d.to_raw(d.text.find("A & B")), 5), "A & B") << "CDATA is literal";
  EXPECT_EQ(d.to_raw(d.text.size()), d.body.end);
}

TEST(Ingest, TimeMLNormalizesLineEndsLikeAnXmlParser) {
  const Document d = one(fixture("crlf.tml"));
  EXPECT_EQ(d.text, "\nLine one.\nLine two.\nLine three.\n");
  EXPECT_EQ(d.info.published, ymd(1998, 2, 27));
  EXPECT_EQ(d.raw[d.to_raw(d.text.find("\nLine two"))], '\r');
}

TEST(Ingest, TimeBankFile) {
  DATELINE_REQUIRE_SHARED();
  const auto path = shared_dir() / "corpus" / "tempeval3-train" / "TimeBank" / "ABC19980108.1830.0711.tml";
  const Document d = one(path.string());
  EXPECT_EQ(d.info.published, ymd(1998, 1, 8));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  expect_sane_map(d);
  EXPECT_EQ(d.text.find('<'), std::string::npos);
  EXPECT_NE(d.text.find("another very bad financial week for Asia."), std::string::npos);
  // text[i] is the same character in raw wherever the text is not a decoded reference.
  for (std::size_t i = 0; i < d.text.size(); ++i) ASSERT_EQ(d.raw[d.to_raw(i)], d.text[i]) << "at " << i;
  EXPECT_GT(d.body.start, d.raw.find("<TEXT>"));
  EXPECT_EQ(d.raw.compare(d.body.end, 7, "</TEXT>"), 0);
}

TEST(Ingest, AllTimeMLFilesOfTheCorpusRead) {
  DATELINE_REQUIRE_SHARED();
  std::size_t files = 0, with_dct = 0;
  for (const char* sub : {"tempeval3-train/TimeBank", "tempeval3-train/AQUAINT"}) {
    for (const auto& e : std::filesystem::directory_iterator(shared_dir() / "corpus" / sub)) {
      if (e.path().extension() != ".tml") continue;
      const Document d = one(e.path().string());
      ++files;
      with_dct += d.info.published.has_value();
      ASSERT_EQ(d.raw_offset.size(), d.text.size() + 1) << e.path();
      ASSERT_EQ(d.text.find('<'), std::string::npos) << e.path();
    }
  }
  EXPECT_EQ(files, 256u);
  EXPECT_EQ(with_dct, files);
}

TEST(Ingest, HtmlNewsPage) {
  const Document d = one(fixture("page.html"));
  EXPECT_EQ(d.info.title, "Ministers agree to resume talks");
  EXPECT_EQ(d.info.published, ymd(2022, 5, 17)) << "article:published_time comes first";
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  EXPECT_EQ(d.info.source, "Example News");
  EXPECT_EQ(d.info.url, "https://news.example.org/world/ministers-talks");
  expect_sane_map(d);
  // The article's prose, with paragraphs kept apart and entities decoded...
  EXPECT_NE(d.text.find("ROME, May 17 (Example News) \xE2\x80\x93 Foreign ministers agreed on Tuesday to resume talks next month"),
            std::string::npos)
      << d.text;
  EXPECT_NE(d.text.find("officials said.\n\n\xE2\x80\x9CWe are ready,\xE2\x80\x9D"), std::string::npos) << d.text;
  EXPECT_NE(d.text.find("held in Geneva & Vienna."), std::string::npos);
  EXPECT_NE(d.text.find("on Friday.\nNo date"), std::string::npos);
  // ...and nothing from scripts, styles, navigation, asides, figures, footers or teasers.
  for (const char* absent : {"tracking", "font-family", "Home", "unrelated", "Ministers in Rome", "2022 Example", "teaser", "NewsArticle"})
    EXPECT_EQ(d.text.find(absent), std::string::npos) << absent;
  // Offsets point into the whole file: plain bytes to themselves, entities to their '&'.
  const std::size_t rome = d.text.find("ROME");
  EXPECT_EQ(d.raw.substr(d.to_raw(rome), 4), "ROME");
  const std::size_t ndash = d.text.find("\xE2\x80\x93");
  EXPECT_EQ(d.raw.substr(d.to_raw(ndash), 7), "&ndash;");
  const std::size_t geneva = d.text.find("Geneva");
  EXPECT_EQ(d.raw.substr(d.to_raw(geneva), 10), "Geneva</b>");
  const std::size_t amp = d.text.find("& Vienna");
  EXPECT_EQ(d.raw.substr(d.to_raw(amp), 5), "&amp;");
}

TEST(Ingest, HtmlPublicationFallbacks) {
  const std::string ld =
      "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, "
      "{\"@type\": \"NewsArticle\", \"datePublished\": \"2019-11-05T10:00:00+01:00\"}]}</script>"
      "<meta name=\"date\" content=\"2019-01-01\"></head><body><p>Talks resumed.</p></body></html>";
  EXPECT_EQ(ingest_bytes(ld, "a.html").at(0).info.published, ymd(2019, 11, 5));
  const std::string time =
      "<html><head><meta name=\"pubdate\" content=\"2019-01-01\"></head><body><article><h1>Talks</h1>"
      "<p><time datetime=\"2019-11-06\">Nov. 6</time></p><p>Talks resumed.</p></article></body></html>";
  EXPECT_EQ(ingest_bytes(time, "a.html").at(0).info.published, ymd(2019, 11, 6));
  EXPECT_EQ(ingest_bytes(time, "a.html").at(0).info.title, "Talks") << "first h1 without <title>";
  const std::string meta = "<html><head><meta name=\"pubdate\" content=\"20190107\"></head><body><p>Talks.</p></body></html>";
  EXPECT_EQ(ingest_bytes(meta, "a.html").at(0).info.published, ymd(2019, 1, 7));
  const std::string none = "<html><body><p>GENEVA, Nov. 5, 2019 (AP) - Talks resumed.</p></body></html>";
  const Document d = ingest_bytes(none, "a.html").at(0);
  EXPECT_EQ(d.info.published, ymd(2019, 11, 5));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::dateline);
}

TEST(Ingest, JsonArticle) {
  const Document d = one(fixture("article.json"));
  EXPECT_EQ(d.raw, "Leaders met in Berlin on Wednesday.\n\nThey agreed to meet again in March.");
  EXPECT_EQ(d.text, d.raw);
  EXPECT_EQ(d.info.published, ymd(2020, 1, 15));
  EXPECT_EQ(d.info.published_basis, PublishedBasis::metadata);
  EXPECT_EQ(d.info.source, "Example Wire");
  EXPECT_EQ(d.info.url, "https://news.example.org/a1");
  EXPECT_EQ(d.body, (Span{0, d.raw.size()}));
}

TEST(Ingest, JsonlArticles) {
  const auto docs = ingest_file(fixture("articles.jsonl"));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].raw, "The envoy arrived in Kyiv on Monday.");
  EXPECT_EQ(docs[0].info.published, ymd(2022, 2, 7));
  EXPECT_EQ(docs[1].info.title, "No deal");
  EXPECT_FALSE(docs[1].info.published);
  EXPECT_NE(docs[0].info.sha256, docs[1].info.sha256);
}

TEST(Ingest, JsonErrors) {
  std::string e = error_of([] { ingest_file(fixture("bad-line.jsonl")); });
  EXPECT_NE(e.find("bad-line.jsonl"), std::string::npos) << e;
  EXPECT_NE(e.find("line 2"), std::string::npos) << e;
  EXPECT_EQ(e.find('\n'), std::string::npos) << e;
  e = error_of([] { ingest_file(fixture("no-text.json")); });
  EXPECT_NE(e.find("no-text.json"), std::string::npos) << e;
  EXPECT_NE(e.find("\"text\""), std::string::npos) << e;
  e = error_of([] { ingest_bytes("{\"text\": \"a\",, }", "x.json"); });
  EXPECT_NE(e.find("x.json: byte 13"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("{\"text\": \"a\", \"published\": \"soon\"}", "x.json"); });
  EXPECT_NE(e.find("published"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("{\"text\": \"a\\u0000b\"}", "x.json"); });
  EXPECT_NE(e.find("NUL"), std::string::npos) << e;
}

TEST(Ingest, BadInput) {
  test::TempDir tmp;
  std::string e = error_of([&] { ingest_file((tmp / "missing.txt").string()); });
  EXPECT_NE(e.find("missing.txt"), std::string::npos) << e;
  e = error_of([&] { ingest_file(tmp.path().string()); });
  EXPECT_NE(e.find("directory"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("", "empty.txt"); });
  EXPECT_EQ(e, "empty.txt: empty file");
  e = error_of([] { ingest_bytes("   \n\n  ", "blank.txt"); });
  EXPECT_NE(e.find("blank.txt: no article text"), std::string::npos) << e;
  e = error_of([] { ingest_bytes(std::string("abc\0def", 7), "bin.txt"); });
  EXPECT_NE(e.find("bin.txt: byte 3: NUL"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("caf\xC3\xA9 ok, then \xC3\x28 bad", "u.txt"); });
  EXPECT_NE(e.find("u.txt: byte 15: invalid UTF-8"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("overlong \xC0\xAF", "u.txt"); });
  EXPECT_NE(e.find("byte 9: invalid UTF-8"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("surrogate \xED\xA0\x80", "u.txt"); });
  EXPECT_NE(e.find("byte 10: invalid UTF-8"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("truncated \xE2\x80", "u.txt"); });
  EXPECT_NE(e.find("byte 10: invalid UTF-8"), std::string::npos) << e;
  IngestOptions small;
  small.max_bytes = 4;
  e = error_of([&] { ingest_bytes("too long", "big.txt", small); });
  EXPECT_NE(e.find("big.txt: too large"), std::string::npos) << e;
}

TEST(Ingest, MalformedTimeMLIsAnErrorWithOffset) {
  std::string e = error_of([] { ingest_bytes("<TimeML><TEXT>a <b>c</TEXT></TimeML>", "m.tml"); });
  EXPECT_NE(e.find("m.tml: byte 20: </TEXT> does not close <b>"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("<TimeML><TEXT>a &nbsp; b</TEXT></TimeML>", "m.tml"); });
  EXPECT_NE(e.find("byte 16: unknown entity"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("<TimeML><TEXT>never closed", "m.tml"); });
  EXPECT_NE(e.find("never closed"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("<TimeML><DOCID>x</DOCID></TimeML>", "m.tml"); });
  EXPECT_NE(e.find("no <TEXT>"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("<html><TEXT>x</TEXT></html>", "m.tml"); });
  EXPECT_NE(e.find("root element is <html>"), std::string::npos) << e;
  e = error_of([] { ingest_bytes("<TimeML><TEXT a=\"1>x</TEXT></TimeML>", "m.tml"); });
  EXPECT_NE(e.find("m.tml: byte 8: unterminated tag"), std::string::npos) << e;
}

TEST(Ingest, TruncatedFilesFailCleanlyOrRead) {
  // Every prefix of each fixture either reads (with a sane offset map) or throws a
  // dateline::Error; nothing else may escape, and the sanitizer build checks the memory.
  for (const char* name : {"article.tml", "page.html", "front-matter.md", "article.json", "articles.jsonl"}) {
    const std::string bytes = read_file(fixture(name));
    for (std::size_t n = 1; n <= bytes.size(); ++n) {
      try {
        for (const Document& d : ingest_bytes(bytes.substr(0, n), name)) expect_sane_map(d);
      } catch (const Error&) {
      }
      if (HasFatalFailure()) return;
    }
  }
}

TEST(Ingest, ByteOrderMarkIsSkippedButOffsetsStayRaw) {
  const Document d = ingest_bytes("\xEF\xBB\xBF# Title\n\nText.\n", "bom.md").at(0);
  EXPECT_EQ(d.info.title, "Title");
  ASSERT_EQ(d.text.size(), d.raw.size());
  EXPECT_EQ(d.text.substr(0, 3), "   ");
  EXPECT_EQ(d.text.substr(3, 7), "# Title");
  const Document t = ingest_bytes("\xEF\xBB\xBF<TimeML><TEXT>Hi.</TEXT></TimeML>", "bom.tml").at(0);
  EXPECT_EQ(t.text, "Hi.");
  EXPECT_EQ(t.to_raw(0), 17u);
}

TEST(Ingest, FiftyMegabyteSingleLine) {
  std::string big(50u << 20, 'a');
  for (std::size_t i = 7; i < big.size(); i += 8) big[i] = ' ';
  const auto docs = ingest_bytes(std::move(big), "big.txt");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text.size(), std::size_t{50} << 20);
  EXPECT_FALSE(docs[0].info.published);
}

TEST(Ingest, CliBuildHonoursPublishedAndReportsBadInput) {
  DATELINE_REQUIRE_SHARED();
  auto r = test::run_cli("build --published 2021-03-18 '" + test::seed_article().string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"published\": \"2021-03-18\""), std::string::npos) << r.out.substr(0, 600);
  r = test::run_cli("ingest --show text '" + fixture("crlf.tml") + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "\nLine one.\nLine two.\nLine three.\n");
  r = test::run_cli("build '" + fixture("bad-line.jsonl") + "'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("line 2"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dateline
