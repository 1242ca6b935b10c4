// Every rule is registered once, in code order, and has its docs page (with
// the standard sections) and fixtures that both trigger it and stay clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "medlint/base/embedded.h"
#include "files.h"
#include "fixture.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(Catalog, RulesAreSortedAndUnique) {
  const auto rules = all_rules();
  ASSERT_FALSE(rules.empty());
  std::set<std::string_view> names;
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->meta().code, rules[i]->meta().code) << "rules/registry.cpp must stay sorted by code";
  }
  for (const auto& r : rules) EXPECT_TRUE(names.insert(r->meta().name).second) << r->meta().name;
}

TEST(Catalog, EveryRuleSourceIsRegistered) {
  std::set<std::string> registered;
  for (const auto& r : all_rules()) registered.insert(std::string(r->meta().docs));
  for (const auto& e : fs::directory_iterator(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules")) {
    const std::string stem = e.path().stem().string();
    if (e.path().extension() != ".cpp" || stem == "registry") continue;
    EXPECT_TRUE(registered.count(stem)) << e.path() << " is not listed in rules/registry.cpp";
  }
}

TEST(Catalog, EveryRuleHasMetadataAndDocs) {
  for (const auto& r : all_rules()) {
    const RuleMeta& m = r->meta();
    SCOPED_TRACE(std::string(m.code));
    EXPECT_TRUE(m.code.starts_with(m.category));
    EXPECT_TRUE(lower(m.docs).starts_with(lower(m.code) + "_")) << "docs stem must start with the code";
    EXPECT_FALSE(m.summary.empty());
    EXPECT_FALSE(m.messages.empty());
    const std::string_view docs = embedded_file("tools/medlint/rules/" + std::string(m.docs) + ".md");
    ASSERT_FALSE(docs.empty()) << "missing tools/medlint/rules/" << m.docs << ".md";
    EXPECT_TRUE(docs.starts_with("# " + std::string(m.code) + " " + std::string(m.name)));
    for (const char* section : {"## What it does", "## Why it matters", "## Incorrect", "## Correct", "## Options"}) {
      EXPECT_NE(docs.find(section), std::string_view::npos) << "docs lack " << section;
    }
    EXPECT_NE(docs.find("(placeholder)"), 0u);
  }
}

// Rules whose trigger is not in a file's text, with the test that triggers
// them instead of a fixture.
const std::map<std::string_view, std::string_view> kTriggeredElsewhere = {
    {"MED002", "tests/cli/hardening_test.cpp and tests/unit/linter_test.cpp: a path that cannot be read"},
};

TEST(Catalog, EveryRuleHasTriggeringAndCleanFixtures) {
  for (const auto& r : all_rules()) {
    const RuleMeta& m = r->meta();
    SCOPED_TRACE(std::string(m.code));
    const fs::path dir = fs::path(MEDLINT_FIXTURE_DIR) / lower(m.code);
    ASSERT_TRUE(fs::is_directory(dir)) << "missing fixture folder " << dir;
    bool triggers = false;
    bool clean = false;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (e.path().extension() != ".jsonc") continue;
      const auto f = testing::parse_fixture(testing::read_text(e.path()), e.path().string());
      if (f.expected.empty()) clean = true;
      for (const auto& x : f.expected) triggers |= x.code == m.code;
    }
    EXPECT_TRUE(triggers || kTriggeredElsewhere.count(m.code)) << "no fixture expects " << m.code;
    EXPECT_TRUE(clean) << "no clean fixture (one without expectations) for " << m.code;
  }
}

}  // namespace
}  // namespace medlint
