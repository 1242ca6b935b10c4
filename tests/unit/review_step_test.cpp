// plan_review_step: a review step becomes a few text edits in the file's own
// layout, or a refusal with its reason.
#include "medlint/model/review_step.h"

#include <gtest/gtest.h>

#include <string>

#include "medlint/model/article.h"
#include "medlint/load/json_document.h"
#include "medlint/model/registry.h"

namespace medlint {
namespace {

Registry people() {
  static const std::string json = R"json({"people": [
    {"id": "dr-a", "name": "Dr. A (fictional)", "roles": ["author"]},
    {"id": "dr-b", "name": "Dr. B (fictional)", "roles": ["reviewer"], "board": {"from": "2020-01-01"}},
    {"id": "dr-c", "name": "Dr. C (fictional)", "roles": ["reviewer"], "board": {"from": "2020-01-01", "to": "2024-12-31"}}
  ]})json";
  Registry r;
  r.add_people(JsonDocument::parse(json), "people.json");
  return r;
}

ReviewStep step(ReviewAction action, const std::string& by, const std::string& date = "2026-11-24") {
  return ReviewStep{action, by, *Date::parse(date), {}};
}

PlannedStep plan(const std::string& text, const ReviewStep& s) {
  const JsonDocument doc = JsonDocument::parse(text);
  const Article article = build_article(doc);
  return plan_review_step(text, doc, article, people(), s);
}

TEST(ReviewAction, ParsesTheFourActions) {
  EXPECT_EQ(parse_review_action("start"), ReviewAction::kStart);
  EXPECT_EQ(parse_review_action("request-changes"), ReviewAction::kRequestChanges);
  EXPECT_EQ(parse_review_action("approve"), ReviewAction::kApprove);
  EXPECT_EQ(parse_review_action("resubmit"), ReviewAction::kResubmit);
  EXPECT_FALSE(parse_review_action("Approve"));
  EXPECT_FALSE(parse_review_action(""));
  EXPECT_EQ(target_status(ReviewAction::kRequestChanges), "changes_requested");
}

TEST(ReviewStep, CompactJsonStaysOnOneLine) {
  const std::string in =
      R"({"authors":["dr-a"],"dates":{"updated":"2026-10-01"},"review":{"status":"under_review","history":[)"
      R"({"status":"submitted","date":"2026-10-01","by":"dr-a"},{"status":"under_review","date":"2026-10-02","by":"dr-b"}]},)"
      R"("notices":["pending-review"]})";
  const PlannedStep p = plan(in, step(ReviewAction::kApprove, "dr-b"));
  ASSERT_EQ(p.refusal, "");
  EXPECT_EQ(p.from, "under_review");
  EXPECT_EQ(
      p.text,
      R"({"authors":["dr-a"],"dates":{"updated":"2026-10-01", "reviewed": "2026-11-24"},"review":{"status":"approved","history":[)"
      R"({"status":"submitted","date":"2026-10-01","by":"dr-a"},{"status":"under_review","date":"2026-10-02","by":"dr-b"}, )"
      R"({"status": "approved", "date": "2026-11-24", "by": "dr-b"}]},)"
      R"("notices":[]})");
}

TEST(ReviewStep, AnExistingReviewedDateIsReplaced) {
  const std::string in =
      "{\"dates\": {\"reviewed\": \"2025-01-01\", \"updated\": \"2026-10-01\"},\n"
      " \"review\": {\"status\": \"under_review\", \"history\": []}}";
  const PlannedStep p = plan(in, step(ReviewAction::kApprove, "dr-b"));
  ASSERT_EQ(p.refusal, "");
  EXPECT_EQ(p.text,
            "{\"dates\": {\"reviewed\": \"2026-11-24\", \"updated\": \"2026-10-01\"},\n"
            " \"review\": {\"status\": \"approved\", \"history\": [{\"status\": \"approved\", \"date\": "
            "\"2026-11-24\", \"by\": \"dr-b\"}]}}");
}

