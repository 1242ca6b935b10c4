// The review workflow is data (tools/medlint/data/review_workflow.json):
// check its shape, and that the REV002 docs page shows the same transitions.
#include "medlint/model/review_workflow.h"

#include <gtest/gtest.h>

#include "medlint/base/embedded.h"

namespace medlint {
namespace {

TEST(ReviewWorkflow, IsTheStateMachineOfTheIssue) {
  const ReviewWorkflow& wf = ReviewWorkflow::get();
  EXPECT_EQ(wf.initial(), "submitted");
  EXPECT_TRUE(wf.allows("submitted", "under_review"));
  EXPECT_TRUE(wf.allows("under_review", "approved"));
  EXPECT_TRUE(wf.allows("under_review", "changes_requested"));
  EXPECT_TRUE(wf.allows("changes_requested", "submitted"));
  EXPECT_TRUE(wf.allows("approved", "submitted"));
  EXPECT_FALSE(wf.allows("submitted", "approved"));
  EXPECT_FALSE(wf.allows("approved", "approved"));
  EXPECT_FALSE(wf.allows("nonsense", "submitted"));
  EXPECT_EQ(wf.describe_next("under_review"), "\"approved\" or \"changes_requested\"");
  EXPECT_FALSE(wf.state("submitted")->board);
  EXPECT_TRUE(wf.state("approved")->board);
}

TEST(ReviewWorkflow, EveryNextStateExists) {
  const ReviewWorkflow& wf = ReviewWorkflow::get();
  ASSERT_NE(wf.state(wf.initial()), nullptr);
  for (const auto& s : wf.states()) {
    for (const auto& n : s.next) EXPECT_NE(wf.state(n), nullptr) << s.id << " -> " << n;
  }
}

TEST(ReviewWorkflow, Rev002DocsShowTheSameTransitions) {
  const std::string_view docs = embedded_file("tools/medlint/rules/rev002_invalid_transition.md");
  ASSERT_FALSE(docs.empty());
  for (const auto& s : ReviewWorkflow::get().states()) {
    std::string row = "| `" + s.id + "` | ";
    for (std::size_t i = 0; i < s.next.size(); ++i) row += (i ? ", `" : "`") + s.next[i] + "`";
    row += " |";
    EXPECT_NE(docs.find(row), std::string_view::npos) << "docs lack the row: " << row;
  }
}

}  // namespace
}  // namespace medlint
