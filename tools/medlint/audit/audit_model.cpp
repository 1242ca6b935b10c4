#include "medlint/audit/audit_model.h"
#include "medlint/base/hash.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "medlint/engine/article_dates.h"
#include "medlint/model/identifiers.h"

namespace medlint::audit {
namespace {

// The reference a finding's pointer names ("/references/3/doi" -> 3).
std::optional<std::size_t> reference_index(std::string_view pointer) {
  constexpr std::string_view kPrefix = "/references/";
  if (!pointer.starts_with(kPrefix)) return std::nullopt;
  pointer.remove_prefix(kPrefix.size());
  std::size_t index = 0;
  const auto r = std::from_chars(pointer.data(), pointer.data() + pointer.size(), index);
  if (r.ec != std::errc() || (r.ptr != pointer.data() + pointer.size() && *r.ptr != '/')) return std::nullopt;
  return index;
}

FlaggedSource flagged_source(const Reference& ref, const Finding& f) {
  FlaggedSource s;
  s.code = f.code;
  s.message = f.message;
  s.severity = f.severity;
  if (ref.doi.present() && !ref.doi.value.empty()) {
    s.identifier = "doi:" + normalize_doi(ref.doi.value);
    s.key = s.identifier;
    std::transform(s.key.begin(), s.key.end(), s.key.begin(), [](unsigned char c) { return std::tolower(c); });
  } else if (ref.pmid.present() && !ref.pmid.value.empty()) {
    s.identifier = "PMID " + std::string(ref.pmid.value);
    s.key = "pmid:" + std::string(ref.pmid.value);
  } else {
    s.key = "title:" + normalize_title(ref.title.value);
  }
  s.title = ref.title.present() && !ref.title.value.empty() ? std::string(ref.title.value) : s.identifier;
  return s;
}

// Places each finding that points into a string value on that string.
void place_findings(const JsonDocument& doc, std::span<const Finding> findings, ArticleFacts& facts) {
  facts.placed.assign(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    const NodeId node = doc.resolve(f.pointer);
    if (node == kNoNode || !doc.value(node).IsString()) continue;
    const Span value = doc.node(node).value;
    if (f.span.begin < value.begin || f.span.end > value.end) continue;
    TextMark mark{doc.decoded_offset(node, f.span.begin), doc.decoded_offset(node, f.span.end), static_cast<int>(i)};
    if (mark.end <= mark.begin) {
      // The whole value (an empty string, or a span on the quotes).
      mark.begin = 0;
      mark.end = doc.value(node).GetStringLength();
    }
    facts.marks[node].push_back(mark);
    facts.placed[i] = true;
  }
}

void review_facts(const JsonDocument& doc, const Article& article, const Config& config, const Date& today,
                  AuditArticle& a) {
  if (const auto age = review_age(article, doc, config.review, today)) {
    a.last_review = age->clock.date.to_string();
    a.age_days = age->age_days;
    a.max_age_days = age->limits.max_age_days;
    a.days_until_due = static_cast<long>(age->limits.max_age_days) - age->age_days;
    a.due = age->due.to_string();
    a.overdue = age->overdue();
    a.due_soon = age->due_soon();
  }
  if (!article.history.empty()) a.status_since = std::string(article.history.back().date.value);
  if (a.status == "under_review") {
    for (auto it = article.history.rbegin(); it != article.history.rend(); ++it) {
      if (it->status.value != "under_review") continue;
      a.holder = std::string(it->by.value);
      break;
    }
  }
}

void claim_facts(const Article& article, ArticleFacts& facts) {
  std::set<std::pair<std::string_view, std::int64_t>> cited;  // (section kind, reference id)
  for (const TextBlock& b : article.text_blocks) {
    if (b.kind != BlockKind::kSentence) continue;
    for (const std::int64_t id : b.cites) cited.emplace(section_kind_name(b.section_kind), id);
    if (!b.claim) continue;
    ++facts.summary.claims;
    if (b.cited) {
      ++facts.summary.cited;
      continue;
    }
    facts.marks[b.text.node].push_back({b.offset, b.offset + b.text.value.size(), -1});
    if (facts.summary.uncited.size() < kUncitedKept) facts.summary.uncited.emplace_back(b.text.value);
  }
  for (const auto& [kind, id] : cited) {
    const Reference* ref = article.reference(id);
    if (!ref) continue;
    const std::string type = ref->type.present() ? std::string(ref->type.value) : "(no type)";
    ++facts.evidence[std::string(kind)][type];
  }
}

}  // namespace

std::string_view section_kind_name(SectionKind k) {
  switch (k) {
    case SectionKind::kGuidelines: return "guidelines";
    case SectionKind::kResearch: return "research";
    case SectionKind::kOverview: return "overview";
    case SectionKind::kOther: return "other";
    case SectionKind::kUnknown: break;
  }
  return "unknown";
}

void count_findings(AuditArticle& a, std::span<const Finding> findings) {
  for (const Finding& f : findings) {
    if (f.severity == Severity::kError) ++a.errors;
    if (f.severity == Severity::kWarning) ++a.warnings;
  }
}

ArticleFacts article_facts(const JsonDocument& doc, const Article& article, std::span<const Finding> findings,
                           const Config& config, const Date& today) {
  ArticleFacts facts;
  AuditArticle& a = facts.summary;
  a.parsed = true;
  a.id = article.id.value;
  a.title = article.title.value;
  a.status = article.status.value;
  for (const StringField& s : article.audiences) a.audiences.emplace_back(s.value);
  a.created = article.created.value;
  a.updated = article.updated.value;
  a.reviewed = article.reviewed.value;
  review_facts(doc, article, config, today, a);
  claim_facts(article, facts);
  place_findings(doc, findings, facts);
  for (auto& [node, marks] : facts.marks) {
    std::sort(marks.begin(), marks.end(), [](const TextMark& x, const TextMark& y) {
      return std::tie(x.begin, x.end, x.finding) < std::tie(y.begin, y.end, y.finding);
    });
  }
  for (const Finding& f : findings) {
    if (f.code != "CIT009" && f.code != "CIT010") continue;
    const auto index = reference_index(f.pointer);
    if (index && *index < article.references.size())
      facts.flagged.push_back(flagged_source(article.references[*index], f));
  }
  count_findings(a, findings);
  return facts;
}

std::string page_for(const std::string& display) {
  std::string_view name = display;
  if (const std::size_t slash = name.find_last_of("/\\"); slash != std::string_view::npos)
    name.remove_prefix(slash + 1);
  if (name.ends_with(".json")) name.remove_suffix(5);
  std::string stem;
  for (const char ch : name) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      stem += lower;
    } else if (!stem.empty() && stem.back() != '-') {
      stem += '-';
    }
    if (stem.size() >= 60) break;
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.empty()) stem = "file";
  Fnv1a32 hash;
  hash.add(display);
  return "articles/" + stem + "-" + hash.hex() + ".html";
}

}  // namespace medlint::audit
