#include "medlint/model/finding.h"
#include "medlint/base/hash.h"

#include <cstdint>
#include <tuple>

namespace medlint {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::kOff: return "off";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "off") return Severity::kOff;
  if (text == "warning") return Severity::kWarning;
  if (text == "error") return Severity::kError;
  return std::nullopt;
}

std::string fingerprint(std::string_view code, std::string_view message_id, std::string_view pointer,
                        std::string_view text, std::string_view detail) {
  Fnv1a64 h;
  const auto mix = [&h](unsigned char c) { h.add(c); };
  for (const char c : code) mix(static_cast<unsigned char>(c));
  mix(0);
  for (const char c : message_id) mix(static_cast<unsigned char>(c));
  mix(0);
  // Array indices shift when blocks are added or moved; names do not.
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    if (pointer[i] == '/' && i + 1 < pointer.size() && pointer[i + 1] >= '0' && pointer[i + 1] <= '9') {
      mix('/');
      mix('*');
      ++i;
      while (i + 1 < pointer.size() && pointer[i + 1] != '/') ++i;
      continue;
    }
    mix(static_cast<unsigned char>(pointer[i]));
  }
  mix(0);
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space) mix(' ');
    space = false;
    mix(static_cast<unsigned char>(c));
  }
  mix(0);
  for (const char c : detail) mix(static_cast<unsigned char>(c));
  return h.hex();
}

Totals count(const std::vector<Finding>& findings) {
  Totals t;
  for (const Finding& f : findings) {
    if (f.severity == Severity::kError) ++t.errors;
    if (f.severity == Severity::kWarning) ++t.warnings;
  }
  return t;
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.file, a.start, a.end, a.code, a.pointer, a.message) <
         std::tie(b.file, b.start, b.end, b.code, b.pointer, b.message);
}

}  // namespace medlint
