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

constexpr CommandLine kCommand{"baseline"};

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
  bool help = false;
  std::vector<std::string> positional;
  if (auto parsed = parse_command_line(args, kCommand, o, help, positional); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << session_help(kCommand);
    return kExitClean;
  }
  if (!positional.empty()) {
    if (positional.front() == "-") return fail("baseline writes a file, not standard output; name the file");
    file = positional.front();
    o.paths.assign(positional.begin() + 1, positional.end());
  }
  if (!file) return fail("baseline needs the file to write, e.g. `medlint baseline .medlint-baseline.json`");

  Session s;
  if (auto ran = run_session(o, s); !ran) return fail(ran.error());
  for (const std::string& e : s.result.errors) std::cerr << "medlint: " << report::printable(e) << "\n";
  if (!s.result.errors.empty()) return kExitToolError;
  if (auto written = Baseline::write(*file, s.result.findings); !written) return fail(written.error());
  std::cout << "Wrote " << count_of(static_cast<long long>(s.result.findings.size()), "finding") << " from "
            << count_of(static_cast<long long>(s.result.files_checked), "file") << " to " << report::printable(*file)
            << ".\n";
  return kExitClean;
}

}  // namespace medlint
