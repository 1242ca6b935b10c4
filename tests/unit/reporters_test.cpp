// The machine-readable outputs: SARIF, JUnit XML, GitHub workflow commands
// and job summary, and JSON against schemas/medlint-output.schema.json.
//
// Every SARIF and JSON output the suite produces (a hand-made run with
// awkward characters, content/, the CLI inputs and every rule's fixtures) is
// validated: JSON by the bundled output schema; SARIF by the official SARIF
// 2.1.0 schema and Microsoft's SARIF multitool (`validate`), both from the
// npm package @microsoft/sarif-multitool that tools/scripts/test.sh installs
// and names in MEDLINT_SARIF_NPM_DIR (those tests are skipped without it),
// with the SARIF the CLI wrote into MEDLINT_SARIF_DIR.
#include "medlint/driver/file_walker.h"
#include "medlint/engine/linter.h"
#include "medlint/report/reporters.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "files.h"
#include "fixture.h"
#include "json_schema.h"
#include "medlint/report/report_text.h"
#include "medlint/model/retraction_list.h"
#include "medlint/rules/rules.h"
#include "medlint/base/utf8.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------
// A hand-made run: a clean file, a file name with a space, one in Unicode,
// a whole-file finding, a multi-line one, and messages with every character
// the formats must escape (and one byte that is not UTF-8).

Finding make(std::string file, std::string code, std::string name, Severity severity, Position start, Position end,
             std::string pointer, std::string message) {
  Finding f;
  f.file = std::move(file);
  f.code = std::move(code);
  f.name = std::move(name);
  f.severity = severity;
  f.start = start;
  f.end = end;
  f.pointer = std::move(pointer);
  f.message = std::move(message);
  f.help_uri = "https://github.com/medlint/medlint/blob/main/tools/medlint/rules/" + f.code + ".md";
  f.fingerprint = fingerprint(f.code, "message", f.pointer, f.message);
  return f;
}

const char* const kTricky = "Bad <b>\"x\" & 'y'</b>, a:b 100% | *not* [a](b) $x$\r\nline two\x01 and \xFF.";

LintResult hand_made() {
  LintResult r;
  r.files = {"content/articles/a b.json", "content/articles/clean.json", "content/articles/\xC3\xBCn\xC3\xAF.json",
             "content/registry/people.json"};
  r.files_checked = r.files.size();
  r.findings = {
      make("content/articles/a b.json", "SCH001", "schema-violation", Severity::kError, {3, 5}, {3, 12}, "/title",
           kTricky),
      make("content/articles/a b.json", "CIT003", "unused-reference", Severity::kWarning, {9, 7}, {9, 8},
           "/references/0/id", "Reference 1 is never cited."),
      make("content/articles/\xC3\xBCn\xC3\xAF.json", "JSON004", "file-too-large", Severity::kError, {0, 0}, {0, 0}, "",
           "The file is too large."),
      make("content/articles/\xC3\xBCn\xC3\xAF.json", "DAT004", "review-overdue", Severity::kWarning, {4, 3}, {6, 2},
           "/dates",
           "Gr\xC3\xB6\xC3\x9F"
           "e \xE2\x89\xA5 5 \xE2\x80\x94 \xF0\x9F\x98\x80 overdue."),
      make("content/registry/people.json", "REV006", "unknown-person", Severity::kError, {2, 14}, {2, 20},
           "/people/0/id", "Unknown person."),
  };
  std::sort(r.findings.begin(), r.findings.end(), finding_less);
  return r;
}

ReportOptions options() {
  ReportOptions o;
  o.today = Date{2026, 11, 24};
  return o;
}

const std::vector<std::unique_ptr<Rule>>& rules() {
  static const auto r = all_rules();
  return r;
}

std::string sarif(const LintResult& r) {
  std::ostringstream out;
  write_sarif(out, r, rules(), options());
  return out.str();
}
std::string junit(const LintResult& r) {
  std::ostringstream out;
  write_junit(out, r, options());
  return out.str();
}
std::string json(const LintResult& r) {
  std::ostringstream out;
  write_json(out, r, options());
  return out.str();
}

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 400);
  return d;
}

// ---------------------------------------------------------------------------
// Real runs: content/, the CLI's inputs and every rule's fixtures.

// Runs the linter from the repository root so that paths are relative, as in CI.
class InSourceDir {
 public:
  InSourceDir() : old_(fs::current_path()) { fs::current_path(MEDLINT_SOURCE_DIR); }
  ~InSourceDir() { fs::current_path(old_); }
  InSourceDir(const InSourceDir&) = delete;
  InSourceDir& operator=(const InSourceDir&) = delete;

 private:
  fs::path old_;
};

LintResult lint_paths(const std::vector<std::string>& paths) {
  const InSourceDir here;
  std::vector<FileInput> files;
  std::vector<PathError> errors;
  collect_files(paths, files, errors);
  EXPECT_TRUE(errors.empty()) << errors.front().message();
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  return linter.run(std::move(files));
}

