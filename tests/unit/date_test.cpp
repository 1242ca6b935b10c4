#include "medlint/base/date.h"

#include <gtest/gtest.h>

namespace medlint {
namespace {

TEST(Date, ParsesRealCalendarDaysOnly) {
  EXPECT_EQ(Date::parse("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("2025-02-30"));
  EXPECT_FALSE(Date::parse("2025-13-01"));
  EXPECT_FALSE(Date::parse("2025-5-05"));
  EXPECT_FALSE(Date::parse("May 5, 2025"));
  EXPECT_FALSE(Date::parse("2025-05-05T00:00"));
}

TEST(Date, OrdersAndCountsDays) {
  const Date a{2025, 5, 5};
  const Date b{2026, 11, 24};
  EXPECT_LT(a, b);
  EXPECT_EQ(b.days_since_epoch() - a.days_since_epoch(), 568);
  EXPECT_EQ(b.to_string(), "2026-11-24");
}

}  // namespace
}  // namespace medlint
