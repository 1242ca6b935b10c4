// CIT004 reference-order: Vancouver/ICMJE style numbers references in the
// order in which the text first cites them.
#include <algorithm>
#include <map>
#include <set>

#include "medlint/engine/context.h"
#include "medlint/load/json_edits.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

using Renumbering = std::map<std::int64_t, std::int64_t>;  // old id -> new id

// "[1, 2]", "[1-3]" ("–" when the marker used an en dash): sorted, runs of
// three or more as ranges.
std::string marker_text(std::vector<std::int64_t> ids, bool en_dash) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::string out = "[";
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i;
    while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1) ++j;
    if (i > 0) out += ", ";
    if (j - i >= 2) {
      out += std::to_string(ids[i]) + (en_dash ? "\u2013" : "-") + std::to_string(ids[j]);
    } else {
      for (std::size_t k = i; k <= j; ++k) out += (k > i ? ", " : "") + std::to_string(ids[k]);
    }
    i = j + 1;
  }
  return out + "]";
}

// Whether renumbering is safe: every reference has its own id, every marker
// is well formed and cites a reference, and no suppression points into
// `references` by index (moving them would re-aim it).
bool can_renumber(const FileContext& ctx) {
  const Article& a = ctx.article();
  const NodeId list = ctx.doc().child(a.root, "references");
  if (list == kNoNode || !ctx.doc().value(list).IsArray() || ctx.doc().value(list).Size() != a.references.size() ||
      a.reference_by_id.size() != a.references.size()) {
    return false;
  }
  for (const Reference& r : a.references) {
    if (!r.id.present()) return false;
  }
  for (const Citation& c : a.citations) {
    if (c.ids.empty() || !c.problem.empty()) return false;
    for (const std::int64_t id : c.ids) {
      if (!a.reference(id)) return false;
    }
  }
  const JsonDocument& doc = ctx.doc();
  const NodeId ignore = doc.resolve("/medlint/ignore");
  if (ignore != kNoNode && doc.value(ignore).IsArray()) {
    for (rapidjson::SizeType i = 0; i < doc.value(ignore).Size(); ++i) {
      const NodeId at = doc.child(doc.child(ignore, i), "at");
      if (at != kNoNode && doc.value(at).IsString() &&
          std::string_view(doc.value(at).GetString()).starts_with("/references")) {
        return false;
      }
    }
  }
  return true;
}

// The edits that renumber the references by `order` (first citations, then
// the uncited by their present number): every marker and `cites` entry
// rewritten, and the references moved into their new order with their ids.
std::vector<TextEdit> renumber(const FileContext& ctx, const std::vector<std::int64_t>& order) {
  const Article& a = ctx.article();
  const JsonDocument& doc = ctx.doc();
  const std::string_view text = ctx.source().text();
  Renumbering to;
  for (const std::int64_t id : order) to.emplace(id, static_cast<std::int64_t>(to.size() + 1));
  for (const auto& [id, index] : a.reference_by_id) {
    (void)index;
    to.emplace(id, static_cast<std::int64_t>(to.size() + 1));
  }
  JsonEdits edits(text, doc);
  std::vector<TextEdit> out;
  for (const Citation& c : a.citations) {
    std::vector<std::int64_t> ids;
    for (const std::int64_t id : c.ids) ids.push_back(to.at(id));
    if (c.in_list_cites) {
      if (ids.front() != c.ids.front()) edits.replace_value(c.node, std::to_string(ids.front()));
      continue;
    }
    const std::string now = marker_text(ids, c.text.find("\u2013") != std::string_view::npos);
    if (now != c.text) out.push_back(ctx.text_edit(c.node, c.begin, c.end, now));
  }
  // Slot i of `references` gets the reference whose new id is i + 1.
  const NodeId list = doc.child(a.root, "references");
  std::vector<std::string> moved(a.references.size());
  for (const Reference& r : a.references) {
    const Span whole = doc.node(r.node).value;
    const Span id = doc.node(r.id.node).value;
    std::string entry(text.substr(whole.begin, whole.end - whole.begin));
    entry.replace(id.begin - whole.begin, id.end - id.begin, std::to_string(to.at(r.id.value)));
    moved[static_cast<std::size_t>(to.at(r.id.value) - 1)] = std::move(entry);
  }
  for (std::size_t i = 0; i < moved.size(); ++i) {
    const Span slot = doc.node(doc.child(list, i)).value;
    if (text.substr(slot.begin, slot.end - slot.begin) != moved[i]) out.push_back({slot.begin, slot.end, moved[i]});
  }
  out.insert(out.end(), edits.edits().begin(), edits.edits().end());
  return out;
}

class ReferenceOrder final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "CIT004",
        "reference-order",
        Severity::kWarning,
        "References are not numbered in order of first citation.",
        {{"order",
          "Reference {id} is first cited after reference {previous}, but references are numbered in "
          "order of first citation (Vancouver). Expected numbering: {mapping}."}},
        /*always_on=*/false,
        /*fixable=*/true};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    // The ids in order of first citation, and where the order first breaks.
    std::vector<std::int64_t> first_cited;
    std::set<std::int64_t> seen;
    const Citation* breaking = nullptr;
    std::int64_t breaking_id = 0;
    std::int64_t previous = 0;
    for (const Citation& c : a.citations) {
      for (const std::int64_t id : c.ids) {
        if (!a.reference(id) || !seen.insert(id).second) continue;
        if (!breaking && !first_cited.empty() && id < first_cited.back()) {
          breaking = &c;
          breaking_id = id;
          previous = first_cited.back();
        }
        first_cited.push_back(id);
      }
    }
    if (!breaking) return;
    std::string mapping;
    for (std::size_t i = 0; i < first_cited.size(); ++i) {
      const auto wanted = static_cast<std::int64_t>(i + 1);
      if (first_cited[i] == wanted) continue;
      mapping += (mapping.empty() ? "" : ", ") + std::to_string(first_cited[i]) + " \u2192 " + std::to_string(wanted);
    }
    const MessageArgs args{
        {"id", std::to_string(breaking_id)}, {"previous", std::to_string(previous)}, {"mapping", mapping}};
    Finding* f = breaking->in_list_cites
                     ? ctx.report(*this, "order", breaking->node, args)
                     : ctx.report_text(*this, "order", breaking->node, breaking->begin, breaking->end, args);
    if (f && can_renumber(ctx)) f->fix = renumber(ctx, first_cited);
  }
};

}  // namespace

std::unique_ptr<Rule> make_cit004_reference_order() { return std::make_unique<ReferenceOrder>(); }

}  // namespace medlint
