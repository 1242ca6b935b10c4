#include "medlint/audit/dashboard.h"

#include <algorithm>
#include <set>

#include "medlint/base/embedded.h"
#include "medlint/model/review_workflow.h"
#include "medlint/audit/charts.h"
#include "medlint/audit/html.h"
#include "medlint/audit/page.h"

namespace medlint::audit {
namespace {

std::string article_link(const Corpus& c, std::string_view file, std::string_view root = "") {
  const std::size_t i = c.article_of(file);
  if (i == std::string::npos) return html::escape(file);
  const AuditArticle& a = c.articles[i];
  return "<a href=\"" + std::string(root) + html::escape(a.page) + "\">" + html::escape(a.label()) + "</a>";
}

std::string article_link(const Corpus& c, std::size_t i) { return article_link(c, c.articles[i].file); }

std::string status_label(std::string_view status) {
  if (const auto* state = ReviewWorkflow::get().state(status)) return state->label;
  return status.empty() ? "No status" : std::string(status);
}

std::string td_num(long long v) { return "<td class=\"num\">" + std::to_string(v) + "</td>"; }

class Dashboard {
 public:
  explicit Dashboard(const Corpus& c) : c_(c), t_(totals(c)) {}

  std::string page() {
    out_ = page_start("Dashboard", "", c_.today);
    out_ += "<h1>Medical Advisory Board audit</h1>\n<p>Audit of <strong>" + c_.today.to_string() +
            "</strong>: " + std::to_string(c_.articles.size()) +
            " files checked by medlint with the same rules and config as " + "<code>medlint check</code>.</p>\n";
    contents();
    cards();
    statuses();
    review_age();
    queue();
    coverage();
    sources();
    findings();
    suppressions();
    all_files();
    out_ += page_end(true);
    return std::move(out_);
  }

 private:
  const Corpus& c_;
  const CorpusTotals t_;
  std::string out_;

  void contents() {
    out_ +=
        "<nav aria-label=\"Contents\"><p>"
        "<a href=\"#status\">Review status</a> · <a href=\"#age\">Review age</a> · "
        "<a href=\"#overdue\">Overdue</a> · <a href=\"#queue\">Review queue</a> · "
        "<a href=\"#coverage\">Citation coverage</a> · <a href=\"#uncited\">Uncited claims</a> · <a "
        "href=\"#sources\">Flagged sources</a> · "
        "<a href=\"#evidence\">Evidence mix</a> · <a href=\"#findings\">Findings</a> · "
        "<a href=\"#suppressions\">Suppressions</a> · <a href=\"#baseline\">Baseline</a> · "
        "<a href=\"#files\">All files</a></p></nav>\n";
  }

  void card(std::string_view what, const std::string& value, std::string_view id = {}) {
    out_ += "<div class=\"card\"" + (id.empty() ? std::string() : " id=\"" + std::string(id) + "\"") +
            "><dt class=\"what\">" + std::string(what) + "</dt><dd class=\"value\">" + value + "</dd></div>\n";
  }

  void cards() {
    out_ += "<h2 id=\"totals\">Totals</h2>\n<dl class=\"cards\">\n";
    card("Articles", std::to_string(t_.articles), "total-articles");
    card("Claims", std::to_string(t_.claims), "total-claims");
    card("Cited claims",
         std::to_string(t_.cited) + " <small>" + percent(t_.cited, t_.claims) + " of the claims</small>",
         "total-cited");
    card("&#10006; Errors", std::to_string(t_.errors), "total-errors");
    card("&#9888; Warnings", std::to_string(t_.warnings), "total-warnings");
    card("Reviews overdue", std::to_string(t_.overdue), "total-overdue");
    card("Suppressed findings", std::to_string(t_.suppressed), "total-suppressed");
    card("Baselined findings", std::to_string(c_.baselined.size()), "total-baselined");
    out_ += "</dl>\n";
  }

