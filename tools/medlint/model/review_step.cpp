#include "medlint/model/review_step.h"

#include <algorithm>

#include "medlint/load/json_edits.h"
#include "medlint/model/review_workflow.h"

namespace medlint {

std::optional<ReviewAction> parse_review_action(std::string_view name) {
  if (name == "start") return ReviewAction::kStart;
  if (name == "request-changes") return ReviewAction::kRequestChanges;
  if (name == "approve") return ReviewAction::kApprove;
  if (name == "resubmit") return ReviewAction::kResubmit;
  return std::nullopt;
}

std::string_view target_status(ReviewAction action) {
  switch (action) {
    case ReviewAction::kStart: return "under_review";
    case ReviewAction::kRequestChanges: return "changes_requested";
    case ReviewAction::kApprove: return "approved";
    case ReviewAction::kResubmit: return "submitted";
  }
  return "submitted";
}

namespace {

constexpr std::string_view kPendingReview = "pending-review";

std::string quote(std::string_view s) { return json_quote(s); }

}  // namespace

PlannedStep plan_review_step(std::string_view text, const JsonDocument& doc, const Article& a, const Registry& registry,
                             const ReviewStep& step) {
  PlannedStep out;
  const auto refuse = [&](std::string why) {
    out.refusal = std::move(why);
    return out;
  };
  if (!doc.ok() || !doc.root().IsObject())
    return refuse("the file is not a valid JSON article; run `medlint check` on it");
  const NodeId history = doc.child(a.review, "history");
  if (a.review == kNoNode || !a.status.present() || history == kNoNode || !doc.value(history).IsArray()) {
    return refuse(
        "the article has no review.status and review.history to record the step in; `medlint check` says "
        "what is missing");
  }
  out.from = std::string(a.status.value);
  const std::string to(target_status(step.action));
  const ReviewWorkflow& workflow = ReviewWorkflow::get();
  if (!workflow.allows(out.from, to)) {
    return refuse("the review workflow does not go from \"" + out.from + "\" to \"" + to + "\"; from \"" + out.from +
                  "\" the next step is " + workflow.describe_next(out.from));
  }
  const Person* person = registry.person(step.by);
  if (!person) {
    return refuse("\"" + step.by + "\" is not in the people registry" +
                  (registry.people_file.empty() ? " (none was found)" : " (" + registry.people_file + ")"));
  }
  const ReviewWorkflow::State* state = workflow.state(to);
  if (state && state->board && !person->on_board(step.date)) {
    return refuse("\"" + step.by + "\" is not on the Medical Advisory Board on " + step.date.to_string() +
                  "; a step to \"" + to + "\" is the board's");
  }
  if (step.action == ReviewAction::kApprove) {
    for (const StringField& author : a.authors) {
      if (author.value == step.by) {
        return refuse("\"" + step.by + "\" is an author of this article and cannot approve it (four eyes: REV004)");
      }
    }
  }
  if (!a.history.empty() && a.history.back().date.present()) {
    const auto last = Date::parse(a.history.back().date.value);
    if (last && step.date < *last) {
      return refuse("the last review step was on " + last->to_string() + "; a new one cannot be dated " +
                    step.date.to_string());
    }
  }

  JsonEdits edit(text, doc);
  edit.replace_value(a.status.node, quote(to));
  std::string entry =
      "{\"status\": " + quote(to) + ", \"date\": " + quote(step.date.to_string()) + ", \"by\": " + quote(step.by);
  if (!step.note.empty()) entry += ", \"note\": " + quote(step.note);
  edit.append_item(history, entry + "}");

  if (step.action == ReviewAction::kApprove) {
    const NodeId dates = doc.child(0, "dates");
    if (dates == kNoNode || !doc.value(dates).IsObject()) return refuse("the article has no dates object");
    if (a.reviewed.present()) {
      edit.replace_value(a.reviewed.node, quote(step.date.to_string()));
    } else {
      edit.add_member(dates, "reviewed", quote(step.date.to_string()));
    }
  }
  // The pending-review notice shows exactly while the article is not approved (REV005).
  const NodeId notices = doc.child(0, "notices");
  const bool want_notice = to != "approved";
  std::vector<std::size_t> pending;
  if (notices != kNoNode && doc.value(notices).IsArray()) {
    for (std::size_t i = 0; i < doc.value(notices).Size(); ++i) {
      const auto& v = doc.value(doc.child(notices, i));
      if (v.IsString() && std::string_view(v.GetString(), v.GetStringLength()) == kPendingReview) pending.push_back(i);
    }
  }
  if (!want_notice) {
    for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
      if (it != pending.rbegin()) return refuse("the notices list \"pending-review\" twice; fix that first");
      edit.remove_item(notices, *it);
    }
  } else if (pending.empty()) {
    if (notices != kNoNode && doc.value(notices).IsArray()) {
      edit.append_item(notices, quote(kPendingReview));
    } else if (notices == kNoNode) {
      edit.add_member(0, "notices", "[" + quote(kPendingReview) + "]");
    } else {
      return refuse("the article's notices is not a list");
    }
  }
  auto edited = edit.apply();
  if (!edited) return refuse("medlint could not place the step's edits: " + edited.error().message);
  out.text = std::move(*edited);
  return out;
}

}  // namespace medlint
