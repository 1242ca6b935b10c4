// ART002 duplicate-id: two articles of the checked corpus share an `id`.
#include <map>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class DuplicateId final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"ART002",
                            "duplicate-id",
                            Severity::kError,
                            "Two articles in the corpus have the same `id`.",
                            {{"duplicate",
                              "Article id \"{id}\" is also used by {other}. Ids must be unique across the corpus; "
                              "rename one of the articles."}}};
    return m;
  }

  // Every article's id, whatever ART002's severity for that file.
  void note_for_corpus(FileContext& ctx) const override {
    const StringField& id = ctx.article().id;
    if (id.present() && !id.value.empty()) ctx.note(*this, std::string(id.value), id.node);
  }

  void check_corpus(CorpusContext& ctx) const override {
    // Notes arrive sorted by path; every later holder of an id is reported.
    std::map<std::string_view, const CorpusNote*> first;
    for (const CorpusNote* a : ctx.notes(*this)) {
      const auto [it, inserted] = first.emplace(a->key, a);
      if (!inserted) ctx.report(*this, "duplicate", *a, {{"id", a->key}, {"other", it->second->file}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_art002_duplicate_id() { return std::make_unique<DuplicateId>(); }

}  // namespace medlint
