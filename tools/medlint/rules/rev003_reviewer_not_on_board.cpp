// REV003 reviewer-not-on-board: the person behind a review step (under
// review, changes requested, approved) must sit on the Medical Advisory Board
// on that step's date.
#include "medlint/engine/context.h"
#include "medlint/model/review_workflow.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ReviewerNotOnBoard final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "REV003",
        "reviewer-not-on-board",
        Severity::kError,
        "A review step was taken by someone who is not on the Medical Advisory Board on that date.",
        {{"unknown",
          "\"{person}\" recorded the \"{status}\" step but is not in the people registry ({registry}). "
          "Only Medical Advisory Board members may review; add them to the registry or correct the id."},
         {"no-registry",
          "\"{person}\" recorded the \"{status}\" step, but no people registry was found "
          "(registry/people.json beside the articles/ folder, or \"registry\" in medlint.json), so "
          "board membership cannot be checked."},
         {"not-board",
          "{name} (\"{person}\") recorded the \"{status}\" step on {date} but {membership}. Only "
          "Medical Advisory Board members may review; have a board member take this step."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const ReviewWorkflow& wf = ReviewWorkflow::get();
    const Registry& reg = ctx.registry();
    for (const HistoryEntry& step : ctx.article().history) {
      const ReviewWorkflow::State* state = step.status.present() ? wf.state(step.status.value) : nullptr;
      if (!state || !state->board || !step.by.present()) continue;
      const std::string person(step.by.value);
      const std::string status(step.status.value);
      if (reg.people_file.empty()) {
        ctx.report(*this, "no-registry", step.by.node, {{"person", person}, {"status", status}});
        continue;
      }
      if (!reg.people_loaded) continue;  // the registry file reports its own errors
      const Person* p = reg.person(step.by.value);
      if (!p) {
        ctx.report(*this, "unknown", step.by.node,
                   {{"person", person}, {"status", status}, {"registry", reg.people_file}});
        continue;
      }
      const auto day = step.date.present() ? Date::parse(step.date.value) : std::nullopt;
      if (!day || p->on_board(*day)) continue;  // an invalid date is DAT001's
      ctx.report(*this, "not-board", step.by.node,
                 {{"name", p->name},
                  {"person", person},
                  {"status", status},
                  {"date", day->to_string()},
                  {"membership", membership(*p)}});
    }
  }

 private:
  static std::string membership(const Person& p) {
    if (!p.board || !p.board_from) return "has never been a board member";
    std::string out = "was on the board only from " + p.board_from->to_string();
    if (p.board_to) out += " to " + p.board_to->to_string();
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev003_reviewer_not_on_board() { return std::make_unique<ReviewerNotOnBoard>(); }

}  // namespace medlint
