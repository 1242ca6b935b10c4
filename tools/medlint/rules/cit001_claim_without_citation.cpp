// CIT001 claim-without-citation: a sentence that states a clinical fact
// (in a guidelines, research or overview section) carries no citation.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class ClaimWithoutCitation final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT001",
        "claim-without-citation",
        Severity::kError,
        "A sentence that states a clinical fact has no citation.",
        {{"sentence",
          "Claim without a citation: \"{excerpt}\". Add a marker such as [1] for the source that "
          "supports it, or move it to a section of kind \"other\" if it is not a clinical fact."},
         {"item",
          "List item states a claim without a citation: \"{excerpt}\". Add a marker such as [1] to the "
          "item, or a `cites` array to the list when one source supports every item."}}};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/abbreviations", "object", "{\"prefix\": [], \"number\": [], \"terminal\": []}",
         "Abbreviations the sentence splitter knows besides its bundled lists."},
    };
    return kOptions;
  }

  unsigned block_kinds() const override { return block_bit(BlockKind::kSentence); }

  void check_block(const TextBlock& s, FileContext& ctx) const override {
    if (!s.claim || s.cited) return;
    ctx.report_text(*this, s.container == BlockKind::kListItem ? "item" : "sentence", s.text.node, s.offset,
                    s.offset + s.text.value.size(), {{"excerpt", excerpt(s.text.value)}});
  }

 private:
  // The first words of the sentence, cut at a character boundary.
  static std::string excerpt(std::string_view text) {
    constexpr std::size_t kMax = 60;
    if (text.size() <= kMax) return std::string(text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return std::string(text.substr(0, cut)) + "\u2026";
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit001_claim_without_citation() { return std::make_unique<ClaimWithoutCitation>(); }

}  // namespace medlint