// As tests/fixture_test.cpp runs them: comments removed, the folder's config.
LintResult lint_fixtures(const fs::path& dir) {
  Config config;
  auto schemas = SchemaSet::bundled();
  auto all = all_rules();
  if (fs::exists(dir / "medlint.json")) {
    auto loaded = load_config(dir / "medlint.json", *schemas, all);
    EXPECT_TRUE(loaded) << loaded.error().message;
    if (loaded) config = std::move(*loaded);
  }
  std::unique_ptr<const RetractionList> retractions;
  const auto resources = load_config_resources(config, *schemas, retractions);
  EXPECT_TRUE(resources) << resources.error().message;
  const Linter linter(std::move(all), std::move(schemas), std::move(config), Date{2026, 11, 24},
                      std::move(retractions));
  const fs::path registry_dir = linter.config().registry.value_or(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry");
  std::vector<FileOutcome> ignored;
  std::vector<std::string> errors;
  const Registry registry = linter.load_registry(registry_dir, ignored, errors);
  std::vector<FileOutcome> outcomes;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.path().extension() == ".jsonc") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    // "sch001/registry/people.jsonc" is linted as "registry/people.json".
    fs::path shown = fs::relative(file, MEDLINT_SOURCE_DIR);
    shown.replace_extension(".json");
    fs::path in_dir = fs::relative(file, dir);
    in_dir.replace_extension(".json");
    const testing::Fixture f = testing::parse_fixture(testing::read_text(file), file.string());
    const SourceFile source(shown.generic_string(), f.json);
    outcomes.push_back(linter.lint_source(source, classify(in_dir), &registry));
  }
  return linter.finish(std::move(outcomes));
}

// Every run the suite reports on, by name.
const std::vector<std::pair<std::string, LintResult>>& runs() {
  static const auto all = [] {
    std::vector<std::pair<std::string, LintResult>> out;
    out.emplace_back("hand-made", hand_made());
    out.emplace_back("content", lint_paths({"content"}));
    out.emplace_back("cli-inputs", lint_paths({"tests/cli/inputs/articles", "tests/cli/inputs/broken"}));
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(MEDLINT_FIXTURE_DIR)) {
      if (e.is_directory()) dirs.push_back(e.path());
    }
    std::sort(dirs.begin(), dirs.end());
    for (const fs::path& d : dirs) out.emplace_back("fixtures-" + d.filename().string(), lint_fixtures(d));
    // A run that could not read a file.
    const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
    out.emplace_back(
        "unreadable",
        linter.run({}, {{PathError::Kind::kUnreadable, "content/articles/locked.json", "Permission denied", false}}));
    return out;
  }();
  return all;
}

TEST(ReporterRuns, CoverEveryRule) {
  std::set<std::string> seen;
  for (const auto& [name, r] : runs()) {
    for (const Finding& f : r.findings) seen.insert(f.code);
  }
  for (const auto& rule : rules()) {
    EXPECT_TRUE(seen.count(std::string(rule->meta().code))) << rule->meta().code << " never reported";
  }
}

// ---------------------------------------------------------------------------
// SARIF

const rapidjson::Value& run0(const rapidjson::Document& d) { return d["runs"][0]; }

TEST(Sarif, LogHasTheSchemaVersionAndOneRun) {
  const auto d = parse(sarif(hand_made()));
  EXPECT_STREQ(d["$schema"].GetString(), "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_STREQ(d["version"].GetString(), "2.1.0");
  ASSERT_EQ(d["runs"].Size(), 1u);
  EXPECT_STREQ(run0(d)["columnKind"].GetString(), "unicodeCodePoints");
  EXPECT_TRUE(run0(d)["invocations"][0]["executionSuccessful"].GetBool());
}

TEST(Sarif, DriverDescribesMedlintAndEveryRule) {
  const auto d = parse(sarif(LintResult{}));
  const auto& driver = run0(d)["tool"]["driver"];
  EXPECT_STREQ(driver["name"].GetString(), "medlint");
  EXPECT_FALSE(std::string(driver["version"].GetString()).empty());
  EXPECT_STREQ(driver["semanticVersion"].GetString(), driver["version"].GetString());
  EXPECT_TRUE(std::string(driver["informationUri"].GetString()).starts_with("https://"));
  const auto& list = driver["rules"];
  ASSERT_EQ(list.Size(), rules().size());
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const RuleMeta& m = rules()[i]->meta();
    const auto& r = list[i];
    EXPECT_EQ(r["id"].GetString(), m.code);
    EXPECT_EQ(r["name"].GetString(), m.name);
    EXPECT_EQ(r["shortDescription"]["text"].GetString(), m.summary);
    // The "What it does" section of the docs page: longer than the summary.
    const std::string full = r["fullDescription"]["text"].GetString();
    EXPECT_GT(full.size(), m.summary.size()) << m.code;
    EXPECT_EQ(full.find("## "), std::string::npos) << m.code;
    EXPECT_EQ(r["helpUri"].GetString(), rule_help_uri(m));
    EXPECT_EQ(r["help"]["text"].GetString(), full);
    EXPECT_TRUE(std::string(r["help"]["markdown"].GetString()).starts_with("# " + std::string(m.code) + " ")) << m.code;
    EXPECT_STREQ(r["defaultConfiguration"]["level"].GetString(),
                 m.default_severity == Severity::kError ? "error" : "warning");
  }
}

