// JSON002 invalid-encoding: the file is not plain UTF-8.
#include "medlint/engine/context.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class InvalidEncoding final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{"JSON002",
                            "invalid-encoding",
                            Severity::kError,
                            "The file is not UTF-8 without a byte order mark.",
                            {{"bom",
                              "The file starts with a UTF-8 byte order mark (BOM). Save it as UTF-8 without BOM "
                              "(most editors offer this under the file encoding)."},
                             {"utf16", "The file is UTF-16 or UTF-32. Save it as UTF-8; nothing in it was checked."},
                             {"invalid-utf8",
                              "Invalid UTF-8 byte 0x{byte}. Re-save the file as UTF-8 (a copy from another program "
                              "may have brought in Latin-1 or Windows-1252 text); nothing in it was checked."},
                             {"lone-surrogate",
                              "The escape {escape} is half of a UTF-16 surrogate pair: alone it is no character, and "
                              "programs read it differently. Write the character itself, or both halves of the pair; "
                              "nothing in the file was checked."}},
                            true};
    return m;
  }

  void check_load(FileContext& ctx) const override {
    static constexpr char kHex[] = "0123456789ABCDEF";
    for (const LoadProblem& p : ctx.doc().problems()) {
      if (p.kind == LoadProblem::Kind::kByteOrderMark) {
        ctx.report_span(*this, "bom", p.span, "");
      } else if (p.kind == LoadProblem::Kind::kUtf16) {
        ctx.report_span(*this, "utf16", p.span, "");
      } else if (p.kind == LoadProblem::Kind::kInvalidUtf8) {
        const auto byte = static_cast<unsigned char>(ctx.source().text()[p.span.begin]);
        ctx.report_span(*this, "invalid-utf8", p.span, "", {{"byte", std::string{kHex[byte >> 4], kHex[byte & 15]}}});
      } else if (p.kind == LoadProblem::Kind::kLoneSurrogate) {
        ctx.report_span(*this, "lone-surrogate", p.span, "", {{"escape", p.detail}});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_json002_invalid_encoding() { return std::make_unique<InvalidEncoding>(); }

}  // namespace medlint
