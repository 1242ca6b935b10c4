// `medlint audit` run as CI and a board member run it: the site it writes,
// its exit codes, what it refuses, hostile article text, determinism,
// audit.json against its schema, and (where Debian's Chromium and the npm
// test tools are installed, as tools/scripts/test.sh does) the pages in a
// headless browser with axe-core.
#include "json_schema.h"  // first: valijson's adapter must precede RapidJSON

#include <gtest/gtest.h>

#include <map>

#include "cli_repo.h"

namespace medlint::testing {
namespace {

using Spec = ArticleSpec;

std::string article(const Spec& s) { return article_json(s); }

// Three fictional articles: one with an uncited claim and an outdated
// guideline, one under review, one approved long ago (overdue).
void board_corpus(const Repo& repo) {
  Spec uncited("uncited-claim");
  uncited.title = "What is the fictional example syndrome?";
  uncited.sections = R"([{"kind": "guidelines", "heading": "From the Guidelines", "blocks": [
    {"type": "paragraph", "text": "The example syndrome is treated with a fictional drug. Most patients recover within a week [1]."}]}])";
  uncited.extra =
      R"("references": [{"id": 1, "type": "guideline", "title": "A fictional guideline on the example syndrome",
    "source": "Fictional Society of Examples", "year": 2015, "doi": "10.5555/fictional.2015.001"}],)";
  repo.write("content/articles/uncited-claim.json", article(uncited));

  Spec review("under-review");
  review.status = "under_review";
  review.history = R"({"status": "submitted", "date": "2026-09-01", "by": "dr-example"},
    {"status": "under_review", "date": "2026-09-10", "by": "dr-reviewer"})";
  review.dates = R"({"updated": "2026-09-01"})";
  review.sections = R"([{"kind": "guidelines", "heading": "From the Guidelines", "blocks": [
    {"type": "paragraph", "text": "A fictional statement the board accepted without a source."}]}])";
  review.extra = R"("medlint": {"ignore": [{"rule": "CIT001", "at": "/sections/0/blocks/0",
    "reason": "A fictional reason kept for the audit test."}]},)";
  repo.write("content/articles/under-review.json", article(review));

  Spec old("approved-long-ago");
  old.status = "approved";
  old.history = R"({"status": "submitted", "date": "2024-01-02", "by": "dr-example"},
    {"status": "under_review", "date": "2024-01-03", "by": "dr-reviewer"},
    {"status": "approved", "date": "2024-01-10", "by": "dr-reviewer"})";
  old.dates = R"({"updated": "2024-01-02", "reviewed": "2024-01-10"})";
  old.notices = R"(["educational-only"])";
  repo.write("content/articles/approved-long-ago.json", article(old));
}

std::map<std::string, std::string> site_files(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).string()] = read_text(e.path());
  }
  return files;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  return doc;
}

constexpr const char* kToday = " --today 2026-11-26";

TEST(Audit, WritesTheSiteAndFailsLikeCheckOnErrors) {
  Repo repo;
  board_corpus(repo);
  const Outcome r = repo.medlint(std::string("audit content --out site") + kToday);
  EXPECT_EQ(r.code, 1) << show(r);  // CIT001 and DAT004 are errors
  EXPECT_TRUE(contains(r.out, "medlint audit: 5 files, ")) << show(r);
  EXPECT_TRUE(contains(r.out, "; open site/index.html")) << show(r);
  const auto files = site_files(repo.path("site"));
  for (const char* f : {"index.html", "audit.json", "audit.csv", "assets/medlint.css", "rules/CIT001.html",
                        "rules/CIT010.html", "rules/DAT004.html"}) {
    EXPECT_TRUE(files.count(f)) << f;
  }
  std::size_t article_pages = 0;
  for (const auto& [name, text] : files) article_pages += name.starts_with("articles/") ? 1 : 0;
  EXPECT_EQ(article_pages, 5u);  // three articles and two registry files
}

