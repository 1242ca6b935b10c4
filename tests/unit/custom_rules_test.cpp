// Custom rules in medlint.json and style files: what loads, and each way of
// getting one wrong refused with the file, line and column to fix (exit 2
// for the CLI), never a rule that silently matches nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "config_file.h"
#include "files.h"
#include "medlint/engine/config.h"
#include "medlint/engine/linter.h"
#include "medlint/rules/custom/custom_rule.h"

namespace medlint {
namespace {

using CustomRules = testing::ConfigFileTest;

std::string config_with(const std::string& rule) { return "{\"customRules\": [\n" + rule + "\n]}"; }

TEST_F(CustomRules, LoadEachKindWithItsSeverityFromRules) {
  const auto c = load(R"J({"customRules": [
    {"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"], "ignoreCase": true},
    {"code": "HSE002", "name": "b", "kind": "substitution", "scope": "title", "swap": [{"pattern": "y", "replacement": "z"}]},
    {"code": "HSE003", "name": "c", "kind": "occurrence", "scope": "article", "pattern": "w", "min": 1, "max": 3},
    {"code": "TEAM004", "name": "d", "kind": "conditional", "scope": "paragraph", "if": "(A)", "then": "(B)", "severity": "error"}],
    "rules": {"HSE": "error", "HSE002": "off"}})J");
  ASSERT_TRUE(c) << c.error().message;
  ASSERT_EQ(c->custom_rules.size(), 4u);
  EXPECT_EQ(c->custom_rules[0].patterns.at(0).regex, "(?i)x");
  EXPECT_EQ(c->custom_rules[1].patterns.at(0).replacement, "z");
  EXPECT_EQ(c->custom_rules[2].min, 1);
  EXPECT_EQ(c->custom_rules[2].scope, Scope::kArticle);
  EXPECT_EQ(c->custom_rules[3].kind, CustomKind::kConditional);
  const auto rules = rules_for(*c);
  const SeverityTable table(*c, rules);
  EXPECT_EQ(table.of("HSE001"), Severity::kError);   // its category
  EXPECT_EQ(table.of("HSE002"), Severity::kOff);     // its code
  EXPECT_EQ(table.of("TEAM004"), Severity::kError);  // its own default
  EXPECT_EQ(rules.back()->meta().code, "TEAM004");
}

TEST_F(CustomRules, ABadPatternNamesItsFileLineAndColumn) {
  const std::string error = refusal(config_with(
      R"(  {"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["ok", "a(b"]})"));
  EXPECT_EQ(error.substr(error.find("medlint.json")),
            "medlint.json:2:96: customRules HSE001: invalid RE2 pattern \"a(b\": missing ): a(b");
}

TEST_F(CustomRules, AStyleFileIsCheckedLikeTheConfigAtItsOwnPositions) {
  std::ofstream(dir_ / "house.json")
      << "{\"customRules\": [\n  {\"code\": \"HSE001\", \"name\": \"a\", \"kind\": \"occurrence\", \"scope\": "
         "\"article\",\n   \"pattern\": \"[z-a]\", \"min\": 1}\n]}";
  std::string error = refusal(R"({"styles": ["house.json"]})");
  EXPECT_NE(error.find("house.json:3:15: customRules HSE001: invalid RE2 pattern \"[z-a]\""), std::string::npos)
      << error;
  std::ofstream(dir_ / "house.json") << R"({"paths": ["x"], "customRules": []})";
  error = refusal(R"({"styles": ["house.json"]})");
  EXPECT_NE(error.find("house.json:1:2: a style file holds only \"customRules\""), std::string::npos) << error;
  error = refusal(R"({"styles": ["missing.json"]})");
  EXPECT_NE(error.find("missing.json: cannot read style file"), std::string::npos) << error;
}

TEST_F(CustomRules, MistakesAreRefusedWithTheReason) {
  const std::pair<std::string, std::string> cases[] = {
      {R"({"code": "CIT100", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"]})",
       "\"CIT\" is a category of medlint's own rules"},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"], "pattern": "x"})",
       "\"pattern\" does not belong to a rule of kind \"existence\""},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence"})",
       "missing the required property \"patterns\""},
      {R"({"code": "HSE001", "name": "a", "kind": "occurrence", "scope": "article", "pattern": "x"})",
       "give \"min\", \"max\" or both"},
      {R"({"code": "HSE001", "name": "a", "kind": "occurrence", "scope": "article", "pattern": "x", "min": 3, "max": 1})",
       "\"min\" is more than \"max\""},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"], "message": "{count}"})",
       "the message has {count}, which a rule of kind \"existence\" does not fill"},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "chapter", "patterns": ["x"]})", "scope"},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"],
           "link": "https://example.org/a b)\u001b[31m"})",
       "link"},
      {R"({"code": "HSE001", "name": "a", "kind": "existence", "scope": "sentence", "patterns": ["x"]},
          {"code": "HSE001", "name": "b", "kind": "existence", "scope": "sentence", "patterns": ["y"]})",
       "customRules HSE001 is defined twice"},
  };
  for (const auto& [rule, reason] : cases) {
    const std::string error = refusal(config_with(rule));
    EXPECT_NE(error.find(reason), std::string::npos) << rule << "\n" << error;
    EXPECT_NE(error.find("medlint.json:"), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace medlint
