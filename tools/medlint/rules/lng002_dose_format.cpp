// LNG002 dose-format: a dose written so that its number can be misread: a
// trailing zero ("5.0 mg"), no leading zero (".5 mg"), number and unit run
// together ("10mg"), or a large number without thousands separators
// ("100000 units") (tools/medlint/data/language/lng002.json).
#include "medlint/rules/language_rule.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

// "100000" -> "100,000".
std::string with_separators(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

class DoseFormat final : public LanguageRule {
 public:
  DoseFormat() : LanguageRule("LNG002", {Scope::kTitle, Scope::kHeading, Scope::kSentence}) {}

  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "LNG002",
        "dose-format",
        Severity::kError,
        "Doses are written so their number cannot be misread: no trailing zero, a leading zero, a space before "
        "the unit, and thousands separators.",
        {{"trailing-zero",
          "Dose \"{dose}\" has a trailing zero: a missed decimal point reads it as ten times the dose. Write "
          "\"{fixed}\"."},
         {"leading-zero",
          "Dose \"{dose}\" has no zero before its decimal point: a missed point reads it as ten times the dose. "
          "Write \"{fixed}\"."},
         {"run-together",
          "Dose \"{dose}\" runs number and unit together: the m of mg or mL is read as a zero. Write \"{fixed}\"."},
         {"thousands",
          "Dose \"{dose}\" has no thousands separators: it is misread as ten times more or less. Write "
          "\"{fixed}\"."}},
        /*always_on=*/false,
        /*fixable=*/true};
    return m;
  }

  void check_scan(const TextBlock& block, Scope, std::span<const ScanHit> hits, FileContext& ctx) const override {
    each_prose_hit(block, hits, [&](const ScanHit& hit, std::string_view text) {
      if (!stands_alone(text, hit.begin, hit.end)) return;
      // A concentration ("5.0 mmol/L") is a laboratory value, not a dose.
      if (is_concentration(text, hit.end)) return;
      const char before = hit.begin > 0 ? text[hit.begin - 1] : ' ';
      if (is_ascii_digit(before) || before == '.' || before == ',') return;  // inside a longer number
      check_hit(block, hit, ctx);
    });
  }

 private:
  void check_hit(const TextBlock& block, const ScanHit& hit, FileContext& ctx) const {
    const std::string_view dose = hit.text();
    const std::string& id = entry(hit).id;
    ByteRange edit{hit.begin, hit.begin};
    std::string replacement;
    if (id == "trailing-zero") {
      const std::size_t point = dose.find('.');
      std::size_t zeros = point + 1;
      while (zeros < dose.size() && dose[zeros] == '0') ++zeros;
      edit = {hit.begin + point, hit.begin + zeros};
    } else if (id == "leading-zero") {
      replacement = "0";
    } else if (id == "run-together") {
      std::size_t unit = 0;
      while (unit < dose.size() && (is_ascii_digit(dose[unit]) || dose[unit] == '.')) ++unit;
      edit = {hit.begin + unit, hit.begin + unit};
      replacement = " ";
    } else {  // thousands
      std::size_t digits = 0;
      while (digits < dose.size() && is_ascii_digit(dose[digits])) ++digits;
      edit = {hit.begin, hit.begin + digits};
      replacement = with_separators(dose.substr(0, digits));
    }
    std::string fixed(dose);
    fixed.replace(edit.first - hit.begin, edit.second - edit.first, replacement);
    Finding* f = report_in(ctx, block, id, {hit.begin, hit.end}, {{"dose", std::string(dose)}, {"fixed", fixed}});
    if (f)
      f->fix.push_back(
          ctx.text_edit(block.text.node, block.offset + edit.first, block.offset + edit.second, replacement));
  }
};

}  // namespace

std::unique_ptr<Rule> make_lng002_dose_format() { return std::make_unique<DoseFormat>(); }

}  // namespace medlint