TEST(Audit, ExitsZeroWhenOnlyWarningsRemain) {
  Repo repo;
  repo.article("clean-article");
  const Outcome r = repo.medlint(std::string("audit content --out site") + kToday);
  EXPECT_EQ(r.code, 0) << show(r);
}

TEST(Audit, DashboardAnswersTheBoardsQuestions) {
  Repo repo;
  board_corpus(repo);
  repo.medlint(std::string("audit content --out site") + kToday);
  const std::string index = read_text(repo.path("site/index.html"));
  // What is overdue, by how much.
  const std::size_t overdue = index.find("id=\"overdue\"");
  ASSERT_NE(overdue, std::string::npos);
  const std::string overdue_part = index.substr(overdue, index.find("id=\"due-soon\"") - overdue);
  EXPECT_TRUE(contains(overdue_part, "approved-long-ago")) << overdue_part;
  EXPECT_FALSE(contains(overdue_part, "under-review")) << overdue_part;
  // What waits for whom, and each board member's load.
  EXPECT_TRUE(contains(index, "Dr. Board Reviewer (fictional) (reviewing)"));
  EXPECT_TRUE(contains(index, "any board member to start the review"));
  EXPECT_TRUE(contains(
      index, "<td>Dr. Board Reviewer (fictional)</td><td><code>dr-reviewer</code></td><td class=\"num\">1</td>"));
  // Which claims are uncited; which sources are stale; what was suppressed and why.
  EXPECT_TRUE(contains(index, "1 of 3 claims cited (33 %)")) << index;
  EXPECT_TRUE(contains(index, "</td><td>The example syndrome is treated with a fictional drug.</td></tr>")) << index;
  EXPECT_TRUE(contains(index, "A fictional guideline on the example syndrome"));
  EXPECT_TRUE(contains(index, "doi:10.5555/fictional.2015.001"));
  EXPECT_TRUE(contains(index, "A fictional reason kept for the audit test."));
  // Each rule links to its page.
  EXPECT_TRUE(contains(index, "<a href=\"rules/CIT001.html\">CIT001</a>"));
}

TEST(Audit, ArticlePageHighlightsTheFindingWhereItIs) {
  Repo repo;
  board_corpus(repo);
  repo.medlint(std::string("audit content --out site") + kToday);
  const auto data = parse_json(read_text(repo.path("site/audit.json")));
  std::string page;
  for (const auto& a : data["articles"].GetArray()) {
    if (std::string_view(a["file"].GetString()) == "content/articles/uncited-claim.json") page = a["page"].GetString();
  }
  ASSERT_FALSE(page.empty());
  const std::string html = read_text(repo.path("site/" + page));
  EXPECT_TRUE(contains(html, "<mark class=\"m-error\">The example syndrome is treated with a fictional drug.</mark>"))
      << html;
  EXPECT_TRUE(contains(html, "uncited claim, <a href=\"#n-"));
  EXPECT_TRUE(contains(html, "href=\"https://doi.org/10.5555/fictional.2015.001\""));
}

TEST(Audit, ArticleTextNeverBecomesMarkup) {
  Repo repo;
  Spec hostile("hostile");
  hostile.title = "<script>alert(1)</script>";
  hostile.sections = R"([{"kind": "guidelines", "heading": "\"><img src=x onerror=alert(2)>", "blocks": [
    {"type": "paragraph", "text": "A fictional claim <b onclick='alert(3)'>here</b> [1]."}]}])";
  hostile.extra = R"j("references": [{"id": 1, "type": "website", "title": "</cite><script>alert(4)</script>",
    "url": "javascript:alert(5)"}],)j";
  repo.write("content/articles/<i>hostile\".json", article(hostile));
  const Outcome r = repo.medlint(std::string("audit content --out site") + kToday);
  ASSERT_LE(r.code, 1) << show(r);
  for (const auto& [name, text] : site_files(repo.path("site"))) {
    if (!name.ends_with(".html")) continue;  // audit.json and audit.csv hold the text as data
    EXPECT_FALSE(contains(text, "<script>alert")) << name;
    EXPECT_FALSE(contains(text, "<img src=x")) << name;
    EXPECT_FALSE(contains(text, "<b onclick")) << name;
    EXPECT_FALSE(contains(text, "<i>hostile")) << name;
    EXPECT_FALSE(contains(text, "href=\"javascript:")) << name;
    if (contains(name, "hostile")) {
      EXPECT_TRUE(contains(text, "&lt;script&gt;alert(1)&lt;/script&gt;")) << name;
      EXPECT_TRUE(contains(text, "&quot;&gt;&lt;img src=x")) << name;
    }
  }
}

