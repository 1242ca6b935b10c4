// `medlint fix`: each fix on an article written out byte for byte (before and
// after), so that nothing outside the fixed spans may change; the result
// checked clean for the rule; a second run changes nothing; --dry-run changes
// nothing and prints a diff that git applies to the same result.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli_repo.h"

namespace {

namespace fs = std::filesystem;
using namespace medlint::testing;

constexpr const char* kFile = "content/articles/example-article.json";

// An article around `body` (members between "audiences" and "sections"), in
// a layout of its own: CRLF line ends and tabs, which a fix must keep.
std::string article(const std::string& audiences, const std::string& body, const std::string& sections,
                    const std::string& eol = "\r\n") {
  return "{" + eol + "\t\"id\": \"example-article\"," + eol + "\t\"title\": \"What is an example condition?\"," + eol +
         "\t\"audiences\": " + audiences + "," + eol + "\t\"authors\": [\"dr-example\"]," + eol +
         "\t\"dates\": {\"updated\": \"2026-10-01\"}," + eol + body + "\t\"sections\": " + sections + eol + "}" + eol;
}

const std::string kReview =
    "\t\"review\": {\"status\": \"submitted\", \"history\": [{\"status\": \"submitted\", \"date\": \"2026-10-01\", "
    "\"by\": \"dr-example\"}]},\r\n";
const std::string kProse =
    R"([{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "A fictional text."}]}])";

class Fix : public ::testing::Test {
 protected:
  std::string text() const { return read_text(repo.path(kFile)); }
  Outcome medlint(const std::string& args) const { return repo.medlint(args + " --today 2026-11-24"); }
  // `medlint fix` turns `before` into exactly `after`, reports no finding
  // of `code` any more, and a second run changes nothing.
  void expect_fixed(const std::string& before, const std::string& after, const std::string& code) {
    repo.write(kFile, before);
    const Outcome dry = medlint("fix --dry-run content");
    EXPECT_EQ(dry.code, 1) << show(dry);
    EXPECT_EQ(text(), before) << "--dry-run changed the file";
    const Outcome r = medlint("fix content");
    EXPECT_EQ(text(), after) << show(r);
    EXPECT_TRUE(contains(r.err, code)) << show(r);
    EXPECT_FALSE(contains(r.out, "[" + code + " ")) << show(r);
    const Outcome again = medlint("fix --dry-run content");
    EXPECT_EQ(again.code, 0) << show(again);
    EXPECT_EQ(again.out, "");
    EXPECT_TRUE(contains(again.err, "nothing to fix")) << show(again);
    // The dry run's diff, applied by git to the original, gives the same file.
    repo.write(kFile, before);
    repo.write("fix.diff", medlint("fix --dry-run content").out);
    const std::string apply = "cd '" + repo.root().string() + "' && git apply fix.diff 2>&1";
    EXPECT_EQ(std::system(apply.c_str()), 0);
    EXPECT_EQ(text(), after) << "git apply of the --dry-run diff";
  }
  Repo repo;
};

TEST_F(Fix, RenumbersReferencesInOrderOfFirstCitationEverywhere) {
  const std::string sections =
      "[{\"kind\": \"research\", \"heading\": \"R\", \"blocks\": [\r\n\t\t{\"type\": \"paragraph\", \"text\": "
      "\"Cooling helped [3]. Fluids [1\\u20133] and drugs [2, 3] did too.\"},\r\n\t\t{\"type\": \"list\", "
      "\"lead\": \"Also:\", \"cites\": [2], \"items\": [\"Rest\"]}]}]";
  const std::string refs =
      ",\r\n\t\"references\": [\r\n"
      "\t\t{\"id\": 1, \"type\": \"rct\", \"title\": \"A fictional trial A\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.a\"},\r\n"
      "\t\t{\"id\": 2,   \"type\": \"rct\", \"title\": \"A fictional trial B\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.b\"},\r\n"
      "\t\t{\"id\": 3, \"type\": \"rct\", \"title\": \"A fictional trial C\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.c\"}\r\n\t]";
  const std::string body = kReview + "\t\"notices\": [\"educational-only\", \"pending-review\"],\r\n" +
                           "\t\"disclaimers\": [\"professional\"],\r\n";
  std::string before = article(R"(["clinician"])", body, sections + refs);
  const std::string fixed_sections =
      "[{\"kind\": \"research\", \"heading\": \"R\", \"blocks\": [\r\n\t\t{\"type\": \"paragraph\", \"text\": "
      "\"Cooling helped [1]. Fluids [1\\u20133] and drugs [1, 3] did too.\"},\r\n\t\t{\"type\": \"list\", "
      "\"lead\": \"Also:\", \"cites\": [3], \"items\": [\"Rest\"]}]}]";
  const std::string fixed_refs =
      ",\r\n\t\"references\": [\r\n"
      "\t\t{\"id\": 1, \"type\": \"rct\", \"title\": \"A fictional trial C\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.c\"},\r\n"
      "\t\t{\"id\": 2, \"type\": \"rct\", \"title\": \"A fictional trial A\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.a\"},\r\n"
      "\t\t{\"id\": 3,   \"type\": \"rct\", \"title\": \"A fictional trial B\", \"year\": 2023, \"doi\": "
      "\"10.5555/fictional.b\"}\r\n\t]";
  expect_fixed(before, article(R"(["clinician"])", body, fixed_sections + fixed_refs), "CIT004");
}

TEST_F(Fix, AddsAMissingNoticeAndRemovesAStaleOne) {
  const std::string no_notice = kReview + "\t\"notices\": [\r\n\t\t\"educational-only\"\r\n\t],\r\n" +
                                "\t\"disclaimers\": [\"professional\"],\r\n";
  const std::string with_notice =
      kReview + "\t\"notices\": [\r\n\t\t\"educational-only\",\r\n\t\t\"pending-review\"\r\n\t],\r\n" +
      "\t\"disclaimers\": [\"professional\"],\r\n";
  expect_fixed(article(R"(["clinician"])", no_notice, kProse), article(R"(["clinician"])", with_notice, kProse),
               "REV005");
}

TEST_F(Fix, AddsTheNoticesListWhenThereIsNone) {
  const std::string body = kReview + "\t\"disclaimers\": [\"professional\"],\r\n";
  const std::string before = article(R"(["clinician"])", body, kProse);
  std::string after = before;
  after.replace(after.rfind("\r\n}"), 3, ",\r\n\t\"notices\": [\"pending-review\"]\r\n}");
  expect_fixed(before, after, "REV005");
}

TEST_F(Fix, AttachesEveryMissingDisclaimer) {
  const std::string body = kReview + "\t\"notices\": [\"educational-only\", \"pending-review\"],\r\n" +
                           "\t\"disclaimers\": [\"professional\"],\r\n";
  const std::string after_body = kReview + "\t\"notices\": [\"educational-only\", \"pending-review\"],\r\n" +
                                 "\t\"disclaimers\": [\"professional\", \"emergency\", \"not-medical-advice\"],\r\n";
  expect_fixed(article(R"(["clinician", "patient"])", body, kProse),
               article(R"(["clinician", "patient"])", after_body, kProse), "DIS001");
}

TEST_F(Fix, RewritesDosesAndAbbreviationsWithOneCorrectForm) {
  const std::string body = kReview + "\t\"notices\": [\"educational-only\", \"pending-review\"],\r\n" +
                           "\t\"disclaimers\": [\"professional\"],\r\n";
  const auto prose = [](const std::string& text) {
    return R"([{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": ")" + text + "\"}]}]";
  };
  expect_fixed(article(R"(["clinician"])", body, prose("Give 5.0mg QD, or .5 mg with 5 cc at 38\\u00b0C.")),
               article(R"(["clinician"])", body, prose("Give 5 mg daily, or 0.5 mg with 5 mL at 38 \\u00b0C.")),
               "LNG002");
}

TEST_F(Fix, RuleLimitsTheFixesAndMSIsLeftToTheWriter) {
  const std::string body = kReview + "\t\"notices\": [\"educational-only\", \"pending-review\"],\r\n" +
                           "\t\"disclaimers\": [\"professional\"],\r\n";
  const auto prose = [](const std::string& text) {
    return R"([{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": ")" + text + "\"}]}]";
  };
  repo.write(kFile, article(R"(["clinician"])", body, prose("Give MS 4 mg QD, or 5.0 mg.")));
  const Outcome r = medlint("fix --rule LNG002 content");
  EXPECT_EQ(r.code, 1) << show(r);
  EXPECT_EQ(text(), article(R"(["clinician"])", body, prose("Give MS 4 mg QD, or 5 mg.")));
  EXPECT_TRUE(contains(r.out, "\"MS\"")) << show(r);  // no single correct form: reported, not fixed
  EXPECT_TRUE(contains(r.out, "\"QD\"")) << show(r);  // another rule's: left for a run without --rule
  const Outcome unknown = medlint("fix --rule SCH001 content");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_TRUE(contains(unknown.err, "no rule with fixes")) << show(unknown);
}

TEST_F(Fix, NeitherWritesThroughASymlinkNorTouchesABrokenFile) {
  const std::string broken = "{\"id\": \"example-article\", \"title\": \"5.0mg QD\"";
  repo.write(kFile, broken);
  const Outcome r = medlint("fix content");
  EXPECT_EQ(r.code, 1) << show(r);
  EXPECT_EQ(text(), broken);
  repo.write("outside/target.json", article(R"(["clinician"])", kReview, kProse));
  fs::remove(repo.path(kFile));
  fs::create_symlink(repo.path("outside/target.json"), repo.path(kFile));
  const std::string target = read_text(repo.path("outside/target.json"));
  const Outcome through = medlint("fix " + std::string(kFile));
  EXPECT_EQ(through.code, 2) << show(through);
  EXPECT_TRUE(contains(through.err, "symbolic link")) << show(through);
  EXPECT_EQ(read_text(repo.path("outside/target.json")), target);
  EXPECT_TRUE(fs::is_symlink(repo.path(kFile)));
}

}  // namespace
