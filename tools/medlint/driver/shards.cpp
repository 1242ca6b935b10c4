#include "medlint/driver/shards.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "medlint/base/file_io.h"
#include "medlint/base/hash.h"
#include "medlint/load/json_document.h"

namespace medlint {
namespace fs = std::filesystem;

namespace {

constexpr unsigned kMaxShards = 1024;
constexpr std::uintmax_t kMaxReportBytes = 1ull << 32;

bool parse_unsigned(std::string_view text, unsigned& out) {
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return !text.empty() && r.ec == std::errc() && r.ptr == text.data() + text.size();
}

using Value = rapidjson::Value;

// The schema has checked every type; these read what it promised.
std::string text(const Value& v) { return std::string(v.GetString(), v.GetStringLength()); }
std::string text(const Value& object, const char* key) { return text(object[key]); }
std::uint32_t number(const Value& object, const char* key) { return object[key].GetUint(); }

Position position(const Value& v) { return {number(v, "line"), number(v, "column")}; }
Span span(const Value& v) { return {number(v, "begin"), number(v, "end")}; }
Excerpt excerpt(const Value& v) {
  return {text(v, "text"), number(v, "firstColumn"), v["cutBefore"].GetBool(), v["cutAfter"].GetBool()};
}
std::vector<std::string> strings(const Value& array) {
  std::vector<std::string> out;
  for (const Value& v : array.GetArray()) out.push_back(text(v));
  return out;
}

Result<Finding> finding(const Value& v) {
  if (!v.HasMember("span") || !v.HasMember("messageId") || !v.HasMember("excerpt") || !v.HasMember("suppressible") ||
      !v.HasMember("corpus")) {
    return Error{"a finding lacks the fields of a shard report (span, messageId, excerpt, suppressible, corpus)"};
  }
  Finding f;
  f.code = text(v, "code");
  f.name = text(v, "name");
  f.severity = text(v, "severity") == "error" ? Severity::kError : Severity::kWarning;
  f.file = text(v, "file");
  f.start = position(v["start"]);
  f.end = position(v["end"]);
  f.span = span(v["span"]);
  f.pointer = text(v, "pointer");
  f.message = text(v, "message");
  f.message_id = text(v, "messageId");
  f.help_uri = text(v, "helpUri");
  f.excerpt = excerpt(v["excerpt"]);
  f.fingerprint = text(v, "fingerprint");
  f.suppressible = v["suppressible"].GetBool();
  f.corpus = v["corpus"].GetBool();
  return f;
}

Result<CorpusNote> note(const Value& v, const RuleByCode& rule_of) {
  CorpusNote n;
  n.rule = rule_of(text(v, "rule"));
  if (!n.rule) return Error{"a note names rule " + text(v, "rule") + ", which this medlint does not have"};
  n.file = text(v, "file");
  n.key = text(v, "key");
  n.pointer = text(v, "pointer");
  n.span = span(v["span"]);
  n.start = position(v["start"]);
  n.end = position(v["end"]);
  n.excerpt = excerpt(v["excerpt"]);
  return n;
}

}  // namespace

Result<Shard> parse_shard(std::string_view value) {
  const std::size_t slash = value.find('/');
  Shard s;
  if (slash == std::string_view::npos || !parse_unsigned(value.substr(0, slash), s.index) ||
      !parse_unsigned(value.substr(slash + 1), s.count) || s.count < 1 || s.count > kMaxShards || s.index >= s.count) {
    return Error{"--shard needs K/N with 0 <= K < N <= 1024 (K counts from 0), not '" + std::string(value) + "'"};
  }
  return s;
}

bool in_shard(std::string_view display, const Shard& shard) {
  Fnv1a64 h;
  h.add(display);
  return h.value() % shard.count == shard.index;
}

void keep_shard(std::vector<FileInput>& files, const Shard& shard) {
  std::erase_if(files, [&](const FileInput& f) { return f.kind == FileKind::kArticle && !in_shard(f.display, shard); });
}

Result<ShardReport> read_shard_report(const fs::path& file, const SchemaSet& schemas, const RuleByCode& rule_of) {
  const ReadResult read = read_file(file, kMaxReportBytes);
  if (read.status != ReadResult::Status::kOk) {
    return Error{"cannot read shard report '" + file.string() +
                 "': " + (read.error.empty() ? "too large" : read.error)};
  }
  return parse_shard_report(file.string(), read.bytes, schemas, rule_of);
}

Result<ShardReport> parse_shard_report(const std::string& source, std::string_view bytes, const SchemaSet& schemas,
                                       const RuleByCode& rule_of) {
  const std::string name = "'" + source + "'";
  const auto bad = [&](const std::string& what) {
    return Error{name + " is not a shard report of medlint check --shard K/N --format json: " + what};
  };
  const JsonDocument doc = JsonDocument::parse(bytes);
  if (!doc.problems().empty() || !doc.ok()) return bad("it is not well-formed JSON (or has a key twice)");
  if (const auto violations = schemas.validate(SchemaKind::kReport, doc); !violations.empty()) {
    return bad(violations.front().describe());
  }
  const Value& root = doc.root();
  if (!root.HasMember("shard")) return bad("it has no \"shard\" member (was it written with --shard?)");
  ShardReport r;
  r.source = source;
  r.version = text(root["tool"], "version");
  r.today = text(root, "today");
  const Value& shard = root["shard"];
  r.info.index = number(shard, "index");
  r.info.count = number(shard, "count");
  r.info.inputs = text(shard, "inputs");
  r.info.paths = strings(shard["paths"]);
  r.info.changed_since = text(shard, "changedSince");
  r.files = strings(shard["files"]);
  r.unread = strings(shard["unread"]);
  r.errors = strings(shard["errors"]);
  for (const Value& v : root["findings"].GetArray()) {
    auto f = finding(v);
    if (!f) return bad(f.error().message);
    r.findings.push_back(std::move(*f));
  }
  for (const Value& v : root["suppressions"].GetArray()) {
    r.suppressions.push_back(
        {text(v, "file"), text(v, "rule"), text(v, "at"), text(v, "reason"), number(v, "matched")});
  }
  for (const Value& v : shard["notes"].GetArray()) {
    auto n = note(v, rule_of);
    if (!n) return bad(n.error().message);
    r.notes.push_back(std::move(*n));
  }
  return r;
}

namespace {

// What every shard of one run shares.
Result<void> same_run(const ShardReport& first, const ShardReport& r) {
  const auto differs = [&](const std::string& what, const std::string& a, const std::string& b) {
    return Error{"'" + r.source + "' and '" + first.source + "' are not shards of one run: " + what + " differ (" + a +
                 " and " + b + ")"};
  };
  if (r.info.count != first.info.count) {
    return differs("their shard counts", std::to_string(r.info.count), std::to_string(first.info.count));
  }
  if (r.version != first.version) return differs("the medlint versions", r.version, first.version);
  if (r.today != first.today) return differs("their --today dates", r.today, first.today);
  if (r.info.inputs != first.info.inputs) {
    return differs("their configs (or the schema or retraction list they name)", r.info.inputs.substr(0, 12),
                   first.info.inputs.substr(0, 12));
  }
  const auto joined = [](const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) out += (out.empty() ? "" : " ") + s;
    return out;
  };
  if (r.info.paths != first.info.paths)
    return differs("the paths they checked", joined(r.info.paths), joined(first.info.paths));
  if (r.info.changed_since != first.info.changed_since) {
    return differs("their --changed-since", r.info.changed_since, first.info.changed_since);
  }
  return {};
}

}  // namespace

