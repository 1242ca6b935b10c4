#include "medlint/report/claims_report.h"
#include "medlint/base/words.h"

#include "medlint/report/json_out.h"
#include "medlint/report/report_text.h"

namespace medlint {

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

void write_claims_text(std::ostream& out, const std::vector<ArticleClaims>& articles, bool uncited_only) {
  for (const ArticleClaims& a : articles) {
    const std::string file = report::printable(a.file);
    for (const SentenceView& s : a.sentences) {
      if (!shown(s, uncited_only)) continue;
      out << file << ':' << s.start.line << ':' << s.start.column << '-' << s.end.line << ':' << s.end.column << ": "
          << verdict(s) << ": " << report::printable(s.text) << '\n';
    }
  }
  const ClaimTotals t = count_claims(articles);
  out << count_of(static_cast<long long>(t.claims), "claim") << " (" << t.cited << " cited, " << t.uncited
      << " not cited) in " << count_of(static_cast<long long>(t.sentences), "sentence") << " of "
      << count_of(static_cast<long long>(articles.size()), "article") << ".\n";
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
