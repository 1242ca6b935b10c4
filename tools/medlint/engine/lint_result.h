// What a lint run gives the reporters and the post-passes: the findings,
// the suppressions that silenced some, and what was checked.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "medlint/engine/context.h"
#include "medlint/model/finding.h"

namespace medlint {

// A suppression in an article ("medlint": {"ignore": [...]}), listed in the
// JSON output so that audits see every silenced finding.
struct Suppression {
  std::string file;
  std::string rule;
  std::string at;  // JSON Pointer, empty: the whole article
  std::string reason;
  std::size_t matched = 0;  // findings it silenced
};

struct LintResult {
  std::vector<Finding> findings;          // sorted with finding_less
  std::vector<Suppression> suppressions;  // by file, in file order
  std::size_t files_checked = 0;
  std::size_t unreadable = 0;       // paths that could not be read (each has a MED002 finding)
  std::vector<std::string> files;   // the display path of every file checked or unreadable, sorted
  std::vector<std::string> unread;  // those that could not be read, sorted
  // What the corpus rules compared (ART002: each article's id), by file:
  // a shard's report carries them so that `medlint merge` can compare across shards.
  std::vector<CorpusNote> notes;
  std::vector<std::string> errors;  // files that could not be read: exit code 2
};

// What a baseline did to a run's findings (see driver/baseline.h).
struct BaselineStats {
  std::size_t matched = 0;  // findings the baseline hid
  std::size_t stale = 0;    // baseline entries that no longer occur
};

}  // namespace medlint
