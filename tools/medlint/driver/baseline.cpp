#include "medlint/driver/baseline.h"
#include "medlint/base/limits.h"

#include <unistd.h>

#include "medlint/load/json_document.h"  // RapidJSON, through rapidjson.h

#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstring>
#include <tuple>

#include "medlint/base/file_io.h"
#include "medlint/report/report_text.h"
#include "medlint/base/version.h"

namespace medlint {
namespace fs = std::filesystem;

Result<Baseline> Baseline::load(const fs::path& path) {
  const ReadResult read = read_file(path, kMaxBaselineBytes);
  if (read.status != ReadResult::Status::kOk) {
    return Error{"cannot read baseline '" + path.string() + "': " + (read.error.empty() ? "too large" : read.error)};
  }
  return parse(path.string(), read.bytes);
}

Result<Baseline> Baseline::parse(const std::string& path, std::string_view text) {
  const JsonDocument doc = JsonDocument::parse(text);
  const auto bad = [&](const std::string& what) {
    return Error{"baseline '" + path + "' " + what + " (write it with `medlint baseline`)"};
  };
  for (const LoadProblem& p : doc.problems()) {
    if (p.kind == LoadProblem::Kind::kDuplicateKey) return bad("has the key \"" + p.detail + "\" twice");
    if (p.kind == LoadProblem::Kind::kByteOrderMark) return bad("starts with a byte order mark");
  }
  if (!doc.ok() || !doc.root().IsObject()) return bad("is not a JSON object");
  const auto& root = doc.root();
  if (root.HasMember("version") && root["version"].IsInt() && root["version"].GetInt() == 1) {
    // Version 1 fingerprints did not tell apart two problems at one place.
    return bad("was written by an older medlint whose fingerprints are no longer used; write it again");
  }
  if (!root.HasMember("version") || !root["version"].IsInt() || root["version"].GetInt() != 2) {
    return bad("is not a version 2 medlint baseline");
  }
  if (!root.HasMember("findings") || !root["findings"].IsArray()) return bad("has no findings list");
  Baseline b;
  for (const auto& f : root["findings"].GetArray()) {
    if (!f.IsObject() || !f.HasMember("file") || !f["file"].IsString() || !f.HasMember("code") ||
        !f["code"].IsString() || !f.HasMember("fingerprint") || !f["fingerprint"].IsString()) {
      return bad("has an entry without file, code and fingerprint");
    }
    for (const char* key : {"file", "code", "fingerprint"}) {
      // A NUL would cut the string short and match another entry.
      if (std::strlen(f[key].GetString()) != f[key].GetStringLength()) return bad(std::string("has a NUL in a ") + key);
    }
    b.entries_.emplace(f["file"].GetString(), f["code"].GetString(), f["fingerprint"].GetString());
  }
  return b;
}

Result<void> Baseline::write(const fs::path& path, const std::vector<Finding>& findings) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("version");
  w.Int(2);
  w.Key("tool");
  const std::string tool = "medlint " + std::string(version());
  w.String(tool.c_str(), static_cast<rapidjson::SizeType>(tool.size()));
  w.Key("findings");
  w.StartArray();
  // Sorted by file and fingerprint, so the file diffs well in review.
  std::vector<const Finding*> sorted;
  for (const Finding& f : findings) {
    if (f.suppressible) sorted.push_back(&f);  // always-on findings are never baselined
  }
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->file, a->code, a->fingerprint) < std::tie(b->file, b->code, b->fingerprint);
  });
  // Valid UTF-8 whatever a file name or an article held: a byte that is not
  // becomes U+FFFD, so the entry no longer matches and the finding shows.
  const auto str = [&](std::string_view v) {
    const std::string valid = report::valid_utf8(v);
    w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  };
  for (const Finding* f : sorted) {
    w.StartObject();
    w.Key("file");
    str(f->file);
    w.Key("code");
    str(f->code);
    w.Key("fingerprint");
    str(f->fingerprint);
    w.Key("message");  // for people reading the file; not matched
    str(f->message);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  std::string text(buf.GetString(), buf.GetSize());
  text += "\n";
  if (auto written = write_file_atomically(path, text); !written) return Error{"baseline: " + written.error().message};
  return {};
}

BaselineStats Baseline::apply(std::vector<Finding>& findings, std::vector<Finding>* hidden) const {
  BaselineStats stats;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (Finding& f : findings) {
    // A file that was not checked (not suppressible) is never "known".
    auto key = std::make_tuple(f.file, f.code, f.fingerprint);
    if (!f.suppressible || !entries_.count(key)) {
      kept.push_back(std::move(f));
      continue;
    }
    seen.insert(std::move(key));
    ++stats.matched;
    if (hidden) hidden->push_back(std::move(f));
  }
  findings = std::move(kept);
  stats.stale = entries_.size() - seen.size();
  return stats;
}

}  // namespace medlint
