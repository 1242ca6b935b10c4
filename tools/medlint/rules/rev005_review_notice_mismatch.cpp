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
          "`notices`."}}};
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
    if (approved && pending) {
      ctx.report(*this, "stale", pending->node);
    } else if (!approved && !pending) {
      const NodeId notices = ctx.doc().child(a.root, "notices");
      ctx.report(*this, "missing", notices != kNoNode ? notices : a.status.node,
                 {{"status", std::string(a.status.value)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_rev005_review_notice_mismatch() { return std::make_unique<ReviewNoticeMismatch>(); }

}  // namespace medlint
