#include "medlint/audit/corpus.h"

#include <algorithm>

namespace medlint::audit {

std::size_t Corpus::article_of(std::string_view file) const {
  const auto it = std::lower_bound(articles.begin(), articles.end(), file,
                                   [](const AuditArticle& a, std::string_view f) { return a.file < f; });
  return it != articles.end() && it->file == file ? static_cast<std::size_t>(it - articles.begin()) : std::string::npos;
}

std::string Corpus::name_of(std::string_view id) const {
  const auto it = names.find(id);
  return it == names.end() || it->second.empty() ? std::string(id) : it->second;
}

CorpusTotals totals(const Corpus& c) {
  CorpusTotals t;
  for (const AuditArticle& a : c.articles) {
    if (a.kind == FileKind::kArticle) ++t.articles;
    t.claims += a.claims;
    t.cited += a.cited;
    t.errors += a.errors;
    t.warnings += a.warnings;
    t.overdue += a.overdue ? 1 : 0;
    t.due_soon += a.due_soon ? 1 : 0;
  }
  for (const Suppression& s : c.suppressions) t.suppressed += s.matched;
  return t;
}

std::optional<long> days_since(std::string_view since, const Date& today) {
  const auto d = Date::parse(since);
  if (!d) return std::nullopt;
  return today.days_since_epoch() - d->days_since_epoch();
}

std::vector<std::size_t> review_queue(const Corpus& c) {
  std::vector<std::size_t> queue;
  for (std::size_t i = 0; i < c.articles.size(); ++i) {
    const std::string& s = c.articles[i].status;
    if (s == "submitted" || s == "under_review") queue.push_back(i);
  }
  // Oldest first; an undated step last; then by file (articles are sorted by file).
  std::stable_sort(queue.begin(), queue.end(), [&c](std::size_t x, std::size_t y) {
    const auto dx = Date::parse(c.articles[x].status_since), dy = Date::parse(c.articles[y].status_since);
    if (dx && dy) return *dx < *dy;
    return dx.has_value() && !dy.has_value();
  });
  return queue;
}

}  // namespace medlint::audit
