// The review workflow, a state machine defined as data in
// tools/medlint/data/review_workflow.json (embedded in the binary), parsed
// once. The REV rules, `medlint explain` and the audit report read it here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medlint {

class ReviewWorkflow {
 public:
  struct State {
    std::string id;      // "under_review"
    std::string label;   // "Under Review", as readers see it
    bool board = false;  // the step's person must be on the Medical Advisory Board
    std::vector<std::string> next;
  };

  // The bundled workflow.
  static const ReviewWorkflow& get();

  const std::string& initial() const { return initial_; }
  const std::vector<State>& states() const { return states_; }
  const State* state(std::string_view id) const;
  bool allows(std::string_view from, std::string_view to) const;
  // "approved" or "changes_requested": the allowed next states, quoted and joined.
  std::string describe_next(std::string_view from) const;

 private:
  std::string initial_;
  std::vector<State> states_;
};

}  // namespace medlint
