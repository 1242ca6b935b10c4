// REV002 invalid-transition: a history step the review workflow forbids
// (tools/medlint/data/review_workflow.json).
#include "medlint/engine/context.h"
#include "medlint/model/review_workflow.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class InvalidTransition final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "REV002",
        "invalid-transition",
        Severity::kError,
        "A review history step that the workflow does not allow (e.g. submitted -> approved).",
        {{"transition",
          "\"{from}\" cannot be followed by \"{to}\": after \"{from}\" the workflow allows {allowed}. "
          "Record the missing steps, or correct this one."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const ReviewWorkflow& wf = ReviewWorkflow::get();
    const std::vector<HistoryEntry>& h = ctx.article().history;
    for (std::size_t i = 1; i < h.size(); ++i) {
      const StringField& from = h[i - 1].status;
      const StringField& to = h[i].status;
      // Unknown states are SCH001's (the schema's enum).
      if (!from.present() || !to.present() || !wf.state(from.value) || !wf.state(to.value)) continue;
      if (!wf.allows(from.value, to.value)) {
        ctx.report(*this, "transition", to.node,
                   {{"from", std::string(from.value)},
                    {"to", std::string(to.value)},
                    {"allowed", wf.describe_next(from.value)}});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev002_invalid_transition() { return std::make_unique<InvalidTransition>(); }

}  // namespace medlint
