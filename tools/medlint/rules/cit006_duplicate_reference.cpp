// CIT006 duplicate-reference: two references name the same source (same DOI,
// PMID or PMCID, or the same title and year), so one source counts twice.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "medlint/engine/context.h"
#include "medlint/model/identifiers.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

std::string trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return std::string(s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1));
}

// What two references are compared by; an empty string never matches.
struct Keys {
  std::string doi, pmid, pmcid, title;
  bool has_year = false;
  std::int64_t year = 0;

  explicit Keys(const Reference& r) {
    if (r.doi.present()) doi = normalize_doi(r.doi.value);
    if (r.pmid.present()) {
      pmid = trimmed(r.pmid.value);
      pmid.erase(0, std::min(pmid.find_first_not_of('0'), pmid.size()));  // "0012" is PMID 12
    }
    if (r.pmcid.present()) {
      pmcid = trimmed(r.pmcid.value);
      for (char& c : pmcid) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
    }
    if (r.title.present()) title = normalize_title(r.title.value);
    has_year = r.year.present();
    year = r.year.value;
  }
};

bool same(const std::string& a, const std::string& b) { return !a.empty() && a == b; }

// Which message applies when `later` duplicates `earlier`, and where it points:
// the first matching field in the order DOI, PMID, PMCID, title and year.
std::pair<std::string_view, NodeId> match(const Keys& e, const Reference& later, const Keys& l) {
  if (same(l.doi, e.doi)) return {"doi", later.doi.node};
  if (same(l.pmid, e.pmid)) return {"pmid", later.pmid.node};
  if (same(l.pmcid, e.pmcid)) return {"pmcid", later.pmcid.node};
  if (same(l.title, e.title) && l.has_year && e.has_year && l.year == e.year) return {"title", later.title.node};
  return {{}, kNoNode};
}

class DuplicateReference final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT006",
        "duplicate-reference",
        Severity::kWarning,
        "Two references name the same source (same DOI, PMID or PMCID, or same title and year).",
        {{"doi", "Reference {ref} has the same DOI as reference {other}; merge them and renumber the citations."},
         {"pmid", "Reference {ref} has the same PMID as reference {other}; merge them and renumber the citations."},
         {"pmcid", "Reference {ref} has the same PMCID as reference {other}; merge them and renumber the citations."},
         {"title",
          "Reference {ref} has the same title and year as reference {other}; if they are the same work, "
          "merge them and renumber the citations."}}};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const std::vector<Reference>& refs = ctx.article().references;
    std::vector<Keys> keys;
    keys.reserve(refs.size());
    for (const Reference& r : refs) keys.emplace_back(r);
    // The first reference with each key; a hash lookup per key keeps a file
    // with many thousands of references linear.
    std::unordered_map<std::string, std::size_t> first_doi, first_pmid, first_pmcid, first_title;
    const auto earliest = [](std::unordered_map<std::string, std::size_t>& first, const std::string& key, std::size_t j,
                             std::size_t& best) {
      if (key.empty()) return;
      const auto [it, inserted] = first.try_emplace(key, j);
      if (!inserted) best = std::min(best, it->second);
    };
    // Each later reference is reported once, against the first earlier one it duplicates.
    for (std::size_t j = 0; j < refs.size(); ++j) {
      std::size_t i = j;
      earliest(first_doi, keys[j].doi, j, i);
      earliest(first_pmid, keys[j].pmid, j, i);
      earliest(first_pmcid, keys[j].pmcid, j, i);
      if (keys[j].has_year && !keys[j].title.empty()) {
        earliest(first_title, std::to_string(keys[j].year) + " " + keys[j].title, j, i);
      }
      if (i == j) continue;
      const auto [message, at] = match(keys[i], refs[j], keys[j]);
      ctx.report(*this, message, at, {{"ref", reference_label(refs[j], j)}, {"other", reference_label(refs[i], i)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit006_duplicate_reference() { return std::make_unique<DuplicateReference>(); }

}  // namespace medlint
