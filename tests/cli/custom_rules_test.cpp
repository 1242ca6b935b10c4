// A team's custom rules from the command line: a bad pattern stops the run
// (exit 2) naming where it is; editing a style file is seen by a cached run;
// `fix` applies a substitution; reports carry the team's docs link.
#include <gtest/gtest.h>

#include <string>

#include "cli_repo.h"

namespace {

using namespace medlint::testing;

constexpr const char* kFile = "content/articles/example-article.json";

std::string style(const std::string& patterns) {
  return R"({"customRules": [{"code": "HSE001", "name": "no-hype", "kind": "existence", "scope": "sentence",
  "patterns": [)" +
         patterns + R"(], "link": "https://example.org/style#hype"},
  {"code": "HSE002", "name": "plain-words", "kind": "substitution", "scope": "sentence",
   "swap": [{"pattern": "\\bfictional\\b", "replacement": "made-up"}]}]})";
}

class CustomRulesCli : public ::testing::Test {
 protected:
  void SetUp() override {
    repo.write("medlint.json", R"({"paths": ["content"], "styles": ["styles/house.json"]})");
    repo.write("styles/house.json", style(R"("\\bnever-found\\b")"));
    repo.article("example-article");  // "A fictional text."
  }
  Outcome medlint(const std::string& args) const { return repo.medlint(args + " --today 2026-11-24"); }
  Repo repo;
};

TEST_F(CustomRulesCli, ABadPatternStopsTheRunNamingItsPlace) {
  repo.write("styles/house.json", style(R"("ok", "(unclosed")"));
  const Outcome r = medlint("check");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(contains(r.err, "styles/house.json:2:22: customRules HSE001: invalid RE2 pattern \"(unclosed\""))
      << show(r);
}

TEST_F(CustomRulesCli, ACachedRunSeesAnEditedStyleFile) {
  const Outcome first = medlint("check --cache --format json");
  EXPECT_FALSE(contains(first.out, "\"HSE001\"")) << show(first);
  repo.write("styles/house.json", style(R"("\\btext\\b")"));
  const Outcome second = medlint("check --cache --format json");
  EXPECT_TRUE(contains(second.out, "\"HSE001\"")) << show(second);
  EXPECT_TRUE(contains(second.out, "https://example.org/style#hype")) << show(second);
}

TEST_F(CustomRulesCli, FixAppliesASubstitutionAndSarifNamesTheRule) {
  const Outcome sarif = medlint("check --format sarif");
  EXPECT_TRUE(contains(sarif.out, "\"id\": \"HSE002\"")) << show(sarif);
  const std::string before = read_text(repo.path(kFile));
  const Outcome r = medlint("fix");
  EXPECT_EQ(r.code, 0) << show(r);
  std::string after = before;
  after.replace(after.find("A fictional text."), 17, "A made-up text.");
  EXPECT_EQ(read_text(repo.path(kFile)), after);
}

}  // namespace
