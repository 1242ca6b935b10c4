#include "medlint/audit/article_page.h"
#include "medlint/base/words.h"

#include <algorithm>
#include <map>
#include <set>

#include "medlint/model/review_workflow.h"
#include "medlint/audit/html.h"
#include "medlint/audit/page.h"

namespace medlint::audit {
namespace {

constexpr std::string_view kRoot = "../";

std::string position(const Finding& f) {
  if (f.start.line == 0) return "file";
  return std::to_string(f.start.line) + ":" + std::to_string(f.start.column);
}

std::string status_label(std::string_view status) {
  if (const auto* state = ReviewWorkflow::get().state(status)) return state->label;
  return status.empty() ? "no status" : std::string(status);
}

std::string notice_text(std::string_view id) {
  if (id == "educational-only")
    return "Educational purpose only: this article does not replace professional medical advice.";
  if (id == "pending-review") return "Pending human review by the Medical Advisory Board.";
  return std::string(id);
}

class Renderer {
 public:
  explicit Renderer(const ArticlePageInput& in) : in_(in) {
    if (!in.doc) return;
    // Findings about a whole object (a reference, a history step, a block)
    // are noted where that object is shown.
    for (std::size_t i = 0; i < in.findings.size(); ++i) {
      const NodeId node = in.doc->resolve(in.findings[i].pointer);
      if (node != kNoNode && node != in.doc->node_of(in.doc->root()) && !in.doc->value(node).IsString()) {
        on_object_[node].push_back(static_cast<int>(i));
      }
    }
  }

  std::string page() {
    const AuditArticle& a = in_.summary;
    std::string head = page_start(a.label(), kRoot, in_.today);
    head += "<p class=\"muted\"><a href=\"../index.html\">Dashboard</a> › " + html::escape(a.file) + "</p>\n";
    if (in_.doc && in_.article) {
      // The body first: the findings table links only to the notes it placed.
      out_ = std::move(head);
      out_ += "<h1>" + text(in_.article->title.node, a.title) + "</h1>\n";
      facts_line();
      flush_notes();
      std::string top = std::move(out_);
      out_.clear();
      body();
      std::string rest = std::move(out_);
      out_ = std::move(top);
      findings_table();
      out_ += rest;
    } else {
      out_ = std::move(head);
      out_ += "<h1>" + html::escape(a.file) + "</h1>\n";
      if (a.kind == FileKind::kArticle) {
        out_ += "<p>medlint could not read this file as an article; only its findings are shown.</p>\n";
      } else {
        out_ += std::string("<p>The ") + (a.kind == FileKind::kPeopleRegistry ? "people" : "disclaimer") +
                " registry the articles beside it are checked against.</p>\n";
      }
      findings_table();
    }
    out_ += page_end(false);
    return std::move(out_);
  }

 private:
  const ArticlePageInput& in_;
  std::string out_;
  std::set<int> noted_;  // findings whose note is already on the page
  std::map<NodeId, std::vector<int>> on_object_;

  // The markers of the findings about a value that is not shown as its own
  // text (an object, a number, an id shown as a name); their notes follow.
  std::string attach(NodeId node) {
    std::vector<int> findings;
    if (const auto it = on_object_.find(node); it != on_object_.end()) findings = it->second;
    // A string shown in other words (a status label, a person's name): its
    // findings are marked after it.
    if (in_.facts) {
      if (const auto it = in_.facts->marks.find(node); it != in_.facts->marks.end()) {
        for (const TextMark& m : it->second) {
          if (m.finding >= 0) findings.push_back(m.finding);
        }
      }
    }
    std::vector<std::string> labels;
    for (const int i : findings) {
      if (!noted_.insert(i).second) continue;
      pending_.push_back(i);
      labels.push_back(finding_link(i));
    }
    return sup(labels);
  }

  static std::string finding_link(int i) {
    const std::string n = std::to_string(i + 1);
    return "<a href=\"#n-" + n + "\" aria-label=\"finding " + n + "\">" + n + "</a>";
  }

  // One superscript after a span: "uncited claim, 3, 4".
  static std::string sup(const std::vector<std::string>& labels) {
    if (labels.empty()) return {};
    std::string out = "<sup class=\"fref\">";
    for (std::size_t i = 0; i < labels.size(); ++i) out += (i ? ", " : "") + labels[i];
    return out + "</sup>";
  }

