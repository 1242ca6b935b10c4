// LNG001 do-not-use-abbreviation: an abbreviation, symbol or dose designation
// on the Joint Commission's "Do Not Use" list or ISMP's list of error-prone
// ones (tools/medlint/data/language/lng001.json).
#include "medlint/rules/language_rule.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class DoNotUseAbbreviation final : public LanguageRule {
 public:
  DoNotUseAbbreviation()
      : LanguageRule("LNG001", {Scope::kTitle, Scope::kHeading, Scope::kSentence}),
        dosing_(compile_cue(list(), "dosing")) {}

  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "LNG001",
        "do-not-use-abbreviation",
        Severity::kError,
        "No abbreviation, symbol or dose designation from the Joint Commission's \"Do Not Use\" list or ISMP's "
        "list of error-prone ones.",
        {{"abbreviation",
          "\"{token}\" ({meaning}) is an error-prone abbreviation listed by {sources}: it is mistaken for "
          "{mistaken}. Write instead: {use}."}},
        /*always_on=*/false,
        /*fixable=*/true};
    return m;
  }

  void check_scan(const TextBlock& block, Scope, std::span<const ScanHit> hits, FileContext& ctx) const override {
    each_prose_hit(block, hits, [&](const ScanHit& hit, std::string_view text) {
      const LanguageEntry& e = entry(hit);
      const ByteRange at = token_range(e, hit);
      if (!stands_alone(text, at.first, at.second)) return;
      if (is_concentration(text, hit.end)) return;  // "> 180 mg/dL" is a laboratory value
      if (e.context == LanguageContext::kAfterNumber && !after_number(text, at.first)) return;
      if (e.context == LanguageContext::kDosing && !in_dosing_context(text, at)) return;
      Finding* f = report_in(ctx, block, "abbreviation", at,
                             {{"token", std::string(text.substr(at.first, at.second - at.first))},
                              {"meaning", e.meaning},
                              {"sources", sources_of(e)},
                              {"mistaken", e.mistaken_for},
                              {"use", e.use}});
      // Only entries with one meaning have a fix: "MS" may be either sulfate.
      if (!e.fix.empty()) attach_fix(f, ctx, block, at, e.fix);
    });
  }

 private:
  std::unique_ptr<const RE2> dosing_;

  // A dose, a route or a frequency within three words of the token.
  bool in_dosing_context(std::string_view text, ByteRange at) const {
    const std::string_view window = word_window(text, at.first, at.second, 3);
    return RE2::PartialMatch(re2::StringPiece(window.data(), window.size()), *dosing_);
  }
};

}  // namespace

std::unique_ptr<Rule> make_lng001_do_not_use_abbreviation() { return std::make_unique<DoNotUseAbbreviation>(); }

}  // namespace medlint
