// The language rules' data and helpers: each bundled list is valid against
// its schema and is the table its rule's docs page shows; a broken list is
// refused; the text helpers tell a token from part of an identifier or link;
// the scanner hands each rule its hits, scope by scope.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <stdexcept>

#include "files.h"
#include "json_schema.h"  // first: medlint/load/rapidjson.h before any RapidJSON header
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "medlint/engine/linter.h"
#include "medlint/engine/scanner.h"
#include "medlint/engine/scope_matches.h"
#include "medlint/model/language.h"
#include "medlint/model/language_list.h"
#include "medlint/rules/rules.h"
#include "sample.h"

namespace medlint {
namespace {

namespace fs = std::filesystem;

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  return d;
}

const char* const kLists[][2] = {{"LNG001", "lng001_do_not_use_abbreviation"},
                                 {"LNG002", "lng002_dose_format"},
                                 {"LNG003", "lng003_absolute_claim"},
                                 {"LNG004", "lng004_unit_style"}};

TEST(LanguageLists, AreValidAgainstTheirSchema) {
  const auto schema = parse(testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "schemas/language-list.schema.json"));
  for (const auto& [code, stem] : kLists) {
    std::string lower(code);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto list =
        parse(testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/data/language" / (lower + ".json")));
    EXPECT_EQ(testing::validate(schema, list), std::vector<std::string>{}) << code;
  }
}

// "The lists are checked against their sources in the docs page of each
// rule": every entry is a row of the page's table with its source keys, and
// every source is listed there with its publisher and edition.
TEST(LanguageLists, EveryEntryAndSourceIsInTheRulesDocsPage) {
  for (const auto& [code, stem] : kLists) {
    const LanguageList& list = language_list(code);
    const std::string page =
        testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint/rules" / (std::string(stem) + ".md"));
    for (const LanguageEntry& e : list.entries) {
      std::string write;
      for (const char c : e.write) write += c == '|' ? std::string("\\|") : std::string(1, c);
      const std::size_t row = page.find("\n| " + write + " | " + e.meaning + " | ");
      ASSERT_NE(row, std::string::npos) << code << ": no row for " << e.write;
      const std::string line = page.substr(row + 1, page.find('\n', row + 1) - row - 1);
      for (const std::string& key : e.sources) EXPECT_NE(line.find("`" + key + "`"), std::string::npos) << line;
      EXPECT_NE(line.find(e.flagged ? e.use : "not flagged"), std::string::npos) << line;
    }
    for (const auto& [key, source] : list.sources) {
      EXPECT_NE(page.find("- `" + key + "`: " + source.publisher + ", *" + source.title + "*, " + source.edition),
                std::string::npos)
          << code << ": source " << key << " is not listed with its edition";
    }
  }
}

TEST(LanguageLists, ABrokenListIsRefusedWithTheReason) {
  const std::string good_entry =
      R"({"id": "x", "write": "X", "pattern": "{{m}}", "context": "always", "meaning": "m", "mistakenFor": "y",
          "use": "z", "sources": ["s"]})";
  const auto list = [](const std::string& entry, const std::string& macros = R"({"m": "x"})") {
    return R"({"rule": "LNG009", "description": "d", "sources": {"s": {"publisher": "p", "title": "t",
             "edition": "e"}}, "macros": )" +
           macros + R"(, "cues": {}, "entries": [)" + entry + "]}";
  };
  EXPECT_EQ(parse_language_list(list(good_entry), "t").entries.at(0).pattern, "x");
  EXPECT_THROW(parse_language_list(list(good_entry, "{}"), "t"), std::logic_error);  // unknown macro
  std::string unknown_source = good_entry;
  unknown_source.replace(unknown_source.find("[\"s\"]"), 5, "[\"q\"]");
  EXPECT_THROW(parse_language_list(list(unknown_source), "t"), std::logic_error);
  std::string bad_context = good_entry;
  bad_context.replace(bad_context.find("always"), 6, "sometimes");
  EXPECT_THROW(parse_language_list(list(bad_context), "t"), std::logic_error);
  EXPECT_THROW(parse_language_list(list(R"({"id": "x"})"), "t"), std::logic_error);
  EXPECT_THROW(parse_language_list("[]", "t"), std::logic_error);
}

