// Factories of every rule; rules/registry.cpp lists them in code order.
#pragma once

#include <memory>
#include <vector>

#include "medlint/engine/rule.h"

namespace medlint {

std::unique_ptr<Rule> make_art001_id_mismatch();
std::unique_ptr<Rule> make_art002_duplicate_id();
std::unique_ptr<Rule> make_cit001_claim_without_citation();
std::unique_ptr<Rule> make_cit002_unknown_reference();
std::unique_ptr<Rule> make_cit003_unused_reference();
std::unique_ptr<Rule> make_cit004_reference_order();
std::unique_ptr<Rule> make_cit005_invalid_identifier();
std::unique_ptr<Rule> make_cit006_duplicate_reference();
std::unique_ptr<Rule> make_cit007_evidence_mismatch();
std::unique_ptr<Rule> make_cit008_incomplete_reference();
std::unique_ptr<Rule> make_cit009_retracted_reference();
std::unique_ptr<Rule> make_cit010_outdated_guideline();
std::unique_ptr<Rule> make_dat001_invalid_date();
std::unique_ptr<Rule> make_dat002_future_date();
std::unique_ptr<Rule> make_dat003_changed_after_review();
std::unique_ptr<Rule> make_dat004_review_overdue();
std::unique_ptr<Rule> make_dat005_review_due_soon();
std::unique_ptr<Rule> make_dat006_chronology();
std::unique_ptr<Rule> make_dis001_missing_disclaimer();
std::unique_ptr<Rule> make_dis002_unknown_disclaimer();
std::unique_ptr<Rule> make_dis003_disclaimer_version();
std::unique_ptr<Rule> make_dis004_registry_problem();
std::unique_ptr<Rule> make_json001_invalid_json();
std::unique_ptr<Rule> make_json002_invalid_encoding();
std::unique_ptr<Rule> make_json003_duplicate_key();
std::unique_ptr<Rule> make_json004_file_too_large();
std::unique_ptr<Rule> make_med001_unused_suppression();
std::unique_ptr<Rule> make_med002_unreadable_path();
std::unique_ptr<Rule> make_rev001_status_history_mismatch();
std::unique_ptr<Rule> make_rev002_invalid_transition();
std::unique_ptr<Rule> make_rev003_reviewer_not_on_board();
std::unique_ptr<Rule> make_rev004_self_approval();
std::unique_ptr<Rule> make_rev005_review_notice_mismatch();
std::unique_ptr<Rule> make_rev006_unknown_person();
std::unique_ptr<Rule> make_sch001_schema_violation();

// Every rule, sorted by code. The rule set is built once per run and shared.
std::vector<std::unique_ptr<Rule>> all_rules();

}  // namespace medlint
