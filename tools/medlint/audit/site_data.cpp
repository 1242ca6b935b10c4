#include "medlint/audit/site_data.h"

#include <sstream>

#include "medlint/report/json_out.h"
#include "medlint/base/version.h"
#include "medlint/audit/csv.h"

namespace medlint::audit {
namespace {

std::string_view kind_name(FileKind k) {
  switch (k) {
    case FileKind::kArticle: return "article";
    case FileKind::kPeopleRegistry: return "people-registry";
    case FileKind::kDisclaimerRegistry: return "disclaimer-registry";
  }
  return "article";
}

using Writer = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

void count(Writer& w, const char* key, std::size_t n) {
  w.Key(key);
  w.Uint64(n);
}

void optional_str(report::JsonOut& j, const char* key, std::string_view value) {
  if (!value.empty()) j.key_str(key, value);
}

void article(report::JsonOut& j, const AuditArticle& a) {
  Writer& w = j.writer();
  w.StartObject();
  j.key_str("file", a.file);
  j.key_str("page", a.page);
  j.key_str("kind", kind_name(a.kind));
  w.Key("parsed");
  w.Bool(a.parsed);
  optional_str(j, "id", a.id);
  optional_str(j, "title", a.title);
  w.Key("audiences");
  w.StartArray();
  for (const std::string& s : a.audiences) j.str(s);
  w.EndArray();
  optional_str(j, "status", a.status);
  optional_str(j, "statusSince", a.status_since);
  optional_str(j, "holder", a.holder);
  optional_str(j, "created", a.created);
  optional_str(j, "updated", a.updated);
  optional_str(j, "reviewed", a.reviewed);
  optional_str(j, "lastReview", a.last_review);
  optional_str(j, "due", a.due);
  if (a.days_until_due) {
    w.Key("daysUntilDue");
    w.Int64(*a.days_until_due);
  }
  w.Key("overdue");
  w.Bool(a.overdue);
  w.Key("dueSoon");
  w.Bool(a.due_soon);
  count(w, "claims", a.claims);
  count(w, "citedClaims", a.cited);
  count(w, "errors", a.errors);
  count(w, "warnings", a.warnings);
  count(w, "suppressions", a.suppressions);
  w.EndObject();
}

void rules(report::JsonOut& j, const Corpus& c) {
  std::map<std::string, std::pair<std::size_t, std::size_t>> by_rule;
  for (const Finding& f : *c.findings) {
    auto& [errors, warnings] = by_rule[f.code];
    (f.severity == Severity::kError ? errors : warnings)++;
  }
  Writer& w = j.writer();
  w.Key("rules");
  w.StartArray();
  for (const auto& [code, counts] : by_rule) {
    w.StartObject();
    j.key_str("code", code);
    if (const auto it = c.rules.find(code); it != c.rules.end()) {
      j.key_str("name", it->second->name);
      j.key_str("category", it->second->category());
    }
    j.key_str("page", "rules/" + code + ".html");
    count(w, "errors", counts.first);
    count(w, "warnings", counts.second);
    w.EndObject();
  }
  w.EndArray();
}

void lists(report::JsonOut& j, const Corpus& c) {
  Writer& w = j.writer();
  w.Key("flaggedSources");
  w.StartArray();
  for (const FlaggedSource& s : c.flagged) {
    w.StartObject();
    j.key_str("key", s.key);
    j.key_str("title", s.title);
    optional_str(j, "identifier", s.identifier);
    j.key_str("code", s.code);
    j.key_str("severity", severity_name(s.severity));
    j.key_str("message", s.message);
    j.key_str("file", c.articles[s.article].file);
    w.EndObject();
  }
  w.EndArray();
  w.Key("evidence");
  w.StartObject();
  for (const auto& [kind, types] : c.evidence) {
    w.Key(kind.c_str());
    w.StartObject();
    for (const auto& [type, n] : types) {
      j.str(type);  // a key: the same writer call
      w.Uint64(n);
    }
    w.EndObject();
  }
  w.EndObject();
  w.Key("suppressions");
  w.StartArray();
  for (const Suppression& s : c.suppressions) {
    w.StartObject();
    j.key_str("file", s.file);
    j.key_str("rule", s.rule);
    j.key_str("at", s.at);
    j.key_str("reason", s.reason);
    count(w, "matched", s.matched);
    w.EndObject();
  }
  w.EndArray();
  w.Key("baseline");
  w.StartArray();
  for (const Finding& f : c.baselined) {
    w.StartObject();
    j.key_str("file", f.file);
    j.key_str("code", f.code);
    j.key_str("severity", severity_name(f.severity));
    w.Key("start");
    j.position(f.start);
    j.key_str("message", f.message);
    j.key_str("fingerprint", f.fingerprint);
    w.EndObject();
  }
  w.EndArray();
  w.Key("board");
  w.StartArray();
  for (const BoardMember& m : c.board) {
    w.StartObject();
    j.key_str("id", m.id);
    j.key_str("name", m.name);
    count(w, "holding", m.holding);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string audit_json(const Corpus& c) {
  std::ostringstream out;
  report::JsonOut j(out);
  Writer& w = j.writer();
  const CorpusTotals t = totals(c);
  w.StartObject();
  j.key_str("medlint", version());
  j.key_str("today", c.today.to_string());
  w.Key("totals");
  w.StartObject();
  count(w, "files", c.articles.size());
  count(w, "articles", t.articles);
  count(w, "claims", t.claims);
  count(w, "citedClaims", t.cited);
  count(w, "errors", t.errors);
  count(w, "warnings", t.warnings);
  count(w, "suppressed", t.suppressed);
  count(w, "baselined", c.baselined.size());
  count(w, "overdue", t.overdue);
  count(w, "dueSoon", t.due_soon);
  w.EndObject();
  w.Key("review");
  w.StartObject();
  w.Key("maxAgeDays");
  w.Int(c.limits.max_age_days);
  w.Key("warningDays");
  w.Int(c.limits.warning_days);
  w.EndObject();
  w.Key("articles");
  w.StartArray();
  for (const AuditArticle& a : c.articles) article(j, a);
  w.EndArray();
  rules(j, c);
  lists(j, c);
  w.EndObject();

  out << '\n';
  return out.str();
}

std::string audit_csv(const Corpus& c) {
  std::string out =
      csv::row({"id", "title", "audiences", "status", "created", "updated", "last review", "days until due", "claims",
                "cited claims", "errors", "warnings", "suppressions", "file"});
  for (const AuditArticle& a : c.articles) {
    if (a.kind != FileKind::kArticle) continue;
    std::string audiences;
    for (const std::string& s : a.audiences) audiences += (audiences.empty() ? "" : " ") + s;
    out += csv::row({csv::field(a.id), csv::field(a.title), csv::field(audiences), csv::field(a.status),
                     csv::field(a.created), csv::field(a.updated), csv::field(a.last_review),
                     a.days_until_due ? csv::number(*a.days_until_due) : "",
                     csv::number(static_cast<long long>(a.claims)), csv::number(static_cast<long long>(a.cited)),
                     csv::number(static_cast<long long>(a.errors)), csv::number(static_cast<long long>(a.warnings)),
                     csv::number(static_cast<long long>(a.suppressions)), csv::field(a.file)});
  }
  return out;
}

}  // namespace medlint::audit
