// medlint audit [PATH...] --out DIR: the Medical Advisory Board's report, a
// static site made from the same lint run as `check` (same rules, config,
// suppressions and baseline), with the same exit codes.
#include <iostream>

#include "arg_reader.h"
#include "medlint/audit/audit_site.h"
#include "medlint/base/words.h"
#include "medlint/driver/baseline.h"
#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/report/report_text.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage = R"(Usage: medlint audit [PATH...] --out DIR [options]

Writes the Medical Advisory Board's audit of the articles as a static site in
DIR: index.html (the dashboard), one page per article and per rule that fired,
audit.json and audit.csv. The site needs no network and opens from file://.
DIR must be new, empty, or an earlier audit (its stale pages are removed).

Options:
  --out DIR             the folder to write the site into (required)
  --baseline FILE       findings in FILE are listed as baseline entries in
                        force, not counted as findings (see medlint baseline)
)";

constexpr std::string_view kMoreHelp = R"(  --help                print this help

Exit codes: as medlint check: 0 no error findings, 1 error findings (the site
is written all the same), 2 medlint could not do its job.
)";

struct AuditOptions {
  SessionOptions session;
  std::optional<std::string> out;
  std::optional<std::string> baseline;
};

std::string parse_args(Args args, AuditOptions& o, bool& help) {
  ArgReader r(args);
  const std::function<bool(std::string_view&)> take = [&r](std::string_view& out) { return r.value(out); };
  while (r.next()) {
    const std::string_view a = r.arg();
    std::string error;
    if (parse_session_flag(a, take, o.session, error)) {
      if (!error.empty()) return error;
      continue;
    }
    std::string_view v;
    if (a == "--help" || a == "-h") {
      help = true;
    } else if (a == "--out" || a == "-o") {
      if (!take(v) || v.empty()) return "--out needs a folder";
      o.out = std::string(v);
    } else if (a == "--baseline") {
      if (!take(v) || v.empty()) return "--baseline needs a file (written by `medlint baseline`)";
      o.baseline = std::string(v);
    } else if (a.starts_with("-") && a != "-") {
      return "unknown option '" + std::string(r.raw()) + "' (see medlint audit --help)";
    } else {
      o.session.paths.emplace_back(a);
    }
  }
  if (help) return {};
  if (!o.out) return "audit needs --out DIR, the folder to write the site into";
  if (o.session.stdin_filename) return "audit reads files, not standard input";
  // The site and the baseline are not articles, even inside a checked folder.
  o.session.exclude.push_back(*o.out);
  if (o.baseline) o.session.exclude.push_back(*o.baseline);
  return {};
}

}  // namespace

int command_audit(Args args) {
  AuditOptions o;
  bool help = false;
  if (const std::string error = parse_args(args, o, help); !error.empty()) return fail(error);
  if (help) {
    std::cout << kUsage << kSessionHelp << kMoreHelp;
    return kExitClean;
  }
  // Before the lint run, so a wrong --out fails fast.
  if (const std::string error = audit::check_output_dir(*o.out); !error.empty()) return fail(error);
  std::optional<Baseline> baseline;
  if (o.baseline) {
    std::string error;
    baseline = Baseline::load(*o.baseline, error);
    if (!baseline) return fail(error);
  }
  Session s;
  if (const std::string error = run_session(o.session, s); !error.empty()) return fail(error);
  std::vector<Finding> baselined;
  if (baseline) baseline->apply(s.result.findings, &baselined);

  const audit::AuditInput input{*s.linter, s.result, std::move(baselined), s.today};
  if (const std::string error = audit::write_site(input, *o.out); !error.empty()) return fail(error);

  const Totals totals = count(s.result.findings);
  const fs::path index = fs::path(*o.out) / "index.html";
  std::cout << "medlint audit: " << count_of(static_cast<long long>(s.result.files.size()), "file") << ", "
            << report::problems(totals) << "; open " << report::printable(index.string()) << "\n";
  for (const std::string& e : s.result.errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  if (!std::cout.flush()) return fail("cannot write to standard output");
  if (!s.result.errors.empty()) return kExitToolError;
  return totals.errors > 0 ? kExitFindings : kExitClean;
}

}  // namespace medlint
