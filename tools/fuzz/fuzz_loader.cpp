// libFuzzer target: the loader, the schema validation and the whole rule
// engine must survive any bytes without crashing, hanging or leaking.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const medlint::Linter linter(medlint::all_rules(), medlint::SchemaSet::bundled(), medlint::Config{},
                                      medlint::Date{2026, 11, 24});
  const medlint::SourceFile source("fuzz.json", std::string(reinterpret_cast<const char*>(data), size));
  const auto outcome = linter.lint_source(source, medlint::FileKind::kArticle);
  for (const auto& f : outcome.findings) {
    if (f.start.line == 0 || f.end < f.start) __builtin_trap();  // every finding has a real position
  }
  return 0;
}