Result<MergedShards> merge_shard_reports(std::vector<ShardReport> reports) {
  if (reports.empty()) return Error{"merge needs the JSON report of every shard"};
  std::sort(reports.begin(), reports.end(),
            [](const ShardReport& a, const ShardReport& b) { return a.info.index < b.info.index; });
  for (const ShardReport& r : reports) {
    if (auto same = same_run(reports.front(), r); !same) return same.error();
  }
  // Every shard, once: a missing one would pass its articles unchecked.
  const unsigned count = reports.front().info.count;
  std::vector<std::string> seen(count);
  for (const ShardReport& r : reports) {
    if (!seen[r.info.index].empty()) {
      return Error{"shard " + std::to_string(r.info.index) + " is given twice ('" + seen[r.info.index] + "' and '" +
                   r.source + "')"};
    }
    seen[r.info.index] = r.source;
  }
  std::vector<std::string> missing;
  for (unsigned k = 0; k < count; ++k) {
    if (seen[k].empty()) missing.push_back(std::to_string(k));
  }
  if (!missing.empty()) {
    std::string list;
    for (const std::string& k : missing) list += (list.empty() ? "" : ", ") + k;
    return Error{std::string(missing.size() == 1 ? "the report of shard " : "the reports of shards ") + list +
                 " (of 0 to " + std::to_string(count - 1) + ") " + (missing.size() == 1 ? "is" : "are") +
                 " missing; merge needs every shard, or their articles would go unchecked"};
  }

  MergedShards out;
  out.version = reports.front().version;
  out.today = reports.front().today;
  out.info = reports.front().info;
  std::map<std::string, FileOutcome> by_file;  // the first shard that checked a file gives its outcome
  std::set<std::string> errors;
  for (ShardReport& r : reports) {
    std::set<std::string> owned;
    for (const std::string& f : r.files) {
      if (by_file.contains(f)) continue;
      owned.insert(f);
      FileOutcome& o = by_file[f];
      o.file = f;
      o.unread = std::binary_search(r.unread.begin(), r.unread.end(), f);
    }
    for (Finding& f : r.findings) {
      if (!f.corpus && owned.contains(f.file)) by_file[f.file].findings.push_back(std::move(f));
    }
    for (Suppression& s : r.suppressions) {
      if (owned.contains(s.file)) by_file[s.file].suppressions.push_back(std::move(s));
    }
    for (CorpusNote& n : r.notes) {
      if (owned.contains(n.file)) by_file[n.file].notes.push_back(std::move(n));
    }
    errors.insert(r.errors.begin(), r.errors.end());
  }
  for (auto& [file, outcome] : by_file) out.outcomes.push_back(std::move(outcome));
  out.errors.assign(errors.begin(), errors.end());
  return out;
}

}  // namespace medlint
