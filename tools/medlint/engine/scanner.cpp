#include "medlint/engine/scanner.h"

#include <algorithm>
#include <map>
#include <span>
#include <stdexcept>
#include <string>

#include "medlint/engine/scope_matches.h"

namespace medlint {

Scanner::Scanner(std::span<const std::unique_ptr<Rule>> rules) {
  // Each scope's patterns and their owners, then one set per scope; a
  // pattern several scopes ask for (the language rules ask in three) is
  // compiled once, and scopes asking for the same list share one set.
  std::array<std::vector<std::string>, kScopeCount> regex;
  for (const auto& r : rules) {
    const auto patterns = r->scan_patterns();
    if (patterns.empty()) continue;
    const std::size_t index = rules_.size();
    rules_.push_back(r.get());
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      const auto s = static_cast<std::size_t>(patterns[p].scope);
      auto& scope = scopes_[s];
      if (!scope) scope = std::make_unique<ScopeSet>();
      regex[s].push_back(patterns[p].regex);
      scope->owners.push_back({index, p});
      if (scope->rules.empty() || scope->rules.back() != index) scope->rules.push_back(index);
    }
  }
  std::map<std::string, std::shared_ptr<const RE2>, std::less<>> compiled;
  for (std::size_t s = 0; s < kScopeCount; ++s) {
    if (!scopes_[s]) continue;
    for (std::size_t t = 0; t < s && !scopes_[s]->set; ++t) {
      if (scopes_[t] && regex[t] == regex[s]) scopes_[s]->set = scopes_[t]->set;
    }
    if (scopes_[s]->set) continue;
    auto set = std::make_shared<PatternSet>();
    for (std::size_t i = 0; i < regex[s].size(); ++i) {
      const auto refuse = [&](const Error& error) {
        const Owner& owner = scopes_[s]->owners[i];
        throw std::invalid_argument(std::string(rules_[owner.rule]->meta().code) + ": pattern " +
                                    std::to_string(owner.pattern + 1) + " (" + regex[s][i] + "): " + error.message);
      };
      auto& re = compiled[regex[s][i]];
      if (!re) {
        auto one = PatternSet::compile_one(regex[s][i]);
        if (!one) refuse(one.error());
        re = *one;
      }
      if (auto added = set->add(re); !added) refuse(added.error());
    }
    if (auto done = set->compile(); !done) {
      throw std::invalid_argument("the " + std::string(scope_name(static_cast<Scope>(s))) +
                                  " patterns: " + done.error().message);
    }
    scopes_[s]->set = std::move(set);
  }
}

void Scanner::scan(const Article& article, std::span<const Rule* const> active, FileContext& ctx) const {
  if (rules_.empty()) return;
  std::vector<char> on(rules_.size(), 0);
  bool any = false;
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    on[i] = std::find(active.begin(), active.end(), rules_[i]) != active.end() ? 1 : 0;
    any = any || on[i];
  }
  if (!any) return;
  std::vector<std::vector<ScanHit>> all(rules_.size());  // every hit of each rule, in document order
  // A scope none of whose blocks has a match is skipped, unless a rule
  // counts in it: most articles cost one set scan per scope and no more.
  std::array<std::unique_ptr<ScopeMatches>, kScopeCount> found;
  for (std::size_t s = 0; s < kScopeCount; ++s) {
    const ScopeSet* scope = scopes_[s].get();
    if (!scope) continue;
    bool asked = false, counts = false;
    for (const std::size_t r : scope->rules) {
      asked = asked || on[r];
      counts = counts || (on[r] && rules_[r]->scans_empty_blocks());
    }
    if (!asked) continue;
    found[s] = std::make_unique<ScopeMatches>(*scope->set, static_cast<Scope>(s), article);
    if (found[s]->none() && !counts) found[s].reset();
  }
  std::vector<ScanHit> mine;
  const bool walk = std::any_of(found.begin(), found.end(), [](const auto& f) { return f != nullptr; });
  for (const TextBlock& block : walk ? std::span<const TextBlock>(article.text_blocks) : std::span<const TextBlock>{}) {
    for (std::size_t s = 0; s < kScopeCount; ++s) {
      if (!found[s] || !scope_covers(static_cast<Scope>(s), block.kind)) continue;
      const ScopeSet& scope = *scopes_[s];
      const auto matches = found[s]->in(block);
      for (const std::size_t r : scope.rules) {
        if (!on[r]) continue;
        mine.clear();
        for (const PatternSet::Match& m : matches) {
          const Owner& owner = scope.owners[m.pattern];
          if (owner.rule == r) mine.push_back({&block, owner.pattern, m.begin, m.end});
        }
        if (mine.empty() && !rules_[r]->scans_empty_blocks()) continue;
        rules_[r]->check_scan(block, static_cast<Scope>(s), mine, ctx);
        all[r].insert(all[r].end(), mine.begin(), mine.end());
      }
    }
  }
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    if (on[r]) rules_[r]->check_scan_end(all[r], ctx);
  }
}

}  // namespace medlint
