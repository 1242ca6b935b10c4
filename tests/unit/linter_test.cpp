// The engine on real files: discovery, unreadable paths, huge files, the
// corpus rules, and registries checked beside the articles.
#include "medlint/driver/file_walker.h"
#include "medlint/engine/linter.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "files.h"
#include "medlint/rules/rules.h"
#include "sample.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

class LinterTest : public ::testing::Test {
 protected:
  // Every test starts from a valid registry for the sample article.
  void SetUp() override {
    fs::create_directories(root_ / "content" / "articles");
    write("content/registry/people.json", kPeople);
    write(
        "content/registry/disclaimers.json",
        R"({"disclaimers": [{"id": "professional", "version": 1, "audiences": ["clinician"], "title": "T", "text": "T"},
                              {"id": "lay", "version": 1, "audiences": ["patient", "caregiver"], "title": "T", "text": "T"}]})");
  }
  static constexpr const char* kPeople =
      R"({"people": [{"id": "dr-oracle", "name": "Dr.Oracle", "credentials": [], "roles": ["ai-author"]}]})";

  void write(const fs::path& rel, const std::string& text) {
    fs::create_directories((root_ / rel).parent_path());
    std::ofstream(root_ / rel, std::ios::binary) << text;
  }

  LintResult run(std::vector<std::string> paths, Config config = {}) {
    for (auto& p : paths) p = (root_ / p).string();
    std::vector<FileInput> files;
    std::vector<PathError> errors;
    collect_files(paths, files, errors);
    const Linter linter(all_rules(), SchemaSet::bundled(), std::move(config), Date{2026, 11, 24});
    return linter.run(std::move(files), errors);
  }

  static std::vector<std::string> codes(const LintResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.push_back(f.code);
    return out;
  }

  testing::TempDir temp_;
  const fs::path& root_ = temp_.path();
};

TEST(LinterEncoding, AUtf16FileIsReportedAndNotChecked) {
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const SourceFile source("content/articles/utf16.json", std::string("\xFF\xFE{\0}\0", 6));
  const FileOutcome outcome = linter.lint_source(source, FileKind::kArticle, nullptr);
  ASSERT_EQ(outcome.findings.size(), 1u);
  EXPECT_EQ(outcome.findings[0].code, "JSON002");
  EXPECT_EQ(outcome.findings[0].message_id, "utf16");
  EXPECT_EQ(outcome.findings[0].message, "The file is UTF-16 or UTF-32. Save it as UTF-8; nothing in it was checked.");
}

TEST_F(LinterTest, CleanArticleGivesNoFinding) {
  write("content/articles/sample-article.json", testing::sample_article());
  const LintResult r = run({"content"});
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.files_checked, 3u);  // the article and its two registry files
}

TEST_F(LinterTest, IdMustMatchTheFileNameAndBeUniqueInTheCorpus) {
  write("content/articles/a/same.json", testing::sample_article("same"));
  write("content/articles/b/same.json", testing::sample_article("same"));
  write("content/articles/other.json", testing::sample_article("not-other"));
  const LintResult r = run({"content"});
  ASSERT_EQ(codes(r), (std::vector<std::string>{"ART002", "ART001"}));
  EXPECT_NE(r.findings[0].file.find("b/same.json"), std::string::npos);
  EXPECT_NE(r.findings[0].message.find("a/same.json"), std::string::npos);
  EXPECT_EQ(r.findings[1].start, (Position{2, 9}));
}

TEST_F(LinterTest, HugeFileIsAFindingWithoutBeingRead) {
  const fs::path big = root_ / "content/articles/big.json";
  std::ofstream(big).close();
  fs::resize_file(big, 100u * 1024 * 1024);  // sparse: 100 MB of NULs
  const LintResult r = run({"content/articles/big.json"});
  ASSERT_EQ(codes(r), std::vector<std::string>{"JSON004"});
  EXPECT_NE(r.findings[0].message.find("104857600 bytes"), std::string::npos);
}

