// Segmentation: tokens and sentences on the seed article, the TimeBank corpus and small texts.
#include <dateline/ingest.hpp>
#include <dateline/io.hpp>
#include <dateline/text.hpp>

#include "support.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace dateline {
namespace {

std::vector<std::string> tokens(std::string_view text) {
  const Segmented s = segment(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) out.emplace_back(s.token_text(i));
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  const Segmented s = segment(text);
  std::vector<std::string> out;
  for (const Sentence& x : s.sentences) out.emplace_back(text.substr(x.start, x.end - x.start));
  return out;
}

// The sentence holding the byte at `pos`, or null.
const Sentence* sentence_at(const Segmented& s, std::size_t pos) {
  for (const Sentence& x : s.sentences)
    if (x.start <= pos && pos < x.end) return &x;
  return nullptr;
}

// Structural invariants every segmentation must keep.
void expect_well_formed(const Segmented& s) {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    ASSERT_LT(t.start, t.end) << "token " << i;
    ASSERT_LE(t.end, s.text.size());
    if (i > 0) {
      ASSERT_LE(s.tokens[i - 1].end, t.start) << "token " << i;
    }
    for (char c : s.token_text(i)) ASSERT_TRUE(c != ' ' && c != '\n' && c != '\t') << "token " << i;
  }
  std::size_t next_token = 0;
  for (const Sentence& x : s.sentences) {
    ASSERT_EQ(x.first_token, next_token);
    ASSERT_GT(x.token_count, 0u);
    next_token += x.token_count;
    ASSERT_LE(next_token, s.tokens.size());
    EXPECT_EQ(x.start, s.tokens[x.first_token].start);
    EXPECT_EQ(x.end, s.tokens[x.first_token + x.token_count - 1].end);
  }
  EXPECT_EQ(next_token, s.tokens.size()) << "every token belongs to a sentence";
}

TEST(Tokens, WordsCliticsAndHyphens) {
  EXPECT_EQ(tokens("Biden's post-Cold War ties"), (std::vector<std::string>{"Biden", "'s", "post-Cold", "War", "ties"}));
  EXPECT_EQ(tokens("Russia\xE2\x80\x99s plan"), (std::vector<std::string>{"Russia", "\xE2\x80\x99s", "plan"}));
  EXPECT_EQ(tokens("don't they'll O'Brien"), (std::vector<std::string>{"do", "n't", "they", "'ll", "O'Brien"}));
  EXPECT_EQ(tokens("leaders' talks"), (std::vector<std::string>{"leaders", "'", "talks"}));
  EXPECT_EQ(tokens("Zürich Москва"), (std::vector<std::string>{"Zürich", "Москва"}));
}

TEST(Tokens, NumbersStayWhole) {
  EXPECT_EQ(tokens("2,000 troops, 3.5 percent, the 1990s, 21st, 10:30 on 1998-03-22."),
            (std::vector<std::string>{"2,000", "troops", ",", "3.5", "percent", ",", "the", "1990s", ",", "21st", ",",
                                      "10:30", "on", "1998-03-22", "."}));
  EXPECT_EQ(tokens("$5 or 5%"), (std::vector<std::string>{"$", "5", "or", "5", "%"}));
}

TEST(Tokens, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(tokens("U.S. and U.N. officials met Mr. Li at 3 p.m. on Jan. 5 and Sept. 9."),
            (std::vector<std::string>{"U.S.", "and", "U.N.", "officials", "met", "Mr.", "Li", "at", "3", "p.m.", "on",
                                      "Jan.", "5", "and", "Sept.", "9", "."}));
  EXPECT_EQ(tokens("John F. Kennedy, Acme Inc., Gen. Smith"),
            (std::vector<std::string>{"John", "F.", "Kennedy", ",", "Acme", "Inc.", ",", "Gen.", "Smith"}));
}

