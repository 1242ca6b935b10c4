// CLI tests that need a folder of their own: `medlint new` followed by
// `check`, and --changed-since against a real git repository. Each test
// writes a transcript (commands, stdout, stderr, exit codes; the temporary
// folder shown as <tmp>) and compares it with tests/cli/golden/NAME.txt.
// MEDLINT_UPDATE_GOLDEN=1 rewrites the files (review the diff).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "files.h"
#include "sample.h"

namespace {

namespace fs = std::filesystem;

class Transcript {
 public:
  explicit Transcript(const fs::path& dir) : dir_(dir) {}

  // Runs `medlint ARGS` in the folder and records it.
  int medlint(const std::string& args) {
    const int code = shell("NO_COLOR=1 '" + std::string(MEDLINT_BINARY) + "' " + args);
    text_ += "$ medlint " + args + "\n" + out_ + "--- stderr\n" + err_ + "--- exit " + std::to_string(code) + "\n";
    return code;
  }
  // Runs a setup command (git, ...); it must succeed. Recorded as a comment.
  void setup(const std::string& command, const std::string& note) {
    const int code = shell(command);
    ASSERT_EQ(code, 0) << command << "\n" << out_ << err_;
    text_ += "# " + note + "\n";
  }
  void write(const std::string& rel, const std::string& text) {
    fs::create_directories((dir_ / rel).parent_path());
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }
  void note(const std::string& line) { text_ += "# " + line + "\n"; }
  void show(const std::string& rel) { text_ += "--- " + rel + "\n" + medlint::testing::read_text(dir_ / rel); }

  // The transcript with the temporary folder's name replaced.
  std::string text() const {
    std::string t = text_;
    std::error_code ec;
    for (const std::string& dir : {fs::canonical(dir_, ec).string(), dir_.string()}) {
      if (dir.empty()) continue;
      for (std::size_t at = t.find(dir); at != std::string::npos; at = t.find(dir, at))
        t.replace(at, dir.size(), "<tmp>");
    }
    return t;
  }

 private:
  int shell(const std::string& command) {
    const std::string out = (dir_ / ".out").string();
    const std::string err = (dir_ / ".err").string();
    // git reads no user or system config: the same results on every machine.
    const std::string full = "cd '" + dir_.string() + "' && GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 " +
                             "GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t " +
                             "GIT_COMMITTER_EMAIL=t@example.invalid " + command + " >'" + out + "' 2>'" + err +
                             "' </dev/null";
    const int status = std::system(full.c_str());
    out_ = medlint::testing::read_text(out);
    err_ = medlint::testing::read_text(err);
    fs::remove(out);
    fs::remove(err);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path dir_;
  std::string text_, out_, err_;
};

void expect_golden(const std::string& name, const std::string& actual) {
  const fs::path golden = fs::path(MEDLINT_GOLDEN_DIR) / (name + ".txt");
  if (std::getenv("MEDLINT_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with MEDLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, medlint::testing::read_text(golden)) << "golden: " << golden;
}

constexpr const char* kPeople = R"({"people": [
  {"id": "dr-oracle", "name": "Dr.Oracle", "credentials": [], "roles": ["ai-author"]},
  {"id": "dr-editor", "name": "An Editor", "credentials": [], "roles": ["editor"]}
]}
)";
constexpr const char* kDisclaimers = R"({"disclaimers": [
  {"id": "professional", "version": 1, "audiences": ["clinician"], "title": "T", "text": "For professionals."},
  {"id": "lay", "version": 1, "audiences": ["patient", "caregiver"], "title": "T", "text": "Not advice."}
]}
)";

