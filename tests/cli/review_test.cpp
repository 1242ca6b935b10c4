// `medlint review` as a board member runs it: each step recorded changes
// only its spans; each refusal leaves the file byte for byte as it was and
// says why (exit 1); a write that fails leaves the file as it was (exit 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_repo.h"

namespace {

namespace fs = std::filesystem;
using namespace medlint::testing;

constexpr const char* kFile = "content/articles/example-article.json";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The article of the tests: authors dr-example and, when `board_author`,
// dr-second-author (who is on the board).
std::string article(bool board_author = false) {
  std::string a = Repo::clean_article("example-article");
  if (board_author) a = replaced(a, R"("authors": ["dr-example"])", R"("authors": ["dr-example", "dr-second-author"])");
  return a;
}

class Review : public ::testing::Test {
 protected:
  void SetUp() override { repo.write(kFile, article()); }
  std::string text() const { return read_text(repo.path(kFile)); }
  Outcome review(const std::string& args, const RunOptions& o = {}) const {
    return repo.medlint("review " + args + " --today 2026-11-24", o);
  }
  // Refused with exit 1, the reason on stderr, the file unchanged.
  void expect_refused(const std::string& args, const std::string& reason) const {
    const std::string before = text();
    const Outcome r = review(args);
    EXPECT_EQ(r.code, 1) << show(r);
    EXPECT_TRUE(contains(r.err, reason)) << show(r);
    EXPECT_TRUE(contains(r.err, "was not changed")) << show(r);
    EXPECT_EQ(text(), before);
  }
  Repo repo;
};

TEST_F(Review, StartChangesOnlyTheStatusAndTheHistory) {
  const std::string before = text();
  const Outcome r = review(std::string("start ") + kFile + " --by dr-reviewer");
  ASSERT_EQ(r.code, 0) << show(r);
  EXPECT_EQ(r.out, std::string(kFile) + ": submitted -> under_review by dr-reviewer on 2026-11-24\n");
  std::string expected =
      replaced(before, R"("review": {"status": "submitted",)", R"("review": {"status": "under_review",)");
  expected =
      replaced(expected, R"("by": "dr-example"}]})",
               R"("by": "dr-example"}, {"status": "under_review", "date": "2026-11-24", "by": "dr-reviewer"}]})");
  EXPECT_EQ(text(), expected);
}

TEST_F(Review, ApprovalSetsReviewedAndRemovesTheNotice) {
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer --date 2026-11-02").code, 0);
  const std::string before = text();
  const Outcome r =
      review(std::string("approve ") + kFile + " --by dr-second-author --note \"Sources \\\"checked\\\"\"");
  ASSERT_EQ(r.code, 0) << show(r);
  std::string expected = replaced(before, R"("dates": {"updated": "2026-10-01"})",
                                  R"("dates": {"updated": "2026-10-01", "reviewed": "2026-11-24"})");
  expected = replaced(expected, R"("status": "under_review",)", R"("status": "approved",)");
  expected = replaced(expected, R"("by": "dr-reviewer"}]})",
                      R"("by": "dr-reviewer"}, {"status": "approved", "date": "2026-11-24", "by": "dr-second-author", )"
                      R"("note": "Sources \"checked\""}]})");
  expected =
      replaced(expected, R"("notices": ["educational-only", "pending-review"])", R"("notices": ["educational-only"])");
  EXPECT_EQ(text(), expected);
  const Outcome check = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(check.code, 0) << show(check);
  EXPECT_TRUE(contains(check.out, "No problems found")) << show(check);
}

TEST_F(Review, ResubmitAfterApprovalShowsThePendingNoticeAgain) {
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer --date 2026-11-02").code, 0);
  ASSERT_EQ(review(std::string("approve ") + kFile + " --by dr-reviewer --date 2026-11-03").code, 0);
  const Outcome r = review(std::string("resubmit ") + kFile + " --by dr-example");
  ASSERT_EQ(r.code, 0) << show(r);
  EXPECT_TRUE(contains(text(), R"("notices": ["educational-only", "pending-review"])")) << text();
  EXPECT_TRUE(contains(text(), R"("reviewed": "2026-11-03")")) << text();
  EXPECT_EQ(repo.medlint("check content --today 2026-11-24").code, 0);
}

