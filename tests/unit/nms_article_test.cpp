// The bundled NMS article against the seed page (../shared/seeds): every
// sentence the page shows without a citation is CIT001, and no sentence that
// carries one is.
#include <gtest/gtest.h>

#include "files.h"
#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

TEST(NmsArticle, ReportsExactlyTheUncitedSentencesOfTheSeedPage) {
  const std::string path = std::string(MEDLINT_SOURCE_DIR) + "/content/articles/neuroleptic-malignant-syndrome.json";
  const SourceFile source(path, testing::read_text(path));
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const FileOutcome outcome = linter.lint_source(source, FileKind::kArticle);

  std::vector<std::string> uncited;
  for (const Finding& f : outcome.findings) {
    if (f.code != "CIT001") continue;
    ASSERT_EQ(f.start.line, f.end.line);
    const std::string_view line = source.line_text(f.start.line);
    // Columns are code points; the uncited texts here contain "°" only.
    std::string text(line);
    std::size_t byte = 0;
    for (std::uint32_t col = 1; col < f.start.column; ++col)
      byte += (static_cast<unsigned char>(text[byte]) >= 0xC0) ? 2 : 1;
    std::size_t end = byte;
    for (std::uint32_t col = f.start.column; col < f.end.column; ++col)
      end += (static_cast<unsigned char>(text[end]) >= 0xC0) ? 2 : 1;
    uncited.push_back(text.substr(byte, end - byte));
  }
  const std::vector<std::string> expected = {
      // "From the Guidelines", first sentence.
      "Neuroleptic malignant syndrome (NMS) is a life-threatening condition that requires immediate "
      "discontinuation of the offending antipsychotic medication and intensive care monitoring with supportive care.",
      // "Key Features of NMS".
      "Hyperthermia (high fever often exceeding 38\u00b0C)", "Muscle rigidity", "Altered mental status",
      "Autonomic instability (fluctuating blood pressure, tachycardia, diaphoresis)",
      // "Some key points to consider in the management of NMS include:".
      "Immediate discontinuation of the offending antipsychotic medication",
      "Intensive care monitoring with supportive care",
      "Specific pharmacological treatments such as dantrolene and bromocriptine or amantadine",
      "Careful monitoring and gradual tapering of treatment",
      "Introduction of a different class of antipsychotic medication with lower potency after recovery, if necessary."};
  EXPECT_EQ(uncited, expected);
}

}  // namespace
}  // namespace medlint
