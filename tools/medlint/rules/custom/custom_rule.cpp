#include "medlint/rules/custom/custom_rule.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "medlint/base/version.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

std::string_view kind_name(CustomKind k) {
  switch (k) {
    case CustomKind::kExistence: return "existence";
    case CustomKind::kSubstitution: return "substitution";
    case CustomKind::kOccurrence: return "occurrence";
    case CustomKind::kConditional: return "conditional";
  }
  return "";
}

// Text of a placeholder-free default message per kind.
std::string default_message(const CustomRuleSpec& s, std::string_view id) {
  if (id == "too-few") return "Found {count} of what this rule asks for here; it needs at least {min}.";
  if (id == "too-many") return "Found {count} of \"{match}\" here; at most {max} are allowed.";
  switch (s.kind) {
    case CustomKind::kExistence: return "\"{match}\" is not allowed here.";
    case CustomKind::kSubstitution: return "Write \"{replacement}\" instead of \"{match}\".";
    case CustomKind::kConditional: return "\"{match}\" appears without what it needs first ({then}).";
    case CustomKind::kOccurrence: break;
  }
  return "\"{match}\"";
}

class CustomRule final : public Rule {
 public:
  explicit CustomRule(CustomRuleSpec spec) : spec_(std::move(spec)) {
    summary_ = "Custom " + std::string(kind_name(spec_.kind)) + " rule in " + std::string(scope_name(spec_.scope)) +
               " scope, defined at " + spec_.origin + ".";
    help_ = spec_.link.empty() ? std::string(custom_rules_docs_url()) : spec_.link;
    const std::vector<std::string> ids = spec_.kind == CustomKind::kOccurrence
                                             ? std::vector<std::string>{"too-few", "too-many"}
                                             : std::vector<std::string>{std::string(kind_name(spec_.kind))};
    for (const std::string& id : ids)
      texts_.emplace_back(id, spec_.message.empty() ? default_message(spec_, id) : spec_.message);
    std::vector<RuleMessage> messages;
    for (const auto& [id, text] : texts_) messages.push_back({id, text});
    meta_ = RuleMeta{spec_.code,
                     spec_.name,
                     spec_.severity,
                     summary_,
                     std::move(messages),
                     false,
                     spec_.kind == CustomKind::kSubstitution,
                     help_};
    for (const CustomPattern& p : spec_.patterns) patterns_.push_back({spec_.scope, p.regex});
    if (spec_.kind == CustomKind::kConditional) {
      RE2::Options options;
      options.set_log_errors(false);
      if_ = std::make_unique<const RE2>(spec_.patterns.at(0).regex, options);
      then_ = std::make_unique<const RE2>(spec_.patterns.at(1).regex, options);
    }
  }

  const RuleMeta& meta() const override { return meta_; }
  std::span<const ScanPattern> scan_patterns() const override { return patterns_; }
  bool scans_empty_blocks() const override { return spec_.kind == CustomKind::kOccurrence; }

  void check_scan(const TextBlock& block, Scope scope, std::span<const ScanHit> hits, FileContext& ctx) const override {
    switch (spec_.kind) {
      case CustomKind::kExistence:
      case CustomKind::kSubstitution:
        for (const ScanHit& h : hits) report_hit(h, ctx);
        return;
      case CustomKind::kOccurrence:
        if (scope != Scope::kArticle) check_count(hits, &block, ctx);
        return;
      case CustomKind::kConditional:
        if (scope != Scope::kArticle) check_condition(hits, ctx);
        return;
    }
  }

  void check_scan_end(std::span<const ScanHit> hits, FileContext& ctx) const override {
    if (spec_.scope != Scope::kArticle) return;
    if (spec_.kind == CustomKind::kOccurrence) check_count(hits, nullptr, ctx);
    if (spec_.kind == CustomKind::kConditional) check_condition(hits, ctx);
  }

 private:
  CustomRuleSpec spec_;
  std::string summary_, help_;
  std::vector<std::pair<std::string, std::string>> texts_;  // message id, text
  RuleMeta meta_;
  std::vector<ScanPattern> patterns_;
  std::unique_ptr<const RE2> if_, then_;  // conditional: to read what they capture

  Finding* report_at(const ScanHit& h, std::string_view id, MessageArgs args, FileContext& ctx) const {
    args.emplace_back("match", std::string(h.text()));
    return ctx.report_text(*this, id, h.block->text.node, h.block->offset + h.begin, h.block->offset + h.end, args);
  }

