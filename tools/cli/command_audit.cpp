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

constexpr CommandLine kCommand{"audit"};

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
};

Result<void> parse_args(Args args, AuditOptions& o, bool& help) {
  const auto own = [&](std::string_view a, ArgReader& r) -> Result<bool> {
    std::string_view v;
    if (a == "--out" || a == "-o") {
      if (!r.value(v) || v.empty()) return Error{"--out needs a folder"};
      o.out = std::string(v);
    } else if (a == "--baseline") {
      if (!r.value(v) || v.empty()) return Error{"--baseline needs a file (written by `medlint baseline`)"};
      o.session.baseline = std::string(v);
    } else {
      return false;
    }
    return true;
  };
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, o.session.paths, own); !parsed) return parsed;
  if (help) return {};
  if (!o.out) return Error{"audit needs --out DIR, the folder to write the site into"};
  if (o.session.stdin_filename) return Error{"audit reads files, not standard input"};
  // The site and the baseline are not articles, even inside a checked folder.
  o.session.exclude.push_back(*o.out);
  if (o.session.baseline) o.session.exclude.push_back(*o.session.baseline);
  return {};
}

}  // namespace

int command_audit(Args args) {
  AuditOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  // Before the lint run, so a wrong --out fails fast.
  if (auto usable = audit::check_output_dir(*o.out); !usable) return fail(usable.error());
  Session s;
  if (auto ran = run_session(o.session, s); !ran) return fail(ran.error());
  const audit::AuditInput input{*s.linter, s.result, std::move(s.baselined), s.today};
  if (auto written = audit::write_site(input, *o.out); !written) return fail(written.error());

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
