// The pictures and pages of a timeline: SVG/DOT through Graphviz, the HTML page, TimelineJS.
// SVGs are checked as XML (xmllint), read back for their visible text and rasterized
// (rsvg-convert); hostile strings must come out as the same visible text and never as markup.
#include "support.hpp"

#include <dateline/json.hpp>
#include <dateline/render.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <thread>

namespace dateline::test {
namespace {

bool have(const char* program) {
  return std::system(("command -v " + std::string(program) + " >/dev/null 2>&1").c_str()) == 0;
}

void write(const std::filesystem::path& p, std::string_view data) {
  std::ofstream(p, std::ios::binary) << data;
}

// Decodes the XML entities Graphviz writes (&amp; &lt; &gt; &quot; &apos; &#N; &#xN;).
std::string decode_entities(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    unsigned long cp = 0;
    if (name == "amp") cp = '&';
    else if (name == "lt") cp = '<';
    else if (name == "gt") cp = '>';
    else if (name == "quot") cp = '"';
    else if (name == "apos") cp = '\'';
    else if (name.size() > 1 && name[0] == '#')
      cp = name[1] == 'x' ? std::stoul(std::string(name.substr(2)), nullptr, 16) : std::stoul(std::string(name.substr(1)));
    else {
      out.push_back('&');
      continue;
    }
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
    i = semi;
  }
  return out;
}

// The visible text of an SVG: the contents of its <text> elements, joined by spaces.
std::string visible_text(std::string_view svg) {
  std::string out;
  for (std::size_t at = svg.find("<text"); at != std::string_view::npos; at = svg.find("<text", at + 1)) {
    const std::size_t open_end = svg.find('>', at);
    const std::size_t close = svg.find("</text>", open_end);
    if (open_end == std::string_view::npos || close == std::string_view::npos) break;
    out += decode_entities(svg.substr(open_end + 1, close - open_end - 1));
    out.push_back(' ');
  }
  return out;
}

// How a summary reads in a box: whitespace folded, long ones cut (so compare a prefix).
std::string render_text_of(std::string_view summary) {
  std::string out;
  for (char c : summary) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 60) {
    out.resize(60);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out;
}

// Every attribute name of every tag, lower-cased.
std::vector<std::string> attribute_names(std::string_view xml) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < xml.size(); ++i) {
    if (xml[i] != '<') continue;
    if (xml.substr(i, 4) == "<!--") {  // comments hold no attributes
      i = xml.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    std::size_t j = i + 1;
    while (j < xml.size() && xml[j] != '>' && xml[j] != ' ') ++j;  // tag name
    while (j < xml.size() && xml[j] != '>') {
      while (j < xml.size() && (xml[j] == ' ' || xml[j] == '\n' || xml[j] == '/')) ++j;
      std::string name;
      while (j < xml.size() && xml[j] != '=' && xml[j] != '>' && xml[j] != ' ') name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(xml[j++]))));
      if (!name.empty()) names.push_back(name);
      if (j < xml.size() && xml[j] == '=') {
        ++j;
        const char q = j < xml.size() ? xml[j] : '\0';
        if (q == '"' || q == '\'') j = xml.find(q, j + 1);
        if (j == std::string_view::npos) return names;
        ++j;
      }
    }
    i = j;
  }
  return names;
}

// The SVG group of one node: from its <g id="ID" to the comment before the next node or edge.
std::string_view node_group(std::string_view svg, std::string_view id) {
  std::string needle = "<g id=\"";
  for (char c : id) needle += c == '-' ? std::string("&#45;") : std::string(1, c);
  needle += "\"";
  const std::size_t at = svg.find(needle);
  if (at == std::string_view::npos) return {};
  const std::size_t next = svg.find("\n<!--", at);  // Graphviz comments each node and edge
  return svg.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at);
}

// The y of the first <text> in a group (Graphviz's y grows downwards as it gets less negative).
double first_text_y(std::string_view group) {
  const std::size_t at = group.find("<text");
  const std::size_t y = group.find(" y=\"", at);
  return std::stod(std::string(group.substr(y + 4, group.find('"', y + 4) - y - 4)));
}

bool xml_ok(const std::string& svg) {
  TempDir tmp;
  write(tmp / "x.svg", svg);
  return std::system(("xmllint --noout '" + (tmp / "x.svg").string() + "' 2>/dev/null").c_str()) == 0;
}

