// Lints one article in memory with the installed library and prints what
// it found: the consumer test expects CIT001 on the uncited sentence.
#include <iostream>

#include <medlint/engine/linter.h>
#include <medlint/rules/rules.h>

int main() {
  const medlint::Linter linter(medlint::all_rules(), medlint::SchemaSet::bundled(), medlint::Config{},
                               medlint::Date{2026, 11, 24});
  const std::string article = R"({"id": "consumer", "title": "What is a fictional condition?",
    "sections": [{"kind": "guidelines", "heading": "From the Guidelines",
      "blocks": [{"type": "paragraph", "text": "A fictional claim without a source."}]}]})";
  const medlint::LintResult result = linter.run_text("articles/consumer.json", article);
  for (const medlint::Finding& f : result.findings) {
    std::cout << f.code << " " << f.start.line << ":" << f.start.column << "\n";
  }
  return result.findings.empty() ? 1 : 0;
}