  // A string value with its highlights; `fallback` when the node is absent.
  std::string text(NodeId node, std::string_view fallback) {
    if (node == kNoNode || !in_.doc->value(node).IsString()) return html::escape(fallback);
    const auto& v = in_.doc->value(node);
    const std::string_view s(v.GetString(), v.GetStringLength());
    const auto it = in_.facts->marks.find(node);
    if (it == in_.facts->marks.end()) return html::escape(s);
    return marked(s, it->second);
  }

  static std::size_t snap(std::string_view s, std::size_t at) {
    at = std::min(at, s.size());
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    return at;
  }

  // The string with its marks: one sweep over the cut points (a paragraph
  // can carry thousands of findings), each segment highlighted by the marks
  // that cover it, each mark's label after its last segment.
  std::string marked(std::string_view s, const std::vector<TextMark>& marks) {
    struct Edge {
      std::size_t begin, end;
      int finding;
      bool error;
    };
    std::vector<Edge> edges;  // non-empty marks on code point boundaries, in marks' order
    std::vector<std::size_t> cuts{0, s.size()};
    for (const TextMark& m : marks) {
      const std::size_t b = snap(s, m.begin), e = snap(s, m.end);
      if (b >= e) continue;
      const bool error =
          m.finding >= 0 && in_.findings[static_cast<std::size_t>(m.finding)].severity == Severity::kError;
      edges.push_back({b, e, m.finding, error});
      cuts.push_back(b);
      cuts.push_back(e);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<const Edge*> by_begin, by_end;
    for (const Edge& e : edges) by_begin.push_back(&e);
    by_end = by_begin;
    std::stable_sort(by_begin.begin(), by_begin.end(),
                     [](const Edge* x, const Edge* y) { return x->begin < y->begin; });
    std::stable_sort(by_end.begin(), by_end.end(), [](const Edge* x, const Edge* y) { return x->end < y->end; });
    std::size_t next_begin = 0, next_end = 0;
    int active = 0, findings = 0, errors = 0;
    const auto count = [&](const Edge* e, int d) {
      active += d;
      findings += e->finding >= 0 ? d : 0;
      errors += e->error ? d : 0;
    };
    std::string out;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
      const std::size_t b = cuts[i], e = cuts[i + 1];
      for (; next_begin < by_begin.size() && by_begin[next_begin]->begin == b; ++next_begin)
        count(by_begin[next_begin], 1);
      const std::string piece = html::escape(s.substr(b, e - b));
      if (active == 0) {
        out += piece;
      } else {
        const char* cls = errors > 0 ? "m-error" : findings > 0 ? "m-warning" : "m-uncited";
        out += std::string("<mark class=\"") + cls + "\">" + piece + "</mark>";
      }
      std::vector<std::string> labels;
      for (; next_end < by_end.size() && by_end[next_end]->end == e; ++next_end) {
        count(by_end[next_end], -1);
        labels.push_back(by_end[next_end]->finding < 0 ? "uncited claim" : finding_link(by_end[next_end]->finding));
      }
      out += sup(labels);
    }
    notes(marks);
    return out;
  }

  // The notes of a string's findings go after the block that holds it.
  std::vector<int> pending_;
  void notes(const std::vector<TextMark>& marks) {
    for (const TextMark& m : marks) {
      if (m.finding >= 0 && noted_.insert(m.finding).second) pending_.push_back(m.finding);
    }
  }
  void flush_notes() {
    for (const int i : pending_) {
      const Finding& f = in_.findings[static_cast<std::size_t>(i)];
      const std::string n = std::to_string(i + 1);
      out_ += "<div class=\"note\" id=\"n-" + n + "\"><p><strong>" + n + ".</strong> " + severity_badge(f.severity) +
              " " + rule_link(f.code, kRoot) + " " + html::escape(f.name) + " · line " + position(f) + "</p><p>" +
              html::escape(f.message) + "</p></div>\n";
    }
    pending_.clear();
  }

