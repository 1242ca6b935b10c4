// medlint merge REPORT...: the JSON reports of `check --shard K/N`, one per
// shard, put back together into the report of the unsharded run.
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/base/version.h"
#include "medlint/driver/baseline.h"
#include "medlint/driver/cache.h"
#include "medlint/driver/shards.h"
#include "medlint/rules/rules.h"
#include "report_output.h"

namespace medlint {
namespace {

constexpr CommandLine kCommand{
    .command = "merge", .stdin_filename = false, .changed_since = false, .jobs = false, .cache = false, .today = false};

constexpr std::string_view kUsage = R"(Usage: medlint merge REPORT... [options]

Puts the JSON reports of `medlint check --shard K/N --format json=FILE`, one
per shard, back together into the report of the unsharded run: the same
findings and totals, duplicate ids (ART002) across shards included. Every
shard of the run must be given, once. Run it where the shards ran: it reads
the same medlint.json, and refuses reports of another config, medlint
version, date or set of paths.

Options:
)";

constexpr std::string_view kMoreHelp =
    R"(  --baseline FILE       report only findings that are not in FILE (see medlint baseline)
  --help                print this help

Exit codes: as medlint check: 0 clean, 1 any error or more warnings than
--max-warnings, 2 medlint could not do its job (a shard missing or given twice,
a report that is not a shard's, a shard that exited 2).
)";

struct MergeOptions {
  SessionOptions session;
  ReportFlags report;
  std::vector<std::string> reports;
};

Result<void> parse_args(Args args, MergeOptions& o, bool& help) {
  const auto own = [&](std::string_view a, ArgReader& r) -> Result<bool> {
    std::string_view v;
    if (a != "--baseline") return report_flag(a, r, o.report);
    if (!r.value(v) || v.empty()) return Error{"--baseline needs a file (written by `medlint baseline`)"};
    o.session.baseline = std::string(v);
    return true;
  };
  if (auto parsed = parse_command_line(args, kCommand, o.session, help, o.reports, own); !parsed) return parsed;
  if (help) return {};
  if (o.reports.empty()) return Error{"merge needs the JSON report of every shard (see medlint merge --help)"};
  std::vector<std::string> written;
  return resolve_outputs(o.report, written);
}

// Reads every report and checks they are the shards of one run. The notes'
// rules are `rules`.
Result<MergedShards> read_shards(const std::vector<std::string>& files,
                                 const std::vector<std::unique_ptr<Rule>>& rules) {
  const auto schemas = SchemaSet::bundled();
  const RuleByCode rule_of = [&](std::string_view code) -> const Rule* {
    for (const auto& r : rules) {
      if (r->meta().code == code) return r.get();
    }
    return nullptr;
  };
  std::vector<ShardReport> reports;
  for (const std::string& f : files) {
    auto report = read_shard_report(f, *schemas, rule_of);
    if (!report) return report.error();
    reports.push_back(std::move(*report));
  }
  auto merged = merge_shard_reports(std::move(reports));
  if (merged && merged->version != version()) {
    return Error{"the shards were checked by medlint " + merged->version + ", this is " + std::string(version()) +
                 "; merge with the medlint that checked them"};
  }
  return merged;
}

}  // namespace

int command_merge(Args args) {
  MergeOptions o;
  bool help = false;
  if (auto parsed = parse_args(args, o, help); !parsed) return fail(parsed.error());
  if (help) {
    std::cout << kUsage << kReportFlagsHelp << session_help(kCommand) << kMoreHelp;
    return kExitClean;
  }
  // The rules the shards ran: medlint's and the config's custom ones.
  auto report_rules = all_rules();
  std::error_code ec;
  if (auto config = resolve_config_and_rules(o.session.config, o.session.no_config, std::filesystem::current_path(ec),
                                             report_rules);
      !config) {
    return fail(config.error());
  }
  auto merged = read_shards(o.reports, report_rules);
  if (!merged) return fail(merged.error());
  o.session.today = merged->today;  // the date the shards' date rules read

  Session s;
  std::vector<std::string> paths;
  if (auto opened = open_session(o.session, s, paths); !opened) return fail(opened.error());
  const auto inputs = config_digest(s.linter->config());
  if (!inputs) return fail(inputs.error());
  if (to_hex(*inputs) != merged->info.inputs) {
    return fail(
        "the shards ran with another config than this merge (medlint.json, or the schema or retraction list it "
        "names); run merge where they ran, with the same --config");
  }
  std::optional<Baseline> baseline;
  if (o.session.baseline) {
    auto loaded = Baseline::load(*o.session.baseline);
    if (!loaded) return fail(loaded.error());
    baseline = std::move(*loaded);
  }
  for (FileOutcome& outcome : merged->outcomes) {
    for (CorpusNote& n : outcome.notes) n.rule = s.linter->rule(n.rule->meta().code);  // the linter's own rule
    s.linter->adopt_notes(outcome.notes);
  }
  s.result = s.linter->finish(std::move(merged->outcomes));
  s.result.errors = std::move(merged->errors);
  if (baseline) s.baseline = baseline->apply(s.result.findings, &s.baselined);
  const RunReport run{s.today, s.linter->rules(), s.baseline, o.session.baseline, std::nullopt};
  return write_reports(s.result, o.report, run);
}

}  // namespace medlint
