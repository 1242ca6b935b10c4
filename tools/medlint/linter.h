// The engine: for each file, load and position-map it once, run the rules'
// hooks in order, then the corpus rules over every article.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "config.h"
#include "context.h"
#include "file_walker.h"
#include "registry.h"
#include "retraction_list.h"
#include "rule.h"
#include "schema_set.h"

namespace medlint {

struct FileOutcome {
  std::vector<Finding> findings;
  std::optional<ArticleSummary> article;  // for the corpus rules
};

struct LintResult {
  std::vector<Finding> findings;    // sorted with finding_less
  std::size_t files_checked = 0;
  std::vector<std::string> errors;  // files that could not be read: exit code 2
};

class Linter {
 public:
  // The rule set, schemas and config are immutable for the whole run.
  Linter(std::vector<std::unique_ptr<Rule>> rules, std::unique_ptr<SchemaSet> schemas, Config config, Date today,
         std::unique_ptr<const RetractionList> retractions = nullptr);
  ~Linter();
  // run_ refers to the members: a copy or move would dangle.
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  std::span<const std::unique_ptr<Rule>> rules() const { return rules_; }
  const Config& config() const { return config_; }
  const SeverityTable& severities() const { return severities_; }

  // Lints one file's bytes (also for stdin and tests); `path` is reported
  // and, for ART001, its name is what the id must match.
  // `registry` is what the article rules check people and disclaimers
  // against (null: none found). For a registry file, `build` (if given) is
  // filled from the same parsed document.
  FileOutcome lint_source(const SourceFile& source, FileKind kind, const Registry* registry = nullptr,
                          Registry* build = nullptr) const;
  // Lints the registry files in `dir` and builds the registry from them.
  Registry load_registry(const std::filesystem::path& dir, std::vector<FileOutcome>& outcomes,
                         std::vector<std::string>& errors) const;
  // Reads, lints and runs the corpus rules; adds each article's registries.
  LintResult run(std::vector<FileInput> files) const;
  // Runs the corpus rules over per-file outcomes and sorts all findings.
  LintResult finish(std::vector<FileOutcome> outcomes) const;

 private:
  FileOutcome lint_file(const FileInput& file, std::vector<std::string>& errors, const Registry* registry = nullptr,
                        Registry* build = nullptr) const;
  // JSON004 without parsing: the file is over config().max_file_size.
  FileOutcome too_large(const std::string& display, FileKind kind, std::uintmax_t size) const;

  std::vector<std::unique_ptr<Rule>> rules_;
  std::unique_ptr<SchemaSet> schemas_;
  std::unique_ptr<const RetractionList> retractions_;
  Config config_;
  SeverityTable severities_;
  RunContext run_;
  std::vector<const Rule*> active_;  // rules whose severity is not off
};

}  // namespace medlint
