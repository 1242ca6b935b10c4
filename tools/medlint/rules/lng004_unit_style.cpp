// LNG004 unit-style: units and temperatures as NIST SP 811 writes them: one
// space between number and unit symbol, mL and mcg, a temperature that names
// its scale, one scale per article (tools/medlint/data/language/lng004.json).
#include "medlint/rules/language_rule.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnitStyle final : public LanguageRule {
 public:
  UnitStyle()
      : LanguageRule("LNG004", {Scope::kTitle, Scope::kHeading, Scope::kSentence}),
        dose_unit_(compile_macro(language_list("LNG002"), "doseUnit")),
        temperature_word_(compile_cue(list(), "temperatureWord")) {}

  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "LNG004",
        "unit-style",
        Severity::kWarning,
        "Units as NIST SP 811 writes them: a space before the unit symbol (38 °C, 5 cm), mL and mcg, a "
        "temperature with its scale, one scale per article.",
        {{"space", "\"{text}\": put one space between the number and the unit symbol: \"{fixed}\" (NIST SP 811)."},
         {"symbol", "Write {use} for {meaning}: \"{token}\" is mistaken for {mistaken}."},
         {"no-scale", "Temperature \"{text}\" does not say its scale: write it with °C or °F (\"{example}\")."},
         {"mixed-scales",
          "This temperature is in {other}, but the article gave temperatures in {first} first. Keep one scale, or "
          "give the conversion in parentheses beside the value (\"38 °C (100.4 °F)\")."}},
        /*always_on=*/false,
        /*fixable=*/true};
    return m;
  }

  void check_scan(const TextBlock& block, Scope, std::span<const ScanHit> hits, FileContext& ctx) const override {
    each_prose_hit(block, hits, [&](const ScanHit& hit, std::string_view) {
      const std::string& id = entry(hit).id;
      if (id == "degree-space") {
        degree_space(block, hit, ctx);
      } else if (id == "unit-space") {
        unit_space(block, hit, ctx);
      } else if (id == "ml" || id == "ug") {
        symbol(block, hit, ctx);
      } else if (id == "temperature-scale") {
        no_scale(block, hit, ctx);
      }
    });
  }

  // Both scales in one article: each value in the scale used second, unless
  // its sentence also gives the first (a conversion beside the value).
  void check_scan_end(std::span<const ScanHit> hits, FileContext& ctx) const override {
    const ScanHit* first = nullptr;
    for (const ScanHit& h : hits) {
      if (is_scale(h) && !in_link(h)) {
        first = &h;
        break;
      }
    }
    if (!first) return;
    const std::string& first_id = entry(*first).id;
    for (const ScanHit& h : hits) {
      if (!is_scale(h) || entry(h).id == first_id || in_link(h)) continue;
      const bool converted = std::any_of(hits.begin(), hits.end(), [&](const ScanHit& o) {
        return o.block == h.block && is_scale(o) && entry(o).id == first_id;
      });
      if (converted) continue;
      report_in(ctx, *h.block, "mixed-scales", {h.begin, h.end},
                {{"other", scale_name(entry(h).id)}, {"first", scale_name(first_id)}});
    }
  }

 private:
  // The units whose "10mg" LNG002 reports as a dose (its list's doseUnit).
  std::unique_ptr<const RE2> dose_unit_;
  // "temperature", "fever", "temp": what a bare number after it is.
  std::unique_ptr<const RE2> temperature_word_;

  bool is_dose_unit(std::string_view unit) const {
    return RE2::FullMatch(re2::StringPiece(unit.data(), unit.size()), *dose_unit_);
  }

  bool is_scale(const ScanHit& h) const { return entry(h).id == "celsius" || entry(h).id == "fahrenheit"; }
  static bool in_link(const ScanHit& h) { return overlaps_any(link_ranges(h.block->text.value), h.begin, h.end); }
  static std::string scale_name(std::string_view id) { return id == "celsius" ? "°C" : "°F"; }

  void report_space(const TextBlock& block, ByteRange span, ByteRange edit, const std::string& replacement,
                    FileContext& ctx) const {
    const std::string_view text = block.text.value;
    std::string fixed(text.substr(span.first, span.second - span.first));
    fixed.replace(edit.first - span.first, edit.second - edit.first, replacement);
    Finding* f =
        report_in(ctx, block, "space", span,
                  {{"text", std::string(text.substr(span.first, span.second - span.first))}, {"fixed", fixed}});
    if (f) {
      f->fix.push_back(
          ctx.text_edit(block.text.node, block.offset + edit.first, block.offset + edit.second, replacement));
    }
  }

  // "38°C" or "38° C" -> "38 °C": a space inserted before the degree sign,
  // the one after it removed (the sign itself, escaped or not, stays).
  void degree_space(const TextBlock& block, const ScanHit& hit, FileContext& ctx) const {
    const std::string_view text = block.text.value;
    std::size_t start = hit.begin;  // the number's first digit
    while (start > 0 && (is_ascii_digit(text[start - 1]) || text[start - 1] == '.')) --start;
    const std::size_t degree = text.find("\u00b0", hit.begin);
    if (degree == std::string_view::npos || degree > hit.end) return;
    const std::size_t after = degree + 2;  // the sign is two bytes
    std::string fixed(text.substr(start, hit.begin + 1 - start));
    fixed += " \u00b0";
    fixed += text.substr(hit.end - 1, 1);
    Finding* f = report_in(ctx, block, "space", {start, hit.end},
                           {{"text", std::string(text.substr(start, hit.end - start))}, {"fixed", fixed}});
    if (!f) return;
    const auto at = [&](std::size_t offset) { return block.offset + offset; };
    if (degree == hit.begin + 1) f->fix.push_back(ctx.text_edit(block.text.node, at(degree), at(degree), " "));
    if (after < hit.end - 1) f->fix.push_back(ctx.text_edit(block.text.node, at(after), at(hit.end - 1), ""));
  }

  // "5cm" -> "5 cm"; "10mg" is a dose, LNG002's, unless it is a concentration.
  void unit_space(const TextBlock& block, const ScanHit& hit, FileContext& ctx) const {
    const std::string_view text = block.text.value;
    const char before = hit.begin > 0 ? text[hit.begin - 1] : ' ';
    if (is_ascii_digit(before) || before == '.' || before == ',') return;
    const std::string_view s = hit.text();
    std::size_t unit = 0;
    while (unit < s.size() && (is_ascii_digit(s[unit]) || s[unit] == '.')) ++unit;
    const std::size_t slash = s.find('/');
    const std::string_view first_unit = s.substr(unit, slash == std::string_view::npos ? s.npos : slash - unit);
    const std::size_t first_end = hit.begin + unit + first_unit.size();
    if (is_dose_unit(first_unit) && !is_concentration(text, first_end)) return;
    if (hit.end < text.size() && (is_ascii_digit(text[hit.end]) || text[hit.end] == '/')) return;
    report_space(block, {hit.begin, hit.end}, {hit.begin + unit, hit.begin + unit}, " ", ctx);
  }

  // "5 ml" -> "5 mL", "10 ug" -> "10 mcg".
  void symbol(const TextBlock& block, const ScanHit& hit, FileContext& ctx) const {
    const LanguageEntry& e = entry(hit);
    const ByteRange at = token_range(e, hit);
    Finding* f = report_in(ctx, block, "symbol", at,
                           {{"use", e.use}, {"meaning", e.meaning}, {"token", e.token}, {"mistaken", e.mistaken_for}});
    attach_fix(f, ctx, block, at, e.fix);
  }

  // "a fever above 38." or "101 degrees": a number of two or three digits
  // (one decimal allowed) in a temperature's range (the hit), the first
  // number after "temperature", "fever" or "temp" within 40 bytes of its
  // clause, at the end of a clause or before "degrees" with no scale after
  // it. The scan looks for the number, which prose has far less often than
  // the words (issue 13's scanning cost); the word is looked for behind it.
  void no_scale(const TextBlock& block, const ScanHit& hit, FileContext& ctx) const {
    const std::string_view text = block.text.value;
    const std::size_t number_begin = hit.begin + (text[hit.begin] == '_' ? 1 : 0);  // the pattern's (?:\b|_)
    if (number_begin > 0 && (is_ascii_digit(text[number_begin - 1]) || is_ascii_letter(text[number_begin - 1]))) {
      return;
    }
    if (!after_temperature_word(text, number_begin)) return;
    std::size_t number_end = number_begin;
    while (number_end < text.size() && is_ascii_digit(text[number_end])) ++number_end;
    if (number_end - number_begin < 2 || number_end - number_begin > 3) return;
    if (number_end + 1 < text.size() && text[number_end] == '.' && is_ascii_digit(text[number_end + 1]))
      number_end += 2;
    if (number_end < text.size() && (is_ascii_digit(text[number_end]) || is_ascii_letter(text[number_end]))) return;
    const std::string number(text.substr(number_begin, number_end - number_begin));
    std::size_t end = number_end;
    std::string_view rest = text.substr(end);
    const std::size_t space = rest.starts_with(" ") ? 1 : 0;
    bool degrees = false;
    for (const std::string_view word : {"degrees", "degree", "Degrees", "Degree"}) {
      if (!degrees && rest.substr(space).starts_with(word) &&
          (rest.size() == space + word.size() || !is_ascii_letter(rest[space + word.size()]))) {
        degrees = true;
        end += space + word.size();
      }
    }
    const double value = std::stod(number);
    const bool celsius = value >= 34 && value <= 45;
    const bool fahrenheit = value >= 93 && value <= 113;
    if (!celsius && !fahrenheit) return;
    rest = text.substr(end);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!degrees && !ends_clause(rest)) return;
    if (degrees && (rest.starts_with("C") || rest.starts_with("F") || rest.starts_with("Celsius") ||
                    rest.starts_with("Fahrenheit") || rest.starts_with("\u00b0"))) {
      return;
    }
    report_in(ctx, block, "no-scale", {number_begin, end},
              {{"text", std::string(text.substr(number_begin, end - number_begin))},
               {"example", number + (celsius ? " \u00b0C" : " \u00b0F")}});
  }

  // Whether a temperature word (the list's temperatureWord cue), outside a
  // link, ends at most 40 bytes before `number` with neither a clause's end
  // (.;:!?) nor another number between them: the number is the first one
  // of the word's clause.
  bool after_temperature_word(std::string_view text, std::size_t number) const {
    constexpr std::size_t kReach = 40, kLongestWord = 12;  // "temperatures"
    const std::size_t from = number > kReach + kLongestWord ? number - kReach - kLongestWord : 0;
    const re2::StringPiece all(text.data(), text.size());
    std::vector<ByteRange> links;
    bool links_known = false;
    re2::StringPiece m;
    for (std::size_t at = from; at < number && temperature_word_->Match(all, at, number, RE2::UNANCHORED, &m, 1);) {
      const auto word_begin = static_cast<std::size_t>(m.data() - text.data());
      const std::size_t word_end = word_begin + m.size();
      at = word_end > at ? word_end : at + 1;
      if (number - word_end > kReach || !first_number_of_clause(text, word_end, number)) continue;
      if (!links_known) {
        links = link_ranges(text);
        links_known = true;
      }
      if (!overlaps_any(links, word_begin, word_end)) return true;
    }
    return false;
  }

  // Nothing between `from` and `number` ends a clause or starts a number.
  static bool first_number_of_clause(std::string_view text, std::size_t from, std::size_t number) {
    for (std::size_t i = from; i < number; ++i) {
      if (std::string_view(".;:!?").find(text[i]) != std::string_view::npos) return false;
      if (is_ascii_digit(text[i]) && i > 0 && !is_ascii_digit(text[i - 1]) && !is_ascii_letter(text[i - 1])) {
        return false;
      }
    }
    return true;
  }

  // What may follow a bare temperature: the end, punctuation, "or higher".
  static bool ends_clause(std::string_view rest) {
    if (rest.empty()) return true;
    if (std::string_view(".,;:)!?").find(rest.front()) != std::string_view::npos) return true;
    for (const std::string_view w : {"or ", "and ", "to ", "for ", "in ", "with ", "at "}) {
      if (rest.starts_with(w)) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> make_lng004_unit_style() { return std::make_unique<UnitStyle>(); }

}  // namespace medlint
