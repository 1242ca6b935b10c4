// Abbreviations that end in a full stop, by how that full stop behaves at a
// possible sentence boundary (docs/sentences.md). The bundled lists are data
// (tools/medlint/data/sentences/*.json); medlint.json adds to them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "medlint/base/result.h"

namespace medlint {

enum class AbbreviationKind : std::uint8_t {
  // Stands before a name, a word or a number and never ends a sentence:
  // "Dr. Smith", "Mt. Fuji", "e.g. aspirin", "vs. placebo", "approx. 5 mg".
  kPrefix,
  // Stands before a number or an identifier ("No. 5", "p. 55", "Fig. 2A",
  // "Suppl. S1", "Jan. 2020"); before a capitalised word it ends the sentence.
  kNumber,
  // Often ends a sentence: it does before a capitalised word or another
  // sentence opener, never before a lower-case word or a number ("etc.",
  // "et al.", "Inc.", "t.i.d.", "a.m.", "mg.").
  kTerminal,
};

inline constexpr AbbreviationKind kAbbreviationKinds[] = {AbbreviationKind::kPrefix, AbbreviationKind::kNumber,
                                                          AbbreviationKind::kTerminal};
// "prefix", "number", "terminal": the keys of the lists in JSON.
std::string_view to_string(AbbreviationKind kind);

// One entry as written: "Dr.", "et al.", "t.i.d.".
struct Abbreviation {
  std::string text;
  AbbreviationKind kind;
};

// Whether `entry` can be an abbreviation entry, and why not. An entry is one word,
// or two separated by one space ("et al.", "op. cit."), ends with its full
// stop, starts with a letter and holds letters, digits and inner full stops.
Result<void> check_abbreviation(std::string_view entry);

class AbbreviationTable {
 public:
  // Adds a valid entry (see check_abbreviation); an entry added again takes
  // the later kind.
  void add(std::string_view entry, AbbreviationKind kind);

  // The kind of the abbreviation that ends with the full stop at text[dot],
  // whose last word starts at text[word_begin], if any. Case matters ("MS."
  // is not "Ms."), except that an all-lower-case entry of three characters
  // or more also matches with a capital first letter, as at the start of a
  // sentence ("Approx. 5 mg"; but "Ca." is not "ca.").
  std::optional<AbbreviationKind> find(std::string_view text, std::size_t word_begin, std::size_t dot) const;

  std::size_t size() const { return size_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Entry {
    AbbreviationKind kind;
    bool lower = false;  // no capital letter: also matches capitalised
    std::string before;  // the first word of a two-word entry ("et"), else empty
  };
  // By last word without its full stop ("Dr", "t.i.d", "al").
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>> entries_;
  std::size_t size_ = 0;

  const Entry* match(std::string_view word, std::string_view text, std::size_t word_begin, bool capitalised) const;
};

}  // namespace medlint
