#include "medlint/engine/scanner.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>

namespace medlint {

namespace {

bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

ContainerMatches::ContainerMatches(const PatternSet& set) : set_(set) {
  for (std::size_t p = 0; p < set.size(); ++p) {
    if (set.anchored(p)) redo_always_.push_back(p);
  }
}

void ContainerMatches::reset(const TextBlock& container) {
  const PatternSet& set = set_;
  container_ = &container;
  candidates_ = set.occurring(container.text.value);
  if (candidates_.empty() && redo_always_.empty()) {
    matches_.clear();
    return;
  }
  std::vector<std::size_t> free;
  std::set_difference(candidates_.begin(), candidates_.end(), redo_always_.begin(), redo_always_.end(),
                      std::back_inserter(free));
  matches_ = free.empty() ? std::vector<PatternSet::Match>{} : set.find_all(container.text.value, free);
  std::vector<std::size_t> all;
  std::set_union(candidates_.begin(), candidates_.end(), redo_always_.begin(), redo_always_.end(),
                 std::back_inserter(all));
  candidates_ = std::move(all);
}

std::vector<PatternSet::Match> ContainerMatches::for_sentence(const TextBlock& sentence) const {
  const std::string_view text = sentence.text.value;
  if (!container_ || container_->text.node != sentence.text.node || sentence.offset < container_->offset) {
    return set_.find_all(text);
  }
  const std::string_view whole = container_->text.value;
  const std::size_t start = sentence.offset - container_->offset;
  const std::size_t end = start + text.size();
  if (end > whole.size()) return set_.find_all(text);
  if (candidates_.empty()) return {};
  // A word character just outside the sentence would change what \b sees
  // at its edge: search the sentence itself.
  if ((start > 0 && is_word(whole[start - 1])) || (end < whole.size() && is_word(whole[end]))) {
    return set_.find_all(text, candidates_);
  }
  // A pattern whose match runs across the sentence's edge is searched in
  // the sentence itself, as are anchored ones; the others' matches inside
  // the sentence are the container's.
  std::vector<std::size_t> redo = redo_always_;
  for (const PatternSet::Match& m : matches_) {
    const bool inside = m.begin >= start && m.end <= end;
    if (!inside && m.begin < end && m.end > start) redo.push_back(m.pattern);
  }
  std::sort(redo.begin(), redo.end());
  redo.erase(std::unique(redo.begin(), redo.end()), redo.end());
  std::vector<PatternSet::Match> out = redo.empty() ? std::vector<PatternSet::Match>{} : set_.find_all(text, redo);
  for (const PatternSet::Match& m : matches_) {
    if (m.begin >= start && m.end <= end && !std::binary_search(redo.begin(), redo.end(), m.pattern)) {
      out.push_back({m.pattern, m.begin - start, m.end - start});
    }
  }
  std::sort(out.begin(), out.end(), [](const PatternSet::Match& a, const PatternSet::Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });
  return out;
}

Scanner::Scanner(std::span<const std::unique_ptr<Rule>> rules) {
  for (const auto& r : rules) {
    const auto patterns = r->scan_patterns();
    if (patterns.empty()) continue;
    const std::size_t index = rules_.size();
    rules_.push_back(r.get());
    for (std::size_t p = 0; p < patterns.size(); ++p) {
      auto& scope = scopes_[static_cast<std::size_t>(patterns[p].scope)];
      if (!scope) scope = std::make_unique<ScopeSet>();
      if (auto added = scope->set.add(patterns[p].regex); !added) {
        throw std::invalid_argument(std::string(r->meta().code) + ": pattern " + std::to_string(p + 1) + " (" +
                                    patterns[p].regex + "): " + added.error().message);
      }
      scope->owners.push_back({index, p});
      if (scope->rules.empty() || scope->rules.back() != index) scope->rules.push_back(index);
    }
  }
  for (std::size_t s = 0; s < kScopeCount; ++s) {
    if (!scopes_[s]) continue;
    if (auto compiled = scopes_[s]->set.compile(); !compiled) {
      throw std::invalid_argument("the " + std::string(scope_name(static_cast<Scope>(s))) +
                                  " patterns: " + compiled.error().message);
    }
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
  std::vector<ScanHit> mine;
  const ScopeSet* sentences = scopes_[static_cast<std::size_t>(Scope::kSentence)].get();
  std::optional<ContainerMatches> container;
  if (sentences) container.emplace(sentences->set);
  for (const TextBlock& block : article.text_blocks) {
    if (block.kind != BlockKind::kSentence && container) container->reset(block);
    for (std::size_t s = 0; s < kScopeCount; ++s) {
      const ScopeSet* scope = scopes_[s].get();
      if (!scope || !scope_covers(static_cast<Scope>(s), block.kind)) continue;
      const auto matches = scope == sentences ? container->for_sentence(block) : scope->set.find_all(block.text.value);
      for (const std::size_t r : scope->rules) {
        if (!on[r]) continue;
        mine.clear();
        for (const PatternSet::Match& m : matches) {
          const Owner& owner = scope->owners[m.pattern];
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
