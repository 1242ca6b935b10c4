// The one sentence splitter: every rule and report that needs sentences uses
// it (CIT001's claims, `medlint claims`). It is built the way the best
// rule-based splitters are (docs/sentences.md): candidate boundaries at
// . ! ? … and ellipses, with the closers that stay with them (quotes,
// brackets, citation markers); then a decision from the token before (a
// known abbreviation and its kind, an initial, an initialism such as "U.S.",
// a list enumerator, a number) and the token after (a capitalised word, a
// sentence opener, a lower-case scientific token such as "eGFR" or "p53", a
// number, an opening quote or bracket). Line breaks, wide gaps and bullets
// of flattened lists, and enumerated lists inside a paragraph, cut too.
#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "medlint/model/abbreviations.h"

namespace medlint {

// [begin, end) byte offsets into the text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The range without its leading and trailing whitespace.
TextRange trim(std::string_view text, TextRange range);

class SentenceSplitter {
 public:
  // The bundled lists (tools/medlint/data/sentences/*.json), loaded and
  // validated on first use. Throws std::runtime_error if they are invalid,
  // which a unit test rules out.
  static const SentenceSplitter& bundled();
  // The bundled lists plus `extra` (a config's "abbreviations"); an extra
  // entry that is already listed takes the extra's kind. Entries must be
  // valid (check_abbreviation).
  static std::unique_ptr<const SentenceSplitter> with(std::span<const Abbreviation> extra);

  // Cuts UTF-8 text into sentences that partition it: every byte belongs to
  // exactly one sentence (the whitespace after a sentence belongs to it, and
  // leading whitespace to the first), and no sentence is whitespace only. A
  // text of whitespace only has no sentence. Linear in the text's length.
  std::vector<TextRange> split(std::string_view text) const;

  const AbbreviationTable& abbreviations() const { return abbreviations_; }

  // Word lists (tools/medlint/data/sentences/words.json), lower case.
  struct Words {
    std::unordered_set<std::string> openers, designators, continuations;
  };
  const Words& words() const { return words_; }

 private:
  AbbreviationTable abbreviations_;
  Words words_;
};

// SentenceSplitter::bundled().split(text).
std::vector<TextRange> split_sentences(std::string_view text);

// Load the bundled lists, or return what is wrong with them (file and
// entry). bundled() uses them; a unit test checks that they load cleanly.
Result<void> load_bundled_abbreviations(AbbreviationTable& table);
Result<void> load_bundled_words(SentenceSplitter::Words& words);

}  // namespace medlint
