// CIT004 reference-order: Vancouver/ICMJE style numbers references in the
// order in which the text first cites them.
#include <set>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ReferenceOrder final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT004",
        "reference-order",
        Severity::kWarning,
        "References are not numbered in order of first citation.",
        {{"order",
          "Reference {id} is first cited after reference {previous}, but references are numbered in "
          "order of first citation (Vancouver). Expected numbering: {mapping}."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    // The ids in order of first citation, and where the order first breaks.
    std::vector<std::int64_t> first_cited;
    std::set<std::int64_t> seen;
    const Citation* breaking = nullptr;
    std::int64_t breaking_id = 0;
    std::int64_t previous = 0;
    for (const Citation& c : a.citations) {
      for (const std::int64_t id : c.ids) {
        if (!a.reference(id) || !seen.insert(id).second) continue;
        if (!breaking && !first_cited.empty() && id < first_cited.back()) {
          breaking = &c;
          breaking_id = id;
          previous = first_cited.back();
        }
        first_cited.push_back(id);
      }
    }
    if (!breaking) return;
    std::string mapping;
    for (std::size_t i = 0; i < first_cited.size(); ++i) {
      const auto wanted = static_cast<std::int64_t>(i + 1);
      if (first_cited[i] == wanted) continue;
      mapping += (mapping.empty() ? "" : ", ") + std::to_string(first_cited[i]) + " \u2192 " + std::to_string(wanted);
    }
    const MessageArgs args{
        {"id", std::to_string(breaking_id)}, {"previous", std::to_string(previous)}, {"mapping", mapping}};
    if (breaking->in_list_cites) {
      ctx.report(*this, "order", breaking->node, args);
    } else {
      ctx.report_text(*this, "order", breaking->node, breaking->begin, breaking->end, args);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit004_reference_order() { return std::make_unique<ReferenceOrder>(); }

}  // namespace medlint
