// What linting one file gives: its findings, suppressions and the facts the
// corpus rules need. The cache stores it (engine/outcome_codec.h).
#pragma once

#include <string>
#include <vector>

#include "medlint/engine/context.h"
#include "medlint/engine/lint_result.h"

namespace medlint {

struct FileOutcome {
  std::vector<Finding> findings;
  std::vector<Suppression> suppressions;
  std::vector<CorpusNote> notes;  // for the corpus rules
  std::string file;               // the display path, for LintResult::files
  bool unread = false;            // could not be read (MED002): listed, not counted as checked
};

}  // namespace medlint
