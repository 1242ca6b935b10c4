// medlint check [PATH...]: lint articles and report.
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "commands.h"
#include "exit_codes.h"
#include "medlint/driver/file_walker.h"
#include "medlint/base/words.h"
#include "medlint/base/version.h"
#include "arg_reader.h"
#include "medlint/driver/baseline.h"
#include "medlint/base/file_io.h"
#include "lint_session.h"
#include "medlint/engine/linter.h"
#include "medlint/model/retraction_list.h"
#include "medlint/report/report_text.h"
#include "medlint/report/reporters.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{"check"};

namespace fs = std::filesystem;

constexpr std::string_view kUsage = R"(Usage: medlint check [PATH...] [options]

Checks articles (files, or folders searched recursively for *.json) against
the JSON Schemas and medlint's rules. With no PATH, checks the "paths" of
medlint.json, or the current folder.

Options:
  --format F[=FILE]     text (default), json, sarif, junit or github; repeat
                        it to write several formats in one run, each to
                        stdout or to FILE (e.g. --format text --format sarif=medlint.sarif)
  --output FILE         write the (last) format given without =FILE to FILE
)";

constexpr std::string_view kMoreHelp =
    R"(  --changed-since REV   check only the articles git says changed since REV (all
                        of them when a registry or the config changed)
  --baseline FILE       report only findings that are not in FILE (see medlint baseline)
  --quiet               report errors only (warnings are not shown or counted)
  --max-warnings N      fail (exit 1) when there are more than N warnings
  --max-annotations N   github format: at most N annotations (default 10)
  --color, --no-color   force or disable ANSI colours (default: on for a terminal)
  --version             print the version
  --help                print this help

Exit codes: 0 clean (warnings allowed), 1 any error, or more warnings than
--max-warnings; 2 medlint could not do its job (bad flag, path, config, schema).
)";

struct Output {
  std::string format;
  std::string file;  // empty: standard output
};

struct CheckOptions {
  SessionOptions session;
  std::vector<Output> outputs;
  std::optional<std::string> output_file;
  bool quiet = false;
  long max_warnings = -1;
  std::size_t max_annotations = 10;
  std::optional<bool> color;
};

bool known_format(std::string_view f) {
  return f == "text" || f == "json" || f == "sarif" || f == "junit" || f == "github";
}

bool parse_count(std::string_view v, long& out) {
  const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  return r.ec == std::errc() && r.ptr == v.data() + v.size() && out >= 0;
}

// The flags only `check` takes; false for any other.
Result<bool> check_flag(std::string_view a, ArgReader& r, CheckOptions& o, bool& version) {
  std::string_view v;
  if (a == "--version") {
    version = true;
  } else if (a == "--format") {
    if (!r.value(v)) return Error{"--format needs a value: text, json, sarif, junit or github"};
    Output out{std::string(v.substr(0, v.find('='))), ""};
    if (v.find('=') != std::string_view::npos) {
      out.file = std::string(v.substr(v.find('=') + 1));
      if (out.file.empty()) return Error{"--format " + out.format + "= needs a file name after '='"};
    }
    if (!known_format(out.format)) {
      return Error{"unknown format '" + out.format + "' (expected text, json, sarif, junit or github)"};
    }
    o.outputs.push_back(std::move(out));
  } else if (a == "--output" || a == "-o") {
    if (!r.value(v) || v.empty()) return Error{"--output needs a file"};
    o.output_file = std::string(v);
  } else if (a == "--baseline") {
    if (!r.value(v) || v.empty()) return Error{"--baseline needs a file (written by `medlint baseline`)"};
    o.session.baseline = std::string(v);
  } else if (a == "--quiet" || a == "-q") {
    o.quiet = true;
  } else if (a == "--max-warnings") {
    if (!r.value(v) || !parse_count(v, o.max_warnings)) {
      return Error{"--max-warnings needs a number >= 0, not '" + std::string(v) + "'"};
    }
  } else if (a == "--max-annotations") {
    long n = 0;
    if (!r.value(v) || !parse_count(v, n)) {
      return Error{"--max-annotations needs a number >= 0, not '" + std::string(v) + "'"};
    }
    o.max_annotations = static_cast<std::size_t>(n);
  } else if (a == "--color") {
    o.color = true;
  } else if (a == "--no-color") {
    o.color = false;
  } else {
    return false;
  }
  return true;
}