Event make_event(std::string id, std::string summary, std::optional<Day> earliest, std::optional<Day> latest,
                 Modality modality = Modality::occurred, std::optional<std::string> cameo = "042") {
  Event e;
  e.id = std::move(id);
  e.summary = std::move(summary);
  e.type.cameo = std::move(cameo);
  e.type.label = "Make a visit";
  e.when.earliest = earliest;
  e.when.latest = latest;
  if (earliest && latest && *earliest == *latest) {
    e.when.value = format_day(*earliest);
    e.when.precision = Precision::day;
  }
  e.modality = modality;
  e.actors = {{ActorRole::source, "Olaf Scholz", "DEU", ActorKind::person},
              {ActorRole::target, "Emmanuel Macron", "FRA", ActorKind::person}};
  Mention m;
  m.document = "d1";
  m.text = "The evidence sentence for " + e.summary + ".";
  e.mentions.push_back(m);
  return e;
}

Day day(int y, unsigned m, unsigned d) { return Day{date::year{y} / date::month{m} / date::day{d}}; }

// A small timeline with what the picture has to handle: several events on one day, an
// interval, an event known only by its latest day, an undated one, a long gap, a causal link.
Timeline sample() {
  Timeline t;
  DocumentInfo d;
  d.id = "d1";
  d.title = "Leaders meet in Paris";
  d.source = "Example Wire";
  d.published = date::year{2022} / 6 / 10;
  t.documents.push_back(d);
  t.events.push_back(make_event("ev-jan", "Scholz visits Warsaw", day(2022, 1, 12), day(2022, 1, 12)));
  t.events.push_back(make_event("ev-a", "Scholz meets Macron", day(2022, 6, 9), day(2022, 6, 9)));
  t.events.push_back(make_event("ev-b", "Ministers sign a pact", day(2022, 6, 9), day(2022, 6, 9), Modality::occurred, "057"));
  t.events.push_back(make_event("ev-c", "Paris recalls its envoy", day(2022, 6, 9), day(2022, 6, 9), Modality::negated, "161"));
  t.events.push_back(make_event("ev-d", "Berlin protests the decision", day(2022, 6, 9), day(2022, 6, 9), Modality::alleged, "141"));
  t.events.push_back(make_event("ev-talks", "Talks in Brussels", day(2022, 6, 12), day(2022, 6, 14), Modality::expected, "043"));
  t.events.push_back(make_event("ev-early", "Earlier phone call", std::nullopt, day(2022, 6, 8)));
  t.events.push_back(make_event("ev-none", "Sanctions if talks fail", std::nullopt, std::nullopt, Modality::hypothetical, "163"));
  Link l;
  l.from = "ev-a";
  l.to = "ev-b";
  l.relation = Relation::causes;
  l.evidence = Evidence{"d1", {0, 5}, "after"};
  t.links.push_back(l);
  return t;
}

TEST(Render, SvgShowsEveryEventOnADateAxis) {
  const Timeline t = sample();
  const std::string svg = to_svg(t);
  if (have("xmllint")) {
    EXPECT_TRUE(xml_ok(svg));
  }
  const std::string text = visible_text(svg);
  for (const auto& e : t.events) {
    EXPECT_NE(text.find(e.summary), std::string::npos) << e.summary;
    EXPECT_FALSE(node_group(svg, e.id).empty()) << "no <g id=\"" << e.id << "\">";
  }
  EXPECT_NE(svg.find("<g id=\"legend\""), std::string::npos);
  EXPECT_NE(text.find("Legend"), std::string::npos);
  EXPECT_NE(text.find("Leaders meet in Paris"), std::string::npos);  // title
  EXPECT_NE(text.find("Example Wire · 2022-06-10"), std::string::npos);  // source, publication date
  EXPECT_NE(text.find("Olaf Scholz → Emmanuel Macron"), std::string::npos);  // actors
  // Dates as they are known: a day, bounds, an upper bound only, none.
  EXPECT_NE(text.find("2022-06-12 – 2022-06-14"), std::string::npos);
  EXPECT_NE(text.find("≤ 2022-06-08"), std::string::npos);
  EXPECT_NE(text.find("undated"), std::string::npos);
  // The five months between January and June are a break, not empty space.
  EXPECT_NE(text.find("≈ 4 months later ≈"), std::string::npos) << text;
  // Time flows down: January above June above the undated.
  const double jan = first_text_y(node_group(svg, "ev-jan"));
  const double jun = first_text_y(node_group(svg, "ev-a"));
  const double later = first_text_y(node_group(svg, "ev-talks"));
  const double none = first_text_y(node_group(svg, "ev-none"));
  EXPECT_LT(jan, jun);
  EXPECT_LT(jun, later);
  EXPECT_LT(later, none);
  // Modality at a glance.
  EXPECT_NE(node_group(svg, "ev-talks").find("stroke-dasharray=\"5,2\""), std::string::npos);  // dashed
  EXPECT_NE(node_group(svg, "ev-none").find("stroke-dasharray=\"1,5\""), std::string::npos);   // dotted
  EXPECT_NE(node_group(svg, "ev-c").find("line-through"), std::string::npos);                  // negated
  EXPECT_NE(node_group(svg, "ev-d").find("#9ca3af"), std::string::npos);                       // alleged: grey
  EXPECT_EQ(node_group(svg, "ev-a").find("stroke-dasharray"), std::string::npos);             // occurred: solid
  // Quad-class colours: 042 verbal cooperation (blue), 161 material conflict (red).
  EXPECT_NE(node_group(svg, "ev-a").find("#dbeafe"), std::string::npos);
  EXPECT_NE(node_group(svg, "ev-c").find("#fee2e2"), std::string::npos);
  // Tooltips carry the evidence sentence.
  EXPECT_NE(node_group(svg, "ev-a").find("xlink:title=\"The evidence sentence for Scholz meets Macron.\""),
            std::string::npos);
  // The causal link: a labelled arrow with its signal.
  EXPECT_NE(svg.find("<g id=\"link&#45;0\" class=\"edge\""), std::string::npos);
  EXPECT_NE(text.find("causes"), std::string::npos);
  EXPECT_NE(text.find("“after”"), std::string::npos);
}

