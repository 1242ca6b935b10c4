// The one list of rules, sorted by code (a test checks the order and that
// every rule has docs and fixtures).
#include "rules.h"

namespace medlint {

std::vector<std::unique_ptr<Rule>> all_rules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(make_art001_id_mismatch());
  rules.push_back(make_art002_duplicate_id());
  rules.push_back(make_cit001_claim_without_citation());
  rules.push_back(make_cit002_unknown_reference());
  rules.push_back(make_cit003_unused_reference());
  rules.push_back(make_cit004_reference_order());
  rules.push_back(make_cit005_invalid_identifier());
  rules.push_back(make_cit006_duplicate_reference());
  rules.push_back(make_cit007_evidence_mismatch());
  rules.push_back(make_cit008_incomplete_reference());
  rules.push_back(make_cit009_retracted_reference());
  rules.push_back(make_cit010_outdated_guideline());
  rules.push_back(make_json001_invalid_json());
  rules.push_back(make_json002_invalid_encoding());
  rules.push_back(make_json003_duplicate_key());
  rules.push_back(make_json004_file_too_large());
  rules.push_back(make_sch001_schema_violation());
  return rules;
}

}  // namespace medlint
