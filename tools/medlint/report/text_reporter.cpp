#include <algorithm>

#include "../utf8.h"
#include "report_text.h"
#include "reporters.h"

namespace medlint {

namespace {

std::string plural(std::size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// The excerpt: "  12 | text" and "     | ^~~~" under the finding's span.
void write_excerpt(std::ostream& out, const Finding& f, const char* mark_on, const char* mark_off) {
  if (f.start.line == 0) return;
  const std::string number = std::to_string(f.start.line);
  const std::string gutter(number.size(), ' ');
  out << " " << number << " | " << f.source_line << "\n";
  out << " " << gutter << " | ";
  // Keep tabs so the caret lines up under the same characters.
  std::size_t col = 1;
  for (std::size_t i = 0; i < f.source_line.size() && col < f.start.column; i += utf8_sequence_length(static_cast<unsigned char>(f.source_line[i])), ++col) {
    out << (f.source_line[i] == '\t' ? '\t' : ' ');
  }
  const std::size_t line_len = count_code_points(f.source_line);
  std::size_t last = f.end.line == f.start.line ? f.end.column : line_len + 1;
  last = std::max<std::size_t>(last, f.start.column + 1);
  out << mark_on << '^' << std::string(last - f.start.column - 1, '~') << mark_off << "\n";
}

}  // namespace

void write_text(std::ostream& out, const LintResult& result, const ReportOptions& options) {
  const char* bold = options.color ? "\033[1m" : "";
  const char* red = options.color ? "\033[1;31m" : "";
  const char* yellow = options.color ? "\033[1;33m" : "";
  const char* green = options.color ? "\033[32m" : "";
  const char* dim = options.color ? "\033[2m" : "";
  const char* reset = options.color ? "\033[0m" : "";
  for (const Finding& f : result.findings) {
    const bool error = f.severity == Severity::kError;
    out << bold << report::location(f) << ":" << reset << " "
        << (error ? red : yellow) << severity_name(f.severity) << ":" << reset << " " << f.message << " " << dim
        << "[" << f.code << " " << f.name << "]" << reset << "\n";
    write_excerpt(out, f, error ? red : yellow, reset);
    out << "  " << dim << "= docs: " << f.help_uri << reset << "\n";
  }
  const Totals t = count(result.findings);
  const std::string files = plural(result.files_checked, "file");
  // A path that could not be read is never "no problems" (it is an error).
  const std::string unread = result.unreadable == 0 ? "" : "; " + plural(result.unreadable, "path") + " could not be read";
  if (t.errors + t.warnings == 0) {
    out << green << "No problems found in " << files << " checked." << reset << "\n";
  } else {
    out << bold << plural(t.errors + t.warnings, "problem") << " (" << plural(t.errors, "error") << ", "
        << plural(t.warnings, "warning") << ") in " << files << " checked" << unread << "." << reset << "\n";
  }
}

}  // namespace medlint
