// The review rules without a people registry: REV003 and REV006 each say so
// once, instead of calling every person unknown or off the board.
#include <gtest/gtest.h>

#include <set>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"
#include "sample.h"

namespace medlint {
namespace {

TEST(ReviewRules, WithoutAPeopleRegistryEachRuleSaysSoOnce) {
  testing::ArticleSpec spec("no-registry");
  spec.status = "under_review";
  spec.history = R"({"status": "submitted", "date": "2026-10-01", "by": "dr-example"},
    {"status": "under_review", "date": "2026-10-02", "by": "dr-reviewer"})";
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const SourceFile source("content/articles/no-registry.json", testing::article_json(spec));
  const FileOutcome outcome = linter.lint_source(source, FileKind::kArticle, nullptr);
  std::multiset<std::string> ids;
  for (const Finding& f : outcome.findings) ids.insert(f.code + ":" + f.message_id + " " + f.pointer);
  EXPECT_EQ(ids.count("REV006:no-registry /authors"), 1u);
  EXPECT_EQ(ids.count("REV003:no-registry /review/history/1/by"), 1u);
  for (const std::string& id : ids)
    EXPECT_FALSE(id.starts_with("REV006:author") || id.starts_with("REV003:not-on-board")) << id;
}

}  // namespace
}  // namespace medlint
