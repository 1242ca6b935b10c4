// DAT004 review-overdue: more than review.maxAgeDays (default 365; per
// audience, the strictest of the article's) have passed since the article's
// last review (dates.reviewed, else its last approval), or since its last
// update when it was never reviewed.
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ReviewOverdue final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DAT004",
        "review-overdue",
        Severity::kError,
        "The last review is more than review.maxAgeDays (default 365) days old.",
        {{"overdue",
          "The last review on {date} ({field}) was {age} before today ({today}), more than the {max}-day "
          "limit{for}; the next review was due by {due}. Have the Medical Advisory Board review the "
          "article again, and record the approval and dates.reviewed."},
         {"never-reviewed",
          "The article has never been reviewed, and its last update on {date} (dates.updated) "
          "was {age} before today ({today}), more than the {max}-day limit{for}; a review was due "
          "by {due}. Submit it to the Medical Advisory Board for review."}}};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/review/maxAgeDays", "integer", "365", "Days after the last review when the next one is due."},
        {"/review/audiences", "object", "", "maxAgeDays and warningDays per audience."},
    };
    return kOptions;
  }

  void check_article(FileContext& ctx) const override {
    const Date today = ctx.run().today;
    const auto r = review_age(ctx.article(), ctx.doc(), ctx.run().config.review, today);
    if (!r || !r->overdue()) return;
    ctx.report(*this, r->clock.source == ReviewClock::Source::kNeverReviewed ? "never-reviewed" : "overdue",
               r->clock.field.node,
               {{"date", r->clock.date.to_string()},
                {"field", r->clock.label},
                {"age", day_count(r->age_days)},
                {"today", today.to_string()},
                {"max", std::to_string(r->limits.max_age_days)},
                {"for", r->limits.audience.empty() ? "" : " for " + r->limits.audience + " articles"},
                {"due", r->due.to_string()}});
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat004_review_overdue() { return std::make_unique<ReviewOverdue>(); }

}  // namespace medlint
