// Calendar dates, and "today": every date-dependent check reads today from
// RunContext::today, which the CLI sets once from --today or utc_today().
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace medlint {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // Strict YYYY-MM-DD that names a real calendar day (2023-02-29 does not).
  static std::optional<Date> parse(std::string_view s);
  std::string to_string() const;
  // Days since 1970-01-01 (proleptic Gregorian).
  long days_since_epoch() const;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// Today's date in UTC, from the system clock.
Date utc_today();

}  // namespace medlint