TEST(LanguageText, ATokenStandsAloneUnlessItIsPartOfAnIdentifier) {
  const auto alone = [](std::string_view text, std::string_view token) {
    const std::size_t at = text.find(token);
    return stands_alone(text, at, at + token.size());
  };
  EXPECT_TRUE(alone("give 400 IU daily", "IU"));
  EXPECT_TRUE(alone("(IU)", "IU"));
  EXPECT_TRUE(alone("400IU", "IU"));
  EXPECT_TRUE(alone("80 U/kg", "U"));
  EXPECT_FALSE(alone("IU-2024-17", "IU"));
  EXPECT_FALSE(alone("anti-IU", "IU"));
  EXPECT_FALSE(alone("100 U.S. hospitals", "U"));
  EXPECT_FALSE(alone("IUD", "IU"));
  EXPECT_FALSE(alone("MSc", "MS"));
  EXPECT_FALSE(alone("R&D", "&"));
  EXPECT_TRUE(alone("5 mg & 10 mg", "&"));
}

TEST(LanguageText, LinksNumbersAndConcentrations) {
  const std::string_view text = "See https://example.org/MS?x=1, doi:10.5555/ms.qd or info@example.org.";
  const auto links = link_ranges(text);
  ASSERT_EQ(links.size(), 3u);
  EXPECT_EQ(text.substr(links[0].first, links[0].second - links[0].first), "https://example.org/MS?x=1,");
  EXPECT_TRUE(overlaps_any(links, text.find("MS"), text.find("MS") + 2));
  EXPECT_FALSE(overlaps_any(links, 0, 3));
  EXPECT_TRUE(after_number("10 U", 3));
  EXPECT_TRUE(after_number("10U", 2));
  EXPECT_TRUE(after_number("10\u00a0U", 4));
  EXPECT_FALSE(after_number("ten U", 4));
  EXPECT_FALSE(after_number("10  U", 4));
  EXPECT_TRUE(is_concentration("5 mg/dL", 4));
  EXPECT_TRUE(is_concentration("5 mmol/L.", 6));
  EXPECT_FALSE(is_concentration("5 mg/kg", 4));
  EXPECT_FALSE(is_concentration("5 mg/Lx", 4));
  EXPECT_EQ(word_window("one two three MS four five six seven", 14, 16, 2), "two three MS four five");
}

// A rule that records what the scanner gives it.
class Recorder final : public Rule {
 public:
  explicit Recorder(std::vector<ScanPattern> patterns) : patterns_(std::move(patterns)) {}
  const RuleMeta& meta() const override {
    static const RuleMeta m{"TST001", "recorder", Severity::kWarning, "records", {}};
    return m;
  }
  std::span<const ScanPattern> scan_patterns() const override { return patterns_; }
  bool scans_empty_blocks() const override { return true; }
  void check_scan(const TextBlock& block, Scope scope, std::span<const ScanHit> hits, FileContext&) const override {
    std::string line = std::string(scope_name(scope)) + ":";
    for (const ScanHit& h : hits) line += " " + std::to_string(h.pattern) + "=" + std::string(h.text());
    (void)block;
    calls.push_back(line);
  }
  void check_scan_end(std::span<const ScanHit> hits, FileContext&) const override {
    std::string line = "end:";
    for (const ScanHit& h : hits) line += " " + std::string(h.text());
    calls.push_back(line);
  }
  mutable std::vector<std::string> calls;

 private:
  std::vector<ScanPattern> patterns_;
};

