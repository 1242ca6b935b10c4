// The rules: a factory per entry of rule_list.h, and the list itself.
#pragma once

#include <memory>
#include <vector>

#include "medlint/engine/rule.h"
#include "medlint/rules/rule_list.h"

namespace medlint {

#define MEDLINT_DECLARE_RULE(code, name) std::unique_ptr<Rule> make_##code##_##name();
MEDLINT_RULE_LIST(MEDLINT_DECLARE_RULE)
#undef MEDLINT_DECLARE_RULE

// Every rule, sorted by code. The rule set is built once per run and shared.
std::vector<std::unique_ptr<Rule>> all_rules();

}  // namespace medlint
