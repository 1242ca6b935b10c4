#include "medlint/audit/csv.h"

#include "medlint/report/report_text.h"

namespace medlint::audit::csv {

std::string field(std::string_view raw) {
  std::string text = report::valid_utf8(raw);
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    text.insert(text.begin(), '\'');
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string number(long long value) { return std::to_string(value); }

std::string row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += fields[i];
  }
  out += "\r\n";
  return out;
}

}  // namespace medlint::audit::csv