TEST(Render, DotKeepsLinksOutOfTheTimeOrder) {
  const std::string dot = to_dot(sample());
  EXPECT_EQ(dot.rfind("digraph timeline {", 0), 0u);
  const std::size_t link = dot.find("id=\"link-0\"");
  ASSERT_NE(link, std::string::npos);
  const std::size_t line_start = dot.rfind('\n', link);
  const std::string line = dot.substr(line_start, dot.find('\n', link) - line_start);
  EXPECT_NE(line.find("constraint=false"), std::string::npos) << line;
}

// A timeline whose strings try every way out of a label, an attribute or a script element.
Timeline hostile() {
  Timeline t = sample();
  const std::string evil = R"(</text><script>alert(1)</script> {braces} \N \G \\ "q" & <b onload=x> javascript:alert(1) ]]>)";
  t.documents[0].title = "<script>alert('title')</script> & \\N";
  t.documents[0].source = "Wire\" onmouseover=\"alert(1)";
  t.events[1].summary = evil;
  t.events[1].actors[0].name = "<img src=x onerror=alert(1)>";
  t.events[1].mentions[0].text = R"x(He said "\N \E \\" onload="evil()" <script>alert(2)</script>)x";
  t.events[3].id = R"(ev-"><script>x)";
  t.links[0].evidence->signal = "<svg onload=alert(3)>";
  return t;
}

