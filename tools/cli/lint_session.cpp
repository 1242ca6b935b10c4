#include "lint_session.h"

#include "medlint/rules/custom/custom_rule.h"

#include <charconv>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "medlint/driver/file_walker.h"
#include "medlint/base/file_io.h"
#include "medlint/base/parallel.h"
#include "medlint/driver/baseline.h"
#include "medlint/driver/cache.h"
#include "medlint/driver/git_changes.h"
#include "medlint/report/report_text.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace fs = std::filesystem;

std::string session_help(const CommandLine& command) {
  std::string help = R"(  --config FILE         use this config instead of the nearest medlint.json
  --no-config           use no config file
)";
  if (command.today) help += "  --today YYYY-MM-DD    the date that date rules take as today (default: UTC today)\n";
  if (command.stdin_filename) help += "  --stdin-filename PATH lint standard input as if it were the file PATH\n";
  if (command.jobs) {
    help +=
        "  -j, --jobs N          lint on N threads (default: every core this process may\n"
        "                        use); the output is the same for any N\n";
  }
  if (command.cache) {
    help +=
        "  --cache               reuse the findings of articles unchanged since the last\n"
        "                        --cache run (same medlint, config, registries, today)\n"
        "  --cache-dir DIR       keep the cache in DIR (implies --cache; default:\n"
        "                        .medlint-cache beside medlint.json)\n";
  }
  return help;
}

namespace {

// Handles one session flag; false when `flag` is none (or one `command` does
// not take).
Result<bool> session_flag(std::string_view flag, ArgReader& r, const CommandLine& command, SessionOptions& o) {
  std::string_view v;
  if (flag == "--config") {
    if (!r.value(v)) return Error{"--config needs a file"};
    if (o.no_config) return Error{"--config and --no-config contradict each other; give one"};
    o.config = std::string(v);
  } else if (flag == "--no-config") {
    if (o.config) return Error{"--config and --no-config contradict each other; give one"};
    o.no_config = true;
  } else if (flag == "--today" && command.today) {
    if (!r.value(v)) return Error{"--today needs a date (YYYY-MM-DD)"};
    o.today = std::string(v);
  } else if (flag == "--stdin-filename" && command.stdin_filename) {
    if (!r.value(v) || v.empty()) return Error{"--stdin-filename needs the path the text would have"};
    o.stdin_filename = std::string(v);
  } else if ((flag == "--jobs" || flag == "-j") && command.jobs) {
    unsigned n = 0;
    const bool read = r.value(v);
    const auto parsed = std::from_chars(v.data(), v.data() + v.size(), n);
    if (!read || parsed.ec != std::errc() || parsed.ptr != v.data() + v.size() || n < 1 || n > 1024) {
      return Error{"--jobs needs a number of threads from 1 to 1024, not '" + std::string(v) + "'"};
    }
    o.jobs = n;
  } else if (flag == "--cache" && command.cache) {
    o.cache = true;
  } else if (flag == "--cache-dir" && command.cache) {
    if (!r.value(v) || v.empty()) return Error{"--cache-dir needs a folder"};
    o.cache = true;
    o.cache_dir = std::string(v);
  } else if (flag == "--changed-since" && command.changed_since) {
    if (!r.value(v) || v.empty()) return Error{"--changed-since needs a git revision"};
    o.changed_since = std::string(v);
  } else {
    return false;
  }
  return true;
}

}  // namespace

Result<void> parse_command_line(Args args, const CommandLine& command, SessionOptions& session, bool& help,
                                std::vector<std::string>& positional, const OwnFlag& own) {
  ArgReader r(args);
  while (r.next()) {
    const std::string_view a = r.arg();
    if (a == "--help" || a == "-h") {
      help = true;
      continue;
    }
    auto taken = session_flag(a, r, command, session);
    if (taken && !*taken && own) taken = own(a, r);
    if (!taken) return taken.error();
    if (*taken) continue;
    if (a.starts_with("-") && a != "-") {
      return Error{"unknown option '" + std::string(r.raw()) + "' (see medlint " + std::string(command.command) +
                   " --help)"};
    }
    positional.emplace_back(r.raw());
  }
  return {};
}

Result<Date> resolve_today(const std::optional<std::string>& flag) {
  if (!flag) return utc_today();
  const auto parsed = Date::parse(*flag);
  if (!parsed) return Error{"--today needs a real date as YYYY-MM-DD, not '" + *flag + "'"};
  return *parsed;
}

Result<Config> resolve_command_config(const std::optional<std::string>& flag, bool no_config, const fs::path& start,
                                      const SchemaSet& schemas, const std::vector<std::unique_ptr<Rule>>& rules) {
  if (no_config) {
    Config defaults;
    std::error_code ec;
    defaults.base = fs::current_path(ec);
    return defaults;
  }
  return resolve_config(flag ? std::optional<fs::path>(*flag) : std::nullopt, start, schemas, rules);
}

