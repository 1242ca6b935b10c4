// The one list of rules, sorted by code (a test checks the order and that
// every rule has docs and fixtures).
#include "medlint/rules/rules.h"

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
  rules.push_back(make_dat001_invalid_date());
  rules.push_back(make_dat002_future_date());
  rules.push_back(make_dat003_changed_after_review());
  rules.push_back(make_dat004_review_overdue());
  rules.push_back(make_dat005_review_due_soon());
  rules.push_back(make_dat006_chronology());
  rules.push_back(make_dis001_missing_disclaimer());
  rules.push_back(make_dis002_unknown_disclaimer());
  rules.push_back(make_dis003_disclaimer_version());
  rules.push_back(make_dis004_registry_problem());
  rules.push_back(make_json001_invalid_json());
  rules.push_back(make_json002_invalid_encoding());
  rules.push_back(make_json003_duplicate_key());
  rules.push_back(make_json004_file_too_large());
  rules.push_back(make_med001_unused_suppression());
  rules.push_back(make_med002_unreadable_path());
  rules.push_back(make_rev001_status_history_mismatch());
  rules.push_back(make_rev002_invalid_transition());
  rules.push_back(make_rev003_reviewer_not_on_board());
  rules.push_back(make_rev004_self_approval());
  rules.push_back(make_rev005_review_notice_mismatch());
  rules.push_back(make_rev006_unknown_person());
  rules.push_back(make_sch001_schema_violation());
  return rules;
}

}  // namespace medlint
