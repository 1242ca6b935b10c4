// The date rules (DAT001-DAT006) and their helpers (article_dates.h) on
// in-memory articles: the boundaries the fixtures do not show (the day a
// review falls due, leap years, warningDays 0, audiences whose windows
// differ), the review config keys, and the bundled NMS article.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "medlint/engine/article_dates.h"
#include "config_file.h"
#include "files.h"
#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

struct Parts {
  std::string audiences = R"(["clinician"])";
  std::string dates = R"({"updated": "2026-10-01"})";
  std::string status = "submitted";
  std::string history = R"([{"status": "submitted", "date": "2026-10-01", "by": "dr-example"}])";
};

std::string article(const Parts& p) {
  return R"({
  "id": "example",
  "title": "What is an example condition?",
  "audiences": )" +
         p.audiences + R"(,
  "authors": ["dr-example"],
  "dates": )" +
         p.dates + R"(,
  "review": {"status": ")" +
         p.status + R"(", "history": )" + p.history + R"(},
  "sections": [{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A paragraph."}]}]
}
)";
}

// A history that reaches "approved" on `approved`.
std::string approved_on(const std::string& approved) {
  return R"([{"status": "submitted", "date": "2020-01-01", "by": "dr-example"},
             {"status": "under_review", "date": "2020-01-02", "by": "dr-reviewer"},
             {"status": "approved", "date": ")" +
         approved + R"(", "by": "dr-reviewer"}])";
}

std::vector<Finding> lint(std::unique_ptr<Rule> rule, const std::string& json, Config config = {},
                          Date today = {2026, 11, 24}) {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::move(rule));
  const Linter linter(std::move(rules), SchemaSet::bundled(), std::move(config), today);
  const SourceFile source("articles/example.json", json);
  return linter.lint_source(source, FileKind::kArticle).findings;
}

// The model of an article, with the document it points into.
struct Model {
  explicit Model(const std::string& json) : text(json), doc(JsonDocument::parse(text)), article(build_article(doc)) {}
  std::string text;
  JsonDocument doc;
  Article article;
};

// --- helpers ---------------------------------------------------------------

TEST(ArticleDates, DateShapeIsTheSchemaPattern) {
  EXPECT_TRUE(has_date_shape("2025-02-30"));
  EXPECT_TRUE(has_date_shape("0000-00-00"));
  EXPECT_FALSE(has_date_shape("2025-2-30"));
  EXPECT_FALSE(has_date_shape("2025/02/30"));
  EXPECT_FALSE(has_date_shape("2025-02-30 "));
  EXPECT_FALSE(has_date_shape("May 5, 2025"));
  EXPECT_FALSE(has_date_shape(""));
}

TEST(ArticleDates, AddDaysCrossesMonthsAndLeapDays) {
  EXPECT_EQ(add_days({2025, 11, 24}, 365), (Date{2026, 11, 24}));
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(add_days({2023, 2, 28}, 1), (Date{2023, 3, 1}));
  EXPECT_EQ(add_days({2023, 3, 1}, 366), (Date{2024, 3, 1}));
  EXPECT_EQ(day_count(1), "1 day");
  EXPECT_EQ(day_count(0), "0 days");
}

TEST(ArticleDates, ListsEveryDateWithItsLabel) {
  Parts p;
  p.dates = R"({"created": "2026-09-01", "updated": "2026-02-30", "reviewed": 20261001})";
  p.history = R"([{"status": "submitted", "date": "2026-10-01", "by": "dr-example"}, "not a step",
                 {"date": "2026-10-02", "by": "dr-example"}])";
  const Model m(article(p));
  const auto dates = article_dates(m.article, m.doc);
  ASSERT_EQ(dates.size(), 4u);  // a reviewed date that is a number is SCH001's
  EXPECT_EQ(dates[0].label, "dates.created");
  EXPECT_EQ(dates[1].label, "dates.updated");
  EXPECT_FALSE(dates[1].date);
  EXPECT_EQ(dates[2].label, "history step 1, \"submitted\"");
  EXPECT_EQ(dates[3].label, "history step 3");  // numbered by its place in the array
  EXPECT_EQ(dates[3].step, 1);
}

