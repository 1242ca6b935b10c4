// The fixer over every fixture: for each rule with fixes, fixing its
// fixtures leaves no fixable finding of the rule, changes nothing on a second
// run, and leaves the text a JSON document; and the unified diff that
// --dry-run prints.
#include "medlint/driver/fixer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "files.h"
#include "fixture.h"
#include "medlint/base/unified_diff.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

TEST(Fixer, EveryFixableRulesFixturesComeOutCleanForItAndStable) {
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  FolderRegistries registries;
  std::size_t fixed_somewhere = 0;
  for (const auto& rule : linter.rules()) {
    const RuleMeta& m = rule->meta();
    if (!m.fixable) continue;
    const auto mine = [&](const Finding& f) { return f.code == m.code; };
    std::size_t fixed_for_rule = 0;
    const fs::path dir = fs::path(MEDLINT_FIXTURE_DIR) / m.docs_stem().substr(0, m.docs_stem().find('_'));
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".jsonc") continue;
      SCOPED_TRACE(e.path().string());
      const std::string json = testing::parse_fixture(testing::read_text(e.path()), e.path().string()).json;
      // As an article of tests/data/registry's folder, so that DIS001 has a registry.
      const std::string path =
          (fs::path(MEDLINT_SOURCE_DIR) / "tests/data/articles" / e.path().stem()).string() + ".json";
      const Registry& registry = registries.of(linter, path);
      const FixedText fixed = fix_text(linter, path, json, registry, mine);
      fixed_for_rule += fixed.total();
      for (const Finding& f : linter.run_text(path, fixed.text).findings) {
        EXPECT_FALSE(f.code == m.code && !f.fix.empty()) << "still fixable: " << f.message;
      }
      EXPECT_EQ(fix_text(linter, path, fixed.text, registry, mine).text, fixed.text) << "a second run changed the text";
    }
    EXPECT_GT(fixed_for_rule, 0u) << m.code << " is fixable, but no fixture of it was fixed";
    fixed_somewhere += fixed_for_rule;
  }
  EXPECT_GT(fixed_somewhere, 0u);
}

TEST(Fixer, AFixThatWouldBreakTheJsonIsNotApplied) {
  // A rule whose fix deletes a closing brace.
  class Breaker final : public Rule {
   public:
    const RuleMeta& meta() const override {
      static const RuleMeta m{"TST001", "breaker", Severity::kError, "breaks", {{"x", "x"}}, false, true};
      return m;
    }
    void check_document(FileContext& ctx) const override {
      const std::uint32_t end = static_cast<std::uint32_t>(ctx.source().text().rfind('}'));
      if (Finding* f = ctx.report_file(*this, "x")) f->fix.push_back({end, end + 1, ""});
    }
  };
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::make_unique<Breaker>());
  const Linter linter(std::move(rules), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const FixedText fixed = fix_text(linter, "a.json", "{\"a\": 1}\n", Registry{}, [](const Finding&) { return true; });
  EXPECT_EQ(fixed.text, "{\"a\": 1}\n");
  EXPECT_EQ(fixed.total(), 0u);
}

TEST(UnifiedDiff, HunksWithContextLikeDiffU) {
  EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "x", "y"), "");
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\neleven\n12\n",
                         "a/f", "b/f"),
            "--- a/f\n+++ b/f\n"
            "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
            "@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+eleven\n 12\n");
  // Two changes within six lines share a hunk.
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n", "x\n2\n3\n4\n5\ny\n", "a", "b"),
            "--- a\n+++ b\n@@ -1,6 +1,6 @@\n-1\n+x\n 2\n 3\n 4\n 5\n-6\n+y\n");
  EXPECT_EQ(unified_diff("a", "b", "a", "b"),
            "--- a\n+++ b\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
  EXPECT_EQ(unified_diff("", "new\n", "a", "b"), "--- a\n+++ b\n@@ -0,0 +1 @@\n+new\n");
  EXPECT_EQ(unified_diff("a\r\nb\r\n", "a\r\nc\r\n", "a", "b"), "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

}  // namespace
}  // namespace medlint
