// REV004 self-approval: an author may not approve their own article (the
// four-eyes principle).
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class SelfApproval final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"REV004",
                            "self-approval",
                            Severity::kError,
                            "An author of the article approved it.",
                            {{"self",
                              "\"{person}\" approved this article on {date} but is one of its authors. Another Medical "
                              "Advisory Board member must approve it (four-eyes principle)."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    for (const HistoryEntry& step : a.history) {
      if (!step.status.present() || step.status.value != "approved" || !step.by.present()) continue;
      for (const StringField& author : a.authors) {
        if (author.value != step.by.value) continue;
        ctx.report(*this, "self", step.by.node,
                   {{"person", std::string(step.by.value)},
                    {"date", step.date.present() ? std::string(step.date.value) : "an unrecorded date"}});
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev004_self_approval() { return std::make_unique<SelfApproval>(); }

}  // namespace medlint
