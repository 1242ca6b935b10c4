// One review step recorded in an article's source (`medlint review`): the
// step is checked against the review workflow (tools/medlint/data/
// review_workflow.json), the people registry and the history, then written
// as a few text edits found from the parsed document: the status, one
// history entry, `dates.reviewed` on approval and the `pending-review`
// notice. Every other byte of the file stays as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/base/date.h"
#include "medlint/load/json_document.h"
#include "medlint/model/registry.h"

namespace medlint {

enum class ReviewAction { kStart, kRequestChanges, kApprove, kResubmit };

// "start", "request-changes", "approve", "resubmit".
std::optional<ReviewAction> parse_review_action(std::string_view name);
// The status the action moves the article into: "under_review", ...
std::string_view target_status(ReviewAction action);

struct ReviewStep {
  ReviewAction action = ReviewAction::kStart;
  std::string by;  // a person id of the registry
  Date date;
  std::string note;  // empty: no note
};

// The article with the step recorded, or why the step is refused.
struct PlannedStep {
  std::string text;     // the new bytes, when `refusal` is empty
  std::string refusal;  // e.g. "the workflow does not allow approved -> approved"
  std::string from;     // the status before the step
};

// `text` is the article's source and `doc`, `article` its parse.
PlannedStep plan_review_step(std::string_view text, const JsonDocument& doc, const Article& article,
                             const Registry& registry, const ReviewStep& step);

}  // namespace medlint
