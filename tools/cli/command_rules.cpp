// medlint rules: lists every rule with its code, name, default severity and summary.
#include <iomanip>
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "rules/rules.h"

namespace medlint {

int command_rules(Args args) {
  if (!args.empty()) {
    if (args[0] == "--help" || args[0] == "-h") {
      std::cout << "Usage: medlint rules\n\nLists every rule: code, name, default severity, summary.\n";
      return kExitClean;
    }
    return fail("rules takes no arguments");
  }
  for (const auto& rule : all_rules()) {
    const RuleMeta& m = rule->meta();
    std::cout << std::left << std::setw(8) << m.code << std::setw(22) << m.name << std::setw(9)
              << severity_name(m.default_severity) << m.summary << "\n";
  }
  return kExitClean;
}

}  // namespace medlint