TEST(Sarif, ResultsPointAtTheirRuleFileAndRegion) {
  const LintResult in = hand_made();
  const auto d = parse(sarif(in));
  const auto& results = run0(d)["results"];
  ASSERT_EQ(results.Size(), in.findings.size());
  const auto& driver_rules = run0(d)["tool"]["driver"]["rules"];
  for (rapidjson::SizeType i = 0; i < results.Size(); ++i) {
    const auto& r = results[i];
    const Finding& f = in.findings[i];
    EXPECT_EQ(r["ruleId"].GetString(), f.code);
    EXPECT_EQ(driver_rules[r["ruleIndex"].GetUint()]["id"].GetString(), f.code);
    EXPECT_STREQ(r["level"].GetString(), f.severity == Severity::kError ? "error" : "warning");
    EXPECT_EQ(r["partialFingerprints"]["medlint/v2"].GetString(), f.fingerprint);
    ASSERT_EQ(r["locations"].Size(), 1u);
    const auto& physical = r["locations"][0]["physicalLocation"];
    EXPECT_STREQ(physical["artifactLocation"]["uriBaseId"].GetString(), "%SRCROOT%");
    if (f.pointer.empty()) {
      EXPECT_FALSE(r["locations"][0].HasMember("logicalLocations"));
    } else {
      EXPECT_EQ(r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].GetString(), f.pointer);
    }
  }
  // "a b.json", SCH001 at 3:5-3:12.
  const auto& first = results[0]["locations"][0]["physicalLocation"];
  EXPECT_STREQ(first["artifactLocation"]["uri"].GetString(), "content/articles/a%20b.json");
  EXPECT_EQ(first["region"]["startLine"].GetUint(), 3u);
  EXPECT_EQ(first["region"]["startColumn"].GetUint(), 5u);
  EXPECT_EQ(first["region"]["endLine"].GetUint(), 3u);
  EXPECT_EQ(first["region"]["endColumn"].GetUint(), 12u);
  // The message keeps its characters; the byte that is not UTF-8 is U+FFFD.
  const std::string message = results[0]["message"]["text"].GetString();
  EXPECT_EQ(message.substr(0, 20), "Bad <b>\"x\" & 'y'</b>");
  EXPECT_NE(message.find("\r\nline two\x01 and \xEF\xBF\xBD."), std::string::npos);
  EXPECT_FALSE(find_invalid_utf8(message));
}

TEST(Sarif, WholeFileFindingPointsAtTheStartAndMultiLineSpansKeepTheirEnd) {
  const auto d = parse(sarif(hand_made()));
  const auto& results = run0(d)["results"];
  std::map<std::string, const rapidjson::Value*> by_rule;
  for (const auto& r : results.GetArray()) by_rule[r["ruleId"].GetString()] = &r;
  const auto& whole = (*by_rule.at("JSON004"))["locations"][0]["physicalLocation"];
  EXPECT_STREQ(whole["artifactLocation"]["uri"].GetString(), "content/articles/%C3%BCn%C3%AF.json");
  EXPECT_EQ(whole["region"]["startLine"].GetUint(), 1u);
  EXPECT_EQ(whole["region"]["startColumn"].GetUint(), 1u);
  EXPECT_EQ(whole["region"]["endLine"].GetUint(), 1u);
  EXPECT_EQ(whole["region"]["endColumn"].GetUint(), 1u);
  const auto& region = (*by_rule.at("DAT004"))["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"].GetUint(), 4u);
  EXPECT_EQ(region["startColumn"].GetUint(), 3u);
  EXPECT_EQ(region["endLine"].GetUint(), 6u);
  EXPECT_EQ(region["endColumn"].GetUint(), 2u);
}

TEST(Sarif, AbsolutePathIsAFileUri) {
  LintResult r;
  r.findings = {
      make("/srv/my content/a.json", "SCH001", "schema-violation", Severity::kError, {1, 1}, {1, 2}, "", "Bad.")};
  const auto d = parse(sarif(r));
  const auto& location = run0(d)["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_STREQ(location["uri"].GetString(), "file:///srv/my%20content/a.json");
  EXPECT_FALSE(location.HasMember("uriBaseId"));
}

TEST(Sarif, UnreadableFileMakesTheRunUnsuccessful) {
  const auto& unread = runs().back();
  ASSERT_EQ(unread.first, "unreadable");
  const auto d = parse(sarif(unread.second));
  const auto& invocation = run0(d)["invocations"][0];
  EXPECT_FALSE(invocation["executionSuccessful"].GetBool());
  EXPECT_STREQ(invocation["toolExecutionNotifications"][0]["message"]["text"].GetString(),
               "cannot read 'content/articles/locked.json': Permission denied.");
}

TEST(Sarif, IsTheSameRunToRun) { EXPECT_EQ(sarif(hand_made()), sarif(hand_made())); }

// ---------------------------------------------------------------------------
// Validation against schemas (valijson; it does not check "format", so the
// URI formats SARIF asks for are checked by hand).

using testing::validate;

std::string join(const std::vector<std::string>& lines, std::size_t max = 20) {
  std::string out;
  for (std::size_t i = 0; i < lines.size() && i < max; ++i) out += lines[i] + "\n";
  return out;
}

TEST(JsonOutput, EveryRunMatchesTheOutputSchema) {
  const auto schema = parse(testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "schemas/medlint-output.schema.json"));
  for (const auto& [name, r] : runs()) {
    const auto errors = validate(schema, parse(json(r)));
    EXPECT_TRUE(errors.empty()) << name << ":\n" << join(errors);
  }
}

