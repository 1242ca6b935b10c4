// DAT005 review-due-soon: the article's review falls due (DAT004) within
// review.warningDays (default 30) days.
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ReviewDueSoon final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DAT005",
        "review-due-soon",
        Severity::kWarning,
        "The next review falls due within review.warningDays (default 30) days.",
        {{"due-soon",
          "The last review on {date} ({field}) was {age} before today ({today}); the next review is "
          "due by {due}, {in}, under the {max}-day limit{for}. Schedule it with the Medical Advisory "
          "Board."},
         {"never-reviewed",
          "The article has never been reviewed, and its last update on {date} (dates.updated) "
          "was {age} before today ({today}); a review is due by {due}, {in}, under the {max}-day "
          "limit{for}. Submit it to the Medical Advisory Board for review."}}};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/review/warningDays", "integer", "30", "Days before the due date when the warning starts; 0 turns it off."},
        {"/review/maxAgeDays", "integer", "365", "Days after the last review when the next one is due."},
    };
    return kOptions;
  }

  void check_article(FileContext& ctx) const override {
    const Date today = ctx.run().today;
    const auto r = review_age(ctx.article(), ctx.doc(), ctx.run().config.review, today);
    if (!r || !r->due_soon() || r->age_days < 0) return;
    const long left = r->limits.max_age_days - r->age_days;
    ctx.report(*this, r->clock.source == ReviewClock::Source::kNeverReviewed ? "never-reviewed" : "due-soon",
               r->clock.field.node,
               {{"date", r->clock.date.to_string()},
                {"field", r->clock.label},
                {"age", day_count(r->age_days)},
                {"today", today.to_string()},
                {"due", r->due.to_string()},
                {"in", left == 0 ? "today" : "in " + day_count(left)},
                {"max", std::to_string(r->limits.max_age_days)},
                {"for", r->limits.audience.empty() ? "" : " for " + r->limits.audience + " articles"}});
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat005_review_due_soon() { return std::make_unique<ReviewDueSoon>(); }

}  // namespace medlint
