// check --shard K/N and medlint merge through the real binary: the shards'
// JSON reports merge into exactly the report of the unsharded run, in every
// format, and merge refuses anything that is not every shard of one run
// (a missing shard would pass its articles unchecked).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "cli_repo.h"
#include "medlint/load/rapidjson.h"

namespace {

namespace fs = std::filesystem;
using namespace medlint::testing;

const std::string kToday = " --today 2026-11-24";

// Every kind of outcome: uncited claims, a suppression, broken JSON, a file
// that cannot be read, one too large, a registry with a finding of its own,
// and ids used twice (ART002), which shards must compare across.
void fill(const Repo& repo) {
  repo.write("medlint.json", R"({"paths": ["content"], "maxFileSize": 4000})");
  for (int i = 0; i < 24; ++i) {
    const ArticleSpec spec = corpus_article(i, 3, 6);
    repo.write("content/articles/" + spec.id + ".json", article_json(spec));
  }
  for (int i = 0; i < 6; ++i) {  // the same ids again, in other folders
    repo.write("content/articles/copy" + std::to_string(i) + "/article-" + std::to_string(i) + ".json",
               Repo::clean_article("article-" + std::to_string(i)));
  }
  repo.write("content/articles/broken.json", "{\"id\": \"broken\",");
  repo.write("content/articles/large.json", std::string(5000, ' '));
  fs::create_symlink("nowhere.json", repo.path("content/articles/gone.json"));
  std::string people = read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry/people.json");
  people.replace(people.find("\"people\""), 8, "\"people\", \"extra\": 1, \"people\"");
  repo.write("content/registry/people.json", people);
}

// Runs the N shards, each writing its JSON report; their file names.
std::vector<std::string> run_shards(const Repo& repo, int n, const std::string& more = "") {
  std::vector<std::string> reports;
  for (int k = 0; k < n; ++k) {
    const std::string report = "shard-" + std::to_string(k) + "-of-" + std::to_string(n) + ".json";
    const Outcome r = repo.medlint("check" + kToday + " --shard " + std::to_string(k) + "/" + std::to_string(n) +
                                   " --format json=" + report + more);
    EXPECT_TRUE(r.code == 1 || r.code == 2) << show(r);  // 2: the shard with the unreadable file
    reports.push_back(report);
  }
  return reports;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += " " + s;
  return out;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  return d;
}

TEST(Shards, MergedReportsAreTheUnshardedReport) {
  Repo repo;
  fill(repo);
  for (const int n : {1, 2, 3, 5}) {
    SCOPED_TRACE("N = " + std::to_string(n));
    const std::vector<std::string> reports = run_shards(repo, n);
    for (const char* format : {"json", "sarif", "text", "junit", "github"}) {
      SCOPED_TRACE(format);
      const Outcome whole = repo.medlint("check" + kToday + " --format " + format);
      ASSERT_EQ(whole.code, 2) << show(whole);
      const Outcome merged = repo.medlint("merge" + joined(reports) + " --format " + format);
      EXPECT_EQ(merged.code, whole.code);
      EXPECT_EQ(merged.out, whole.out);
      EXPECT_EQ(merged.err, whole.err);
    }
    for (const std::string& r : reports) fs::remove(repo.path(r));
  }
}

// Each article is in exactly one shard, and the merge finds duplicate ids
// that no single shard saw.
TEST(Shards, EachArticleIsInOneShardAndMergeComparesIdsAcrossThem) {
  Repo repo;
  fill(repo);
  const std::vector<std::string> reports = run_shards(repo, 5);
  std::multiset<std::string> articles;
  std::size_t art002_in_shards = 0;
  for (const std::string& r : reports) {
    const auto d = parse_json(read_text(repo.path(r)));
    ASSERT_TRUE(d.IsObject());
    for (const auto& f : d["shard"]["files"].GetArray()) {
      const std::string file = f.GetString();
      if (file.find("/registry/") == std::string::npos) articles.insert(file);
    }
    for (const auto& f : d["findings"].GetArray()) art002_in_shards += std::string(f["code"].GetString()) == "ART002";
  }
  const auto whole = parse_json(repo.medlint("check" + kToday + " --format json").out);
  std::size_t art002 = 0;
  std::multiset<std::string> checked;
  for (const auto& f : whole["findings"].GetArray()) art002 += std::string(f["code"].GetString()) == "ART002";
  EXPECT_EQ(articles.size(), 24u + 6u + 3u);  // + broken, large, gone
  for (const std::string& a : articles) EXPECT_EQ(articles.count(a), 1u) << a;
  EXPECT_EQ(art002, 6u);  // each copy names the first
  EXPECT_LT(art002_in_shards, art002) << "no shard sees every duplicate: merge must compare across shards";
}

TEST(Shards, MergeAppliesTheBaselineAndQuiet) {
  Repo repo;
  fill(repo);
  fs::remove(repo.path("content/articles/gone.json"));  // a baseline is not written over an unreadable file
  const Outcome written = repo.medlint("baseline base.json content" + kToday);
  ASSERT_EQ(written.code, 0) << show(written);
  repo.write("content/articles/article-0.json",
             read_text(repo.path("content/articles/article-0.json")).replace(0, 1, "{\"new\": 1, "));
  const std::vector<std::string> reports = run_shards(repo, 3);
  const Outcome whole = repo.medlint("check" + kToday + " --baseline base.json --quiet --format json");
  const Outcome merged = repo.medlint("merge" + joined(reports) + " --baseline base.json --quiet --format json");
  EXPECT_EQ(merged.out, whole.out);
  EXPECT_EQ(merged.code, whole.code);
  EXPECT_EQ(merged.err, whole.err);
  EXPECT_TRUE(contains(merged.out, "\"baseline\"")) << show(merged);
  EXPECT_TRUE(contains(merged.out, "\"code\": \"SCH001\"")) << show(merged);  // the new finding
  EXPECT_FALSE(contains(merged.out, "\"severity\": \"warning\"")) << show(merged);
}

// Anything but every shard of one run, once, is refused: exit 2 and why.
TEST(Shards, MergeRefusesWhatIsNotEveryShardOfOneRun) {
  Repo repo;
  fill(repo);
  const std::vector<std::string> three = run_shards(repo, 3);
  const std::vector<std::string> two = run_shards(repo, 2);
  repo.medlint("check" + kToday + " --format json=plain.json");
  repo.medlint("check --today 2026-11-25 --shard 2/3 --format json=other-day.json");
  repo.medlint("check content/articles" + kToday + " --shard 2/3 --format json=other-paths.json");
  repo.write("broken.json", read_text(repo.path(three[2])).substr(0, 100));
  std::string wrong = read_text(repo.path(three[2]));
  wrong.replace(wrong.find("\"count\": 3"), 10, "\"count\": \"3\"");
  repo.write("wrong-type.json", wrong);
  struct Case {
    std::string args;
    std::string error;
  };
  const Case cases[] = {
      {three[0] + " " + three[1], "the report of shard 2 (of 0 to 2) is missing"},
      {three[0], "the reports of shards 1, 2 (of 0 to 2) are missing"},
      {joined(three) + " " + three[1], "shard 1 is given twice"},
      {three[0] + " " + three[1] + " " + two[1], "are not shards of one run: their shard counts differ"},
      {three[0] + " " + three[1] + " other-day.json", "their --today dates differ"},
      {three[0] + " " + three[1] + " other-paths.json", "the paths they checked differ"},
      {"plain.json", "it has no \"shard\" member"},
      {three[0] + " " + three[1] + " broken.json", "it is not well-formed JSON"},
      {three[0] + " " + three[1] + " wrong-type.json", "is not a shard report"},
      {"nothing.json", "cannot read shard report 'nothing.json'"},
      {"", "merge needs the JSON report of every shard"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args);
    const Outcome r = repo.medlint("merge " + c.args);
    EXPECT_EQ(r.code, 2) << show(r);
    EXPECT_TRUE(contains(r.err, c.error)) << show(r);
    EXPECT_EQ(r.out, "");
  }
  repo.write("medlint.json", R"({"paths": ["content"], "maxFileSize": 4001})");
  const Outcome config = repo.medlint("merge" + joined(three));
  EXPECT_EQ(config.code, 2);
  EXPECT_TRUE(contains(config.err, "the shards ran with another config than this merge")) << show(config);
}

TEST(Shards, ShardFlagsThatWouldDropFindingsAreRefused) {
  Repo repo;
  fill(repo);
  const struct {
    const char* args;
    const char* error;
  } cases[] = {
      {"check --shard 3/3 --format json=s.json", "--shard needs K/N with 0 <= K < N <= 1024"},
      {"check --shard 1/0 --format json=s.json", "--shard needs K/N"},
      {"check --shard x --format json=s.json", "--shard needs K/N"},
      {"check --shard 0/2", "write the JSON report (--format json=FILE) for medlint merge"},
      {"check --shard 0/2 --format json=s.json --quiet", "give --quiet to medlint merge"},
      {"check --shard 0/2 --format json=s.json --baseline b.json", "give --baseline to medlint merge"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.args);
    const Outcome r = repo.medlint(c.args);
    EXPECT_EQ(r.code, 2) << show(r);
    EXPECT_TRUE(contains(r.err, c.error)) << show(r);
  }
}

}  // namespace
