// --changed-since: the process runner and which files a change keeps. The
// CLI tests run real git end to end (tests/cli/cli_test.cpp).
#include "medlint/driver/file_walker.h"
#include "medlint/driver/git_changes.h"

#include <gtest/gtest.h>

#include <fstream>

#include "files.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

TEST(RunProcess, PassesArgumentsVerbatimWithoutAShell) {
  const ProcessResult r = run_process({"printf", "%s|", "$(touch /tmp/x)", "a b", "'q'", ";"});
  ASSERT_TRUE(r.started) << r.err;
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "$(touch /tmp/x)|a b|'q'|;|");
}

TEST(RunProcess, CapturesStderrAndTheExitCode) {
  const ProcessResult r = run_process({"sh", "-c", "echo out; echo err >&2; exit 3"});
  ASSERT_TRUE(r.started);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "out\n");
  EXPECT_EQ(r.err, "err\n");
}

TEST(RunProcess, LargeOutputOnBothStreamsDoesNotBlock) {
  const ProcessResult r = run_process({"sh", "-c",
                                       "i=0; while [ $i -lt 3000 ]; do echo 0123456789012345678901234567890123456789; "
                                       "echo 0123456789012345678901234567890123456789 >&2; i=$((i+1)); done"});
  ASSERT_TRUE(r.started);
  EXPECT_EQ(r.out.size(), 3000u * 41);
  EXPECT_EQ(r.err.size(), 3000u * 41);
}

TEST(RunProcess, AMissingProgramIsNotStarted) {
  const ProcessResult r = run_process({"medlint-no-such-program"});
  EXPECT_FALSE(r.started);
  EXPECT_FALSE(r.err.empty());
}

TEST(GitChanges, OutsideAWorkTreeIsAnError) {
  testing::TempDir temp;
  const auto changed = git_changed_files("HEAD", temp.path());
  ASSERT_FALSE(changed);
  EXPECT_NE(changed.error().message.find("is not in a git work tree"), std::string::npos) << changed.error().message;
}

TEST(GitChanges, ARevisionThatLooksLikeAnOptionIsRefused) {
  const auto changed = git_changed_files("--output=/tmp/x", ".");
  ASSERT_FALSE(changed);
  EXPECT_NE(changed.error().message.find("needs a git revision"), std::string::npos) << changed.error().message;
}

class KeepChangedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* f : {"content/articles/a.json", "content/articles/b.json", "content/registry/people.json",
                          "content/registry/disclaimers.json", "other/articles/c.json", "other/registry/people.json"}) {
      fs::create_directories((root_ / f).parent_path());
      std::ofstream(root_ / f) << "{}";
    }
    std::vector<PathError> errors;
    collect_files({(root_ / "content").string(), (root_ / "other").string()}, files_, errors);
  }
  ChangedFiles changed(std::initializer_list<const char*> names) const {
    ChangedFiles c;
    c.top = root_;
    for (const char* n : names) c.files.insert(path_key(root_ / n));
    return c;
  }
  std::vector<std::string> kept(const ChangedFiles& c, const Config& config = {}) {
    std::vector<FileInput> files = files_;
    keep_changed(files, c, config);
    std::vector<std::string> out;
    for (const FileInput& f : files) out.push_back(fs::path(f.path).lexically_relative(root_).generic_string());
    return out;
  }

  testing::TempDir temp_;
  const fs::path& root_ = temp_.path();
  std::vector<FileInput> files_;
};

TEST_F(KeepChangedTest, OnlyChangedArticles) {
  EXPECT_EQ(kept(changed({"content/articles/b.json", "README.md"})),
            std::vector<std::string>{"content/articles/b.json"});
  EXPECT_EQ(kept(changed({})), std::vector<std::string>{});
}

TEST_F(KeepChangedTest, ARegistryChangeKeepsTheArticlesThatUseIt) {
  EXPECT_EQ(kept(changed({"content/registry/disclaimers.json"})),
            (std::vector<std::string>{"content/articles/a.json", "content/articles/b.json",
                                      "content/registry/disclaimers.json"}));
  EXPECT_EQ(kept(changed({"other/registry/people.json"})),
            (std::vector<std::string>{"other/articles/c.json", "other/registry/people.json"}));
}

TEST_F(KeepChangedTest, AConfigChangeKeepsEverything) {
  Config config;
  config.file = root_ / "medlint.json";
  config.base = root_;
  EXPECT_EQ(kept(changed({"medlint.json"}), config).size(), files_.size());
  config.retractions = root_ / "data/rw.csv";
  EXPECT_EQ(kept(changed({"data/rw.csv"}), config).size(), files_.size());
}

TEST_F(KeepChangedTest, AConfiguredRegistryFolderCounts) {
  Config config;
  config.registry = root_ / "people-and-disclaimers";
  EXPECT_EQ(kept(changed({"content/registry/people.json"}), config),
            std::vector<std::string>{"content/registry/people.json"});
  EXPECT_EQ(kept(changed({"people-and-disclaimers/people.json"}), config),
            (std::vector<std::string>{"content/articles/a.json", "content/articles/b.json", "other/articles/c.json"}));
}

}  // namespace
}  // namespace medlint