TEST(Render, HostileTextStaysText) {
  if (!have("xmllint")) GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
  const Timeline t = hostile();
  const std::string svg = to_svg(t);
  ASSERT_TRUE(xml_ok(svg)) << "the SVG is not well-formed XML";
  std::string lower = svg;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(lower.find("<script"), std::string::npos);
  EXPECT_EQ(lower.find("<img"), std::string::npos);
  for (const auto& name : attribute_names(svg)) EXPECT_NE(name.rfind("on", 0), 0u) << "attribute " << name;
  for (const auto& name : attribute_names(svg)) EXPECT_NE(name, "href") << "a link from input";
  // The same visible text, backslashes and braces included.
  const std::string text = visible_text(svg);
  EXPECT_NE(text.find("</text><script>alert(1)</script> {braces}"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(\N \G \\ "q" & <b onload=x> javascript:alert(1))"), std::string::npos) << text;
  EXPECT_NE(text.find("<img src=x onerror=alert(1)>"), std::string::npos);
  EXPECT_NE(text.find("<script>alert('title')</script> & \\N"), std::string::npos);
  EXPECT_NE(text.find("<svg onload=alert(3)>"), std::string::npos);
  EXPECT_NE(decode_entities(svg).find(R"x(xlink:title="He said "\N \E \\" onload="evil()" <script>alert(2)</script>")x"),
            std::string::npos);
  // The DOT is valid for Graphviz (to_svg parsed it) and no quote from input ends a string.
  const std::string dot = to_dot(t);
  EXPECT_EQ(dot.find("onload=\"evil"), std::string::npos);
  EXPECT_EQ(dot.find("\" onmouseover=\""), std::string::npos);
}

TEST(Render, HtmlPageIsSelfContainedAndSafe) {
  const Timeline t = hostile();
  const std::string html = to_html(t);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
  // Exactly the page's two script elements: the data and the behaviour.
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) ++scripts;
  EXPECT_EQ(scripts, 2u);
  // No network: nothing loaded from elsewhere.
  for (const auto& name : attribute_names(html)) {
    EXPECT_NE(name, "src");
    EXPECT_NE(name, "href");
    EXPECT_NE(name.rfind("on", 0), 0u) << "attribute " << name;
  }
  std::string rest = html;
  for (const std::string ns : {"xmlns=\"http://www.w3.org/2000/svg\"", "xmlns:xlink=\"http://www.w3.org/1999/xlink\""})
    if (auto at = rest.find(ns); at != std::string::npos) rest.erase(at, ns.size());
  for (const char* s : {"<link", "@import", "url(", "http://", "https://"}) EXPECT_EQ(rest.find(s), std::string::npos) << s;
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("script-src 'sha256-"), std::string::npos);
  // The data: no '<' inside the JSON, and it reads back to the same strings.
  const std::string open = "<script type=\"application/json\" id=\"timeline-data\">";
  const std::size_t a = html.find(open);
  ASSERT_NE(a, std::string::npos);
  const std::size_t b = html.find("</script>", a);
  const std::string data = html.substr(a + open.size(), b - a - open.size());
  EXPECT_EQ(data.find('<'), std::string::npos);
  const auto j = nlohmann::json::parse(data);
  ASSERT_EQ(j["events"].size(), t.events.size());
  EXPECT_EQ(j["events"][1]["summary"], t.events[1].summary);
  EXPECT_EQ(j["events"][1]["mentions"][0]["text"], t.events[1].mentions[0].text);
  EXPECT_EQ(j["documents"][0]["source"], *t.documents[0].source);
  // Every event's group in the SVG is found by the id the script looks for.
  for (const auto& e : j["events"]) {
    std::string needle = "<g id=\"";
    for (char c : e["svg_id"].get<std::string>()) needle += c == '-' ? std::string("&#45;") : std::string(1, c);
    EXPECT_NE(html.find(needle + "\""), std::string::npos) << e["svg_id"];
  }
  // Filters and the evidence panel are there.
  for (const char* id : {"filter-actor", "filter-root", "filter-modality", "panel"})
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
}

TEST(Render, TimelineJsFormat) {
  const Timeline t = hostile();
  const auto j = nlohmann::json::parse(to_timelinejs(t));
  // The undated event cannot be placed: it is counted in the title instead.
  ASSERT_EQ(j["events"].size(), t.events.size() - 1);
  EXPECT_NE(j["title"]["text"]["text"].get<std::string>().find("1 undated event not shown"), std::string::npos);
  EXPECT_EQ(j["title"]["text"]["headline"], "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; \\N");
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& e : j["events"]) by_id[e["unique_id"]] = e;
  const auto& jan = by_id.at("ev-jan");
  EXPECT_EQ(jan["start_date"], (nlohmann::json{{"year", 2022}, {"month", 1}, {"day", 12}}));
  EXPECT_FALSE(jan.contains("display_date"));
  EXPECT_EQ(jan["group"], "Consult");
  const auto& talks = by_id.at("ev-talks");
  EXPECT_EQ(talks["end_date"], (nlohmann::json{{"year", 2022}, {"month", 6}, {"day", 14}}));
  EXPECT_EQ(talks["display_date"], "2022-06-12 – 2022-06-14");
  EXPECT_EQ(by_id.at("ev-early")["display_date"], "≤ 2022-06-08");
  EXPECT_EQ(by_id.at("ev-d")["group"], "Protest");
  // Text fields are HTML-escaped: TimelineJS renders them as HTML.
  const auto& evil = by_id.at("ev-a");
  const std::string headline = evil["text"]["headline"];
  EXPECT_EQ(headline.find('<'), std::string::npos);
  EXPECT_NE(headline.find("&lt;/text&gt;&lt;script&gt;"), std::string::npos);
  const std::string body = evil["text"]["text"];
  EXPECT_EQ(body.find("<script"), std::string::npos);
  EXPECT_EQ(body.find("<img"), std::string::npos);
  EXPECT_NE(body.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
}

