#include "medlint/driver/fixer.h"

#include <set>

#include "medlint/base/utf8.h"
#include "medlint/model/file_kind.h"
#include "medlint/load/json_document.h"

namespace medlint {

std::size_t FixedText::total() const {
  std::size_t n = 0;
  for (const auto& [code, count] : fixed) n += count;
  return n;
}

namespace {

bool collides(const std::vector<TextEdit>& taken, const std::vector<TextEdit>& edits) {
  for (const TextEdit& e : edits) {
    for (const TextEdit& t : taken) {
      if (edits_collide(e, t)) return true;
    }
  }
  return false;
}

// A fix's own edits never collide; a rule that made them so is ignored.
bool self_colliding(const std::vector<TextEdit>& edits) {
  for (std::size_t i = 0; i < edits.size(); ++i) {
    for (std::size_t j = i + 1; j < edits.size(); ++j) {
      if (edits_collide(edits[i], edits[j])) return true;
    }
  }
  return false;
}

// How many load problems (duplicate keys, ...) `text` has; -1 when it is
// not a JSON document at all.
long problems_of(const std::string& text) {
  if (find_invalid_utf8(text)) return -1;
  const JsonDocument doc = JsonDocument::parse(text);
  return doc.ok() ? static_cast<long>(doc.problems().size()) : -1;
}

}  // namespace

const Registry& FolderRegistries::of(const Linter& linter, const std::filesystem::path& path) {
  const auto dir = registry_dir_for(path, linter.config().registry);
  if (!dir) return none_;
  auto [it, added] = by_folder_.try_emplace(*dir);
  if (added) {
    std::vector<FileOutcome> ignored;  // the registry's own findings belong to `check`
    std::vector<std::string> errors;
    it->second = linter.load_registry(*dir, ignored, errors);
  }
  return it->second;
}

FixedText fix_text(const Linter& linter, const std::string& path, std::string text, const Registry& registry,
                   const std::function<bool(const Finding&)>& wanted) {
  FixedText out;
  std::set<std::string> seen{text};
  const long problems = problems_of(text);
  for (int pass = 0; pass < kMaxFixPasses; ++pass) {
    std::vector<FileOutcome> outcome;
    outcome.push_back(linter.lint_source(SourceFile(path, text), classify(path), &registry));
    const LintResult result = linter.finish(std::move(outcome));
    std::vector<TextEdit> taken;
    std::map<std::string, std::size_t, std::less<>> fixed;
    for (const Finding& f : result.findings) {
      if (f.fix.empty() || !wanted(f) || self_colliding(f.fix) || collides(taken, f.fix)) continue;
      taken.insert(taken.end(), f.fix.begin(), f.fix.end());
      ++fixed[f.code];
    }
    if (taken.empty()) break;
    auto applied = apply_edits(text, taken);
    if (problems < 0 || !applied || problems_of(*applied) != problems || !seen.insert(*applied).second) break;
    text = std::move(*applied);
    for (const auto& [code, n] : fixed) out.fixed[code] += n;
  }
  out.text = std::move(text);
  return out;
}

}  // namespace medlint
