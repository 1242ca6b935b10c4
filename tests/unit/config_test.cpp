#include "medlint/engine/config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "config_file.h"
#include "files.h"
#include "medlint/rules/rules.h"
#include "medlint/engine/schema_set.h"
#include "medlint/model/sentences.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

using ConfigTest = testing::ConfigFileTest;

TEST_F(ConfigTest, LoadsPathsRegistryAndSeverities) {
  const auto c = load(R"({"paths": ["content"], "registry": "reg", "rules": {"ART": "warning", "ART002": "off"}})");
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->paths, std::vector<std::string>{"content"});
  EXPECT_EQ(*c->registry, dir_ / "reg");
  const SeverityTable table(*c, rules_);
  EXPECT_EQ(table.of("ART001"), Severity::kWarning);  // from the category
  EXPECT_EQ(table.of("ART002"), Severity::kOff);      // the code beats its category
  EXPECT_EQ(table.of("SCH001"), Severity::kError);    // the default
}

TEST_F(ConfigTest, BadSeverityNamesFileLineAndColumn) {
  std::string error = refusal("{\n  \"rules\": {\"SCH001\": \"warn\"}\n}");
  EXPECT_EQ(error.substr(error.find("medlint.json")),
            "medlint.json:2:23: `rules.SCH001` must be one of \"off\", \"warning\", \"error\"; found a string "
            "(\"warn\"); did you mean \"warning\"?");
}

TEST_F(ConfigTest, UnknownRuleIsAnError) {
  std::string error = refusal("{\"rules\": {\"CIT999\": \"off\"}}");
  EXPECT_NE(error.find("medlint.json:1:12: unknown rule or category \"CIT999\""), std::string::npos) << error;
}

TEST_F(ConfigTest, InvalidJsonNamesThePosition) {
  std::string error = refusal("{\n  \"paths\": [\"a\",]\n}");
  EXPECT_NE(error.find("medlint.json:2:17: invalid JSON"), std::string::npos) << error;
}

TEST_F(ConfigTest, FindsTheNearestConfigAbove) {
  fs::create_directories(dir_ / "a" / "b");
  std::ofstream(dir_ / "medlint.json") << "{}";
  EXPECT_EQ(find_config(dir_ / "a" / "b"), dir_ / "medlint.json");
}

TEST_F(ConfigTest, FindsTheConfigAboveAFileOrAPathNotYetThere) {
  fs::create_directories(dir_ / "a" / "b");
  std::ofstream(dir_ / "a" / "medlint.json") << "{}";
  std::ofstream(dir_ / "a" / "b" / "x.json") << "{}";
  EXPECT_EQ(find_config(dir_ / "a" / "b" / "x.json"), dir_ / "a" / "medlint.json");
  EXPECT_EQ(find_config(dir_ / "a" / "b" / "new.json"), dir_ / "a" / "medlint.json");
  EXPECT_EQ(find_config(dir_ / "a" / "b" / ""), dir_ / "a" / "medlint.json");
}

TEST_F(ConfigTest, ResolveWalksUpFromTheCheckedPath) {
  fs::create_directories(dir_ / "repo" / "content");
  std::ofstream(dir_ / "repo" / "medlint.json") << R"({"rules": {"CIT": "off"}})";
  const auto c = resolve_config(std::nullopt, dir_ / "repo" / "content", *schemas_, rules_);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->file, dir_ / "repo" / "medlint.json");
  EXPECT_EQ(c->base, dir_ / "repo");
}

TEST_F(ConfigTest, OverridesApplyInOrderToMatchingFiles) {
  const auto c = load(R"({
  "rules": {"CIT": "warning"},
  "overrides": [
    {"files": ["content/legacy/**"], "rules": {"CIT": "off", "DAT004": "warning"}},
    {"files": ["**/keep-*.json"], "rules": {"CIT001": "error"}}
  ]
})");
  ASSERT_TRUE(c) << c.error().message;
  ASSERT_EQ(c->overrides.size(), 2u);
  EXPECT_EQ(c->overrides[0].files, std::vector<std::string>{"content/legacy/**"});

  // Paths are relative to the config's folder; absolute ones work too.
  EXPECT_EQ(matching_overrides(*c, dir_ / "content/articles/a.json"), std::vector<std::size_t>{});
  EXPECT_EQ(matching_overrides(*c, dir_ / "content/legacy/x/a.json"), std::vector<std::size_t>{0});
  EXPECT_EQ(matching_overrides(*c, dir_ / "content/legacy/keep-a.json"), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(matching_overrides(*c, dir_ / "content/../content/legacy/a.json"), std::vector<std::size_t>{0});
  EXPECT_EQ(matching_overrides(*c, dir_.parent_path() / "content/legacy/a.json"), std::vector<std::size_t>{});

  const SeverityTable plain(*c, rules_, matching_overrides(*c, dir_ / "content/a.json"));
  EXPECT_EQ(plain.of("CIT001"), Severity::kWarning);
  EXPECT_EQ(plain.of("DAT004"), Severity::kError);
  const SeverityTable legacy(*c, rules_, matching_overrides(*c, dir_ / "content/legacy/a.json"));
  EXPECT_EQ(legacy.of("CIT001"), Severity::kOff);
  EXPECT_EQ(legacy.of("CIT009"), Severity::kOff);
  EXPECT_EQ(legacy.of("DAT004"), Severity::kWarning);
  EXPECT_EQ(legacy.of("SCH001"), Severity::kError);
  // The later override wins: its code beats the earlier category too.
  const SeverityTable both(*c, rules_, matching_overrides(*c, dir_ / "content/legacy/keep-a.json"));
  EXPECT_EQ(both.of("CIT001"), Severity::kError);
  EXPECT_EQ(both.of("CIT002"), Severity::kOff);
}

