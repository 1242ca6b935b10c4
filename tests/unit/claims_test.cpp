// What `medlint claims` lists: each sentence, its role, its position and
// what cites it; text output escapes what it prints from the article.
#include "medlint/model/claims.h"
#include "medlint/report/claims_report.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "medlint/load/rapidjson.h"

namespace medlint {
namespace {

struct Model {
  explicit Model(std::string json)
      : source("a.json", std::move(json)), doc(JsonDocument::parse(source.text())), article(build_article(doc)) {}
  SourceFile source;
  JsonDocument doc;
  Article article;
  ArticleClaims claims() const { return list_claims(source, doc, article); }
};

const char* const kArticle = R"({
  "sections": [
    {"kind": "guidelines", "blocks": [
      {"type": "paragraph", "text": "Stop the drug [1]. Cool the patient. \u201cIs it contagious?\u201d"},
      {"type": "list", "lead": "Key features include:", "cites": [2], "items": ["Fever", "Rigidity [1]"]}
    ]},
    {"kind": "other", "blocks": [{"type": "paragraph", "text": "Written for clinicians."}]}
  ]
})";

TEST(Claims, ListsEverySentenceWithItsRoleAndCitations) {
  const Model m(kArticle);
  const ArticleClaims c = m.claims();
  ASSERT_EQ(c.sentences.size(), 7u);
  const SentenceView& cited = c.sentences[0];
  EXPECT_EQ(cited.text, "Stop the drug [1].");
  EXPECT_EQ(cited.pointer, "/sections/0/blocks/0/text");
  EXPECT_EQ(cited.start.line, 4u);
  EXPECT_EQ(cited.start.column, 38u);
  EXPECT_EQ(cited.end.column, 56u);
  EXPECT_EQ(cited.role, SentenceRole::kClaim);
  EXPECT_TRUE(cited.cited);
  EXPECT_EQ(cited.markers, std::vector<std::string>{"[1]"});

  EXPECT_EQ(c.sentences[1].text, "Cool the patient.");
  EXPECT_FALSE(c.sentences[1].cited);
  EXPECT_EQ(c.sentences[2].role, SentenceRole::kQuestion);  // a question in typographic quotes
  EXPECT_EQ(c.sentences[3].role, SentenceRole::kLeadIn);
  EXPECT_EQ(c.sentences[4].text, "Fever");
  EXPECT_TRUE(c.sentences[4].cited);
  EXPECT_EQ(c.sentences[4].coverage, ListCoverage::kCites);
  EXPECT_EQ(c.sentences[4].cites, std::vector<std::int64_t>{2});
  EXPECT_EQ(c.sentences[5].cites, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(c.sentences[6].role, SentenceRole::kNoClaimSection);

  const ClaimTotals t = count_claims({c});
  EXPECT_EQ(t.sentences, 7u);
  EXPECT_EQ(t.claims, 4u);
  EXPECT_EQ(t.cited, 3u);
  EXPECT_EQ(t.uncited, 1u);
}

TEST(Claims, TextSaysWhyAndShowsOnlyUncitedOnRequest) {
  const Model m(kArticle);
  std::ostringstream all, uncited;
  write_claims_text(all, {m.claims()}, false);
  write_claims_text(uncited, {m.claims()}, true);
  EXPECT_NE(all.str().find("a.json:4:38-4:56: claim, cited by [1]: Stop the drug [1].\n"), std::string::npos)
      << all.str();
  EXPECT_NE(all.str().find(": not a claim (a question): \u201cIs it contagious?\u201d\n"), std::string::npos);
  EXPECT_NE(all.str().find(": claim, cited by the list's cites (2): Fever\n"), std::string::npos);
  EXPECT_NE(all.str().find(": not a claim (section of kind \"other\"): Written"), std::string::npos);
  EXPECT_EQ(uncited.str(),
            "a.json:4:57-4:74: claim, not cited (CIT001): Cool the patient.\n"
            "4 claims (3 cited, 1 not cited) in 7 sentences of 1 article.\n");
}

TEST(Claims, TextEscapesWhatTheArticleSays) {
  // A sentence with a line break, a terminal escape and a bidi override
  // cannot forge a second output line or drive the terminal.
  const Model m(R"({"sections": [{"kind": "research", "blocks": [
    {"type": "paragraph", "text": "Fever rose\ncontent/a.json:1:1: claim, cited by [9]: \u001b[2J\u202e ok"}]}]})");
  std::ostringstream out;
  write_claims_text(out, {m.claims()}, false);
  const std::string text = out.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text;  // one sentence and the summary
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_NE(text.find("Fever rose\\ncontent/a.json:1:1: claim, cited by [9]: \\u001B[2J\\u202E ok\n"),
            std::string::npos)
      << text;
}

TEST(Claims, JsonCarriesTheSameFacts) {
  const Model m(kArticle);
  std::ostringstream out;
  write_claims_json(out, {m.claims()}, true);
  rapidjson::Document d;
  const std::string text = out.str();
  d.Parse(text.data(), text.size());
  ASSERT_FALSE(d.HasParseError()) << out.str();
  ASSERT_EQ(d["files"][0]["sentences"].Size(), 1u);
  const auto& s = d["files"][0]["sentences"][0];
  EXPECT_STREQ(s["text"].GetString(), "Cool the patient.");
  EXPECT_STREQ(s["role"].GetString(), "claim");
  EXPECT_FALSE(s["cited"].GetBool());
  EXPECT_EQ(s["start"]["line"].GetUint(), 4u);
  EXPECT_TRUE(s["coveredBy"].IsNull());
  EXPECT_EQ(d["totals"]["uncited"].GetUint(), 1u);
}

}  // namespace
}  // namespace medlint
