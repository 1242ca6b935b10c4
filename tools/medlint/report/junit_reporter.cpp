// JUnit XML as CI servers read it (Jenkins' junit-10.xsd, GitLab, Azure
// DevOps): one <testsuite> "medlint", one <testcase> per file checked; a file
// with findings fails with one <failure> that lists them all (several
// <failure>s per test case are not read by every server). A file that could
// not be read is a test case with an <error>. Times are 0: the output is the
// same run to run.
#include <algorithm>
#include <map>

#include "medlint/base/version.h"
#include "medlint/report/report_text.h"
#include "medlint/report/reporters.h"

namespace medlint {

namespace {

// Text for XML 1.0 element content, or for a double-quoted attribute value.
// Characters XML 1.0 does not allow even as references (C0 controls other
// than tab, newline and carriage return; U+FFFE, U+FFFF) and bytes that are
// not UTF-8 become U+FFFD.
std::string xml_escape(std::string_view raw, bool attribute) {
  std::string out;
  report::for_each_code_point(report::valid_utf8(raw), [&](char32_t cp, std::string_view bytes) {
    // C1 controls, DEL, separators and bidi overrides: shown, not obeyed.
    if (cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069)) {
      out += report::printable(bytes);
      return;
    }
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += attribute ? "&quot;" : "\""; return;
      case '\'': out += attribute ? "&apos;" : "'"; return;
      // Attribute values are normalised: white space survives only as a reference.
      case '\t': out += attribute ? "&#9;" : "\t"; return;
      case '\n': out += attribute ? "&#10;" : "\n"; return;
      case '\r': out += "&#13;"; return;
      default: break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(bytes);
    }
  });
  return out;
}

std::string attr(std::string_view raw) { return xml_escape(raw, true); }

}  // namespace

void write_junit(std::ostream& out, const LintResult& result, const ReportOptions& options) {
  std::map<std::string, std::vector<const Finding*>> by_file;
  for (const std::string& f : result.files) by_file[f];
  for (const Finding& f : result.findings) by_file[f.file].push_back(&f);

  // A file that could not be (fully) checked (MED002, JSON001-JSON004) is an
  // error; one with findings a failure.
  const auto unchecked = [](const std::vector<const Finding*>& fs) {
    return std::any_of(fs.begin(), fs.end(), [](const Finding* f) { return !f->suppressible; });
  };
  std::size_t failures = 0, errors = 0;
  for (const auto& [file, findings] : by_file) {
    if (findings.empty()) continue;
    ++(unchecked(findings) ? errors : failures);
  }
  const std::string counts = " tests=\"" + std::to_string(by_file.size()) + "\" failures=\"" +
                             std::to_string(failures) + "\" errors=\"" + std::to_string(errors) + "\"";

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"medlint\"" << counts << " time=\"0\">\n";
  out << "  <testsuite name=\"medlint\"" << counts << " skipped=\"0\" time=\"0\">\n";
  out << "    <properties>\n";
  out << "      <property name=\"medlint.version\" value=\"" << attr(version()) << "\"/>\n";
  out << "      <property name=\"today\" value=\"" << attr(options.today.to_string()) << "\"/>\n";
  out << "    </properties>\n";
  for (const auto& [file, findings] : by_file) {
    out << "    <testcase classname=\"medlint\" name=\"" << attr(file) << "\" time=\"0\"";
    if (findings.empty()) {
      out << "/>\n";
      continue;
    }
    Totals t;
    bool error = false;
    for (const Finding* f : findings) {
      if (f->severity == Severity::kError) ++t.errors, error = true;
      if (f->severity == Severity::kWarning) ++t.warnings;
    }
    const char* element = unchecked(findings) ? "error" : "failure";
    out << ">\n      <" << element << " message=\"" << attr(report::problems(t)) << "\" type=\""
        << (unchecked(findings) ? "not-checked"
            : error             ? "error"
                                : "warning")
        << "\">";
    // One line per finding: what the article put in a message cannot start another.
    for (const Finding* f : findings) {
      out << xml_escape(report::printable(report::location(*f) + ": " + std::string(severity_name(f->severity)) + ": " +
                                          f->message + " [" + f->code + " " + f->name + "]") +
                            "\n  = docs: " + f->help_uri + "\n",
                        false);
    }
    out << "</" << element << ">\n    </testcase>\n";
  }
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

}  // namespace medlint
