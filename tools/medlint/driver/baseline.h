// A baseline for adopting medlint on an existing corpus: the fingerprints of
// today's findings, so that `check --baseline` reports only new ones and says
// how many old ones are gone (the baseline can shrink, never silently grow).
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/engine/lint_result.h"
#include "medlint/model/finding.h"

namespace medlint {

class Baseline {
 public:
  // Reads a baseline file; an error when unreadable or malformed.
  static Result<Baseline> load(const std::filesystem::path& path);
  // The same from text already read; `path` names it in errors.
  static Result<Baseline> parse(const std::string& path, std::string_view text);
  // Writes the findings' fingerprints, sorted, atomically (temp file + rename).
  static Result<void> write(const std::filesystem::path& path, const std::vector<Finding>& findings);

  // Removes the findings the baseline lists; moves them to `hidden` if given
  // (the audit lists the entries still in force).
  BaselineStats apply(std::vector<Finding>& findings, std::vector<Finding>* hidden = nullptr) const;
  std::size_t size() const { return entries_.size(); }

 private:
  std::set<std::tuple<std::string, std::string, std::string>> entries_;  // file, code, fingerprint
};

}  // namespace medlint
