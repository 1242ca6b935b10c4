// The splitter's abbreviation table and its bundled data: entries are
// validated, matched case-sensitively, and the bundled lists load cleanly.
#include "medlint/model/abbreviations.h"

#include <gtest/gtest.h>

#include "medlint/model/sentences.h"

namespace medlint {
namespace {

std::optional<AbbreviationKind> find(const AbbreviationTable& t, std::string_view text) {
  // The word before the last full stop of `text`.
  const std::size_t dot = text.size() - 1;
  std::size_t b = dot;
  while (b > 0 && text[b - 1] != ' ') --b;
  return t.find(text, b, dot);
}

TEST(Abbreviations, BundledListsLoadCleanly) {
  AbbreviationTable table;
  const auto abbreviations = load_bundled_abbreviations(table);
  EXPECT_TRUE(abbreviations) << abbreviations.error().message;
  EXPECT_GT(table.size(), 250u);
  SentenceSplitter::Words words;
  const auto loaded = load_bundled_words(words);
  EXPECT_TRUE(loaded) << loaded.error().message;
  EXPECT_GT(words.openers.size(), 150u);
  EXPECT_GT(words.designators.size(), 40u);
  EXPECT_GT(words.continuations.size(), 60u);
  EXPECT_NO_THROW(SentenceSplitter::bundled());
}

TEST(Abbreviations, EntryRules) {
  for (const char* ok : {"Dr.", "e.g.", "et al.", "op. cit.", "q4h.", "N\u00b0.", "t.i.d."}) {
    EXPECT_TRUE(check_abbreviation(ok)) << ok;
  }
  EXPECT_EQ(check_abbreviation("").error().message, "is empty");
  EXPECT_NE(check_abbreviation("Dr").error().message.find("must end with its full stop"), std::string::npos);
  EXPECT_EQ(check_abbreviation(".").error().message, "has no letters before its full stop");
  EXPECT_EQ(check_abbreviation("1st.").error().message, "must start with a letter");
  EXPECT_EQ(check_abbreviation("a b c.").error().message, "may have at most two words");
  EXPECT_EQ(check_abbreviation("e..g.").error().message, "has two full stops in a row");
  EXPECT_EQ(check_abbreviation("a-b.").error().message, "may hold only letters, digits and full stops in a word");
  EXPECT_EQ(check_abbreviation("\xFF.").error().message, "is not valid UTF-8");
  EXPECT_EQ(check_abbreviation(std::string(41, 'a')).error().message, "is longer than 40 bytes");
}

TEST(Abbreviations, CaseCarriesMeaning) {
  AbbreviationTable t;
  t.add("Ms.", AbbreviationKind::kPrefix);
  t.add("approx.", AbbreviationKind::kPrefix);
  t.add("ca.", AbbreviationKind::kPrefix);
  t.add("et al.", AbbreviationKind::kTerminal);
  EXPECT_EQ(find(t, "Ms."), AbbreviationKind::kPrefix);
  EXPECT_EQ(find(t, "MS."), std::nullopt);  // multiple sclerosis
  EXPECT_EQ(find(t, "ms."), std::nullopt);
  EXPECT_EQ(find(t, "Approx."), AbbreviationKind::kPrefix);  // a sentence's start
  EXPECT_EQ(find(t, "APPROX."), std::nullopt);
  EXPECT_EQ(find(t, "Ca."), std::nullopt);  // calcium: two letters keep their case
  EXPECT_EQ(find(t, "Smith et al."), AbbreviationKind::kTerminal);
  EXPECT_EQ(find(t, "Smith al."), std::nullopt);  // "al" alone is no abbreviation
  EXPECT_EQ(find(t, "Let al."), std::nullopt);
}

TEST(Abbreviations, ALaterEntryTakesItsKind) {
  AbbreviationTable t;
  t.add("St.", AbbreviationKind::kPrefix);
  t.add("St.", AbbreviationKind::kTerminal);
  EXPECT_EQ(find(t, "Main St."), AbbreviationKind::kTerminal);
  EXPECT_EQ(t.size(), 1u);
}

}  // namespace
}  // namespace medlint
