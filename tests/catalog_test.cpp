// Every rule is registered once, in code order, and has its docs page (with
// the standard sections) and fixtures that both trigger it and stay clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/pointer.h>

#include "medlint/base/embedded.h"
#include "files.h"
#include "fixture.h"
#include "medlint/report/config_report.h"
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
    EXPECT_LT(rules[i - 1]->meta().code, rules[i]->meta().code) << "rules/rule_list.h must stay sorted by code";
  }
  for (const auto& r : rules) EXPECT_TRUE(names.insert(r->meta().name).second) << r->meta().name;
}

TEST(Catalog, EveryRuleSourceIsRegistered) {
  std::set<std::string> registered;
  for (const auto& r : all_rules()) registered.insert(std::string(r->meta().docs_stem()));
  for (const auto& e : fs::directory_iterator(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules")) {
    const std::string stem = e.path().stem().string();
    if (e.path().extension() != ".cpp" || stem == "rule_list") continue;
    EXPECT_TRUE(registered.count(stem)) << e.path() << " is not listed in rules/rule_list.h";
  }
}

TEST(Catalog, EveryRuleHasMetadataAndDocs) {
  for (const auto& r : all_rules()) {
    const RuleMeta& m = r->meta();
    SCOPED_TRACE(std::string(m.code));
    // The entry X(code, name) of rule_list.h names the rule's own file: its
    // code and name are those of the metadata.
    EXPECT_TRUE(fs::exists(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules" / (m.docs_stem() + ".cpp")))
        << "rules/rule_list.h lists " << m.code << " " << m.name << " under another file name";
    EXPECT_FALSE(m.category().empty());
    EXPECT_FALSE(m.summary.empty());
    EXPECT_FALSE(m.messages.empty());
    const std::string_view docs = embedded_file("tools/medlint/rules/" + m.docs_stem() + ".md");
    ASSERT_FALSE(docs.empty()) << "missing tools/medlint/rules/" << m.docs_stem() << ".md";
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

// A schema node by a medlint.json pointer: /a/b is properties.a.properties.b,
// following local "$ref"s.
const rapidjson::Value* schema_node(const rapidjson::Document& schema, std::string_view pointer) {
  const rapidjson::Value* node = &schema;
  const auto deref = [&schema](const rapidjson::Value* n) {
    while (n && n->IsObject() && n->HasMember("$ref")) {
      const std::string ref = (*n)["$ref"].GetString();  // "#/definitions/x"
      n = rapidjson::Pointer(ref.substr(1).c_str()).Get(schema);
    }
    return n;
  };
  std::size_t at = 1;
  while (node && at <= pointer.size()) {
    const std::size_t next = std::min(pointer.find('/', at), pointer.size());
    const std::string key(pointer.substr(at, next - at));
    node = deref(node);
    if (!node || !node->HasMember("properties") || !(*node)["properties"].HasMember(key.c_str())) return nullptr;
    node = &(*node)["properties"][key.c_str()];
    at = next + 1;
  }
  return deref(node);
}

// Each option a rule declares is in config.schema.json with its type, has
// its default in what `medlint config --print` shows, and is named in the
// "## Options" section of the rule's docs.
TEST(Catalog, RuleOptionsMatchTheSchemaTheEffectiveConfigAndTheDocs) {
  rapidjson::Document schema;
  const std::string schema_text = testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "schemas/config.schema.json");
  schema.Parse(schema_text.data(), schema_text.size());
  ASSERT_FALSE(schema.HasParseError());
  Config defaults;
  defaults.base = fs::current_path();
  std::ostringstream out;
  write_effective_config(out, defaults, "a.json", all_rules());
  const std::string printed = out.str();
  rapidjson::Document effective;
  effective.Parse(printed.data(), printed.size());
  ASSERT_FALSE(effective.HasParseError()) << printed;
  std::size_t options = 0;
  for (const auto& r : all_rules()) {
    const RuleMeta& m = r->meta();
    const std::string_view docs = embedded_file("tools/medlint/rules/" + m.docs_stem() + ".md");
    const std::string_view options_docs = docs.substr(std::min(docs.size(), docs.find("## Options")));
    for (const RuleOption& o : r->options()) {
      ++options;
      SCOPED_TRACE(std::string(m.code) + " " + std::string(o.pointer));
      const rapidjson::Value* node = schema_node(schema, o.pointer);
      ASSERT_TRUE(node) << "not in schemas/config.schema.json";
      ASSERT_TRUE(node->HasMember("type"));
      EXPECT_EQ(std::string((*node)["type"].GetString()), o.type);
      const rapidjson::Value* value = rapidjson::Pointer(std::string(o.pointer).c_str()).Get(effective);
      ASSERT_TRUE(value) << "not in `medlint config --print`";
      if (!o.default_json.empty()) {
        rapidjson::Document expected;
        expected.Parse(o.default_json.data(), o.default_json.size());
        EXPECT_TRUE(*value == expected) << "`config --print` shows another default";
      }
      const std::string name(o.pointer.substr(o.pointer.rfind('/') + 1));
      EXPECT_NE(options_docs.find(name), std::string_view::npos) << "the docs' Options section does not name " << name;
    }
  }
  EXPECT_GE(options, 6u);
}

// The README's rules table ("| Code | Name | Default | What it checks |")
// lists every rule once, in code order, with its name and default severity.
TEST(Catalog, ReadmeTableMatchesTheRules) {
  const std::string readme = testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "README.md");
  std::vector<std::string> rows;
  std::istringstream lines(readme);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() > 10 && line.starts_with("| ") && std::isupper(static_cast<unsigned char>(line[2])) &&
        line.find(" | ") != std::string::npos && std::isdigit(static_cast<unsigned char>(line[line.find(" | ") - 1]))) {
      rows.push_back(line.substr(0, line.find(" | ", line.find(" | ", line.find(" | ") + 3) + 3) + 3));
    }
  }
  std::vector<std::string> expected;
  for (const auto& r : all_rules()) {
    const RuleMeta& m = r->meta();
    expected.push_back("| " + std::string(m.code) + " | " + std::string(m.name) + " | " +
                       std::string(severity_name(m.default_severity)) + (m.always_on ? " (always)" : "") + " | ");
  }
  EXPECT_EQ(rows, expected) << "README.md's rules table must list every rule of rules/rule_list.h";
}

}  // namespace
}  // namespace medlint
