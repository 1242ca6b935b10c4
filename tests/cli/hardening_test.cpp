// Hostile and unlucky input, run through the real binary as CI runs it
// (issue 9): each test is one probe that once passed silently, hung, blew
// up, forged output or clobbered a file. Every run has a time limit, so a
// regression fails its test instead of hanging the job. MEDLINT_TEST_BINARY
// points the suite at another build (to see the probes fail on an old one).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "files.h"
#include "medlint/load/rapidjson.h"
#include "sample.h"
#include "medlint/base/utf8.h"

#include "cli_repo.h"

namespace {

namespace fs = std::filesystem;
using namespace medlint::testing;

// ---------------------------------------------------------------------------
// Silent passes

// 1. A folder that cannot be read is reported, and the walk goes on.
TEST(Hardening, UnreadableSubfolderIsReportedAndTheWalkGoesOn) {
  Repo repo;
  for (int i = 0; i < 50; ++i) repo.article("article-" + std::to_string(100 + i));
  repo.article("hidden-in-locked", "content/articles/locked");
  fs::permissions(repo.path("content/articles/locked"), fs::perms::none);
  const Outcome r = repo.medlint("check content --today 2026-11-24", as_nobody());
  fs::permissions(repo.path("content/articles/locked"), fs::perms::owner_all);
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "cannot read folder 'content/articles/locked': Permission denied")) << show(r);
  EXPECT_TRUE(contains(r.out, "content/articles/locked: error: This folder could not be read")) << show(r);
  EXPECT_TRUE(contains(r.out, "in 52 files checked; 1 path could not be read.")) << show(r);  // 50 + 2 registries
}

// 2. A file that cannot be read shows in every output format, never as a pass.
TEST(Hardening, UnreadableFileIsAnErrorInEveryFormat) {
  Repo repo;
  repo.article("present");
  fs::create_symlink("nowhere.json", repo.path("content/articles/gone.json"));
  const Outcome text = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(text.code, 2) << show(text);
  EXPECT_TRUE(contains(text.out, "content/articles/gone.json: error: This file could not be read")) << show(text);
  EXPECT_FALSE(contains(text.out, "No problems found")) << show(text);

  const Outcome json = repo.medlint("check content --today 2026-11-24 --format json");
  rapidjson::Document d;
  d.Parse(json.out.data(), json.out.size());
  ASSERT_FALSE(d.HasParseError()) << show(json);
  EXPECT_EQ(d["summary"]["errors"].GetUint(), 1u);
  EXPECT_EQ(d["summary"]["unreadable"].GetUint(), 1u);
  EXPECT_STREQ(d["findings"][0]["code"].GetString(), "MED002");
  EXPECT_STREQ(d["findings"][0]["file"].GetString(), "content/articles/gone.json");

  const Outcome junit = repo.medlint("check content --today 2026-11-24 --format junit");
  EXPECT_TRUE(contains(junit.out,
                       "<testcase classname=\"medlint\" name=\"content/articles/gone.json\" time=\"0\">\n"
                       "      <error "))
      << show(junit);
  const Outcome sarif = repo.medlint("check content --today 2026-11-24 --format sarif");
  EXPECT_TRUE(contains(sarif.out, "\"ruleId\": \"MED002\"")) << show(sarif);
  const Outcome github = repo.medlint("check content --today 2026-11-24 --format github");
  EXPECT_TRUE(contains(github.out, "::error file=content/articles/gone.json,title=MED002")) << show(github);
}

