#include "medlint/model/claims.h"

#include <algorithm>

namespace medlint {

std::string_view to_string(SentenceRole role) {
  switch (role) {
    case SentenceRole::kClaim: return "claim";
    case SentenceRole::kQuestion: return "question";
    case SentenceRole::kLeadIn: return "lead-in";
    case SentenceRole::kNoClaimSection: return "no-claim-section";
  }
  return "claim";
}

ArticleClaims list_claims(const SourceFile& source, const JsonDocument& doc, const Article& article) {
  ArticleClaims out;
  out.file = source.path();
  for (const TextBlock& b : article.text_blocks) {
    if (b.kind != BlockKind::kSentence) continue;
    SentenceView v;
    v.pointer = doc.pointer(b.text.node);
    const Span span = doc.string_span(b.text.node, b.offset, b.offset + b.text.value.size());
    v.start = source.position(span.begin);
    v.end = source.position(span.end);
    v.text = b.text.value;
    v.role = b.role;
    v.section_kind = b.section_kind;
    v.cited = b.cited;
    v.coverage = b.coverage;
    v.cites = b.cites;
    std::sort(v.cites.begin(), v.cites.end());
    v.cites.erase(std::unique(v.cites.begin(), v.cites.end()), v.cites.end());
    for (const Citation& c : article.citations) {
      if (!c.in_list_cites && c.node == b.text.node && c.begin >= b.offset && c.end <= b.offset + b.text.value.size()) {
        v.markers.emplace_back(c.text);
      }
    }
    out.sentences.push_back(std::move(v));
  }
  return out;
}

ClaimTotals count_claims(const std::vector<ArticleClaims>& articles) {
  ClaimTotals t;
  for (const ArticleClaims& a : articles) {
    for (const SentenceView& s : a.sentences) {
      ++t.sentences;
      if (s.role != SentenceRole::kClaim) continue;
      ++t.claims;
      ++(s.cited ? t.cited : t.uncited);
    }
  }
  return t;
}

}  // namespace medlint