TEST(Audit, CsvNeutralisesFormulasAndQuotes) {
  Repo repo;
  Spec s("formula");
  s.title = "=HYPERLINK(\\\"http://example.invalid\\\", \\\"click\\\")";
  repo.write("content/articles/formula.json", article(s));
  repo.medlint(std::string("audit content --out site") + kToday);
  const std::string csv = read_text(repo.path("site/audit.csv"));
  EXPECT_TRUE(
      csv.starts_with("id,title,audiences,status,created,updated,last review,days until due,claims,"
                      "cited claims,errors,warnings,suppressions,file\r\n"))
      << csv;
  EXPECT_TRUE(
      contains(csv, "formula,\"'=HYPERLINK(\"\"http://example.invalid\"\", \"\"click\"\")\",clinician,submitted,"))
      << csv;
}

TEST(Audit, JsonMatchesItsSchema) {
  Repo repo;
  board_corpus(repo);
  repo.write("content/articles/broken.json", "{\"id\": ");
  repo.medlint(std::string("audit content --out site") + kToday);
  const auto schema = parse_json(read_text(fs::path(MEDLINT_SOURCE_DIR) / "schemas/audit.schema.json"));
  ASSERT_FALSE(schema.HasParseError());
  const auto data = parse_json(read_text(repo.path("site/audit.json")));
  ASSERT_FALSE(data.HasParseError());
  const std::vector<std::string> errors = validate(schema, data);
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(data["totals"]["articles"].GetUint(), 4u);
  EXPECT_EQ(data["totals"]["overdue"].GetUint(), 1u);
  EXPECT_EQ(data["flaggedSources"].Size(), 1u);
  EXPECT_EQ(data["suppressions"].Size(), 1u);
}

TEST(Audit, IsByteForByteTheSameRunToRun) {
  Repo repo;
  board_corpus(repo);
  repo.medlint(std::string("audit content --out one") + kToday);
  repo.medlint(std::string("audit content --out two") + kToday);
  const auto one = site_files(repo.path("one"));
  EXPECT_GT(one.size(), 8u);
  EXPECT_TRUE(one == site_files(repo.path("two")));
}

TEST(Audit, ListsBaselineEntriesInForceInsteadOfCountingThem) {
  Repo repo;
  board_corpus(repo);
  ASSERT_LE(repo.medlint(std::string("baseline known.json content") + kToday).code, 1);
  const Outcome r = repo.medlint(std::string("audit content --out site --baseline known.json") + kToday);
  EXPECT_EQ(r.code, 0) << show(r);
  const auto data = parse_json(read_text(repo.path("site/audit.json")));
  EXPECT_EQ(data["totals"]["errors"].GetUint(), 0u);
  EXPECT_GE(data["baseline"].Size(), 2u);
  EXPECT_TRUE(contains(read_text(repo.path("site/index.html")), "Baseline entries in force"));
}

TEST(Audit, RefusesAFolderThatIsNotAnEarlierAudit) {
  Repo repo;
  repo.article("clean-article");
  repo.write("notes/keep.txt", "mine");
  Outcome r = repo.medlint(std::string("audit content --out notes") + kToday);
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "holds other files")) << show(r);
  EXPECT_EQ(site_files(repo.path("notes")).size(), 1u);
  fs::create_directory_symlink(repo.path("notes"), repo.path("linked"));
  r = repo.medlint(std::string("audit content --out linked") + kToday);
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "symbolic link")) << show(r);
  r = repo.medlint("audit content");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "--out")) << show(r);
}

