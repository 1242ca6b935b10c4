// SCH001 schema-violation: the file breaks its JSON Schema
// (schemas/article.schema.json, people.schema.json, disclaimers.schema.json).
#include "medlint/engine/context.h"
#include "medlint/engine/schema_set.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

class SchemaViolationRule final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta m{
        "SCH001",
        "schema-violation",
        Severity::kError,
        "The file does not match its JSON Schema (a missing field, a wrong type, an unknown property, ...).",
        {{"type", "{description} Change the value to the expected type. (JSON Schema `type`)"},
         {"enum", "{description} (JSON Schema `enum`)"},
         {"const", "{description} (JSON Schema `const`)"},
         {"pattern", "{description} (JSON Schema `pattern`)"},
         {"required", "{description} Add what is missing (see docs/article-format.md). (JSON Schema `required`)"},
         {"additionalProperties",
          "{description} Allowed here: {expected}. Fix the spelling, remove it, or prefix a custom field with "
          "\"x-\". (JSON Schema `additionalProperties`)"},
         {"minItems", "{description} (JSON Schema `minItems`)"},
         {"maxItems", "{description} (JSON Schema `maxItems`)"},
         {"uniqueItems", "{description} Remove the repeat. (JSON Schema `uniqueItems`)"},
         {"minLength", "{description} (JSON Schema `minLength`)"},
         {"maxLength", "{description} (JSON Schema `maxLength`)"},
         {"minimum", "{description} (JSON Schema `minimum`)"},
         {"maximum", "{description} (JSON Schema `maximum`)"},
         {"schema", "{description}"}}};
    return m;
  }

  void check_document(FileContext& ctx) const override {
    for (const SchemaViolation& v : ctx.run().schemas.validate(schema_for(ctx.kind()), ctx.doc())) {
      std::string sentence = v.describe();
      if (!sentence.ends_with('.') && !sentence.ends_with('?')) sentence += '.';
      // Two problems at one place (a missing `title`, later a missing `type`)
      // must not share a fingerprint: what is expected tells them apart.
      ctx.report_span(*this, v.keyword, v.span, v.pointer, {{"description", sentence}, {"expected", v.expected}},
                      Severity::kError, v.expected + "|" + v.found);
    }
  }

 private:
  static SchemaKind schema_for(FileKind kind) {
    switch (kind) {
      case FileKind::kArticle: return SchemaKind::kArticle;
      case FileKind::kPeopleRegistry: return SchemaKind::kPeople;
      case FileKind::kDisclaimerRegistry: return SchemaKind::kDisclaimers;
    }
    return SchemaKind::kArticle;
  }
};

}  // namespace

std::unique_ptr<Rule> make_sch001_schema_violation() { return std::make_unique<SchemaViolationRule>(); }

}  // namespace medlint