  void statuses() {
    std::vector<Bar> bars;
    std::set<std::string> known;
    for (const auto& state : ReviewWorkflow::get().states()) {
      known.insert(state.id);
      std::size_t n = 0;
      for (const AuditArticle& a : c_.articles) n += a.kind == FileKind::kArticle && a.status == state.id ? 1u : 0u;
      bars.push_back({state.label, n, state.id == "approved" ? "bar-ok" : "bar-plain"});
    }
    std::size_t other = 0;
    for (const AuditArticle& a : c_.articles) other += a.kind == FileKind::kArticle && !known.count(a.status) ? 1u : 0u;
    if (other > 0) bars.push_back({"No valid status", other, "bar-error"});
    out_ += "<h2 id=\"status\">Articles by review status</h2>\n<div class=\"pair\">\n" +
            bar_chart("chart-status", "Articles by review status", bars);
    table_of(bars, "Status", "Articles", "Articles by review status");
    out_ += "</div>\n";
  }

  void table_of(const std::vector<Bar>& bars, std::string_view what, std::string_view count, std::string_view label) {
    out_ += "<table aria-label=\"" + std::string(label) + "\"><thead><tr><th>" + std::string(what) +
            "</th><th class=\"num\">" + std::string(count) + "</th></tr></thead><tbody>\n";
    for (const Bar& b : bars)
      out_ += "<tr><td>" + html::escape(b.label) + "</td>" + td_num(static_cast<long long>(b.value)) + "</tr>\n";
    out_ += "</tbody></table>\n";
  }

  void review_age() {
    const int limit = std::max(1, c_.limits.max_age_days);
    long width = std::max(1, (limit + 5) / 6);
    if (width >= 30) width = width / 30 * 30;  // whole months read better: 0, 60, 120, ...
    long oldest = 0;
    std::size_t undated = 0;
    for (const AuditArticle& a : c_.articles) {
      if (a.kind != FileKind::kArticle) continue;
      if (a.age_days) {
        oldest = std::max(oldest, *a.age_days);
      } else {
        ++undated;
      }
    }
    const long count = std::clamp<long>(oldest / width + 1, 7, 12);
    std::vector<Bar> bins;
    for (long i = 0; i < count; ++i) {
      const bool last = i == count - 1;
      bins.push_back(
          {std::to_string(i * width) + (last ? "+" : ""), 0, i * width >= limit ? "bar-error" : "bar-plain"});
    }
    for (const AuditArticle& a : c_.articles) {
      if (a.kind != FileKind::kArticle || !a.age_days) continue;
      const long bin = std::clamp<long>(*a.age_days / width, 0, count - 1);
      ++bins[static_cast<std::size_t>(bin)].value;
    }
    out_ +=
        "<h2 id=\"age\">Review age</h2>\n<p>Days since each article's last review (or, never reviewed, its last "
        "update). Reviews are due after <strong>" +
        std::to_string(c_.limits.max_age_days) +
        " days</strong> (<code>review.maxAgeDays</code>; audiences with their own limit are counted against it on "
        "their pages), with a warning in the last " +
        std::to_string(c_.limits.warning_days) + " days.";
    if (undated > 0)
      out_ += " " + std::to_string(undated) + " article(s) have no date to count from and are not shown.";
    out_ += "</p>\n<div class=\"pair\">\n" + histogram("chart-age", "Articles by days since last review", bins,
                                                       static_cast<double>(limit) / static_cast<double>(width),
                                                       "limit: " + std::to_string(c_.limits.max_age_days) + " days");
    std::vector<Bar> rows = bins;  // the table names each bin's range
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) {
      rows[i].label =
          std::to_string(static_cast<long>(i) * width) + "–" + std::to_string((static_cast<long>(i) + 1) * width - 1);
    }
    table_of(rows, "Days since review", "Articles", "Articles by days since last review");
    out_ += "</div>\n";
    due_lists();
  }

  void due_lists() {
    out_ += "<h3 id=\"overdue\">Overdue reviews</h3>\n";
    due_table(true);
    out_ += "<h3 id=\"due-soon\">Due soon</h3>\n";
    due_table(false);
  }

