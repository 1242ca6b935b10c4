#include "medlint/model/citations.h"

#include <gtest/gtest.h>

namespace medlint {
namespace {

std::vector<std::int64_t> ids(std::string_view text) {
  const auto markers = find_markers(text);
  EXPECT_EQ(markers.size(), 1u) << text;
  EXPECT_EQ(markers.at(0).problem, "") << text;
  return markers.at(0).ids;
}

std::string problem(std::string_view text) {
  const auto markers = find_markers(text);
  EXPECT_EQ(markers.size(), 1u) << text;
  EXPECT_TRUE(markers.at(0).ids.empty());
  return markers.at(0).problem;
}

TEST(Citations, ReadsTheMarkerGrammar) {
  EXPECT_EQ(ids("care [1]."), (std::vector<std::int64_t>{1}));
  EXPECT_EQ(ids("care [2, 3]."), (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(ids("care [2,3]."), (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(ids("care [3-5]."), (std::vector<std::int64_t>{3, 4, 5}));
  EXPECT_EQ(ids("care [3\u20135]."), (std::vector<std::int64_t>{3, 4, 5}));
  EXPECT_EQ(ids("care [1, 3-4, 9]."), (std::vector<std::int64_t>{1, 3, 4, 9}));
}

TEST(Citations, NamesWhatIsWrongWithAMalformedMarker) {
  EXPECT_EQ(problem("[0]"), "cites reference 0; references are numbered from 1");
  EXPECT_EQ(problem("[a]"), "has \"a\" where a reference number was expected");
  EXPECT_EQ(problem("[3-1]"), "has a range that does not go up (3-1)");
  EXPECT_EQ(problem("[1,,2]"), "has an empty item between commas");
  EXPECT_EQ(problem("[]"), "is empty");
  EXPECT_EQ(problem("[1 2]"), "has \"2\" where a comma or the end was expected");
  EXPECT_EQ(problem("[1-500]"), "has a range of more than 100 references");
  EXPECT_EQ(problem("[1234567890]"), "has a number that is too long");
  EXPECT_EQ(problem("see [1, 2"), "is not closed with \"]\"");
}

TEST(Citations, FindsEveryMarkerWithItsOffsets) {
  const std::string_view text = "A [1] and B [2, 3]. C [x].";
  const auto markers = find_markers(text);
  ASSERT_EQ(markers.size(), 3u);
  EXPECT_EQ(text.substr(markers[0].begin, markers[0].end - markers[0].begin), "[1]");
  EXPECT_EQ(text.substr(markers[1].begin, markers[1].end - markers[1].begin), "[2, 3]");
  EXPECT_EQ(text.substr(markers[2].begin, markers[2].end - markers[2].begin), "[x]");
  EXPECT_TRUE(find_markers("no markers here").empty());
}

}  // namespace
}  // namespace medlint
