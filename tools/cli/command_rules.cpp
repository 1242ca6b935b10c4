// medlint rules: lists every rule with its code, name, default severity and summary.
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/report/report_text.h"
#include "medlint/rules/rules.h"

namespace medlint {

int command_rules(Args args) {
  if (!args.empty()) {
    if (args[0] == "--help" || args[0] == "-h") {
      std::cout << "Usage: medlint rules\n\nLists every rule: code, name, default severity, summary; then the custom "
                   "rules of the medlint.json above the working folder.\n";
      return kExitClean;
    }
    return fail("rules takes no arguments");
  }
  auto rules = all_rules();
  // And the custom rules of the medlint.json above the working folder.
  std::error_code ec;
  if (const auto config = resolve_config_and_rules(std::nullopt, false, std::filesystem::current_path(ec), rules);
      !config) {
    std::cerr << "medlint: warning: the custom rules are not listed: " << report::printable(config.error().message)
              << "\n";
  }
  std::size_t code_width = 0;
  std::size_t name_width = 0;
  for (const auto& rule : rules) {
    code_width = std::max(code_width, rule->meta().code.size());
    name_width = std::max(name_width, rule->meta().name.size());
  }
  for (const auto& rule : rules) {
    const RuleMeta& m = rule->meta();
    std::cout << std::left << std::setw(static_cast<int>(code_width + 2)) << m.code
              << std::setw(static_cast<int>(name_width + 2)) << m.name << std::setw(9)
              << severity_name(m.default_severity) << report::printable(m.summary) << "\n";
  }
  return kExitClean;
}

}  // namespace medlint