// 3. A duplicate key cannot be silenced: not inline, not by config, not by a baseline.
TEST(Hardening, DuplicateKeysCannotBeSuppressed) {
  Repo repo;
  std::string a = Repo::clean_article("smuggled");
  const std::string status = "\"status\": \"submitted\",";
  a.replace(a.find(status), status.size(), status + " \"status\": \"approved\",");
  a.replace(a.rfind('}'), 1, ",\n  \"medlint\": {\"ignore\": [{\"rule\": \"JSON003\", \"reason\": \"trust me\"}]}\n}");
  repo.write("content/articles/smuggled.json", a);
  const Outcome inline_ignore = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(inline_ignore.code, 1) << show(inline_ignore);
  EXPECT_TRUE(contains(inline_ignore.out, "[JSON003 duplicate-key]")) << show(inline_ignore);
  EXPECT_TRUE(contains(inline_ignore.out, "JSON003 cannot be suppressed")) << show(inline_ignore);

  repo.write("medlint.json", R"({"rules": {"JSON003": "off"}})");
  const Outcome config = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(config.code, 2) << show(config);
  EXPECT_TRUE(contains(config.err, "\"JSON003\" cannot be changed")) << show(config);
  repo.write("medlint.json", R"({"rules": {"JSON": "warning"}})");
  EXPECT_EQ(repo.medlint("check content --today 2026-11-24").code, 2);
  fs::remove(repo.path("medlint.json"));

  EXPECT_EQ(repo.medlint("baseline base.json content --today 2026-11-24").code, 0);
  const Outcome baselined = repo.medlint("check content --today 2026-11-24 --baseline base.json");
  EXPECT_EQ(baselined.code, 1) << show(baselined);
  EXPECT_TRUE(contains(baselined.out, "[JSON003 duplicate-key]")) << show(baselined);
}

// 4. A lone low surrogate escape is an encoding error, at the escape.
TEST(Hardening, LoneSurrogatesAreEncodingErrors) {
  Repo repo;
  std::string a = Repo::clean_article("surrogate");
  a.replace(a.find("What is"), 7, "What \\udc00 is");
  repo.write("content/articles/surrogate.json", a);
  const Outcome r = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(r.code, 1) << show(r);
  EXPECT_TRUE(contains(r.out, "surrogate.json:3:18: error: The escape \\udc00 is half of a UTF-16 surrogate pair"))
      << show(r);
}

// 5. A baseline entry hides only the problem it was written for.
TEST(Hardening, BaselineTellsProblemsAtOnePlaceApart) {
  Repo repo;
  std::string a = Repo::clean_article("refs");
  a.replace(a.rfind('}'), 1, ",\n  \"references\": [{\"id\": 1, \"type\": \"rct\"}]\n}");
  repo.write("content/articles/refs.json", a);
  EXPECT_EQ(repo.medlint("baseline base.json content --today 2026-11-24").code, 0);
  EXPECT_EQ(repo.medlint("check content --today 2026-11-24 --baseline base.json").code, 0);
  const std::string missing_type =
      std::string(a).replace(a.find("\"type\": \"rct\""), 13, "\"title\": \"A fictional trial\"");
  repo.write("content/articles/refs.json", missing_type);
  const Outcome r = repo.medlint("check content --today 2026-11-24 --baseline base.json");
  EXPECT_EQ(r.code, 1) << show(r);
  EXPECT_TRUE(contains(r.out, "missing the required property \"type\"")) << show(r);
}

// 6. A retraction list that went wrong is refused with its line, not shortened.
TEST(Hardening, MalformedRetractionCsvIsRefusedWithItsLine) {
  Repo repo;
  repo.article("plain");
  repo.write("rw.csv",
             "Record ID,RetractionNature,OriginalPaperDOI,OriginalPaperPubMedID\n"
             "1,Retraction,10.5555/one,0,\"an unterminated note\n"
             "2,Retraction,10.5555/two,0\n");
  repo.write("medlint.json", R"({"retractions": "rw.csv"})");
  const Outcome r = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "line 2: a quoted cell is never closed")) << show(r);
}

