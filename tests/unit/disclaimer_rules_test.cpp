// The disclaimer rules (DIS001-DIS004) on in-memory files: what the fixtures
// cannot show (no registry at all, a configured registry folder, severities,
// pins too large for any integer, registry files checked directly).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

std::string article(const std::string& audiences, const std::string& disclaimers_member) {
  return R"({
  "id": "example",
  "title": "What is an example condition?",
  "audiences": )" +
         audiences + R"(,
  "authors": ["dr-example"],
  "dates": {"updated": "2026-10-01"},
  "review": {"status": "submitted", "history": [{"status": "submitted", "date": "2026-10-01", "by": "dr-example"}]},
  "notices": ["educational-only", "pending-review"],)" +
         disclaimers_member + R"(
  "sections": [{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A fictional text."}]}]
}
)";
}

constexpr const char* kDisclaimers = R"({"disclaimers": [
  {"id": "professional", "version": 2, "audiences": ["clinician"], "title": "Professional", "text": "T"},
  {"id": "not-medical-advice", "version": 1, "audiences": ["patient", "caregiver"], "title": "Not advice", "text": "T"},
  {"id": "emergency", "version": 1, "audiences": ["caregiver", "patient"], "title": "", "text": "T"}
]})";

std::vector<std::unique_ptr<Rule>> dis_rules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(make_dis001_missing_disclaimer());
  rules.push_back(make_dis002_unknown_disclaimer());
  rules.push_back(make_dis003_disclaimer_version());
  rules.push_back(make_dis004_registry_problem());
  return rules;
}

struct DisclaimerRun {
  explicit DisclaimerRun(Config config = {})
      : linter(dis_rules(), SchemaSet::bundled(), std::move(config), Date{2026, 11, 24}) {
    const SourceFile source("registry/disclaimers.json", kDisclaimers);
    registry_findings = linter.lint_source(source, FileKind::kDisclaimerRegistry, nullptr, &registry).findings;
  }
  // Findings of the article, sorted as the reporters print them.
  std::vector<Finding> lint(const std::string& json, bool with_registry = true) const {
    const SourceFile source("articles/example.json", json);
    std::vector<FileOutcome> outcomes;
    outcomes.push_back(linter.lint_source(source, FileKind::kArticle, with_registry ? &registry : nullptr));
    return linter.finish(std::move(outcomes)).findings;
  }
  Linter linter;
  Registry registry;
  std::vector<Finding> registry_findings;
};

std::vector<std::string> codes(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.code + " " + f.pointer);
  return out;
}

TEST(DisclaimerRules, TheTestRegistryIsClean) {
  const DisclaimerRun run;
  EXPECT_TRUE(run.registry_findings.empty());
  EXPECT_EQ(run.registry.disclaimers.size(), 3u);
}

TEST(DisclaimerRules, NoRegistryIsReportedOnceAtDisclaimers) {
  const DisclaimerRun run;
  // A patient article missing both lay disclaimers, with an unknown id and an
  // outdated pin: without a registry, only the one finding.
  const auto f = run.lint(article(R"(["patient", "clinician"])", R"(
  "disclaimers": ["professional@1", "no-such-disclaimer"],)"),
                          false);
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS002 /disclaimers"});
  EXPECT_EQ(f[0].message,
            "No disclaimers registry was found for this article (registry/disclaimers.json beside the articles/ "
            "folder, or \"registry\" in medlint.json), so its disclaimers cannot be checked.");
  EXPECT_EQ(f[0].severity, Severity::kError);
  EXPECT_EQ(f[0].start, (Position{9, 18}));
}

TEST(DisclaimerRules, NoRegistryWithoutDisclaimersIsReportedAtAudiences) {
  const DisclaimerRun run;
  const auto f = run.lint(article(R"(["patient"])", ""), false);
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS002 /audiences"});
}

TEST(DisclaimerRules, NoRegistryNamesTheConfiguredFolder) {
  Config config;
  config.registry = "site/registry/../shared-registry";
  const DisclaimerRun run(std::move(config));
  const auto f = run.lint(article(R"(["clinician"])", R"(
  "disclaimers": ["professional"],)"),
                          false);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message,
            "No disclaimers registry was found for this article (disclaimers.json in \"site/shared-registry\", the "
            "folder that \"registry\" in medlint.json names), so its disclaimers cannot be checked.");
}

