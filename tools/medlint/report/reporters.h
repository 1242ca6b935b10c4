// Output formats. Each writes one whole run; findings arrive sorted.
#pragma once

#include <ostream>
#include <span>
#include <memory>
#include <string>

#include "../date.h"
#include "../linter.h"

namespace medlint {

struct ReportOptions {
  bool color = false;  // ANSI colours in text output
  Date today;
};

// Compiler style: "file:line:col: error: message [CODE name]", the source
// line with a caret underline, the docs link; then a summary line.
void write_text(std::ostream& out, const LintResult& result, const ReportOptions& options);

// The versioned JSON shape documented in docs/json-output.md.
void write_json(std::ostream& out, const LintResult& result, const ReportOptions& options);

}  // namespace medlint
