#include "report_output.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "commands.h"
#include "exit_codes.h"
#include "medlint/base/file_io.h"
#include "medlint/base/words.h"
#include "medlint/driver/file_walker.h"
#include "medlint/report/report_text.h"

namespace medlint {

const std::string_view kReportFlagsHelp =
    R"(  --format F[=FILE]     text (default), json, sarif, junit or github; repeat
                        it to write several formats in one run, each to
                        stdout or to FILE (e.g. --format text --format sarif=medlint.sarif)
  --output FILE         write the (last) format given without =FILE to FILE
  --quiet               report errors only (warnings are not shown or counted)
  --max-warnings N      fail (exit 1) when there are more than N warnings
  --max-annotations N   github format: at most N annotations (default 10)
  --color, --no-color   force or disable ANSI colours (default: on for a terminal)
)";

namespace {

bool known_format(std::string_view f) {
  return f == "text" || f == "json" || f == "sarif" || f == "junit" || f == "github";
}

bool parse_count(std::string_view v, long& out) {
  const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  return r.ec == std::errc() && r.ptr == v.data() + v.size() && out >= 0;
}

void write_format(std::ostream& out, const Output& o, const LintResult& result, const RunReport& run,
                  const ReportOptions& report) {
  if (o.format == "json") {
    write_json(out, result, report);
  } else if (o.format == "sarif") {
    write_sarif(out, result, run.rules, report);
  } else if (o.format == "junit") {
    write_junit(out, result, report);
  } else if (o.format == "github") {
    write_github(out, result, report);
  } else {
    write_text(out, result, report);
  }
}

}  // namespace

Result<bool> report_flag(std::string_view flag, ArgReader& args, ReportFlags& flags) {
  std::string_view v;
  if (flag == "--format") {
    if (!args.value(v)) return Error{"--format needs a value: text, json, sarif, junit or github"};
    Output out{std::string(v.substr(0, v.find('='))), ""};
    if (v.find('=') != std::string_view::npos) {
      out.file = std::string(v.substr(v.find('=') + 1));
      if (out.file.empty()) return Error{"--format " + out.format + "= needs a file name after '='"};
    }
    if (!known_format(out.format)) {
      return Error{"unknown format '" + out.format + "' (expected text, json, sarif, junit or github)"};
    }
    flags.outputs.push_back(std::move(out));
  } else if (flag == "--output" || flag == "-o") {
    if (!args.value(v) || v.empty()) return Error{"--output needs a file"};
    flags.output_file = std::string(v);
  } else if (flag == "--quiet" || flag == "-q") {
    flags.quiet = true;
  } else if (flag == "--max-warnings") {
    if (!args.value(v) || !parse_count(v, flags.max_warnings)) {
      return Error{"--max-warnings needs a number >= 0, not '" + std::string(v) + "'"};
    }
  } else if (flag == "--max-annotations") {
    long n = 0;
    if (!args.value(v) || !parse_count(v, n)) {
      return Error{"--max-annotations needs a number >= 0, not '" + std::string(v) + "'"};
    }
    flags.max_annotations = static_cast<std::size_t>(n);
  } else if (flag == "--color") {
    flags.color = true;
  } else if (flag == "--no-color") {
    flags.color = false;
  } else {
    return false;
  }
  return true;
}

Result<void> resolve_outputs(ReportFlags& flags, std::vector<std::string>& written) {
  if (flags.outputs.empty()) flags.outputs.push_back({"text", ""});
  if (flags.output_file) {
    // --output goes to the last format that names no file of its own.
    auto it =
        std::find_if(flags.outputs.rbegin(), flags.outputs.rend(), [](const Output& out) { return out.file.empty(); });
    if (it == flags.outputs.rend()) return Error{"--output: every --format already names its file"};
    it->file = *flags.output_file;
  }
  int to_stdout = 0;
  for (const Output& out : flags.outputs) to_stdout += out.file.empty() ? 1 : 0;
  if (to_stdout > 1) {
    return Error{"only one --format can go to standard output; give the others a file (--format sarif=FILE)"};
  }
  std::set<std::string> targets;
  for (const Output& out : flags.outputs) {
    if (out.file.empty()) continue;
    if (!targets.insert(file_identity(out.file)).second) {
      return Error{"two formats would write '" + out.file + "'; give each its own file"};
    }
    written.push_back(out.file);  // a report left in a checked folder is not an article
  }
  return {};
}

int write_reports(LintResult& result, const ReportFlags& flags, const RunReport& run) {
  if (flags.quiet) std::erase_if(result.findings, [](const Finding& f) { return f.severity != Severity::kError; });

  ReportOptions report;
  report.today = run.today;
  report.github_cap = flags.max_annotations;
  report.baseline = run.baseline;
  report.shard = run.shard;
  // In GitHub Actions, the job summary links each finding to the commit's file.
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repository = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (server && repository && sha && *server && *repository && *sha) {
    report.source_url = std::string(server) + "/" + repository + "/blob/" + sha + "/";
  }
  for (const Output& out : flags.outputs) {
    report.color = out.file.empty() && out.format == "text" &&
                   flags.color.value_or(::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    if (out.file.empty()) {
      write_format(std::cout, out, result, run, report);
      continue;
    }
    std::ostringstream text;
    write_format(text, out, result, run, report);
    if (auto written = write_file_atomically(out.file, text.str()); !written) return fail(written.error());
  }
  // GitHub shows this file as the job's summary page.
  if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
      summary && *summary && std::any_of(flags.outputs.begin(), flags.outputs.end(), [](const Output& out) {
        return out.format == "github";
      })) {
    std::ofstream file(summary, std::ios::binary | std::ios::app);
    write_github_summary(file, result, report);
    if (!file.flush()) return fail(std::string("cannot write the job summary to '") + summary + "'");
  }
  if (!std::cout.flush()) return fail("cannot write the report to standard output");

  if (run.baseline && run.baseline->stale > 0) {
    std::cerr << "medlint: "
              << count_of(static_cast<long long>(run.baseline->stale), "baseline entry", "baseline entries")
              << (run.baseline->stale == 1 ? " no longer occurs" : " no longer occur")
              << "; run `medlint baseline` again to shrink " << report::printable(run.baseline_file.value_or(""))
              << "\n";
  }
  for (const std::string& e : result.errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  if (!result.errors.empty()) return kExitToolError;
  const Totals totals = count(result.findings);
  if (totals.errors > 0) return kExitFindings;
  if (flags.max_warnings >= 0 && totals.warnings > static_cast<std::size_t>(flags.max_warnings)) {
    std::cerr << "medlint: " << count_of(static_cast<long long>(totals.warnings), "warning")
              << ", more than --max-warnings " << flags.max_warnings << "\n";
    return kExitFindings;
  }
  return kExitClean;
}

}  // namespace medlint
