// The corpus-wide facts of an audit, gathered while each article's page is
// written: the dashboard, the rule pages, audit.json and audit.csv are made
// from this alone (no article is kept in memory).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "medlint/engine/config.h"
#include "medlint/engine/linter.h"
#include "medlint/audit/audit_model.h"

namespace medlint::audit {

struct BoardMember {
  std::string id, name;
  std::size_t holding = 0;  // articles under review that this member started
};

struct Corpus {
  Date today;
  ReviewLimits limits;                 // the top-level review limits (the histogram's line)
  std::vector<AuditArticle> articles;  // every file checked, by display path
  std::vector<FlaggedSource> flagged;  // CIT009 and CIT010, by key then article
  EvidenceMix evidence;
  std::vector<Suppression> suppressions;
  std::vector<Finding> baselined;                             // findings the baseline hides: entries in force
  const std::vector<Finding>* findings = nullptr;             // every finding reported, sorted
  std::vector<BoardMember> board;                             // on the board on `today`, by id
  std::map<std::string, std::string, std::less<>> names;      // person id -> name
  std::map<std::string, const RuleMeta*, std::less<>> rules;  // code -> metadata

  // The index of the article of a display path, or npos.
  std::size_t article_of(std::string_view file) const;
  // The name of a person, else the id.
  std::string name_of(std::string_view id) const;
};

struct CorpusTotals {
  std::size_t articles = 0, claims = 0, cited = 0, errors = 0, warnings = 0, suppressed = 0, overdue = 0, due_soon = 0;
};
CorpusTotals totals(const Corpus& c);

// The articles waiting for the board (submitted, under review), oldest first.
std::vector<std::size_t> review_queue(const Corpus& c);

// Days from `since` (YYYY-MM-DD) to `today`, or none when it is no date.
std::optional<long> days_since(std::string_view since, const Date& today);

}  // namespace medlint::audit
