// The one list of rules, sorted by code (a test checks the order and that
// every rule has docs and fixtures).
#include "rules.h"

namespace medlint {

std::vector<std::unique_ptr<Rule>> all_rules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(make_art001_id_mismatch());
  rules.push_back(make_art002_duplicate_id());
  rules.push_back(make_json001_invalid_json());
  rules.push_back(make_json002_invalid_encoding());
  rules.push_back(make_json003_duplicate_key());
  rules.push_back(make_json004_file_too_large());
  rules.push_back(make_sch001_schema_violation());
  return rules;
}

}  // namespace medlint
