// The text scan of the walk: every pattern the rules ask for, one PatternSet
// (RE2::Set) per scope, so an article's blocks are scanned once per scope
// whatever the number of rules (engine/scope_matches.h); the hits go to the
// rules that own the patterns.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <vector>

#include "medlint/base/pattern_set.h"
#include "medlint/engine/rule.h"
#include "medlint/engine/scan.h"

namespace medlint {

class FileContext;

class Scanner {
 public:
  // Compiles the patterns of `rules` (which must outlive the scanner). A
  // pattern RE2 refuses is a mistake of the rule that gave it: custom rules'
  // patterns are checked, with their place in the file, when the config is
  // loaded; throws std::invalid_argument naming the rule.
  explicit Scanner(std::span<const std::unique_ptr<Rule>> rules);

  // Scans the article's blocks and calls check_scan and check_scan_end of
  // the rules in `active` that asked for patterns.
  void scan(const Article& article, std::span<const Rule* const> active, FileContext& ctx) const;

  bool empty() const { return rules_.empty(); }

 private:
  struct Owner {
    std::size_t rule;     // index into rules_
    std::size_t pattern;  // index into that rule's scan_patterns()
  };
  struct ScopeSet {
    std::shared_ptr<const PatternSet> set;  // shared by scopes with the same patterns
    std::vector<Owner> owners;              // by the set's pattern index
    std::vector<std::size_t> rules;         // indices into rules_ with patterns here, ascending
  };
  std::vector<const Rule*> rules_;  // the rules with patterns, in the order given
  std::array<std::unique_ptr<ScopeSet>, kScopeCount> scopes_;
};

}  // namespace medlint
