// Golden tests of the medlint binary: each case runs a command from the
// repository root and compares stdout, stderr and the exit code with
// tests/cli/golden/NAME.txt. MEDLINT_UPDATE_GOLDEN=1 rewrites the files
// (review the diff before committing).
//
// A golden holds the behaviour its case is named for, not facts that live
// elsewhere: the docs URL (a CMake option) and the version read {docs}/ and
// {version}; the SARIF rule catalogue is tested once, rule by rule, in
// Sarif.DriverDescribesMedlintAndEveryRule; severities at their rule's
// default are left out of `config --print` (the defaults are the rules'
// metadata, checked by the catalog test).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "files.h"
#include "medlint/base/version.h"
#include "medlint/rules/rules.h"

namespace {

namespace fs = std::filesystem;

struct Case {
  const char* name;
  const char* args;
  const char* stdin_file = nullptr;  // relative to the repository root
};

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// The lines from `begin` (a whole line) to the line that closes it at the
// same indent become one line saying where they are tested.
void cut_block(std::string& text, std::string_view begin, std::string_view why) {
  const std::size_t start = text.find(begin);
  if (start == std::string::npos) return;
  const std::size_t line = text.rfind('\n', start) + 1;
  const std::string indent = text.substr(line, start - line);
  const std::size_t end = text.find("\n" + indent + "]", start);
  if (end == std::string::npos) return;
  const std::size_t after = text.find('\n', end + 1);
  text.replace(line, after - line, indent + std::string(begin) + " ... ] (" + std::string(why) + ")");
}

// `"CODE": "severity"` lines of `config --print` at the rule's default.
void drop_default_severities(std::string& text) {
  static const auto rules = medlint::all_rules();
  std::size_t dropped = 0;
  for (const auto& rule : rules) {
    const auto& m = rule->meta();
    for (const char* comma : {",", ""}) {
      const std::string line = "    \"" + std::string(m.code) + "\": \"" +
                               std::string(medlint::severity_name(m.default_severity)) + "\"" + comma + "\n";
      const std::size_t at = text.find(line);
      if (at == std::string::npos) continue;
      text.erase(at, line.size());
      ++dropped;
    }
  }
  if (dropped == 0) return;
  const std::size_t stderr_at = text.find("--- stderr\n");
  text.insert(stderr_at == std::string::npos ? text.size() : stderr_at,
              "(" + std::to_string(dropped) + " rules at their default severity left out)\n");
}

// The behaviour of the case, without facts tested elsewhere.
std::string normalise(const Case& c, std::string text) {
  replace_all(text, medlint::docs_url(), "{docs}/");
  replace_all(text, medlint::version(), "{version}");
  const std::string_view args = c.args;
  if (args.find("--format sarif") != std::string_view::npos) {
    cut_block(text, "\"rules\": [", "every rule: Sarif.DriverDescribesMedlintAndEveryRule");
  }
  if (args.starts_with("config --print")) drop_default_severities(text);
  return text;
}

// Paths are relative to the repository root, the working directory of every case.
const Case kCases[] = {
    {"check_nms_text", "check content/ --today 2026-11-24 --no-color"},
    {"check_nms_json", "check content/ --today 2026-11-24 --format json"},
    {"check_default_paths_from_config", "check --today 2026-11-24 --quiet --no-color"},
    {"check_clean", "check tests/cli/inputs/articles/clean-article.json --today 2026-11-24"},
    {"check_broken_text", "check tests/cli/inputs/broken --today 2026-11-24 --no-color"},
    {"check_broken_json", "check tests/cli/inputs/broken --today 2026-11-24 --format=json"},
    {"check_warning_passes",
     "check tests/cli/inputs/articles/wrong-name.json --config tests/cli/inputs/warn.json --today 2026-11-24 "
     "--no-color"},
    {"check_max_warnings",
     "check tests/cli/inputs/articles/wrong-name.json --config tests/cli/inputs/warn.json --today 2026-11-24 "
     "--max-warnings 0 --no-color"},
    {"check_quiet_hides_warnings",
     "check tests/cli/inputs/articles/wrong-name.json --config tests/cli/inputs/warn.json --today 2026-11-24 --quiet"},
    {"check_bad_config", "check content/ --config tests/cli/inputs/bad-config.json"},
    {"check_missing_config", "check content/ --config tests/cli/inputs/no-such-config.json"},
    {"check_unknown_flag", "check content/ --frobnicate"},
    {"check_missing_path", "check no/such/folder"},
    {"check_folder_without_articles", "check tests/cli/inputs/no-articles"},
    {"check_bad_today", "check content/ --today 2025-02-30"},
    {"check_bad_format", "check content/ --format xml"},
    {"check_help", "check --help"},
    // medlint.json is found by walking up from the checked path; overrides give files their own severities.
    {"check_overrides", "check tests/cli/inputs/overrides --today 2026-11-24 --no-color"},
    {"config_print_default", "config --print"},
    {"config_print_overrides", "config --print tests/cli/inputs/overrides/content/articles/legacy/keep-cited.json"},
    {"config_print_no_config", "config --print tests/cli/inputs/articles/clean-article.json --no-config"},
    {"config_print_bad_config", "config --print --config tests/cli/inputs/bad-config.json"},
    {"config_without_print", "config"},
    {"new_help", "new --help"},
    {"explain_unknown", "explain XYZ999"},
    {"rules", "rules"},
    {"version", "--version"},
    {"no_command", ""},
    {"check_stdin", "check --stdin-filename tests/cli/inputs/articles/stdin-article.json --today 2026-11-24 --no-color",
     "tests/cli/inputs/broken/schema-errors.json"},
    {"check_stdin_with_path", "check content --stdin-filename x.json"},
    {"check_suppressions_json", "check tests/cli/inputs/articles/suppressed.json --today 2026-11-24 --format json"},
    {"check_two_formats_to_stdout", "check content --format text --format json"},
    {"check_format_to_file", "check content --today 2026-11-24 --format json=/dev/null --format text --quiet"},
    {"check_sarif", "check tests/cli/inputs/articles/wrong-name.json --today 2026-11-24 --format sarif"},
    {"check_junit", "check tests/cli/inputs/broken tests/cli/inputs/articles --today 2026-11-24 --format junit"},
    {"check_github", "check tests/cli/inputs/broken --today 2026-11-24 --format github --max-annotations 5"},
    {"baseline_help", "baseline --help"},
    {"merge_help", "merge --help"},
    {"fix_help", "fix --help"},
    // medlint claims: every sentence, its role and what cites it.
    {"claims_text", "claims tests/cli/inputs/claims/claims-example.json --no-config"},
    {"claims_json_uncited", "claims tests/cli/inputs/claims --format json --uncited --no-config"},
    {"claims_stdin", "claims --stdin-filename x.json --no-config", "tests/cli/inputs/claims/claims-example.json"},
    {"claims_nms_uncited", "claims content/ --uncited"},
    {"claims_not_json", "claims tests/cli/inputs/broken/syntax-error.json --no-config"},
    {"claims_bad_format", "claims content --format sarif"},
    {"claims_help", "claims --help"},
    {"baseline_without_file", "baseline"},
    {"check_bad_baseline", "check content --baseline tests/cli/inputs/bad-config.json"},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::string run(const Case& c) {
  const fs::path tmp = fs::temp_directory_path() / ("medlint-cli-" + std::to_string(::getpid()) + "-" + c.name);
  const std::string out = tmp.string() + ".out";
  const std::string err = tmp.string() + ".err";
  const std::string cmd =
      std::string("cd '") + MEDLINT_SOURCE_DIR +
      "' && env -u GITHUB_STEP_SUMMARY -u GITHUB_SERVER_URL -u GITHUB_REPOSITORY -u GITHUB_SHA NO_COLOR=1 '" +
      MEDLINT_BINARY + "' " + c.args + " >'" + out + "' 2>'" + err + "' <'" +
      (c.stdin_file ? c.stdin_file : "/dev/null") + "'";
  const int status = std::system(cmd.c_str());
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::string text = "$ medlint " + std::string(c.args) + "\n" + medlint::testing::read_text(out) + "--- stderr\n" +
                     medlint::testing::read_text(err) + "--- exit " + std::to_string(code) + "\n";
  fs::remove(out);
  fs::remove(err);
  return normalise(c, text);
}

class CliGolden : public ::testing::TestWithParam<Case> {};

TEST_P(CliGolden, MatchesGoldenOutput) {
  const Case& c = GetParam();
  const fs::path golden = fs::path(MEDLINT_GOLDEN_DIR) / (std::string(c.name) + ".txt");
  const std::string actual = run(c);
  if (std::getenv("MEDLINT_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with MEDLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, medlint::testing::read_text(golden)) << "golden: " << golden;
}

INSTANTIATE_TEST_SUITE_P(Cli, CliGolden, ::testing::ValuesIn(kCases),
                         [](const auto& param_info) { return param_info.param.name; });

// A baseline hides today's findings, then reports only new ones and counts
// the entries that no longer occur.
TEST(Cli, BaselineReportsOnlyNewFindingsAndStaleEntries) {
  const fs::path dir = fs::temp_directory_path() / ("medlint-baseline-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string baseline = (dir / "baseline.json").string();
  const std::string write_args = "baseline " + baseline + " tests/cli/inputs/articles --today 2026-11-24";
  const std::string written = run({"baseline-write", write_args.c_str()});
  EXPECT_NE(written.find("Wrote "), std::string::npos) << written;
  EXPECT_NE(written.find("--- exit 0"), std::string::npos) << written;

  const std::string check_args = "check tests/cli/inputs/articles --today 2026-11-24 --no-color --baseline " + baseline;
  const std::string clean = run({"baseline-check", check_args.c_str()});
  EXPECT_NE(clean.find("No problems found"), std::string::npos) << clean;
  EXPECT_NE(clean.find("--- exit 0"), std::string::npos) << clean;

  // One entry that no longer occurs, and one finding the baseline lacks.
  std::string text = medlint::testing::read_text(baseline);
  const std::size_t first = text.find("\"fingerprint\": \"") + 16;
  text.replace(first, 16, "0000000000000000");
  std::ofstream(baseline, std::ios::trunc) << text;
  const std::string changed = run({"baseline-changed", check_args.c_str()});
  EXPECT_NE(changed.find("1 problem (1 error, 0 warnings)"), std::string::npos) << changed;
  EXPECT_NE(changed.find("medlint: 1 baseline entry no longer occurs"), std::string::npos) << changed;
  EXPECT_NE(changed.find("--- exit 1"), std::string::npos) << changed;

  // A file that could not be checked (JSON001-JSON004) is never baselined.
  const std::string broken_write = "baseline " + baseline + " tests/cli/inputs/broken --today 2026-11-24";
  EXPECT_NE(run({"baseline-broken", broken_write.c_str()}).find("--- exit 0"), std::string::npos);
  EXPECT_EQ(medlint::testing::read_text(baseline).find("JSON00"), std::string::npos);
  const std::string broken_check = "check tests/cli/inputs/broken --today 2026-11-24 --no-color --baseline " + baseline;
  const std::string still = run({"baseline-broken-check", broken_check.c_str()});
  for (const char* code : {"JSON001", "JSON002", "JSON003"}) EXPECT_NE(still.find(code), std::string::npos) << still;
  EXPECT_NE(still.find("--- exit 1"), std::string::npos) << still;
  fs::remove_all(dir);
}

// The same run twice gives byte-identical output (sorted, deterministic).
TEST(Cli, OutputIsDeterministic) {
  const Case c{"determinism", "check content/ tests/cli/inputs --today 2026-11-24 --format json"};
  EXPECT_EQ(run(c), run(c));
}

// `explain` prints a rule's docs page byte for byte as it is in the tree,
// found by its code in any case or by its name.
TEST(Cli, ExplainPrintsEachRulesDocsPage) {
  for (const auto& rule : medlint::all_rules()) {
    const auto& m = rule->meta();
    const std::string page =
        medlint::testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules" / (m.docs_stem() + ".md"));
    ASSERT_FALSE(page.empty()) << m.code;
    for (const std::string& key : {std::string(m.code), m.docs_stem().substr(0, m.code.size()), std::string(m.name)}) {
      const std::string args = "explain " + key;
      EXPECT_EQ(run({"explain", args.c_str()}), "$ medlint " + args + "\n" + page + "--- stderr\n--- exit 0\n");
    }
  }
}

}  // namespace