  void facts_line() {
    const AuditArticle& a = in_.summary;
    std::string audiences;
    for (const StringField& au : in_.article->audiences) {
      audiences += (audiences.empty() ? "" : ", ") + html::escape(au.value) + attach(au.node);
    }
    out_ += "<dl class=\"cards\">\n";
    const auto card = [this](std::string_view what, const std::string& value) {
      out_ += "<div class=\"card\"><dt class=\"what\">" + std::string(what) + "</dt><dd class=\"value\">" + value +
              "</dd></div>\n";
    };
    card("Review status", html::escape(status_label(a.status)) + attach(in_.article->status.node));
    card("Claims cited", std::to_string(a.cited) + " / " + std::to_string(a.claims));
    card("Errors", std::to_string(a.errors));
    card("Warnings", std::to_string(a.warnings));
    if (a.days_until_due) {
      card(a.overdue ? "Review overdue by" : "Review due in",
           html::escape(count_of(a.overdue ? -*a.days_until_due : *a.days_until_due, "day")));
    }
    const Article& article = *in_.article;
    const auto date = [this](const StringField& f) {
      return f.present() ? text(f.node, f.value) : std::string("not given");
    };
    out_ += "</dl>\n<p>File <code>" + html::escape(a.file) + "</code> · id <code>" + text(article.id.node, a.id) +
            "</code> · for " + (audiences.empty() ? "no audience named" : audiences) + " · created " +
            date(article.created) + " · updated " + date(article.updated) + " · reviewed " + date(article.reviewed) +
            " · review clock from " + html::escape(a.last_review.empty() ? "no date" : a.last_review) + "</p>\n";
  }

  void findings_table() {
    const auto& findings = in_.findings;
    out_ += "<h2 id=\"findings\">Findings</h2>\n";
    if (findings.empty()) {
      out_ += "<p class=\"ok\">&#10004; No findings.</p>\n";
      return;
    }
    out_ +=
        "<table aria-label=\"Findings\"><thead><tr><th "
        "class=\"num\">#</th><th>Severity</th><th>Rule</th><th>Line</th><th>Message</th><th>In the "
        "text</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      const std::string n = std::to_string(i + 1);
      const bool placed = noted_.count(static_cast<int>(i)) > 0;
      out_ += "<tr id=\"f-" + n + "\"><td class=\"num\">" + n + "</td><td>" + severity_badge(f.severity) + "</td><td>" +
              rule_link(f.code, kRoot) + " " + html::escape(f.name) + "</td><td>" + position(f) + "</td><td>" +
              html::escape(f.message) + "</td><td>" +
              (placed ? "<a href=\"#n-" + n + "\">show</a>"
                      : "<code>" + html::escape(f.pointer.empty() ? "/" : f.pointer) + "</code>") +
              "</td></tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  NodeId child(NodeId parent, std::string_view key) const {
    return parent == kNoNode ? kNoNode : in_.doc->child(parent, key);
  }

  void body() {
    const Article& article = *in_.article;
    out_ += "<h2>The article</h2>\n<article class=\"rendered\">\n";
    for (const StringField& n : article.notices) {
      out_ += "<p class=\"notice\">" + html::escape(notice_text(n.value)) + attach(n.node) + "</p>\n";
    }
    authors();
    for (const Section& s : article.sections) section(s);
    references();
    disclaimers();
    out_ += "</article>\n";
    timeline();
  }

  void authors() {
    if (in_.article->authors.empty()) return;
    std::string names;
    for (const StringField& id : in_.article->authors) {
      const Person* p = in_.registry ? in_.registry->person(id.value) : nullptr;
      names += (names.empty() ? "" : ", ") + html::escape(p && !p->name.empty() ? p->name : std::string(id.value)) +
               attach(id.node);
    }
    out_ += "<p class=\"muted\">By " + names + "</p>\n";
  }

  void section(const Section& s) {
    out_ += "<section>\n<h3>" + text(s.heading.node, s.heading.value) + attach(s.node) + "</h3>\n";
    flush_notes();
    for (const Block& b : s.blocks) {
      const std::string marker = attach(b.node);
      if (b.type.value == "heading") {
        out_ += "<h4>" + text(child(b.node, "text"), "") + marker + "</h4>\n";
      } else if (b.type.value == "list") {
        const NodeId lead = child(b.node, "lead");
        if (lead != kNoNode || !marker.empty()) out_ += "<p>" + text(lead, "") + marker + "</p>\n";
        out_ += "<ul>\n";
        const NodeId items = child(b.node, "items");
        if (items != kNoNode && in_.doc->value(items).IsArray()) {
          for (std::size_t i = 0; i < in_.doc->value(items).Size(); ++i) {
            out_ += "<li>" + text(in_.doc->child(items, i), "") + "</li>\n";
          }
        }
        out_ += "</ul>\n";
        if (!b.cites.empty()) {
          std::string ids;
          for (const ListCite& c : b.cites) ids += (ids.empty() ? "" : ", ") + std::to_string(c.id);
          out_ += "<p class=\"muted\">The list cites [" + ids + "].</p>\n";
        }
      } else {
        out_ += "<p>" + text(child(b.node, "text"), "") + marker + "</p>\n";
      }
      flush_notes();
    }
    out_ += "</section>\n";
  }

