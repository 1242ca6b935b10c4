// ART002 duplicate-id: two articles of the checked corpus share an `id`.
#include <map>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class DuplicateId final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "ART002", "duplicate-id", Severity::kError,
        "Two articles in the corpus have the same `id`.",
        {{"duplicate", "Article id \"{id}\" is also used by {other}. Ids must be unique across the corpus; "
                       "rename one of the articles."}}};
    return m;
  }

  void check_corpus(CorpusContext& ctx) const override {
    // Articles arrive sorted by path; every later holder of an id is reported.
    std::map<std::string_view, const ArticleSummary*> first;
    for (const ArticleSummary& a : ctx.articles()) {
      if (a.id.empty()) continue;
      const auto [it, inserted] = first.emplace(a.id, &a);
      if (!inserted) ctx.report(*this, "duplicate", a, {{"id", a.id}, {"other", it->second->file}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_art002_duplicate_id() { return std::make_unique<DuplicateId>(); }

}  // namespace medlint
