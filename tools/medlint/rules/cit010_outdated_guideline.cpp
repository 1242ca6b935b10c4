// CIT010 outdated-guideline: a guideline reference published more than
// guidelineMaxAgeYears (default 5) years before today's year may have been
// superseded by a newer version.
#include <string>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class OutdatedGuideline final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT010",
        "outdated-guideline",
        Severity::kWarning,
        "A guideline reference is more than guidelineMaxAgeYears (default 5) years old.",
        {{"outdated",
          "Guideline reference {ref} is from {year}, {age} years before {current}, and guidelines more "
          "than {max} years old may have been superseded. Cite the current version, or check that this "
          "one is still in force."}}};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/guidelineMaxAgeYears", "integer", "5", "A guideline older than this many years (by its year) is reported."},
    };
    return kOptions;
  }

  void check_article(FileContext& ctx) const override {
    const int current = ctx.run().today.year;
    const int max_age = ctx.run().config.guideline_max_age_years;
    const std::vector<Reference>& refs = ctx.article().references;
    for (std::size_t i = 0; i < refs.size(); ++i) {
      const Reference& r = refs[i];
      // A negative year is SCH001's finding (and would overflow the subtraction).
      if (r.type.value != "guideline" || !r.year.present() || r.year.value < 0) continue;
      const std::int64_t age = current - r.year.value;
      if (age <= max_age) continue;
      ctx.report(*this, "outdated", r.year.node,
                 {{"ref", reference_label(r, i)},
                  {"year", std::to_string(r.year.value)},
                  {"age", std::to_string(age)},
                  {"current", std::to_string(current)},
                  {"max", std::to_string(max_age)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit010_outdated_guideline() { return std::make_unique<OutdatedGuideline>(); }

}  // namespace medlint
