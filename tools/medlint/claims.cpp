#include "claims.h"

#include <algorithm>

#include "report/json_out.h"
#include "report/report_text.h"

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

namespace {

std::string_view coverage_name(ListCoverage c) {
  switch (c) {
    case ListCoverage::kNone: return "";
    case ListCoverage::kCites: return "list-cites";
    case ListCoverage::kLeadIn: return "lead-in";
    case ListCoverage::kCitesAndLeadIn: return "list-cites-and-lead-in";
  }
  return "";
}

// What a text line says about a sentence: "claim, cited by [1]",
// "claim, not cited (CIT001)", "question: not a claim".
std::string verdict(const SentenceView& s) {
  switch (s.role) {
    case SentenceRole::kQuestion: return "not a claim (a question)";
    case SentenceRole::kLeadIn: return "not a claim (a lead-in ending with \":\")";
    case SentenceRole::kNoClaimSection:
      return s.section_kind == SectionKind::kOther ? "not a claim (section of kind \"other\")"
                                                   : "not a claim (section of unknown kind)";
    case SentenceRole::kClaim: break;
  }
  if (!s.cited) return "claim, not cited (CIT001)";
  std::string out = "claim, cited by";
  for (const std::string& m : s.markers) out += " " + report::printable(m);
  if (s.coverage == ListCoverage::kCites || s.coverage == ListCoverage::kCitesAndLeadIn) out += " the list's cites";
  if (s.coverage == ListCoverage::kLeadIn || s.coverage == ListCoverage::kCitesAndLeadIn) out += " the list's lead-in";
  if (s.coverage != ListCoverage::kNone) {
    out += " (";
    for (std::size_t i = 0; i < s.cites.size(); ++i) out += (i ? ", " : "") + std::to_string(s.cites[i]);
    out += ")";
  }
  return out;
}

bool shown(const SentenceView& s, bool uncited_only) {
  return !uncited_only || (s.role == SentenceRole::kClaim && !s.cited);
}

}  // namespace

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

void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles, bool uncited_only) {
  for (const ArticleClaims& a : articles) {
    const std::string file = report::printable(a.file);
    for (const SentenceView& s : a.sentences) {
      if (!shown(s, uncited_only)) continue;
      out << file << ':' << s.start.line << ':' << s.start.column << '-' << s.end.line << ':' << s.end.column
          << ": " << verdict(s) << ": " << report::printable(s.text) << '\n';
    }
  }
  const ClaimTotals t = count_claims(articles);
  out << t.claims << (t.claims == 1 ? " claim" : " claims") << " (" << t.cited << " cited, " << t.uncited
      << " not cited) in " << t.sentences << (t.sentences == 1 ? " sentence" : " sentences") << " of "
      << articles.size() << (articles.size() == 1 ? " article" : " articles") << ".\n";
}

void write_claims_json(std::ostream& out, const std::vector<ArticleClaims>& articles, bool uncited_only) {
  report::JsonOut json(out);
  auto& w = json.writer();
  const auto str = [&](std::string_view s) { json.str(s); };
  w.StartObject();
  w.Key("version");
  w.Uint(1);
  w.Key("files");
  w.StartArray();
  for (const ArticleClaims& a : articles) {
    w.StartObject();
    w.Key("file");
    str(a.file);
    w.Key("sentences");
    w.StartArray();
    for (const SentenceView& s : a.sentences) {
      if (!shown(s, uncited_only)) continue;
      w.StartObject();
      w.Key("pointer");
      str(s.pointer);
      w.Key("start");
      json.position(s.start);
      w.Key("end");
      json.position(s.end);
      w.Key("text");
      str(s.text);
      w.Key("role");
      str(to_string(s.role));
      w.Key("claim");
      w.Bool(s.role == SentenceRole::kClaim);
      w.Key("cited");
      w.Bool(s.cited);
      w.Key("markers");
      w.StartArray();
      for (const std::string& m : s.markers) str(m);
      w.EndArray();
      w.Key("cites");
      w.StartArray();
      for (const std::int64_t id : s.cites) w.Int64(id);
      w.EndArray();
      w.Key("coveredBy");
      if (s.coverage == ListCoverage::kNone) {
        w.Null();
      } else {
        str(coverage_name(s.coverage));
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  const ClaimTotals t = count_claims(articles);
  w.Key("totals");
  w.StartObject();
  w.Key("articles");
  w.Uint64(articles.size());
  w.Key("sentences");
  w.Uint64(t.sentences);
  w.Key("claims");
  w.Uint64(t.claims);
  w.Key("cited");
  w.Uint64(t.cited);
  w.Key("uncited");
  w.Uint64(t.uncited);
  w.EndObject();
  w.EndObject();
  out << '\n';
}

}  // namespace medlint