TEST_F(Review, KeepsAPrettyPrintedLayout) {
  repo.write(kFile,
             "{\r\n  \"id\": \"example-article\",\r\n  \"title\": \"What is an example syndrome?\",\r\n"
             "  \"audiences\": [\"clinician\"],\r\n  \"authors\": [\"dr-example\"],\r\n"
             "  \"dates\": {\r\n    \"updated\": \"2026-10-01\"\r\n  },\r\n"
             "  \"review\": {\r\n    \"status\": \"submitted\",\r\n    \"history\": [\r\n"
             "      {\"status\": \"submitted\", \"date\": \"2026-10-01\", \"by\": \"dr-example\"}\r\n    ]\r\n  },\r\n"
             "  \"notices\": [\r\n    \"pending-review\",\r\n    \"educational-only\"\r\n  ],\r\n"
             "  \"disclaimers\": [\"professional\"],\r\n"
             "  \"sections\": [{\"kind\": \"other\", \"heading\": \"About\", \"blocks\": [{\"type\": \"paragraph\", "
             "\"text\": \"A fictional text.\"}]}]\r\n}\r\n");
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer --date 2026-11-02").code, 0);
  const Outcome r = review(std::string("approve ") + kFile + " --by dr-reviewer");
  ASSERT_EQ(r.code, 0) << show(r);
  EXPECT_EQ(text(),
            "{\r\n  \"id\": \"example-article\",\r\n  \"title\": \"What is an example syndrome?\",\r\n"
            "  \"audiences\": [\"clinician\"],\r\n  \"authors\": [\"dr-example\"],\r\n"
            "  \"dates\": {\r\n    \"updated\": \"2026-10-01\",\r\n    \"reviewed\": \"2026-11-24\"\r\n  },\r\n"
            "  \"review\": {\r\n    \"status\": \"approved\",\r\n    \"history\": [\r\n"
            "      {\"status\": \"submitted\", \"date\": \"2026-10-01\", \"by\": \"dr-example\"},\r\n"
            "      {\"status\": \"under_review\", \"date\": \"2026-11-02\", \"by\": \"dr-reviewer\"},\r\n"
            "      {\"status\": \"approved\", \"date\": \"2026-11-24\", \"by\": \"dr-reviewer\"}\r\n    ]\r\n  },\r\n"
            "  \"notices\": [\r\n    \"educational-only\"\r\n  ],\r\n"
            "  \"disclaimers\": [\"professional\"],\r\n"
            "  \"sections\": [{\"kind\": \"other\", \"heading\": \"About\", \"blocks\": [{\"type\": \"paragraph\", "
            "\"text\": \"A fictional text.\"}]}]\r\n}\r\n");
}

TEST_F(Review, RefusesAStepTheWorkflowForbids) {
  expect_refused(std::string("approve ") + kFile + " --by dr-reviewer",
                 R"(the review workflow does not go from "submitted" to "approved")");
  expect_refused(std::string("resubmit ") + kFile + " --by dr-example",
                 R"(does not go from "submitted" to "submitted"; from "submitted" the next step is "under_review")");
}

TEST_F(Review, RefusesSomeoneNotOnTheBoardThatDay) {
  expect_refused(std::string("start ") + kFile + " --by ed-editor",
                 R"("ed-editor" is not on the Medical Advisory Board on 2026-11-24)");
  // On the board until 2025-06-30: the same person could start it then, not now.
  expect_refused(std::string("start ") + kFile + " --by dr-former-reviewer",
                 R"("dr-former-reviewer" is not on the Medical Advisory Board on 2026-11-24)");
  expect_refused(std::string("start ") + kFile + " --by dr-nobody", R"("dr-nobody" is not in the people registry)");
}

TEST_F(Review, RefusesAnAuthorsOwnApproval) {
  repo.write(kFile, article(true));
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer").code, 0);
  expect_refused(std::string("approve ") + kFile + " --by dr-second-author",
                 R"("dr-second-author" is an author of this article and cannot approve it)");
}

