// CIT003 unused-reference: a reference that nothing in the article cites.
#include <set>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnusedReference final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"CIT003",
                            "unused-reference",
                            Severity::kWarning,
                            "A reference is never cited.",
                            {{"unused",
                              "Reference {id} is never cited. Cite it where the article relies on it, or remove it and "
                              "renumber the references."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    std::set<std::int64_t> cited;
    for (const Citation& c : ctx.article().citations) cited.insert(c.ids.begin(), c.ids.end());
    for (const Reference& r : ctx.article().references) {
      if (r.id.present() && !cited.count(r.id.value)) {
        ctx.report(*this, "unused", r.id.node, {{"id", std::to_string(r.id.value)}});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit003_unused_reference() { return std::make_unique<UnusedReference>(); }

}  // namespace medlint
