// libFuzzer target: medlint.json. The loader must refuse any bytes with a
// message (FILE:LINE:COL) or accept them, never crash or hang; an accepted
// config must build its splitter, and its custom rules must compile into the
// scanner and run over an article.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "medlint/engine/config.h"
#include "medlint/engine/linter.h"
#include "medlint/engine/schema_set.h"
#include "medlint/model/sentences.h"
#include "medlint/rules/custom/custom_rule.h"
#include "medlint/rules/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = medlint::SchemaSet::bundled();
  static const auto rules = medlint::all_rules();
  const auto config = medlint::parse_config("/fuzz/medlint.json",
                                            std::string(reinterpret_cast<const char*>(data), size), *schemas, rules);
  // Every refusal names the file (medlint.json, or a style file beside it).
  if (!config && !config.error().message.starts_with("/fuzz/")) __builtin_trap();
  if (!config) return 0;
  (void)medlint::SentenceSplitter::with(config->abbreviations)->split("Give 5 mg t.i.d. Then stop.");
  if (config->custom_rules.empty()) return 0;
  try {
    const medlint::Linter linter(medlint::rules_for(*config), medlint::SchemaSet::bundled(), *config,
                                 medlint::Date{2026, 11, 24});
    (void)linter.run_text("a.json", R"({"id": "a", "title": "What is NMS?", "sections": [{"kind": "other",
      "heading": "Heart attack", "blocks": [{"type": "paragraph", "text": "Neuroleptic malignant syndrome (NMS) is rare. Call the emergency number!"},
      {"type": "list", "lead": "Signs:", "items": ["Fever above 38", "Rigidity"]}]}]})");
  } catch (const std::invalid_argument&) {
    // The patterns together too large for one RE2::Set: the CLI says so (exit 2).
  }
  return 0;
}
