// medlint baseline FILE [PATH...]: records today's findings so that
// `check --baseline FILE` reports only new ones.
#include <iostream>

#include "arg_reader.h"
#include "medlint/driver/baseline.h"
#include "medlint/base/words.h"
#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/report/report_text.h"

namespace medlint {
namespace {

constexpr std::string_view kUsage = R"(Usage: medlint baseline FILE [PATH...] [options]

Writes the fingerprints of every finding under PATH (default: the "paths" of
medlint.json) to FILE, for adopting medlint on an existing corpus:
`medlint check --baseline FILE` then reports only findings not in it, and
says how many baseline entries no longer occur, so the baseline can shrink
but never silently grow. Fingerprints hold no line numbers: unrelated edits
keep them.

Options:
)";

}  // namespace

int command_baseline(Args args) {
  SessionOptions o;
  std::optional<std::string> file;
  ArgReader r(args);
  const std::function<bool(std::string_view&)> take = [&r](std::string_view& out) { return r.value(out); };
  while (r.next()) {
    const std::string_view a = r.arg();
    std::string error;
    if (parse_session_flag(a, take, o, error)) {
      if (!error.empty()) return fail(error);
    } else if (a == "--help" || a == "-h") {
      std::cout << kUsage << kSessionHelp;
      return kExitClean;
    } else if (a.starts_with("-")) {
      return fail("unknown option '" + std::string(r.raw()) + "' (see medlint baseline --help)");
    } else if (!file) {
      file = std::string(a);
    } else {
      o.paths.emplace_back(a);
    }
  }
  if (!file) return fail("baseline needs the file to write, e.g. `medlint baseline .medlint-baseline.json`");

  Session s;
  if (const std::string error = run_session(o, s); !error.empty()) return fail(error);
  for (const std::string& e : s.result.errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  if (!s.result.errors.empty()) return kExitToolError;
  if (const std::string error = Baseline::write(*file, s.result.findings); !error.empty()) return fail(error);
  std::cout << "Wrote " << count_of(static_cast<long long>(s.result.findings.size()), "finding") << " from "
            << count_of(static_cast<long long>(s.result.files_checked), "file") << " to "
            << report::printable(*file) << ".\n";
  return kExitClean;
}

}  // namespace medlint
