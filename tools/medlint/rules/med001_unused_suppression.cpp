// MED001 unused-suppression: an entry of "medlint": {"ignore": [...]} that
// silences nothing. The engine applies suppressions (linter.cpp) and hands
// each entry with what it silenced to this rule's check_suppressions, so a
// stale ignore cannot hide the next real problem at that place.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnusedSuppression final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "MED001",
        "unused-suppression",
        Severity::kWarning,
        "A suppression in \"medlint\": {\"ignore\": [...]} silences no finding.",
        {{"unused",
          "This suppression of {rule}{where} silences nothing: the finding it was written for is gone "
          "(or the rule or place is misspelt). Remove it."},
         {"always-on",
          "{rule}{where} cannot be suppressed: its findings mean the file could not be fully checked "
          "(invalid JSON, a bad encoding, a duplicate key, a file too large). Fix the file and remove "
          "this entry."}}};
    return m;
  }

  void check_suppressions(std::span<const SuppressionUse> uses, FileContext& ctx) const override {
    for (const SuppressionUse& u : uses) {
      if (u.matched > 0) continue;
      ctx.report(*this, u.names_always_on ? "always-on" : "unused", u.entry,
                 {{"rule", std::string(u.rule)}, {"where", u.at.empty() ? "" : " at " + std::string(u.at)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_med001_unused_suppression() { return std::make_unique<UnusedSuppression>(); }

}  // namespace medlint
