// CIT007 evidence-mismatch: a claim cites the wrong kind of source for its
// section: guidelines claims need a guideline, research claims need research.
#include <map>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class EvidenceMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"CIT007",
                            "evidence-mismatch",
                            Severity::kError,
                            "A guidelines claim cites no guideline, or a research claim cites no research.",
                            {{"guidelines",
                              "A claim in a guidelines section cites no guideline (it cites {cited}). Cite the "
                              "guideline it comes from, or move the claim to a research section."},
                             {"research",
                              "A claim in a research section cites only background sources ({cited}). Cite the "
                              "study, trial or review it rests on, or move the claim to a guidelines section."}}};
    return m;
  }

  unsigned block_kinds() const override { return block_bit(BlockKind::kSentence); }

  void check_block(const TextBlock& s, FileContext& ctx) const override {
    const bool guidelines = s.section_kind == SectionKind::kGuidelines;
    if (!s.claim || s.cites.empty() || (!guidelines && s.section_kind != SectionKind::kResearch)) return;
    std::map<std::int64_t, std::string_view> types;  // cited references with a known type
    for (const std::int64_t id : s.cites) {
      const Reference* r = ctx.article().reference(id);
      if (r && r->type.present()) types.emplace(id, r->type.value);
    }
    // References without a type are SCH001's; judge only what is known.
    if (types.empty()) return;
    bool fits = false;
    for (const auto& [id, type] : types) {
      const bool background = type == "guideline" || type == "textbook" || type == "website";
      fits = fits || (guidelines ? type == "guideline" : !background);
    }
    if (fits) return;
    std::string cited;
    for (const auto& [id, type] : types) {
      cited += (cited.empty() ? "" : ", ") + std::string("[") + std::to_string(id) + "] " + std::string(type);
    }
    ctx.report_text(*this, guidelines ? "guidelines" : "research", s.text.node, s.offset,
                    s.offset + s.text.value.size(), {{"cited", cited}});
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit007_evidence_mismatch() { return std::make_unique<EvidenceMismatch>(); }

}  // namespace medlint
