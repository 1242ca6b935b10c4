// `medlint config --print`: the effective config for one file as JSON.
#include "medlint/report/config_report.h"

#include "medlint/load/rapidjson.h"  // first: before any RapidJSON header
#include "medlint/report/json_out.h"

#include "medlint/model/file_kind.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

// A path as the user would type it from here.
std::string shown(const fs::path& p) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const std::string s = fs::absolute(p, ec).lexically_normal().lexically_proximate(cwd).generic_string();
  return s.empty() ? "." : s;
}

}  // namespace

void write_effective_config(std::ostream& out, const Config& config, const std::string& file,
                            std::span<const std::unique_ptr<Rule>> rules) {
  report::JsonOut json(out);  // valid UTF-8 whatever a path holds
  auto& w = json.writer();
  const auto str = [&](std::string_view s) { json.str(s); };
  const auto path_or_null = [&](const std::optional<fs::path>& p) {
    if (p) {
      str(shown(*p));
    } else {
      w.Null();
    }
  };
  const auto limits = [&](const ReviewLimits& l) {
    w.Key("maxAgeDays");
    w.Int(l.max_age_days);
    w.Key("warningDays");
    w.Int(l.warning_days);
  };

  w.StartObject();
  w.Key("file");
  str(file);
  w.Key("config");
  path_or_null(config.file.empty() ? std::nullopt : std::optional<fs::path>(config.file));
  w.Key("base");
  str(shown(config.base));
  w.Key("paths");
  w.StartArray();
  for (const std::string& p : config.paths) str(shown(config.base / p));
  w.EndArray();
  // The folder the file's people and disclaimers come from.
  w.Key("registry");
  path_or_null(registry_dir_for(file, config.registry));
  w.Key("articleSchema");
  path_or_null(config.article_schema);
  w.Key("maxFileSize");
  w.Uint64(config.max_file_size);
  w.Key("retractions");
  path_or_null(config.retractions);
  w.Key("guidelineMaxAgeYears");
  w.Int(config.guideline_max_age_years);
  w.Key("review");
  w.StartObject();
  limits(config.review.limits);
  w.Key("audiences");
  w.StartObject();
  for (const char* audience : {"caregiver", "clinician", "patient"}) {
    w.Key(audience);
    w.StartObject();
    const auto it = config.review.audiences.find(audience);
    limits(it == config.review.audiences.end() ? config.review.limits : it->second);
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  // The config's own entries; the bundled lists are in docs/sentences.md.
  w.Key("abbreviations");
  w.StartObject();
  for (const AbbreviationKind kind : kAbbreviationKinds) {
    w.Key(to_string(kind).data(), static_cast<rapidjson::SizeType>(to_string(kind).size()));
    w.StartArray();
    for (const Abbreviation& a : config.abbreviations) {
      if (a.kind == kind) str(a.text);
    }
    w.EndArray();
  }
  w.EndObject();
  const std::vector<std::size_t> matching = matching_overrides(config, file);
  w.Key("overrides");
  w.StartArray();
  for (const std::size_t i : matching) {
    w.StartObject();
    w.Key("index");
    w.Uint64(i);
    w.Key("files");
    w.StartArray();
    for (const std::string& glob : config.overrides[i].files) str(glob);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  const SeverityTable table(config, rules, matching);
  w.Key("rules");
  w.StartObject();
  for (const auto& rule : rules) {
    w.Key(rule->meta().code.data(), static_cast<rapidjson::SizeType>(rule->meta().code.size()));
    str(severity_name(table.of(rule->meta().code)));
  }
  w.EndObject();
  w.EndObject();
  out << "\n";
}

}  // namespace medlint
