// MED002 unreadable-path: a file or folder medlint was asked to check could
// not be read, so nothing in it was checked. The engine reports it (linter.cpp)
// in every output format, as well as on stderr with exit code 2: a run that
// skipped a file must never look clean.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class UnreadablePath final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "MED002",
        "unreadable-path",
        Severity::kError,
        "A file or folder to check could not be read, so nothing in it was checked.",
        {{"file",
          "This file could not be read ({reason}), so it was not checked. Make it a readable regular "
          "file, or move it out of the checked folders."},
         {"folder",
          "This folder could not be read ({reason}), so none of the files in it were checked. Fix its "
          "permissions, or move it out of the checked folders."}},
        true};
    return m;
  }

  void check_load(FileContext& ctx) const override {
    for (const LoadProblem& p : ctx.doc().problems()) {
      if (p.kind != LoadProblem::Kind::kUnreadable) continue;
      const bool folder = p.detail.starts_with("folder:");
      ctx.report_file(*this, folder ? "folder" : "file", {{"reason", folder ? p.detail.substr(7) : p.detail}});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_med002_unreadable_path() { return std::make_unique<UnreadablePath>(); }

}  // namespace medlint
