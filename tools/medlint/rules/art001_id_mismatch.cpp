// ART001 id-mismatch: an article's `id` must equal its file name without
// ".json", so links, reviews and audit reports all name the same article.
#include <filesystem>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class IdMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "ART001",
        "id-mismatch",
        Severity::kError,
        "The article `id` differs from its file name.",
        {{"mismatch",
          "Article id \"{id}\" does not match the file name \"{file}\". Rename the file to \"{id}.json\" "
          "or set the id to \"{stem}\"."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const StringField& id = ctx.article().id;
    if (!id.present()) return;
    const std::filesystem::path path(ctx.source().path());
    const std::string stem = path.stem().string();
    if (id.value != stem) {
      ctx.report(*this, "mismatch", id.node,
                 {{"id", std::string(id.value)}, {"file", path.filename().string()}, {"stem", stem}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_art001_id_mismatch() { return std::make_unique<IdMismatch>(); }

}  // namespace medlint