TEST(Scanner, EachScopeSeesItsBlocksAndTheRuleItsOwnHits) {
  testing::ArticleSpec spec("scan");
  spec.title = "Alpha title";
  spec.sections = R"([{"kind": "other", "heading": "Beta heading", "blocks": [
      {"type": "paragraph", "text": "Alpha one. Beta two."},
      {"type": "list", "lead": "Alpha lead:", "items": ["Beta item"]}]}])";
  const std::string json = testing::article_json(spec);
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::make_unique<Recorder>(std::vector<ScanPattern>{{Scope::kSentence, "Alpha|Beta"},
                                                                      {Scope::kHeading, "Beta"},
                                                                      {Scope::kArticle, "Alpha"},
                                                                      {Scope::kListItem, "item"}}));
  const auto* recorder = static_cast<const Recorder*>(rules.back().get());
  const Linter linter(std::move(rules), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  (void)linter.run_text("scan.json", json);
  EXPECT_EQ(recorder->calls,
            (std::vector<std::string>{"article: 2=Alpha", "heading: 1=Beta", "article:", "article: 2=Alpha",
                                      "sentence: 0=Alpha", "sentence: 0=Beta", "article: 2=Alpha", "sentence: 0=Alpha",
                                      "list-item: 3=item", "article:", "sentence: 0=Beta",
                                      "end: Alpha Beta Alpha Alpha Beta Alpha Alpha item Beta"}));
}

TEST(Scanner, ABadPatternNamesTheRule) {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(std::make_unique<Recorder>(std::vector<ScanPattern>{{Scope::kSentence, "(unclosed"}}));
  EXPECT_THROW(Scanner{rules}, std::invalid_argument);
}

TEST(Scanner, EveryBundledRulesPatternsCompile) { EXPECT_NO_THROW(Scanner{all_rules()}); }

}  // namespace
}  // namespace medlint

namespace medlint {
namespace {

// What the scanner hands each block from the article's one search is
// exactly what searching the block alone gives, for every scope: for the
// bundled patterns and for patterns made to break the shortcut (anchored,
// across block and sentence edges, empty matches), over real and fictional
// prose, paragraphs and list items side by side.
TEST(Scanner, EachBlockGetsWhatSearchingItAloneGives) {
  PatternSet set;
  for (const char* code : {"LNG001", "LNG002", "LNG003", "LNG004"}) {
    for (const LanguageEntry& e : language_list(code).entries) ASSERT_TRUE(set.add(e.pattern));
  }
  for (const char* p : {"^[A-Z]\\w+", "\\w+\\.$", "\\. [A-Z]", "e\\s+T", "\\b", "x*", "[a-z]+ [a-z]+", "(?s).{30}",
                        "\\d+\\.\\s*\\w", "(?s)\\.\\s+\\S", "\\S+\\s\\S+", "[^a-z]{3}"}) {
    ASSERT_TRUE(set.add(p));
  }
  ASSERT_TRUE(set.compile());
  std::vector<std::string> texts = {
      "Give 5.0 mg QD. Then 10mg. Take it with 5 cc at 38°C! Is there a cure? No.",
      "The U.S. trial (IU-2) enrolled 100 U.S. adults.Then MS 4 mg IV every 4 hours; e.g. fever above 38.",
      "A sentence.Another one glued. And 3. Numbered item. Fever of 101 degrees or higher.",
      "",
      "Single",
      "  Leading and trailing spaces.  Two sentences here.  ",
      "x",
      "xx xxx. Xx."};
  // The Golden Rules' cases: every string of the file.
  const auto golden =
      parse(testing::read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/golden-rules-en/golden_rules_en.json"));
  std::vector<const rapidjson::Value*> todo{&golden};
  while (!todo.empty()) {
    const rapidjson::Value* v = todo.back();
    todo.pop_back();
    if (v->IsString()) texts.emplace_back(v->GetString(), v->GetStringLength());
    if (v->IsArray()) {
      for (const auto& x : v->GetArray()) todo.push_back(&x);
    }
    if (v->IsObject()) {
      for (const auto& m : v->GetObject()) todo.push_back(&m.value);
    }
  }
  const auto quoted = [](const std::string& text) {
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> w(out);
    w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return std::string(out.GetString());
  };
  // One article: each text a paragraph, and every third one also a list's
  // lead-in and items, so that blocks sit next to one another.
  std::string blocks;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (!blocks.empty()) blocks += ", ";
    blocks += R"({"type": "paragraph", "text": )" + quoted(texts[i]) + "}";
    if (i % 3 == 2) {
      blocks += R"(, {"type": "list", "lead": )" + quoted(texts[i - 1]) + R"(, "items": [)" + quoted(texts[i]) + ", " +
                quoted(texts[i - 2]) + "]}";
    }
  }
  testing::ArticleSpec a("scan");
  a.sections = R"([{"kind": "other", "heading": "H. The heading", "blocks": [)" + blocks + "]}]";
  const std::string json = testing::article_json(a);
  const JsonDocument doc = JsonDocument::parse(json);
  const Article article = build_article(doc);
  std::map<BlockKind, std::size_t> seen;
  for (std::size_t s = 0; s < kScopeCount; ++s) {
    ScopeMatches found(set, static_cast<Scope>(s), article);
    for (const TextBlock& b : article.text_blocks) {
      if (!scope_covers(static_cast<Scope>(s), b.kind)) continue;
      ++seen[b.kind];
      const auto got = found.in(b);
      const auto want = set.find_all(b.text.value);
      std::string diff;
      for (const auto& m : got) {
        if (std::find(want.begin(), want.end(), m) == want.end())
          diff += " extra p" + std::to_string(m.pattern) + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end);
      }
      for (const auto& m : want) {
        if (std::find(got.begin(), got.end(), m) == got.end())
          diff +=
              " missing p" + std::to_string(m.pattern) + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end);
      }
      EXPECT_EQ(diff, "") << scope_name(static_cast<Scope>(s)) << ": " << b.text.value;
      EXPECT_EQ(got, want) << "order, " << scope_name(static_cast<Scope>(s)) << ": " << b.text.value;
    }
  }
  EXPECT_GT(seen[BlockKind::kSentence], 200u);
  EXPECT_GT(seen[BlockKind::kListItem], 50u);
  EXPECT_GT(seen[BlockKind::kListLead], 20u);
}

