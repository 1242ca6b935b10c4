// REV006 unknown-person: an author, or the person behind a submission, that
// the people registry does not know (review steps are REV003's).
#include "medlint/engine/context.h"
#include "medlint/model/review_workflow.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnknownPerson final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "REV006",
        "unknown-person",
        Severity::kError,
        "An author (or submitter) is not in the people registry.",
        {{"author",
          "Author \"{person}\" is not in the people registry ({registry}). {hint}Add them to the registry "
          "with their name and credentials, or correct the id."},
         {"submitter",
          "\"{person}\" recorded the \"{status}\" step but is not in the people registry "
          "({registry}). {hint}Add them to the registry, or correct the id."},
         {"no-registry",
          "No people registry was found for this article (registry/people.json beside the articles/ "
          "folder, or \"registry\" in medlint.json), so its authors cannot be checked."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    const Registry& reg = ctx.registry();
    if (reg.people_file.empty()) {
      const NodeId authors = ctx.doc().child(a.root, "authors");
      if (authors != kNoNode) ctx.report(*this, "no-registry", authors);
      return;
    }
    if (!reg.people_loaded) return;  // the registry file reports its own errors
    std::vector<std::string> known;
    for (const Person& p : reg.people) known.push_back(p.id);
    const auto args = [&](const StringField& id) {
      const std::string near = closest_match(id.value, known);
      return MessageArgs{{"person", std::string(id.value)},
                         {"registry", reg.people_file},
                         {"hint", near.empty() ? "" : "Did you mean \"" + near + "\"? "}};
    };
    for (const StringField& author : a.authors) {
      if (!reg.person(author.value)) ctx.report(*this, "author", author.node, args(author));
    }
    const ReviewWorkflow& wf = ReviewWorkflow::get();
    for (const HistoryEntry& step : a.history) {
      const ReviewWorkflow::State* state = step.status.present() ? wf.state(step.status.value) : nullptr;
      if (!state || state->board || !step.by.present() || reg.person(step.by.value)) continue;
      MessageArgs m = args(step.by);
      m.emplace_back("status", std::string(step.status.value));
      ctx.report(*this, "submitter", step.by.node, m);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev006_unknown_person() { return std::make_unique<UnknownPerson>(); }

}  // namespace medlint