  void report_hit(const ScanHit& h, FileContext& ctx) const {
    if (spec_.kind == CustomKind::kExistence) {
      report_at(h, "existence", {}, ctx);
      return;
    }
    std::string replacement = spec_.patterns[h.pattern].replacement;
    const std::string_view found = h.text();
    // "Heart attack" -> "Myocardial infarction" at the start of a sentence.
    if (!found.empty() && found[0] >= 'A' && found[0] <= 'Z' && !replacement.empty() && replacement[0] >= 'a' &&
        replacement[0] <= 'z') {
      replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
    }
    Finding* f = report_at(h, "substitution", {{"replacement", replacement}}, ctx);
    if (f) {
      f->fix.push_back(
          ctx.text_edit(h.block->text.node, h.block->offset + h.begin, h.block->offset + h.end, replacement));
    }
  }

  // `hits` in one block (or the article, block null): at least min, at most max.
  void check_count(std::span<const ScanHit> hits, const TextBlock* block, FileContext& ctx) const {
    const MessageArgs counts{{"count", std::to_string(hits.size())},
                             {"min", spec_.min ? std::to_string(*spec_.min) : ""},
                             {"max", spec_.max ? std::to_string(*spec_.max) : ""}};
    if (spec_.max && hits.size() > static_cast<std::size_t>(*spec_.max)) {
      report_at(hits[static_cast<std::size_t>(*spec_.max)], "too-many", counts, ctx);
    }
    if (!spec_.min || hits.size() >= static_cast<std::size_t>(*spec_.min)) return;
    MessageArgs args = counts;
    args.emplace_back("match", "");
    if (block) {
      ctx.report_text(*this, "too-few", block->text.node, block->offset, block->offset + block->text.value.size(),
                      args);
    } else {
      // The article lacks it: said at its title (or its root).
      const Article& a = ctx.article();
      ctx.report(*this, "too-few", a.title.present() ? a.title.node : a.root, args);
    }
  }

  // What `re` captures in its first group at the hit (the whole hit when it
  // has no group).
  static std::string captured(const RE2& re, const ScanHit& h) {
    if (re.NumberOfCapturingGroups() < 1) return std::string(h.text());
    const std::string_view text = h.block->text.value;
    re2::StringPiece groups[2];
    if (!re.Match(re2::StringPiece(text.data(), text.size()), h.begin, h.end, RE2::ANCHOR_BOTH, groups, 2)) return {};
    return std::string(groups[1].data(), groups[1].size());
  }

  // Where `if` matches, `then` must too: with capture groups, a `then` that
  // captured the same text at or before it; without, anywhere in the scope.
  void check_condition(std::span<const ScanHit> hits, FileContext& ctx) const {
    const bool paired = if_->NumberOfCapturingGroups() > 0 && then_->NumberOfCapturingGroups() > 0;
    std::vector<const ScanHit*> ifs, thens;
    for (const ScanHit& h : hits) (h.pattern == 0 ? ifs : thens).push_back(&h);
    const MessageArgs then_arg{{"then", spec_.patterns[1].regex}};
    if (!paired) {
      if (!ifs.empty() && thens.empty()) report_at(*ifs.front(), "conditional", then_arg, ctx);
      return;
    }
    std::set<std::string> reported;
    for (const ScanHit* h : ifs) {
      const std::string key = captured(*if_, *h);
      if (key.empty() || reported.count(key) ||
          std::find(spec_.exceptions.begin(), spec_.exceptions.end(), key) != spec_.exceptions.end()) {
        continue;
      }
      const bool defined = std::any_of(thens.begin(), thens.end(), [&](const ScanHit* t) {
        const bool before = t->block < h->block || (t->block == h->block && t->begin <= h->begin);
        return before && captured(*then_, *t) == key;
      });
      if (defined) continue;
      reported.insert(key);
      report_at(*h, "conditional", then_arg, ctx);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_custom_rule(CustomRuleSpec spec) { return std::make_unique<CustomRule>(std::move(spec)); }

void add_custom_rules(const Config& config, std::vector<std::unique_ptr<Rule>>& rules) {
  for (const CustomRuleSpec& spec : config.custom_rules) rules.push_back(make_custom_rule(spec));
}

std::vector<std::unique_ptr<Rule>> rules_for(const Config& config) {
  std::vector<std::unique_ptr<Rule>> rules = all_rules();
  add_custom_rules(config, rules);
  return rules;
}

std::string_view custom_rules_docs_url() {
  static const std::string url = std::string(docs_url()) + "docs/custom-rules.md";
  return url;
}

}  // namespace medlint
