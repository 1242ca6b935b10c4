// libFuzzer target, differential: the schema stage's fast path against
// valijson on any bytes. Whatever the fast path proves valid valijson must
// pass, and whatever it proves invalid valijson must reject, for the
// article, people and disclaimers schemas.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "medlint/engine/schema_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = medlint::SchemaSet::bundled();
  const medlint::JsonDocument doc =
      medlint::JsonDocument::parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  using Verdict = medlint::FastSchema::Verdict;
  for (const auto kind :
       {medlint::SchemaKind::kArticle, medlint::SchemaKind::kPeople, medlint::SchemaKind::kDisclaimers}) {
    const Verdict fast = schemas->fast_verdict(kind, doc);
    if (fast == Verdict::kUnknown) continue;
    const bool valid = schemas->validate(kind, doc, medlint::SchemaSet::SchemaPath::kValijson).empty();
    if ((fast == Verdict::kValid) != valid) __builtin_trap();  // the two disagree
  }
  return 0;
}
