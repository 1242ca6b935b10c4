// What `check` and `baseline` share: the flags that choose what to lint and
// how (paths, config, today, stdin, changed files), and one lint run.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/engine/linter.h"

namespace medlint {

struct SessionOptions {
  std::vector<std::string> paths;
  std::optional<std::string> config;
  bool no_config = false;
  std::optional<std::string> today;
  std::optional<std::string> stdin_filename;  // lint standard input as this path
  std::optional<std::string> changed_since;   // a git revision
  // Files the run writes or reads besides articles (--format X=FILE,
  // --baseline): never linted as articles, even when they lie in a checked
  // folder from an earlier run.
  std::vector<std::string> exclude;
};

// Handles one flag of SessionOptions. `value` fetches the flag's argument
// (false when missing). Returns false when `flag` is not a session flag;
// sets `error` when it is but is wrong.
bool parse_session_flag(std::string_view flag, const std::function<bool(std::string_view&)>& value,
                        SessionOptions& options, std::string& error);

// The --help lines of the session flags.
extern const std::string_view kSessionHelp;

// "today" for the date rules: --today when given (an error when it is no
// real date), else today's date in UTC. Returns an error message, empty on
// success.
std::string resolve_today(const std::optional<std::string>& flag, Date& today);

// The config a command runs with: --config FILE when given, else the
// medlint.json found walking up from `start`, else the defaults (also with
// --no-config). Returns an error message, empty on success.
std::string resolve_command_config(const std::optional<std::string>& flag, bool no_config,
                                   const std::filesystem::path& start, const SchemaSet& schemas,
                                   const std::vector<std::unique_ptr<Rule>>& rules, Config& config);

struct Session {
  Date today;
  std::unique_ptr<Linter> linter;
  LintResult result;
};

// Resolves today and the config, loads what the config names, and builds
// the linter; sets `paths` to what to read (the PATHs, else the config's
// paths, else "."). Returns an error message (exit 2), empty on success.
std::string open_session(const SessionOptions& options, Session& session, std::vector<std::string>& paths);

// open_session, then collects the files (or reads stdin) and lints them. Returns an error message (exit 2), empty on success;
// unreadable files are in session.result.errors.
std::string run_session(const SessionOptions& options, Session& session);

}  // namespace medlint