// 7. A custom schema that would accept everything or crash is refused, named.
TEST(Hardening, UnusableCustomSchemasAreRefusedWithTheirPosition) {
  Repo repo;
  repo.article("plain");
  repo.write("medlint.json", R"({"schemas": {"article": "custom.json"}})");
  const std::pair<const char*, const char*> cases[] = {
      {"false", "custom.json:1:1: the schema is `false`"},
      {R"({"$ref": "#"})", "custom.json:1:10: this `$ref`"},
      {R"({"definitions": {"a": {"allOf": [{"$ref": "#/definitions/a"}]}}, "$ref": "#/definitions/a"})",
       "custom.json:1:"},
      {R"({"properties": {"id": {"pattern": "(?<=a)b"}}})", "`pattern` is not a regular expression"},
  };
  for (const auto& [schema, expected] : cases) {
    repo.write("custom.json", schema);
    const Outcome r = repo.medlint("check content --today 2026-11-24", within(30));
    EXPECT_EQ(r.code, 2) << schema << "\n" << show(r);
    EXPECT_TRUE(contains(r.err, expected)) << schema << "\n" << show(r);
  }
}

// 8. A report that cannot be written is not a verdict.
TEST(Hardening, FailedWritesToStandardOutputExit2) {
  Repo repo;
  repo.article("plain");
  for (const char* args :
       {"check content --today 2026-11-24 --format json", "rules", "explain CIT001", "claims content"}) {
    const Outcome r = repo.medlint(args, stdout_to("/dev/full"));
    EXPECT_EQ(r.code, 2) << args << "\n" << show(r);
    EXPECT_TRUE(contains(r.err, "cannot write")) << args << "\n" << show(r);
  }
}

// ---------------------------------------------------------------------------
// Hangs and blow-ups

// 9. A FIFO anywhere medlint reads is refused, never opened for a blocking read.
TEST(Hardening, FifosAreRefusedWithoutWaiting) {
  Repo repo;
  repo.article("plain");
  ASSERT_EQ(::mkfifo(repo.path("content/articles/pipe.json").c_str(), 0644), 0);
  const Outcome article = repo.medlint("check content --today 2026-11-24", within(20));
  EXPECT_EQ(article.code, 2) << show(article);
  EXPECT_TRUE(contains(article.err, "pipe.json': not a regular file (a FIFO)")) << show(article);
  fs::remove(repo.path("content/articles/pipe.json"));

  ASSERT_EQ(::mkfifo(repo.path("fifo").c_str(), 0644), 0);
  for (const char* config :
       {R"({"retractions": "fifo"})", R"({"schemas": {"article": "fifo"}})", R"({"registry": "reg"})"}) {
    repo.write("medlint.json", config);
    fs::create_directories(repo.path("reg"));
    if (!fs::exists(repo.path("reg/people.json"))) ::mkfifo(repo.path("reg/people.json").c_str(), 0644);
    const Outcome r = repo.medlint("check content --today 2026-11-24", within(20));
    EXPECT_EQ(r.code, 2) << config << "\n" << show(r);
  }
  fs::remove(repo.path("medlint.json"));
  const Outcome baseline = repo.medlint("check content --today 2026-11-24 --baseline fifo", within(20));
  EXPECT_EQ(baseline.code, 2) << show(baseline);
  const Outcome config = repo.medlint("check content --today 2026-11-24 --config fifo", within(20));
  EXPECT_EQ(config.code, 2) << show(config);
  const Outcome stdin_dir = repo.medlint("check --stdin-filename content/articles/x.json", stdin_from("/"));
  EXPECT_EQ(stdin_dir.code, 2) << show(stdin_dir);
  EXPECT_TRUE(contains(stdin_dir.err, "standard input is a directory")) << show(stdin_dir);
}

// 10. uniqueItems is linear: thousands of repeats take moments, not minutes.
TEST(Hardening, RepeatedItemsAreCheckedInLinearTime) {
  Repo repo;
  std::string notices;
  for (int i = 0; i < 8000; ++i) notices += std::string(i ? ", " : "") + "\"educational-only\"";
  std::string a = Repo::clean_article("repeats");
  a.replace(a.find("\"educational-only\", \"pending-review\""), 36, notices);
  repo.write("content/articles/repeats.json", a);
  const Outcome r = repo.medlint("check content --today 2026-11-24 --quiet --format json", within(60));
  ASSERT_EQ(r.code, 1) << show(r).substr(0, 2000);
  std::size_t repeats = 0;
  for (std::size_t at = r.out.find("(JSON Schema `uniqueItems`)"); at != std::string::npos;
       at = r.out.find("(JSON Schema `uniqueItems`)", at + 1)) {
    ++repeats;
  }
  EXPECT_EQ(repeats, 7999u);
}

// 11. A minified article costs its findings, not findings x line length.
TEST(Hardening, MinifiedArticlesGiveBoundedOutput) {
  Repo repo;
  std::string refs;
  for (int i = 1; i <= 3000; ++i) {
    refs += std::string(i > 1 ? "," : "") + "{\"id\":" + std::to_string(i) + ",\"type\":\"rct\",\"title\":\"T\"}";
  }
  std::string a = Repo::clean_article("minified");
  a.erase(std::remove(a.begin(), a.end(), '\n'), a.end());
  a.replace(a.rfind('}'), 1, ",\"references\":[" + refs + "]}");
  repo.write("content/articles/minified.json", a);
  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    const Outcome r = repo.medlint(std::string("check content --today 2026-11-24 --format ") + format, within(60));
    EXPECT_EQ(r.code, 0) << format << " " << r.code;  // 6 000 warnings: each reference unused and incomplete
    EXPECT_LT(r.out.size(), 16u * 1024 * 1024) << format;
  }
}

