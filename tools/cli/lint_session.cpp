#include "lint_session.h"

#include <filesystem>
#include <iostream>
#include <iterator>

#include "medlint/driver/file_walker.h"
#include "medlint/base/file_io.h"
#include "medlint/driver/git_changes.h"
#include "medlint/report/report_text.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace fs = std::filesystem;

const std::string_view kSessionHelp = R"(  --config FILE         use this config instead of the nearest medlint.json
  --no-config           use no config file
  --today YYYY-MM-DD    the date that date rules take as today (default: UTC today)
  --stdin-filename PATH lint standard input as if it were the file PATH
)";

bool parse_session_flag(std::string_view flag, const std::function<bool(std::string_view&)>& value,
                        SessionOptions& o, std::string& error) {
  std::string_view v;
  if (flag == "--config") {
    if (!value(v)) error = "--config needs a file";
    if (o.no_config) error = "--config and --no-config contradict each other; give one";
    o.config = std::string(v);
  } else if (flag == "--no-config") {
    if (o.config) error = "--config and --no-config contradict each other; give one";
    o.no_config = true;
  } else if (flag == "--today") {
    if (!value(v)) error = "--today needs a date (YYYY-MM-DD)";
    o.today = std::string(v);
  } else if (flag == "--stdin-filename") {
    if (!value(v) || v.empty()) error = "--stdin-filename needs the path the text would have";
    o.stdin_filename = std::string(v);
  } else if (flag == "--changed-since") {
    if (!value(v) || v.empty()) error = "--changed-since needs a git revision";
    o.changed_since = std::string(v);
  } else {
    return false;
  }
  return true;
}

std::string resolve_today(const std::optional<std::string>& flag, Date& today) {
  today = utc_today();
  if (!flag) return {};
  const auto parsed = Date::parse(*flag);
  if (!parsed) return "--today needs a real date as YYYY-MM-DD, not '" + *flag + "'";
  today = *parsed;
  return {};
}

std::string resolve_command_config(const std::optional<std::string>& flag, bool no_config, const fs::path& start,
                                   const SchemaSet& schemas, const std::vector<std::unique_ptr<Rule>>& rules,
                                   Config& config) {
  config = Config{};
  std::error_code ec;
  config.base = fs::current_path(ec);
  if (no_config) return {};
  std::string error;
  auto resolved = resolve_config(flag ? std::optional<fs::path>(*flag) : std::nullopt, start, schemas, rules, error);
  if (!resolved) return error;
  config = std::move(*resolved);
  return {};
}

std::string open_session(const SessionOptions& o, Session& s, std::vector<std::string>& paths) {
  if (std::string error = resolve_today(o.today, s.today); !error.empty()) return error;

  auto rules = all_rules();
  auto schemas = SchemaSet::bundled();
  Config config;
  // Found by walking up from the checked path: the first PATH, else the working folder.
  const fs::path start = !o.paths.empty() ? fs::path(o.paths.front())
                         : o.stdin_filename ? fs::path(*o.stdin_filename) : fs::current_path();
  if (std::string error = resolve_command_config(o.config, o.no_config, start, *schemas, rules, config); !error.empty()) {
    return error;
  }
  std::unique_ptr<const RetractionList> retractions;
  if (std::string error = load_config_resources(config, *schemas, retractions); !error.empty()) return error;

  paths = o.paths;
  if (paths.empty()) {
    for (const std::string& p : config.paths) {
      paths.push_back(fs::path(config.base / p).lexically_proximate(fs::current_path()).generic_string());
    }
  }
  if (paths.empty()) paths.emplace_back(".");

  s.linter = std::make_unique<Linter>(std::move(rules), std::move(schemas), std::move(config), s.today,
                                      std::move(retractions));
  if (o.stdin_filename && !o.paths.empty()) return "--stdin-filename reads one article from standard input; give no PATH";
  return {};
}

std::string run_session(const SessionOptions& o, Session& s) {
  std::vector<std::string> paths;
  if (std::string error = open_session(o, s, paths); !error.empty()) return error;
  if (o.stdin_filename) {
    ReadResult in = read_stdin(s.linter->config().max_file_size);
    if (in.status == ReadResult::Status::kTooLarge) {
      s.result = s.linter->run_text(*o.stdin_filename, std::string(), in.size);
      return {};
    }
    if (in.status != ReadResult::Status::kOk) return "cannot read standard input: " + in.error;
    s.result = s.linter->run_text(*o.stdin_filename, std::move(in.bytes));
    return {};
  }

  std::vector<FileInput> files;
  std::vector<PathError> errors;
  collect_files(paths, files, errors);
  exclude_files(files, o.exclude);
  // Nothing to check at all: a usage error, without a report. Unreadable
  // paths are reported (MED002) in every output.
  const bool unreadable = std::any_of(errors.begin(), errors.end(),
                                      [](const PathError& e) { return e.kind == PathError::Kind::kUnreadable; });
  if (files.empty() && !unreadable && !errors.empty()) {
    for (std::size_t i = 0; i + 1 < errors.size(); ++i) {
      std::cerr << "medlint: " << report::printable(errors[i].message()) << "\n";
    }
    return errors.back().message();
  }
  if (o.changed_since) {
    std::string error;
    const auto changed = git_changed_files(*o.changed_since, paths.front(), error);
    if (!changed) return error;
    keep_changed(files, *changed, s.linter->config());
  }
  s.result = s.linter->run(std::move(files), errors);
  return {};
}

}  // namespace medlint