TEST(ArticleDates, ReviewClockPrefersReviewedThenApprovalThenUpdated) {
  Parts p;
  p.status = "approved";
  p.history = approved_on("2026-03-01");
  p.dates = R"({"updated": "2026-01-01", "reviewed": "2026-04-01"})";
  {
    const Model m(article(p));
    const auto c = review_clock(m.article, m.doc);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->source, ReviewClock::Source::kReviewed);
    EXPECT_EQ(c->date, (Date{2026, 4, 1}));
  }
  p.dates = R"({"updated": "2026-01-01", "reviewed": "2026-02-30"})";  // DAT001: the approval stands in
  {
    const Model m(article(p));
    const auto c = review_clock(m.article, m.doc);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->source, ReviewClock::Source::kApproval);
    EXPECT_EQ(c->label, "history step 3, \"approved\"");
    EXPECT_EQ(c->date, (Date{2026, 3, 1}));
  }
  p.history = approved_on("2026-02-30");  // reviewed, but on no readable day: no clock
  {
    const Model m(article(p));
    EXPECT_FALSE(review_clock(m.article, m.doc));
  }
  p = Parts{};  // never reviewed
  {
    const Model m(article(p));
    const auto c = review_clock(m.article, m.doc);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->source, ReviewClock::Source::kNeverReviewed);
    EXPECT_EQ(c->label, "dates.updated");
  }
}

TEST(ArticleDates, StrictestAudienceWins) {
  ReviewConfig config;
  config.audiences["patient"] = {200, 10};    // warns after day 190
  config.audiences["clinician"] = {210, 60};  // warns after day 150
  Parts p;
  p.audiences = R"(["clinician", "patient"])";
  const Model both(article(p));
  const AppliedReviewLimits a = applied_review_limits(both.article, config);
  EXPECT_EQ(a.max_age_days, 200);
  EXPECT_EQ(a.audience, "patient");
  EXPECT_EQ(a.warn_after_days, 150);

  p.audiences = R"(["caregiver"])";  // no entry: the top-level limits
  const Model caregiver(article(p));
  const AppliedReviewLimits c = applied_review_limits(caregiver.article, config);
  EXPECT_EQ(c.max_age_days, 365);
  EXPECT_EQ(c.warn_after_days, 335);
  EXPECT_EQ(c.audience, "");

  p.audiences = "[]";
  const Model none(article(p));
  EXPECT_EQ(applied_review_limits(none.article, config).max_age_days, 365);
}

// --- DAT001 ----------------------------------------------------------------

TEST(InvalidDate, ExplainsWhyTheDayDoesNotExist) {
  Parts p;
  p.dates = R"({"created": "2025-01-00", "updated": "2100-02-29", "reviewed": "2025-00-10"})";
  p.history = R"([{"status": "submitted", "date": "2000-02-29", "by": "dr-example"},
                 {"status": "submitted", "date": "2026-04-31", "by": "dr-example"}])";
  const auto f = lint(make_dat001_invalid_date(), article(p));
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].message,
            "The date \"2025-01-00\" (dates.created) is not a calendar date: January 2025 has 31 days. Write the "
            "real date as YYYY-MM-DD.");
  EXPECT_NE(f[1].message.find("February 2100 has 28 days"), std::string::npos) << f[1].message;  // not a leap year
  EXPECT_NE(f[2].message.find("there is no month 00"), std::string::npos) << f[2].message;
  EXPECT_NE(f[3].message.find("(history step 2, \"submitted\") is not a calendar date: April 2026 has 30 days"),
            std::string::npos)
      << f[3].message;
  EXPECT_EQ(f[3].pointer, "/review/history/1/date");
}