TEST_F(LinterTest, UnreadablePathsAreErrorsNotCrashes) {
  fs::create_symlink("loop-b.json", root_ / "content/articles/loop-a.json");
  fs::create_symlink("loop-a.json", root_ / "content/articles/loop-b.json");
  fs::create_directory(root_ / "content/articles/folder.json");
  const LintResult r = run({"content", "does-not-exist"});
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_NE(r.errors[0].find("does-not-exist': No such file or directory"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("loop-a.json': Too many levels of symbolic links"), std::string::npos) << r.errors[1];
  EXPECT_NE(r.errors[2].find("loop-b.json'"), std::string::npos) << r.errors[2];
  // Each is also a finding, so that every output format shows it (MED002).
  EXPECT_EQ(codes(r), (std::vector<std::string>{"MED002", "MED002", "MED002"}));
}

TEST_F(LinterTest, FolderSymlinkLoopsAreNotFollowed) {
  write("content/articles/sample-article.json", testing::sample_article());
  fs::create_directory_symlink("..", root_ / "content/articles/up");
  const LintResult r = run({"content"});
  EXPECT_EQ(r.files_checked, 3u);  // the article and its two registry files
  EXPECT_TRUE(r.errors.empty());
}

TEST_F(LinterTest, RegistriesBesideTheArticlesAreValidated) {
  write("content/articles/sample-article.json", testing::sample_article());
  write("content/registry/people.json",
        R"({"people": [{"id": "dr-oracle", "name": "X", "credentials": [], "roles": ["auther"]}]})");
  const LintResult r = run({"content/articles/sample-article.json"});
  ASSERT_EQ(codes(r), std::vector<std::string>{"SCH001"});
  EXPECT_NE(r.findings[0].file.find("registry/people.json"), std::string::npos);
  EXPECT_NE(r.findings[0].message.find("did you mean \"author\"?"), std::string::npos) << r.findings[0].message;
}

// A broken registry is reported in its own file; the articles that use it
// are not flooded with "unknown person" and "unknown disclaimer".
TEST_F(LinterTest, BrokenRegistryIsReportedOnceInItsFile) {
  write("content/articles/sample-article.json", testing::sample_article());
  write("content/registry/people.json", R"({"people": [}")");
  write("content/registry/disclaimers.json", "");
  const LintResult r = run({"content/articles"});
  ASSERT_EQ(codes(r), (std::vector<std::string>{"JSON001", "JSON001"}));
  EXPECT_NE(r.findings[0].file.find("registry/disclaimers.json"), std::string::npos);
  EXPECT_NE(r.findings[1].file.find("registry/people.json"), std::string::npos);
}

TEST_F(LinterTest, SeverityOffSilencesARule) {
  write("content/articles/other.json", testing::sample_article("not-other"));
  Config config;
  config.rules["ART"] = Severity::kOff;
  EXPECT_TRUE(run({"content"}, config).findings.empty());
}

TEST_F(LinterTest, TheConfigFileIsNotAnArticle) {
  write("content/articles/sample-article.json", testing::sample_article());
  write("medlint.json", "{}");
  write("content/medlint.json", "{}");
  // In a folder it is left out; named as a file, it is an error (exit 2).
  const LintResult r = run({".", "content/medlint.json"});
  EXPECT_TRUE(r.findings.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("is medlint's config, not an article"), std::string::npos) << r.errors[0];
  EXPECT_EQ(r.files_checked, 3u);
}

// Overrides give each file its own severities, also for the corpus rules.
TEST_F(LinterTest, OverridesSetSeveritiesPerFile) {
  write("content/articles/new/other.json", testing::sample_article("not-other"));
  write("content/articles/legacy/old.json", testing::sample_article("not-old"));
  write("content/articles/legacy/x/same.json", testing::sample_article("same"));
  write("content/articles/new/same.json", testing::sample_article("same"));
  Config config;
  config.base = root_;
  config.rules["ART002"] = Severity::kOff;
  config.overrides.push_back({{"content/articles/legacy/**"}, {{"ART", Severity::kWarning}}});
  config.overrides.push_back({{"**/new/*.json"}, {{"ART002", Severity::kError}}});
  const LintResult r = run({"content"}, config);
  std::vector<std::string> seen;
  for (const Finding& f : r.findings) {
    seen.push_back(fs::path(f.file).lexically_relative(root_).generic_string() + " " + f.code + " " +
                   std::string(severity_name(f.severity)));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"content/articles/legacy/old.json ART001 warning",
                                            "content/articles/new/other.json ART001 error",
                                            "content/articles/new/same.json ART002 error"}));
}

TEST_F(LinterTest, NeverWritesContent) {
  const std::string text = "\xEF\xBB\xBF" + testing::sample_article();
  write("content/articles/sample-article.json", text);
  const auto before = fs::last_write_time(root_ / "content/articles/sample-article.json");
  EXPECT_EQ(codes(run({"content"})), std::vector<std::string>{"JSON002"});
  std::ifstream in(root_ / "content/articles/sample-article.json", std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), text);
  EXPECT_EQ(fs::last_write_time(root_ / "content/articles/sample-article.json"), before);
}

// The config's abbreviations reach the splitter that CIT001's claims come
// from: "q4h." is unknown by default and read as a word.
TEST_F(LinterTest, ConfigAbbreviationsChangeTheClaims) {
  std::string article = testing::sample_article();
  const std::string other =
      R"("sections": [{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A fictional text."}]}])";
  article.replace(
      article.find(other), other.size(),
      R"("sections": [{"kind": "guidelines", "heading": "Dosing", "blocks": [{"type": "paragraph", "text": "See Exh. 4 for the fictional dose [1]."}]}],
  "references": [{"id": 1, "type": "guideline", "title": "A fictional guideline", "year": 2024, "doi": "10.5555/fictional.1"}])");
  write("content/articles/sample-article.json", article);
  EXPECT_EQ(codes(run({"content"})), std::vector<std::string>{"CIT001"});  // "See Exh." alone is uncited
  Config config;
  config.abbreviations.push_back({"Exh.", AbbreviationKind::kNumber});
  EXPECT_EQ(codes(run({"content"}, std::move(config))), std::vector<std::string>{});
}

}  // namespace
}  // namespace medlint