TEST(DisclaimerRules, RegistryWithPeopleOnlyIsNoDisclaimerRegistry) {
  const DisclaimerRun run;
  Registry people_only;
  people_only.people_file = "registry/people.json";
  const SourceFile source("articles/example.json", article(R"(["clinician"])", R"(
  "disclaimers": ["professional"],)"));
  const auto f = run.linter.lint_source(source, FileKind::kArticle, &people_only).findings;
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS002 /disclaimers"});
}

TEST(DisclaimerRules, MissingDisclaimerListsItsAudiencesInArticleOrder) {
  const DisclaimerRun run;
  const auto f = run.lint(article(R"(["caregiver", "clinician", "patient"])", R"(
  "disclaimers": ["professional", "not-medical-advice@1"],)"));
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS001 /disclaimers"});
  // No title: the parentheses are left out.
  EXPECT_EQ(f[0].message,
            "Disclaimer \"emergency\" is required for caregiver and patient readers but is not attached. Add "
            "\"emergency\" to `disclaimers`.");
}

TEST(DisclaimerRules, RepeatedAudienceIsNamedOnce) {
  const DisclaimerRun run;
  // A repeated audience is SCH001's; DIS001 names it once.
  const auto f = run.lint(article(R"(["clinician", "clinician"])", R"(
  "disclaimers": [],)"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message,
            "Disclaimer \"professional\" (\"Professional\") is required for clinician readers but is not attached. "
            "Add \"professional\" to `disclaimers`.");
}

TEST(DisclaimerRules, DisclaimersOfTheWrongTypeAreLeftToTheSchema) {
  const DisclaimerRun run;
  EXPECT_TRUE(run.lint(article(R"(["patient"])", R"(
  "disclaimers": "emergency",)"))
                  .empty());
}

TEST(DisclaimerRules, PinsAreComparedAsNumbers) {
  const DisclaimerRun run;
  const auto f = run.lint(article(R"(["clinician"])", R"(
  "disclaimers": ["professional@99999999999999999999999", "emergency@1", "not-medical-advice@x"],)"));
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS003 /disclaimers/0"});
  EXPECT_EQ(f[0].message,
            "Disclaimer \"professional\" is pinned to version 99999999999999999999999, which does not exist: the "
            "registry's current version is 2. Correct the pin to \"professional@2\" after checking that the "
            "article shows the current text of \"Professional\".");
  EXPECT_EQ(f[0].severity, Severity::kWarning);
}

TEST(DisclaimerRules, SeverityComesFromTheConfig) {
  Config config;
  config.rules["DIS"] = Severity::kOff;
  config.rules["DIS003"] = Severity::kError;
  const DisclaimerRun run(std::move(config));
  const auto f = run.lint(article(R"(["patient"])", R"(
  "disclaimers": ["professional@1", "unknown"],)"));
  ASSERT_EQ(codes(f), std::vector<std::string>{"DIS003 /disclaimers/0"});
  EXPECT_EQ(f[0].severity, Severity::kError);
}

std::vector<Finding> lint_registry(const std::string& file, FileKind kind, const std::string& json) {
  const Linter linter(dis_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const SourceFile source(file, json);
  return linter.lint_source(source, kind).findings;
}

TEST(RegistryProblem, EmptyDisclaimersRegistryRequiresNothing) {
  const auto f = lint_registry("registry/disclaimers.json", FileKind::kDisclaimerRegistry, R"({"disclaimers": []})");
  ASSERT_EQ(f.size(), 3u);
  for (const auto& x : f) {
    EXPECT_EQ(x.pointer, "/disclaimers");
    EXPECT_EQ(x.start, (Position{1, 2}));
    EXPECT_EQ(x.end, (Position{1, 15}));
  }
  EXPECT_NE(f[0].message.find("for patient readers"), std::string::npos);
  EXPECT_NE(f[1].message.find("for caregiver readers"), std::string::npos);
  EXPECT_NE(f[2].message.find("for clinician readers"), std::string::npos);
}

TEST(RegistryProblem, EveryRepeatIsReportedAgainstTheFirst) {
  const auto f = lint_registry("registry/people.json", FileKind::kPeopleRegistry, R"({"people": [
  {"id": "a", "name": "A", "credentials": [], "roles": []},
  {"id": "a", "name": "A", "credentials": [], "roles": []},
  {"id": 7},
  {"id": "a", "name": "A", "credentials": [], "roles": []}
]})");
  ASSERT_EQ(codes(f), (std::vector<std::string>{"DIS004 /people/1/id", "DIS004 /people/3/id"}));
  EXPECT_EQ(f[1].message,
            "Person id \"a\" is already used on line 2; articles and reviews get that first entry only. Give each "
            "person their own id, or merge the entries.");
}

TEST(RegistryProblem, OnlyRegistryFilesAndOnlyTheirOwnKind) {
  // The same JSON as an article, or as the other registry: nothing.
  const std::string json = R"({"disclaimers": [{"id": "a"}, {"id": "a"}], "people": [{"id": "b"}, {"id": "b"}]})";
  for (const auto& f : lint_registry("articles/x.json", FileKind::kArticle, json)) EXPECT_NE(f.code, "DIS004");
  const auto people = lint_registry("registry/people.json", FileKind::kPeopleRegistry, json);
  ASSERT_EQ(codes(people), std::vector<std::string>{"DIS004 /people/1/id"});
  EXPECT_TRUE(lint_registry("registry/disclaimers.json", FileKind::kDisclaimerRegistry, R"([1, 2])").empty());
  EXPECT_TRUE(
      lint_registry("registry/disclaimers.json", FileKind::kDisclaimerRegistry, R"({"disclaimers": {}})").empty());
}

}  // namespace
}  // namespace medlint
