#include "finding.h"

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

bool parse_severity(std::string_view text, Severity& out) {
  if (text == "off") out = Severity::kOff;
  else if (text == "warning") out = Severity::kWarning;
  else if (text == "error") out = Severity::kError;
  else return false;
  return true;
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
