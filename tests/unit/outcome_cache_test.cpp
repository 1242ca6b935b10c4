// The cache (engine/outcome_cache.h): what it stores comes back whole, a
// damaged file is refused whole, and a warm run reports exactly what a cold
// one does while checking only what changed.
#include "medlint/engine/outcome_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <functional>

#include "files.h"
#include "medlint/driver/file_walker.h"
#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"
#include "sample.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;
using testing::article_json;
using testing::ArticleSpec;
using testing::read_text;

const Rule* first_rule() {
  static const auto rules = all_rules();
  return rules.front().get();
}

FileOutcome full_outcome() {
  FileOutcome o;
  o.file = "content/articles/a \"quoted\" \xC3\xA9.json";
  Finding f;
  f.code = "CIT001";
  f.name = "uncited-claim";
  f.severity = Severity::kWarning;
  f.file = o.file;
  f.start = {3, 7};
  f.end = {3, 42};
  f.span = {100, 160};
  f.pointer = "/sections/0/blocks/1/text";
  f.message = "A claim has no citation.\nAdd one.";
  f.message_id = "uncited";
  f.help_uri = "https://example.invalid/CIT001.md";
  f.excerpt = {std::string("a \0 nul", 7), 5, true, false};
  f.fingerprint = "0123abcd/2";
  f.suppressible = false;
  o.findings = {f, f};
  o.findings[1].severity = Severity::kError;
  o.suppressions = {{o.file, "CIT002", "/sections/1", "a fictional reason", 3}};
  CorpusNote n;
  n.rule = first_rule();
  n.file = o.file;
  n.key = "article-id";
  n.pointer = "/id";
  n.span = {8, 20};
  n.start = {2, 9};
  n.end = {2, 21};
  n.excerpt = {"\"id\": \"article-id\"", 3, false, true};
  o.notes = {n};
  return o;
}

const Rule* rule_of(std::string_view code) { return code == first_rule()->meta().code ? first_rule() : nullptr; }

TEST(OutcomeCodec, EveryFieldComesBack) {
  const FileOutcome o = full_outcome();
  const auto back = decode_outcome(encode_outcome(o), rule_of);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->file, o.file);
  ASSERT_EQ(back->findings.size(), 2u);
  const Finding& a = o.findings[0];
  const Finding& b = back->findings[0];
  EXPECT_EQ(b.code, a.code);
  EXPECT_EQ(b.name, a.name);
  EXPECT_EQ(b.severity, Severity::kWarning);
  EXPECT_EQ(back->findings[1].severity, Severity::kError);
  EXPECT_EQ(b.file, a.file);
  EXPECT_EQ(b.start, a.start);
  EXPECT_EQ(b.end, a.end);
  EXPECT_EQ(b.span, a.span);
  EXPECT_EQ(b.pointer, a.pointer);
  EXPECT_EQ(b.message, a.message);
  EXPECT_EQ(b.message_id, a.message_id);
  EXPECT_EQ(b.help_uri, a.help_uri);
  EXPECT_EQ(b.excerpt.text, a.excerpt.text);
  EXPECT_EQ(b.excerpt.first_column, 5u);
  EXPECT_TRUE(b.excerpt.cut_before);
  EXPECT_FALSE(b.excerpt.cut_after);
  EXPECT_EQ(b.fingerprint, a.fingerprint);
  EXPECT_FALSE(b.suppressible);
  ASSERT_EQ(back->suppressions.size(), 1u);
  EXPECT_EQ(back->suppressions[0].reason, "a fictional reason");
  EXPECT_EQ(back->suppressions[0].matched, 3u);
  ASSERT_EQ(back->notes.size(), 1u);
  EXPECT_EQ(back->notes[0].rule, first_rule());
  EXPECT_EQ(back->notes[0].key, "article-id");
  EXPECT_EQ(back->notes[0].start, (Position{2, 9}));
  EXPECT_TRUE(back->notes[0].excerpt.cut_after);
  EXPECT_EQ(encode_outcome(*back), encode_outcome(o));
}

