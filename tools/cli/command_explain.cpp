// medlint explain CODE: prints a rule's docs page (embedded at build time).
#include <algorithm>
#include <cctype>
#include <iostream>

#include "commands.h"
#include "medlint/base/embedded.h"
#include "exit_codes.h"
#include "lint_session.h"
#include "medlint/engine/context.h"
#include "medlint/report/report_text.h"
#include "medlint/rules/rules.h"

namespace medlint {

int command_explain(Args args) {
  if (args.size() != 1 || args[0].starts_with("-")) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
      std::cout
          << "Usage: medlint explain CODE|NAME\n\nPrints the documentation of a rule, e.g. `medlint explain SCH001`.\n";
      return kExitClean;
    }
    return fail("explain needs one rule code or name, e.g. `medlint explain SCH001`");
  }
  std::string wanted(args[0]);
  const auto upper = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
  };
  for (const auto& rule : all_rules()) {
    const RuleMeta& m = rule->meta();
    if (upper(wanted) != m.code && wanted != m.name) continue;
    const std::string path = "tools/medlint/rules/" + m.docs_stem() + ".md";
    const std::string_view docs = embedded_file(path);
    if (docs.empty()) return fail("no documentation for " + std::string(m.code) + " (" + path + ")");
    std::cout << docs;
    if (!docs.ends_with('\n')) std::cout << '\n';
    return kExitClean;
  }
  // A custom rule of the medlint.json above the working folder.
  std::error_code ec;
  auto rules = all_rules();  // the config is checked against them; its custom rules follow
  if (const auto config = resolve_config_and_rules(std::nullopt, false, std::filesystem::current_path(ec), rules);
      !config) {
    return fail(config.error());
  }
  for (const auto& rule : rules) {
    const RuleMeta& m = rule->meta();
    if (upper(wanted) != m.code && wanted != m.name) continue;
    std::cout << "# " << m.code << " " << m.name << "\n\n"
              << report::printable(m.summary) << "\n\nDefault severity: " << severity_name(m.default_severity)
              << "\n\nMessage: " << report::printable(m.messages.front().text)
              << "\n\nDocs: " << report::printable(rule_help_uri(m)) << "\n";
    return kExitClean;
  }
  return fail("unknown rule '" + wanted + "' (run `medlint rules` for the list)");
}

}  // namespace medlint
