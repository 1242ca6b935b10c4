// CIT009 retracted-reference: a reference whose DOI or PMID the Retraction
// Watch list (config key "retractions") shows as retracted (an error) or under
// an expression of concern (a warning). Corrected and reinstated papers pass.
#include <string>

#include "medlint/engine/context.h"
#include "medlint/model/identifiers.h"
#include "medlint/model/retraction_list.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

using Nature = RetractionList::Nature;

// A reference's PMID as the list keys it: digits without leading zeros; empty
// when it is not a PMID (CIT005 reports that).
std::string pmid_key(std::string_view pmid) {
  while (!pmid.empty() && pmid.front() == ' ') pmid.remove_prefix(1);
  while (!pmid.empty() && pmid.back() == ' ') pmid.remove_suffix(1);
  for (const char c : pmid) {
    if (c < '0' || c > '9') return {};
  }
  while (!pmid.empty() && pmid.front() == '0') pmid.remove_prefix(1);
  return std::string(pmid);
}

// 2 for a retraction, 1 for an expression of concern, 0 for what passes.
int rank(Nature n) { return n == Nature::kRetraction ? 2 : n == Nature::kExpressionOfConcern ? 1 : 0; }

class RetractedReference final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT009",
        "retracted-reference",
        Severity::kError,
        "A reference was retracted or is under an expression of concern (Retraction Watch).",
        {{"retracted",
          "{reference} ({identifier}) has been retracted: Retraction Watch {record} lists a Retraction "
          "{date}. Remove or replace the reference and the claims that rest on it."},
         {"concern",
          "{reference} ({identifier}) is under an expression of concern: Retraction Watch {record} "
          "lists an Expression of concern {date}. Read the notice; unless the concern has been "
          "resolved, remove or replace the reference and the claims that rest on it."}}};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/retractions", "string", "null",
         "The Retraction Watch CSV to check references against; none: the rule does nothing."},
    };
    return kOptions;
  }

  void check_article(FileContext& ctx) const override {
    const RetractionList* list = ctx.run().retractions;
    if (list == nullptr) return;
    const auto& refs = ctx.article().references;
    for (std::size_t i = 0; i < refs.size(); ++i) {
      const Reference& ref = refs[i];
      // The worse of what the DOI and the PMID say (they may sit in different
      // Retraction Watch records); on a tie, the DOI.
      std::optional<RetractionList::Status> worst;
      NodeId at = kNoNode;
      std::string identifier;
      const auto consider = [&](std::optional<RetractionList::Status> s, NodeId node, std::string id) {
        if (!s || rank(s->nature) == 0 || (worst && rank(s->nature) <= rank(worst->nature))) return;
        worst = std::move(s);
        at = node;
        identifier = std::move(id);
      };
      if (ref.doi.present()) {
        const std::string doi = normalize_doi(ref.doi.value);
        if (!doi.empty()) consider(list->by_doi(doi), ref.doi.node, "DOI " + doi);
      }
      if (ref.pmid.present()) {
        const std::string pmid = pmid_key(ref.pmid.value);
        if (!pmid.empty()) consider(list->by_pmid(pmid), ref.pmid.node, "PMID " + pmid);
      }
      if (!worst) continue;
      const MessageArgs args{{"reference", "Reference " + reference_label(ref, i)},
                             {"identifier", identifier},
                             {"record", worst->record_id.empty() ? "record (no id)" : "record " + worst->record_id},
                             {"date", worst->date ? "dated " + worst->date->to_string() : "with no date"}};
      if (worst->nature == Nature::kRetraction) {
        ctx.report(*this, "retracted", at, args);
      } else {
        ctx.report(*this, "concern", at, args, Severity::kWarning);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit009_retracted_reference() { return std::make_unique<RetractedReference>(); }

}  // namespace medlint
