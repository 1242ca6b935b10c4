// JSON004 file-too-large: the file is over the size limit and was not parsed.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class FileTooLarge final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "JSON004",
        "file-too-large",
        Severity::kError,
        "The file is larger than `maxFileSize` and was not checked.",
        {{"too-large",
          "The file is {size} bytes, over the {limit}-byte limit, and was not checked. Articles are "
          "small; split this one, or raise `maxFileSize` in medlint.json if it really is one article."}},
        true};
    return m;
  }

  std::span<const RuleOption> options() const override {
    static const RuleOption kOptions[] = {
        {"/maxFileSize", "integer", "10485760", "Largest file, in bytes, that medlint parses."},
    };
    return kOptions;
  }

  void check_load(FileContext& ctx) const override {
    for (const LoadProblem& p : ctx.doc().problems()) {
      if (p.kind != LoadProblem::Kind::kTooLarge) continue;
      ctx.report_span(*this, "too-large", p.span, "",
                      {{"size", std::to_string(p.size)}, {"limit", std::to_string(p.limit)}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_json004_file_too_large() { return std::make_unique<FileTooLarge>(); }

}  // namespace medlint