TEST(JsonOutput, SchemaRejectsWhatTheShapeDoesNotAllow) {
  const auto schema = parse(testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "schemas/medlint-output.schema.json"));
  std::string text = json(hand_made());
  for (const auto& [from, to] :
       std::vector<std::pair<std::string, std::string>>{{"\"severity\": \"error\"", "\"severity\": \"fatal\""},
                                                        {"\"version\": 1", "\"version\": 2"},
                                                        {"\"filesChecked\"", "\"files\""}}) {
    std::string bad = text;
    const auto at = bad.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    bad.replace(at, from.size(), to);
    EXPECT_FALSE(validate(schema, parse(bad)).empty()) << to;
  }
}

// The npm package of the SARIF multitool (tools/scripts/test.sh installs it).
fs::path sarif_npm_package() {
  const char* dir = std::getenv("MEDLINT_SARIF_NPM_DIR");
  if (!dir || !*dir) return {};
  const fs::path p = fs::path(dir) / "node_modules/@microsoft/sarif-multitool-linux";
  return fs::exists(p / "sarif-2.1.0.json") ? p : fs::path{};
}

#define REQUIRE_SARIF_TOOLS(package)                                                                   \
  const fs::path package = sarif_npm_package();                                                        \
  if (package.empty())                                                                                 \
  GTEST_SKIP() << "MEDLINT_SARIF_NPM_DIR does not name an npm prefix with @microsoft/sarif-multitool " \
                  "installed; tools/scripts/test.sh installs it (npm install --prefix build/test/npm ...)"

// Every SARIF log to validate: each run's, and those the CLI wrote into
// MEDLINT_SARIF_DIR (tools/scripts/test.sh runs `medlint check --format sarif`
// on content/ and the CLI's inputs).
std::vector<std::pair<std::string, std::string>> sarif_logs() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [name, r] : runs()) out.emplace_back(name, sarif(r));
  if (const char* dir = std::getenv("MEDLINT_SARIF_DIR"); dir && *dir && fs::is_directory(dir)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".sarif") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) out.emplace_back("cli-" + f.stem().string(), testing::read_text(f));
  }
  return out;
}

bool is_absolute_uri(const std::string& s) {
  static const std::regex re(R"(^[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$)");
  return std::regex_match(s, re);
}
bool is_uri_reference(const std::string& s) {
  static const std::regex re(R"(^([A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$)");
  return std::regex_match(s, re);
}

TEST(SarifValidation, EveryRunMatchesTheOfficialSchema) {
  REQUIRE_SARIF_TOOLS(package);
  const auto schema = parse(testing::read_text(package / "sarif-2.1.0.json"));
  ASSERT_TRUE(schema.HasMember("definitions"));
  for (const auto& [name, text] : sarif_logs()) {
    const auto d = parse(text);
    const auto errors = validate(schema, d);
    EXPECT_TRUE(errors.empty()) << name << ":\n" << join(errors);
    // format: uri and uri-reference.
    const auto& driver = run0(d)["tool"]["driver"];
    EXPECT_TRUE(is_absolute_uri(driver["informationUri"].GetString()));
    for (const auto& rule : driver["rules"].GetArray()) EXPECT_TRUE(is_absolute_uri(rule["helpUri"].GetString()));
    for (const auto& result : run0(d)["results"].GetArray()) {
      const auto& physical = result["locations"][0]["physicalLocation"];
      const std::string uri = physical["artifactLocation"]["uri"].GetString();
      EXPECT_TRUE(is_uri_reference(uri)) << name << ": " << uri;
      // SARIF 2.1.0 errata 01: a region has a startLine (or an offset).
      EXPECT_TRUE(physical["region"].HasMember("startLine")) << name;
    }
  }
}

struct MultitoolReport {
  std::vector<std::string> problems;  // "RULE (level): message", errors and warnings
  std::string log;                    // what it printed
  int status = -1;
};

