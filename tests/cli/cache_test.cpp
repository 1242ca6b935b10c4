// check --cache through the real binary: a warm run prints what a cold one
// prints, and a cache file medlint cannot show it wrote for this run
// (damaged, truncated, another format, changed by hand, a symlink, or
// committed to git) is ignored with a warning and rebuilt, never trusted.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_repo.h"

namespace {

namespace fs = std::filesystem;
using namespace medlint::testing;

const std::string kCheck = "check content --today 2026-11-24 --format json";
const std::string kCacheFile = ".medlint-cache/outcomes.cache";

// Findings of several kinds, one across files (ART002), a suppression.
void fill(const Repo& repo) {
  repo.write("medlint.json", R"({"paths": ["content"]})");
  for (int i = 0; i < 8; ++i) {
    ArticleSpec spec = corpus_article(i, 2, 4);
    if (i == 5) spec.history = R"({"status": "submitted", "date": "2024-01-01", "by": "dr-example"})";
    repo.write("content/articles/" + spec.id + ".json", article_json(spec));
  }
  repo.write("content/articles/other/article-1.json", Repo::clean_article("article-1"));
  repo.write("content/articles/broken.json", "{\"id\": \"broken\",");
}

TEST(Cache, WarmRunsPrintWhatAColdRunPrints) {
  Repo repo;
  fill(repo);
  for (const char* format : {"json", "sarif", "text", "junit"}) {
    SCOPED_TRACE(format);
    const std::string args = std::string("check content --today 2026-11-24 --format ") + format;
    const Outcome cold = repo.medlint(args);
    ASSERT_EQ(cold.code, 1) << show(cold);
    for (int run = 0; run < 2; ++run) {  // the first run writes the cache, the second reads it
      const Outcome cached = repo.medlint(args + " --cache");
      EXPECT_EQ(cached.code, cold.code);
      EXPECT_EQ(cached.out, cold.out) << "run " << run;
      EXPECT_EQ(cached.err, cold.err) << "run " << run;
    }
  }
  EXPECT_TRUE(fs::is_regular_file(repo.path(kCacheFile)));
  EXPECT_EQ(read_text(repo.path(".medlint-cache/.gitignore")), "# written by medlint --cache\n*\n");
  EXPECT_TRUE(fs::is_regular_file(repo.path(".medlint-cache/CACHEDIR.TAG")));
}

// A change to an article, its registry or the config shows in a warm run.
TEST(Cache, WhatAnArticleDependsOnVoidsItsEntry) {
  Repo repo;
  fill(repo);
  repo.medlint(kCheck + " --cache");
  const auto same_as_cold = [&](const std::string& what) {
    const Outcome warm = repo.medlint(kCheck + " --cache");
    fs::rename(repo.path(".medlint-cache"), repo.path(".medlint-cache-aside"));
    const Outcome cold = repo.medlint(kCheck);
    fs::rename(repo.path(".medlint-cache-aside"), repo.path(".medlint-cache"));
    EXPECT_EQ(warm.out, cold.out) << what;
    return warm.out;
  };
  const std::string before = same_as_cold("unchanged");
  repo.write("content/articles/article-1.json", Repo::clean_article("article-1").replace(0, 1, "{ "));
  repo.write("content/articles/article-3.json", "[]");
  const std::string edited = same_as_cold("an article edited");
  EXPECT_NE(edited, before);
  repo.write("content/registry/people.json", R"({"people": []})");
  const std::string registry = same_as_cold("the registry emptied");
  EXPECT_NE(registry, edited);
  repo.write("medlint.json", R"({"paths": ["content"], "rules": {"REV006": "off"}})");
  const std::string config = same_as_cold("a rule turned off");
  EXPECT_NE(config, registry);
}

// Date rules depend on today: a cache of one day is not used on another.
TEST(Cache, TodayIsInTheKey) {
  Repo repo;
  fill(repo);
  const std::string later = "check content --today 2027-06-01 --format json";
  const Outcome cold_now = repo.medlint(kCheck);
  const Outcome cold_later = repo.medlint(later);
  ASSERT_NE(cold_now.out, cold_later.out) << "the corpus must have a date finding that comes with time";
  repo.medlint(kCheck + " --cache");
  EXPECT_EQ(repo.medlint(later + " --cache").out, cold_later.out);
  EXPECT_EQ(repo.medlint(kCheck + " --cache").out, cold_now.out);
}

// Each way a cache file can be wrong: the run reports what a cold run
// reports, says why it ignored the file (quietly for a cache of another
// format, which an upgrade leaves behind), and the next run uses the
// rebuilt file without a word.
TEST(Cache, ACacheFileItCannotTrustIsIgnoredAndRebuilt) {
  Repo repo;
  fill(repo);
  const Outcome cold = repo.medlint(kCheck);
  repo.medlint(kCheck + " --cache");
  const std::string good = read_text(repo.path(kCacheFile));
  const std::size_t format_at = std::string_view("medlint outcome cache\n").size();
  std::string tampered = good;  // a finding's code changed, the checksum left as it was
  tampered.replace(tampered.find("CIT001"), 6, "XIT001");
  std::string other_format = good;
  other_format[format_at] = static_cast<char>(other_format[format_at] + 1);
  struct Case {
    const char* name;
    std::string bytes;
    const char* warning;  // empty: ignored quietly
  };
  const Case cases[] = {
      {"truncated", good.substr(0, good.size() / 2), "it is truncated"},
      {"empty", "", "it is not a medlint cache file"},
      {"not a cache", "{\"findings\": []}", "it is not a medlint cache file"},
      {"damaged", std::string(good).replace(good.size() - 10, 1, "\x01"), "its checksum does not match"},
      {"tampered", tampered, "its checksum does not match"},
      {"longer", good + "appended", "it has bytes after its end"},
      {"another format", other_format, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    repo.write(kCacheFile, c.bytes);
    const Outcome r = repo.medlint(kCheck + " --cache");
    EXPECT_EQ(r.code, cold.code);
    EXPECT_EQ(r.out, cold.out);
    if (*c.warning) {
      EXPECT_TRUE(contains(r.err, "medlint: warning: the cache file '")) << show(r);
      EXPECT_TRUE(contains(r.err, c.warning)) << show(r);
    } else {
      EXPECT_EQ(r.err, "");
    }
    EXPECT_NE(read_text(repo.path(kCacheFile)), c.bytes) << "rebuilt";  // (stamps may differ from `good`'s)
    const Outcome next = repo.medlint(kCheck + " --cache");
    EXPECT_EQ(next.out, cold.out);
    EXPECT_EQ(next.err, "") << show(next);
  }
}

// A pull request could commit a cache that says every article is clean:
// a cache file git tracks is never read.
TEST(Cache, ACacheFileInGitIsNotRead) {
  Repo repo;
  fill(repo);
  const Outcome cold = repo.medlint(kCheck);
  repo.medlint(kCheck + " --cache");
  const std::string git = "cd '" + repo.root().string() +
                          "' && git init -q && git add -f .medlint-cache/outcomes.cache && "
                          "git -c user.name=t -c user.email=t@example.invalid commit -qm cache";
  ASSERT_EQ(std::system(git.c_str()), 0);
  const Outcome r = repo.medlint(kCheck + " --cache");
  EXPECT_EQ(r.out, cold.out);
  EXPECT_TRUE(contains(r.err, "is tracked by git, so a commit could have written it; it is ignored")) << show(r);
}

// The cache is never read or written through a symlink.
TEST(Cache, SymlinksAreNotFollowed) {
  Repo repo;
  fill(repo);
  const Outcome cold = repo.medlint(kCheck);
  repo.medlint(kCheck + " --cache-dir elsewhere");
  fs::create_directories(repo.path(".medlint-cache"));
  fs::create_symlink(repo.path("elsewhere/outcomes.cache"), repo.path(kCacheFile));
  const std::string target = read_text(repo.path("elsewhere/outcomes.cache"));
  const Outcome r = repo.medlint(kCheck + " --cache");
  EXPECT_EQ(r.out, cold.out);
  EXPECT_TRUE(contains(r.err, "is not a regular file (a symlink?); it is ignored")) << show(r);
  EXPECT_TRUE(contains(r.err, "the cache is not saved")) << show(r);
  EXPECT_EQ(read_text(repo.path("elsewhere/outcomes.cache")), target);

  fs::remove(repo.path(kCacheFile));
  fs::remove(repo.path(".medlint-cache"));
  fs::create_directory_symlink(repo.path("elsewhere"), repo.path(".medlint-cache"));
  const Outcome linked = repo.medlint(kCheck + " --cache");
  EXPECT_EQ(linked.out, cold.out);
  EXPECT_TRUE(contains(linked.err, "the cache folder")) << show(linked);
  EXPECT_TRUE(contains(linked.err, "is a symlink")) << show(linked);
}

TEST(Cache, CacheDirChoosesTheFolderAndIsNotLinted) {
  Repo repo;
  fill(repo);
  const Outcome cold = repo.medlint(kCheck);
  const Outcome first = repo.medlint(kCheck + " --cache-dir content/.cache");
  EXPECT_EQ(first.out, cold.out);
  EXPECT_TRUE(fs::is_regular_file(repo.path("content/.cache/outcomes.cache")));
  EXPECT_FALSE(fs::exists(repo.path(".medlint-cache")));
  EXPECT_EQ(repo.medlint(kCheck + " --cache-dir content/.cache").out, cold.out);
  EXPECT_TRUE(contains(repo.medlint("check --cache-dir").err, "--cache-dir needs a folder"));
  EXPECT_TRUE(contains(repo.medlint("claims content --cache").err, "unknown option '--cache'"));
}

}  // namespace
