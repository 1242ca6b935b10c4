#include "medlint/base/result.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace medlint {
namespace {

Result<int> half(int n) {
  if (n % 2 != 0) return Error{std::to_string(n) + " is odd"};
  return n / 2;
}

Result<void> even(int n) {
  if (auto h = half(n); !h) return h.error();
  return {};
}

TEST(Result, HoldsAValueOrAnError) {
  const auto four = half(8);
  ASSERT_TRUE(four);
  EXPECT_EQ(*four, 4);
  const auto odd = half(3);
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().message, "3 is odd");
  EXPECT_THROW((void)odd.value(), std::bad_variant_access);
}

TEST(Result, VoidCarriesOnlyTheError) {
  EXPECT_TRUE(even(2));
  const auto odd = even(5);
  ASSERT_FALSE(odd);
  EXPECT_EQ(odd.error().message, "5 is odd");
  EXPECT_THROW((void)even(2).error(), std::bad_optional_access);
}

TEST(Result, MovesOnlyValuesOut) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r);
  const std::unique_ptr<int> taken = std::move(r).value();
  EXPECT_EQ(*taken, 7);
  Result<std::string> text = "converted";
  EXPECT_EQ(text->size(), 9u);
}

}  // namespace
}  // namespace medlint
