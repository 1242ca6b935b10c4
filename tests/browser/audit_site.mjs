// Opens the audit site in headless Chromium as a board member would, from
// file://, and checks it: the dashboard's totals against audit.json, a
// highlighted span at the right text, every internal link resolves to a file
// of the site, no request leaves the site, no dialog (no script from article
// text ran), the page still complete with scripts off, and no axe-core
// violation of impact serious or critical. Saves a screenshot of each page.
//
// node audit_site.mjs SITE_DIR SCREENSHOT_DIR ARTICLE_PAGE MARKED_TEXT [OTHER_PAGE...]
// (other pages: opened for dialogs, requests and axe-core only)
// The modules come from MEDLINT_BROWSER_DIR/node_modules (npm ci there).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const [siteDir, shotDir, articlePage, markedText, ...otherPages] = process.argv.slice(2);
const require = createRequire(path.resolve(process.env.MEDLINT_BROWSER_DIR || '.', 'node_modules', 'x.js'));
const puppeteer = require('puppeteer-core');
const axe = require('axe-core');

const site = fs.realpathSync(siteDir);
const problems = [];
const fail = (what) => problems.push(what);

// Every href and src of every page of the site, checked without a browser.
function checkAllLinks() {
  let pages = 0;
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  for (const file of walk(site).filter((f) => f.endsWith('.html'))) {
    pages++;
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = m[1].replace(/&amp;/g, '&');
      if (/^https?:\/\//.test(target)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) { fail(`${file}: link to another scheme: ${target}`); continue; }
      const [rel, fragment] = target.split('#');
      const dest = rel === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(rel));
      if (!dest.startsWith(site + path.sep) || !fs.existsSync(dest)) { fail(`${file}: broken link ${target}`); continue; }
      if (fragment && dest.endsWith('.html') && !fs.readFileSync(dest, 'utf8').includes(`id="${fragment}"`)) {
        fail(`${file}: no element #${fragment} in ${rel || 'the page'}`);
      }
    }
  }
  return pages;
}

async function open(browser, file, { scripts = true } = {}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(scripts);
  await page.setViewport({ width: 1280, height: 900 });
  page.on('dialog', async (d) => { fail(`${file}: a dialog opened (${d.message()}): article text ran as script`); await d.dismiss(); });
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:')) return;
    if (!url.startsWith('file://') || !fileURLToPath(url.split('#')[0]).startsWith(site)) fail(`${file}: request left the site: ${url}`);
  });
  page.on('pageerror', (e) => fail(`${file}: script error: ${e.message}`));
  await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: 'load' });
  return page;
}

async function accessibility(page, file) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  for (const v of result.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      fail(`${file}: axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    }
  }
  return result.violations.length;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
try {
  const data = JSON.parse(fs.readFileSync(path.join(site, 'audit.json'), 'utf8'));
  const pages = checkAllLinks();

  const index = await open(browser, 'index.html');
  const shown = await index.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('.card[id]')].map((c) => [c.id, c.querySelector('.value').textContent.trim()])));
  const t = data.totals;
  const expect = { 'total-articles': t.articles, 'total-claims': t.claims, 'total-errors': t.errors,
                   'total-warnings': t.warnings, 'total-overdue': t.overdue };
  for (const [id, value] of Object.entries(expect)) {
    if (shown[id] !== String(value)) fail(`index.html: #${id} shows "${shown[id]}", audit.json says ${value}`);
  }
  if (!String(shown['total-cited'] || '').startsWith(String(t.citedClaims))) fail(`index.html: cited claims "${shown['total-cited']}"`);
  const charts = await index.$$eval('svg[role="img"]', (s) => s.map((x) => x.querySelector('title')?.textContent || ''));
  if (charts.length < 2 || charts.some((c) => c === '')) fail(`index.html: charts without a title: ${JSON.stringify(charts)}`);
  // The tables sort: a click on a header orders the rows.
  const sorted = await index.evaluate(() => {
    const table = document.querySelector('table.sortable');
    if (!table) return true;
    const button = table.querySelector('thead th button');
    if (!button) return false;
    button.click();
    return table.querySelector('thead th').getAttribute('aria-sort') === 'ascending';
  });
  if (!sorted) fail('index.html: a sortable table did not sort');
  const indexViolations = await accessibility(index, 'index.html');
  fs.mkdirSync(shotDir, { recursive: true });
  await index.screenshot({ path: path.join(shotDir, 'dashboard.png'), fullPage: true });

  const noScript = await open(browser, 'index.html', { scripts: false });
  const rows = await noScript.$$eval('table tbody tr', (r) => r.length);
  if (rows === 0) fail('index.html without scripts: no table rows');

  const article = await open(browser, articlePage);
  const marks = await article.$$eval('mark', (m) => m.map((x) => x.textContent));
  if (markedText && !marks.some((m) => m.includes(markedText))) {
    fail(`${articlePage}: no highlight holds "${markedText}" (highlights: ${JSON.stringify(marks.slice(0, 5))})`);
  }
  const articleViolations = await accessibility(article, articlePage);
  await article.screenshot({ path: path.join(shotDir, 'article.png'), fullPage: true });

  for (const other of otherPages) {
    const page = await open(browser, other);
    await accessibility(page, other);
    await page.close();
  }

  console.log(JSON.stringify({ pages, marks: marks.length, axe: { index: indexViolations, article: articleViolations }, problems }));
} finally {
  await browser.close();
}
process.exit(problems.length === 0 ? 0 : 1);