// Many findings in one long string, and many sentences with markers in one
// paragraph: each position is found without walking from the string's start.
TEST(Hardening, LongParagraphsWithManyMarkersStayLinear) {
  Repo repo;
  std::string markers = "Claim \\u00b0 ", sentences;
  for (int i = 0; i < 10000; ++i) markers += "[1-100]";
  for (int i = 0; i < 50000; ++i) sentences += "Claim [1]. ";
  std::string a = Repo::clean_article("long");
  a.replace(a.find("A fictional text."), 17, markers + ".");
  a.replace(a.find("{\"kind\": \"other\""), 0,
            "{\"kind\": \"guidelines\", \"heading\": \"G\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"" +
                sentences + "\"}]}, ");
  repo.write("content/articles/long.json", a);
  const Outcome r = repo.medlint("check content --today 2026-11-24 --format json", within(60));
  EXPECT_EQ(r.code, 1) << r.code << r.err;
}

// Thousands of suppressions, each unused: reported without rescanning.
TEST(Hardening, ManySuppressionsStayLinear) {
  Repo repo;
  std::string ignores;
  for (int i = 0; i < 20000; ++i) ignores += std::string(i ? "," : "") + R"({"rule": "CIT001", "reason": "r"})";
  std::string a = Repo::clean_article("ignores");
  a.replace(a.rfind('}'), 1, ",\n  \"medlint\": {\"ignore\": [" + ignores + "]}\n}");
  repo.write("content/articles/ignores.json", a);
  const Outcome r = repo.medlint("check content --today 2026-11-24 --format json", within(60));
  EXPECT_EQ(r.code, 0) << r.code << r.err;  // 20 000 MED001 warnings
}

// 12. Override globs match in polynomial time.
TEST(Hardening, OverrideGlobsDoNotBacktrackExponentially) {
  Repo repo;
  std::string glob, dir = "content/articles";
  for (int i = 0; i < 14; ++i) glob += "**/a/";
  for (int i = 0; i < 40; ++i) dir += "/a";
  repo.article("deep", dir);
  repo.write("medlint.json", R"({"overrides": [{"files": [")" + glob + R"(b.json"], "rules": {"CIT": "off"}}]})");
  const Outcome r = repo.medlint("check content --today 2026-11-24", within(30));
  EXPECT_EQ(r.code, 0) << show(r);
}

// ---------------------------------------------------------------------------
// Forged output

// 13. Nothing an article or a file name holds can start a line or drive the terminal.
TEST(Hardening, ArticleTextCannotForgeOutputLines) {
  Repo repo;
  std::string a = Repo::clean_article("forged");
  const std::string forged =
      R"(x\ncontent/articles/other.json:1:1: error: FORGED [CIT001 claim-without-citation]\n::error file=x::FORGED\n::add-mask::y\u001b[2J\u001b]8;;http://evil\u0007link\u009b31m\u202e)";
  a.replace(a.find("\"authors\": [\"dr-example\"]"), 25, "\"authors\": [\"" + forged + "\"]");
  repo.write("content/articles/forged.json", a);
  repo.write("content/articles/bad\nname\x1b[2J.json", "{}");
  // On stderr too: a dangling link whose name forges a workflow command.
  fs::create_symlink("nowhere", repo.path("content/articles/x\n::error file=x::FORGED\x1b[2J.json"));
  for (const char* format : {"text", "github", "junit"}) {
    const Outcome r = repo.medlint(std::string("check content --today 2026-11-24 --format ") + format);
    for (const std::string* stream : {&r.out, &r.err}) {
      EXPECT_FALSE(contains(*stream, "\n::error file=x")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\n::add-mask")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\ncontent/articles/other.json:1:1")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\x1b")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\xc2\x9b")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\xe2\x80\xae")) << format << "\n" << show(r);
      EXPECT_FALSE(contains(*stream, "\nname")) << format << "\n" << show(r);
    }
  }
}