// Rasterizes an SVG and checks the PNG is a real picture: magic bytes, size, dimensions.
void expect_rasterizes(const std::string& svg) {
  if (!have("rsvg-convert")) GTEST_SKIP() << "rsvg-convert (librsvg2-bin) is not installed";
  TempDir tmp;
  write(tmp / "t.svg", svg);
  ASSERT_EQ(std::system(("rsvg-convert '" + (tmp / "t.svg").string() + "' -o '" + (tmp / "t.png").string() + "'").c_str()), 0);
  const std::string png = read_file((tmp / "t.png").string());
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  EXPECT_GT(be32(16), 300);  // width
  EXPECT_GT(be32(20), 200);  // height
  EXPECT_GT(png.size(), 10000u);
}

TEST(Render, SampleRasterizes) { expect_rasterizes(to_svg(sample())); }

TEST(Render, ExampleArticleThroughTheCli) {
  TempDir tmp;
  auto r = run_cli("build '" + example_article().string() + "' -o '" + (tmp / "t.json").string() + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const Timeline t = timeline_from_json(read_file((tmp / "t.json").string()), "t.json");
  for (const char* out : {"t.svg", "t.html"}) {
    auto rr = run_cli("render '" + (tmp / "t.json").string() + "' -o '" + (tmp / out).string() + "'");
    ASSERT_EQ(rr.status, 0) << rr.err;
  }
  auto tl = run_cli("render '" + (tmp / "t.json").string() + "' --format timelinejs -o -");
  ASSERT_EQ(tl.status, 0) << tl.err;
  EXPECT_TRUE(nlohmann::json::parse(tl.out).contains("events"));
  const std::string svg = read_file((tmp / "t.svg").string());
  if (have("xmllint")) {
    EXPECT_TRUE(xml_ok(svg));
  }
  const std::string text = visible_text(svg);
  EXPECT_NE(text.find("Legend"), std::string::npos);
  ASSERT_EQ(t.documents.size(), 1u);
  if (t.documents[0].title) {
    EXPECT_NE(text.find(*t.documents[0].title), std::string::npos);
  }
  for (const auto& e : t.events) EXPECT_NE(text.find(render_text_of(e.summary)), std::string::npos) << e.summary;
  expect_rasterizes(svg);
  auto bad = run_cli("render '" + (tmp / "t.json").string() + "' --format pdf -o -");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("timelinejs"), std::string::npos);
}

TEST(Render, SeedGoldTimeline) {
  DATELINE_REQUIRE_SHARED();
  const auto path = shared_dir() / "corpus" / "seed" / "putin-biden-reuters.gold.json";
  const Timeline t = timeline_from_json(read_file(path.string()), path.string());
  ASSERT_GT(t.events.size(), 10u);
  const std::string svg = to_svg(t);
  if (have("xmllint")) {
    EXPECT_TRUE(xml_ok(svg));
  }
  const std::string text = visible_text(svg);
  for (const auto& e : t.events) EXPECT_NE(text.find(render_text_of(e.summary)), std::string::npos) << e.summary;
  expect_rasterizes(svg);
}

TEST(Render, ManyEventsAreGroupedByMonth) {
  Timeline t = sample();
  RenderOptions small;
  small.group_above = 5;
  const std::string svg = to_svg(t, small);
  if (have("xmllint")) {
    EXPECT_TRUE(xml_ok(svg));
  }
  const std::string text = visible_text(svg);
  EXPECT_NE(text.find("grouped by month"), std::string::npos);
  EXPECT_NE(svg.find("<g id=\"month&#45;2022&#45;06\""), std::string::npos);
  EXPECT_NE(text.find("2022-06"), std::string::npos) << text;
  EXPECT_NE(text.find("· 6 events"), std::string::npos) << text;
  EXPECT_NE(text.find("1 undated not shown"), std::string::npos);
}

TEST(Render, ConcurrentCallsAreSerialized) {
  const Timeline t = sample();
  const std::string expected = to_svg(t);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < got.size(); ++i) threads.emplace_back([&, i] { got[i] = to_svg(t); });
  for (auto& th : threads) th.join();
  for (const auto& g : got) EXPECT_EQ(g, expected);
}

TEST(Render, BadBytesNeverBreakTheXml) {
  Timeline t = sample();
  t.events[0].summary = "bad \xff\xfe bytes \x01\x02 and a cut \xe2\x82";
  const std::string svg = to_svg(t);
  if (have("xmllint")) {
    EXPECT_TRUE(xml_ok(svg));
  }
  EXPECT_NE(visible_text(svg).find("bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"), std::string::npos);
}

}  // namespace
}  // namespace dateline::test