  std::string identifier(std::string_view label, const StringField& f, const std::optional<std::string>& url) {
    if (!f.present()) return {};
    std::string shown = text(f.node, f.value);
    if (url) shown = "<a href=\"" + html::escape(*url) + "\">" + shown + "</a>";
    return " · " + std::string(label) + " " + shown;
  }

  void references() {
    const Article& article = *in_.article;
    if (article.references.empty()) return;
    out_ += "<h3>References</h3>\n<ol class=\"refs\">\n";
    for (const Reference& r : article.references) {
      out_ += r.id.present() ? "<li value=\"" + std::to_string(r.id.value) + "\">" : "<li>";
      std::string authors;
      for (const StringField& au : r.authors) authors += (authors.empty() ? "" : ", ") + html::escape(au.value);
      if (!authors.empty()) out_ += authors + ". ";
      if (r.title.present()) {
        out_ += "<cite>" + text(r.title.node, r.title.value) + "</cite>";
      } else {
        out_ += "<em class=\"muted\">No title given.</em>";
      }
      if (r.source.present()) out_ += ". " + text(r.source.node, r.source.value);
      if (r.year.present()) out_ += " (" + std::to_string(r.year.value) + attach(r.year.node) + ")";
      if (r.type.present()) out_ += " · <span class=\"muted\">" + html::escape(r.type.value) + "</span>";
      out_ += identifier("DOI", r.doi, html::doi_url(r.doi.value));
      out_ += identifier("PMID", r.pmid, html::pubmed_url(r.pmid.value));
      out_ += identifier("PMCID", r.pmcid, html::pmc_url(r.pmcid.value));
      out_ += identifier("Trial", r.nct, html::nct_url(r.nct.value));
      out_ += identifier("ISBN", r.isbn, std::nullopt);
      out_ += identifier("Web", r.url, html::web_url(r.url.value));
      out_ += attach(r.node);
      flush_notes();  // inside the item: a list holds only items
      out_ += "</li>\n";
    }
    out_ += "</ol>\n";
  }

  void disclaimers() {
    for (const StringField& id : in_.article->disclaimers) {
      const Disclaimer* d = in_.registry ? in_.registry->disclaimer(id.value) : nullptr;
      if (!d) {
        out_ += "<aside class=\"notice\"><p><strong>Disclaimer " + html::escape(id.value) +
                "</strong>: not in the disclaimer registry." + attach(id.node) + "</p></aside>\n";
        continue;
      }
      out_ += "<aside class=\"notice\"><p><strong>" + html::escape(d->title.empty() ? d->id : d->title) +
              "</strong> (" + html::escape(d->id) + ", version " + std::to_string(d->version) + ")" + attach(id.node) +
              "</p><p>" + html::escape(d->text) + "</p></aside>\n";
    }
  }

  void timeline() {
    const Article& article = *in_.article;
    out_ += "<h2>Review history</h2>\n";
    if (article.history.empty()) {
      out_ += "<p>No review step is recorded.</p>\n";
      return;
    }
    out_ += "<ol class=\"timeline\">\n";
    for (const HistoryEntry& h : article.history) {
      const Person* p = in_.registry ? in_.registry->person(h.by.value) : nullptr;
      std::string who = html::escape(p && !p->name.empty() ? p->name + " (" + p->id + ")" : std::string(h.by.value));
      const auto day = Date::parse(h.date.value);
      std::string board;
      if (!p) {
        board = "not in the people registry";
      } else if (day && p->on_board(*day)) {
        board = "on the Medical Advisory Board that day";
      } else {
        board = p->board ? "not on the Medical Advisory Board that day" : "not a Medical Advisory Board member";
      }
      out_ += "<li><strong>" + text(h.date.node, h.date.value) + "</strong> · " +
              html::escape(status_label(h.status.value)) + attach(h.status.node) + " · by " + who + attach(h.by.node) +
              " <span class=\"muted\">(" + board + ")</span>";
      if (h.note.present()) out_ += "<br>" + text(h.note.node, h.note.value);
      out_ += attach(h.node);
      flush_notes();
      out_ += "</li>\n";
    }
    out_ += "</ol>\n";
  }
};

}  // namespace

std::string article_page(const ArticlePageInput& in) { return Renderer(in).page(); }

}  // namespace medlint::audit
