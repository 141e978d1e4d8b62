/**
 * npm run bench:search [-- --dist <dir>] [--edition publiek] [--verbose] [--out file.json]:
 * search quality of both editions against the example content. Builds the example knowledge base
 * at the example reference date into a temporary folder (or uses an existing build: `--dist` is
 * the folder holding intern/ and publiek/), serves each edition with the deployed headers and
 * runs every query of bench/search-queries.yaml on its search page in Chromium, the same island
 * code path a reader uses. Reports hit@1, hit@3 and MRR (over the first 10 results) per edition
 * and exits non-zero when an edition falls below the targets. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { childEnv } from '../src/config.ts';
import { launchChromium } from '../tools/browser.ts';
import { deployHeaders, serveStatic } from '../tools/serve.ts';
import type { Edition } from '../src/domain/editions.ts';

/** The example reference date (tests/setup/build-example.ts). */
const PEILDATUM = '2020-05-26';
const TARGETS = { hit3: 0.95, mrr: 0.85 };
const QUERIES = path.resolve(import.meta.dirname, '../bench/search-queries.yaml');

const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const verbose = argv.includes('--verbose');

interface Query { q: string; answers: string[] }
const all = parse(await readFile(QUERIES, 'utf8')) as Record<Edition, Query[]>;
const editions = (arg('edition')?.split(',') ?? Object.keys(all)) as Edition[];

async function buildExample(): Promise<{ dist: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wegwijs-bench-search-'));
  const dist = path.join(dir, 'dist');
  console.log(`Voorbeeld bouwen in ${dist} (peildatum ${PEILDATUM})…`);
  const child = spawn(process.execPath, ['scripts/build.ts', '--quiet', '--force'], {
    env: childEnv({ WEGWIJS_DIST: dist, WEGWIJS_STAGING: path.join(dir, 'staging'), WEGWIJS_PEILDATUM: PEILDATUM }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`build mislukt (${code}):\n${out.slice(-4000)}`);
  return { dist, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

interface QueryResult { q: string; rank: number | null; top: string[] }
interface EditionFigures { edition: Edition; queries: number; hit1: number; hit3: number; mrr: number; results: QueryResult[] }

async function measure(dist: string, edition: Edition, queries: Query[]): Promise<EditionFigures> {
  const server = await serveStatic(path.join(dist, edition), 0, { headers: deployHeaders(edition) });
  const browser = await launchChromium();
  const results: QueryResult[] = [];
  try {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') console.error(`  [${edition}] console: ${m.text()}`); });
    for (const { q, answers } of queries) {
      await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        return text !== '' && text !== 'Zoeken…';
      });
      const top = (await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!)))
        .slice(0, 10)
        .map((u) => u.replace(/^\/+|\/+$/g, ''));
      const index = top.findIndex((u) => answers.includes(u));
      results.push({ q, rank: index >= 0 ? index + 1 : null, top });
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const n = results.length;
  const hit = (k: number) => results.filter((r) => r.rank !== null && r.rank <= k).length / n;
  const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n;
  return { edition, queries: n, hit1: hit(1), hit3: hit(3), mrr, results };
}

const given = arg('dist');
const built = given ? undefined : await buildExample();
const dist = given ? path.resolve(given) : built!.dist;
const figures: EditionFigures[] = [];
try {
  for (const edition of editions) figures.push(await measure(dist, edition, all[edition] ?? []));
} finally {
  await built?.cleanup();
}

const f2 = (x: number) => x.toFixed(2);
for (const f of figures) {
  console.log(`\n${f.edition}: ${f.queries} zoekvragen`);
  for (const r of f.results) {
    if (verbose || r.rank === null || r.rank > 3) console.log(`  ${r.rank === null ? '—' : `#${r.rank}`.padEnd(3)} ${r.q}${r.rank === 1 ? '' : `  → ${r.top.slice(0, 3).join(', ') || '(niets)'}`}`);
  }
}
console.log('\n| editie | zoekvragen | hit@1 | hit@3 | MRR |\n|---|---|---|---|---|');
for (const f of figures) console.log(`| ${f.edition} | ${f.queries} | ${f2(f.hit1)} | ${f2(f.hit3)} | ${f2(f.mrr)} |`);
const out = arg('out');
if (out) {
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ peildatum: PEILDATUM, targets: TARGETS, figures }, null, 2)}\n`);
}
const failing = figures.filter((f) => f.hit3 < TARGETS.hit3 || f.mrr < TARGETS.mrr);
if (failing.length) {
  console.error(`\nOnder de doelen (hit@3 ≥ ${TARGETS.hit3}, MRR ≥ ${TARGETS.mrr}): ${failing.map((f) => f.edition).join(', ')}`);
  process.exit(1);
}
console.log(`\nDoelen gehaald (hit@3 ≥ ${TARGETS.hit3}, MRR ≥ ${TARGETS.mrr}).`);