TEST(InvalidDate, LeavesOtherShapesToTheSchema) {
  Parts p;
  p.dates = R"({"created": "2025-2-30", "updated": "May 5, 2025", "reviewed": "2025-02-30T00:00"})";
  EXPECT_TRUE(lint(make_dat001_invalid_date(), article(p)).empty());
}

// --- DAT002 ----------------------------------------------------------------

TEST(FutureDate, ReadsTodayFromTheRun) {
  Parts p;
  p.dates = R"({"updated": "2026-11-24"})";
  p.history = R"([{"status": "submitted", "date": "2026-11-24", "by": "dr-example"}])";
  EXPECT_TRUE(lint(make_dat002_future_date(), article(p)).empty());  // today is not the future
  const auto f = lint(make_dat002_future_date(), article(p), {}, Date{2026, 11, 23});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].message,
            "The date 2026-11-24 (dates.updated) is 1 day after today (2026-11-23). A date records something that "
            "has happened: correct it (a typo, or a date planned ahead?), or add it once the event has taken place.");
  EXPECT_EQ(f[1].pointer, "/review/history/0/date");
}

// --- DAT003 ----------------------------------------------------------------

TEST(ChangedAfterReview, FallsBackToReviewedWithoutAnApprovedStep) {
  Parts p;
  p.status = "approved";
  p.dates = R"({"updated": "2026-10-02", "reviewed": "2026-10-01"})";
  const auto f = lint(make_dat003_changed_after_review(), article(p));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].pointer, "/dates/updated");
  EXPECT_NE(f[0].message.find("updated on 2026-10-02, 1 day after its approval on 2026-10-01 (dates.reviewed)"),
            std::string::npos)
      << f[0].message;
}

TEST(ChangedAfterReview, TheHistoryBeatsDatesReviewed) {
  // Approved on 2026-05-01 after the change of 2026-04-01; dates.reviewed is
  // stale (DAT006), but the approved version includes the change.
  Parts p;
  p.status = "approved";
  p.history = approved_on("2026-05-01");
  p.dates = R"({"updated": "2026-04-01", "reviewed": "2026-03-01"})";
  EXPECT_TRUE(lint(make_dat003_changed_after_review(), article(p)).empty());
}

TEST(ChangedAfterReview, OnlyApprovedArticlesWithReadableDates) {
  Parts p;
  p.history = approved_on("2026-05-01");
  p.dates = R"({"updated": "2026-06-01"})";
  p.status = "under_review";
  EXPECT_TRUE(lint(make_dat003_changed_after_review(), article(p)).empty());
  p.status = "approved";
  EXPECT_EQ(lint(make_dat003_changed_after_review(), article(p)).size(), 1u);
  p.history = approved_on("2026-02-30");
  EXPECT_TRUE(lint(make_dat003_changed_after_review(), article(p)).empty());
}

// --- DAT004 and DAT005 -----------------------------------------------------

// The findings of DAT004 and DAT005 for an article last reviewed on `reviewed`.
std::vector<Finding> review_findings(const std::string& reviewed, Config config = {},
                                     const std::string& audiences = R"(["clinician"])") {
  Parts p;
  p.audiences = audiences;
  p.status = "approved";
  p.history = approved_on(reviewed);
  p.dates = R"({"updated": "2020-01-01", "reviewed": ")" + reviewed + "\"}";
  auto f = lint(make_dat004_review_overdue(), article(p), config);
  for (Finding& x : lint(make_dat005_review_due_soon(), article(p), config)) f.push_back(std::move(x));
  return f;
}

