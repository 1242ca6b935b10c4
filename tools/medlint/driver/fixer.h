// `medlint fix`: the safe fixes the rules attach to their findings
// (Finding::fix), applied to an article's bytes pass after pass, as ESLint
// does: each pass lints the text, takes every fix that touches no bytes an
// earlier one of the pass touches, and the next pass sees what is left.
#pragma once

#include <cstddef>
#include <functional>
#include <filesystem>
#include <map>
#include <string>

#include "medlint/engine/linter.h"

namespace medlint {

struct FixedText {
  std::string text;                                       // with every fix applied
  std::map<std::string, std::size_t, std::less<>> fixed;  // findings fixed, by rule code
  std::size_t total() const;
};

// At most this many passes (a fix that keeps re-creating its finding stops).
inline constexpr int kMaxFixPasses = 10;

// The registry of each article folder, loaded once for every article of a
// `fix` run (each pass of each article lints against it).
class FolderRegistries {
 public:
  // The registry the article at `path` is checked against (empty when none
  // is found); a registry file that cannot be read counts as none.
  const Registry& of(const Linter& linter, const std::filesystem::path& path);

 private:
  std::map<std::filesystem::path, Registry> by_folder_;
  Registry none_;
};

// Fixes `text`, linted as `path` against `registry`, with the fixes of the
// findings `wanted` accepts. A pass whose result would
// not parse as JSON is dropped, and so is everything after it: a fix never
// leaves a broken file. Bytes outside the fixes' spans are kept as they are.
FixedText fix_text(const Linter& linter, const std::string& path, std::string text, const Registry& registry,
                   const std::function<bool(const Finding&)>& wanted);

}  // namespace medlint
