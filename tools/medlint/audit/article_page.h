// One page per file of the corpus: the article as a reader sees it, each
// finding highlighted where it is with its message and rule beside it,
// claims without citation marked, and the review history as a timeline.
#pragma once

#include <span>
#include <string>

#include "medlint/audit/audit_model.h"

namespace medlint::audit {

struct ArticlePageInput {
  const AuditArticle& summary;
  std::span<const Finding> findings;  // this file's, sorted
  const Date& today;
  // Parsed articles only (null otherwise: the page lists the findings).
  const JsonDocument* doc = nullptr;
  const Article* article = nullptr;
  const ArticleFacts* facts = nullptr;
  const Registry* registry = nullptr;  // people and disclaimers; may be null
};

std::string article_page(const ArticlePageInput& in);

}  // namespace medlint::audit