TEST(Tokens, PunctuationIsSeparate) {
  EXPECT_EQ(tokens("\xE2\x80\x9CNo,\xE2\x80\x9D he said \xE2\x80\x94 twice... (really)"),
            (std::vector<std::string>{"\xE2\x80\x9C", "No", ",", "\xE2\x80\x9D", "he", "said", "\xE2\x80\x94", "twice",
                                      "...", "(", "really", ")"}));
  EXPECT_EQ(tokens("``Yes,'' he said -- then left."),
            (std::vector<std::string>{"``", "Yes", ",", "''", "he", "said", "--", "then", "left", "."}));
  const Segmented s = segment("Talks, 2,000 and $5.");
  ASSERT_EQ(s.tokens.size(), 7u);
  EXPECT_EQ(s.tokens[0].kind, TokenKind::word);
  EXPECT_EQ(s.tokens[1].kind, TokenKind::punct);
  EXPECT_EQ(s.tokens[2].kind, TokenKind::number);
  EXPECT_EQ(s.tokens[4].kind, TokenKind::symbol);
}

TEST(Sentences, AbbreviationsSplitOnlyBeforeASentenceStart) {
  EXPECT_EQ(sentences("He met U.S. President Joe Biden. They talked."),
            (std::vector<std::string>{"He met U.S. President Joe Biden.", "They talked."}));
  EXPECT_EQ(sentences("Sanctions were imposed by the U.S. The next day Russia replied."),
            (std::vector<std::string>{"Sanctions were imposed by the U.S.", "The next day Russia replied."}));
  EXPECT_EQ(sentences("They spoke on Jan. 26 days after the vote. Mr. Li agreed."),
            (std::vector<std::string>{"They spoke on Jan. 26 days after the vote.", "Mr. Li agreed."}));
  EXPECT_EQ(sentences("Talks began at 9 a.m. Eastern time. It rained."),
            (std::vector<std::string>{"Talks began at 9 a.m. Eastern time.", "It rained."}));
}

TEST(Sentences, QuotesAttachToTheirSentence) {
  EXPECT_EQ(sentences("\xE2\x80\x9CReally?\xE2\x80\x9D he asked. \xE2\x80\x9CWe are ready.\xE2\x80\x9D Then he left."),
            (std::vector<std::string>{"\xE2\x80\x9CReally?\xE2\x80\x9D he asked.", "\xE2\x80\x9CWe are ready.\xE2\x80\x9D",
                                      "Then he left."}));
  EXPECT_EQ(sentences("He said \"no.\" She left (quietly.) Done!"),
            (std::vector<std::string>{"He said \"no.\"", "She left (quietly.)", "Done!"}));
  EXPECT_EQ(sentences("Prices rose 3.5 percent. Stocks fell."),
            (std::vector<std::string>{"Prices rose 3.5 percent.", "Stocks fell."}));
}

TEST(Sentences, BlankLinesHeadingsAndRules) {
  const std::string text =
      "# The headline\n\nThe talks went on and\n\ncontinued into the night.\n\n---\n\nCRISIS TALKS\n\n"
      "A new paragraph starts here\nand wraps onto a second line.\n\nThe End\n";
  const Segmented s = segment(text);
  expect_well_formed(s);
  const auto got = sentences(text);
  EXPECT_EQ(got, (std::vector<std::string>{"The headline", "The talks went on and\n\ncontinued into the night.",
                                           "CRISIS TALKS", "A new paragraph starts here\nand wraps onto a second line.",
                                           "The End"}));
  ASSERT_EQ(s.sentences.size(), 5u);
  EXPECT_TRUE(s.sentences[0].heading);
  EXPECT_FALSE(s.sentences[1].heading);
  EXPECT_TRUE(s.sentences[2].heading);
  EXPECT_FALSE(s.sentences[3].heading);
  // A blank line ends a sentence that has no closing punctuation when the next starts upper-case.
  EXPECT_EQ(sentences("They met in the capital on Monday and talked for hours about the border question\n\nOfficials said."),
            (std::vector<std::string>{"They met in the capital on Monday and talked for hours about the border question",
                                      "Officials said."}));
}