Result<Config> resolve_config_and_rules(const std::optional<std::string>& flag, bool no_config, const fs::path& start,
                                        std::vector<std::unique_ptr<Rule>>& rules) {
  auto config = resolve_command_config(flag, no_config, start, *SchemaSet::bundled(), rules);
  if (config) add_custom_rules(*config, rules);
  return config;
}

Result<void> open_session(const SessionOptions& o, Session& s, std::vector<std::string>& paths) {
  const auto today = resolve_today(o.today);
  if (!today) return today.error();
  s.today = *today;

  auto rules = all_rules();
  auto schemas = SchemaSet::bundled();
  // Found by walking up from the checked path: the first PATH, else the working folder.
  const fs::path start = !o.paths.empty()   ? fs::path(o.paths.front())
                         : o.stdin_filename ? fs::path(*o.stdin_filename)
                                            : fs::current_path();
  auto resolved = resolve_command_config(o.config, o.no_config, start, *schemas, rules);
  if (!resolved) return resolved.error();
  Config config = std::move(*resolved);
  add_custom_rules(config, rules);
  std::unique_ptr<const RetractionList> retractions;
  if (o.article_resources) {
    if (auto loaded = load_config_resources(config, *schemas, retractions); !loaded) return loaded;
  }

  paths = o.paths;
  if (paths.empty()) {
    for (const std::string& p : config.paths) {
      paths.push_back(fs::path(config.base / p).lexically_proximate(fs::current_path()).generic_string());
    }
  }
  if (paths.empty()) paths.emplace_back(".");

  s.linter = std::make_unique<Linter>(std::move(rules), std::move(schemas), std::move(config), s.today,
                                      std::move(retractions));
  if (o.stdin_filename && !o.paths.empty()) {
    return Error{"--stdin-filename reads one article from standard input; give no PATH"};
  }
  return {};
}

Result<std::vector<FileInput>> session_files(const SessionOptions& o, const Session& s,
                                             const std::vector<std::string>& paths, std::vector<PathError>& errors) {
  std::vector<FileInput> files;
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
    return Error{errors.back().message()};
  }
  if (o.changed_since) {
    const auto changed = git_changed_files(*o.changed_since, paths.front());
    if (!changed) return changed.error();
    keep_changed(files, *changed, s.linter->config());
  }
  if (o.shard) keep_shard(files, *o.shard);
  return files;
}

namespace {

void warn(const std::string& message) { std::cerr << "medlint: warning: " << report::printable(message) << "\n"; }

// Collects the files (or reads stdin) and lints them.
Result<void> lint(const SessionOptions& o, Session& s, const std::vector<std::string>& paths) {
  if (o.stdin_filename) {
    ReadResult in = read_stdin(s.linter->config().max_file_size);
    if (in.status == ReadResult::Status::kTooLarge) {
      s.result = s.linter->run_text(*o.stdin_filename, std::string(), in.size);
      return {};
    }
    if (in.status != ReadResult::Status::kOk) return Error{"cannot read standard input: " + in.error};
    s.result = s.linter->run_text(*o.stdin_filename, std::move(in.bytes));
    return {};
  }

  std::vector<PathError> errors;
  auto collected = session_files(o, s, paths, errors);
  if (!collected) return collected.error();
  std::vector<FileInput> files = std::move(*collected);
  const unsigned jobs = o.jobs > 0 ? o.jobs : available_cores();
  if (!o.cache) {
    s.result = s.linter->run(std::move(files), errors, jobs);
    return {};
  }
  // The cache only saves time: a cache medlint cannot use or write is a
  // warning, and the run goes on without it.
  const Config& config = s.linter->config();
  const fs::path dir = o.cache_dir ? fs::path(*o.cache_dir) : default_cache_dir(config);
  const auto run_key = cache_run_key(config, s.today);
  if (!run_key) {
    warn("the cache is not used: " + run_key.error().message);
    s.result = s.linter->run(std::move(files), errors, jobs);
    return {};
  }
  OpenedCache opened = open_cache(dir, *run_key);
  if (opened.warning) warn(*opened.warning);
  s.result = s.linter->run(std::move(files), errors, jobs, opened.cache.get());
  if (!opened.cache->unchanged()) {
    if (auto saved = save_cache(dir, *opened.cache); !saved) warn("the cache is not saved: " + saved.error().message);
  }
  return {};
}

}  // namespace

Result<void> run_session(const SessionOptions& o, Session& s) {
  std::vector<std::string>& paths = s.paths;
  if (auto opened = open_session(o, s, paths); !opened) return opened;
  std::optional<Baseline> baseline;
  if (o.baseline) {
    auto loaded = Baseline::load(*o.baseline);
    if (!loaded) return loaded.error();
    baseline = std::move(*loaded);
  }
  if (auto linted = lint(o, s, paths); !linted) return linted;
  if (baseline) s.baseline = baseline->apply(s.result.findings, &s.baselined);
  return {};
}

}  // namespace medlint
