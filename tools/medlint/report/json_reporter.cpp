#include "medlint/report/reporters.h"
#include "medlint/base/version.h"

#include "medlint/report/json_out.h"

namespace medlint {
namespace {

void write_span(report::JsonOut& json, Span span) {
  json.writer().StartObject();
  json.key_uint("begin", span.begin);
  json.key_uint("end", span.end);
  json.writer().EndObject();
}

void write_excerpt(report::JsonOut& json, const Excerpt& e) {
  json.writer().StartObject();
  json.key_str("text", e.text);
  json.key_uint("firstColumn", e.first_column);
  json.key_bool("cutBefore", e.cut_before);
  json.key_bool("cutAfter", e.cut_after);
  json.writer().EndObject();
}

void write_strings(report::JsonOut& json, const char* key, const std::vector<std::string>& list) {
  auto& w = json.writer();
  w.Key(key);
  w.StartArray();
  for (const std::string& s : list) json.str(s);
  w.EndArray();
}

// The fields of a finding only a shard's report carries: what the text
// report and SARIF need besides, so that a merged report is the unsharded one.
void write_finding_detail(report::JsonOut& json, const Finding& f) {
  auto& w = json.writer();
  w.Key("span");
  write_span(json, f.span);
  json.key_str("messageId", f.message_id);
  w.Key("excerpt");
  write_excerpt(json, f.excerpt);
  json.key_bool("suppressible", f.suppressible);
  json.key_bool("corpus", f.corpus);
}

void write_shard(report::JsonOut& json, const LintResult& result, const ShardInfo& shard) {
  auto& w = json.writer();
  w.Key("shard");
  w.StartObject();
  json.key_uint("index", shard.index);
  json.key_uint("count", shard.count);
  json.key_str("inputs", shard.inputs);
  write_strings(json, "paths", shard.paths);
  json.key_str("changedSince", shard.changed_since);
  write_strings(json, "files", result.files);
  write_strings(json, "unread", result.unread);
  write_strings(json, "errors", result.errors);
  w.Key("notes");
  w.StartArray();
  for (const CorpusNote& n : result.notes) {
    w.StartObject();
    json.key_str("rule", n.rule->meta().code);
    json.key_str("file", n.file);
    json.key_str("key", n.key);
    json.key_str("pointer", n.pointer);
    w.Key("span");
    write_span(json, n.span);
    w.Key("start");
    json.position(n.start);
    w.Key("end");
    json.position(n.end);
    w.Key("excerpt");
    write_excerpt(json, n.excerpt);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

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
    if (options.shard) write_finding_detail(json, f);
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
  if (options.shard) write_shard(json, result, *options.shard);
  w.EndObject();
  out << "\n";
}

}  // namespace medlint
