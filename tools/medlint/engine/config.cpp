#include "medlint/engine/config.h"
#include "medlint/base/limits.h"

#include <set>

#include "medlint/base/file_io.h"
#include "medlint/base/glob.h"
#include "medlint/load/json_document.h"
#include "medlint/model/retraction_list.h"
#include "medlint/engine/rule.h"
#include "medlint/engine/schema_set.h"

namespace medlint {
namespace fs = std::filesystem;

SeverityTable::SeverityTable(const Config& config, std::span<const std::unique_ptr<Rule>> rules,
                             std::span<const std::size_t> overrides) {
  const auto apply = [](const auto& table, const RuleMeta& m, Severity& s) {
    if (const auto it = table.find(m.category()); it != table.end()) s = it->second;
    if (const auto it = table.find(m.code); it != table.end()) s = it->second;
  };
  for (const auto& rule : rules) {
    const RuleMeta& m = rule->meta();
    Severity s = m.default_severity;
    if (!m.always_on) {  // load_config refuses to change one by its code
      apply(config.rules, m, s);
      for (const std::size_t i : overrides) apply(config.overrides.at(i).rules, m, s);
    }
    by_code_.emplace(std::string(m.code), s);
  }
}

std::vector<std::size_t> matching_overrides(const Config& config, const fs::path& file) {
  std::vector<std::size_t> out;
  if (config.overrides.empty()) return out;
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec).lexically_normal();
  const fs::path base = fs::absolute(config.base, ec).lexically_normal();
  const std::string rel = absolute.lexically_relative(base).generic_string();
  if (ec || rel.empty() || rel == "." || rel.starts_with("../") || rel == "..") return out;
  for (std::size_t i = 0; i < config.overrides.size(); ++i) {
    for (const std::string& glob : config.overrides[i].files) {
      if (glob_match(glob, rel)) {
        out.push_back(i);
        break;
      }
    }
  }
  return out;
}

Severity SeverityTable::of(std::string_view code) const {
  const auto it = by_code_.find(code);
  return it == by_code_.end() ? Severity::kOff : it->second;
}

