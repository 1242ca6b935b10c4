// DAT002 future-date: a date of the article after today (RunContext::today,
// from --today or the clock in UTC).
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class FutureDate final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DAT002",
        "future-date",
        Severity::kError,
        "A date of the article is after today.",
        {{"future",
          "The date {date} ({field}) is {days} after today ({today}). A date records something that has "
          "happened: correct it (a typo, or a date planned ahead?), or add it once the event has taken "
          "place."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Date today = ctx.run().today;
    for (const ArticleDate& d : article_dates(ctx.article(), ctx.doc())) {
      if (!d.date || *d.date <= today) continue;
      ctx.report(*this, "future", d.field.node,
                 {{"date", d.date->to_string()},
                  {"field", d.label},
                  {"days", day_count(d.date->days_since_epoch() - today.days_since_epoch())},
                  {"today", today.to_string()}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat002_future_date() { return std::make_unique<FutureDate>(); }

}  // namespace medlint