// Runs `Sarif.Multitool validate` with the SARIF and the GitHub rules over
// `files` and reads its own SARIF report.
MultitoolReport run_multitool(const fs::path& package, const std::vector<fs::path>& files, const fs::path& dir) {
  MultitoolReport out;
  const fs::path report = dir / "validation.sarif";
  const fs::path log = dir / "multitool.log";
  // .NET needs no ICU for this; invariant mode spares installing libicu.
  std::string cmd = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 '" + (package / "Sarif.Multitool").string() +
                    "' validate --rule-kind 'Sarif;Gh' --log ForceOverwrite --output '" + report.string() + "'";
  for (const fs::path& f : files) cmd += " '" + f.string() + "'";
  cmd += " >'" + log.string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  out.log = testing::read_text(log);
  if (!fs::exists(report)) {
    out.problems.push_back("the multitool wrote no report (exit " + std::to_string(out.status) + ")");
    return out;
  }
  const auto d = parse(testing::read_text(report));
  const auto& run = run0(d);
  // A result's message is a format string of its rule, with arguments.
  std::map<std::string, std::map<std::string, std::string>> formats;
  const auto& driver = run["tool"]["driver"];
  if (driver.HasMember("rules")) {
    for (const auto& rule : driver["rules"].GetArray()) {
      if (!rule.HasMember("messageStrings")) continue;
      for (const auto& m : rule["messageStrings"].GetObject()) {
        if (m.value.HasMember("text"))
          formats[rule["id"].GetString()][m.name.GetString()] = m.value["text"].GetString();
      }
    }
  }
  const rapidjson::Value none(rapidjson::kArrayType);
  for (const auto& r : (run.HasMember("results") ? run["results"] : none).GetArray()) {
    const std::string level = r.HasMember("level") ? r["level"].GetString() : "warning";
    const std::string kind = r.HasMember("kind") ? r["kind"].GetString() : "fail";
    if (kind != "fail" || (level != "error" && level != "warning")) continue;
    const std::string rule = r.HasMember("ruleId") ? r["ruleId"].GetString() : "?";
    std::string text = r["message"].HasMember("text") ? r["message"]["text"].GetString() : "";
    if (text.empty() && r["message"].HasMember("id")) {
      text = formats[rule][r["message"]["id"].GetString()];
      if (r["message"].HasMember("arguments")) {
        const auto& args = r["message"]["arguments"];
        for (rapidjson::SizeType i = 0; i < args.Size(); ++i) {
          const std::string slot = "{" + std::to_string(i) + "}";
          for (auto at = text.find(slot); at != std::string::npos; at = text.find(slot)) {
            text.replace(at, slot.size(), args[i].GetString());
          }
        }
      }
    }
    out.problems.push_back(rule + " (" + level + "): " + text);
  }
  if (run.HasMember("invocations")) {
    for (const auto& inv : run["invocations"].GetArray()) {
      if (!inv.HasMember("toolExecutionNotifications")) continue;
      for (const auto& n : inv["toolExecutionNotifications"].GetArray()) {
        const std::string level = n.HasMember("level") ? n["level"].GetString() : "warning";
        if (level == "error") out.problems.push_back(std::string("multitool: ") + n["message"]["text"].GetString());
      }
    }
  }
  return out;
}

TEST(SarifValidation, MultitoolFindsNoProblem) {
  REQUIRE_SARIF_TOOLS(package);
  testing::TempDir temp;
  std::vector<fs::path> files;
  for (const auto& [name, text] : sarif_logs()) {
    files.push_back(temp.path() / (name + ".sarif"));
    std::ofstream(files.back(), std::ios::binary) << text;
  }
  const MultitoolReport report = run_multitool(package, files, temp.path());
  for (const std::string& p : report.problems) ADD_FAILURE() << p;
  EXPECT_EQ(report.status, 0) << report.log;
  EXPECT_NE(report.log.find("Done. " + std::to_string(files.size()) + " files scanned."), std::string::npos)
      << report.log;
}