  void due_table(bool overdue) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < c_.articles.size(); ++i) {
      const AuditArticle& a = c_.articles[i];
      if (overdue ? a.overdue : a.due_soon) rows.push_back(i);
    }
    std::stable_sort(rows.begin(), rows.end(), [this](std::size_t x, std::size_t y) {
      return *c_.articles[x].days_until_due < *c_.articles[y].days_until_due;
    });
    if (rows.empty()) {
      out_ += std::string("<p class=\"ok\">&#10004; ") +
              (overdue ? "No review is overdue." : "No review falls due soon.") + "</p>\n";
      return;
    }
    out_ += std::string("<table class=\"sortable\" aria-label=\"") +
            (overdue ? "Overdue reviews" : "Reviews due soon") +
            "\"><thead><tr><th>Article</th><th>Status</th><th>Last review</th><th>Due</th><th class=\"num\">" +
            (overdue ? "Days overdue" : "Days left") + "</th></tr></thead><tbody>\n";
    for (const std::size_t i : rows) {
      const AuditArticle& a = c_.articles[i];
      const long d = overdue ? -*a.days_until_due : *a.days_until_due;
      out_ += "<tr><td>" + article_link(c_, i) + "</td><td>" + html::escape(status_label(a.status)) + "</td><td>" +
              html::escape(a.last_review) + "</td><td>" + html::escape(a.due) + "</td>" + td_num(d) + "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void queue() {
    const std::vector<std::size_t> q = review_queue(c_);
    out_ += "<h2 id=\"queue\">Review queue</h2>\n<p>Articles submitted or under review, oldest first.</p>\n";
    if (q.empty()) {
      out_ += "<p class=\"ok\">&#10004; Nothing waits for the board.</p>\n";
    } else {
      out_ +=
          "<table class=\"sortable\" aria-label=\"Review "
          "queue\"><thead><tr><th>Article</th><th>Status</th><th>Since</th>"
          "<th class=\"num\">Days waiting</th><th>Waiting for</th></tr></thead><tbody>\n";
      for (const std::size_t i : q) {
        const AuditArticle& a = c_.articles[i];
        const auto waiting = days_since(a.status_since, c_.today);
        const std::string holder = a.holder.empty() ? "any board member to start the review"
                                                    : html::escape(c_.name_of(a.holder)) + " (reviewing)";
        out_ += "<tr><td>" + article_link(c_, i) + "</td><td>" + html::escape(status_label(a.status)) + "</td><td>" +
                html::escape(a.status_since.empty() ? "unknown" : a.status_since) + "</td>" +
                (waiting ? td_num(*waiting) : "<td class=\"num\">?</td>") + "<td>" + holder + "</td></tr>\n";
      }
      out_ += "</tbody></table>\n";
    }
    out_ += "<h3 id=\"board\">Board load</h3>\n";
    if (c_.board.empty()) {
      out_ +=
          "<p>No one in the people registry is on the Medical Advisory Board on " + c_.today.to_string() + ".</p>\n";
      return;
    }
    out_ +=
        "<table class=\"sortable\" aria-label=\"Board load\"><thead><tr><th>Board member</th><th>Id</th>"
        "<th class=\"num\">Articles under their review</th></tr></thead><tbody>\n";
    for (const BoardMember& m : c_.board) {
      out_ += "<tr><td>" + html::escape(m.name.empty() ? m.id : m.name) + "</td><td><code>" + html::escape(m.id) +
              "</code></td>" + td_num(static_cast<long long>(m.holding)) + "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void coverage() {
    out_ += "<h2 id=\"coverage\">Citation coverage</h2>\n<p>Overall <strong>" + std::to_string(t_.cited) + " of " +
            std::to_string(t_.claims) + " claims cited (" + percent(t_.cited, t_.claims) +
            ")</strong>. Each article's page marks its uncited claims in the text.</p>\n";
    out_ +=
        "<table class=\"sortable\" aria-label=\"Citation coverage by article\"><thead><tr><th>Article</th>"
        "<th class=\"num\">Claims</th><th class=\"num\">Cited</th><th class=\"num\">Uncited</th>"
        "<th class=\"num\">Coverage</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < c_.articles.size(); ++i) {
      const AuditArticle& a = c_.articles[i];
      if (a.kind != FileKind::kArticle) continue;
      const std::size_t share = a.claims == 0 ? 100 : a.cited * 100 / a.claims;
      out_ += "<tr><td>" + article_link(c_, i) + "</td>" + td_num(static_cast<long long>(a.claims)) +
              td_num(static_cast<long long>(a.cited)) + td_num(static_cast<long long>(a.claims - a.cited)) +
              "<td class=\"num\" data-sort=\"" + std::to_string(share) + "\">" + percent(a.cited, a.claims) +
              "</td></tr>\n";
    }
    out_ += "</tbody></table>\n";
    uncited();
  }

