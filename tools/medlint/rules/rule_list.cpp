// all_rules(): one rule per entry of rule_list.h, in its order.
#include "medlint/rules/rules.h"

namespace medlint {

std::vector<std::unique_ptr<Rule>> all_rules() {
  std::vector<std::unique_ptr<Rule>> rules;
#define MEDLINT_MAKE_RULE(code, name) rules.push_back(make_##code##_##name());
  MEDLINT_RULE_LIST(MEDLINT_MAKE_RULE)
#undef MEDLINT_MAKE_RULE
  return rules;
}

}  // namespace medlint
