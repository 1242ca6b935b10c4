// What the linting subcommands (check, claims, baseline, audit, review)
// share: the argument loop, the flags that choose what to lint and how
// (paths, config, today, stdin, changed files), and one lint run.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "arg_reader.h"
#include "medlint/base/result.h"
#include "medlint/driver/shards.h"
#include "medlint/engine/linter.h"

namespace medlint {

struct SessionOptions {
  std::vector<std::string> paths;
  std::optional<std::string> config;
  bool no_config = false;
  std::optional<std::string> today;
  std::optional<std::string> stdin_filename;  // lint standard input as this path
  std::optional<std::string> changed_since;   // a git revision
  unsigned jobs = 0;                          // threads; 0: the cores this process may use
  bool cache = false;                         // --cache: reuse unchanged articles' outcomes
  std::optional<std::string> cache_dir;       // --cache-dir (implies --cache)
  // Files the run writes or reads besides articles (--format X=FILE,
  // --baseline): never linted as articles, even when they lie in a checked
  // folder from an earlier run.
  std::vector<std::string> exclude;
  // --baseline FILE: read before the run (a bad file fails fast), applied
  // to its findings after it.
  std::optional<std::string> baseline;
  // --shard K/N: only the articles of that shard (driver/shards.h).
  std::optional<Shard> shard;
  // Load what the config names for articles (the retraction list, an article
  // schema); `new`, which lints only registries, skips them.
  bool article_resources = true;
};

// What a subcommand's argument loop takes besides its own flags.
struct CommandLine {
  std::string_view command;    // "check": errors point at `medlint check --help`
  bool stdin_filename = true;  // takes --stdin-filename
  bool changed_since = true;   // takes --changed-since
  bool jobs = true;            // takes --jobs / -j
  bool cache = true;           // takes --cache and --cache-dir
  bool today = true;           // takes --today (merge takes the shards')
};

// One of the command's own flags: true when `flag` is one (its value read
// from `args`), false when it is not, an error when its value is wrong.
using OwnFlag = std::function<Result<bool>(std::string_view flag, ArgReader& args)>;

// The loop every linting subcommand shares: the session flags into
// `session`, --help and -h into `help`, the command's own flags through
// `own`, every other argument (and "-") into `positional`. An unknown
// option is an error that names the command's help.
Result<void> parse_command_line(Args args, const CommandLine& command, SessionOptions& session, bool& help,
                                std::vector<std::string>& positional, const OwnFlag& own = {});

// The --help lines of the session flags `command` takes.
std::string session_help(const CommandLine& command);

// resolve_command_config with medlint's own rules (`rules`, from
// all_rules()), then the config's custom rules added to `rules`: what every
// command that names or runs rules needs.
Result<Config> resolve_config_and_rules(const std::optional<std::string>& flag, bool no_config,
                                        const std::filesystem::path& start, std::vector<std::unique_ptr<Rule>>& rules);

// "today" for the date rules: --today when given (an error when it is no
// real date), else today's date in UTC.
Result<Date> resolve_today(const std::optional<std::string>& flag);

// The config a command runs with: --config FILE when given, else the
// medlint.json found walking up from `start`, else the defaults (also with
// --no-config).
Result<Config> resolve_command_config(const std::optional<std::string>& flag, bool no_config,
                                      const std::filesystem::path& start, const SchemaSet& schemas,
                                      const std::vector<std::unique_ptr<Rule>>& rules);

struct Session {
  Date today;
  std::vector<std::string> paths;  // what was checked: the PATHs, else the config's paths, else "."
  std::unique_ptr<Linter> linter;
  LintResult result;                      // after the baseline, if any
  std::optional<BaselineStats> baseline;  // what the baseline did
  std::vector<Finding> baselined;         // the findings it hid
};

// Resolves today and the config, loads what the config names, and builds
// the linter; sets `paths` to what to read (the PATHs, else the config's
// paths, else "."). An error means exit 2.
Result<void> open_session(const SessionOptions& options, Session& session, std::vector<std::string>& paths);

// The files to lint under `paths` (from open_session): found in folders,
// without the excluded ones, cut to --changed-since and --shard. `errors`
// gets the paths that could not be read; an error when nothing can be.
Result<std::vector<FileInput>> session_files(const SessionOptions& options, const Session& session,
                                             const std::vector<std::string>& paths, std::vector<PathError>& errors);

// open_session, then collects the files (or reads stdin) and lints them,
// then applies the baseline. An error means exit 2; unreadable files are in
// session.result.errors.
Result<void> run_session(const SessionOptions& options, Session& session);

}  // namespace medlint