  void uncited() {
    constexpr std::size_t kRows = 300;  // the rest are on the article pages and rules/CIT001.html
    out_ += "<h3 id=\"uncited\">Uncited claims</h3>\n";
    std::size_t total = 0, rows = 0;
    std::string body;
    for (std::size_t i = 0; i < c_.articles.size(); ++i) {
      const AuditArticle& a = c_.articles[i];
      total += a.claims - a.cited;
      for (const std::string& claim : a.uncited) {
        if (rows == kRows) break;
        body += "<tr><td>" + article_link(c_, i) + "</td><td>" + html::escape(claim) + "</td></tr>\n";
        ++rows;
      }
    }
    if (total == 0) {
      out_ += "<p class=\"ok\">&#10004; Every claim has a citation.</p>\n";
      return;
    }
    out_ += "<p>" + std::to_string(total) + " claim(s) without a citation";
    if (rows < total) {
      out_ += "; the first " + std::to_string(rows) + " (at most " + std::to_string(kUncitedKept) +
              " per article) are listed, every one is marked on its article's page";
    }
    out_ +=
        ".</p>\n<table class=\"sortable\" aria-label=\"Uncited claims\"><thead><tr><th>Article</th><th>Claim</th>"
        "</tr></thead><tbody>\n" +
        body + "</tbody></table>\n";
  }

  void sources() {
    out_ += "<h2 id=\"sources\">Retracted, questioned and outdated sources</h2>\n";
    if (c_.flagged.empty()) {
      out_ +=
          "<p class=\"ok\">&#10004; No reference is retracted, under an expression of concern or an outdated "
          "guideline (CIT009, CIT010).</p>\n";
    } else {
      out_ +=
          "<table class=\"sortable\" aria-label=\"Flagged sources\"><thead><tr><th>Source</th><th>Problem</th>"
          "<th>Cited by</th></tr></thead><tbody>\n";
      for (std::size_t i = 0; i < c_.flagged.size();) {
        std::size_t j = i;
        std::string cited_by;
        while (j < c_.flagged.size() && c_.flagged[j].key == c_.flagged[i].key &&
               c_.flagged[j].code == c_.flagged[i].code) {
          cited_by += (cited_by.empty() ? "" : "<br>") + article_link(c_, c_.flagged[j].article);
          ++j;
        }
        const FlaggedSource& s = c_.flagged[i];
        out_ +=
            "<tr><td>" + html::escape(s.title) +
            (s.identifier.empty() || s.identifier == s.title ? ""
                                                             : "<br><code>" + html::escape(s.identifier) + "</code>") +
            "</td><td>" + severity_badge(s.severity) + " " + rule_link(s.code, "") + ": " + html::escape(s.message) +
            "</td><td>" + cited_by + "</td></tr>\n";
        i = j;
      }
      out_ += "</tbody></table>\n";
    }
    evidence();
  }

