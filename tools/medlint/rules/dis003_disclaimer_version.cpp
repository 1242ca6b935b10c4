// DIS003 disclaimer-version: an attached disclaimer pinned as "id@N" to a
// version other than the registry's current one (older: the text changed
// since; newer: the pin names a version that does not exist).
#include <string>

#include "medlint/engine/context.h"
#include "medlint/rules/disclaimer_ref.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class DisclaimerVersion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DIS003",
        "disclaimer-version",
        Severity::kWarning,
        "An attached disclaimer is pinned to a version other than the registry's current one.",
        {{"older",
          "Disclaimer \"{id}\" is pinned to version {pinned}, but the registry's current version is "
          "{current}: its text has changed since. Review the current text of {title} and update the pin to "
          "\"{id}@{current}\"."},
         {"newer",
          "Disclaimer \"{id}\" is pinned to version {pinned}, which does not exist: the registry's current "
          "version is {current}. Correct the pin to \"{id}@{current}\" after checking that the article shows "
          "the current text of {title}."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Registry& reg = ctx.registry();
    if (!reg.disclaimers_loaded) return;  // DIS002 says that no registry was found
    for (const StringField& attached : ctx.article().disclaimers) {
      const DisclaimerRef ref = split_disclaimer_ref(attached.value);
      if (!ref.version) continue;  // not pinned, or a malformed pin (SCH001)
      const Disclaimer* d = reg.disclaimer(ref.id);
      if (!d || d->version < 1 || *ref.version == d->version) continue;  // DIS002; a bad registry version is SCH001's
      ctx.report(*this, *ref.version < d->version ? "older" : "newer", attached.node,
                 {{"id", d->id},
                  {"pinned", std::string(ref.pin)},
                  {"current", std::to_string(d->version)},
                  {"title", "\"" + (d->title.empty() ? d->id : d->title) + "\""}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dis003_disclaimer_version() { return std::make_unique<DisclaimerVersion>(); }

}  // namespace medlint
