// CIT002 unknown-reference: a citation marker that is malformed or names a
// reference the article does not have.
#include <set>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnknownReference final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"CIT002",
                            "unknown-reference",
                            Severity::kError,
                            "A citation marker is malformed or cites a reference that does not exist.",
                            {{"malformed",
                              "Citation marker \"{marker}\" {problem}. Write markers as [1], [2, 3] or [3-5], with "
                              "reference numbers from the references list."},
                             {"unknown",
                              "\"{marker}\" cites {missing}, but the article has {available}. Add the reference or "
                              "fix the number."},
                             {"unknown-cites",
                              "`cites` lists {missing}, but the article has {available}. Add the reference or "
                              "fix the number."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    const std::string available = describe(a.reference_by_id);
    for (const Citation& c : a.citations) {
      if (!c.problem.empty()) {
        ctx.report_text(*this, "malformed", c.node, c.begin, c.end,
                        {{"marker", std::string(c.text)}, {"problem", c.problem}});
        continue;
      }
      std::set<std::int64_t> missing;  // one finding per marker, naming every missing id
      for (const std::int64_t id : c.ids) {
        if (!a.reference(id)) missing.insert(id);
      }
      if (missing.empty()) continue;
      std::string names = missing.size() == 1 ? "reference " : "references ";
      for (auto it = missing.begin(); it != missing.end(); ++it) {
        names += (it == missing.begin() ? "" : ", ") + std::to_string(*it);
      }
      const MessageArgs args{{"marker", std::string(c.text)}, {"missing", names}, {"available", available}};
      if (c.in_list_cites) {
        ctx.report(*this, "unknown-cites", c.node, args);
      } else {
        ctx.report_text(*this, "unknown", c.node, c.begin, c.end, args);
      }
    }
  }

 private:
  // "no references", "reference 1", "references 1-6", "references 1, 2, 5".
  static std::string describe(const std::map<std::int64_t, std::size_t>& ids) {
    if (ids.empty()) return "no references";
    const std::int64_t first = ids.begin()->first;
    const std::int64_t last = ids.rbegin()->first;
    if (ids.size() == 1) return "only reference " + std::to_string(first);
    if (last - first + 1 == static_cast<std::int64_t>(ids.size())) {
      return "references " + std::to_string(first) + "-" + std::to_string(last);
    }
    std::string out = "references ";
    for (auto it = ids.begin(); it != ids.end(); ++it)
      out += (it == ids.begin() ? "" : ", ") + std::to_string(it->first);
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit002_unknown_reference() { return std::make_unique<UnknownReference>(); }

}  // namespace medlint