TEST(ReviewAge, DefaultLimitsDayByDay) {
  EXPECT_TRUE(review_findings("2025-12-24").empty());  // 335 days: one day before the window

  auto f = review_findings("2025-12-23");  // 336 days: due in 29 days
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "DAT005");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
  EXPECT_EQ(f[0].message,
            "The last review on 2025-12-23 (dates.reviewed) was 336 days before today (2026-11-24); the next review "
            "is due by 2026-12-23, in 29 days, under the 365-day limit. Schedule it with the Medical Advisory Board.");

  f = review_findings("2025-11-25");  // 364 days
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("due by 2026-11-25, in 1 day,"), std::string::npos) << f[0].message;

  f = review_findings("2025-11-24");  // 365 days: due today, not overdue
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "DAT005");
  EXPECT_NE(f[0].message.find("due by 2026-11-24, today,"), std::string::npos) << f[0].message;

  f = review_findings("2025-11-23");  // 366 days: overdue
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "DAT004");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].pointer, "/dates/reviewed");
  EXPECT_EQ(f[0].message,
            "The last review on 2025-11-23 (dates.reviewed) was 366 days before today (2026-11-24), more than the "
            "365-day limit; the next review was due by 2026-11-23. Have the Medical Advisory Board review the article "
            "again, and record the approval and dates.reviewed.");
}

TEST(ReviewAge, WarningDaysZeroTurnsTheWarningOff) {
  Config config;
  config.review.limits.warning_days = 0;
  EXPECT_TRUE(review_findings("2025-11-24", config).empty());
  EXPECT_EQ(review_findings("2025-11-23", config).size(), 1u);  // DAT004 stays
}

TEST(ReviewAge, EachAudienceWarnsOnItsOwnScheduleAndTheSmallestLimitDecides) {
  Config config;
  config.review.audiences["patient"] = {200, 10};
  config.review.audiences["clinician"] = {210, 60};
  // 160 days: only the clinician window (after day 150) has started; the
  // review is due by the patient limit, day 200.
  auto f = review_findings("2026-06-17", config, R"(["patient", "clinician"])");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "DAT005");
  EXPECT_NE(f[0].message.find("160 days before today (2026-11-24); the next review is due by 2027-01-03, in 40 days, "
                              "under the 200-day limit for patient articles."),
            std::string::npos)
      << f[0].message;
  f = review_findings("2026-05-07", config, R"(["patient", "clinician"])");  // 201 days
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "DAT004");
  EXPECT_NE(f[0].message.find("more than the 200-day limit for patient articles"), std::string::npos);
  EXPECT_TRUE(review_findings("2026-05-07", config, R"(["clinician"])").size() == 1u);  // 201 > 150: DAT005
}

TEST(ReviewAge, NeverReviewedCountsFromTheLastUpdate) {
  Parts p;
  p.dates = R"({"updated": "2025-11-20"})";
  const auto f = lint(make_dat004_review_overdue(), article(p));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].pointer, "/dates/updated");
  EXPECT_EQ(f[0].message,
            "The article has never been reviewed, and its last update on 2025-11-20 (dates.updated) was 369 days "
            "before today (2026-11-24), more than the 365-day limit; a review was due by 2026-11-20. Submit it to "
            "the Medical Advisory Board for review.");
}

TEST(ReviewAge, FutureAndUnreadableDatesAreLeftToOtherRules) {
  Config config;
  config.review.limits.warning_days = 400;  // would warn from day 0
  Parts p;
  p.dates = R"({"updated": "2026-12-01"})";
  EXPECT_TRUE(lint(make_dat005_review_due_soon(), article(p), config).empty());
  p.dates = R"({"updated": "2024-02-30"})";
  EXPECT_TRUE(lint(make_dat004_review_overdue(), article(p)).empty());
}

// --- DAT006 ----------------------------------------------------------------

TEST(Chronology, ComparesEachStepWithTheNearestReadableStepAbove) {
  Parts p;
  p.dates = R"({"created": "2026-10-01", "updated": "2026-10-01"})";  // the same day is fine
  p.history = R"([{"status": "submitted", "date": "2026-10-05", "by": "dr-example"},
                 {"status": "under_review", "date": "2026-13-01", "by": "dr-reviewer"},
                 {"status": "changes_requested", "date": "2026-10-04", "by": "dr-reviewer"},
                 {"status": "submitted", "date": "2026-10-04", "by": "dr-example"}])";
  const auto f = lint(make_dat006_chronology(), article(p));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].pointer, "/review/history/2/date");
  EXPECT_EQ(f[0].message,
            "History step 3 (\"changes_requested\") is dated 2026-10-04, 1 day before step 1 (\"submitted\") on "
            "2026-10-05; the history lists steps oldest first. Correct the date, or put the steps in the order they "
            "happened.");
}

