#include "medlint/audit/page.h"

#include "medlint/audit/html.h"

namespace medlint::audit {
namespace {

constexpr std::string_view kStylesheet =
    R"(:root { color-scheme: light; --error: #b00020; --warning: #8a5a00; --ok: #1b6e3a; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; --mark: #fff3b0; --uncited: #e8f0fe; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #fafafa; }
header.site { background: #12355b; color: #fff; padding: .6rem 1.5rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; font-size: 1.1rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: .8rem 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
a { color: #0b57a4; }
.muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .8rem; margin: 1rem 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
.card .value { font-size: 1.6rem; font-weight: 700; display: block; }
.card .what { color: var(--muted); font-size: .9rem; }
.card dd { margin: 0; }
.card small { display: block; font-size: .85rem; font-weight: 400; color: var(--muted); }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 50rem) { .pair { grid-template-columns: 1fr; } }
figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .3rem; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .95rem; margin: .4rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: inherit; cursor: pointer; border: 0; padding: 0; }
th button::after { content: " \2195"; color: var(--muted); }
.filter { margin: .4rem 0; }
.filter input { font: inherit; padding: .2rem .4rem; width: 18rem; max-width: 100%; }
.sev { font-weight: 600; white-space: nowrap; }
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.ok { color: var(--ok); font-weight: 600; }
.bar-error { fill: var(--error); } .bar-warning { fill: #c98a00; } .bar-ok { fill: #2e7d4f; } .bar-plain { fill: #3f6e9e; }
.chart-text { font: 13px system-ui, sans-serif; fill: #1a1a1a; }
.limit { stroke: var(--error); stroke-width: 2; stroke-dasharray: 6 4; }
article.rendered { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.5rem; }
.notice { border-left: 4px solid #12355b; background: #eef2f6; padding: .4rem .8rem; margin: .5rem 0; }
mark { background: var(--mark); padding: 0 .1em; border-bottom: 2px solid var(--warning); }
mark.m-error { border-bottom-color: var(--error); background: #fde7ea; }
mark.m-uncited { background: var(--uncited); border-bottom: 2px dashed #0b57a4; }
sup.fref a { text-decoration: none; font-weight: 700; }
.note { font-size: .9rem; margin: .2rem 0 .8rem 1rem; padding: .3rem .6rem; border-left: 3px solid var(--line); background: #fcfcfc; }
.note p { margin: .1rem 0; }
.timeline { list-style: none; padding-left: 0; border-left: 3px solid var(--line); margin-left: .5rem; }
.timeline li { margin: 0 0 .8rem; padding-left: 1rem; position: relative; }
.timeline li::before { content: ""; position: absolute; left: -.55rem; top: .45rem; width: .8rem; height: .8rem; border-radius: 50%; background: #12355b; }
.refs li { margin-bottom: .4rem; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #f0f0f0; padding: 0 .2em; }
pre { background: #f4f4f4; padding: .6rem; overflow-x: auto; }
footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 1rem; }
)";

// Sorts a table by a column when its header is clicked; adds a filter box
// above each table with class "sortable". Without scripts the tables are
// complete, only unsorted by the reader.
constexpr std::string_view kScript = R"(<script>
(function () {
  function cellValue(row, i) {
    var cell = row.cells[i];
    var v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim();
  }
  document.querySelectorAll('table.sortable').forEach(function (table, n) {
    var body = table.tBodies[0];
    table.querySelectorAll('thead th').forEach(function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('thead th').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, i), y = cellValue(b, i);
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y) ? nx - ny : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var label = document.createElement('label');
    label.className = 'filter';
    label.textContent = 'Filter: ';
    var input = document.createElement('input');
    input.type = 'search';
    input.setAttribute('aria-label', 'Filter the rows of ' + (table.getAttribute('aria-label') || 'this table'));
    label.appendChild(input);
    table.parentNode.insertBefore(label, table);
    input.addEventListener('input', function () {
      var q = input.value.toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  });
})();
</script>
)";

}  // namespace

std::string page_start(std::string_view title, std::string_view root, const Date& today) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Nothing of the site may load from elsewhere, and only its own inline script runs.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' "
      "data:; script-src 'unsafe-inline'\">\n";
  out += "<title>" + html::escape(title) + " · medlint audit</title>\n";
  out += "<link rel=\"stylesheet\" href=\"" + std::string(root) + "assets/medlint.css\">\n</head>\n<body>\n";
  out += "<header class=\"site\"><span class=\"brand\">medlint audit</span><nav aria-label=\"Site\"><a href=\"" +
         std::string(root) + "index.html\">Dashboard</a></nav><span>Audit of " + today.to_string() +
         "</span></header>\n";
  out += "<main>\n";
  return out;
}

std::string page_end(bool script) {
  std::string out =
      "</main>\n<footer>Made by medlint from the article sources; every finding links to its rule.</footer>\n";
  if (script) out += kScript;
  out += "</body>\n</html>\n";
  return out;
}

std::string_view stylesheet() { return kStylesheet; }

std::string severity_badge(Severity s) {
  if (s == Severity::kError) return "<span class=\"sev sev-error\">&#10006; error</span>";
  if (s == Severity::kWarning) return "<span class=\"sev sev-warning\">&#9888; warning</span>";
  return "<span class=\"sev\">off</span>";
}

std::string rule_link(std::string_view code, std::string_view root) {
  const std::string c = html::escape(code);
  return "<a href=\"" + std::string(root) + "rules/" + c + ".html\">" + c + "</a>";
}

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "n/a";
  return std::to_string((part * 1000 / whole + 5) / 10) + " %";
}

}  // namespace medlint::audit
