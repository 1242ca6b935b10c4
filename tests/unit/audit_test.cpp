// The audit site's building blocks: HTML escaping and links, CSV cells, the
// Markdown of rule docs, page names, and where findings and uncited claims
// are highlighted in an article.
#include <gtest/gtest.h>

#include "medlint/model/article.h"
#include "medlint/audit/audit_model.h"
#include "medlint/audit/csv.h"
#include "medlint/audit/html.h"
#include "medlint/load/json_document.h"

namespace medlint {
namespace {

TEST(AuditHtml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(audit::html::escape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(audit::html::escape("a \"b\" 'c' & d"), "a &quot;b&quot; &#39;c&#39; &amp; d");
  EXPECT_EQ(audit::html::escape("38°C, β-blocker"), "38°C, β-blocker");
}

TEST(AuditHtml, ShowsControlAndBidiCharactersAndRepairsBadUtf8) {
  EXPECT_EQ(audit::html::escape("a\x1b[31mb"), "a[U+001B][31mb");
  EXPECT_EQ(audit::html::escape("x\u202Ey"), "x[U+202E]y");
  EXPECT_EQ(audit::html::escape("line\nnext\ttab"), "line\nnext\ttab");
  EXPECT_EQ(audit::html::escape("bad \xff byte"), "bad \uFFFD byte");
}

TEST(AuditHtml, LinksOnlyWebAddresses) {
  EXPECT_EQ(audit::html::web_url("https://example.org/a?b=c"), "https://example.org/a?b=c");
  EXPECT_FALSE(audit::html::web_url("javascript:alert(1)"));
  EXPECT_FALSE(audit::html::web_url("JavaScript:alert(1)"));
  EXPECT_FALSE(audit::html::web_url("data:text/html,<script>alert(1)</script>"));
  EXPECT_FALSE(audit::html::web_url("https://example.org/\" onmouseover=\"alert(1)"));
  EXPECT_FALSE(audit::html::web_url("//example.org/a"));
}

TEST(AuditHtml, IdentifierLinks) {
  EXPECT_EQ(audit::html::doi_url("10.5555/example.2024.001"), "https://doi.org/10.5555/example.2024.001");
  EXPECT_EQ(audit::html::doi_url("https://doi.org/10.5555/0002-9343(97)00175-8"),
            "https://doi.org/10.5555/0002-9343%2897%2900175-8");
  EXPECT_FALSE(audit::html::doi_url("10.5555/a\"onclick=\"x"));
  EXPECT_FALSE(audit::html::doi_url("not a doi"));
  EXPECT_EQ(audit::html::pubmed_url("12345678"), "https://pubmed.ncbi.nlm.nih.gov/12345678/");
  EXPECT_FALSE(audit::html::pubmed_url("12ab"));
  EXPECT_EQ(audit::html::nct_url("NCT01234567"), "https://clinicaltrials.gov/study/NCT01234567");
  EXPECT_FALSE(audit::html::nct_url("NCT123"));
}

TEST(AuditHtml, MarkdownSubsetEscapesItsText) {
  EXPECT_EQ(audit::html::markdown("## What it does\n\nA <b> and `code` and **bold**.\n- one\n- two\n"),
            "<h3>What it does</h3>\n<p>A &lt;b&gt; and <code>code</code> and <strong>bold</strong>.</p>\n"
            "<ul><li>one</li><li>two</li></ul>\n");
  EXPECT_EQ(audit::html::markdown("```text\n<x>\n```\n"), "<pre><code>&lt;x&gt;\n</code></pre>\n");
}

TEST(AuditCsv, QuotesWhatNeedsIt) {
  EXPECT_EQ(audit::csv::field("plain"), "plain");
  EXPECT_EQ(audit::csv::field("a, b"), "\"a, b\"");
  EXPECT_EQ(audit::csv::field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(audit::csv::field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(audit::csv::row({"a", "b"}), "a,b\r\n");
}

TEST(AuditCsv, NeutralisesFormulas) {
  EXPECT_EQ(audit::csv::field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(audit::csv::field("+1"), "'+1");
  EXPECT_EQ(audit::csv::field("-2"), "'-2");
  EXPECT_EQ(audit::csv::field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(audit::csv::field("\t=1"), "'\t=1");
  EXPECT_EQ(audit::csv::field("a=1"), "a=1");
  EXPECT_EQ(audit::csv::number(-3), "-3");  // a number, not text
}

TEST(AuditPages, NamesStayInsideTheirFolder) {
  const std::string page = audit::page_for("content/articles/../../<img src=x>.json");
  EXPECT_TRUE(page.starts_with("articles/img-src-x-")) << page;
  EXPECT_EQ(page.find('/', 9), std::string::npos) << page;
  EXPECT_NE(audit::page_for("a/x.json"), audit::page_for("b/x.json"));
  EXPECT_EQ(audit::page_for("a/x.json"), audit::page_for("a/x.json"));
  EXPECT_TRUE(audit::page_for("content/articles/.json").starts_with("articles/file-"));
}

TEST(JsonDocumentDecodedOffset, InvertsStringSpanAcrossEscapes) {
  const std::string text = R"({"t": "a\u00b0b\"c\ud83d\ude00d"})";
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_TRUE(doc.ok());
  const NodeId t = doc.resolve("/t");
  const std::string decoded(doc.value(t).GetString(), doc.value(t).GetStringLength());
  for (std::size_t i = 0; i <= decoded.size(); ++i) {
    if (i < decoded.size() && (static_cast<unsigned char>(decoded[i]) & 0xC0) == 0x80) continue;
    const Span s = doc.string_span(t, i, i);
    EXPECT_EQ(doc.decoded_offset(t, s.begin), i) << "decoded offset " << i;
  }
  EXPECT_EQ(doc.decoded_offset(t, doc.node(t).value.begin), 0u);
  EXPECT_EQ(doc.decoded_offset(t, doc.node(t).value.end), decoded.size());
}

TEST(AuditFacts, MarksUncitedClaimsAndPlacesFindings) {
  const std::string text = R"({"title": "T", "review": {"status": "under_review", "history": [
    {"status": "submitted", "date": "2026-01-01", "by": "dr-example"},
    {"status": "under_review", "date": "2026-02-01", "by": "dr-reviewer"}]},
  "dates": {"updated": "2026-01-01"},
  "sections": [{"kind": "guidelines", "heading": "H", "blocks": [
    {"type": "paragraph", "text": "Cited fact [1]. Uncited fact."}]}],
  "references": [{"id": 1, "type": "guideline", "title": "A fictional guideline"}]})";
  const JsonDocument doc = JsonDocument::parse(text);
  ASSERT_TRUE(doc.ok());
  const Article article = build_article(doc);
  const NodeId paragraph = doc.resolve("/sections/0/blocks/0/text");
  Finding f;
  f.code = "CIT001";
  f.severity = Severity::kError;
  f.pointer = "/sections/0/blocks/0/text";
  f.span = doc.string_span(paragraph, 16, 29);
  const std::vector<Finding> findings{f};
  const audit::ArticleFacts facts = audit::article_facts(doc, article, findings, Config{}, *Date::parse("2026-03-01"));
  EXPECT_EQ(facts.summary.claims, 2u);
  EXPECT_EQ(facts.summary.cited, 1u);
  EXPECT_EQ(facts.summary.holder, "dr-reviewer");
  EXPECT_EQ(facts.summary.status_since, "2026-02-01");
  EXPECT_EQ(facts.summary.errors, 1u);
  ASSERT_TRUE(facts.marks.count(paragraph));
  const auto& marks = facts.marks.at(paragraph);
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(std::string_view("Cited fact [1]. Uncited fact.").substr(marks[0].begin, marks[0].end - marks[0].begin),
            "Uncited fact.");
  EXPECT_TRUE(facts.placed[0]);
  EXPECT_EQ(facts.evidence.at("guidelines").at("guideline"), 1u);
}

}  // namespace
}  // namespace medlint
