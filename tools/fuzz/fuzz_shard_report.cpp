// libFuzzer target: medlint merge's reader of shard reports refuses any
// bytes with a message, or reads them whole, never crashing or hanging.
#include <cstddef>
#include <cstdint>
#include <string>

#include "medlint/driver/shards.h"
#include "medlint/rules/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto rules = medlint::all_rules();
  static const auto schemas = medlint::SchemaSet::bundled();
  const auto report =
      medlint::parse_shard_report("fuzz.json", std::string_view(reinterpret_cast<const char*>(data), size), *schemas,
                                  [](std::string_view code) -> const medlint::Rule* {
                                    for (const auto& r : rules) {
                                      if (r->meta().code == code) return r.get();
                                    }
                                    return nullptr;
                                  });
  if (!report && report.error().message.empty()) __builtin_trap();  // a refusal always says why
  if (report) {
    std::vector<medlint::ShardReport> reports;
    reports.push_back(*report);
    (void)medlint::merge_shard_reports(std::move(reports));
  }
  return 0;
}
