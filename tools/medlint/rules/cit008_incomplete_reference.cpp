// CIT008 incomplete-reference: a reference without any identifier (DOI, PMID,
// PMCID, ISBN or URL) or without a year cannot be found or dated by a reviewer.
#include <string>

#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

class IncompleteReference final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT008",
        "incomplete-reference",
        Severity::kWarning,
        "A reference has no identifier (DOI, PMID, PMCID, ISBN or URL) or no year.",
        {{"no-identifier",
          "Reference {ref} has no identifier; add its DOI, PMID, PMCID, ISBN or URL so that "
          "reviewers can find and check the source."},
         {"no-year",
          "Reference {ref} has no year; add the year of publication so that readers and reviewers can "
          "see how current the source is."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const JsonDocument& doc = ctx.doc();
    const std::vector<Reference>& refs = ctx.article().references;
    for (std::size_t i = 0; i < refs.size(); ++i) {
      const Reference& r = refs[i];
      // A field that is there but not a string (or not an integer year) is
      // SCH001's finding, not a missing one.
      bool identified = false;
      for (const StringField* f : {&r.doi, &r.pmid, &r.pmcid, &r.isbn, &r.url}) {
        identified |= f->present() && !blank(f->value);
      }
      for (const char* key : {"doi", "pmid", "pmcid", "isbn", "url"}) {
        const NodeId n = doc.child(r.node, key);
        identified |= n != kNoNode && !doc.value(n).IsString();
      }
      if (!identified) ctx.report(*this, "no-identifier", r.node, {{"ref", reference_label(r, i)}});
      if (doc.child(r.node, "year") == kNoNode) ctx.report(*this, "no-year", r.node, {{"ref", reference_label(r, i)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit008_incomplete_reference() { return std::make_unique<IncompleteReference>(); }

}  // namespace medlint
