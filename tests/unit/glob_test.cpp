// The glob matcher of medlint.json "overrides".
#include "medlint/base/glob.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "files.h"

namespace medlint {
namespace {

struct GlobCase {
  const char* pattern;
  const char* path;
  bool matches;
};

const GlobCase kCases[] = {
    // Literal segments.
    {"content/articles/a.json", "content/articles/a.json", true},
    {"content/articles/a.json", "content/articles/b.json", false},
    {"content/articles", "content/articles/a.json", false},  // a folder is not its files
    // * stays inside one segment.
    {"content/*.json", "content/a.json", true},
    {"content/*.json", "content/articles/a.json", false},
    {"content/*/a.json", "content/articles/a.json", true},
    {"content/a*", "content/a", true},
    {"content/*b*c", "content/xabxxbc", true},
    {"content/*b*c", "content/xabxxbcx", false},
    {"*/a.json", "a.json", false},
    // ? is one character, never '/'.
    {"content/?.json", "content/a.json", true},
    {"content/?.json", "content/ab.json", false},
    {"content?a.json", "content/a.json", false},
    // ** is any number of segments, none included.
    {"**/a.json", "a.json", true},
    {"**/a.json", "content/articles/a.json", true},
    {"content/**", "content/a.json", true},
    {"content/**", "content/x/y/z.json", true},
    {"content/**", "other/a.json", false},
    {"content/**/a.json", "content/a.json", true},
    {"content/**/a.json", "content/x/y/a.json", true},
    {"content/**/a.json", "content/x/y/b.json", false},
    {"content/**/legacy/*.json", "content/x/legacy/a.json", true},
    {"content/**/legacy/*.json", "content/legacy/x/a.json", false},
    {"**/**/a.json", "x/a.json", true},
    {"content/a**.json", "content/abc.json", true},  // ** inside a segment is *
    {"content/a**.json", "content/a/b.json", false},
    // A pattern without '/' matches the name in any folder.
    {"*.json", "a.json", true},
    {"*.json", "content/articles/a.json", true},
    {"a.json", "content/articles/a.json", true},
    {"*.patient.json", "content/articles/flu.patient.json", true},
    {"*.patient.json", "content/articles/flu.json", false},
    // "./" and a leading "/" anchor at the config's folder.
    {"./content/a.json", "content/a.json", true},
    {"/a.json", "a.json", true},
    {"/a.json", "content/a.json", false},
    // Case matters; brackets are literal.
    {"Content/a.json", "content/a.json", false},
    {"content/[ab].json", "content/[ab].json", true},
    {"content/[ab].json", "content/a.json", false},
    // Empty never matches.
    {"", "a.json", false},
    {"*", "", false},
};

TEST(Glob, Table) {
  for (const GlobCase& c : kCases) {
    EXPECT_EQ(glob_match(c.pattern, c.path), c.matches) << "pattern \"" << c.pattern << "\" path \"" << c.path << "\"";
  }
}

// Backtracking stays cheap on patterns built to be slow.
TEST(Glob, PathologicalPatternsAreFast) {
  const std::string path = std::string(200, 'a') + "/" + std::string(200, 'a');
  EXPECT_FALSE(glob_match("*a*a*a*a*a*a*a*a*b/*a*a*a*a*a*a*b", path));
  std::string deep;
  for (int i = 0; i < 30; ++i) deep += "d/";
  EXPECT_FALSE(glob_match("**/d/**/d/**/d/**/x.json", deep + "y.json"));
  EXPECT_TRUE(glob_match("**/d/**/d/**/d/**/y.json", deep + "y.json"));
}

// "**" before each of many segments once backtracked exponentially (10 of
// them: 39 s for one file). Each (pattern, path) position is tried once now.
TEST(Glob, ManyDoubleStarsDoNotBacktrackExponentially) {
  std::string pattern, path;
  for (int i = 0; i < 12; ++i) pattern += "**/a/";
  pattern += "b.json";
  for (int i = 0; i < 60; ++i) path += "a/";
  path += "c.json";
  EXPECT_TRUE(testing::finishes_within(std::chrono::seconds(20), [&] {
    if (glob_match(pattern, path)) std::_Exit(3);
    if (!glob_match(pattern, path.substr(0, path.size() - 6) + "b.json")) std::_Exit(4);
  }));
}

}  // namespace
}  // namespace medlint
