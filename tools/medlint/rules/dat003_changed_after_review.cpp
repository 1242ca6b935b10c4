// DAT003 changed-after-review: an article whose status is "approved" but whose
// dates.updated is later than its approval (the date of the last "approved"
// step; dates.reviewed when the history has none): the version readers see is
// not the one the Medical Advisory Board approved.
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ChangedAfterReview final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DAT003",
        "changed-after-review",
        Severity::kError,
        "An approved article was updated after its approval.",
        {{"changed",
          "The article was updated on {updated}, {days} after its approval on {approved} ({field}), but "
          "its status is still \"approved\": the Medical Advisory Board has not approved this version. "
          "Submit it for review again (a \"submitted\" step), or correct dates.updated if the change "
          "came before the approval."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    if (!a.status.present() || a.status.value != "approved" || !a.updated.present()) return;
    const auto updated = Date::parse(a.updated.value);
    if (!updated) return;
    // The history is the record of the approval; dates.reviewed stands in when
    // it has no approved step. When both exist and differ, DAT006 reports it.
    std::optional<Date> approved;
    std::string field;
    if (const HistoryEntry* step = last_approval(a)) {
      if (step->date.present()) approved = Date::parse(step->date.value);
      field = history_step_label(*step, ctx.doc());
    } else if (a.reviewed.present()) {
      approved = Date::parse(a.reviewed.value);
      field = "dates.reviewed";
    }
    if (!approved || *updated <= *approved) return;
    ctx.report(*this, "changed", a.updated.node,
               {{"updated", updated->to_string()},
                {"days", day_count(updated->days_since_epoch() - approved->days_since_epoch())},
                {"approved", approved->to_string()},
                {"field", field}});
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat003_changed_after_review() { return std::make_unique<ChangedAfterReview>(); }

}  // namespace medlint