  void evidence() {
    out_ +=
        "<h3 id=\"evidence\">Evidence mix</h3>\n<p>Distinct references cited in each kind of section, by "
        "reference type.</p>\n";
    std::set<std::string> types;
    for (const auto& [kind, counts] : c_.evidence) {
      for (const auto& [type, n] : counts) types.insert(type);
    }
    if (types.empty()) {
      out_ += "<p>No section cites a reference.</p>\n";
      return;
    }
    out_ += "<table aria-label=\"Evidence mix\"><thead><tr><th>Section kind</th>";
    for (const std::string& t : types) out_ += "<th class=\"num\">" + html::escape(t) + "</th>";
    out_ += "</tr></thead><tbody>\n";
    for (const auto& [kind, counts] : c_.evidence) {
      out_ += "<tr><td>" + html::escape(kind) + "</td>";
      for (const std::string& t : types) {
        const auto it = counts.find(t);
        out_ += td_num(it == counts.end() ? 0 : static_cast<long long>(it->second));
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void findings() {
    struct Row {
      std::size_t errors = 0, warnings = 0;
    };
    std::map<std::string, Row> by_rule, by_category;
    for (const Finding& f : *c_.findings) {
      const auto rule = c_.rules.find(f.code);
      const std::string category = rule != c_.rules.end() ? std::string(rule->second->category()) : f.code.substr(0, 3);
      Row& r = by_rule[f.code];
      Row& k = by_category[category];
      (f.severity == Severity::kError ? r.errors : r.warnings)++;
      (f.severity == Severity::kError ? k.errors : k.warnings)++;
    }
    out_ += "<h2 id=\"findings\">Findings</h2>\n";
    if (by_rule.empty()) {
      out_ += "<p class=\"ok\">&#10004; No findings.</p>\n";
      return;
    }
    std::vector<Bar> bars;
    for (const auto& [category, r] : by_category) {
      bars.push_back({category, r.errors + r.warnings, r.errors > 0 ? "bar-error" : "bar-warning"});
    }
    out_ += "<div class=\"pair\">\n" + bar_chart("chart-categories", "Findings by category", bars);
    out_ +=
        "<table aria-label=\"Findings by category\"><thead><tr><th>Category</th><th class=\"num\">Errors</th>"
        "<th class=\"num\">Warnings</th></tr></thead><tbody>\n";
    for (const auto& [category, r] : by_category) {
      out_ += "<tr><td>" + html::escape(category) + "</td>" + td_num(static_cast<long long>(r.errors)) +
              td_num(static_cast<long long>(r.warnings)) + "</tr>\n";
    }
    out_ += "</tbody></table>\n</div>\n";
    out_ +=
        "<table class=\"sortable\" aria-label=\"Findings by rule\"><thead><tr><th>Rule</th><th>Name</th>"
        "<th>Category</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th></tr></thead><tbody>\n";
    for (const auto& [code, r] : by_rule) {
      const auto rule = c_.rules.find(code);
      out_ += "<tr><td>" + rule_link(code, "") + "</td><td>" +
              (rule != c_.rules.end() ? html::escape(rule->second->name) : std::string()) + "</td><td>" +
              (rule != c_.rules.end() ? html::escape(rule->second->category()) : std::string()) + "</td>" +
              td_num(static_cast<long long>(r.errors)) + td_num(static_cast<long long>(r.warnings)) + "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void suppressions() {
    out_ +=
        "<h2 id=\"suppressions\">Suppressions</h2>\n<p>Findings silenced in the articles themselves "
        "(<code>\"medlint\": {\"ignore\": [...]}</code>), each with the reason its author gave.</p>\n";
    if (c_.suppressions.empty()) {
      out_ += "<p class=\"ok\">&#10004; No article suppresses a finding.</p>\n";
    } else {
      out_ +=
          "<table class=\"sortable\" aria-label=\"Suppressions\"><thead><tr><th>Article</th><th>Rule</th><th>At</th>"
          "<th>Reason</th><th class=\"num\">Findings silenced</th></tr></thead><tbody>\n";
      for (const Suppression& s : c_.suppressions) {
        out_ += "<tr><td>" + article_link(c_, s.file) + "</td><td>" + rule_link(s.rule, "") + "</td><td><code>" +
                html::escape(s.at.empty() ? "whole article" : s.at) + "</code></td><td>" +
                html::escape(s.reason.empty() ? "(no reason given)" : s.reason) + "</td>" +
                td_num(static_cast<long long>(s.matched)) + "</tr>\n";
      }
      out_ += "</tbody></table>\n";
    }
    out_ += "<h3 id=\"baseline\">Baseline entries in force</h3>\n";
    if (c_.baselined.empty()) {
      out_ += "<p class=\"ok\">&#10004; No finding is hidden by a baseline.</p>\n";
      return;
    }
    out_ +=
        "<p>Findings that still occur but are accepted as known by the baseline given with "
        "<code>--baseline</code>.</p>\n<table class=\"sortable\" aria-label=\"Baseline entries\"><thead><tr>"
        "<th>Article</th><th>Severity</th><th>Rule</th><th>Line</th><th>Message</th></tr></thead><tbody>\n";
    for (const Finding& f : c_.baselined) {
      out_ += "<tr><td>" + article_link(c_, f.file) + "</td><td>" + severity_badge(f.severity) + "</td><td>" +
              rule_link(f.code, "") + "</td><td>" + std::to_string(f.start.line) + ":" +
              std::to_string(f.start.column) + "</td><td>" + html::escape(f.message) + "</td></tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void all_files() {
    out_ +=
        "<h2 id=\"files\">All files</h2>\n<table class=\"sortable\" aria-label=\"All files\"><thead><tr>"
        "<th>File</th><th>Title</th><th>Status</th><th class=\"num\">Errors</th><th class=\"num\">Warnings</th>"
        "</tr></thead><tbody>\n";
    for (const AuditArticle& a : c_.articles) {
      out_ += "<tr><td><a href=\"" + html::escape(a.page) + "\">" + html::escape(a.file) + "</a></td><td>" +
              html::escape(a.kind == FileKind::kArticle ? a.title : "(registry)") + "</td><td>" +
              html::escape(a.kind == FileKind::kArticle ? status_label(a.status) : "") + "</td>" +
              td_num(static_cast<long long>(a.errors)) + td_num(static_cast<long long>(a.warnings)) + "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }
};

}  // namespace

std::string dashboard_page(const Corpus& c) { return Dashboard(c).page(); }

std::string rule_page(const Corpus& c, const RuleMeta& rule, std::span<const RuleHit> hits) {
  constexpr std::size_t kShownPerFile = 5;  // the file's page has the rest
  std::string out = page_start(std::string(rule.code) + " " + std::string(rule.name), "../", c.today);
  out += "<p class=\"muted\"><a href=\"../index.html\">Dashboard</a> › " + html::escape(rule.code) + "</p>\n";
  out += "<h1>" + html::escape(rule.code) + " " + html::escape(rule.name) + "</h1>\n";
  out += "<p>" + html::escape(rule.summary) + "</p>\n";
  out += "<h2 id=\"fired\">Where it fired (" + std::to_string(hits.size()) + ")</h2>\n";
  out += "<table class=\"sortable\" aria-label=\"Findings of " + html::escape(rule.code) +
         "\"><thead><tr><th>Article</th>"
         "<th class=\"num\">Findings</th><th>Where and what</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t j = i;
    while (j < hits.size() && hits[j].finding->file == hits[i].finding->file) ++j;
    const std::size_t article = c.article_of(hits[i].finding->file);
    const std::string page =
        article == std::string::npos ? std::string() : "../" + html::escape(c.articles[article].page);
    out += "<tr><td>" + article_link(c, hits[i].finding->file, "../") + "</td><td class=\"num\">" +
           std::to_string(j - i) + "</td><td>";
    for (std::size_t k = i; k < j && k < i + kShownPerFile; ++k) {
      const Finding& f = *hits[k].finding;
      const std::string where = std::to_string(f.start.line) + ":" + std::to_string(f.start.column);
      out += (k > i ? "<br>" : "") + severity_badge(f.severity) + " " +
             (page.empty() ? where
                           : "<a href=\"" + page + "#f-" + std::to_string(hits[k].number) + "\">" + where + "</a>") +
             " " + html::escape(f.message);
    }
    if (j - i > kShownPerFile)
      out += "<br>and " + std::to_string(j - i - kShownPerFile) + " more on the article's page";
    out += "</td></tr>\n";
    i = j;
  }
  out += "</tbody></table>\n<h2 id=\"docs\">About the rule</h2>\n";
  const std::string_view docs = embedded_file("tools/medlint/rules/" + rule.docs_stem() + ".md");
  if (!hits.empty() && !hits.front().finding->help_uri.empty()) {
    if (const auto url = html::web_url(hits.front().finding->help_uri)) {
      out += "<p>Also online: <a href=\"" + html::escape(*url) + "\">" + html::escape(*url) + "</a></p>\n";
    }
  }
  // The docs' own title repeats the h1.
  std::string_view body = docs;
  if (body.starts_with("# "))
    body.remove_prefix(
        std::min(body.size(), body.find('\n') == std::string_view::npos ? body.size() : body.find('\n') + 1));
  out += html::markdown(body);
  out += page_end(true);
  return out;
}

}  // namespace medlint::audit
