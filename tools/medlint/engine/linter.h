// The engine: for each file, load and position-map it once, run the rules'
// hooks in order, then the corpus rules over every article.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "medlint/engine/config.h"
#include "medlint/base/file_io.h"
#include "medlint/base/sha256.h"
#include "medlint/engine/context.h"
#include "medlint/engine/file_outcome.h"
#include "medlint/engine/inputs.h"
#include "medlint/engine/lint_result.h"
#include "medlint/model/registry.h"
#include "medlint/model/retraction_list.h"
#include "medlint/engine/rule.h"
#include "medlint/engine/schema_set.h"

namespace medlint {

class OutcomeCache;
class Scanner;

// Where an article's outcome is looked up and stored, and the digest of its
// registry (part of its key). No cache: lint it.
struct CacheSlot {
  OutcomeCache* cache = nullptr;
  Digest registry{};
  const std::filesystem::path* cwd = nullptr;  // the working folder, for the absolute path in the key
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
  // The sentence splitter: the bundled abbreviations plus the config's.
  const SentenceSplitter& splitter() const { return splitter_ ? *splitter_ : SentenceSplitter::bundled(); }
  const SeverityTable& severities() const { return severities_; }
  // The severities for one file (a path relative to the working folder, or
  // absolute): severities() with the config's matching overrides applied.
  const SeverityTable& severities_for(const std::filesystem::path& file) const { return rules_for(file).severities; }

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
  // `path_errors` (from collect_files) are reported too: unreadable ones as
  // MED002 findings in every output, all of them in LintResult::errors.
  // The articles are linted on `jobs` threads; the result is the same for
  // any number. With a `cache`, an article whose entry it holds is not
  // parsed or checked: its stored outcome is used (the same findings), and
  // each article linted is stored in it.
  LintResult run(std::vector<FileInput> files, const std::vector<PathError>& path_errors = {}, unsigned jobs = 1,
                 OutcomeCache* cache = nullptr) const;
  // Lints text that is not on disk (standard input) as if it were `path`:
  // its kind and registry come from the path. `too_large_size` > 0: the text
  // was over maxFileSize (that many bytes) and was not kept (JSON004).
  LintResult run_text(const std::string& path, std::string bytes, std::uintmax_t too_large_size = 0) const;
  // The rule with this code, if any.
  const Rule* rule(std::string_view code) const;
  // Points corpus notes that were not taken in this run (from the cache, a
  // shard's report) at this run's severities for their file.
  void adopt_notes(std::vector<CorpusNote>& notes) const;
  // Runs the corpus rules over per-file outcomes and sorts all findings.
  LintResult finish(std::vector<FileOutcome> outcomes) const;

 private:
  FileOutcome lint_file(const FileInput& file, std::vector<std::string>& errors, const Registry* registry = nullptr,
                        Registry* build = nullptr, const CacheSlot& cached = {}) const;
  // The outcome `cached` holds for these bytes, if any.
  std::optional<FileOutcome> cached_outcome(const FileInput& file, const Digest& key, const OutcomeCache& cache,
                                            const FileStamp& stamp) const;
  // JSON004 without parsing: the file is over config().max_file_size.
  FileOutcome too_large(const std::string& display, FileKind kind, std::uintmax_t size) const;
  // MED002: the file or folder could not be read.
  FileOutcome unreadable(const PathError& error) const;
  // The load-hook findings of a file that was not parsed.
  FileOutcome unparsed(const std::string& display, FileKind kind, LoadProblem problem) const;

  std::vector<std::unique_ptr<Rule>> rules_;
  std::unique_ptr<SchemaSet> schemas_;
  std::unique_ptr<const RetractionList> retractions_;
  Config config_;
  std::unique_ptr<const SentenceSplitter> splitter_;  // null: the bundled one
  SeverityTable severities_;
  std::unique_ptr<const Scanner> scanner_;  // every rule's patterns, one set per scope
  RunContext run_;
  std::vector<const Rule*> active_;  // rules whose severity is not off
  // The severities and active rules of the files that match the same
  // overrides, built on first use and kept (the key: indices of the overrides).
  struct RuleSet {
    SeverityTable severities;
    std::vector<const Rule*> active;
  };
  const RuleSet& rules_for(const std::filesystem::path& file) const;
  mutable std::mutex rule_sets_mutex_;
  mutable std::map<std::vector<std::size_t>, std::unique_ptr<const RuleSet>> rule_sets_;
};

}  // namespace medlint
