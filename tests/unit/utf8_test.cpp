#include "medlint/base/utf8.h"

#include <gtest/gtest.h>

namespace medlint {
namespace {

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(find_invalid_utf8("plain ASCII"));
  EXPECT_FALSE(
      find_invalid_utf8("38 \xC2\xB0"
                        "C, \xE2\x80\x93, \xF0\x9F\x92\x8A"));  // °, en dash, pill emoji
}

TEST(Utf8, PointsAtTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("caf\xE9 au lait"), 3u);    // Latin-1 é
  EXPECT_EQ(find_invalid_utf8("ab\x80"), 2u);             // stray continuation byte
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF"), 0u);           // overlong "/"
  EXPECT_EQ(find_invalid_utf8("x\xED\xA0\x80"), 1u);      // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x80"), 2u);         // truncated at the end
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("38\xC2\xB0"
                              "C"),
            4u);
  EXPECT_EQ(count_code_points("\xF0\x9F\x92\x8A!"), 2u);
}

}  // namespace
}  // namespace medlint
