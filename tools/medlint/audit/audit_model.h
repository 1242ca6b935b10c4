// What the audit site shows, computed from the engine's findings and the
// article model (no rule is re-implemented here): one AuditArticle per file,
// small enough to keep for 100 000 files, and the corpus-wide facts the
// dashboard adds up. The article itself is dropped once its page is written.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/engine/config.h"
#include "medlint/base/date.h"
#include "medlint/model/finding.h"
#include "medlint/load/json_document.h"
#include "medlint/model/registry.h"
#include "medlint/engine/rule.h"

namespace medlint::audit {

// How many uncited claims an article keeps for the dashboard (its page shows all).
inline constexpr std::size_t kUncitedKept = 3;

// One file of the corpus as the board sees it.
struct AuditArticle {
  std::string file;  // display path
  std::string page;  // its page, relative to the site root ("articles/x-1a2b3c4d.html")
  FileKind kind = FileKind::kArticle;
  bool parsed = false;  // false: not valid JSON (JSON001...), so only its findings are known
  std::string id, title, status;
  std::vector<std::string> audiences;
  std::string created, updated, reviewed;
  std::string last_review;             // the date the review clock counts from (DAT004)
  std::optional<long> age_days;        // days since last_review
  std::optional<long> days_until_due;  // negative: overdue by that many days
  std::string due;                     // last_review + maxAgeDays
  int max_age_days = 0;
  bool overdue = false, due_soon = false;
  std::string status_since;  // date of the last history step
  std::string holder;        // who holds it: the board member reviewing it
  std::size_t claims = 0, cited = 0;
  std::vector<std::string> uncited;  // the first kUncitedKept uncited claims, for the dashboard
  std::size_t errors = 0, warnings = 0, suppressions = 0;

  std::string label() const { return !title.empty() ? title : !id.empty() ? id : file; }
};

// A reference that CIT009 or CIT010 reported, with the article citing it.
struct FlaggedSource {
  std::string key;         // what groups the same source across articles: DOI, PMID or title
  std::string title;       // the reference's title, or its identifier
  std::string identifier;  // "doi:10.5555/...", "PMID 123" or empty
  std::string code, message;
  Severity severity = Severity::kWarning;
  std::size_t article = 0;  // index into Corpus::articles
};

// Reference types cited per section kind: section kind -> type -> citations.
using EvidenceMix = std::map<std::string, std::map<std::string, std::size_t>>;

// A finding's decoded range in a string value, for highlighting.
struct TextMark {
  std::size_t begin = 0, end = 0;  // decoded bytes of the string
  int finding = -1;                // index among the file's findings; -1: an uncited claim
};

// The string values of an article that carry highlights.
using MarksByNode = std::map<NodeId, std::vector<TextMark>>;

// Everything about one article that its page and the dashboard need.
struct ArticleFacts {
  AuditArticle summary;
  MarksByNode marks;
  std::vector<bool> placed;  // per finding: highlighted in the text (else listed only)
  std::vector<FlaggedSource> flagged;
  EvidenceMix evidence;
};

// Computes the facts of a parsed article from its findings (those of this
// file, sorted) and the review limits of `config` on `today`.
ArticleFacts article_facts(const JsonDocument& doc, const Article& article, std::span<const Finding> findings,
                           const Config& config, const Date& today);

// The counts every file gets, parsed or not.
void count_findings(AuditArticle& a, std::span<const Finding> findings);

// The page of a file: "articles/<name>-<8 hex digits of a hash of the path>.html",
// the name reduced to [a-z0-9-] so that no file name can escape the folder.
std::string page_for(const std::string& display);

// The section kind's name as the article format spells it ("guidelines").
std::string_view section_kind_name(SectionKind k);

}  // namespace medlint::audit
