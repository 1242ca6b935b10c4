// medlint: lints and validates medical article sources.
#include <iostream>
#include <string_view>
#include <vector>

#include "commands.h"
#include "exit_codes.h"
#include "medlint/report/report_text.h"
#include "medlint/base/version.h"

namespace medlint {

int fail(std::string_view message) {
  std::cerr << "medlint: " << report::printable(message) << "\n";
  return kExitToolError;
}

}  // namespace medlint

namespace {

constexpr std::string_view kUsage = R"(medlint - lints and validates medical article sources

Usage:
  medlint check [PATH...] [options]   check articles (files or folders of *.json)
  medlint fix [PATH...] [--dry-run]   apply the rules' safe fixes, then report what is left
  medlint claims [PATH...] [options]  list the sentences medlint reads as claims, and what cites them
  medlint audit [PATH...] --out DIR   write the Medical Advisory Board's audit site
  medlint baseline FILE [PATH...]     record today's findings (check --baseline FILE)
  medlint merge REPORT...             put the JSON reports of check --shard K/N together
  medlint new ID [options]            write a new article that passes check
  medlint review ACTION FILE --by P   record a review step (start, request-changes, approve, resubmit)
  medlint config --print [FILE]       print the effective config for FILE
  medlint explain CODE                print a rule's documentation
  medlint rules                       list every rule
  medlint --version | --help

Run `medlint check --help` for the options of check.
Exit codes: 0 clean, 1 findings that fail the run, 2 medlint could not do its job.
)";

}  // namespace

namespace {

int run(std::string_view command, medlint::Args rest) {
  if (command == "check") return medlint::command_check(rest);
  if (command == "fix") return medlint::command_fix(rest);
  if (command == "audit") return medlint::command_audit(rest);
  if (command == "claims") return medlint::command_claims(rest);
  if (command == "baseline") return medlint::command_baseline(rest);
  if (command == "explain") return medlint::command_explain(rest);
  if (command == "merge") return medlint::command_merge(rest);
  if (command == "new") return medlint::command_new(rest);
  if (command == "config") return medlint::command_config(rest);
  if (command == "review") return medlint::command_review(rest);
  if (command == "rules") return medlint::command_rules(rest);
  if (command == "--version" || command == "version") {
    std::cout << "medlint " << medlint::version() << "\n";
    return medlint::kExitClean;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return medlint::kExitClean;
  }
  return medlint::fail("unknown command '" + std::string(command) + "' (see medlint --help)");
}

}  // namespace

int main(int argc, char** argv) {
  // Reports go through iostreams only: unsynchronised, std::cout buffers
  // instead of handing each character to C's stdio.
  std::ios::sync_with_stdio(false);
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return medlint::kExitToolError;
  }
  const medlint::Args rest(args.data() + 1, args.size() - 1);
  int code = medlint::kExitToolError;
  try {
    code = run(args[0], rest);
  } catch (const std::exception& e) {
    return medlint::fail(std::string("internal error: ") + e.what());
  }
  // A report that did not reach standard output (a full disk, a closed
  // pipe) is not a verdict: exit 2, whatever the command found.
  if (!std::cout.flush() && code != medlint::kExitToolError) return medlint::fail("cannot write to standard output");
  return code;
}
