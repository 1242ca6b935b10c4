#include "medlint/engine/config.h"
#include "medlint/base/limits.h"

#include <re2/re2.h>

#include <functional>
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

std::string custom_rules_digest_text(const std::vector<CustomRuleSpec>& rules) {
  std::string out;
  const auto add = [&out](std::string_view s) { out += std::to_string(s.size()) + ":" + std::string(s) + ";"; };
  for (const CustomRuleSpec& r : rules) {
    add(r.code), add(r.name), add(std::to_string(static_cast<int>(r.kind))), add(scope_name(r.scope));
    add(severity_name(r.severity)), add(r.message), add(r.link);
    for (const CustomPattern& p : r.patterns) add(p.regex), add(p.replacement);
    add(r.min ? std::to_string(*r.min) : "-"), add(r.max ? std::to_string(*r.max) : "-");
    for (const std::string& e : r.exceptions) add(e);
    out += "\n";
  }
  return out;
}

namespace {

using Fail = std::function<Error(Span, const std::string&)>;

// The placeholders a custom rule's message may use.
bool known_placeholder(CustomKind kind, std::string_view name) {
  if (name == "match") return true;
  switch (kind) {
    case CustomKind::kSubstitution: return name == "replacement";
    case CustomKind::kOccurrence: return name == "count" || name == "min" || name == "max";
    case CustomKind::kConditional: return name == "then";
    case CustomKind::kExistence: return false;
  }
  return false;
}

// One custom rule of `list` (an array node of `doc`) into `out`; `fail`
// places an error at the offending value of the file that holds it.
Result<CustomRuleSpec> parse_custom_rule(const JsonDocument& doc, NodeId entry, const SourceFile& source,
                                         const Fail& fail) {
  const rapidjson::Value& v = doc.value(entry);
  const auto text = [&](const char* key) {
    const auto it = v.FindMember(key);
    return it == v.MemberEnd() ? std::string() : std::string(it->value.GetString(), it->value.GetStringLength());
  };
  CustomRuleSpec r;
  r.code = text("code");
  r.name = text("name");
  const std::string kind = text("kind");
  r.kind = kind == "existence"      ? CustomKind::kExistence
           : kind == "substitution" ? CustomKind::kSubstitution
           : kind == "occurrence"   ? CustomKind::kOccurrence
                                    : CustomKind::kConditional;
  parse_scope(text("scope"), r.scope);
  if (v.HasMember("severity")) r.severity = parse_severity(text("severity")).value_or(Severity::kWarning);
  r.message = text("message");
  r.link = text("link");
  const Position at = source.position(doc.node(entry).value.begin);
  r.origin = source.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  const bool ignore_case = v.HasMember("ignoreCase") && v["ignoreCase"].GetBool();
  // Every pattern compiles (RE2 syntax), at the place it is written.
  const auto pattern = [&](NodeId node, std::string replacement = {}) -> Result<void> {
    const std::string regex = std::string(ignore_case ? "(?i)" : "") + doc.value(node).GetString();
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 re(regex, options);
    if (!re.ok()) {
      return fail(doc.node(node).value, "customRules " + r.code + ": invalid RE2 pattern \"" +
                                            doc.value(node).GetString() + "\": " + re.error());
    }
    r.patterns.push_back({regex, std::move(replacement)});
    return {};
  };
  // What each kind takes; a key of another kind is a mistake worth naming.
  const std::vector<std::pair<const char*, CustomKind>> keys = {
      {"patterns", CustomKind::kExistence}, {"swap", CustomKind::kSubstitution},
      {"pattern", CustomKind::kOccurrence}, {"min", CustomKind::kOccurrence},
      {"max", CustomKind::kOccurrence},     {"if", CustomKind::kConditional},
      {"then", CustomKind::kConditional},   {"exceptions", CustomKind::kConditional}};
  for (const auto& [key, owner] : keys) {
    if (v.HasMember(key) && owner != r.kind) {
      return fail(doc.node(doc.child(entry, key)).key,
                  "customRules " + r.code + ": \"" + key + "\" does not belong to a rule of kind \"" + kind + "\"");
    }
  }
  Result<void> ok;
  if (r.kind == CustomKind::kExistence) {
    const NodeId list = doc.child(entry, "patterns");
    for (std::size_t i = 0; ok && i < v["patterns"].Size(); ++i) ok = pattern(doc.child(list, i));
  } else if (r.kind == CustomKind::kSubstitution) {
    const NodeId list = doc.child(entry, "swap");
    for (std::size_t i = 0; ok && i < v["swap"].Size(); ++i) {
      const NodeId swap = doc.child(list, i);
      ok = pattern(doc.child(swap, "pattern"), doc.value(doc.child(swap, "replacement")).GetString());
    }
  } else if (r.kind == CustomKind::kOccurrence) {
    ok = pattern(doc.child(entry, "pattern"));
    if (v.HasMember("min")) r.min = v["min"].GetInt();
    if (v.HasMember("max")) r.max = v["max"].GetInt();
    if (ok && !r.min && !r.max)
      ok = fail(doc.node(entry).value, "customRules " + r.code + ": give \"min\", \"max\" or both");
    if (ok && r.min && r.max && *r.min > *r.max) {
      ok = fail(doc.node(doc.child(entry, "min")).value, "customRules " + r.code + ": \"min\" is more than \"max\"");
    }
  } else {
    ok = pattern(doc.child(entry, "if"));
    if (ok) ok = pattern(doc.child(entry, "then"));
    if (v.HasMember("exceptions")) {
      for (const auto& e : v["exceptions"].GetArray()) r.exceptions.emplace_back(e.GetString());
    }
  }
  if (!ok) return ok.error();
  // A placeholder nobody fills would print as "{name}".
  for (std::size_t open = r.message.find('{'); open != std::string::npos; open = r.message.find('{', open + 1)) {
    const std::size_t close = r.message.find('}', open);
    if (close == std::string::npos) break;
    const std::string name = r.message.substr(open + 1, close - open - 1);
    if (!known_placeholder(r.kind, name)) {
      return fail(doc.node(doc.child(entry, "message")).value, "customRules " + r.code + ": the message has {" + name +
                                                                   "}, which a rule of kind \"" + kind +
                                                                   "\" does not fill");
    }
  }
  return r;
}

// The "customRules" of a config or style file into `out`.
Result<void> read_custom_rules(const JsonDocument& doc, const SourceFile& source, const Fail& fail,
                               std::vector<CustomRuleSpec>& out) {
  const NodeId list = doc.child(0, "customRules");
  if (list == kNoNode) return {};
  for (std::size_t i = 0; i < doc.value(list).Size(); ++i) {
    auto rule = parse_custom_rule(doc, doc.child(list, i), source, fail);
    if (!rule) return rule.error();
    out.push_back(std::move(*rule));
  }
  return {};
}

// A style file: {"customRules": [...]}, checked like medlint.json.
Result<void> read_style(const fs::path& file, const SchemaSet& schemas, std::vector<CustomRuleSpec>& out) {
  ReadResult read = read_file(file, kMaxConfigBytes);
  if (read.status != ReadResult::Status::kOk) {
    return Error{file.string() +
                 ": cannot read style file: " + (read.error.empty() ? "larger than 1 MiB" : read.error)};
  }
  const SourceFile source(file.string(), std::move(read.bytes));
  const JsonDocument doc = JsonDocument::parse(source.text());
  const Fail fail = [&](Span at, const std::string& what) {
    const Position p = source.position(at.begin);
    return Error{file.string() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + what};
  };
  if (!doc.ok() || !doc.problems().empty()) {
    const LoadProblem& p = doc.problems().back();
    return fail(p.span, p.detail.empty() ? "not valid JSON" : "invalid JSON: " + p.detail);
  }
  if (const auto violations = schemas.validate(SchemaKind::kConfig, doc); !violations.empty()) {
    return fail(violations.front().span, violations.front().describe());
  }
  std::uint32_t index = 0;
  for (const auto& m : doc.root().GetObject()) {
    const std::string_view key = m.name.GetString();
    if (key != "customRules" && key != "$schema") {
      return fail(doc.node(doc.child(0, index)).key,
                  "a style file holds only \"customRules\"; \"" + std::string(key) + "\" belongs in medlint.json");
    }
    ++index;
  }
  return read_custom_rules(doc, source, fail, out);
}

}  // namespace

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
  const Fail fail = [&](Span at, const std::string& what) {
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
  if (auto custom = read_custom_rules(doc, source, fail, config.custom_rules); !custom) return custom.error();
  if (root.HasMember("styles")) {
    for (const auto& style : root["styles"].GetArray()) {
      if (auto read = read_style(config.base / style.GetString(), schemas, config.custom_rules); !read)
        return read.error();
    }
  }
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
  // Custom codes: of no built-in category, each once.
  for (const CustomRuleSpec& c : config.custom_rules) {
    const std::string category = c.code.substr(0, c.code.find_first_of("0123456789"));
    if (known.count(category) || known.count(c.code)) {
      return Error{c.origin + ": customRules " + c.code + ": \"" + category +
                   "\" is a category of medlint's own rules; give the team's rules letters of their own"};
    }
  }
  std::set<std::string, std::less<>> custom_codes, custom_names;
  for (const CustomRuleSpec& c : config.custom_rules) {
    if (!custom_codes.insert(c.code).second) return Error{c.origin + ": customRules " + c.code + " is defined twice"};
    if (!custom_names.insert(c.name).second) {
      return Error{c.origin + ": customRules " + c.code + ": the name \"" + c.name + "\" is taken"};
    }
  }
  for (const CustomRuleSpec& c : config.custom_rules) {
    known.emplace(c.code);
    known.emplace(c.code.substr(0, c.code.find_first_of("0123456789")));
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
