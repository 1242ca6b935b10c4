#include "medlint/model/review_workflow.h"

#include <stdexcept>

#include "medlint/base/embedded.h"
#include "medlint/load/rapidjson.h"

namespace medlint {

const ReviewWorkflow& ReviewWorkflow::get() {
  static const ReviewWorkflow workflow = [] {
    ReviewWorkflow w;
    const std::string_view text = embedded_file("tools/medlint/data/review_workflow.json");
    rapidjson::Document d;
    d.Parse(text.data(), text.size());
    if (d.HasParseError() || !d.IsObject()) throw std::runtime_error("review_workflow.json is not valid JSON");
    w.initial_ = d["initial"].GetString();
    for (const auto& s : d["states"].GetArray()) {
      State state{s["id"].GetString(), s["label"].GetString(), s["board"].GetBool(), {}};
      for (const auto& n : s["next"].GetArray()) state.next.emplace_back(n.GetString());
      w.states_.push_back(std::move(state));
    }
    return w;
  }();
  return workflow;
}

const ReviewWorkflow::State* ReviewWorkflow::state(std::string_view id) const {
  for (const State& s : states_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

bool ReviewWorkflow::allows(std::string_view from, std::string_view to) const {
  const State* s = state(from);
  if (!s) return false;
  for (const std::string& n : s->next) {
    if (n == to) return true;
  }
  return false;
}

std::string ReviewWorkflow::describe_next(std::string_view from) const {
  const State* s = state(from);
  if (!s || s->next.empty()) return "nothing";
  std::string out;
  for (std::size_t i = 0; i < s->next.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == s->next.size() ? " or " : ", ") + ("\"" + s->next[i] + "\"");
  }
  return out;
}

}  // namespace medlint