TEST(Sentences, SeedArticle) {
  DATELINE_REQUIRE_SHARED();
  const std::string text = read_file(test::seed_article().string());
  const Segmented s = segment(text);
  expect_well_formed(s);
  // 28 prose sentences and a few headings/credits by reading the article; allow some slack.
  EXPECT_GE(s.sentences.size(), 28u);
  EXPECT_LE(s.sentences.size(), 40u);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_TRUE(s.sentences[0].heading) << "the # title";
  EXPECT_EQ(s.token_text(s.sentences[0].first_token), "Putin") << "the # marker is not a token";

  auto in_one = [&](std::string_view phrase) {
    const std::size_t at = text.find(phrase);
    EXPECT_NE(at, std::string::npos) << phrase;
    const Sentence* x = sentence_at(s, at);
    EXPECT_TRUE(x && x->end >= at + phrase.size()) << phrase;
    return x;
  };
  in_one("U.S. President Joe Biden should hold");
  in_one("The two leaders last spoke by telephone on Jan. 26 days after Biden took office.");
  const Sentence* pipeline = in_one("Nord Stream 2 natural gas pipeline and\n\nevaluating the information on entities");
  ASSERT_TRUE(pipeline);
  EXPECT_EQ(text.substr(pipeline->start, 4), "U.S.");
  EXPECT_EQ(text[pipeline->end - 1], '.');

  // The second quotation of Psaki is a sentence of its own, quotes included.
  const std::string quote = "\xE2\x80\x9CThe president will of course be in Georgia tomorrow and quite busy.\xE2\x80\x9D";
  const Sentence* q = in_one(quote);
  ASSERT_TRUE(q);
  EXPECT_EQ(text.substr(q->start, q->end - q->start), quote);

  const Sentence* h = in_one("\xE2\x80\x98WE ARE DIFFERENT\xE2\x80\x99");
  ASSERT_TRUE(h);
  EXPECT_TRUE(h->heading);

  for (std::size_t at = text.find("---"); at != std::string::npos; at = text.find("---", at + 3))
    EXPECT_EQ(sentence_at(s, at), nullptr) << "a rule line is not a sentence";
}

TEST(Sentences, TimeBankCorpusIsWellFormed) {
  DATELINE_REQUIRE_SHARED();
  std::size_t docs = 0, sents = 0;
  for (const auto& e : std::filesystem::directory_iterator(test::shared_dir() / "corpus" / "tempeval3-train" / "TimeBank")) {
    if (e.path().extension() != ".tml") continue;
    const Document d = ingest_file(e.path().string()).at(0);
    const Segmented s = segment(d.text);
    expect_well_formed(s);
    if (HasFatalFailure()) return;
    ++docs;
    sents += s.sentences.size();
    EXPECT_FALSE(s.sentences.empty()) << e.path();
  }
  EXPECT_EQ(docs, 183u);
  EXPECT_GT(sents, docs * 5);
}

TEST(Segment, LongInputsStayLinear) {
  // 10 MB without a sentence end, and a 1 MB token: one sentence, one token, no blow-up.
  std::string prose;
  prose.reserve(10u << 20);
  while (prose.size() < (10u << 20)) prose += "and the talks went on ";
  const Segmented a = segment(prose);
  EXPECT_EQ(a.sentences.size(), 1u);
  EXPECT_EQ(a.tokens.size(), a.sentences[0].token_count);

  const std::string word(1u << 20, 'x');
  const Segmented b = segment(word + ".");
  ASSERT_EQ(b.tokens.size(), 2u);
  EXPECT_EQ(b.tokens[0].end, 1u << 20);

  std::string initials;
  while (initials.size() < (1u << 20)) initials += "U.S.";
  EXPECT_EQ(segment(initials).tokens.size(), 1u);
  EXPECT_EQ(segment("Wait" + std::string(1u << 20, '.')).tokens.size(), 2u);
  EXPECT_EQ(segment(std::string(1u << 20, '\n') + "Hi.").sentences.size(), 1u);
}

TEST(Segment, InvalidBytesAndEmptyInputAreHandled) {
  EXPECT_TRUE(segment("").sentences.empty());
  EXPECT_TRUE(segment("  \n\n ").tokens.empty());
  const Segmented s = segment("Bad \xC3 byte and \xE2\x80 cut.");
  expect_well_formed(s);
  EXPECT_EQ(s.sentences.size(), 1u);
}

}  // namespace
}  // namespace dateline