TEST(Chronology, ReviewedNeedsAnApprovalToCompareWith) {
  Parts p;
  p.dates = R"({"updated": "2026-10-01", "reviewed": "2026-10-02"})";
  EXPECT_TRUE(lint(make_dat006_chronology(), article(p)).empty());
  p.status = "approved";
  p.history = approved_on("2026-10-02");
  EXPECT_TRUE(lint(make_dat006_chronology(), article(p)).empty());
  p.dates = R"({"created": "2026-10-03", "updated": "2026-10-01", "reviewed": "2026-10-01"})";
  const auto f = lint(make_dat006_chronology(), article(p));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].pointer, "/dates/created");
  EXPECT_EQ(f[1].pointer, "/dates/reviewed");
}

// --- config ----------------------------------------------------------------

using ReviewConfigTest = testing::ConfigFileTest;

TEST_F(ReviewConfigTest, DefaultsAndOverrides) {
  auto c = load("{}");
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->review.limits.max_age_days, 365);
  EXPECT_EQ(c->review.limits.warning_days, 30);
  EXPECT_TRUE(c->review.audiences.empty());

  c = load(R"({"review": {"audiences": {"patient": {"maxAgeDays": 180}, "clinician": {"warningDays": 7}},
               "maxAgeDays": 730, "warningDays": 60}})");
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->review.limits.max_age_days, 730);
  EXPECT_EQ(c->review.limits.warning_days, 60);
  ASSERT_EQ(c->review.audiences.size(), 2u);
  EXPECT_EQ(c->review.audiences.at("patient").max_age_days, 180);
  EXPECT_EQ(c->review.audiences.at("patient").warning_days, 60);  // from the top level, wherever it is written
  EXPECT_EQ(c->review.audiences.at("clinician").max_age_days, 730);
  EXPECT_EQ(c->review.audiences.at("clinician").warning_days, 7);
}

TEST_F(ReviewConfigTest, TheSchemaRejectsBadValues) {
  for (const char* bad : {R"({"review": {"maxAgeDays": 0}})", R"({"review": {"warningDays": -1}})",
                          R"({"review": {"maxAgeDays": "365"}})", R"({"review": {"maxAge": 365}})",
                          R"({"review": {"audiences": {"patients": {"maxAgeDays": 180}}}})",
                          R"({"review": {"audiences": {"patient": {"maxAgeDays": 1.5}}}})"}) {
    std::string error = refusal(bad);
    EXPECT_NE(error.find("medlint.json:1:"), std::string::npos) << bad << ": " << error;
  }
}

// --- the bundled article ---------------------------------------------------

TEST(DateRules, TheNmsArticleWasNeverReviewedAndIsOverdue) {
  const std::string path = std::string(MEDLINT_SOURCE_DIR) + "/content/articles/neuroleptic-malignant-syndrome.json";
  const SourceFile source(path, testing::read_text(path));
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  std::vector<Finding> dat;
  for (const Finding& f : linter.lint_source(source, FileKind::kArticle).findings) {
    if (f.code.starts_with("DAT")) dat.push_back(f);
  }
  ASSERT_EQ(dat.size(), 1u);
  EXPECT_EQ(dat[0].code, "DAT004");
  EXPECT_EQ(dat[0].pointer, "/dates/updated");
  EXPECT_NE(dat[0].message.find("never been reviewed, and its last update on 2025-05-05 (dates.updated) was 568 days"),
            std::string::npos)
      << dat[0].message;
}

}  // namespace
}  // namespace medlint
