// DIS001 missing-disclaimer: every disclaimer the registry requires for one of
// the article's audiences must be attached to the article (pinned or not).
// A misspelt attached id counts as attached: DIS002 reports the typo.
#include <algorithm>
#include <set>
#include <string>

#include "medlint/engine/context.h"
#include "medlint/engine/schema_set.h"
#include "medlint/rules/disclaimer_ref.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class MissingDisclaimer final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"DIS001",
                            "missing-disclaimer",
                            Severity::kError,
                            "A disclaimer that one of the article's audiences requires is not attached.",
                            {{"missing",
                              "Disclaimer \"{id}\"{title} is required for {audiences} readers but is not attached. "
                              "Add \"{id}\" to `disclaimers`."},
                             {"missing-list",
                              "Disclaimer \"{id}\"{title} is required for {audiences} readers but the article has no "
                              "`disclaimers`. Add a `disclaimers` list that includes \"{id}\"."}},
                            /*always_on=*/false,
                            /*fixable=*/true};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    const Registry& reg = ctx.registry();
    if (!reg.disclaimers_loaded) return;  // DIS002 says that no registry was found
    const JsonDocument& doc = ctx.doc();
    const NodeId list = doc.child(a.root, "disclaimers");
    if (list != kNoNode && !doc.value(list).IsArray()) return;  // SCH001's finding

    // Attached ids, and for each unknown one the registry id it is a typo of:
    // DIS002 reports the typo with "did you mean", so it is not missing too.
    std::set<std::string, std::less<>> attached;
    std::vector<std::string> known;
    for (const Disclaimer& d : reg.disclaimers) known.push_back(d.id);
    for (const StringField& d : a.disclaimers) {
      const std::string_view id = split_disclaimer_ref(d.value).id;
      attached.emplace(id);
      if (!id.empty() && !reg.disclaimer(id)) {
        if (std::string near = closest_match(id, known); !near.empty()) attached.insert(std::move(near));
      }
    }

    for (const Disclaimer& d : reg.disclaimers) {
      if (attached.count(d.id)) continue;
      // The article's audiences that require it, in the article's order.
      std::vector<std::string> needing;
      NodeId first = kNoNode;
      for (const StringField& audience : a.audiences) {
        const bool required = std::find(d.audiences.begin(), d.audiences.end(), audience.value) != d.audiences.end();
        if (!required || std::find(needing.begin(), needing.end(), audience.value) != needing.end()) continue;
        needing.emplace_back(audience.value);
        if (first == kNoNode) first = audience.node;
      }
      if (needing.empty()) continue;
      const MessageArgs args{
          {"id", d.id}, {"title", d.title.empty() ? "" : " (\"" + d.title + "\")"}, {"audiences", join_words(needing)}};
      // The fix adds the id (several missing ones: one per `fix` pass, since
      // they insert at one place).
      JsonEdits edits(ctx.source().text(), doc);
      if (list != kNoNode) {
        edits.append_item(list, json_quote(d.id));
        if (Finding* f = ctx.report(*this, "missing", list, args)) f->fix = edits.edits();
      } else {
        edits.add_member(a.root, "disclaimers", "[" + json_quote(d.id) + "]");
        if (Finding* f = ctx.report(*this, "missing-list", first, args)) f->fix = edits.edits();
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dis001_missing_disclaimer() { return std::make_unique<MissingDisclaimer>(); }

}  // namespace medlint
