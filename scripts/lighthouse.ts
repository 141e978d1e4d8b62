/**
 * npm run lighthouse: Lighthouse on one page of each template of both editions, each served by
 * nginx with its shipped configuration (deploy/nginx) when it is there, else with the same
 * headers by the Node server; Debian's Chromium. Accessibility and best practices in both
 * editions, SEO in the public one (the internal edition is `noindex` on purpose). Every score
 * must be 100: the script prints a table and exits 1 otherwise. Not part of `npm test` (a
 * Lighthouse run takes seconds per page); run it after `npm run build`, or with WEGWIJS_DIST.
 */
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { scriptConfig } from '../src/config.ts';
import { chromiumPath } from '../tools/browser.ts';
import { deployHeaders, hasNginx, serveNginx, serveStatic } from '../tools/serve.ts';
import type { Edition } from '../src/domain/editions.ts';

const PUBLIC_PAGES = [
  '/',
  '/vragen/',
  '/vragen/doelgroep/mantelzorgers/',
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
const INTERNAL_PAGES = [
  '/',
  '/routekaarten/herstart-dagbesteding/',
  '/passages/',
  '/passages/dagbesteding-in-de-wijk/',
  '/komende-weken/',
  '/acties/',
  '/acties/dmo/',
  '/briefings/mantelzorgers/',
  '/tijdlijn/2020-06/',
];
const RUNS: { edition: Edition; pages: string[]; categories: string[] }[] = [
  { edition: 'publiek', pages: PUBLIC_PAGES, categories: ['accessibility', 'best-practices', 'seo'] },
  { edition: 'intern', pages: INTERNAL_PAGES, categories: ['accessibility', 'best-practices'] },
];

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = 0;
let pages = 0;
try {
  for (const run of RUNS) {
    const dir = path.join(scriptConfig().dist, run.edition);
    const server = hasNginx() ? await serveNginx(dir, run.edition) : await serveStatic(dir, 0, { headers: deployHeaders(run.edition) });
    try {
      console.log(`\n${run.edition}\n\n| pagina | ${run.categories.join(' | ')} | niet gehaald |\n|---|${run.categories.map(() => '---|').join('')}---|`);
      for (const page of run.pages) {
        const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, onlyCategories: run.categories, logLevel: 'error', output: 'json' });
        if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page}`);
        const { categories, audits } = result.lhr;
        const scores = run.categories.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
        const missed = Object.values(audits).filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1).map((a) => a.id);
        pages++;
        if (scores.some((s) => s < 100)) failed++;
        console.log(`| ${page} | ${scores.join(' | ')} | ${missed.join(', ') || '–'} |`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await chrome.kill();
}
if (failed > 0) {
  console.error(`\n${failed} van ${pages} pagina's halen niet overal 100.`);
  process.exit(1);
}
console.log(`\nAlle ${pages} pagina's: 100.`);