// 14. Every JSON medlint writes is valid UTF-8, and its baseline loads again.
TEST(Hardening, JsonOutputAndBaselineAreValidUtf8) {
  Repo repo;
  repo.write("content/articles/bad\xff.json", Repo::clean_article("other-id"));
  const Outcome json = repo.medlint("check content --today 2026-11-24 --format json");
  EXPECT_FALSE(medlint::find_invalid_utf8(json.out)) << show(json);
  EXPECT_EQ(repo.medlint("baseline base.json content --today 2026-11-24").code, 0);
  EXPECT_FALSE(medlint::find_invalid_utf8(read_text(repo.path("base.json"))));
  const Outcome again = repo.medlint("check content --today 2026-11-24 --baseline base.json");
  EXPECT_NE(again.code, 2) << show(again);
}

// ---------------------------------------------------------------------------
// Files medlint writes

// 15. Writes are atomic and never go through a symlink or over a device.
TEST(Hardening, WritesRefuseSymlinksAndNonRegularTargets) {
  Repo repo;
  repo.article("plain");
  repo.write("victim.txt", "precious");
  fs::create_symlink("victim.txt", repo.path("base.json"));
  const Outcome link = repo.medlint("baseline base.json content --today 2026-11-24");
  EXPECT_EQ(link.code, 2) << show(link);
  EXPECT_EQ(read_text(repo.path("victim.txt")), "precious");
  EXPECT_TRUE(fs::is_symlink(fs::symlink_status(repo.path("base.json"))));
  const Outcome report = repo.medlint("check content --today 2026-11-24 --format json=base.json");
  EXPECT_EQ(report.code, 2) << show(report);
  EXPECT_EQ(read_text(repo.path("victim.txt")), "precious");
  // As root, a device node could be replaced by a regular file (it was
  // /dev/full). A device of the sandbox's own, so a regression clobbers nothing.
  if (::mknod(repo.path("full").c_str(), S_IFCHR | 0666, ::makedev(1, 7)) == 0) {
    const Outcome dev = repo.medlint("baseline full content --today 2026-11-24");
    EXPECT_EQ(dev.code, 2) << show(dev);
    EXPECT_TRUE(contains(dev.err, "not a regular file (a device)")) << show(dev);
    struct stat st {};
    ASSERT_EQ(::lstat(repo.path("full").c_str(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
  }
  ASSERT_EQ(::mkfifo(repo.path("pipe").c_str(), 0644), 0);
  const Outcome fifo = repo.medlint("check content --today 2026-11-24 --format json=pipe", within(20));
  EXPECT_EQ(fifo.code, 2) << show(fifo);
  EXPECT_TRUE(fs::is_fifo(repo.path("pipe")));
  // A good write leaves no temporary file behind.
  EXPECT_EQ(repo.medlint("baseline good.json content --today 2026-11-24").code, 0);
  for (const auto& e : fs::directory_iterator(repo.root())) {
    EXPECT_FALSE(e.path().filename().string().starts_with(".good.json")) << e.path();
  }
}

// 16. Outputs do not collide and are not read back as articles.
TEST(Hardening, OutputsAreNeitherSharedNorLinted) {
  Repo repo;
  repo.article("plain");
  const Outcome twice = repo.medlint("check content --today 2026-11-24 --format json=r.json --format sarif=./r.json");
  EXPECT_EQ(twice.code, 2) << show(twice);
  EXPECT_TRUE(contains(twice.err, "two formats would write")) << show(twice);
  // A report left in the checked tree by an earlier run is not an article.
  const std::string args = "check content --today 2026-11-24 --format text --format json=content/report.json";
  EXPECT_EQ(repo.medlint(args).code, 0);
  const Outcome rerun = repo.medlint(args);
  EXPECT_EQ(rerun.code, 0) << show(rerun);
  EXPECT_TRUE(contains(rerun.out, "in 3 files checked")) << show(rerun);
  // Nor is a hidden baseline, nor the config named as a file.
  EXPECT_EQ(repo.medlint("baseline content/.medlint-baseline.json content --today 2026-11-24").code, 0);
  const Outcome hidden = repo.medlint("check content --today 2026-11-24 --baseline content/.medlint-baseline.json");
  EXPECT_EQ(hidden.code, 0) << show(hidden);
  repo.write("content/medlint.json", "{}");
  const Outcome config = repo.medlint("check content/medlint.json --today 2026-11-24");
  EXPECT_EQ(config.code, 2) << show(config);
}

// ---------------------------------------------------------------------------
// The rest, smaller

TEST(Hardening, SmallerProbes) {
  Repo repo;
  repo.article("plain");
  // --no-config and --config contradict each other.
  repo.write("medlint.json", "{}");
  EXPECT_EQ(repo.medlint("check content --no-config --config medlint.json").code, 2);
  // One article by a relative and an absolute path is one article.
  const Outcome both = repo.medlint("check content/articles/plain.json " +
                                    repo.path("content/articles/plain.json").string() + " --today 2026-11-24");
  EXPECT_EQ(both.code, 0) << show(both);
  // A NUL inside a suppression's rule does not shorten it into a real code.
  std::string a = Repo::clean_article("nul");
  a.replace(a.rfind('}'), 1, ",\n  \"medlint\": {\"ignore\": [{\"rule\": \"ART001\\u0000x\", \"reason\": \"r\"}]}\n}");
  repo.write("content/articles/other-name.json", a);
  const Outcome nul = repo.medlint("check content --today 2026-11-24");
  EXPECT_TRUE(contains(nul.out, "[ART001 id-mismatch]")) << show(nul);
  fs::remove(repo.path("content/articles/other-name.json"));
  // A baseline with two findings lists, or a NUL in an entry, is refused.
  repo.write("two.json", R"({"version": 2, "findings": [], "findings": []})");
  EXPECT_EQ(repo.medlint("check content --today 2026-11-24 --baseline two.json").code, 2);
  repo.write("nul.json", R"({"version": 2, "findings": [{"file": "content/articles/plain.json", "code": "ART001",
    "fingerprint": "0000000000000000\u0000x"}]})");
  const Outcome nul_base = repo.medlint("check content --today 2026-11-24 --baseline nul.json");
  EXPECT_EQ(nul_base.code, 2) << show(nul_base);
  EXPECT_TRUE(contains(nul_base.err, "has a NUL in a fingerprint")) << show(nul_base);
  // Standard input that is closed is not an empty file.
  const Outcome closed = repo.medlint("check --stdin-filename content/articles/x.json", stdin_from("&-"));
  EXPECT_EQ(closed.code, 2) << show(closed);
  EXPECT_TRUE(contains(closed.err, "standard input is closed")) << show(closed);
  // An integer too large to read is said to be too large, not too small.
  std::string big = Repo::clean_article("big");
  big.replace(big.rfind('}'), 1,
              ",\n  \"references\": [{\"id\": 18446744073709551615, \"type\": \"rct\", \"title\": \"T\"}]\n}");
  repo.write("content/articles/big.json", big);
  const Outcome too_large = repo.medlint("check content --today 2026-11-24");
  EXPECT_TRUE(contains(too_large.out,
                       "must be an integer of at most 9223372036854775807; found "
                       "18446744073709551615, which is too large"))
      << show(too_large);
  fs::remove(repo.path("content/articles/big.json"));
  // A config with a byte order mark is refused, as an article with one is reported.
  repo.write("medlint.json", "\xEF\xBB\xBF{}");
  const Outcome bom = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(bom.code, 2) << show(bom);
  EXPECT_TRUE(contains(bom.err, "byte order mark")) << show(bom);
  fs::remove(repo.path("medlint.json"));
  // `new medlint` would write the config's name.
  const Outcome named =
      repo.medlint("new medlint --title T --audience clinician --author dr-example --dir content/articles");
  EXPECT_EQ(named.code, 2) << show(named);
  EXPECT_TRUE(contains(named.err, "'medlint'")) << show(named);
  EXPECT_FALSE(fs::exists(repo.path("content/articles/medlint.json")));
}