TEST(Audit, RewritesAnEarlierAuditAndDropsItsStalePages) {
  Repo repo;
  board_corpus(repo);
  // The site inside the checked folder is never read as articles.
  ASSERT_LE(repo.medlint(std::string("audit content --out content/site") + kToday).code, 1);
  const auto before = site_files(repo.path("content/site"));
  fs::remove(repo.path("content/articles/under-review.json"));
  const Outcome r = repo.medlint(std::string("audit content --out content/site") + kToday);
  EXPECT_TRUE(contains(r.out, "medlint audit: 4 files")) << show(r);
  const auto after = site_files(repo.path("content/site"));
  EXPECT_EQ(after.size() + 1, before.size());
  for (const auto& [name, text] : after) EXPECT_FALSE(contains(name, "under-review")) << name;
}

TEST(Audit, AFullDiskIsAnErrorNotAHalfSite) {
  Repo repo;
  board_corpus(repo);
  RunOptions full;
  full.max_file_bytes = 4000;  // the dashboard is larger: its write fails as on a full disk
  const Outcome r = repo.medlint(std::string("audit content --out site") + kToday, full);
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "cannot write")) << show(r);
  EXPECT_FALSE(fs::exists(repo.path("site/index.html")));
}

// The pages in Debian's Chromium: DOM, links, requests, axe-core, screenshots.
TEST(AuditBrowser, DashboardAndArticlePageInHeadlessChromium) {
  const char* modules = std::getenv("MEDLINT_BROWSER_DIR");
  const char* chromium = std::getenv("CHROMIUM");
  const std::string browser = chromium && *chromium ? chromium : "/usr/bin/chromium";
  if (!modules || !fs::exists(fs::path(modules) / "node_modules/puppeteer-core") || !fs::exists(browser)) {
    GTEST_SKIP() << "no headless browser: install Debian's chromium and run `npm ci` in MEDLINT_BROWSER_DIR "
                    "(tools/scripts/test.sh does both)";
  }
  Repo repo;
  board_corpus(repo);
  Spec hostile("hostile");
  hostile.title = "<script>alert(1)</script>";
  hostile.extra =
      R"j("references": [{"id": 1, "type": "website", "title": "<img src=x onerror=alert(2)>", "url": "javascript:alert(3)"}],)j";
  repo.write("content/articles/hostile.json", article(hostile));
  ASSERT_LE(repo.medlint(std::string("audit content --out site") + kToday).code, 1);
  const auto data = parse_json(read_text(repo.path("site/audit.json")));
  std::string page, hostile_page;
  for (const auto& a : data["articles"].GetArray()) {
    const std::string_view file = a["file"].GetString();
    if (file == "content/articles/uncited-claim.json") page = a["page"].GetString();
    if (file == "content/articles/hostile.json") hostile_page = a["page"].GetString();
  }
  const fs::path shots = fs::path(MEDLINT_BINARY).parent_path().parent_path().parent_path() / "screenshots";
  const std::string cmd = "MEDLINT_BROWSER_DIR='" + std::string(modules) + "' CHROMIUM='" + browser +
                          "' timeout 120 node '" + std::string(MEDLINT_SOURCE_DIR) +
                          "/tests/browser/audit_site.mjs' '" + repo.path("site").string() + "' '" + shots.string() +
                          "' '" + page + "' 'The example syndrome is treated with a fictional drug.' '" + hostile_page +
                          "' > '" + repo.path("browser.log").string() + "' 2>&1";
  const int status = std::system(cmd.c_str());
  const std::string log = read_text(repo.path("browser.log"));
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << log;
  EXPECT_TRUE(contains(log, "\"problems\":[]")) << log;
  EXPECT_TRUE(fs::exists(shots / "dashboard.png") && fs::exists(shots / "article.png")) << log;
}

}  // namespace
}  // namespace medlint::testing
