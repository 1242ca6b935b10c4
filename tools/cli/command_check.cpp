// medlint check [PATH...]: lint articles and report.
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "exit_codes.h"
#include "version.h"
#include "linter.h"
#include "retraction_list.h"
#include "report/reporters.h"
#include "rules/rules.h"


namespace medlint {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHelp = R"(Usage: medlint check [PATH...] [options]

Checks articles (files, or folders searched recursively for *.json) against
the JSON Schemas and medlint's rules. With no PATH, checks the "paths" of
medlint.json, or the current folder.

Options:
  --format text|json    output format (default text)
  --config FILE         use this config instead of the nearest medlint.json
  --no-config           use no config file
  --today YYYY-MM-DD    the date that date rules take as today (default: UTC today)
  --quiet               report errors only (warnings are not shown or counted)
  --max-warnings N      fail (exit 1) when there are more than N warnings
  --color, --no-color   force or disable ANSI colours (default: on for a terminal)
  --version             print the version
  --help                print this help

Exit codes: 0 clean (warnings allowed), 1 any error, or more warnings than
--max-warnings; 2 medlint could not do its job (bad flag, path, config, schema).
)";

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::optional<std::string> config;
  bool no_config = false;
  std::optional<std::string> today;
  bool quiet = false;
  long max_warnings = -1;
  std::optional<bool> color;
};

// Parses the flags; returns an error message, or empty.
std::string parse_args(Args args, CheckOptions& o, bool& help, bool& version) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    std::string_view value;
    bool has_inline = false;
    if (a.starts_with("--") && a.find('=') != std::string_view::npos) {
      value = a.substr(a.find('=') + 1);
      a = a.substr(0, a.find('='));
      has_inline = true;
    }
    const auto take = [&](std::string_view& out) -> bool {
      if (has_inline) {
        out = value;
        return true;
      }
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string_view v;
    if (a == "--help" || a == "-h") {
      help = true;
    } else if (a == "--version") {
      version = true;
    } else if (a == "--format") {
      if (!take(v)) return "--format needs a value: text or json";
      if (v != "text" && v != "json") return "unknown format '" + std::string(v) + "' (expected text or json)";
      o.format = v;
    } else if (a == "--config") {
      if (!take(v)) return "--config needs a file";
      o.config = std::string(v);
    } else if (a == "--no-config") {
      o.no_config = true;
    } else if (a == "--today") {
      if (!take(v)) return "--today needs a date (YYYY-MM-DD)";
      o.today = std::string(v);
    } else if (a == "--quiet" || a == "-q") {
      o.quiet = true;
    } else if (a == "--max-warnings") {
      if (!take(v)) return "--max-warnings needs a number";
      const auto r = std::from_chars(v.data(), v.data() + v.size(), o.max_warnings);
      if (r.ec != std::errc() || r.ptr != v.data() + v.size() || o.max_warnings < 0) {
        return "--max-warnings needs a number >= 0, not '" + std::string(v) + "'";
      }
    } else if (a == "--color") {
      o.color = true;
    } else if (a == "--no-color") {
      o.color = false;
    } else if (a.starts_with("-") && a != "-") {
      return "unknown option '" + std::string(args[i]) + "' (see medlint check --help)";
    } else {
      o.paths.emplace_back(a);
    }
  }
  return {};
}

}  // namespace

int command_check(Args args) {
  CheckOptions o;
  bool help = false;
  bool version = false;
  if (const std::string error = parse_args(args, o, help, version); !error.empty()) return fail(error);
  if (help) {
    std::cout << kHelp;
    return kExitClean;
  }
  if (version) {
    std::cout << "medlint " << medlint::version() << "\n";
    return kExitClean;
  }

  Date today = utc_today();
  if (o.today) {
    const auto parsed = Date::parse(*o.today);
    if (!parsed) return fail("--today needs a real date as YYYY-MM-DD, not '" + *o.today + "'");
    today = *parsed;
  }

  auto rules = all_rules();
  auto schemas = SchemaSet::bundled();
  Config config;
  config.base = fs::current_path();
  if (!o.no_config) {
    std::string error;
    auto resolved = resolve_config(o.config ? std::optional<fs::path>(*o.config) : std::nullopt, fs::current_path(),
                                   *schemas, rules, error);
    if (!resolved) return fail(error);
    config = std::move(*resolved);
  }
  std::unique_ptr<const RetractionList> retractions;
  if (const std::string error = load_config_resources(config, *schemas, retractions); !error.empty()) {
    return fail(error);
  }

  std::vector<std::string> paths = o.paths;
  if (paths.empty()) {
    for (const std::string& p : config.paths) {
      paths.push_back(fs::path(config.base / p).lexically_proximate(fs::current_path()).generic_string());
    }
  }
  if (paths.empty()) paths.emplace_back(".");

  std::vector<FileInput> files;
  std::vector<std::string> errors;
  collect_files(paths, files, errors);
  if (files.empty() && !errors.empty()) {
    for (std::size_t i = 0; i + 1 < errors.size(); ++i) std::cerr << "medlint: " << errors[i] << "\n";
    return fail(errors.back());
  }

  const Linter linter(std::move(rules), std::move(schemas), std::move(config), today, std::move(retractions));
  LintResult result = linter.run(std::move(files));
  result.errors.insert(result.errors.begin(), errors.begin(), errors.end());
  if (o.quiet) std::erase_if(result.findings, [](const Finding& f) { return f.severity != Severity::kError; });

  ReportOptions report;
  report.today = today;
  report.color = o.color.value_or(o.format == "text" && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  if (o.format == "json") {
    write_json(std::cout, result, report);
  } else {
    write_text(std::cout, result, report);
  }
  std::cout.flush();

  for (const std::string& e : result.errors) std::cerr << "medlint: " << e << "\n";
  if (!result.errors.empty()) return kExitToolError;
  const Totals totals = count(result.findings);
  if (totals.errors > 0) return kExitFindings;
  if (o.max_warnings >= 0 && totals.warnings > static_cast<std::size_t>(o.max_warnings)) {
    std::cerr << "medlint: " << totals.warnings << (totals.warnings == 1 ? " warning" : " warnings")
              << ", more than --max-warnings " << o.max_warnings << "\n";
    return kExitFindings;
  }
  return kExitClean;
}

}  // namespace medlint