// `new` reads the registry as `check` does; a registry file it cannot read
// as JSON stops it (it would pick authors and disclaimers from half a
// registry), and nothing is written.
TEST(Hardening, NewRefusesARegistryItCannotRead) {
  Repo repo;
  repo.write("content/registry/people.json", "{\"people\": [");
  fs::create_directories(repo.path("content/articles"));
  const Outcome r = repo.medlint(
      "new broken-registry --title 'A?' --audience clinician --author dr-example --dir content/articles --today "
      "2026-11-24");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_TRUE(contains(r.err, "'content/registry/people.json' cannot be read (JSON001); run medlint check")) << show(r);
  EXPECT_FALSE(fs::exists(repo.path("content/articles/broken-registry.json")));
}

// -j: the same report, byte for byte, on one thread or many, for a corpus
// with every kind of outcome (clean, uncited claims, broken JSON, a
// duplicate id across folders, an inline suppression, a file too large).
TEST(Hardening, ParallelRunsReportExactlyWhatOneThreadReports) {
  Repo repo;
  for (int i = 0; i < 60; ++i) {
    ArticleSpec spec("article-" + std::to_string(100 + i));
    if (i % 3 == 0) {
      spec.sections = R"([{"kind": "research", "heading": "Research", "blocks": [{"type": "paragraph", "text": "The )"
                      R"(fictional drug halved the fever in a fictional trial. It was safe."}]}])";
    }
    if (i % 7 == 0) spec.extra = R"("medlint": {"ignore": [{"rule": "CIT001", "reason": "a fictional reason"}]},)";
    repo.write("content/articles/" + spec.id + ".json", article_json(spec));
  }
  repo.write("content/articles/broken.json", "{\"id\": \"broken\",");
  repo.write("content/articles/copy/article-100.json", Repo::clean_article("article-100"));
  repo.write("medlint.json", R"({"maxFileSize": 2000})");
  repo.write("content/articles/large.json", std::string(3000, ' '));
  for (const char* format : {"json", "sarif", "text"}) {
    SCOPED_TRACE(format);
    const std::string args = std::string("check content --today 2026-11-24 --format ") + format;
    const Outcome one = repo.medlint(args + " -j 1");
    EXPECT_EQ(one.code, 1) << show(one);
    for (const char* jobs : {" -j 2", " --jobs=4", " --jobs 16", ""}) {
      const Outcome many = repo.medlint(args + jobs);
      EXPECT_EQ(many.code, one.code) << jobs;
      EXPECT_EQ(many.out, one.out) << jobs;
      EXPECT_EQ(many.err, one.err) << jobs;
    }
  }
  EXPECT_TRUE(contains(repo.medlint("check content -j 0").err, "--jobs needs a number of threads from 1 to 1024"));
}

// `new` lints only the registry beside the draft: a retraction list the
// config names (large, or broken) is not read; `check` still refuses it.
TEST(Hardening, NewDoesNotReadTheRetractionList) {
  Repo repo;
  repo.write("medlint.json", R"({"retractions": "rw.csv"})");
  repo.write("rw.csv", "no,header,here\n");
  fs::create_directories(repo.path("content/articles"));
  const Outcome made = repo.medlint(
      "new a-draft --title 'A?' --audience clinician --author dr-example --dir content/articles --today 2026-11-24");
  EXPECT_EQ(made.code, 0) << show(made);
  const Outcome checked = repo.medlint("check content --today 2026-11-24");
  EXPECT_EQ(checked.code, 2) << show(checked);
  EXPECT_TRUE(contains(checked.err, "cannot load retraction list")) << show(checked);
}

TEST(Hardening, BaselineRefusesStandardOutputAsItsFile) {
  Repo repo;
  repo.article("plain");
  const Outcome r = repo.medlint("baseline - content --today 2026-11-24");
  EXPECT_EQ(r.code, 2) << show(r);
  EXPECT_FALSE(fs::exists(repo.path("-")));
}

}  // namespace
