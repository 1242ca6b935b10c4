// The reference rules (CIT005, CIT006, CIT008, CIT010) on in-memory articles,
// each rule alone: what the fixtures cannot show (CIT010's default limit when
// the fixture folder sets another, CIT006 among thousands of references).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

std::string article_with(const std::string& references) {
  return R"({
  "id": "example",
  "title": "What is an example condition?",
  "audiences": ["clinician"],
  "authors": ["dr-example"],
  "dates": {"updated": "2026-10-01"},
  "review": {"status": "submitted", "history": []},
  "sections": [{"kind": "other", "heading": "Sources", "blocks": [{"type": "paragraph", "text": "See [1]."}]}],
  "references": [)" +
         references + "]\n}\n";
}

std::string guideline(int id, int year) {
  return R"({"id": )" + std::to_string(id) + R"(, "type": "guideline", "title": "A fictional guideline )" +
         std::to_string(id) + R"(", "year": )" + std::to_string(year) + R"(, "doi": "10.5555/fictional.)" +
         std::to_string(id) + "\"}";
}

std::vector<Finding> lint(std::unique_ptr<Rule> rule, const std::string& json, Config config = {}) {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::move(rule));
  const Linter linter(std::move(rules), SchemaSet::bundled(), std::move(config), Date{2026, 11, 24});
  const SourceFile source("articles/example.json", json);
  return linter.lint_source(source, FileKind::kArticle).findings;
}

TEST(OutdatedGuideline, DefaultLimitIsFiveYears) {
  // 2026 - 2021 = 5: not more than 5. 2026 - 2020 = 6: reported.
  const auto f = lint(make_cit010_outdated_guideline(),
                      article_with(guideline(1, 2021) + ", " + guideline(2, 2020) + ", " + guideline(3, 2026)));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].pointer, "/references/1/year");
  EXPECT_EQ(f[0].message,
            "Guideline reference 2 is from 2020, 6 years before 2026, and guidelines more than 5 years old may have "
            "been superseded. Cite the current version, or check that this one is still in force.");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
}

TEST(OutdatedGuideline, LimitComesFromTheConfig) {
  Config config;
  config.guideline_max_age_years = 1;
  const auto f =
      lint(make_cit010_outdated_guideline(), article_with(guideline(1, 2025) + ", " + guideline(2, 2024)), config);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].pointer, "/references/1/year");
}

TEST(OutdatedGuideline, OnlyGuidelinesWithAYear) {
  const auto f = lint(make_cit010_outdated_guideline(),
                      article_with(R"({"id": 1, "type": "rct", "title": "A fictional trial", "year": 1990},
                                      {"id": 2, "type": "guideline", "title": "A fictional guideline"},
                                      {"id": 3, "type": "guideline", "title": "Another", "year": -9223372036854775807})"));
  EXPECT_TRUE(f.empty());
}

TEST(DuplicateReference, FindsTheFirstDuplicateAmongThousands) {
  std::string refs;
  constexpr int kCount = 5000;
  for (int i = 1; i <= kCount; ++i) refs += guideline(i, 2024) + ",";
  refs += R"({"id": 5001, "type": "rct", "title": "A fictional guideline 7", "year": 2024, "pmid": "1"})";
  const auto f = lint(make_cit006_duplicate_reference(), article_with(refs));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message,
            "Reference 5001 has the same title and year as reference 7; if they are the same work, merge them and "
            "renumber the citations.");
  EXPECT_EQ(f[0].pointer, "/references/5000/title");
}

TEST(DuplicateReference, NamesPositionsWhenIdsAreMissing) {
  const auto f = lint(make_cit006_duplicate_reference(), article_with(R"({"type": "rct", "title": "A", "pmid": "0012"},
                                      {"type": "rct", "title": "B", "pmid": "12"})"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message,
            "Reference at position 2 has the same PMID as reference at position 1; merge them and renumber the "
            "citations.");
}

TEST(IncompleteReference, MistypedFieldsAreLeftToTheSchema) {
  const auto f = lint(make_cit008_incomplete_reference(),
                      article_with(R"({"id": 1, "type": "rct", "title": "A", "year": "2024", "doi": 10})"));
  EXPECT_TRUE(f.empty());
}

TEST(InvalidIdentifier, LongValuesAreCutAndEscaped) {
  const std::string doi = "10.55/" + std::string(100, 'a') + "\\\"";
  const auto f = lint(make_cit005_invalid_identifier(),
                      article_with(R"({"id": 1, "type": "rct", "title": "A", "year": 2024, "doi": ")" + doi + "\"}"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("DOI \"10.55/" + std::string(74, 'a') + "…\" is not a valid DOI"), std::string::npos)
      << f[0].message;
  const auto g = lint(make_cit005_invalid_identifier(),
                      article_with(R"({"id": 1, "type": "rct", "title": "A", "year": 2024, "doi": "10.55/\"x\\y"})"));
  ASSERT_EQ(g.size(), 1u);
  EXPECT_NE(g[0].message.find(R"(DOI "10.55/\"x\\y" is not)"), std::string::npos) << g[0].message;
}

}  // namespace
}  // namespace medlint