TEST_F(ConfigTest, OverrideCategoryAfterAnEarlierCodeWins) {
  const auto c =
      load(R"({"rules": {"CIT001": "off"}, "overrides": [{"files": ["*.json"], "rules": {"CIT": "warning"}}]})");
  ASSERT_TRUE(c) << c.error().message;
  const SeverityTable t(*c, rules_, matching_overrides(*c, dir_ / "a.json"));
  EXPECT_EQ(t.of("CIT001"), Severity::kWarning);  // each layer: a code beats its category; later layers win
}

TEST_F(ConfigTest, OverrideUnknownRuleNamesItsPosition) {
  std::string error =
      refusal("{\"overrides\": [\n  {\"files\": [\"a\"], \"rules\": {\"CIT001\": \"off\", \"XYZ\": \"off\"}}\n]}");
  EXPECT_NE(error.find("medlint.json:2:47: unknown rule or category \"XYZ\""), std::string::npos) << error;
}

TEST_F(ConfigTest, OverrideNeedsFilesAndRules) {
  std::string error = refusal(R"({"overrides": [{"rules": {"CIT": "off"}}]})");
  EXPECT_NE(error.find("files"), std::string::npos) << error;
  error = refusal(R"({"overrides": [{"files": [], "rules": {}}]})");
  EXPECT_NE(error.find("overrides"), std::string::npos) << error;
  error = refusal(R"({"overrides": [{"files": ["a"], "rules": {"CIT": "warn"}}]})");
  EXPECT_NE(error.find("did you mean \"warning\""), std::string::npos) << error;
  error = refusal(R"({"overrides": [{"files": ["a"], "rules": {}, "review": {}}]})");
  EXPECT_NE(error.find("review"), std::string::npos) << error;
}

TEST_F(ConfigTest, AbbreviationsExtendTheSplitter) {
  const auto c = load(R"({"abbreviations": {"number": ["Exh."], "terminal": ["St.", "q4h."]}})");
  ASSERT_TRUE(c) << c.error().message;
  ASSERT_EQ(c->abbreviations.size(), 3u);
  EXPECT_EQ(c->abbreviations[0].text, "Exh.");
  EXPECT_EQ(c->abbreviations[0].kind, AbbreviationKind::kNumber);
  const auto splitter = SentenceSplitter::with(c->abbreviations);
  const auto count = [&](std::string_view text) { return splitter->split(text).size(); };
  EXPECT_EQ(SentenceSplitter::bundled().split("See Exh. 4 for the data.").size(), 2u);
  EXPECT_EQ(count("See Exh. 4 for the data."), 1u);  // a new number abbreviation
  EXPECT_EQ(count("Give it q4h. Monitor the level."), 2u);
  EXPECT_EQ(SentenceSplitter::bundled().split("We met on Main St. Smith was there.").size(), 1u);
  EXPECT_EQ(count("We met on Main St. Smith was there."), 2u);  // re-kinded: St. is a street here
}

TEST_F(ConfigTest, AbbreviationEntriesAreChecked) {
  std::string error = refusal("{\"abbreviations\": {\"prefix\": [\"Dr\"]}}");
  EXPECT_NE(error.find("medlint.json:1:31: `abbreviations.prefix[0]` must be text matching"), std::string::npos)
      << error;
  error = refusal("{\"abbreviations\": {\"prefix\": [\"1st.\"]}}");
  EXPECT_NE(error.find("medlint.json:1:31: abbreviations.prefix: \"1st.\" must start with a letter"), std::string::npos)
      << error;
  error = refusal("{\"abbreviations\": {\"prefix\": [\"Pt.\"], \"terminal\": [\"Pt.\"]}}");
  EXPECT_NE(error.find("abbreviations.terminal: \"Pt.\" is also listed under prefix"), std::string::npos) << error;
  error = refusal("{\"abbreviations\": {\"postfix\": [\"Pt.\"]}}");
  EXPECT_NE(error.find("postfix"), std::string::npos) << error;
}

}  // namespace
}  // namespace medlint
