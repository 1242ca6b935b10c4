// medlint.json: where to look, registry location, limits and rule severities.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <memory>
#include <string>
#include <vector>

#include "finding.h"

namespace medlint {

class Rule;
class SchemaSet;

struct Config {
  std::filesystem::path file;  // empty when no config file was used
  std::filesystem::path base;  // relative paths resolve against this folder
  std::vector<std::string> paths;
  std::optional<std::filesystem::path> registry;
  std::optional<std::filesystem::path> article_schema;
  std::size_t max_file_size = 10 * 1024 * 1024;
  std::optional<std::filesystem::path> retractions;  // Retraction Watch CSV (CIT009)
  int guideline_max_age_years = 5;                    // CIT010
  std::map<std::string, Severity, std::less<>> rules;  // by code or category prefix
};

// The effective severity of every rule, by code.
class SeverityTable {
 public:
  SeverityTable(const Config& config, std::span<const std::unique_ptr<Rule>> rules);
  Severity of(std::string_view code) const;

 private:
  std::map<std::string, Severity, std::less<>> by_code_;
};

// Nearest medlint.json in `start` or its parents, if any.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// The config of a run: `explicit_file` if given (it must exist), else the
// nearest medlint.json above `start`, else the defaults. On failure returns
// nullopt with `error` set.
std::optional<Config> resolve_config(const std::optional<std::filesystem::path>& explicit_file,
                                     const std::filesystem::path& start, const SchemaSet& schemas,
                                     std::span<const std::unique_ptr<Rule>> rules, std::string& error);

class RetractionList;

// Loads what the config names: a replacement article schema (into
// `schemas`) and the retraction list. Returns an error message, empty on
// success.
std::string load_config_resources(const Config& config, SchemaSet& schemas,
                                  std::unique_ptr<const RetractionList>& retractions);

// Loads and validates a config file against schemas/config.schema.json and the
// known rule codes. On failure returns nullopt and sets `error` to
// "FILE:LINE:COL: what is wrong".
std::optional<Config> load_config(const std::filesystem::path& file, const SchemaSet& schemas,
                                  std::span<const std::unique_ptr<Rule>> rules, std::string& error);

}  // namespace medlint
