// libFuzzer target: the cache file reader and the outcome decoder refuse
// any bytes with a message (or read them whole), never crashing or hanging.
// The input is read twice: as it is, and with its checksum and size fields
// made right, so that mutations reach the entry parser behind the checksum.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/engine/outcome_cache.h"
#include "medlint/rules/rules.h"

namespace {

constexpr std::size_t kMagic = 22, kRunKeyAt = kMagic + 4, kSumAt = kRunKeyAt + 32, kSizeAt = kSumAt + 32,
                      kBodyAt = kSizeAt + 8;

void load(const std::string& bytes) {
  medlint::Digest run_key{};
  if (bytes.size() >= kSumAt) std::copy_n(bytes.begin() + kRunKeyAt, 32, run_key.begin());
  medlint::OutcomeCache cache(run_key, 0);
  const auto loaded = cache.load(bytes);
  if (!loaded && loaded.error().message.empty()) __builtin_trap();  // a refusal always says why
  if (loaded) (void)cache.serialize();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto rules = medlint::all_rules();
  std::string bytes(reinterpret_cast<const char*>(data), size);
  load(bytes);
  if (bytes.size() >= kBodyAt) {
    const std::string_view body = std::string_view(bytes).substr(kBodyAt);
    const medlint::Digest sum = medlint::sha256(body);
    std::copy(sum.begin(), sum.end(), bytes.begin() + kSumAt);
    std::uint64_t n = body.size();
    for (std::size_t i = 0; i < 8; ++i, n >>= 8) bytes[kSizeAt + i] = static_cast<char>(n & 0xff);
    load(bytes);
  }
  (void)medlint::decode_outcome(std::string_view(reinterpret_cast<const char*>(data), size),
                                [](std::string_view code) -> const medlint::Rule* {
                                  for (const auto& r : rules) {
                                    if (r->meta().code == code) return r.get();
                                  }
                                  return nullptr;
                                });
  return 0;
}