std::optional<fs::path> find_config(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (ec) return std::nullopt;
  if (!dir.has_filename()) dir = dir.parent_path();  // "content/"
  while (true) {
    const fs::path candidate = dir / "medlint.json";
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

Result<Config> resolve_config(const std::optional<fs::path>& explicit_file, const fs::path& start,
                              const SchemaSet& schemas, std::span<const std::unique_ptr<Rule>> rules) {
  std::error_code ec;
  if (explicit_file && !fs::exists(*explicit_file, ec)) {
    return Error{"cannot read config '" + explicit_file->string() + "': No such file"};
  }
  const std::optional<fs::path> file = explicit_file ? explicit_file : find_config(start);
  if (file) return load_config(*file, schemas, rules);
  Config defaults;
  defaults.base = fs::current_path(ec);
  return defaults;
}

Result<void> load_config_resources(const Config& config, SchemaSet& schemas,
                                   std::unique_ptr<const RetractionList>& retractions) {
  if (config.article_schema) {
    const std::string path = config.article_schema->string();
    const ReadResult read = read_file(*config.article_schema, kMaxSchemaBytes);
    if (read.status == ReadResult::Status::kTooLarge) {
      return Error{"cannot read schema '" + path + "': larger than 16 MiB"};
    }
    if (read.status != ReadResult::Status::kOk) return Error{"cannot read schema '" + path + "': " + read.error};
    if (auto replaced = schemas.replace(SchemaKind::kArticle, read.bytes, path); !replaced) return replaced;
  }
  if (config.retractions) {
    auto list = RetractionList::load_file(*config.retractions);
    if (!list) {
      return Error{"cannot load retraction list '" + config.retractions->string() + "': " + list.error().message};
    }
    retractions = std::make_unique<const RetractionList>(std::move(*list));
  }
  return {};
}

Result<Config> load_config(const fs::path& file, const SchemaSet& schemas,
                           std::span<const std::unique_ptr<Rule>> rules) {
  ReadResult read = read_file(file, kMaxConfigBytes);
  if (read.status != ReadResult::Status::kOk) {
    return Error{file.string() + ": cannot read config: " + (read.error.empty() ? "larger than 1 MiB" : read.error)};
  }
  return parse_config(file, std::move(read.bytes), schemas, rules);
}

Result<Config> parse_config(const fs::path& file, std::string bytes, const SchemaSet& schemas,
                            std::span<const std::unique_ptr<Rule>> rules) {
  const SourceFile source(file.string(), std::move(bytes));
  const JsonDocument doc = JsonDocument::parse(source.text());
  const auto fail = [&](Span at, const std::string& what) {
    const Position p = source.position(at.begin);
    return Error{file.string() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + what};
  };
  for (const LoadProblem& p : doc.problems()) {
    if (p.kind == LoadProblem::Kind::kDuplicateKey) return fail(p.span, "duplicate key \"" + p.detail + "\"");
    // The rule that articles follow (JSON002): UTF-8 without a byte order mark.
    if (p.kind == LoadProblem::Kind::kByteOrderMark) {
      return fail(p.span, "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
    }
  }
  if (!doc.ok()) {
    const LoadProblem& p = doc.problems().back();
    return fail(p.span, p.detail.empty() ? "not valid JSON" : "invalid JSON: " + p.detail);
  }
  if (const auto violations = schemas.validate(SchemaKind::kConfig, doc); !violations.empty()) {
    return fail(violations.front().span, violations.front().describe());
  }

  Config config;
  config.file = file;
  config.base = fs::absolute(file).parent_path();
  const auto& root = doc.root();
  if (root.HasMember("paths")) {
    for (const auto& p : root["paths"].GetArray()) config.paths.emplace_back(p.GetString());
  }
  if (root.HasMember("registry")) config.registry = config.base / root["registry"].GetString();
  if (root.HasMember("maxFileSize")) config.max_file_size = static_cast<std::size_t>(root["maxFileSize"].GetUint64());
  if (root.HasMember("retractions")) config.retractions = config.base / root["retractions"].GetString();
  if (root.HasMember("guidelineMaxAgeYears")) config.guideline_max_age_years = root["guidelineMaxAgeYears"].GetInt();
  if (root.HasMember("review")) {
    const auto& review = root["review"];
    const auto read_limits = [](const rapidjson::Value& v, ReviewLimits& limits) {
      if (v.HasMember("maxAgeDays")) limits.max_age_days = v["maxAgeDays"].GetInt();
      if (v.HasMember("warningDays")) limits.warning_days = v["warningDays"].GetInt();
    };
    read_limits(review, config.review.limits);
    if (review.HasMember("audiences")) {
      for (const auto& m : review["audiences"].GetObject()) {
        ReviewLimits limits = config.review.limits;  // what the entry leaves out
        read_limits(m.value, limits);
        config.review.audiences.emplace(m.name.GetString(), limits);
      }
    }
  }
  if (root.HasMember("abbreviations")) {
    // Checked beyond the schema's pattern: the splitter's own entry rules,
    // and one kind per entry.
    const NodeId lists = doc.child(0, "abbreviations");
    std::map<std::string, AbbreviationKind, std::less<>> kinds;
    for (const AbbreviationKind kind : kAbbreviationKinds) {
      const NodeId list = doc.child(lists, to_string(kind));
      if (list == kNoNode) continue;
      for (std::size_t i = 0; i < doc.value(list).Size(); ++i) {
        const NodeId n = doc.child(list, i);
        const std::string entry(doc.value(n).GetString(), doc.value(n).GetStringLength());
        const std::string where = "abbreviations." + std::string(to_string(kind)) + ": \"" + entry + "\" ";
        if (auto valid = check_abbreviation(entry); !valid)
          return fail(doc.node(n).value, where + valid.error().message);
        if (const auto [it, added] = kinds.emplace(entry, kind); !added) {
          return fail(doc.node(n).value, where + "is also listed under " + std::string(to_string(it->second)));
        }
        config.abbreviations.push_back({entry, kind});
      }
    }
  }
  if (root.HasMember("schemas") && root["schemas"].HasMember("article")) {
    config.article_schema = config.base / root["schemas"]["article"].GetString();
  }
  // Severities by rule code or category, in "rules" and in each override.
  std::set<std::string, std::less<>> known;
  // Codes of always-on rules, and categories made only of them: a setting
  // for one would silence a file that was never checked.
  std::map<std::string, bool, std::less<>> fixed;  // code or category -> always on
  for (const auto& r : rules) {
    const RuleMeta& m = r->meta();
    known.emplace(m.code);
    known.emplace(m.category());
    fixed[std::string(m.code)] = m.always_on;
    const auto [it, added] = fixed.emplace(std::string(m.category()), m.always_on);
    if (!added) it->second = it->second && m.always_on;
  }
  const auto read_rules = [&](NodeId node, std::map<std::string, Severity, std::less<>>& out) -> Result<void> {
    std::uint32_t index = 0;
    for (const auto& m : doc.value(node).GetObject()) {
      const std::string key = m.name.GetString();
      if (!known.count(key)) {
        return fail(doc.node(doc.child(node, index)).key,
                    "unknown rule or category \"" + key + "\" (run `medlint rules` for the list)");
      }
      // The schema allows only the three names.
      const Severity s = parse_severity(m.value.GetString()).value_or(Severity::kError);
      if (fixed[key] && s != Severity::kError) {
        return fail(
            doc.node(doc.child(node, index)).key,
            "\"" + key + "\" cannot be changed: it means the file could not be checked, so it is always an error");
      }
      out.emplace(key, s);
      ++index;
    }
    return {};
  };
  if (root.HasMember("rules")) {
    if (auto read = read_rules(doc.child(0, "rules"), config.rules); !read) return read.error();
  }
  if (root.HasMember("overrides")) {
    const NodeId overrides = doc.child(0, "overrides");
    for (std::size_t i = 0; i < root["overrides"].Size(); ++i) {
      const NodeId entry = doc.child(overrides, i);
      RuleOverride o;
      for (const auto& g : doc.value(entry)["files"].GetArray()) o.files.emplace_back(g.GetString());
      if (auto read = read_rules(doc.child(entry, "rules"), o.rules); !read) return read.error();
      config.overrides.push_back(std::move(o));
    }
  }
  return config;
}

}  // namespace medlint
