#include "baseline.h"

#include <unistd.h>

#include "json_document.h"  // RapidJSON, through rapidjson.h

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <fstream>

#include "file_io.h"
#include "version.h"

namespace medlint {
namespace fs = std::filesystem;

std::optional<Baseline> Baseline::load(const fs::path& path, std::string& error) {
  const ReadResult read = read_file(path, 256 * 1024 * 1024);
  if (read.status != ReadResult::Status::kOk) {
    error = "cannot read baseline '" + path.string() + "': " + (read.error.empty() ? "too large" : read.error);
    return std::nullopt;
  }
  const JsonDocument doc = JsonDocument::parse(read.bytes);
  const auto bad = [&](const std::string& what) {
    error = "baseline '" + path.string() + "' " + what + " (write it with `medlint baseline`)";
    return std::nullopt;
  };
  if (!doc.ok() || !doc.root().IsObject()) return bad("is not a JSON object");
  const auto& root = doc.root();
  if (!root.HasMember("version") || !root["version"].IsInt() || root["version"].GetInt() != 1) {
    return bad("is not a version 1 medlint baseline");
  }
  if (!root.HasMember("findings") || !root["findings"].IsArray()) return bad("has no findings list");
  Baseline b;
  for (const auto& f : root["findings"].GetArray()) {
    if (!f.IsObject() || !f.HasMember("file") || !f["file"].IsString() || !f.HasMember("code") ||
        !f["code"].IsString() || !f.HasMember("fingerprint") || !f["fingerprint"].IsString()) {
      return bad("has an entry without file, code and fingerprint");
    }
    b.entries_.emplace(f["file"].GetString(), f["code"].GetString(), f["fingerprint"].GetString());
  }
  return b;
}

std::string Baseline::write(const fs::path& path, const std::vector<Finding>& findings) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("version");
  w.Int(1);
  w.Key("tool");
  const std::string tool = "medlint " + std::string(version());
  w.String(tool.c_str(), static_cast<rapidjson::SizeType>(tool.size()));
  w.Key("findings");
  w.StartArray();
  // Sorted by file and fingerprint, so the file diffs well in review.
  std::vector<const Finding*> sorted;
  for (const Finding& f : findings) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->file, a->code, a->fingerprint) < std::tie(b->file, b->code, b->fingerprint);
  });
  for (const Finding* f : sorted) {
    w.StartObject();
    w.Key("file");
    w.String(f->file.c_str(), static_cast<rapidjson::SizeType>(f->file.size()));
    w.Key("code");
    w.String(f->code.c_str(), static_cast<rapidjson::SizeType>(f->code.size()));
    w.Key("fingerprint");
    w.String(f->fingerprint.c_str(), static_cast<rapidjson::SizeType>(f->fingerprint.size()));
    w.Key("message");  // for people reading the file; not matched
    w.String(f->message.c_str(), static_cast<rapidjson::SizeType>(f->message.size()));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();

  const fs::path tmp = path.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << buf.GetString() << "\n";
    if (!out.flush()) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return "cannot write baseline '" + path.string() + "'";
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return "cannot write baseline '" + path.string() + "': " + ec.message();
  }
  return {};
}

BaselineStats Baseline::apply(std::vector<Finding>& findings) const {
  BaselineStats stats;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::erase_if(findings, [&](const Finding& f) {
    auto key = std::make_tuple(f.file, f.code, f.fingerprint);
    if (!entries_.count(key)) return false;
    seen.insert(std::move(key));
    ++stats.matched;
    return true;
  });
  stats.stale = entries_.size() - seen.size();
  return stats;
}

}  // namespace medlint