// The checks above can fail. (The multitool is silent about a value it
// cannot read into its object model, such as an unknown columnKind: only the
// schema catches that.)
std::string broken_sarif(const std::string& from, const std::string& to) {
  std::string text = sarif(hand_made());
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(SarifValidation, OfficialSchemaRejectsABrokenLog) {
  REQUIRE_SARIF_TOOLS(package);
  const auto schema = parse(testing::read_text(package / "sarif-2.1.0.json"));
  EXPECT_FALSE(validate(schema, parse(broken_sarif("\"startLine\": 3", "\"startLine\": 0"))).empty());
  EXPECT_FALSE(validate(schema, parse(broken_sarif("\"unicodeCodePoints\"", "\"codePoints\""))).empty());
  EXPECT_FALSE(validate(schema, parse(broken_sarif("\"level\": \"warning\"", "\"level\": \"fatal\""))).empty());
}

TEST(SarifValidation, MultitoolRejectsABrokenLog) {
  REQUIRE_SARIF_TOOLS(package);
  testing::TempDir temp;
  const fs::path file = temp.path() / "broken.sarif";
  std::ofstream(file, std::ios::binary) << broken_sarif("\"startLine\": 3", "\"startLine\": 0");
  const MultitoolReport report = run_multitool(package, {file}, temp.path());
  std::string all;
  for (const std::string& p : report.problems) all += p + "\n";
  EXPECT_NE(all.find("startLine: 0 is less than the minimum"), std::string::npos) << all << report.log;
}

// ---------------------------------------------------------------------------
// JUnit XML

// A small XML 1.0 reader, strict where CI servers are: well-formed nesting,
// quoted attributes, only the predefined entities and character references of
// allowed characters, valid UTF-8, no character XML 1.0 forbids.
struct Element {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;
  std::vector<Element> children;

  std::vector<const Element*> all(const std::string& n) const {
    std::vector<const Element*> out;
    for (const Element& c : children) {
      if (c.name == n) out.push_back(&c);
    }
    return out;
  }
};

bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

class XmlReader {
 public:
  explicit XmlReader(std::string_view text) : s_(text) {}

  Element read() {
    if (find_invalid_utf8(s_)) fail("not UTF-8");
    report_chars();
    skip_space();
    if (s_.substr(i_).starts_with("<?xml")) {
      const auto end = s_.find("?>", i_);
      if (end == std::string_view::npos) fail("unterminated declaration");
      i_ = end + 2;
    }
    skip_space();
    Element root = element();
    skip_space();
    if (i_ != s_.size()) fail("content after the root element");
    return root;
  }
  std::string error;

 private:
  void fail(const std::string& why) {
    if (error.empty()) error = why + " at byte " + std::to_string(i_);
    i_ = s_.size();
  }
  void report_chars() {
    report::for_each_code_point(s_, [&](char32_t c, std::string_view) {
      if (!xml_char(c)) fail("character U+" + std::to_string(static_cast<unsigned>(c)) + " is not allowed");
    });
  }
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
  }
  std::string name() {
    const std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' || s_[i_] == '_' ||
                              s_[i_] == '.' || s_[i_] == ':')) {
      ++i_;
    }
    if (i_ == start) fail("expected a name");
    return std::string(s_.substr(start, i_ - start));
  }
  // Text up to `stop`, with references resolved.
  std::string text(char stop) {
    std::string out;
    while (i_ < s_.size() && s_[i_] != stop) {
      const char c = s_[i_];
      if (c == '<') return fail("'<' in text or an attribute"), out;
      if (c != '&') {
        out += c;
        ++i_;
        continue;
      }
      const auto end = s_.find(';', i_);
      if (end == std::string_view::npos) return fail("'&' without ';'"), out;
      const std::string_view ref = s_.substr(i_ + 1, end - i_ - 1);
      static const std::map<std::string_view, char> kNamed = {
          {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
      if (const auto it = kNamed.find(ref); it != kNamed.end()) {
        out += it->second;
      } else if (ref.starts_with('#') && ref.size() > 1) {
        const unsigned long cp = std::stoul(std::string(ref.substr(1)));
        if (!xml_char(static_cast<char32_t>(cp)) || cp > 0x7F) return fail("bad character reference"), out;
        out += static_cast<char>(cp);
      } else {
        return fail("unknown entity &" + std::string(ref) + ";"), out;
      }
      i_ = end + 1;
    }
    return out;
  }
  Element element() {
    Element e;
    if (i_ >= s_.size() || s_[i_] != '<') return fail("expected '<'"), e;
    ++i_;
    e.name = name();
    for (;;) {
      skip_space();
      if (i_ >= s_.size()) return fail("unterminated tag"), e;
      if (s_.substr(i_).starts_with("/>")) {
        i_ += 2;
        return e;
      }
      if (s_[i_] == '>') {
        ++i_;
        break;
      }
      const std::string key = name();
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '=') return fail("expected '='"), e;
      ++i_;
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected '\"'"), e;
      ++i_;
      std::string value = text('"');
      ++i_;
      if (!e.attributes.emplace(key, value).second) return fail("repeated attribute " + key), e;
    }
    for (;;) {
      e.text += text('<');
      if (i_ >= s_.size()) return fail("unclosed <" + e.name + ">"), e;
      if (s_.substr(i_).starts_with("</")) {
        i_ += 2;
        if (name() != e.name) return fail("mismatched </...> for <" + e.name + ">"), e;
        skip_space();
        if (i_ >= s_.size() || s_[i_] != '>') return fail("expected '>'"), e;
        ++i_;
        return e;
      }
      e.children.push_back(element());
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

Element read_xml(const std::string& text) {
  XmlReader reader(text);
  Element root = reader.read();
  EXPECT_EQ(reader.error, "") << text;
  return root;
}

TEST(JUnit, OneTestCasePerFileAndAFailureListingItsFindings) {
  const std::string xml = junit(hand_made());
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")) << xml;
  const Element root = read_xml(xml);
  ASSERT_EQ(root.name, "testsuites");
  EXPECT_EQ(root.attributes.at("tests"), "4");
  EXPECT_EQ(root.attributes.at("failures"), "3");
  EXPECT_EQ(root.attributes.at("errors"), "0");
  const auto suites = root.all("testsuite");
  ASSERT_EQ(suites.size(), 1u);
  const Element& suite = *suites[0];
  EXPECT_EQ(suite.attributes.at("name"), "medlint");
  EXPECT_EQ(suite.attributes.at("tests"), "4");
  EXPECT_EQ(suite.attributes.at("failures"), "3");
  EXPECT_EQ(suite.attributes.at("errors"), "0");
  EXPECT_EQ(suite.attributes.at("skipped"), "0");
  EXPECT_EQ(suite.attributes.at("time"), "0");
  const auto cases = suite.all("testcase");
  ASSERT_EQ(cases.size(), 4u);
  std::vector<std::string> names;
  for (const Element* c : cases) names.push_back(c->attributes.at("name"));
  EXPECT_EQ(names, hand_made().files);

  // "a b.json": an error and a warning in one failure of type error.
  const auto failure = cases[0]->all("failure");
  ASSERT_EQ(failure.size(), 1u);
  EXPECT_EQ(failure[0]->attributes.at("type"), "error");
  EXPECT_EQ(failure[0]->attributes.at("message"), "2 problems (1 error, 1 warning)");
  const std::string& body = failure[0]->text;
  // What the article put in the message is escaped: no line of its own, no control character.
  EXPECT_NE(body.find("content/articles/a b.json:3:5: error: Bad <b>\"x\" & 'y'</b>, a:b 100% | *not* [a](b) $x$\\r\\n"
                      "line two\\u0001 and \\xFF. [SCH001 schema-violation]"),
            std::string::npos)
      << body;
  EXPECT_NE(body.find("content/articles/a b.json:9:7: warning: Reference 1 is never cited. [CIT003 unused-reference]"),
            std::string::npos);
  // The clean file passes.
  EXPECT_TRUE(cases[1]->children.empty());
  // The whole-file finding has no line; a warning-only file would fail as "warning".
  EXPECT_NE(
      cases[2]->all("failure")[0]->text.find("content/articles/\xC3\xBCn\xC3\xAF.json: error: The file is too large."),
      std::string::npos);
}

TEST(JUnit, AttributesEscapeQuotesAndWhiteSpace) {
  LintResult r;
  r.files = {"a\"b'<&>\t\n.json"};
  r.findings = {make(r.files[0], "SCH001", "schema-violation", Severity::kWarning, {1, 1}, {1, 2}, "", "Bad.")};
  const std::string xml = junit(r);
  EXPECT_NE(xml.find("name=\"a&quot;b&apos;&lt;&amp;&gt;&#9;&#10;.json\""), std::string::npos) << xml;
  const Element root = read_xml(xml);
  const Element& c = *root.all("testsuite")[0]->all("testcase")[0];
  EXPECT_EQ(c.attributes.at("name"), r.files[0]);
  EXPECT_EQ(c.all("failure")[0]->attributes.at("type"), "warning");
}

// A file that could not be read is a failing test case (an error: it was
// not checked), never a passing one.
TEST(JUnit, UnreadableFileIsAnError) {
  const Element root = read_xml(junit(runs().back().second));
  EXPECT_EQ(root.attributes.at("errors"), "1");
  EXPECT_EQ(root.attributes.at("failures"), "0");
  const auto cases = root.all("testsuite")[0]->all("testcase");
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0]->attributes.at("name"), "content/articles/locked.json");
  ASSERT_EQ(cases[0]->all("error").size(), 1u);
  EXPECT_EQ(cases[0]->all("error")[0]->attributes.at("type"), "not-checked");
  EXPECT_NE(cases[0]->all("error")[0]->text.find("Permission denied"), std::string::npos);
}

TEST(JUnit, EveryRunIsWellFormedWithATestCasePerFile) {
  for (const auto& [name, r] : runs()) {
    const std::string xml = junit(r);
    XmlReader reader(xml);
    const Element root = reader.read();
    ASSERT_EQ(reader.error, "") << name;
    const auto cases = root.all("testsuite")[0]->all("testcase");
    EXPECT_EQ(cases.size(), r.files.size()) << name;
  }
}

// ---------------------------------------------------------------------------
// Text

// What an article or a file name holds is escaped: it cannot start a line,
// look like a finding, or reach the terminal as a control sequence. The
// excerpt is escaped too, and its caret still stands under the span.
TEST(Text, EscapesArticleTextFileNamesAndExcerpts) {
  LintResult r;
  Finding f =
      make("content/a\nb\x1b[2J.json", "SCH001", "schema-violation", Severity::kError, {1, 9}, {1, 12}, "", kTricky);
  f.excerpt = {"  \"x\": \"\x1b[1m\u202e!\",", 1, false, false};
  r.findings = {f};
  r.files_checked = 1;
  std::ostringstream out;
  ReportOptions o = options();
  write_text(out, r, o);
  const std::string text = out.str();
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find("\xe2\x80\xae"), std::string::npos) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5) << text;  // finding, excerpt, caret, docs, summary
  EXPECT_NE(text.find("content/a\\nb\\u001B[2J.json:1:9: error: Bad <b>"), std::string::npos) << text;
  EXPECT_NE(text.find("$x$\\r\\nline two\\u0001 and \\xFF. [SCH001"), std::string::npos) << text;
  // Columns 9-11 are ESC [ 1: the ESC shown as 6 characters, underlined as 6.
  EXPECT_NE(text.find(" 1 |   \"x\": \"\\u001B[1m\\u202E!\",\n   |         ^~~~~~~~\n"), std::string::npos) << text;
}

