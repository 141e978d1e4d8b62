/**
 * npm run lighthouse: Lighthouse (accessibility, best practices, SEO) on one page of each template
 * of the public edition, served by nginx with the shipped configuration (deploy/nginx) when it is
 * there, else with the same headers by the Node server; Debian's Chromium. Every score must be
 * 100: the script prints a table and exits 1 otherwise. Not part of `npm test` (a Lighthouse run
 * takes seconds per page); run it after `npm run build`, or on another build with WEGWIJS_DIST.
 */
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../src/build/browser.ts';
import { deployHeaders, hasNginx, serveNginx, serveStatic } from '../src/build/serve.ts';

const PAGES = [
  '/',
  '/vragen/',
  '/vragen/dagbesteding-weer-open-vanaf-1-juni/',
  '/maatregelen/',
  '/maatregelen/herstart-dagbesteding/',
  '/doelgroepen/mantelzorgers/',
  '/organisaties/dmo/',
  '/bronnen/kamerbrief-corona-2020-05-20/',
  '/tijdlijn/',
  '/wat-is-er-veranderd/',
  '/open-data/',
  '/zoeken/',
  '/over/',
];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

const dir = path.join(process.env.WEGWIJS_DIST ?? 'dist', 'publiek');
const server = hasNginx() ? await serveNginx(dir, 'publiek') : await serveStatic(dir, 0, { headers: deployHeaders('publiek') });
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = 0;
try {
  console.log(`| pagina | ${CATEGORIES.join(' | ')} | niet gehaald |\n|---|${CATEGORIES.map(() => '---|').join('')}---|`);
  for (const page of PAGES) {
    const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, onlyCategories: [...CATEGORIES], logLevel: 'error', output: 'json' });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page}`);
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    const missed = Object.values(audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1).map((a) => a.id);
    if (scores.some((s) => s < 100)) failed++;
    console.log(`| ${page} | ${scores.join(' | ')} | ${missed.join(', ') || '–'} |`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (failed > 0) {
  console.error(`\n${failed} pagina('s) halen geen 100 op ${CATEGORIES.join(', ')}.`);
  process.exit(1);
}
console.log(`\nAlle ${PAGES.length} pagina's: 100 op ${CATEGORIES.join(', ')}.`);
