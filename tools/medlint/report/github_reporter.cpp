// GitHub Actions: workflow commands that become annotations on the changed
// files, and a Markdown summary for the job's page ($GITHUB_STEP_SUMMARY).
#include <algorithm>
#include <map>

#include "medlint/report/report_text.h"
#include "medlint/base/words.h"
#include "medlint/report/reporters.h"

namespace medlint {

namespace {

// Workflow command escaping (actions/toolkit): the message escapes % CR LF;
// a property value also , and : (which would end it).
std::string escape_command(std::string_view raw, bool property) {
  std::string out;
  for (const char c : report::printable(raw)) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default:
        // Other control characters (a terminal escape, say) have no business in a log.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
          out += "\xEF\xBF\xBD";
        } else {
          out += c;
        }
    }
  }
  return out;
}

// Errors first, each group in the sorted order of the findings.
std::vector<const Finding*> errors_first(const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  for (const Finding& f : findings) out.push_back(&f);
  std::stable_partition(out.begin(), out.end(), [](const Finding* f) { return f->severity == Severity::kError; });
  return out;
}

// Text for a Markdown table cell: one line, with the characters that GitHub
// Flavored Markdown would read as markup (emphasis, links, HTML, math, the
// cell separator) escaped.
std::string markdown_cell(std::string_view raw) {
  std::string out;
  for (const char c : report::printable(raw)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '$':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default: out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return out;
}

constexpr std::size_t kSummaryFindings = 50;

}  // namespace

void write_github(std::ostream& out, const LintResult& result, const ReportOptions& options) {
  const std::vector<const Finding*> ordered = errors_first(result.findings);
  const std::size_t shown = std::min(options.github_cap, ordered.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const Finding& f = *ordered[i];
    out << "::" << (f.severity == Severity::kError ? "error" : "warning") << " file=" << escape_command(f.file, true);
    if (f.start.line >= 1) {
      out << ",line=" << f.start.line << ",col=" << std::max<std::uint32_t>(f.start.column, 1);
      if (f.end.line >= f.start.line && f.end.column >= 1) {
        out << ",endLine=" << f.end.line << ",endColumn=" << f.end.column;
      }
    }
    out << ",title=" << escape_command(f.code + " " + f.name, true) << "::" << escape_command(f.message, false) << "\n";
  }
  if (shown < ordered.size()) {
    const std::size_t more = ordered.size() - shown;
    out << "::notice::medlint: " << count_of(static_cast<long long>(more), "more problem", "more problems")
        << " not shown as annotations; see the job summary or run medlint locally\n";
  }
}

void write_github_summary(std::ostream& out, const LintResult& result, const ReportOptions& options) {
  const Totals t = count(result.findings);
  const std::size_t files = std::max(result.files_checked, result.files.size());
  const std::string checked = " in " + count_of(static_cast<long long>(files), "file") + " checked";
  out << "## medlint\n\n";
  if (t.errors + t.warnings == 0) {
    out << "**No problems found**" << checked << ".\n";
  } else {
    out << "**" << report::problems(t) << "**" << checked << ".\n";
  }
  if (!result.errors.empty()) {
    out << "\n**" << count_of(static_cast<long long>(result.errors.size()), "file") << " could not be checked:**\n\n";
    for (const std::string& e : result.errors) out << "- " << markdown_cell(e) << "\n";
  }
  if (result.findings.empty()) return;

  // Findings by rule, in code order.
  struct RuleRow {
    std::string name, help_uri;
    std::size_t errors = 0, warnings = 0;
  };
  std::map<std::string, RuleRow> rules;
  for (const Finding& f : result.findings) {
    RuleRow& row = rules[f.code];
    row.name = f.name;
    row.help_uri = f.help_uri;
    (f.severity == Severity::kError ? row.errors : row.warnings) += 1;
  }
  out << "\n| Rule | Errors | Warnings |\n|:--|--:|--:|\n";
  for (const auto& [code, row] : rules) {
    const std::string label = markdown_cell(code + " " + row.name);
    out << "| " << (row.help_uri.empty() ? label : "[" + label + "](" + row.help_uri + ")") << " | " << row.errors
        << " | " << row.warnings << " |\n";
  }

  const std::vector<const Finding*> ordered = errors_first(result.findings);
  const std::size_t shown = std::min(kSummaryFindings, ordered.size());
  out << "\n### " << (shown < ordered.size() ? "First " + std::to_string(shown) + " findings" : std::string("Findings"))
      << "\n\n| Location | Severity | Rule | Message |\n|:--|:--|:--|:--|\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const Finding& f = *ordered[i];
    std::string where = markdown_cell(report::location(f));
    if (!options.source_url.empty()) {
      std::string url = options.source_url + report::percent_encode(f.file);
      if (f.start.line >= 1) {
        url += "#L" + std::to_string(f.start.line);
        if (f.end.line > f.start.line) url += "-L" + std::to_string(f.end.line);
      }
      where = "[" + where + "](" + url + ")";
    }
    out << "| " << where << " | " << severity_name(f.severity) << " | " << markdown_cell(f.code) << " | "
        << markdown_cell(f.message) << " |\n";
  }
  if (shown < ordered.size()) {
    out << "\n" << ordered.size() - shown << " more not shown; run `medlint check` locally to see every finding.\n";
  }
}

}  // namespace medlint
