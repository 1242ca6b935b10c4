// medlint config --print [FILE]: the effective config for a file, defaults included.
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "medlint/engine/config.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/driver/file_walker.h"
#include "medlint/rules/rules.h"
#include "medlint/engine/schema_set.h"
#include "medlint/report/config_report.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHelp = R"(Usage: medlint config --print [FILE] [--config FILE | --no-config]

Prints, as JSON, the config that `medlint check` uses for FILE (default: the
current folder): the medlint.json found by walking up from FILE (or given
with --config), its settings with the defaults filled in, the overrides that
match FILE, and the severity of every rule for FILE.

Exit codes: 0 printed, 2 bad flag or bad config.
)";

}  // namespace

int command_config(Args args) {
  bool print_config = false;
  bool no_config = false;
  std::optional<std::string> config_file;
  std::optional<std::string> file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << kHelp;
      return kExitClean;
    }
    if (a == "--print") {
      print_config = true;
    } else if (a == "--no-config") {
      no_config = true;
    } else if (a == "--config" || a.starts_with("--config=")) {
      if (a.starts_with("--config=")) {
        config_file = std::string(a.substr(9));
      } else if (i + 1 < args.size()) {
        config_file = std::string(args[++i]);
      }
      if (!config_file || config_file->empty()) return fail("--config needs a file");
    } else if (a.starts_with("-") && a != "-") {
      return fail("unknown option '" + std::string(a) + "' (see medlint config --help)");
    } else if (file) {
      return fail("config --print takes one FILE");
    } else {
      file = std::string(a);
    }
  }
  if (!print_config) return fail("config needs --print (see medlint config --help)");

  auto rules = all_rules();
  std::error_code ec;
  const auto config =
      resolve_config_and_rules(config_file, no_config, file ? fs::path(*file) : fs::current_path(ec), rules);
  if (!config) return fail(config.error());
  write_effective_config(std::cout, *config, file.value_or("."), rules);
  return kExitClean;
}

}  // namespace medlint
