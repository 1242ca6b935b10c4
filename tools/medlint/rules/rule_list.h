// The one list of rules, sorted by code (the catalog test checks it). An
// entry X(code, name) says everything about where a rule lives:
//   tools/medlint/rules/<code>_<name>.cpp   its class and make_<code>_<name>()
//   tools/medlint/rules/<code>_<name>.md    its docs (`medlint explain CODE`)
//   tests/fixtures/<code>/                  its fixtures
// `tools/scripts/new-rule CODE name` writes those and adds the entry.
#pragma once

// One entry per line, as new-rule writes them:
// clang-format off
#define MEDLINT_RULE_LIST(X) \
  X(art001, id_mismatch) \
  X(art002, duplicate_id) \
  X(cit001, claim_without_citation) \
  X(cit002, unknown_reference) \
  X(cit003, unused_reference) \
  X(cit004, reference_order) \
  X(cit005, invalid_identifier) \
  X(cit006, duplicate_reference) \
  X(cit007, evidence_mismatch) \
  X(cit008, incomplete_reference) \
  X(cit009, retracted_reference) \
  X(cit010, outdated_guideline) \
  X(dat001, invalid_date) \
  X(dat002, future_date) \
  X(dat003, changed_after_review) \
  X(dat004, review_overdue) \
  X(dat005, review_due_soon) \
  X(dat006, chronology) \
  X(dis001, missing_disclaimer) \
  X(dis002, unknown_disclaimer) \
  X(dis003, disclaimer_version) \
  X(dis004, registry_problem) \
  X(json001, invalid_json) \
  X(json002, invalid_encoding) \
  X(json003, duplicate_key) \
  X(json004, file_too_large) \
  X(lng001, do_not_use_abbreviation) \
  X(lng002, dose_format) \
  X(lng003, absolute_claim) \
  X(lng004, unit_style) \
  X(med001, unused_suppression) \
  X(med002, unreadable_path) \
  X(rev001, status_history_mismatch) \
  X(rev002, invalid_transition) \
  X(rev003, reviewer_not_on_board) \
  X(rev004, self_approval) \
  X(rev005, review_notice_mismatch) \
  X(rev006, unknown_person) \
  X(sch001, schema_violation) \
  /* end of the list */
// clang-format on