Result<void> parse_args(Args args, CheckOptions& o, bool& help, bool& version) {
  const auto own = [&](std::string_view a, ArgReader& r) { return check_flag(a, r, o, version); };
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, o.session.paths, own); !parsed) return parsed;
  if (o.outputs.empty()) o.outputs.push_back({"text", ""});
  if (o.output_file) {
    // --output goes to the last format that names no file of its own.
    auto it = std::find_if(o.outputs.rbegin(), o.outputs.rend(), [](const Output& out) { return out.file.empty(); });
    if (it == o.outputs.rend()) return Error{"--output: every --format already names its file"};
    it->file = *o.output_file;
  }
  int to_stdout = 0;
  for (const Output& out : o.outputs) to_stdout += out.file.empty() ? 1 : 0;
  if (to_stdout > 1) {
    return Error{"only one --format can go to standard output; give the others a file (--format sarif=FILE)"};
  }
  std::set<std::string> targets;
  for (const Output& out : o.outputs) {
    if (out.file.empty()) continue;
    if (!targets.insert(file_identity(out.file)).second) {
      return Error{"two formats would write '" + out.file + "'; give each its own file"};
    }
    o.session.exclude.push_back(out.file);  // a report left in a checked folder is not an article
  }
  if (o.session.baseline) o.session.exclude.push_back(*o.session.baseline);
  return {};
}

void write_format(std::ostream& out, const Output& o, const Session& s, const ReportOptions& report) {
  if (o.format == "json") {
    write_json(out, s.result, report);
  } else if (o.format == "sarif") {
    write_sarif(out, s.result, s.linter->rules(), report);
  } else if (o.format == "junit") {
    write_junit(out, s.result, report);
  } else if (o.format == "github") {
    write_github(out, s.result, report);
  } else {
    write_text(out, s.result, report);
  }
}

}  // namespace

int command_check(Args args) {
  CheckOptions o;
  bool help = false;
  bool version = false;
  if (auto parsed = parse_args(args, o, help, version); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  if (version) {
    std::cout << "medlint " << medlint::version() << "\n";
    return kExitClean;
  }

  Session s;
  if (auto ran = run_session(o.session, s); !ran) return fail(ran.error());
  const std::optional<BaselineStats>& baseline_stats = s.baseline;
  if (o.quiet) std::erase_if(s.result.findings, [](const Finding& f) { return f.severity != Severity::kError; });

  ReportOptions report;
  report.today = s.today;
  report.github_cap = o.max_annotations;
  report.baseline = baseline_stats;
  // In GitHub Actions, the job summary links each finding to the commit's file.
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repository = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (server && repository && sha && *server && *repository && *sha) {
    report.source_url = std::string(server) + "/" + repository + "/blob/" + sha + "/";
  }
  for (const Output& out : o.outputs) {
    report.color = out.file.empty() && out.format == "text" &&
                   o.color.value_or(::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    if (out.file.empty()) {
      write_format(std::cout, out, s, report);
      continue;
    }
    std::ostringstream text;
    write_format(text, out, s, report);
    if (auto written = write_file_atomically(out.file, text.str()); !written) return fail(written.error());
  }
  // GitHub shows this file as the job's summary page.
  if (const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
      summary && *summary &&
      std::any_of(o.outputs.begin(), o.outputs.end(), [](const Output& out) { return out.format == "github"; })) {
    std::ofstream file(summary, std::ios::binary | std::ios::app);
    write_github_summary(file, s.result, report);
    if (!file.flush()) return fail(std::string("cannot write the job summary to '") + summary + "'");
  }
  if (!std::cout.flush()) return fail("cannot write the report to standard output");

  if (baseline_stats && baseline_stats->stale > 0) {
    std::cerr << "medlint: "
              << count_of(static_cast<long long>(baseline_stats->stale), "baseline entry", "baseline entries")
              << (baseline_stats->stale == 1 ? " no longer occurs" : " no longer occur")
              << "; run `medlint baseline` again to shrink " << report::printable(*o.session.baseline) << "\n";
  }
  for (const std::string& e : s.result.errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  if (!s.result.errors.empty()) return kExitToolError;
  const Totals totals = count(s.result.findings);
  if (totals.errors > 0) return kExitFindings;
  if (o.max_warnings >= 0 && totals.warnings > static_cast<std::size_t>(o.max_warnings)) {
    std::cerr << "medlint: " << count_of(static_cast<long long>(totals.warnings), "warning")
              << ", more than --max-warnings " << o.max_warnings << "\n";
    return kExitFindings;
  }
  return kExitClean;
}

}  // namespace medlint
