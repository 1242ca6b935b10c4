// libFuzzer target: medlint.json. The loader must refuse any bytes with a
// message (FILE:LINE:COL) or accept them, never crash or hang; an accepted
// config must build its splitter.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/engine/config.h"
#include "medlint/rules/rules.h"
#include "medlint/engine/schema_set.h"
#include "medlint/model/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = medlint::SchemaSet::bundled();
  static const auto rules = medlint::all_rules();
  const auto config = medlint::parse_config("/fuzz/medlint.json",
                                            std::string(reinterpret_cast<const char*>(data), size), *schemas, rules);
  // Every refusal names the file.
  if (!config && !config.error().message.starts_with("/fuzz/medlint.json")) __builtin_trap();
  if (config) (void)medlint::SentenceSplitter::with(config->abbreviations)->split("Give 5 mg t.i.d. Then stop.");
  return 0;
}
