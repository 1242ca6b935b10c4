// One pass for many patterns (base/pattern_set.h): which patterns occur and
// where, every match once, and refusals that say why.
#include "medlint/base/pattern_set.h"

#include <gtest/gtest.h>

namespace medlint {
namespace {

using Match = PatternSet::Match;

}  // namespace

// Readable failures: "pattern 1 at [5, 11)".
void PrintTo(const PatternSet::Match& m, std::ostream* os) {
  *os << "pattern " << m.pattern << " at [" << m.begin << ", " << m.end << ")";
}

namespace {

TEST(PatternSet, FindsEveryMatchOfEveryPatternInOrder) {
  PatternSet set;
  ASSERT_EQ(*set.add(R"(\bQ\.?D\.?\b)"), 0u);
  ASSERT_EQ(*set.add(R"(\b\d+\.0\s*mg\b)"), 1u);
  ASSERT_EQ(*set.add(R"((?i)\bcures?\b)"), 2u);
  ASSERT_TRUE(set.compile());
  // "QD." ends at D: no word boundary between the full stop and the space.
  const std::string text = "Take 5.0 mg QD. It Cures nothing; 10.0 mg QD cures less.";
  const std::vector<Match> expected = {{1, 5, 11}, {0, 12, 14}, {2, 19, 24}, {1, 34, 41}, {0, 42, 44}, {2, 45, 50}};
  EXPECT_EQ(set.find_all(text), expected);
  EXPECT_TRUE(set.find_all("Nothing to see.").empty());
}

TEST(PatternSet, OffsetsAreBytesAtCodePointBoundaries) {
  PatternSet set;
  ASSERT_TRUE(set.add("µg"));
  ASSERT_TRUE(set.add("x*"));  // matches the empty string everywhere
  ASSERT_TRUE(set.compile());
  const std::string text = "5 µg é";
  const auto matches = set.find_all(text);
  ASSERT_FALSE(matches.empty());
  for (const Match& m : matches) {
    EXPECT_LE(m.end, text.size());
    for (const std::size_t at : {m.begin, m.end}) {
      if (at < text.size()) {
        EXPECT_NE(static_cast<unsigned char>(text[at]) & 0xC0, 0x80) << at;
      }
    }
  }
  EXPECT_NE(std::find(matches.begin(), matches.end(), Match{0, 2, 5}), matches.end());
}

TEST(PatternSet, RefusalsSayWhy) {
  PatternSet set;
  const auto bad = set.add("(unclosed");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("missing )"), std::string::npos) << bad.error().message;
  const auto backref = set.add(R"((a)\1)");
  EXPECT_FALSE(backref) << "RE2 has no back-references: linear time only";
  ASSERT_TRUE(set.add("ok"));
  ASSERT_TRUE(set.compile());
  EXPECT_FALSE(set.add("late")) << "the set is compiled";
  EXPECT_EQ(set.size(), 1u);
}

TEST(PatternSet, NothingMatchesBeforeCompile) {
  PatternSet set;
  ASSERT_TRUE(set.add("a"));
  EXPECT_TRUE(set.find_all("aaa").empty());
}

}  // namespace
}  // namespace medlint
