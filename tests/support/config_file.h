// A medlint.json written into a temporary folder and loaded as `check`
// loads it: for the tests of config settings.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "files.h"
#include "medlint/engine/config.h"
#include "medlint/engine/schema_set.h"
#include "medlint/rules/rules.h"

namespace medlint::testing {

class ConfigFileTest : public ::testing::Test {
 protected:
  Result<Config> load(const std::string& text) {
    const std::filesystem::path file = dir_ / "medlint.json";
    std::ofstream(file) << text;
    return load_config(file, *schemas_, rules_);
  }
  // Why `text` is refused; a test failure when it loads.
  std::string refusal(const std::string& text) {
    const auto c = load(text);
    if (c) {
      ADD_FAILURE() << "loaded: " << text;
      return "(loaded)";
    }
    return c.error().message;
  }

  TempDir temp_;
  const std::filesystem::path& dir_ = temp_.path();
  std::unique_ptr<SchemaSet> schemas_ = SchemaSet::bundled();
  std::vector<std::unique_ptr<Rule>> rules_ = all_rules();
};

}  // namespace medlint::testing
