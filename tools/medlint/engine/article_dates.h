// The dates of an article as the DAT rules read them: every date value with a
// name for messages, the last approval, the last review, and the review
// limits of the article's audiences. Today is RunContext::today, never read
// here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/engine/config.h"
#include "medlint/base/date.h"
#include "medlint/load/json_document.h"

namespace medlint {

// One date value of an article.
struct ArticleDate {
  StringField field;         // the string value (always present)
  std::string label;         // "dates.updated", "history step 3, \"approved\""
  std::optional<Date> date;  // none when it is not a calendar date
  int step = -1;             // index into Article::history for a history date, else -1
};

// Every date of the article that is a string, in document order of the
// model: dates.created, dates.updated, dates.reviewed, then each
// review.history[].date. Values of another JSON type are SCH001's.
std::vector<ArticleDate> article_dates(const Article& article, const JsonDocument& doc);

// The 1-based position of a step in the review.history array.
std::size_t history_step_number(const HistoryEntry& step, const JsonDocument& doc);
// "history step 3, \"approved\"": the step's number, and its status when it
// has one.
std::string history_step_label(const HistoryEntry& step, const JsonDocument& doc);

// True for text of the form the article schema's date pattern accepts:
// four digits, '-', two digits, '-', two digits.
bool has_date_shape(std::string_view s);

// The last step of the history whose status is "approved", or null.
const HistoryEntry* last_approval(const Article& article);

// The date the review clock of DAT004/DAT005 starts from.
struct ReviewClock {
  enum class Source { kReviewed, kApproval, kNeverReviewed };
  Source source;
  StringField field;  // dates.reviewed, the approval step's date, or dates.updated
  std::string label;  // as ArticleDate::label
  Date date;
};

// dates.reviewed if it is a calendar date, else the date of the last
// "approved" step if it is one; an article with neither dates.reviewed nor an
// approved step was never reviewed and counts from dates.updated. None when
// the date to count from is missing or not a calendar date (SCH001, DAT001).
std::optional<ReviewClock> review_clock(const Article& article, const JsonDocument& doc);

// The review limits of an article: each audience's (its entry in the config,
// else the top-level limits; the top-level ones when the article names no
// audience), and the strictest outcome wins: the review is due after the
// smallest maxAgeDays, and the warning starts at the earliest day any audience
// would start it.
struct AppliedReviewLimits {
  int max_age_days = 365;
  int warn_after_days = 335;  // DAT005 when max_age_days >= age > warn_after_days
  std::string audience;       // the audience whose own entry set max_age_days; empty for the top level
};
AppliedReviewLimits applied_review_limits(const Article& article, const ReviewConfig& config);

// Where an article stands against its review limits on `today`: none when
// there is no date to count from (see review_clock).
struct ReviewAge {
  ReviewClock clock;
  AppliedReviewLimits limits;
  long age_days = 0;  // today - clock.date; negative for a future date (DAT002)
  Date due;           // clock.date + limits.max_age_days
  bool overdue() const { return age_days > limits.max_age_days; }
  bool due_soon() const { return !overdue() && age_days > limits.warn_after_days; }
};
std::optional<ReviewAge> review_age(const Article& article, const JsonDocument& doc, const ReviewConfig& config,
                                    const Date& today);

// `days` after `date`.
Date add_days(const Date& date, long days);
// "1 day", "12 days".
std::string day_count(long days);

}  // namespace medlint
