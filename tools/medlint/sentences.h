// The one sentence splitter: every rule and report that needs sentences uses
// it. Built for medical prose: abbreviations (e.g., i.e., vs., et al., Dr.,
// approx.), decimals and units (38.5 °C, 0.5 mg/kg), citation markers before
// or after the full stop ("care [1]." and "care.[1]"), closing quotes and
// brackets, ellipses, and list runs flattened into text (" - item").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace medlint {

// [begin, end) byte offsets into the text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Cuts UTF-8 text into sentences that partition it: every byte belongs to
// exactly one sentence (the whitespace after a sentence belongs to it, and
// leading whitespace to the first), and no sentence is whitespace only. A
// text of whitespace only has no sentence.
std::vector<TextRange> split_sentences(std::string_view text);

// The range without its leading and trailing whitespace.
TextRange trim(std::string_view text, TextRange range);

}  // namespace medlint
