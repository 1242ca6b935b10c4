// DIS002 unknown-disclaimer: an attached disclaimer id (before any "@N") that
// the disclaimers registry does not have; or no disclaimers registry at all.
#include <string>

#include "medlint/engine/context.h"
#include "medlint/engine/schema_set.h"
#include "medlint/rules/disclaimer_ref.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnknownDisclaimer final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "DIS002",
        "unknown-disclaimer",
        Severity::kError,
        "An attached disclaimer is not in the disclaimers registry, or no registry was found.",
        {{"unknown",
          "Unknown disclaimer \"{id}\"{hint}: the disclaimers registry ({registry}) has no disclaimer with "
          "this id. Use an id from the registry, or add the disclaimer to it."},
         {"no-registry",
          "No disclaimers registry was found for this article ({where}), so its disclaimers cannot "
          "be checked."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    const Registry& reg = ctx.registry();
    if (reg.disclaimers_file.empty()) {
      // Once per article: at `disclaimers`, else at `audiences` (what DIS001
      // would have checked).
      NodeId at = ctx.doc().child(a.root, "disclaimers");
      if (at == kNoNode) at = ctx.doc().child(a.root, "audiences");
      if (at == kNoNode) return;
      const auto& configured = ctx.run().config.registry;
      const std::string where =
          configured ? "disclaimers.json in \"" + configured->lexically_normal().generic_string() +
                           "\", the folder that \"registry\" in medlint.json names"
                     : "registry/disclaimers.json beside the articles/ folder, or \"registry\" in medlint.json";
      ctx.report(*this, "no-registry", at, {{"where", where}});
      return;
    }
    if (!reg.disclaimers_loaded) return;  // the registry file reports its own errors
    std::vector<std::string> known;
    for (const Disclaimer& d : reg.disclaimers) known.push_back(d.id);
    for (const StringField& attached : a.disclaimers) {
      const std::string_view id = split_disclaimer_ref(attached.value).id;
      if (id.empty() || reg.disclaimer(id)) continue;  // an empty id is SCH001's
      const std::string near = closest_match(id, known);
      ctx.report(*this, "unknown", attached.node,
                 {{"id", std::string(id)},
                  {"registry", reg.disclaimers_file},
                  {"hint", near.empty() ? "" : " (did you mean \"" + near + "\"?)"}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dis002_unknown_disclaimer() { return std::make_unique<UnknownDisclaimer>(); }

}  // namespace medlint
