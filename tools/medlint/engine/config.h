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

#include "medlint/base/result.h"
#include "medlint/engine/scan.h"
#include "medlint/model/abbreviations.h"
#include "medlint/base/limits.h"
#include "medlint/model/finding.h"

namespace medlint {

class Rule;
class SchemaSet;

// How often an article must be reviewed (DAT004 review-overdue, DAT005
// review-due-soon): at most max_age_days after its last review, with a
// warning in the last warning_days days before that.
struct ReviewLimits {
  int max_age_days = 365;
  int warning_days = 30;
};

struct ReviewConfig {
  ReviewLimits limits;  // every audience without its own entry
  // By audience ("patient", "caregiver", "clinician"); a key the config file
  // leaves out of an entry is copied from `limits` when the file is loaded.
  std::map<std::string, ReviewLimits, std::less<>> audiences;
};

// One entry of "overrides": severities for the files matching a glob.
struct RuleOverride {
  std::vector<std::string> files;                      // globs relative to Config::base (see glob.h)
  std::map<std::string, Severity, std::less<>> rules;  // like Config::rules
};

// A content team's own rule, from "customRules" in medlint.json or in a
// style file it names (docs/custom-rules.md); rules/custom makes it a Rule.
enum class CustomKind { kExistence, kSubstitution, kOccurrence, kConditional };

struct CustomPattern {
  std::string regex;        // RE2, "(?i)" prepended when the rule ignores case
  std::string replacement;  // substitution only
};

struct CustomRuleSpec {
  std::string code;  // e.g. "HSE001": letters of no built-in category, three digits
  std::string name;  // kebab-case
  CustomKind kind = CustomKind::kExistence;
  Scope scope = Scope::kSentence;
  Severity severity = Severity::kWarning;
  std::string message;  // "{match}" and the kind's other placeholders; empty: the kind's default
  std::string link;     // its docs for the team; empty: docs/custom-rules.md
  std::string origin;   // "FILE:LINE:COL" of its entry, for `medlint explain`
  // existence: what must not appear; substitution: each pattern and its
  // replacement; occurrence: one pattern; conditional: "if", then "then".
  std::vector<CustomPattern> patterns;
  std::optional<int> min, max;          // occurrence
  std::vector<std::string> exceptions;  // conditional: captured texts that need no "then"
};

// The custom rules as canonical text: what they check, whatever file holds
// them (the cache's run key and the shards' config digest include it).
std::string custom_rules_digest_text(const std::vector<CustomRuleSpec>& rules);

struct Config {
  std::filesystem::path file;  // empty when no config file was used
  std::filesystem::path base;  // relative paths resolve against this folder
  std::vector<std::string> paths;
  std::optional<std::filesystem::path> registry;
  std::optional<std::filesystem::path> article_schema;
  std::size_t max_file_size = kDefaultMaxArticleBytes;
  std::optional<std::filesystem::path> retractions;    // Retraction Watch CSV (CIT009)
  int guideline_max_age_years = 5;                     // CIT010
  ReviewConfig review;                                 // DAT004, DAT005
  std::vector<Abbreviation> abbreviations;             // the splitter's, besides the bundled lists
  std::map<std::string, Severity, std::less<>> rules;  // by code or category prefix
  std::vector<RuleOverride> overrides;                 // in file order: a later one wins
  std::vector<CustomRuleSpec> custom_rules;            // "customRules", then each style file's, in order
};

// The indices of the overrides whose globs match `file` (a path relative
// to the working folder, or absolute), in order. A file outside
// config.base matches none.
std::vector<std::size_t> matching_overrides(const Config& config, const std::filesystem::path& file);

// The effective severity of every rule, by code: the default, then
// config.rules, then each override in `overrides` (indices into
// config.overrides, in order); within each, a code beats its category.
class SeverityTable {
 public:
  SeverityTable(const Config& config, std::span<const std::unique_ptr<Rule>> rules,
                std::span<const std::size_t> overrides = {});
  Severity of(std::string_view code) const;

 private:
  std::map<std::string, Severity, std::less<>> by_code_;
};

// Nearest medlint.json in `start` (a folder, or a file: its folder; it need
// not exist) or its parents, if any.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& start);

// The config of a run: `explicit_file` if given (it must exist), else the
// nearest medlint.json above `start` (the checked path: the first PATH, or
// the working folder), else the defaults (base: the working folder).
Result<Config> resolve_config(const std::optional<std::filesystem::path>& explicit_file,
                              const std::filesystem::path& start, const SchemaSet& schemas,
                              std::span<const std::unique_ptr<Rule>> rules);

class RetractionList;

// Loads what the config names: a replacement article schema (into
// `schemas`) and the retraction list.
Result<void> load_config_resources(const Config& config, SchemaSet& schemas,
                                   std::unique_ptr<const RetractionList>& retractions);

// Loads and validates a config file against schemas/config.schema.json and the
// known rule codes. An error reads "FILE:LINE:COL: what is wrong".
Result<Config> load_config(const std::filesystem::path& file, const SchemaSet& schemas,
                           std::span<const std::unique_ptr<Rule>> rules);
// load_config on bytes already read (`file` names them and anchors paths).
Result<Config> parse_config(const std::filesystem::path& file, std::string bytes, const SchemaSet& schemas,
                            std::span<const std::unique_ptr<Rule>> rules);

}  // namespace medlint
