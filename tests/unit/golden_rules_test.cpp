// The English Golden Rules of sentence boundary detection (pragmatic_segmenter,
// MIT; tests/data/golden-rules-en/), each rule a named test case: the
// splitter's sentences must start where the rule's expected sentences start.
// The rules medlint answers differently are listed below with the reason (and
// in docs/sentences.md); such a rule's test fails if it starts to pass, so
// that the list and the docs stay true.
#include <gtest/gtest.h>
#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/document.h>

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "files.h"
#include "medlint/model/sentences.h"

namespace medlint {
namespace {

struct GoldenRule {
  int number = 0;
  std::string title;
  std::string text;
  std::vector<std::string> expected;
};

// Rule number -> why medlint's answer differs.
const std::map<int, std::string> kDeviations = {
    {18,
     "A disputed convention: \"At 5 a.m. Mr. Smith went\" and \"at 6 P.M. Mr. Smith then went\" differ only "
     "in meaning. medlint ends a sentence after a time (a.m., p.m.) before any capitalised word, so that a "
     "clinical instruction (\"Give it at 8 a.m. Monitor ...\") never hides a second, uncited claim."},
    {42,
     "Depends on newlines: a line break before a lower-case word is read as a wrapped line (rule 40, 41), "
     "not as the end of a list item; article prose keeps list items in list blocks."},
};

std::vector<GoldenRule> load_rules() {
  const std::string json =
      testing::read_text(std::filesystem::path(MEDLINT_SOURCE_DIR) / "tests/data/golden-rules-en/golden_rules_en.json");
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  std::vector<GoldenRule> rules;
  if (doc.HasParseError() || !doc.IsArray()) return rules;
  for (const auto& r : doc.GetArray()) {
    GoldenRule g{r["rule"].GetInt(), r["title"].GetString(), r["text"].GetString(), {}};
    for (const auto& e : r["expected"].GetArray()) g.expected.emplace_back(e.GetString());
    rules.push_back(std::move(g));
  }
  return rules;
}

const std::vector<GoldenRule>& rules() {
  static const std::vector<GoldenRule> all = load_rules();
  return all;
}

// Where each expected sentence starts in the text (found in order by its
// first characters: rule 41 expects its newline removed).
std::vector<std::size_t> expected_starts(const GoldenRule& g) {
  std::vector<std::size_t> starts;
  std::size_t from = 0;
  for (const std::string& s : g.expected) {
    const std::size_t at = g.text.find(s.substr(0, 10), from);
    starts.push_back(at);
    from = at == std::string::npos ? from : at + 1;
  }
  return starts;
}

std::vector<std::size_t> actual_starts(const GoldenRule& g) {
  std::vector<std::size_t> starts;
  for (const TextRange r : split_sentences(g.text)) starts.push_back(trim(g.text, r).begin);
  return starts;
}

std::string sentences(const GoldenRule& g) {
  std::string out;
  for (const TextRange r : split_sentences(g.text)) {
    const TextRange t = trim(g.text, r);
    out += "\n  [" + g.text.substr(t.begin, t.end - t.begin) + "]";
  }
  return out;
}

class GoldenRules : public ::testing::TestWithParam<int> {};

TEST_P(GoldenRules, SentencesStartWhereExpected) {
  const GoldenRule& g = rules().at(static_cast<std::size_t>(GetParam()));
  const bool matches = actual_starts(g) == expected_starts(g);
  if (const auto it = kDeviations.find(g.number); it != kDeviations.end()) {
    EXPECT_FALSE(matches) << "Golden Rule " << g.number << " now passes: remove it from kDeviations and from "
                          << "docs/sentences.md";
    return;
  }
  EXPECT_TRUE(matches) << "Golden Rule " << g.number << " (" << g.title << "): " << g.text
                       << "\nsplit into:" << sentences(g);
}

std::string rule_name(const ::testing::TestParamInfo<int>& info) {
  const GoldenRule& g = rules().at(static_cast<std::size_t>(info.param));
  std::string name = "Rule" + std::string(g.number < 10 ? "0" : "") + std::to_string(g.number) + "_";
  bool upper = true;
  for (const char c : g.title) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    } else {
      upper = true;
    }
  }
  return name;
}

std::vector<int> indices() {
  std::vector<int> out;
  for (std::size_t i = 0; i < rules().size(); ++i) out.push_back(static_cast<int>(i));
  return out;
}

INSTANTIATE_TEST_SUITE_P(English, GoldenRules, ::testing::ValuesIn(indices()), rule_name);

TEST(GoldenRulesSummary, AllFiftyTwoRulesLoadAndAtLeastFiftyPass) {
  ASSERT_EQ(rules().size(), 52u);
  int passing = 0;
  for (const GoldenRule& g : rules()) passing += actual_starts(g) == expected_starts(g);
  EXPECT_GE(passing, 50);
  EXPECT_EQ(passing, 52 - static_cast<int>(kDeviations.size()));
}

}  // namespace
}  // namespace medlint