// Blocks asked out of order, or again, are searched on their own.
TEST(Scanner, ABlockAskedOutOfOrderGetsWhatSearchingItAloneGives) {
  PatternSet set;
  ASSERT_TRUE(set.add("\\b[A-Z]\\w+"));
  ASSERT_TRUE(set.add("\\d+ mg"));
  ASSERT_TRUE(set.compile());
  testing::ArticleSpec a("scan");
  a.sections =
      R"([{"kind": "other", "heading": "H", "blocks": [)"
      R"({"type": "paragraph", "text": "Take 5 mg. Then Rest."}, {"type": "paragraph", "text": "Stop 10 mg."}]}])";
  const std::string json = testing::article_json(a);
  const JsonDocument doc = JsonDocument::parse(json);
  const Article article = build_article(doc);
  for (const Scope scope : {Scope::kSentence, Scope::kParagraph}) {
    std::vector<const TextBlock*> blocks;
    for (const TextBlock& b : article.text_blocks) {
      if (scope_covers(scope, b.kind)) blocks.push_back(&b);
    }
    ASSERT_GE(blocks.size(), 2u);
    ScopeMatches found(set, scope, article);
    for (const std::size_t i : {blocks.size() - 1, std::size_t{0}, std::size_t{0}, blocks.size() - 1}) {
      EXPECT_EQ(found.in(*blocks[i]), set.find_all(blocks[i]->text.value)) << blocks[i]->text.value;
      EXPECT_FALSE(found.in(*blocks[i]).empty());
    }
  }
}

// Nothing occurs: one search of the article, and no block gets a match.
TEST(Scanner, AnArticleWithoutMatchesGivesNoBlockAny) {
  PatternSet set;
  ASSERT_TRUE(set.add("\\bQD\\b"));
  ASSERT_TRUE(set.compile());
  testing::ArticleSpec a("scan");
  a.sections =
      R"([{"kind": "other", "heading": "H", "blocks": [{"type": "paragraph", "text": "Take it daily. Q D."}, {"type": "paragraph", "text": "QDaily"}]}])";
  const std::string json = testing::article_json(a);
  const JsonDocument doc = JsonDocument::parse(json);
  const Article article = build_article(doc);
  ScopeMatches found(set, Scope::kSentence, article);
  std::size_t sentences = 0;
  for (const TextBlock& b : article.text_blocks) {
    if (b.kind != BlockKind::kSentence) continue;
    ++sentences;
    EXPECT_TRUE(found.in(b).empty()) << b.text.value;
  }
  EXPECT_EQ(sentences, 3u);
}

}  // namespace
}  // namespace medlint
