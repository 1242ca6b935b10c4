// Output formats. Each writes one whole run; findings arrive sorted.
#pragma once

#include <ostream>
#include <span>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "medlint/base/date.h"
#include "medlint/engine/lint_result.h"
#include "medlint/engine/rule.h"

namespace medlint {

// What a shard's JSON report (check --shard K/N) says of its run, besides
// the findings, so that `medlint merge` can tell the shards of one run and
// put them back together.
struct ShardInfo {
  unsigned index = 0;              // K, from 0
  unsigned count = 1;              // N
  std::string inputs;              // hex digest of the config and the files it names
  std::vector<std::string> paths;  // what the run checked (the PATHs, or the config's)
  std::string changed_since;       // --changed-since, if given
};

struct ReportOptions {
  bool color = false;  // ANSI colours in text output
  Date today;
  std::size_t github_cap = 10;  // annotations per run (GitHub shows 10 errors and 10 warnings per step)
  // Where the GitHub job summary links a file: source_url + path + "#L12",
  // e.g. "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/". Empty: no links.
  std::string source_url;
  // With --baseline: what it hid (the JSON report says so).
  std::optional<BaselineStats> baseline;
  // check --shard: the JSON report carries every field of each finding, the
  // files checked, the errors and the corpus notes (see ShardInfo).
  std::optional<ShardInfo> shard;
};

// Compiler style: "file:line:col: error: message [CODE name]", the source
// line with a caret underline, the docs link; then a summary line.
void write_text(std::ostream& out, const LintResult& result, const ReportOptions& options);

// The versioned JSON shape of schemas/medlint-output.schema.json.
void write_json(std::ostream& out, const LintResult& result, const ReportOptions& options);

// SARIF 2.1.0: tool.driver with every rule, columnKind unicodeCodePoints,
// regions, partialFingerprints from Finding::fingerprint.
void write_sarif(std::ostream& out, const LintResult& result, std::span<const std::unique_ptr<Rule>> rules,
                 const ReportOptions& options);
// JUnit XML: one test case per file checked (LintResult::files); a file with
// findings fails with one failure that lists them.
void write_junit(std::ostream& out, const LintResult& result, const ReportOptions& options);
// GitHub workflow commands (::error file=...), errors first, at most
// options.github_cap of them, then one ::notice line for the rest.
void write_github(std::ostream& out, const LintResult& result, const ReportOptions& options);
// A Markdown job summary for $GITHUB_STEP_SUMMARY.
void write_github_summary(std::ostream& out, const LintResult& result, const ReportOptions& options);

}  // namespace medlint
