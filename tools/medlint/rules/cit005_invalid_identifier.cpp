// CIT005 invalid-identifier: a reference's DOI, PMID, PMCID, ISBN, URL or NCT
// number is malformed, so nobody can follow it to the source.
#include <string>

#include "medlint/engine/context.h"
#include "medlint/model/identifiers.h"
#include "medlint/base/utf8.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

// The value as the message shows it: quotes, backslashes and control
// characters escaped as in JSON, cut after 80 code points.
std::string display(std::string_view value) {
  constexpr std::size_t kMaxCodePoints = 80;
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < value.size(); ++count) {
    if (count == kMaxCodePoints) return out + "…";
    const auto c = static_cast<unsigned char>(value[i]);
    const std::size_t n = std::min(utf8_sequence_length(c), value.size() - i);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    } else {
      out.append(value.substr(i, n));
    }
    i += n;
  }
  return out;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class InvalidIdentifier final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT005",
        "invalid-identifier",
        Severity::kError,
        "A reference's DOI, PMID, PMCID, ISBN, URL or NCT number is malformed.",
        {{"doi",
          "DOI \"{value}\" is not a valid DOI (expected 10.NNNN/suffix after removing https://doi.org/ or "
          "doi:; the suffix may hold only letters, digits and -._;()/:)."},
         {"pmid",
          "PMID \"{value}\" is not a valid PMID (expected 1 to 8 digits with no leading zero, no spaces "
          "and no \"PMID:\" prefix, e.g. 12345678)."},
         {"pmcid",
          "PMCID \"{value}\" is not a valid PMCID (expected \"PMC\" in capitals followed by digits, with "
          "no spaces, e.g. PMC1234567)."},
         {"isbn",
          "ISBN \"{value}\" is not a valid ISBN (expected an ISBN-10, 9 digits and a check digit or X, or "
          "an ISBN-13, 13 digits starting with 978 or 979; single hyphens or spaces may separate the groups, "
          "with no \"ISBN\" prefix, e.g. 978-0-306-40615-7)."},
         {"isbn-check-digit",
          "ISBN \"{value}\" has a wrong check digit: the other digits give {expected}, not "
          "{actual}. A digit is probably mistyped; copy the ISBN again from the book or its "
          "publisher."},
         {"url",
          "URL \"{value}\" is not an absolute web address (expected http:// or https:// followed by a host "
          "name, with no spaces, e.g. https://www.example.org/guideline)."},
         {"nct",
          "NCT number \"{value}\" is not a valid ClinicalTrials.gov id (expected \"NCT\" in capitals "
          "followed by exactly 8 digits, e.g. NCT01234567)."},
         {"empty", "The {field} of this reference is empty; fill it in or remove the \"{key}\" field."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    for (const Reference& ref : ctx.article().references) {
      check(ctx, ref.doi, "doi", "DOI", [](std::string_view v) { return valid_doi(normalize_doi(v)); });
      check(ctx, ref.pmid, "pmid", "PMID", valid_pmid);
      check(ctx, ref.pmcid, "pmcid", "PMCID", valid_pmcid);
      // An ISBN of the right form with a wrong check digit has its own message.
      check(ctx, ref.isbn, "isbn", "ISBN",
            [](std::string_view v) { return check_isbn(v).status != IsbnStatus::kMalformed; });
      if (ref.isbn.present()) {
        if (const IsbnCheck r = check_isbn(ref.isbn.value); r.status == IsbnStatus::kWrongCheckDigit) {
          ctx.report(*this, "isbn-check-digit", ref.isbn.node,
                     {{"value", display(ref.isbn.value)},
                      {"expected", std::string(1, r.expected)},
                      {"actual", std::string(1, r.actual)}});
        }
      }
      check(ctx, ref.url, "url", "URL", valid_url);
      check(ctx, ref.nct, "nct", "NCT number", valid_nct);
    }
  }

 private:
  template <typename Valid>
  void check(FileContext& ctx, const StringField& field, std::string_view key, std::string_view label,
             Valid valid) const {
    if (!field.present()) return;
    if (blank(field.value)) {
      ctx.report(*this, "empty", field.node, {{"field", std::string(label)}, {"key", std::string(key)}});
    } else if (!valid(field.value)) {
      ctx.report(*this, key, field.node, {{"value", display(field.value)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit005_invalid_identifier() { return std::make_unique<InvalidIdentifier>(); }

}  // namespace medlint
