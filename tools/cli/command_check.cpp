// medlint check [PATH...]: lint articles and report.
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/base/version.h"
#include "medlint/driver/cache.h"
#include "medlint/driver/shards.h"
#include "report_output.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{"check"};

constexpr std::string_view kUsage = R"(Usage: medlint check [PATH...] [options]

Checks articles (files, or folders searched recursively for *.json) against
the JSON Schemas and medlint's rules. With no PATH, checks the "paths" of
medlint.json, or the current folder.

Options:
)";

constexpr std::string_view kMoreHelp =
    R"(  --changed-since REV   check only the articles git says changed since REV (all
                        of them when a registry or the config changed)
  --baseline FILE       report only findings that are not in FILE (see medlint baseline)
  --shard K/N           check only shard K (from 0) of N: a stable share of the
                        articles; medlint merge puts the JSON reports together
  --version             print the version
  --help                print this help

Exit codes: 0 clean (warnings allowed), 1 any error, or more warnings than
--max-warnings; 2 medlint could not do its job (bad flag, path, config, schema).
)";

struct CheckOptions {
  SessionOptions session;
  ReportFlags report;
};

// The flags only `check` takes; false for any other.
Result<bool> check_flag(std::string_view a, ArgReader& r, CheckOptions& o, bool& version) {
  std::string_view v;
  if (a == "--version") {
    version = true;
  } else if (a == "--baseline") {
    if (!r.value(v) || v.empty()) return Error{"--baseline needs a file (written by `medlint baseline`)"};
    o.session.baseline = std::string(v);
  } else if (a == "--shard") {
    if (!r.value(v)) return Error{"--shard needs K/N (shard K, from 0, of N)"};
    auto shard = parse_shard(v);
    if (!shard) return shard.error();
    o.session.shard = *shard;
  } else {
    return report_flag(a, r, o.report);
  }
  return true;
}

Result<void> parse_args(Args args, CheckOptions& o, bool& help, bool& version) {
  const auto own = [&](std::string_view a, ArgReader& r) { return check_flag(a, r, o, version); };
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, o.session.paths, own); !parsed) return parsed;
  if (auto resolved = resolve_outputs(o.report, o.session.exclude); !resolved) return resolved;
  if (o.session.baseline) o.session.exclude.push_back(*o.session.baseline);
  if (o.session.shard) {
    // A shard's report is half a report: what would drop findings from it
    // belongs to merge, which sees them all.
    if (o.session.baseline) return Error{"--shard: give --baseline to medlint merge, which sees every shard"};
    if (o.report.quiet) return Error{"--shard: give --quiet to medlint merge; a shard reports every finding"};
    if (o.session.stdin_filename) return Error{"--shard and --stdin-filename: standard input is one article"};
    if (std::none_of(o.report.outputs.begin(), o.report.outputs.end(),
                     [](const Output& out) { return out.format == "json"; })) {
      return Error{"--shard: write the JSON report (--format json=FILE) for medlint merge"};
    }
  }
  return {};
}

}  // namespace

int command_check(Args args) {
  CheckOptions o;
  bool help = false;
  bool version = false;
  if (auto parsed = parse_args(args, o, help, version); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << kReportFlagsHelp << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  if (version) {
    std::cout << "medlint " << medlint::version() << "\n";
    return kExitClean;
  }

  Session s;
  if (auto ran = run_session(o.session, s); !ran) return fail(ran.error());
  RunReport run{s.today, s.linter->rules(), s.baseline, o.session.baseline, std::nullopt};
  if (o.session.shard) {
    const auto inputs = config_digest(s.linter->config());
    if (!inputs) return fail(inputs.error());
    run.shard = ShardInfo{o.session.shard->index, o.session.shard->count, to_hex(*inputs), s.paths,
                          o.session.changed_since.value_or("")};
  }
  return write_reports(s.result, o.report, run);
}

}  // namespace medlint
