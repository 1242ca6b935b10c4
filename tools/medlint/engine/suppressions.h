// The inline-suppression post-pass. After the rules have run on an article,
// each entry of its `medlint.ignore` (rule code or category, optional JSON
// Pointer, reason) removes the findings it names, except those of always-on
// rules (the file was not fully checked). Then every entry, with what it
// silenced, goes to the rules' check_suppressions hook, where MED001 reports
// the entries that silenced nothing. The engine knows no rule by name.
#pragma once

#include <memory>
#include <span>
#include <vector>

#include "medlint/engine/context.h"
#include "medlint/engine/lint_result.h"
#include "medlint/engine/rule.h"

namespace medlint {

// Applies the entries to ctx.findings(); returns them with their counts.
// `rules`: all of them (to know the always-on ones); `active`: those
// enabled for this file, whose hook runs.
std::vector<Suppression> apply_suppressions(FileContext& ctx, std::span<const std::unique_ptr<Rule>> rules,
                                            std::span<const Rule* const> active);

}  // namespace medlint
