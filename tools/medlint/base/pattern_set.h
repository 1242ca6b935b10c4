// Many regular expressions matched against one text in one pass: RE2::Set
// says which patterns occur, and only those are then located. The language
// rules and a team's custom rules of one scope share one set, so each
// sentence or block is scanned once for all of them, in linear time whatever
// the text (issue 13).
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/base/result.h"

namespace medlint {

class PatternSet {
 public:
  PatternSet();
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // Adds a pattern (RE2 syntax, UTF-8, case-sensitive unless it says (?i));
  // its index is the number of patterns added before it. An error says why
  // RE2 refuses it.
  Result<std::size_t> add(std::string_view pattern);
  // The same with the pattern already compiled (compile_one), which sets
  // sharing a pattern then compile once.
  Result<std::size_t> add(std::shared_ptr<const RE2> compiled);
  // One pattern compiled with the options every set uses; an error says why
  // RE2 refuses it.
  static Result<std::shared_ptr<const RE2>> compile_one(std::string_view pattern);
  // Compiles the set, once, after every add(); an error when it is too big.
  Result<void> compile();

  struct Match {
    std::size_t pattern;     // the index add() gave
    std::size_t begin, end;  // byte offsets in the text, at code point boundaries
    friend bool operator==(const Match&, const Match&) = default;
  };
  // Every match of every pattern, each pattern's matches left to right and
  // not overlapping one another; sorted by begin, then pattern. Empty before
  // compile().
  std::vector<Match> find_all(std::string_view text) const;
  // The same, trying only `patterns` (ascending indices): those occurring()
  // in a text that contains this one, plus the anchored ones. One set scan
  // of an article's blocks then spares one per block and sentence.
  std::vector<Match> find_all(std::string_view text, const std::vector<std::size_t>& patterns) const;
  // Which patterns occur in `text`, ascending; every pattern when the set
  // cannot tell (its DFA ran out of memory).
  std::vector<std::size_t> occurring(std::string_view text) const;
  // Whether the pattern can match a text and not a longer one that contains
  // it: it is anchored (^, $, \A, \z) to where the text starts or ends.
  bool anchored(std::size_t pattern) const { return anchored_[pattern]; }
  // The anchored patterns, ascending.
  const std::vector<std::size_t>& anchored_patterns() const { return anchored_list_; }

  std::size_t size() const { return each_.size(); }

 private:
  RE2::Options options_;
  std::unique_ptr<RE2::Set> set_;
  std::vector<std::shared_ptr<const RE2>> each_;
  std::vector<bool> anchored_;
  std::vector<std::size_t> anchored_list_;
  bool compiled_ = false;
};

}  // namespace medlint
