#include "medlint/report/reporters.h"
#include "medlint/base/version.h"

#include "medlint/report/json_out.h"

namespace medlint {

void write_json(std::ostream& out, const LintResult& result, const ReportOptions& options) {
  report::JsonOut json(out);
  auto& w = json.writer();
  const auto str = [&](std::string_view s) { json.str(s); };
  const auto position = [&](const Position& p) { json.position(p); };
  w.StartObject();
  w.Key("version");
  w.Uint(1);
  w.Key("tool");
  w.StartObject();
  w.Key("name");
  str("medlint");
  w.Key("version");
  str(version());
  w.EndObject();
  w.Key("today");
  str(options.today.to_string());
  const Totals t = count(result.findings);
  w.Key("summary");
  w.StartObject();
  w.Key("filesChecked");
  w.Uint64(result.files_checked);
  w.Key("unreadable");
  w.Uint64(result.unreadable);
  w.Key("errors");
  w.Uint64(t.errors);
  w.Key("warnings");
  w.Uint64(t.warnings);
  w.EndObject();
  w.Key("findings");
  w.StartArray();
  for (const Finding& f : result.findings) {
    w.StartObject();
    w.Key("code");
    str(f.code);
    w.Key("name");
    str(f.name);
    w.Key("severity");
    str(severity_name(f.severity));
    w.Key("file");
    str(f.file);
    w.Key("start");
    position(f.start);
    w.Key("end");
    position(f.end);
    w.Key("pointer");
    str(f.pointer);
    w.Key("message");
    str(f.message);
    w.Key("helpUri");
    str(f.help_uri);
    w.Key("fingerprint");
    str(f.fingerprint);
    w.EndObject();
  }
  w.EndArray();
  // Every silenced finding stays visible to audits.
  w.Key("suppressions");
  w.StartArray();
  for (const Suppression& s : result.suppressions) {
    w.StartObject();
    w.Key("file");
    str(s.file);
    w.Key("rule");
    str(s.rule);
    w.Key("at");
    str(s.at);
    w.Key("reason");
    str(s.reason);
    w.Key("matched");
    w.Uint64(s.matched);
    w.EndObject();
  }
  w.EndArray();
  if (options.baseline) {
    w.Key("baseline");
    w.StartObject();
    w.Key("matched");
    w.Uint64(options.baseline->matched);
    w.Key("stale");
    w.Uint64(options.baseline->stale);
    w.EndObject();
  }
  w.EndObject();
  out << "\n";
}

}  // namespace medlint
