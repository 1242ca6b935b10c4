#include "medlint/engine/article_dates.h"
#include "medlint/base/words.h"

#include <algorithm>
#include <chrono>

namespace medlint {

std::size_t history_step_number(const HistoryEntry& step, const JsonDocument& doc) {
  return doc.node(step.node).index + 1;
}

std::string history_step_label(const HistoryEntry& step, const JsonDocument& doc) {
  std::string label = "history step " + std::to_string(history_step_number(step, doc));
  if (step.status.present()) label += ", \"" + std::string(step.status.value) + "\"";
  return label;
}

std::vector<ArticleDate> article_dates(const Article& article, const JsonDocument& doc) {
  std::vector<ArticleDate> out;
  const auto add = [&](const StringField& field, std::string label, int step) {
    if (!field.present()) return;  // absent, or not a string (SCH001's)
    out.push_back({field, std::move(label), Date::parse(field.value), step});
  };
  add(article.created, "dates.created", -1);
  add(article.updated, "dates.updated", -1);
  add(article.reviewed, "dates.reviewed", -1);
  for (std::size_t i = 0; i < article.history.size(); ++i) {
    add(article.history[i].date, history_step_label(article.history[i], doc), static_cast<int>(i));
  }
  return out;
}

bool has_date_shape(std::string_view s) {
  if (s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool digit = s[i] >= '0' && s[i] <= '9';
    if (i == 4 || i == 7 ? s[i] != '-' : !digit) return false;
  }
  return true;
}

const HistoryEntry* last_approval(const Article& article) {
  for (auto it = article.history.rbegin(); it != article.history.rend(); ++it) {
    if (it->status.present() && it->status.value == "approved") return &*it;
  }
  return nullptr;
}

std::optional<ReviewClock> review_clock(const Article& article, const JsonDocument& doc) {
  if (article.reviewed.present()) {
    if (const auto d = Date::parse(article.reviewed.value)) {
      return ReviewClock{ReviewClock::Source::kReviewed, article.reviewed, "dates.reviewed", *d};
    }
  }
  const HistoryEntry* approval = last_approval(article);
  if (approval && approval->date.present()) {
    if (const auto d = Date::parse(approval->date.value)) {
      return ReviewClock{ReviewClock::Source::kApproval, approval->date, history_step_label(*approval, doc), *d};
    }
  }
  // Reviewed, but on a date that cannot be read: nothing to count from.
  if (article.reviewed.present() || approval) return std::nullopt;
  if (article.updated.present()) {
    if (const auto d = Date::parse(article.updated.value)) {
      return ReviewClock{ReviewClock::Source::kNeverReviewed, article.updated, "dates.updated", *d};
    }
  }
  return std::nullopt;
}

AppliedReviewLimits applied_review_limits(const Article& article, const ReviewConfig& config) {
  const auto limits_of = [&](std::string_view audience) -> std::pair<const ReviewLimits*, bool> {
    const auto it = config.audiences.find(audience);
    return it == config.audiences.end() ? std::pair{&config.limits, false} : std::pair{&it->second, true};
  };
  AppliedReviewLimits applied;
  applied.max_age_days = config.limits.max_age_days;
  applied.warn_after_days = config.limits.max_age_days - config.limits.warning_days;
  bool first = true;
  for (const StringField& a : article.audiences) {
    const auto [limits, own] = limits_of(a.value);
    const int warn_after = limits->max_age_days - limits->warning_days;
    if (first || limits->max_age_days < applied.max_age_days) {
      applied.max_age_days = limits->max_age_days;
      applied.audience = own ? std::string(a.value) : std::string();
    }
    applied.warn_after_days = first ? warn_after : std::min(applied.warn_after_days, warn_after);
    first = false;
  }
  return applied;
}

std::optional<ReviewAge> review_age(const Article& article, const JsonDocument& doc, const ReviewConfig& config,
                                    const Date& today) {
  std::optional<ReviewClock> clock = review_clock(article, doc);
  if (!clock) return std::nullopt;
  ReviewAge r{std::move(*clock), applied_review_limits(article, config), 0, {}};
  r.age_days = today.days_since_epoch() - r.clock.date.days_since_epoch();
  r.due = add_days(r.clock.date, r.limits.max_age_days);
  return r;
}

Date add_days(const Date& date, long days) {
  const std::chrono::sys_days day{std::chrono::days{date.days_since_epoch() + days}};
  const std::chrono::year_month_day ymd{day};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::string day_count(long days) { return count_of(days, "day"); }

}  // namespace medlint
