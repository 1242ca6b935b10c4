// LNG003 absolute-claim: promotional or absolute wording about a treatment
// ("cures", "guaranteed", "100% effective", "no side effects") in a sentence
// with no citation (tools/medlint/data/language/lng003.json).
#include "medlint/rules/language_rule.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class AbsoluteClaim final : public LanguageRule {
 public:
  AbsoluteClaim() : LanguageRule("LNG003", {Scope::kSentence}), negation_(compile_cue(list(), "negation")) {}

  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "LNG003",
        "absolute-claim",
        Severity::kWarning,
        "No promotional or absolute wording (cure, guaranteed, miracle, 100% effective, no side effects) "
        "without a citation in the same sentence.",
        {{"absolute",
          "\"{wording}\" is absolute wording ({meaning}) in a sentence with no citation. Cite the evidence in "
          "this sentence, or write {use}."}}};
    return m;
  }

  void check_scan(const TextBlock& sentence, Scope, std::span<const ScanHit> hits, FileContext& ctx) const override {
    if (sentence.cited || is_question(sentence.text.value)) return;
    each_prose_hit(sentence, hits, [&](const ScanHit& hit, std::string_view text) {
      if (negated(text, hit.begin) || quoted(text, hit)) return;
      const LanguageEntry& e = entry(hit);
      report_in(ctx, sentence, "absolute", {hit.begin, hit.end},
                {{"wording", std::string(hit.text())}, {"meaning", e.meaning}, {"use", e.use}});
    });
  }

 private:
  std::unique_ptr<const RE2> negation_;

  // "Is there a cure?" asks; it claims nothing (in any kind of section).
  static bool is_question(std::string_view text) {
    const std::size_t last = text.find_last_not_of(" \t\n\r\"')\u201d\u2019");
    return last != std::string_view::npos && text[last] == '?';
  }

  // The only way to "cure" it: wording held at a distance.
  static bool quoted(std::string_view text, const ScanHit& hit) {
    const auto is_quote = [&](std::size_t at, bool before) {
      for (const std::string_view q : {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019"}) {
        if (before ? at >= q.size() && text.substr(at - q.size(), q.size()) == q : text.substr(at, q.size()) == q) {
          return true;
        }
      }
      return false;
    };
    return is_quote(hit.begin, true) && is_quote(hit.end, false);
  }

  // "There is no known cure", "cannot be cured": a negation in the few
  // words before the wording turns the claim around.
  bool negated(std::string_view text, std::size_t begin) const {
    const std::string_view window = word_window(text, begin, begin, 5);
    const auto from = static_cast<std::size_t>(window.data() - text.data());
    const std::string_view before = text.substr(from, begin - from);
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), *negation_);
  }
};

}  // namespace

std::unique_ptr<Rule> make_lng003_absolute_claim() { return std::make_unique<AbsoluteClaim>(); }

}  // namespace medlint
