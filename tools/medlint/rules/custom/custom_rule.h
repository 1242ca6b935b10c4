// A content team's own rules (medlint.json "customRules" and style files,
// docs/custom-rules.md) as rules of the run: their patterns go into the same
// per-scope RE2::Set as the language rules', and each judges its hits.
#pragma once

#include <memory>
#include <vector>

#include "medlint/engine/config.h"
#include "medlint/engine/rule.h"

namespace medlint {

std::unique_ptr<Rule> make_custom_rule(CustomRuleSpec spec);

// The config's custom rules, added after `rules`.
void add_custom_rules(const Config& config, std::vector<std::unique_ptr<Rule>>& rules);
// Every bundled rule (all_rules()), then the config's custom rules.
std::vector<std::unique_ptr<Rule>> rules_for(const Config& config);

// The docs page of custom rules, the help link of one without its own.
std::string_view custom_rules_docs_url();

}  // namespace medlint
