// REV001 status-history-mismatch: review.status must be the state the
// history ends in, and the history must start where the workflow starts.
#include "medlint/engine/context.h"
#include "medlint/model/review_workflow.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class StatusHistoryMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "REV001",
        "status-history-mismatch",
        Severity::kError,
        "The review status differs from the last history step, or the history does not start with a submission.",
        {{"empty",
          "The review history is empty. Record every step with its status, date and person, starting "
          "with the \"{initial}\" step."},
         {"first",
          "The review history starts with \"{first}\"; it must start with \"{initial}\". Add the "
          "submission step that came before."},
         {"status",
          "review.status is \"{status}\" but the last history step is \"{last}\" ({date}). Make the "
          "status match the history, or record the step that changed it."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    if (a.review == kNoNode) return;  // SCH001 reports a missing review
    const ReviewWorkflow& wf = ReviewWorkflow::get();
    const NodeId history = ctx.doc().child(a.review, "history");
    if (history == kNoNode || !ctx.doc().value(history).IsArray()) return;
    if (a.history.empty()) {
      ctx.report(*this, "empty", history, {{"initial", wf.initial()}});
      return;
    }
    const HistoryEntry& first = a.history.front();
    if (first.status.present() && first.status.value != wf.initial()) {
      ctx.report(*this, "first", first.status.node,
                 {{"first", std::string(first.status.value)}, {"initial", wf.initial()}});
    }
    const HistoryEntry& last = a.history.back();
    // Statuses outside the workflow are SCH001's (the schema's enum).
    if (a.status.present() && last.status.present() && wf.state(a.status.value) && wf.state(last.status.value) &&
        a.status.value != last.status.value) {
      ctx.report(*this, "status", a.status.node,
                 {{"status", std::string(a.status.value)},
                  {"last", std::string(last.status.value)},
                  {"date", last.date.present() ? std::string(last.date.value) : "no date"}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev001_status_history_mismatch() { return std::make_unique<StatusHistoryMismatch>(); }

}  // namespace medlint
