#include "config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "files.h"
#include "rules/rules.h"
#include "schema_set.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  std::optional<Config> load(const std::string& text, std::string& error) {
    const fs::path file = dir_ / "medlint.json";
    std::ofstream(file) << text;
    return load_config(file, *schemas_, rules_, error);
  }

  testing::TempDir temp_;
  const fs::path& dir_ = temp_.path();
  std::unique_ptr<SchemaSet> schemas_ = SchemaSet::bundled();
  std::vector<std::unique_ptr<Rule>> rules_ = all_rules();
};

TEST_F(ConfigTest, LoadsPathsRegistryAndSeverities) {
  std::string error;
  const auto c = load(R"({"paths": ["content"], "registry": "reg", "rules": {"ART": "warning", "ART002": "off"}})", error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->paths, std::vector<std::string>{"content"});
  EXPECT_EQ(*c->registry, dir_ / "reg");
  const SeverityTable table(*c, rules_);
  EXPECT_EQ(table.of("ART001"), Severity::kWarning);  // from the category
  EXPECT_EQ(table.of("ART002"), Severity::kOff);      // the code beats its category
  EXPECT_EQ(table.of("SCH001"), Severity::kError);    // the default
}

TEST_F(ConfigTest, BadSeverityNamesFileLineAndColumn) {
  std::string error;
  EXPECT_FALSE(load("{\n  \"rules\": {\"SCH001\": \"warn\"}\n}", error));
  EXPECT_EQ(error.substr(error.find("medlint.json")),
            "medlint.json:2:23: `rules.SCH001` must be one of \"off\", \"warning\", \"error\"; found a string "
            "(\"warn\"); did you mean \"warning\"?");
}

TEST_F(ConfigTest, UnknownRuleIsAnError) {
  std::string error;
  EXPECT_FALSE(load("{\"rules\": {\"CIT999\": \"off\"}}", error));
  EXPECT_NE(error.find("medlint.json:1:12: unknown rule or category \"CIT999\""), std::string::npos) << error;
}

TEST_F(ConfigTest, InvalidJsonNamesThePosition) {
  std::string error;
  EXPECT_FALSE(load("{\n  \"paths\": [\"a\",]\n}", error));
  EXPECT_NE(error.find("medlint.json:2:17: invalid JSON"), std::string::npos) << error;
}

TEST_F(ConfigTest, FindsTheNearestConfigAbove) {
  fs::create_directories(dir_ / "a" / "b");
  std::ofstream(dir_ / "medlint.json") << "{}";
  EXPECT_EQ(find_config(dir_ / "a" / "b"), dir_ / "medlint.json");
}

}  // namespace
}  // namespace medlint
