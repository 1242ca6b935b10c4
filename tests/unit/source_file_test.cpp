#include "medlint/load/source_file.h"

#include <gtest/gtest.h>

namespace medlint {
namespace {

TEST(SourceFile, LinesAndColumnsAreOneBased) {
  const SourceFile f("a.json", "{\n  \"a\": 1\n}\n");
  EXPECT_EQ(f.position(0), (Position{1, 1}));
  EXPECT_EQ(f.position(4), (Position{2, 3}));
  EXPECT_EQ(f.position(11), (Position{3, 1}));
  EXPECT_EQ(f.line_text(2), "  \"a\": 1");
  EXPECT_EQ(f.line_count(), 4u);
}

TEST(SourceFile, ColumnsCountCodePointsNotBytes) {
  // "°" is two bytes and "💊" four; each is one column.
  const SourceFile f("a.json",
                     "{\"t\": \"38\xC2\xB0"
                     "C \xF0\x9F\x92\x8A x\"}");
  const std::string_view text = f.text();
  EXPECT_EQ(f.position(static_cast<std::uint32_t>(text.find('C'))), (Position{1, 11}));
  EXPECT_EQ(f.position(static_cast<std::uint32_t>(text.find('x'))), (Position{1, 15}));
}

TEST(SourceFile, CrlfAndLoneCrEndLines) {
  const SourceFile f("a.json", "{\r\n\"a\": 1,\r\"b\": 2\r\n}");
  EXPECT_EQ(f.position(3), (Position{2, 1}));
  EXPECT_EQ(f.line_text(2), "\"a\": 1,");
  EXPECT_EQ(f.position(static_cast<std::uint32_t>(f.text().find("\"b\""))), (Position{3, 1}));
  EXPECT_EQ(f.line_text(3), "\"b\": 2");
  EXPECT_EQ(f.position(static_cast<std::uint32_t>(f.text().find('}'))), (Position{4, 1}));
}

TEST(SourceFile, OffsetsPastTheEndClampToTheEnd) {
  const SourceFile f("a.json", "ab");
  EXPECT_EQ(f.position(99), (Position{1, 3}));
  EXPECT_EQ(f.line_text(7), "");
}

}  // namespace
}  // namespace medlint