TEST(OutcomeCodec, AnythingButWholeBytesDecodesToNothing) {
  const std::string bytes = encode_outcome(full_outcome());
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(decode_outcome(bytes.substr(0, n), rule_of)) << "cut at " << n;
  }
  EXPECT_FALSE(decode_outcome(bytes + "x", rule_of));
  EXPECT_FALSE(decode_outcome(encode_outcome(full_outcome()), [](std::string_view) { return nullptr; }))
      << "a note of a rule this build does not have";
}

Digest digest_of(std::string_view s) { return sha256(s); }

// A run that started at 1000 s; the stamp of a file last changed at 900 s.
constexpr std::int64_t kStarted = 1'000'000'000'000;
constexpr FileStamp kStamp{1, 2, 3, 900'000'000'000, 900'000'000'000};

TEST(OutcomeCacheFile, AnUnchangedStampGivesTheContentItHad) {
  OutcomeCache written(digest_of("run"), kStarted);
  written.store(digest_of("a"), "a.json", digest_of("content a"), kStamp, full_outcome());
  FileStamp fresh = kStamp;
  fresh.changed_ns = kStarted - OutcomeCache::kSettledNs + 1;  // changed just before the run
  written.store(digest_of("b"), "b.json", digest_of("content b"), fresh, full_outcome());
  OutcomeCache read(digest_of("run"), kStarted + 5'000'000'000);
  ASSERT_TRUE(read.load(written.serialize()));
  EXPECT_EQ(read.known_content("a.json", kStamp), digest_of("content a"));
  EXPECT_FALSE(read.known_content("b.json", fresh)) << "a file changed as the run started keeps no stamp";
  const std::function<void(FileStamp&)> changes[] = {
      [](FileStamp& f) { f.device += 1; },     [](FileStamp& f) { f.inode += 1; },
      [](FileStamp& f) { f.size += 1; },       [](FileStamp& f) { f.modified_ns += 1; },
      [](FileStamp& f) { f.changed_ns += 1; },
  };
  for (std::size_t i = 0; i < std::size(changes); ++i) {
    FileStamp other = kStamp;
    changes[i](other);
    EXPECT_FALSE(read.known_content("a.json", other)) << "field " << i;
  }
  EXPECT_FALSE(read.known_content("c.json", kStamp));
}

TEST(OutcomeCacheFile, WhatItWritesItReadsBack) {
  OutcomeCache written(digest_of("run"), kStarted);
  written.store(digest_of("a"), "a.json", digest_of("content a"), kStamp, full_outcome());
  OutcomeCache read(digest_of("run"), kStarted);
  const auto loaded = read.load(written.serialize());
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(*loaded, OutcomeCache::Loaded::kEntries);
  const auto hit = read.find(digest_of("a"), "a.json", kStamp);
  ASSERT_TRUE(hit);
  EXPECT_EQ(*hit, encode_outcome(full_outcome()));
  EXPECT_FALSE(read.find(digest_of("b"), "a.json", kStamp));
  EXPECT_FALSE(read.find(digest_of("a"), "b.json", kStamp)) << "the key's file must be the file asked for";
  EXPECT_EQ(read.hits(), 1u);
  EXPECT_EQ(read.misses(), 2u);
  EXPECT_TRUE(read.unchanged());
  EXPECT_EQ(read.serialize(), written.serialize());
}

TEST(OutcomeCacheFile, AnotherRunKeyOrFormatIsNotReused) {
  OutcomeCache written(digest_of("run"), kStarted);
  written.store(digest_of("a"), "a.json", digest_of("content a"), kStamp, full_outcome());
  const std::string file = written.serialize();
  OutcomeCache other(digest_of("another run"), kStarted);
  EXPECT_EQ(*other.load(file), OutcomeCache::Loaded::kOtherRun);
  EXPECT_FALSE(other.find(digest_of("a"), "a.json", kStamp));

  std::string foreign = file;
  foreign[std::string_view("medlint outcome cache\n").size()] ^= 0x7f;  // the format's first byte
  OutcomeCache read(digest_of("run"), kStarted);
  EXPECT_EQ(*read.load(foreign), OutcomeCache::Loaded::kOtherRun);
  EXPECT_FALSE(read.find(digest_of("a"), "a.json", kStamp));
}

// Truncated at every length, any byte changed, bytes added, not a cache:
// refused, and nothing of it is used.
TEST(OutcomeCacheFile, ADamagedFileIsRefusedWhole) {
  OutcomeCache written(digest_of("run"), kStarted);
  written.store(digest_of("a"), "a.json", digest_of("content a"), kStamp, full_outcome());
  written.store(digest_of("b"), "b.json", digest_of("content b"), kStamp, full_outcome());
  const std::string file = written.serialize();
  const std::size_t header = std::string_view("medlint outcome cache\n").size() + 4 + 32;  // magic, format, run key
  for (std::size_t n = 0; n < file.size(); ++n) {
    OutcomeCache read(digest_of("run"), kStarted);
    EXPECT_FALSE(read.load(file.substr(0, n))) << "cut at " << n;
  }
  for (std::size_t i = header; i < file.size(); ++i) {
    std::string tampered = file;
    tampered[i] = static_cast<char>(tampered[i] ^ 0x01);
    OutcomeCache read(digest_of("run"), kStarted);
    const auto loaded = read.load(tampered);
    EXPECT_FALSE(loaded) << "byte " << i;
    EXPECT_FALSE(read.find(digest_of("a"), "a.json", kStamp));
  }
  OutcomeCache read(digest_of("run"), kStarted);
  const auto longer = read.load(file + "x");
  ASSERT_FALSE(longer);
  EXPECT_EQ(longer.error().message, "it has bytes after its end");
  const auto foreign = read.load("{\"not\": \"a cache\"}");
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().message, "it is not a medlint cache file");
}

