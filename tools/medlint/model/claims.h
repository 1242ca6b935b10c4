// What medlint sees as claims: every sentence it cuts from an article's
// prose, whether it is a claim, and what cites it. CIT001 reports exactly
// the claims that are not cited; `medlint claims` prints this list
// (report/claims_report.h) so that an editor can see why a sentence is or
// is not reported.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/model/article.h"
#include "medlint/load/source_file.h"

namespace medlint {

struct SentenceView {
  std::string pointer;  // JSON Pointer of the string it was cut from
  Position start, end;  // in the source; end is exclusive
  std::string text;     // the sentence, decoded
  SentenceRole role = SentenceRole::kClaim;
  SectionKind section_kind = SectionKind::kUnknown;
  bool cited = false;
  std::vector<std::string> markers;  // its inline markers, as written ("[1]", "[2, 3]")
  std::vector<std::int64_t> cites;   // reference ids: markers and list coverage, sorted
  ListCoverage coverage = ListCoverage::kNone;
};

struct ArticleClaims {
  std::string file;
  std::vector<SentenceView> sentences;  // document order
};

// The sentences of one article (built from `source` and `doc`).
ArticleClaims list_claims(const SourceFile& source, const JsonDocument& doc, const Article& article);

struct ClaimTotals {
  std::size_t sentences = 0, claims = 0, cited = 0, uncited = 0;
};
ClaimTotals count_claims(const std::vector<ArticleClaims>& articles);

// "claim", "question", "lead-in", "no-claim-section".
std::string_view to_string(SentenceRole role);

}  // namespace medlint
