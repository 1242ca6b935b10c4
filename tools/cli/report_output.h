// The report flags `check` and `merge` share (--format, --output, --quiet,
// --max-warnings, --max-annotations, --color) and writing a run's reports
// with the exit code they imply.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "arg_reader.h"
#include "medlint/base/result.h"
#include "medlint/engine/lint_result.h"
#include "medlint/engine/rule.h"
#include "medlint/report/reporters.h"

namespace medlint {

struct Output {
  std::string format;
  std::string file;  // empty: standard output
};

struct ReportFlags {
  std::vector<Output> outputs;
  std::optional<std::string> output_file;
  bool quiet = false;
  long max_warnings = -1;
  std::size_t max_annotations = 10;
  std::optional<bool> color;
};

// The --help lines of the report flags.
extern const std::string_view kReportFlagsHelp;

// One report flag into `flags`; false when `flag` is none.
Result<bool> report_flag(std::string_view flag, ArgReader& args, ReportFlags& flags);

// After the arguments: text by default, --output to the last format without
// a file, at most one format on stdout, no two formats to one file. The
// files the reports go to are added to `written` (never linted as articles).
Result<void> resolve_outputs(ReportFlags& flags, std::vector<std::string>& written);

// What a run's reports show besides the result.
struct RunReport {
  Date today;
  std::span<const std::unique_ptr<Rule>> rules;  // for SARIF's rule catalogue
  std::optional<BaselineStats> baseline;
  std::optional<std::string> baseline_file;  // named in the "no longer occur" note
  std::optional<ShardInfo> shard;
};

// Writes every report (and the GitHub job summary), then says on stderr
// what the run could not do; returns the exit code: 2 for any error, 1 for
// an error finding or too many warnings, else 0. --quiet drops the warnings
// from `result` first.
int write_reports(LintResult& result, const ReportFlags& flags, const RunReport& run);

}  // namespace medlint
