// DAT006 chronology: the dates of an article contradict each other: created
// after updated, a history step dated before the step listed above it, or a
// dates.reviewed that differs from the date of the last approval.
#include <string>

#include "medlint/engine/article_dates.h"
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

// "step 3 (\"approved\")", or "step 3" when the step has no status.
std::string step_name(const HistoryEntry& step, const JsonDocument& doc) {
  std::string name = "step " + std::to_string(history_step_number(step, doc));
  if (step.status.present()) name += " (\"" + std::string(step.status.value) + "\")";
  return name;
}

class Chronology final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"DAT006",
                            "chronology",
                            Severity::kError,
                            "The article's dates contradict each other (created, updated, history order, reviewed).",
                            {{"created-after-updated",
                              "The article was created on {created} (dates.created), after its last update on "
                              "{updated} (dates.updated); an article cannot change before it exists. Correct "
                              "whichever date is wrong."},
                             {"history-backwards",
                              "History {step} is dated {date}, {days} before {previous} on {previous_date}; the "
                              "history lists steps oldest first. Correct the date, or put the steps in the order "
                              "they happened."},
                             {"reviewed-differs",
                              "The article says it was reviewed on {reviewed} (dates.reviewed), but its last "
                              "approval, history step {step}, is dated {approved}. Set dates.reviewed to "
                              "{approved}, or correct the step's date if that is the wrong one."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    const JsonDocument& doc = ctx.doc();
    const auto parse = [](const StringField& f) { return f.present() ? Date::parse(f.value) : std::nullopt; };

    const auto created = parse(a.created);
    const auto updated = parse(a.updated);
    if (created && updated && *created > *updated) {
      ctx.report(*this, "created-after-updated", a.created.node,
                 {{"created", created->to_string()}, {"updated", updated->to_string()}});
    }

    // Each step against the closest step above it that has a calendar date.
    const HistoryEntry* previous = nullptr;
    std::optional<Date> previous_date;
    for (const HistoryEntry& step : a.history) {
      const auto date = parse(step.date);
      if (!date) continue;
      if (previous && *date < *previous_date) {
        ctx.report(*this, "history-backwards", step.date.node,
                   {{"step", step_name(step, doc)},
                    {"date", date->to_string()},
                    {"days", day_count(previous_date->days_since_epoch() - date->days_since_epoch())},
                    {"previous", step_name(*previous, doc)},
                    {"previous_date", previous_date->to_string()}});
      }
      previous = &step;
      previous_date = date;
    }

    const auto reviewed = parse(a.reviewed);
    const HistoryEntry* approval = last_approval(a);
    const auto approved = approval ? parse(approval->date) : std::nullopt;
    if (reviewed && approved && *reviewed != *approved) {
      ctx.report(*this, "reviewed-differs", a.reviewed.node,
                 {{"reviewed", reviewed->to_string()},
                  {"step", std::to_string(history_step_number(*approval, doc))},
                  {"approved", approved->to_string()}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dat006_chronology() { return std::make_unique<Chronology>(); }

}  // namespace medlint
