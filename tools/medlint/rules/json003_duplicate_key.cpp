// JSON003 duplicate-key: an object has the same key twice. JSON parsers
// disagree on which value wins (RapidJSON keeps both), so the article could
// render differently from what was reviewed.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class DuplicateKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "JSON003",
        "duplicate-key",
        Severity::kError,
        "An object has the same key twice.",
        {{"duplicate",
          "Duplicate key \"{key}\" (first at line {line}:{column}). Keep one of them: tools disagree "
          "on which value wins."}},
        true};
    return m;
  }

  void check_load(FileContext& ctx) const override {
    for (const LoadProblem& p : ctx.doc().problems()) {
      if (p.kind != LoadProblem::Kind::kDuplicateKey) continue;
      const std::string pointer = p.node == kNoNode ? "" : ctx.doc().pointer(p.node);
      const Position first = ctx.source().position(p.first.begin);
      ctx.report_span(
          *this, "duplicate", p.span, pointer,
          {{"key", p.detail}, {"line", std::to_string(first.line)}, {"column", std::to_string(first.column)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_json003_duplicate_key() { return std::make_unique<DuplicateKey>(); }

}  // namespace medlint
