// Runs every fixture under tests/fixtures/<rule>/ and compares the findings
// with the expectations written inline (see support/fixture.h). All rules run
// on every fixture, so a finding nobody expected fails the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "files.h"
#include "fixture.h"
#include "medlint/engine/linter.h"
#include "medlint/model/retraction_list.h"
#include "medlint/rules/custom/custom_rule.h"
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

// The findings of one rule's fixtures, linted together as a corpus, and what
// each fixture expects; `error` says why the folder could not be linted.
struct FixtureRun {
  LintResult result;
  std::map<std::string, std::vector<testing::Expectation>> expected;  // by virtual path
  std::string error;
};

FixtureRun lint_fixture_dir(const std::string& name) {
  FixtureRun run;
  const fs::path dir = fs::path(MEDLINT_FIXTURE_DIR) / name;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() == ".jsonc") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return {{}, {}, "no *.jsonc fixture in " + dir.string()};

  // A medlint.json in the rule's folder configures its fixtures.
  Config config;
  auto schemas = SchemaSet::bundled();
  auto rules = all_rules();
  if (fs::exists(dir / "medlint.json")) {
    auto loaded = load_config(dir / "medlint.json", *schemas, rules);
    if (!loaded) return {{}, {}, loaded.error().message};
    config = std::move(*loaded);
    add_custom_rules(config, rules);
  }
  std::unique_ptr<const RetractionList> retractions;
  if (auto loaded = load_config_resources(config, *schemas, retractions); !loaded) {
    return {{}, {}, loaded.error().message};
  }
  const Linter linter(std::move(rules), std::move(schemas), std::move(config), Date{2026, 11, 24},
                      std::move(retractions));
  // The registry: the one the folder's medlint.json names, else tests/data/registry.
  const fs::path registry_dir = linter.config().registry.value_or(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry");
  std::vector<FileOutcome> registry_outcomes;
  std::vector<std::string> registry_errors;
  const Registry registry = linter.load_registry(registry_dir, registry_outcomes, registry_errors);
  for (const auto& o : registry_outcomes) {
    for (const auto& f : o.findings)
      return {{}, {}, "the fixture registry has a finding: " + f.file + ": " + f.message};
  }
  if (!registry_errors.empty()) return {{}, {}, registry_errors.front()};

  std::vector<FileOutcome> outcomes;
  std::vector<std::unique_ptr<SourceFile>> sources;
  for (const fs::path& file : files) {
    // "sch001/registry/people.jsonc" is linted as "registry/people.json".
    fs::path virtual_path = fs::relative(file, dir);
    virtual_path.replace_extension(".json");
    const testing::Fixture f =
        testing::parse_fixture(testing::read_text(file), fs::relative(file, MEDLINT_FIXTURE_DIR).string());
    if (!f.error.empty()) return {{}, {}, f.error};
    sources.push_back(std::make_unique<SourceFile>(virtual_path.generic_string(), f.json));
    outcomes.push_back(linter.lint_source(*sources.back(), classify(virtual_path), &registry));
    run.expected[virtual_path.generic_string()] = f.expected;
  }
  run.result = linter.finish(std::move(outcomes));
  return run;
}

class FixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, FindingsMatchInlineExpectations) {
  const FixtureRun run = lint_fixture_dir(GetParam());
  ASSERT_TRUE(run.error.empty()) << run.error;
  std::map<std::string, std::vector<Finding>> by_file;
  for (const Finding& f : run.result.findings) by_file[f.file].push_back(f);
  for (const auto& [file, exp] : run.expected) {
    for (const std::string& problem : testing::compare(exp, by_file[file])) {
      ADD_FAILURE() << GetParam() << "/" << file << ": " << problem;
    }
  }
}

// Message ids that no fixture can emit, and the test that emits each instead.
const std::map<std::string, std::string> kEmittedElsewhere = {
    {"JSON002:utf16", "tests/unit/linter_test.cpp (fixtures are UTF-8 text)"},
    {"DIS002:no-registry", "tests/unit/disclaimer_rules_test.cpp (fixtures always have a registry)"},
    {"REV003:no-registry", "tests/unit/review_rules_test.cpp (fixtures always have a registry)"},
    {"REV006:no-registry", "tests/unit/review_rules_test.cpp (fixtures always have a registry)"},
    {"MED002:file", "tests/cli/hardening_test.cpp (a file that cannot be read)"},
    {"MED002:folder", "tests/cli/hardening_test.cpp (a folder that cannot be read)"},
    // valijson keywords the bundled schemas never fail (every `const` is
    // guarded by the `if` that tests it; no maxItems or maxLength), and its
    // messages of other kinds: reachable with a custom schema from medlint.json.
    {"SCH001:const", "none: not reachable with the bundled schemas"},
    {"SCH001:maxItems", "none: not reachable with the bundled schemas"},
    {"SCH001:maxLength", "none: not reachable with the bundled schemas"},
    {"SCH001:schema", "none: a valijson message of no known kind"},
};

// Every message a rule declares is emitted by some fixture (or by the test
// kEmittedElsewhere names): a message nobody sees is a message nobody checked.
TEST(FixtureCoverage, EveryMessageIdIsEmitted) {
  std::set<std::string> emitted;
  for (const std::string& dir : rule_dirs()) {
    const FixtureRun run = lint_fixture_dir(dir);
    ASSERT_TRUE(run.error.empty()) << dir << ": " << run.error;
    for (const Finding& f : run.result.findings) emitted.insert(f.code + ":" + f.message_id);
  }
  for (const auto& rule : all_rules()) {
    for (const RuleMessage& m : rule->meta().messages) {
      const std::string key = std::string(rule->meta().code) + ":" + std::string(m.id);
      EXPECT_TRUE(emitted.count(key) || kEmittedElsewhere.count(key))
          << "no fixture emits " << key << ": add one to tests/fixtures/" << rule->meta().docs_stem().substr(0, 6);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, FixtureTest, ::testing::ValuesIn(rule_dirs()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace medlint