TEST_F(Review, RefusesApprovalWhileErrorFindingsRemainAndListsThem) {
  repo.write(kFile, replaced(article(), R"({"kind": "other", "heading": "About")",
                             R"({"kind": "guidelines", "heading": "About")"));
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer").code, 0);
  const std::string before = text();
  const Outcome r = review(std::string("approve ") + kFile + " --by dr-reviewer");
  EXPECT_EQ(r.code, 1) << show(r);
  EXPECT_TRUE(contains(r.err, "the article still has error findings")) << show(r);
  EXPECT_TRUE(contains(r.err, std::string(kFile) + ":10:101: error: Claim without a citation")) << show(r);
  EXPECT_TRUE(contains(r.err, "[CIT001 claim-without-citation]")) << show(r);
  EXPECT_EQ(text(), before);
}

TEST_F(Review, RefusesAStepThatWouldCauseADateFinding) {
  // Approved on the 3rd, but the article was updated on the 5th: DAT003.
  repo.write(kFile, replaced(article(), R"("updated": "2026-10-01")", R"("updated": "2026-10-05")"));
  ASSERT_EQ(review(std::string("start ") + kFile + " --by dr-reviewer --date 2026-10-02").code, 0);
  expect_refused(std::string("approve ") + kFile + " --by dr-reviewer --date 2026-10-03",
                 "[DAT003 changed-after-review]");
}

TEST_F(Review, RefusesAStepDatedBeforeTheLastOne) {
  expect_refused(std::string("start ") + kFile + " --by dr-reviewer --date 2026-09-30",
                 "the last review step was on 2026-10-01; a new one cannot be dated 2026-09-30");
}

TEST_F(Review, RefusesAFileThatIsNotValidJson) {
  repo.write(kFile, article().substr(0, 200));
  expect_refused(std::string("start ") + kFile + " --by dr-reviewer", "it is not a valid JSON article");
  repo.write(kFile, replaced(article(), R"("status": "submitted", "history")",
                             R"("status": "submitted", "status": "approved", "history")"));
  expect_refused(std::string("start ") + kFile + " --by dr-reviewer", "[JSON003 duplicate-key]");
}

TEST_F(Review, BadArgumentsAreToolErrors) {
  const std::string before = text();
  EXPECT_EQ(review(std::string("sign ") + kFile + " --by dr-reviewer").code, 2);
  EXPECT_EQ(review(std::string("start ") + kFile).code, 2);
  EXPECT_EQ(review("start --by dr-reviewer").code, 2);
  const Outcome future = review(std::string("start ") + kFile + " --by dr-reviewer --date 2026-11-25");
  EXPECT_EQ(future.code, 2) << show(future);
  EXPECT_TRUE(contains(future.err, "is after today")) << show(future);
  EXPECT_EQ(review("start content/articles/missing.json --by dr-reviewer").code, 2);
  EXPECT_EQ(review("start content/registry/people.json --by dr-reviewer").code, 2);
  EXPECT_EQ(text(), before);
}

// The disk fills up while the new file is written: the article is as it
// was and no temporary file is left beside it.
TEST_F(Review, AFailedWriteLeavesTheFileUnchanged) {
  const std::string before = text();
  RunOptions small;
  small.max_file_bytes = 200;
  const Outcome r = review(std::string("start ") + kFile + " --by dr-reviewer", small);
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "File too large (the file was not changed)")) << show(r);
  EXPECT_EQ(text(), before);
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(repo.path("content/articles"))) files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 1u);
}

TEST_F(Review, NeverWritesThroughASymlink) {
  repo.write("elsewhere/target.json", article());
  fs::remove(repo.path(kFile));
  fs::create_symlink(fs::absolute(repo.path("elsewhere/target.json")), repo.path(kFile));
  const Outcome r = review(std::string("start ") + kFile + " --by dr-reviewer");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "it is a symbolic link")) << show(r);
  EXPECT_EQ(read_text(repo.path("elsewhere/target.json")), article());
}

}  // namespace
