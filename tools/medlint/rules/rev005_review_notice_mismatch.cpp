// REV005 review-notice-mismatch: readers must see "pending review" exactly
// while the article is not approved.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

constexpr std::string_view kPendingReview = "pending-review";

class ReviewNoticeMismatch final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "REV005",
        "review-notice-mismatch",
        Severity::kError,
        "An article that is not approved lacks the pending-review notice, or an approved one shows it.",
        {{"missing",
          "The article is \"{status}\", not approved, but lacks the \"pending-review\" notice. Add it to "
          "`notices` so readers know no one has approved the content yet."},
         {"stale",
          "The article is approved but still shows the \"pending-review\" notice. Remove it from "
          "`notices`."}},
        /*always_on=*/false,
        /*fixable=*/true};
    return m;
  }

  void check_article(FileContext& ctx) const override {
    const Article& a = ctx.article();
    if (!a.status.present()) return;
    const StringField* pending = nullptr;
    for (const StringField& n : a.notices) {
      if (n.value == kPendingReview) pending = &n;
    }
    const bool approved = a.status.value == "approved";
    const JsonDocument& doc = ctx.doc();
    const NodeId notices = doc.child(a.root, "notices");
    JsonEdits fix(ctx.source().text(), doc);
    if (approved && pending) {
      Finding* f = ctx.report(*this, "stale", pending->node);
      const rapidjson::Value& list = doc.value(notices);
      for (rapidjson::SizeType i = 0; f && i < list.Size(); ++i) {
        if (doc.child(notices, i) == pending->node) fix.remove_item(notices, i);
      }
      if (f) f->fix = fix.edits();
    } else if (!approved && !pending) {
      Finding* f = ctx.report(*this, "missing", notices != kNoNode ? notices : a.status.node,
                              {{"status", std::string(a.status.value)}});
      if (notices == kNoNode) {
        fix.add_member(a.root, "notices", "[" + json_quote(kPendingReview) + "]");
      } else if (doc.value(notices).IsArray()) {
        fix.append_item(notices, json_quote(kPendingReview));
      }
      if (f) f->fix = fix.edits();
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev005_review_notice_mismatch() { return std::make_unique<ReviewNoticeMismatch>(); }

}  // namespace medlint
