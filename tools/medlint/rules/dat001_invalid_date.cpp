// DAT001 invalid-date: a date of the article written YYYY-MM-DD that names no
// calendar day (2025-02-30, 2023-02-29, 2025-13-01). Values of any other shape
// fail the article schema's date pattern and are SCH001's, so no value is
// reported twice.
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

class InvalidDate final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DAT001",
        "invalid-date",
        Severity::kError,
        "A date of the article is written YYYY-MM-DD but is not a calendar date.",
        {{"bad-month",
          "The date \"{value}\" ({field}) is not a calendar date: there is no month {month}. Write "
          "the real date as YYYY-MM-DD."},
         {"bad-day",
          "The date \"{value}\" ({field}) is not a calendar date: {month_name} {year} has {days} days. "
          "Write the real date as YYYY-MM-DD."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    for (const ArticleDate& d : article_dates(ctx.article(), ctx.doc())) {
      if (d.date || !has_date_shape(d.field.value)) continue;
      const std::string_view v = d.field.value;
      const int year = std::stoi(std::string(v.substr(0, 4)));
      const int month = std::stoi(std::string(v.substr(5, 2)));
      if (month < 1 || month > 12) {
        ctx.report(*this, "bad-month", d.field.node,
                   {{"value", std::string(v)}, {"field", d.label}, {"month", std::string(v.substr(5, 2))}});
      } else {
        ctx.report(*this, "bad-day", d.field.node,
                   {{"value", std::string(v)},
                    {"field", d.label},
                    {"month_name", kMonthNames[month - 1]},
                    {"year", std::string(v.substr(0, 4))},
                    {"days", std::to_string(days_in_month(year, month))}});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat001_invalid_date() { return std::make_unique<InvalidDate>(); }

}  // namespace medlint
