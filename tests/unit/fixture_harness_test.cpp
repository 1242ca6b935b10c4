// The fixture harness itself: an expectation comment that does not parse
// fails the fixture, wherever it is, instead of being dropped.
#include <gtest/gtest.h>

#include "fixture.h"

namespace medlint::testing {
namespace {

TEST(FixtureHarness, ReadsExpectations) {
  const Fixture f =
      parse_fixture("{\"a\": 1,  // expect SCH001 2-5 \"Unknown \\\"a\\\"\"  // expect CIT001 1-3\n}", "t");
  EXPECT_TRUE(f.error.empty()) << f.error;
  ASSERT_EQ(f.expected.size(), 2u);
  EXPECT_EQ(f.expected[0].message_part, "Unknown \"a\"");
  EXPECT_EQ(f.expected[1].code, "CIT001");
  EXPECT_EQ(f.json, "{\"a\": 1,\n}");
}

TEST(FixtureHarness, AMalformedExpectationFailsEvenBesideValidOnes) {
  const std::string valid = "{\"a\": 1,  // expect SCH001 2-5\n";
  for (const char* bad : {"// expect cit004 3-6", "// expect CIT004 three-six", "// expect CIT004 3-6 \"unterminated",
                          "// expect CIT004 3-6 trailing words", "// expect"}) {
    const Fixture f = parse_fixture(valid + "\"b\": 2  " + bad + "\n}", "t");
    EXPECT_FALSE(f.error.empty()) << bad;
  }
}

TEST(FixtureHarness, OtherCommentsAreIgnored) {
  const Fixture f = parse_fixture("{\"a\": 1  // a note about this line\n}", "t");
  EXPECT_TRUE(f.error.empty()) << f.error;
  EXPECT_TRUE(f.expected.empty());
}

}  // namespace
}  // namespace medlint::testing
