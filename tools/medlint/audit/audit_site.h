// `medlint audit`: writes the static site from one lint run. Each file's page
// is written as soon as it is rendered and its model dropped, so memory
// grows with the findings and a small summary per file, not with the corpus.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/engine/linter.h"

namespace medlint::audit {

struct AuditInput {
  const Linter& linter;
  const LintResult& result;        // findings after suppressions and the baseline
  std::vector<Finding> baselined;  // what the baseline hid
  Date today;
};

// Checks that `dir` may receive the site: a new folder, an empty one, or the
// site of an earlier audit (it holds audit.json), and no symlink.
Result<void> check_output_dir(const std::filesystem::path& dir);

// Writes index.html, articles/, rules/, assets/, audit.json and audit.csv
// into `dir`, each file atomically; removes the pages of an earlier audit
// that this one did not write.
Result<void> write_site(const AuditInput& in, const std::filesystem::path& dir);

}  // namespace medlint::audit