TEST(OutcomeCacheFile, ANewOutcomeOfAFileReplacesItsOldOne) {
  OutcomeCache first(digest_of("run"), kStarted);
  first.store(digest_of("a v1"), "a.json", digest_of("content a v1"), kStamp, full_outcome());
  first.store(digest_of("b"), "b.json", digest_of("content b"), kStamp, full_outcome());
  OutcomeCache second(digest_of("run"), kStarted);
  ASSERT_TRUE(second.load(first.serialize()));
  second.store(digest_of("a v2"), "a.json", digest_of("content a v2"), kStamp,
               full_outcome());  // a.json changed; b.json was not in this run
  OutcomeCache third(digest_of("run"), kStarted);
  ASSERT_TRUE(third.load(second.serialize()));
  EXPECT_FALSE(third.find(digest_of("a v1"), "a.json", kStamp));
  EXPECT_TRUE(third.find(digest_of("a v2"), "a.json", kStamp));
  EXPECT_TRUE(third.find(digest_of("b"), "b.json", kStamp));
}

// A warm run over real files: the same result as a cold one, with every
// unchanged article a hit and a changed one (or one whose registry
// changed) checked again.
class OutcomeCacheRun : public ::testing::Test {
 protected:
  void SetUp() override {
    write("content/registry/people.json", read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry/people.json"));
    write("content/registry/disclaimers.json",
          read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry/disclaimers.json"));
    for (int i = 0; i < 6; ++i) {
      const ArticleSpec spec = testing::corpus_article(i, 2, 4);
      write("content/articles/" + spec.id + ".json", article_json(spec));
    }
    write("content/articles/other/article-1.json", article_json(ArticleSpec("article-1")));  // ART002 across files
  }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((root() / rel).parent_path());
    std::ofstream(root() / rel, std::ios::binary | std::ios::trunc) << text;
  }
  const fs::path& root() const { return temp_.path(); }

  LintResult run(OutcomeCache* cache) const {
    std::vector<FileInput> files;
    std::vector<PathError> errors;
    collect_files({(root() / "content").string()}, files, errors);
    const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
    return linter.run(std::move(files), errors, 2, cache);
  }
  // Every field a reporter prints.
  static std::string dump(const LintResult& r) {
    std::string out;
    for (const Finding& f : r.findings) {
      out += f.file + " " + f.code + " " + std::string(severity_name(f.severity)) + " " + std::to_string(f.start.line) +
             ":" + std::to_string(f.start.column) + "-" + std::to_string(f.end.line) + ":" +
             std::to_string(f.end.column) + " " + f.pointer + " " + f.message + " " + f.fingerprint + " " +
             f.excerpt.text + "\n";
    }
    for (const Suppression& s : r.suppressions) out += "suppressed " + s.file + " " + s.rule + "\n";
    for (const std::string& f : r.files) out += "file " + f + "\n";
    return out + std::to_string(r.files_checked);
  }
  // The next run's cache: this one's file, read back.
  static std::unique_ptr<OutcomeCache> reload(const OutcomeCache& cache) {
    auto next = std::make_unique<OutcomeCache>(sha256("run"), now_ns() + 10'000'000'000);
    EXPECT_TRUE(next->load(cache.serialize()));
    return next;
  }

  testing::TempDir temp_;
};

TEST_F(OutcomeCacheRun, WarmRunsReportWhatAColdRunReports) {
  const std::string cold = dump(run(nullptr));
  ASSERT_NE(cold.find("ART002"), std::string::npos) << cold;
  ASSERT_NE(cold.find("CIT001"), std::string::npos) << cold;
  ASSERT_NE(cold.find("suppressed"), std::string::npos) << cold;

  OutcomeCache first(sha256("run"), now_ns() + 10'000'000'000);
  EXPECT_EQ(dump(run(&first)), cold);
  EXPECT_EQ(first.hits(), 0u);
  EXPECT_EQ(first.misses(), 7u);

  auto warm = reload(first);
  EXPECT_EQ(dump(run(warm.get())), cold);
  EXPECT_EQ(warm->hits(), 7u) << "every article from the cache";
  EXPECT_EQ(warm->misses(), 0u);
  EXPECT_TRUE(warm->unchanged());
}

TEST_F(OutcomeCacheRun, AChangedArticleIsCheckedAgain) {
  OutcomeCache first(sha256("run"), now_ns() + 10'000'000'000);
  run(&first);
  ArticleSpec changed("article-1");
  changed.sections = testing::kUncitedClaimSections;
  write("content/articles/article-1.json", article_json(changed));
  auto warm = reload(first);
  const std::string result = dump(run(warm.get()));
  EXPECT_EQ(warm->misses(), 1u);
  EXPECT_EQ(result, dump(run(nullptr)));
  EXPECT_NE(result.find("content/articles/article-1.json CIT001"), std::string::npos) << result;
}

// The stamp path: an edit that keeps the size and puts the modification
// time back still changes the inode's change time, and is seen.
TEST_F(OutcomeCacheRun, AnEditThatKeepsSizeAndModifiedTimeIsSeen) {
  const fs::path file = root() / "content/articles/article-1.json";
  const auto old_time = fs::last_write_time(file) - std::chrono::hours(1);
  fs::last_write_time(file, old_time);
  OutcomeCache first(sha256("run"), now_ns() + 10'000'000'000);
  run(&first);
  std::string text = read_text(file);
  const std::size_t at = text.find("A fictional text.");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 17, "It cures a fever.");  // the same length: an uncited claim in an "other" section
  write("content/articles/article-1.json", text);
  fs::last_write_time(file, old_time);
  auto warm = reload(first);
  EXPECT_EQ(dump(run(warm.get())), dump(run(nullptr)));
  EXPECT_EQ(warm->misses(), 1u);
}

TEST_F(OutcomeCacheRun, ARegistryChangeChecksItsArticlesAgain) {
  OutcomeCache first(sha256("run"), now_ns() + 10'000'000'000);
  run(&first);
  write("content/registry/people.json", R"({"people": []})");  // the articles' author is gone
  auto warm = reload(first);
  const std::string result = dump(run(warm.get()));
  EXPECT_EQ(warm->hits(), 0u);
  EXPECT_EQ(result, dump(run(nullptr)));
  EXPECT_NE(result.find("REV006"), std::string::npos) << result;
}

}  // namespace
}  // namespace medlint
