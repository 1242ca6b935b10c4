// libFuzzer target: the baseline loader refuses any bytes with a message, or
// accepts them, never crashing or hanging.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/driver/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto baseline =
      medlint::Baseline::parse("fuzz.json", std::string_view(reinterpret_cast<const char*>(data), size));
  if (!baseline && baseline.error().message.empty()) __builtin_trap();  // a refusal always says why
  if (baseline) {
    std::vector<medlint::Finding> findings(1);
    findings[0].file = "a.json";
    findings[0].code = "CIT001";
    findings[0].fingerprint = "0000000000000000";
    (void)baseline->apply(findings);
  }
  return 0;
}