// ---------------------------------------------------------------------------
// GitHub workflow commands and job summary

std::string github(const LintResult& r, std::size_t cap = 10) {
  ReportOptions o = options();
  o.github_cap = cap;
  std::ostringstream out;
  write_github(out, r, o);
  return out.str();
}

TEST(GitHub, ErrorsFirstWithPositionsTitlesAndEscaping) {
  EXPECT_EQ(github(hand_made()),
            "::error file=content/articles/a b.json,line=3,col=5,endLine=3,endColumn=12,title=SCH001 "
            "schema-violation::Bad <b>\"x\" & 'y'</b>, a:b 100%25 | *not* [a](b) $x$\\r\\nline two\\u0001 and "
            "\\xFF.\n"
            "::error file=content/articles/\xC3\xBCn\xC3\xAF.json,title=JSON004 file-too-large::The file is too "
            "large.\n"
            "::error file=content/registry/people.json,line=2,col=14,endLine=2,endColumn=20,title=REV006 "
            "unknown-person::Unknown person.\n"
            "::warning file=content/articles/a b.json,line=9,col=7,endLine=9,endColumn=8,title=CIT003 "
            "unused-reference::Reference 1 is never cited.\n"
            "::warning file=content/articles/\xC3\xBCn\xC3\xAF.json,line=4,col=3,endLine=6,endColumn=2,title=DAT004 "
            "review-overdue::Gr\xC3\xB6\xC3\x9F"
            "e \xE2\x89\xA5 5 \xE2\x80\x94 \xF0\x9F\x98\x80 overdue.\n");
}