// `new` writes an article that `check` passes, then refuses to overwrite it.
TEST(CliRepo, NewThenCheck) {
  medlint::testing::TempDir temp;
  Transcript t(temp.path());
  t.write("medlint.json", "{\"paths\": [\"content\"]}\n");
  t.write("content/registry/people.json", kPeople);
  t.write("content/registry/disclaimers.json", kDisclaimers);
  fs::create_directories(temp.path() / "content/articles");
  t.note("a content repository: medlint.json, content/registry/, an empty content/articles/");
  // The registry's only author is the default; both audiences' disclaimers are attached.
  EXPECT_EQ(t.medlint("new serotonin-syndrome --title 'What is \"serotonin syndrome\"?' --audience clinician "
                      "--audience patient --today 2026-11-24"),
            0);
  t.show("content/articles/serotonin-syndrome.json");
  EXPECT_EQ(t.medlint("check --today 2026-11-24"), 0);
  EXPECT_EQ(t.medlint("check content/articles/serotonin-syndrome.json --today 2027-01-10"), 0);
  // Never overwrites; a bad id, audience or author writes nothing.
  EXPECT_EQ(t.medlint("new serotonin-syndrome --title Again --audience clinician"), 2);
  EXPECT_EQ(t.medlint("new Serotonin_Syndrome --title T --audience clinician"), 2);
  EXPECT_EQ(t.medlint("new x --title T --audience doctor"), 2);
  EXPECT_EQ(t.medlint("new x --title T --audience clinician --author dr-nobody"), 2);
  EXPECT_EQ(t.medlint("new x --audience clinician"), 2);
  // --dir: written there; the registry beside its articles/ folder decides.
  t.write("other/registry/people.json", kPeople);
  t.write("other/registry/disclaimers.json", kDisclaimers);
  fs::create_directories(temp.path() / "other/articles");
  EXPECT_EQ(t.medlint("new caregiver-tips --title 'Tips?' --audience caregiver --author dr-oracle --dir other/articles "
                      "--today 2026-11-24"),
            0);
  t.show("other/articles/caregiver-tips.json");
  EXPECT_EQ(t.medlint("check other --today 2026-11-24"), 0);
  // Without a registry it still writes, and says what check will report.
  fs::create_directories(temp.path() / "drafts");
  EXPECT_EQ(
      t.medlint("new draft --title 'Draft?' --audience patient --author dr-oracle --dir drafts --today 2026-11-24"), 0);
  // No temporary file is left behind, nothing else was written.
  EXPECT_TRUE(fs::exists(temp.path() / "drafts/draft.json"));
  EXPECT_FALSE(fs::exists(temp.path() / "content/articles/x.json"));
  for (const auto& e : fs::directory_iterator(temp.path() / "content/articles")) {
    EXPECT_EQ(e.path().filename(), "serotonin-syndrome.json");
  }
  expect_golden("repo_new_then_check", t.text());
}

// --changed-since asks a real git repository what changed.
TEST(CliRepo, ChangedSince) {
  medlint::testing::TempDir temp;
  Transcript t(temp.path());
  // Each article has an id that does not match its file name: one ART001
  // finding per checked article shows which were checked.
  t.write("medlint.json", "{\"paths\": [\"content\"]}\n");
  t.write("content/registry/people.json", kPeople);
  t.write("content/registry/disclaimers.json", kDisclaimers);
  t.write("content/articles/alpha.json", medlint::testing::sample_article("alpha-id"));
  t.write("content/articles/beta.json", medlint::testing::sample_article("beta-id"));
  t.write("content/articles/gamma.json", medlint::testing::sample_article("gamma-id"));
  t.setup("git init -q -b main . && git add -A && git commit -q -m one", "commit 1: three articles, the registry");
  ASSERT_NO_FATAL_FAILURE(
      t.setup("sed -i 's/A fictional text./A changed text./' content/articles/beta.json && "
              "git commit -q -am two",
              "commit 2: beta.json changes"));
  EXPECT_EQ(t.medlint("check --changed-since HEAD~1 --today 2026-11-24 --no-color"), 1);
  EXPECT_EQ(t.medlint("check --changed-since HEAD --today 2026-11-24 --no-color"), 0);

  t.write("content/articles/delta.json", medlint::testing::sample_article("delta-id"));
  t.note("an untracked new article, and an unstaged change to alpha.json");
  t.setup("sed -i 's/A fictional text./Edited./' content/articles/alpha.json", "alpha.json edited");
  EXPECT_EQ(t.medlint("check content --changed-since HEAD --today 2026-11-24 --no-color --quiet"), 1);
  t.setup("git checkout -q -- content/articles/alpha.json && rm content/articles/delta.json", "both undone");

  ASSERT_NO_FATAL_FAILURE(t.setup(
      "sed -i 's/Not advice./Not medical advice./' content/registry/disclaimers.json && git commit -q -am three",
      "commit 3: the disclaimers registry changes"));
  EXPECT_EQ(t.medlint("check --changed-since HEAD~1 --today 2026-11-24 --no-color --quiet"), 1);

  ASSERT_NO_FATAL_FAILURE(
      t.setup("printf '{\"paths\": [\"content\"], \"rules\": {\"DAT005\": \"off\"}}\\n' > medlint.json && git commit "
              "-q -am four",
              "commit 4: medlint.json changes"));
  EXPECT_EQ(t.medlint("check --changed-since HEAD~1 --today 2026-11-24 --no-color --quiet"), 1);
  // With a PATH, git runs in the path's folder.
  EXPECT_EQ(t.medlint("check content/articles --changed-since HEAD~2 --today 2026-11-24 --no-color --quiet"), 1);

  // Errors: an unknown revision, a folder outside any repository.
  EXPECT_EQ(t.medlint("check --changed-since no-such-rev --today 2026-11-24"), 2);
  EXPECT_EQ(t.medlint("check --changed-since 'HEAD; touch pwned' --today 2026-11-24"), 2);
  EXPECT_FALSE(fs::exists(temp.path() / "pwned"));
  t.setup("rm -rf .git", "the repository is removed");
  EXPECT_EQ(t.medlint("check --changed-since HEAD --today 2026-11-24"), 2);
  expect_golden("repo_changed_since", t.text());
}

}  // namespace
