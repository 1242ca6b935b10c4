// medlint fix [PATH...]: apply the rules' safe fixes to articles in place,
// then report what is left as `check` does.
#include <iostream>
#include <set>

#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/base/file_io.h"
#include "medlint/base/unified_diff.h"
#include "medlint/driver/fixer.h"
#include "medlint/report/report_text.h"
#include "report_output.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{"fix",
                               /*stdin_filename=*/false,
                               /*changed_since=*/true,
                               /*jobs=*/true,
                               /*cache=*/false,
                               /*today=*/true};

constexpr std::string_view kUsage = R"(Usage: medlint fix [PATH...] [options]

Applies the safe, mechanical fixes of medlint's rules to articles (files, or
folders searched recursively for *.json), then reports what is left as
`medlint check` does. A fix changes only the bytes of what it fixes (the
rest of the file, its layout and line endings stay as they are), each file
is written atomically, and a second run changes nothing. The rules with
fixes: CIT004 (renumber the references in order of first citation), DIS001
(attach a required disclaimer), REV005 (add or remove the pending-review
notice), LNG001, LNG002 and LNG004 (an abbreviation, dose or unit with one
correct form; `medlint explain CODE` says which).

Options:
  --dry-run             change nothing; print the changes as a unified diff
                        (for git apply or patch -p1)
  --rule CODE           fix only the findings of this rule or category; repeatable
)";

constexpr std::string_view kMoreHelp = R"(  --help                print this help

Exit codes: as check after the fixes (0 clean, 1 findings left); with
--dry-run, 0 when there is nothing to fix and 1 when there is. 2: medlint
could not do its job (bad flag, path or config, a file it could not read or
write).
)";

struct FixOptions {
  SessionOptions session;
  ReportFlags report;
  bool dry_run = false;
  std::vector<std::string> rules;  // --rule: codes or categories
};

Result<void> parse_args(Args args, FixOptions& o, bool& help) {
  const auto own = [&](std::string_view a, ArgReader& r) -> Result<bool> {
    std::string_view v;
    if (a == "--dry-run") {
      o.dry_run = true;
    } else if (a == "--rule") {
      if (!r.value(v) || v.empty()) return Error{"--rule needs a rule code or category, e.g. --rule LNG002"};
      o.rules.emplace_back(v);
    } else {
      return report_flag(a, r, o.report);
    }
    return true;
  };
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, o.session.paths, own); !parsed) return parsed;
  return resolve_outputs(o.report, o.session.exclude);
}

// Every --rule names a rule with fixes, or a category that has one.
Result<void> check_rules(const FixOptions& o, const Linter& linter) {
  for (const std::string& wanted : o.rules) {
    bool found = false;
    for (const auto& r : linter.rules()) {
      const RuleMeta& m = r->meta();
      if (m.fixable && (m.code == wanted || m.category() == wanted)) found = true;
    }
    if (!found)
      return Error{"--rule " + wanted + ": no rule with fixes has that code or category (see medlint --help)"};
  }
  return {};
}

// A diff line fit for a terminal or a review: characters that could hide
// or reorder text (C1 controls, bidirectional overrides) made visible;
// tabs, carriage returns and the newline kept.
std::string shown(std::string_view line) {
  std::string out;
  std::size_t at = 0;
  while (at < line.size()) {
    const std::size_t cut = line.find_first_of("\t\r\n", at);
    const std::size_t end = cut == std::string_view::npos ? line.size() : cut;
    out += report::printable(line.substr(at, end - at));
    if (cut == std::string_view::npos) break;
    out += line[cut];
    at = cut + 1;
  }
  return out;
}

std::string summary(const FixedText& fixed) {
  std::string out;
  for (const auto& [code, n] : fixed.fixed) {
    out += (out.empty() ? "" : ", ") + code + (n > 1 ? " \u00d7" + std::to_string(n) : "");
  }
  return out;
}

std::string problems(std::size_t n) { return std::to_string(n) + (n == 1 ? " problem" : " problems"); }

}  // namespace

int command_fix(Args args) {
  FixOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << kReportFlagsHelp << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  Session s;
  std::vector<std::string> paths;
  if (auto opened = open_session(o.session, s, paths); !opened) return fail(opened.error());
  if (auto known = check_rules(o, *s.linter); !known) return fail(known.error());
  std::vector<PathError> path_errors;
  auto files = session_files(o.session, s, paths, path_errors);
  if (!files) return fail(files.error());

  const auto wanted = [&](const Finding& f) {
    if (o.rules.empty()) return true;
    for (const std::string& r : o.rules) {
      if (f.code == r || f.code.starts_with(r)) return true;
    }
    return false;
  };
  FolderRegistries registries;
  bool failed = false;
  std::size_t fixed_total = 0;
  std::size_t files_changed = 0;
  for (const FileInput& file : *files) {
    if (file.kind != FileKind::kArticle) continue;
    ReadResult read = read_file(file.path, s.linter->config().max_file_size);
    if (read.status != ReadResult::Status::kOk) continue;  // the report says why (MED002, JSON004)
    const FixedText fixed = fix_text(*s.linter, file.display, read.bytes, registries.of(*s.linter, file.path), wanted);
    if (fixed.text == read.bytes) continue;
    ++files_changed;
    fixed_total += fixed.total();
    if (o.dry_run) {
      const std::string name = report::printable(file.display);
      std::cout << shown(unified_diff(read.bytes, fixed.text, "a/" + name, "b/" + name));
      continue;
    }
    if (auto written = write_file_atomically(file.path, fixed.text); !written) {
      std::cerr << "medlint: " << report::printable(written.error().message) << " (the file was not changed)\n";
      failed = true;
      continue;
    }
    std::cerr << "medlint: fixed " << problems(fixed.total()) << " in " << report::printable(file.display) << " ("
              << summary(fixed) << ")\n";
  }
  for (const PathError& e : path_errors) std::cerr << "medlint: " << report::printable(e.message()) << "\n";
  if (o.dry_run) {
    std::cerr << "medlint: "
              << (fixed_total == 0 ? "nothing to fix"
                                   : "would fix " + problems(fixed_total) + " in " + std::to_string(files_changed) +
                                         (files_changed == 1 ? " file" : " files"))
              << "\n";
    if (!std::cout.flush()) return fail("cannot write the diff to standard output");
    return failed || !path_errors.empty() ? kExitToolError : fixed_total > 0 ? kExitFindings : kExitClean;
  }
  // What is left, reported as check would.
  Session after;
  if (auto ran = run_session(o.session, after); !ran) return fail(ran.error());
  const int code = write_reports(after.result, o.report, {after.today, after.linter->rules(), {}, {}, std::nullopt});
  return failed ? kExitToolError : code;
}

}  // namespace medlint