TEST(GitHub, PropertiesEscapeCommaAndColon) {
  LintResult r;
  r.findings = {make("a,b:c%.json", "SCH001", "schema-violation", Severity::kError, {1, 1}, {1, 2}, "", "x")};
  EXPECT_EQ(github(r),
            "::error file=a%2Cb%3Ac%25.json,line=1,col=1,endLine=1,endColumn=2,title=SCH001 "
            "schema-violation::x\n");
}

TEST(GitHub, CapKeepsErrorsAndSaysHowManyMore) {
  EXPECT_EQ(github(hand_made(), 2),
            "::error file=content/articles/a b.json,line=3,col=5,endLine=3,endColumn=12,title=SCH001 "
            "schema-violation::Bad <b>\"x\" & 'y'</b>, a:b 100%25 | *not* [a](b) $x$\\r\\nline two\\u0001 and "
            "\\xFF.\n"
            "::error file=content/articles/\xC3\xBCn\xC3\xAF.json,title=JSON004 file-too-large::The file is too "
            "large.\n"
            "::notice::medlint: 3 more problems not shown as annotations; see the job summary or run medlint "
            "locally\n");
  EXPECT_EQ(github(hand_made(), 4).substr(github(hand_made(), 4).rfind("::notice")),
            "::notice::medlint: 1 more problem not shown as annotations; see the job summary or run medlint locally\n");
  EXPECT_EQ(github(LintResult{}), "");
}

std::string summary(const LintResult& r, std::string source_url = "") {
  ReportOptions o = options();
  o.source_url = std::move(source_url);
  std::ostringstream out;
  write_github_summary(out, r, o);
  return out.str();
}

TEST(GitHubSummary, TotalsRulesAndLinkedFindings) {
  const std::string md = summary(hand_made(), "https://github.com/o/r/blob/abc/");
  EXPECT_TRUE(md.starts_with("## medlint\n\n**5 problems (3 errors, 2 warnings)** in 4 files checked.\n")) << md;
  EXPECT_NE(md.find("| Rule | Errors | Warnings |\n|:--|--:|--:|\n"
                    "| [CIT003 unused-reference](https://github.com/medlint/medlint/blob/main/tools/medlint/rules/"
                    "CIT003.md) | 0 | 1 |\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("| [content/articles/a b.json:3:5](https://github.com/o/r/blob/abc/content/articles/a%20b.json#L3)"
                    " | error | SCH001 | Bad \\<b\\>\"x\" &amp; 'y'\\</b\\>, a:b 100% \\| \\*not\\* \\[a\\](b) "
                    "\\$x\\$\\\\r\\\\nline two\\\\u0001 and \\\\xFF. |\n"),
            std::string::npos)
      << md;
  // A multi-line span links its lines; a whole-file finding the file.
  EXPECT_NE(md.find("content/articles/%C3%BCn%C3%AF.json#L4-L6)"), std::string::npos) << md;
  EXPECT_NE(md.find("(https://github.com/o/r/blob/abc/content/articles/%C3%BCn%C3%AF.json) | error | JSON004"),
            std::string::npos)
      << md;
}

TEST(GitHubSummary, CleanRunAndUnlinkedFindings) {
  LintResult clean;
  clean.files = {"a.json"};
  clean.files_checked = 1;
  EXPECT_EQ(summary(clean), "## medlint\n\n**No problems found** in 1 file checked.\n");
  const std::string md = summary(hand_made());
  EXPECT_NE(md.find("| content/articles/a b.json:3:5 | error |"), std::string::npos) << md;
}

TEST(GitHubSummary, ShowsTheFirstFiftyFindings) {
  LintResult r;
  for (std::uint32_t i = 1; i <= 60; ++i) {
    r.findings.push_back(make("a.json", "CIT003", "unused-reference", Severity::kWarning, {i, 1}, {i, 2}, "", "x"));
  }
  const std::string md = summary(r);
  EXPECT_NE(md.find("### First 50 findings"), std::string::npos);
  EXPECT_NE(md.find("| a.json:50:1 |"), std::string::npos);
  EXPECT_EQ(md.find("| a.json:51:1 |"), std::string::npos);
  EXPECT_NE(md.find("\n10 more not shown; run `medlint check` locally to see every finding.\n"), std::string::npos);
}

}  // namespace
}  // namespace medlint
