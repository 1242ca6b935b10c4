#include <algorithm>

#include "medlint/base/utf8.h"
#include "medlint/base/words.h"
#include "medlint/report/report_text.h"
#include "medlint/report/reporters.h"

namespace medlint {

namespace {

// The excerpt: " 12 | text" and "    | ^~~~" under the finding's span. The
// text is a window of the line (… where it goes on), escaped as every
// printed byte of an article is; the caret counts what is shown.
void write_excerpt(std::ostream& out, const Finding& f, const char* mark_on, const char* mark_off) {
  const Excerpt& x = f.excerpt;
  if (f.start.line == 0 || x.first_column == 0) return;
  const std::string number = std::to_string(f.start.line);
  std::string line = x.cut_before ? "\u2026" : "";
  std::string under(x.cut_before ? 1 : 0, ' ');
  const std::uint32_t end = f.end.line == f.start.line ? f.end.column : UINT32_MAX;
  std::uint32_t col = x.first_column;
  std::size_t marked = 0;
  report::for_each_code_point(x.text, [&](char32_t cp, std::string_view bytes) {
    const std::string shown = cp == '\t' ? "\t" : report::printable(bytes);
    const std::size_t width = cp == '\t' ? 1 : count_code_points(shown);
    line += shown;
    if (col < f.start.column) {
      under += cp == '\t' ? std::string("\t") : std::string(width, ' ');
    } else if (col < end || marked == 0) {
      for (std::size_t k = 0; k < width; ++k) under += marked++ == 0 ? '^' : '~';
    }
    ++col;
  });
  if (x.cut_after) line += "\u2026";
  if (marked == 0) under += '^';  // an empty span, or one at the end of the line
  out << " " << number << " | " << line << "\n";
  out << " " << std::string(number.size(), ' ') << " | " << mark_on << under << mark_off << "\n";
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
    out << bold << report::printable(report::location(f)) << ":" << reset << " " << (error ? red : yellow)
        << severity_name(f.severity) << ":" << reset << " " << report::printable(f.message) << " " << dim << "["
        << f.code << " " << f.name << "]" << reset << "\n";
    write_excerpt(out, f, error ? red : yellow, reset);
    out << "  " << dim << "= docs: " << f.help_uri << reset << "\n";
  }
  const Totals t = count(result.findings);
  const std::string files = count_of(static_cast<long long>(result.files_checked), "file");
  // A path that could not be read is never "no problems" (it is an error).
  const std::string unread =
      result.unreadable == 0
          ? ""
          : "; " + count_of(static_cast<long long>(result.unreadable), "path") + " could not be read";
  if (t.errors + t.warnings == 0) {
    out << green << "No problems found in " << files << " checked." << reset << "\n";
  } else {
    out << bold << count_of(static_cast<long long>(t.errors) + static_cast<long long>(t.warnings), "problem") << " ("
        << count_of(static_cast<long long>(t.errors), "error") << ", "
        << count_of(static_cast<long long>(t.warnings), "warning") << ") in " << files << " checked" << unread << "."
        << reset << "\n";
  }
}

}  // namespace medlint
