// JSON001 invalid-json: the file is not a JSON document medlint can read.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class InvalidJson final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "JSON001",
        "invalid-json",
        Severity::kError,
        "The file is not valid JSON (syntax error, empty file, or nesting too deep).",
        {{"syntax", "Invalid JSON: {detail} Fix the syntax here; nothing after this point was checked."},
         {"empty",
          "The file is empty. An article is a JSON object; copy a valid article to start from, or delete the file."},
         {"too-deep",
          "JSON nesting is deeper than {limit} levels. Articles nest a few levels deep; this file is not an article."},
         {"key-too-long",
          "A key of {size} bytes, over the {limit}-byte limit. Keys name fields; this file is not an "
          "article, and nothing in it was checked."}},
        true};
    return m;
  }

  void check_load(FileContext& ctx) const override {
    for (const LoadProblem& p : ctx.doc().problems()) {
      switch (p.kind) {
        case LoadProblem::Kind::kSyntax: ctx.report_span(*this, "syntax", p.span, "", {{"detail", p.detail}}); break;
        case LoadProblem::Kind::kEmpty: ctx.report_span(*this, "empty", p.span, ""); break;
        case LoadProblem::Kind::kTooDeep:
          ctx.report_span(*this, "too-deep", p.span, "", {{"limit", std::to_string(p.limit)}});
          break;
        case LoadProblem::Kind::kKeyTooLong:
          ctx.report_span(*this, "key-too-long", p.span, "",
                          {{"size", std::to_string(p.size)}, {"limit", std::to_string(p.limit)}});
          break;
        default: break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_json001_invalid_json() { return std::make_unique<InvalidJson>(); }

}  // namespace medlint
