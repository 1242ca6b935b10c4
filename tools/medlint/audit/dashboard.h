// index.html, the board's dashboard, and rules/<CODE>.html, the page of each
// rule that fired.
#pragma once

#include <span>
#include <string>

#include "medlint/audit/corpus.h"

namespace medlint::audit {

std::string dashboard_page(const Corpus& c);

// A finding of a rule and its number on its file's page (the row #f-N).
struct RuleHit {
  const Finding* finding;
  std::size_t number;
};

// Where the rule fired, one row per file (its first findings, with links
// into the file's page), then the rule's docs. `hits` are sorted by file.
std::string rule_page(const Corpus& c, const RuleMeta& rule, std::span<const RuleHit> hits);

}  // namespace medlint::audit
