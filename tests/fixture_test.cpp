// Runs every fixture under tests/fixtures/<rule>/ and compares the findings
// with the expectations written inline (see support/fixture.h). All rules run
// on every fixture, so a finding nobody expected fails the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "files.h"
#include "fixture.h"
#include "medlint/engine/linter.h"
#include "medlint/model/retraction_list.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> rule_dirs() {
  std::vector<std::string> dirs;
  for (const auto& e : fs::directory_iterator(MEDLINT_FIXTURE_DIR)) {
    if (e.is_directory()) dirs.push_back(e.path().filename().string());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

class FixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, FindingsMatchInlineExpectations) {
  const fs::path dir = fs::path(MEDLINT_FIXTURE_DIR) / GetParam();
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() == ".jsonc") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty()) << "no *.jsonc fixture in " << dir;

  // A medlint.json in the rule's folder configures its fixtures.
  Config config;
  auto schemas = SchemaSet::bundled();
  auto rules = all_rules();
  if (fs::exists(dir / "medlint.json")) {
    std::string error;
    auto loaded = load_config(dir / "medlint.json", *schemas, rules, error);
    ASSERT_TRUE(loaded) << error;
    config = std::move(*loaded);
  }
  std::unique_ptr<const RetractionList> retractions;
  const std::string error = load_config_resources(config, *schemas, retractions);
  ASSERT_TRUE(error.empty()) << error;
  const Linter linter(std::move(rules), std::move(schemas), std::move(config), Date{2026, 11, 24},
                      std::move(retractions));
  // The registry: the one the folder's medlint.json names, else tests/data/registry.
  const fs::path registry_dir = linter.config().registry.value_or(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry");
  std::vector<FileOutcome> registry_outcomes;
  std::vector<std::string> registry_errors;
  const Registry registry = linter.load_registry(registry_dir, registry_outcomes, registry_errors);
  for (const auto& o : registry_outcomes) {
    for (const auto& f : o.findings) ADD_FAILURE() << "the fixture registry has a finding: " << f.file << ": " << f.message;
  }
  ASSERT_TRUE(registry_errors.empty()) << registry_errors.front();

  std::vector<FileOutcome> outcomes;
  std::map<std::string, std::vector<testing::Expectation>> expected;
  std::vector<std::unique_ptr<SourceFile>> sources;
  for (const fs::path& file : files) {
    // "sch001/registry/people.jsonc" is linted as "registry/people.json".
    fs::path virtual_path = fs::relative(file, dir);
    virtual_path.replace_extension(".json");
    const testing::Fixture f = testing::parse_fixture(testing::read_text(file), fs::relative(file, MEDLINT_FIXTURE_DIR).string());
    ASSERT_TRUE(f.error.empty()) << f.error;
    sources.push_back(std::make_unique<SourceFile>(virtual_path.generic_string(), f.json));
    outcomes.push_back(linter.lint_source(*sources.back(), classify(virtual_path), &registry));
    expected[virtual_path.generic_string()] = f.expected;
  }
  const LintResult result = linter.finish(std::move(outcomes));
  std::map<std::string, std::vector<Finding>> by_file;
  for (const Finding& f : result.findings) by_file[f.file].push_back(f);
  for (const auto& [file, exp] : expected) {
    for (const std::string& problem : testing::compare(exp, by_file[file])) {
      ADD_FAILURE() << GetParam() << "/" << file << ": " << problem;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, FixtureTest, ::testing::ValuesIn(rule_dirs()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace medlint
