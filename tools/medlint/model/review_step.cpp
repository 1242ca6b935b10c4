#include "medlint/model/review_step.h"

#include "medlint/load/rapidjson.h"  // first: before any RapidJSON header
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "medlint/model/review_workflow.h"

namespace medlint {

std::optional<ReviewAction> parse_review_action(std::string_view name) {
  if (name == "start") return ReviewAction::kStart;
  if (name == "request-changes") return ReviewAction::kRequestChanges;
  if (name == "approve") return ReviewAction::kApprove;
  if (name == "resubmit") return ReviewAction::kResubmit;
  return std::nullopt;
}

std::string_view target_status(ReviewAction action) {
  switch (action) {
    case ReviewAction::kStart: return "under_review";
    case ReviewAction::kRequestChanges: return "changes_requested";
    case ReviewAction::kApprove: return "approved";
    case ReviewAction::kResubmit: return "submitted";
  }
  return "submitted";
}

namespace {

constexpr std::string_view kPendingReview = "pending-review";

std::string quote(std::string_view s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

struct Edit {
  std::uint32_t begin, end;
  std::string text;
};

// Text edits to a JSON source, in the file's own layout: a new item or
// member goes on its own line with the indentation of the last one when
// that one stands on its own line, else after ", ".
class Editor {
 public:
  Editor(std::string_view text, const JsonDocument& doc) : text_(text), doc_(doc) {}

  void replace_value(NodeId node, std::string value) {
    const Span v = doc_.node(node).value;
    edits_.push_back({v.begin, v.end, std::move(value)});
  }

  void append_item(NodeId array, const std::string& item) {
    const std::size_t n = doc_.value(array).Size();
    if (n == 0) {
      const Span v = doc_.node(array).value;
      edits_.push_back({v.begin, v.end, "[" + item + "]"});
      return;
    }
    const JsonNode& last = doc_.node(doc_.child(array, n - 1));
    edits_.push_back({last.value.end, last.value.end, separator(last.value.begin) + item});
  }

  void add_member(NodeId object, std::string_view key, const std::string& value) {
    const std::string member = quote(key) + ": " + value;
    const std::size_t n = doc_.value(object).MemberCount();
    if (n == 0) {
      const Span v = doc_.node(object).value;
      edits_.push_back({v.begin, v.end, "{" + member + "}"});
      return;
    }
    const JsonNode& last = doc_.node(doc_.child(object, n - 1));
    edits_.push_back({last.value.end, last.value.end, separator(last.key.begin) + member});
  }

  // Removes the index-th item with the comma that joins it to its neighbour.
  void remove_item(NodeId array, std::size_t index) {
    const std::size_t n = doc_.value(array).Size();
    const Span item = doc_.node(doc_.child(array, index)).value;
    if (n == 1) {
      const Span v = doc_.node(array).value;
      edits_.push_back({v.begin + 1, v.end - 1, ""});
    } else if (index + 1 < n) {
      edits_.push_back({item.begin, doc_.node(doc_.child(array, index + 1)).value.begin, ""});
    } else {
      edits_.push_back({doc_.node(doc_.child(array, index - 1)).value.end, item.end, ""});
    }
  }

  std::string result() {
    std::sort(edits_.begin(), edits_.end(), [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    std::string out(text_);
    for (const Edit& e : edits_) out.replace(e.begin, e.end - e.begin, e.text);
    return out;
  }

 private:
  std::string_view text_;
  const JsonDocument& doc_;
  std::vector<Edit> edits_;

  // ",\n    " when what stands at `at` starts its line, else ", ".
  std::string separator(std::uint32_t at) const {
    std::uint32_t b = at;
    while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
    if (b > 0 && text_[b - 1] != '\n' && text_[b - 1] != '\r') return ", ";
    const std::string_view eol = b >= 2 && text_[b - 2] == '\r' ? "\r\n" : "\n";
    return "," + std::string(eol) + std::string(text_.substr(b, at - b));
  }
};

}  // namespace

PlannedStep plan_review_step(std::string_view text, const JsonDocument& doc, const Article& a, const Registry& registry,
                             const ReviewStep& step) {
  PlannedStep out;
  const auto refuse = [&](std::string why) {
    out.refusal = std::move(why);
    return out;
  };
  if (!doc.ok() || !doc.root().IsObject())
    return refuse("the file is not a valid JSON article; run `medlint check` on it");
  const NodeId history = doc.child(a.review, "history");
  if (a.review == kNoNode || !a.status.present() || history == kNoNode || !doc.value(history).IsArray()) {
    return refuse(
        "the article has no review.status and review.history to record the step in; `medlint check` says "
        "what is missing");
  }
  out.from = std::string(a.status.value);
  const std::string to(target_status(step.action));
  const ReviewWorkflow& workflow = ReviewWorkflow::get();
  if (!workflow.allows(out.from, to)) {
    return refuse("the review workflow does not go from \"" + out.from + "\" to \"" + to + "\"; from \"" + out.from +
                  "\" the next step is " + workflow.describe_next(out.from));
  }
  const Person* person = registry.person(step.by);
  if (!person) {
    return refuse("\"" + step.by + "\" is not in the people registry" +
                  (registry.people_file.empty() ? " (none was found)" : " (" + registry.people_file + ")"));
  }
  const ReviewWorkflow::State* state = workflow.state(to);
  if (state && state->board && !person->on_board(step.date)) {
    return refuse("\"" + step.by + "\" is not on the Medical Advisory Board on " + step.date.to_string() +
                  "; a step to \"" + to + "\" is the board's");
  }
  if (step.action == ReviewAction::kApprove) {
    for (const StringField& author : a.authors) {
      if (author.value == step.by) {
        return refuse("\"" + step.by + "\" is an author of this article and cannot approve it (four eyes: REV004)");
      }
    }
  }
  if (!a.history.empty() && a.history.back().date.present()) {
    const auto last = Date::parse(a.history.back().date.value);
    if (last && step.date < *last) {
      return refuse("the last review step was on " + last->to_string() + "; a new one cannot be dated " +
                    step.date.to_string());
    }
  }

  Editor edit(text, doc);
  edit.replace_value(a.status.node, quote(to));
  std::string entry =
      "{\"status\": " + quote(to) + ", \"date\": " + quote(step.date.to_string()) + ", \"by\": " + quote(step.by);
  if (!step.note.empty()) entry += ", \"note\": " + quote(step.note);
  edit.append_item(history, entry + "}");

  if (step.action == ReviewAction::kApprove) {
    const NodeId dates = doc.child(0, "dates");
    if (dates == kNoNode || !doc.value(dates).IsObject()) return refuse("the article has no dates object");
    if (a.reviewed.present()) {
      edit.replace_value(a.reviewed.node, quote(step.date.to_string()));
    } else {
      edit.add_member(dates, "reviewed", quote(step.date.to_string()));
    }
  }
  // The pending-review notice shows exactly while the article is not approved (REV005).
  const NodeId notices = doc.child(0, "notices");
  const bool want_notice = to != "approved";
  std::vector<std::size_t> pending;
  if (notices != kNoNode && doc.value(notices).IsArray()) {
    for (std::size_t i = 0; i < doc.value(notices).Size(); ++i) {
      const auto& v = doc.value(doc.child(notices, i));
      if (v.IsString() && std::string_view(v.GetString(), v.GetStringLength()) == kPendingReview) pending.push_back(i);
    }
  }
  if (!want_notice) {
    for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
      if (it != pending.rbegin()) return refuse("the notices list \"pending-review\" twice; fix that first");
      edit.remove_item(notices, *it);
    }
  } else if (pending.empty()) {
    if (notices != kNoNode && doc.value(notices).IsArray()) {
      edit.append_item(notices, quote(kPendingReview));
    } else if (notices == kNoNode) {
      edit.add_member(0, "notices", "[" + quote(kPendingReview) + "]");
    } else {
      return refuse("the article's notices is not a list");
    }
  }
  out.text = edit.result();
  return out;
}

}  // namespace medlint
