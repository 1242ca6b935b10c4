// A finding: what a rule reports, with everything a reporter needs.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/load/json_edits.h"
#include "medlint/load/source_file.h"

namespace medlint {

enum class Severity { kOff = 0, kWarning = 1, kError = 2 };

std::string_view severity_name(Severity s);  // "off", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);

struct Finding {
  std::string code;  // stable, e.g. "SCH001"
  std::string name;  // e.g. "schema-violation"
  Severity severity = Severity::kError;
  std::string file;        // as given on the command line or found under it
  Position start;          // 1-based line:column, columns in code points
  Position end;            // exclusive: the position just after the span
  Span span;               // byte offsets, for excerpts
  std::string pointer;     // RFC 6901 JSON Pointer of the value concerned
  std::string message;     // what is wrong and what to do
  std::string message_id;  // the id in the rule's message table, e.g. "outdated"
  std::string help_uri;    // the rule's docs page
  Excerpt excerpt;         // a window of the start line, for the text report
  // Stable across unrelated edits (no line numbers): see fingerprint().
  // Unique per file; SARIF partialFingerprints and the baseline use it.
  std::string fingerprint;
  bool suppressible = true;  // false for always-on rules (RuleMeta::always_on)
  bool corpus = false;       // found across files by a corpus rule (ART002): `merge` finds it again
  // A safe, mechanical fix (`medlint fix`): edits of the file's bytes that
  // together mend this finding; empty when there is none. Only `fix` reads
  // it, on a run of its own: outputs, the cache and shard reports leave it out.
  std::vector<TextEdit> fix;
};

// Hex digest of the rule code and message id, the JSON Pointer with array
// indices generalised ("/sections/*/blocks/*/text"), the finding's source
// text with whitespace collapsed, and a detail that tells apart problems of
// one kind at one place (SCH001: what is missing or expected). No line
// numbers, dates or counts: stable across unrelated edits. Linter::finish
// appends "/2", "/3" to repeats.
std::string fingerprint(std::string_view code, std::string_view message_id, std::string_view pointer,
                        std::string_view text, std::string_view detail = {});

struct Totals {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};
Totals count(const std::vector<Finding>& findings);

// Sort order of every output: file, start, end, code, message.
bool finding_less(const Finding& a, const Finding& b);

}  // namespace medlint
