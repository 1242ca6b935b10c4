// One scope's patterns searched once per article, handed out block by block
// as a search of each block alone would find them (issue 13's scanning cost).
//
// The set scans the text of every block of the scope at once (the blocks
// joined by a newline): an article where nothing occurs, most of them, costs
// one pass and no work per block. What occurs is located once in that text
// and each block gets the matches inside it; a paragraph's matches go the
// same way to its sentences. A search of the block itself is made for a
// pattern anchored to the text's ends (^ $ \A \z), for one with a match
// across the block's edge (it may hide a match inside), and for every
// candidate when a word character stands just outside the block (\b would
// see it). Anything else matches the same inside the whole as in the block
// alone: the joining newline is not a word character, as the start and end
// of a text are not.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/base/pattern_set.h"
#include "medlint/engine/scan.h"
#include "medlint/model/article.h"

namespace medlint {

// A set's patterns in one text: those that may occur in it (ascending), and
// the matches of those not anchored, as PatternSet::find_all gives them.
struct Located {
  std::vector<std::size_t> candidates;
  std::vector<PatternSet::Match> matches;
};

// The matches of one text, narrowed to parts of it taken in order.
class MatchSweep {
 public:
  MatchSweep() = default;
  // Searches `whole` (which must outlive the sweep).
  MatchSweep(const PatternSet& set, std::string_view whole);
  // `found` is what a search of `whole` gave (a part of an outer sweep).
  MatchSweep(const PatternSet& set, std::string_view whole, Located found);

  // What searching `part`, the bytes of the whole at `offset`, alone gives.
  // Parts come in ascending order without overlapping; one that does not
  // is searched on its own.
  Located next(std::size_t offset, std::string_view part);
  // No pattern can occur in any part.
  bool none() const { return found_.candidates.empty(); }

 private:
  static Located search(const PatternSet& set, std::string_view text);

  const PatternSet* set_ = nullptr;
  std::string_view whole_;
  Located found_;
  std::size_t passed_ = 0;                 // matches_ before it begin before the last part
  std::vector<PatternSet::Match> active_;  // of those, the ones reaching past its start
  std::size_t last_end_ = 0;
};

// The matches of one scope's set in each of an article's blocks.
class ScopeMatches {
 public:
  // `article` must outlive this and not change.
  ScopeMatches(const PatternSet& set, Scope scope, const Article& article);
  ScopeMatches(const ScopeMatches&) = delete;  // the sweep points into joined_
  ScopeMatches& operator=(const ScopeMatches&) = delete;

  // The matches in `block`, a block of `article` the scope covers, as
  // set.find_all(block.text.value) gives them; blocks are asked in the
  // article's order.
  std::vector<PatternSet::Match> in(const TextBlock& block);
  // No block of the scope has a match: the one search found none.
  bool none() const { return sweep_.none(); }

 private:
  struct Part {
    std::size_t index;   // into article.text_blocks
    std::size_t offset;  // in joined_
  };
  std::vector<PatternSet::Match> in_sentence(const TextBlock& sentence, std::size_t index);
  bool find_part(std::size_t index, std::size_t& part);

  const PatternSet& set_;
  const Article& article_;
  bool sentences_;             // the scope's blocks are sentences, the parts their containers
  std::string joined_;         // the parts' texts, each followed by '\n'
  std::vector<Part> parts_;    // in article order
  std::size_t cursor_ = 0;     // into parts_
  MatchSweep sweep_;           // over joined_
  std::size_t container_ = 0;  // the part whose sentences are being asked, if open
  bool container_open_ = false;
  MatchSweep container_sweep_;  // over that part's text
};

}  // namespace medlint