TEST(ReviewStep, TheNoticeIsAddedWhereThereWasNone) {
  const std::string in = "{\n\t\"review\": {\"status\": \"approved\", \"history\": []},\n\t\"title\": \"T\"\n}\n";
  const PlannedStep p = plan(in, step(ReviewAction::kResubmit, "dr-a"));
  ASSERT_EQ(p.refusal, "");
  EXPECT_EQ(p.text,
            "{\n\t\"review\": {\"status\": \"submitted\", \"history\": [{\"status\": \"submitted\", \"date\": "
            "\"2026-11-24\", \"by\": \"dr-a\"}]},\n\t\"title\": \"T\",\n\t\"notices\": [\"pending-review\"]\n}\n");

  const std::string listed = R"({"review": {"status": "approved", "history": []}, "notices": ["educational-only"]})";
  EXPECT_EQ(plan(listed, step(ReviewAction::kResubmit, "dr-a")).text,
            R"({"review": {"status": "submitted", "history": [{"status": "submitted", "date": "2026-11-24", )"
            R"("by": "dr-a"}]}, "notices": ["educational-only", "pending-review"]})");
}

TEST(ReviewStep, TheNoticeIsRemovedWithItsComma) {
  const auto approve = [](const std::string& notices) {
    const std::string in =
        R"({"review": {"status": "under_review", "history": []}, "dates": {}, "notices": )" + notices + "}";
    const PlannedStep p = plan(in, step(ReviewAction::kApprove, "dr-b"));
    EXPECT_EQ(p.refusal, "");
    return p.text.substr(p.text.find("\"notices\": ") + 11);
  };
  EXPECT_EQ(approve(R"(["pending-review", "educational-only"])"), R"(["educational-only"]})");
  EXPECT_EQ(approve(R"(["educational-only", "pending-review"])"), R"(["educational-only"]})");
  EXPECT_EQ(approve(R"(["a", "pending-review", "b"])"), R"(["a", "b"]})");
  EXPECT_EQ(approve(R"([ "pending-review" ])"), R"([]})");
}

TEST(ReviewStep, NotesAndIdsAreJsonEscaped) {
  const std::string in = R"({"review": {"status": "submitted", "history": []}, "notices": ["pending-review"]})";
  ReviewStep s = step(ReviewAction::kStart, "dr-b");
  s.note = "said \"ok\"\n<script>";
  EXPECT_EQ(plan(in, s).text, R"({"review": {"status": "under_review", "history": [{"status": "under_review", )"
                              R"("date": "2026-11-24", "by": "dr-b", "note": "said \"ok\"\n<script>"}]}, )"
                              R"("notices": ["pending-review"]})");
}

TEST(ReviewStep, Refusals) {
  const std::string submitted = R"({"authors": ["dr-b"], "review": {"status": "submitted", "history": []}})";
  const std::string reviewing = R"({"authors": ["dr-b"], "review": {"status": "under_review", "history": []}})";
  EXPECT_EQ(
      plan(submitted, step(ReviewAction::kApprove, "dr-b")).refusal,
      R"(the review workflow does not go from "submitted" to "approved"; from "submitted" the next step is "under_review")");
  EXPECT_EQ(plan(submitted, step(ReviewAction::kStart, "dr-x")).refusal,
            R"("dr-x" is not in the people registry (people.json))");
  EXPECT_EQ(plan(submitted, step(ReviewAction::kStart, "dr-a")).refusal,
            R"("dr-a" is not on the Medical Advisory Board on 2026-11-24; a step to "under_review" is the board's)");
  EXPECT_EQ(plan(submitted, step(ReviewAction::kStart, "dr-c", "2024-12-31")).refusal, "");
  EXPECT_NE(plan(submitted, step(ReviewAction::kStart, "dr-c", "2025-01-01")).refusal, "");
  EXPECT_EQ(plan(reviewing, step(ReviewAction::kApprove, "dr-b")).refusal,
            R"("dr-b" is an author of this article and cannot approve it (four eyes: REV004))");
  EXPECT_EQ(plan(reviewing, step(ReviewAction::kRequestChanges, "dr-b")).refusal, "");
  EXPECT_NE(plan(R"({"review": {"status": "submitted"}})", step(ReviewAction::kStart, "dr-b")).refusal, "");
  EXPECT_NE(plan(R"({"review": {"status": "submitted", "history": []})", step(ReviewAction::kStart, "dr-b")).refusal,
            "");
  EXPECT_NE(plan(R"([1])", step(ReviewAction::kStart, "dr-b")).refusal, "");
  EXPECT_EQ(
      plan(
          R"({"review": {"status": "under_review", "history": []}, "dates": {}, "notices": ["pending-review", "pending-review"]})",
          step(ReviewAction::kApprove, "dr-b"))
          .refusal,
      R"(the notices list "pending-review" twice; fix that first)");
}

}  // namespace
}  // namespace medlint
