// SARIF 2.1.0 (OASIS): one run, every rule in tool.driver.rules, one result
// per finding. Deterministic: no timestamps, no GUIDs, findings in their
// sorted order.
#include "medlint/report/reporters.h"  // first: valijson's RapidJSON adapter before any RapidJSON header

#include "medlint/report/json_out.h"

#include <map>

#include "medlint/engine/context.h"
#include "medlint/base/embedded.h"
#include "medlint/engine/rule.h"
#include "medlint/base/version.h"
#include "medlint/report/report_text.h"

namespace medlint {

namespace {

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kOff: return "none";
  }
  return "error";
}

struct ArtifactUri {
  std::string uri;
  bool relative = true;  // resolved against %SRCROOT%
};

// A finding's file as a URI: a relative path stays relative (to %SRCROOT%,
// the folder medlint ran in); an absolute one becomes a file:// URI.
ArtifactUri artifact_uri(std::string_view path) {
  std::string p(path);
  for (char& c : p) {
    if (c == '\\') c = '/';
  }
  std::string_view v = p;
  while (v.starts_with("./")) v.remove_prefix(2);
  if (v.starts_with('/')) return {"file://" + report::percent_encode(v, true), false};
  const bool drive = v.size() >= 2 && v[1] == ':' && ((v[0] >= 'A' && v[0] <= 'Z') || (v[0] >= 'a' && v[0] <= 'z'));
  if (drive) return {"file:///" + report::percent_encode(v, true), false};
  return {report::percent_encode(v, false), true};
}

}  // namespace

void write_sarif(std::ostream& out, const LintResult& result, std::span<const std::unique_ptr<Rule>> rules,
                 const ReportOptions& /*options*/) {
  report::JsonOut json(out);
  auto& w = json.writer();
  const auto key_str = [&](const char* key, std::string_view s) { json.key_str(key, s); };
  const auto message = [&](const char* key, std::string_view text) {
    w.Key(key);
    w.StartObject();
    key_str("text", text);
    w.EndObject();
  };

  w.StartObject();
  key_str("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  key_str("version", "2.1.0");
  w.Key("runs");
  w.StartArray();
  w.StartObject();

  // tool.driver: medlint and every rule, enabled or not.
  std::map<std::string_view, std::size_t> rule_index;
  w.Key("tool");
  w.StartObject();
  w.Key("driver");
  w.StartObject();
  key_str("name", "medlint");
  key_str("version", version());
  key_str("semanticVersion", version());
  key_str("informationUri", std::string(docs_url()) + "README.md");
  w.Key("rules");
  w.StartArray();
  for (const auto& rule : rules) {
    const RuleMeta& m = rule->meta();
    rule_index.emplace(m.code, rule_index.size());
    w.StartObject();
    key_str("id", m.code);
    key_str("name", m.name);
    message("shortDescription", m.summary);
    const std::string description = report::rule_description(m.docs_stem());
    message("fullDescription", description.empty() ? m.summary : std::string_view(description));
    w.Key("defaultConfiguration");
    w.StartObject();
    key_str("level", sarif_level(m.default_severity));
    w.EndObject();
    key_str("helpUri", rule_help_uri(m));
    // The whole docs page, which GitHub code scanning shows with each alert.
    const std::string_view page = embedded_file("tools/medlint/rules/" + m.docs_stem() + ".md");
    if (!page.empty()) {
      w.Key("help");
      w.StartObject();
      key_str("text", description.empty() ? m.summary : std::string_view(description));
      key_str("markdown", page);
      w.EndObject();
    }
    w.Key("properties");
    w.StartObject();
    key_str("category", m.category());
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();  // driver
  w.EndObject();  // tool

  // Files that could not be read: the run did not complete.
  w.Key("invocations");
  w.StartArray();
  w.StartObject();
  w.Key("executionSuccessful");
  w.Bool(result.errors.empty());
  if (!result.errors.empty()) {
    w.Key("toolExecutionNotifications");
    w.StartArray();
    for (const std::string& e : result.errors) {
      w.StartObject();
      key_str("level", "error");
      message("message", e.ends_with('.') ? e : e + ".");
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  w.EndArray();

  key_str("columnKind", "unicodeCodePoints");

  w.Key("results");
  w.StartArray();
  for (const Finding& f : result.findings) {
    w.StartObject();
    key_str("ruleId", f.code);
    if (const auto it = rule_index.find(f.code); it != rule_index.end()) {
      w.Key("ruleIndex");
      w.Uint64(it->second);
    }
    key_str("level", sarif_level(f.severity));
    message("message", f.message);
    w.Key("locations");
    w.StartArray();
    w.StartObject();
    w.Key("physicalLocation");
    w.StartObject();
    w.Key("artifactLocation");
    w.StartObject();
    const ArtifactUri uri = artifact_uri(f.file);
    key_str("uri", uri.uri);
    if (uri.relative) key_str("uriBaseId", "%SRCROOT%");
    w.EndObject();
    // Lines and columns start at 1. A finding without a line concerns the
    // whole file; it points at the file's start (1:1, as JSON004 does), which
    // code scanning can show, rather than leaving the region out.
    Position start = f.start;
    Position end = f.end;
    if (start.line == 0) start = end = {1, 1};
    start.column = std::max<std::uint32_t>(start.column, 1);
    if (end.line < start.line || end.column == 0) end = start;
    if (end.line == start.line) end.column = std::max(end.column, start.column);
    w.Key("region");
    w.StartObject();
    w.Key("startLine");
    w.Uint(start.line);
    w.Key("startColumn");
    w.Uint(start.column);
    w.Key("endLine");
    w.Uint(end.line);
    w.Key("endColumn");
    w.Uint(end.column);
    w.EndObject();
    w.EndObject();  // physicalLocation
    if (!f.pointer.empty()) {
      w.Key("logicalLocations");
      w.StartArray();
      w.StartObject();
      key_str("fullyQualifiedName", f.pointer);
      key_str("kind", "value");
      w.EndObject();
      w.EndArray();
    }
    w.EndObject();  // location
    w.EndArray();
    w.Key("partialFingerprints");
    w.StartObject();
    key_str("medlint/v2", f.fingerprint);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();

  w.EndObject();  // run
  w.EndArray();
  w.EndObject();
  out << "\n";
}

}  // namespace medlint
