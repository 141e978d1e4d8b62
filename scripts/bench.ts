/**
 * npm run bench [-- --entries 1000,10000] [--shape spread,hubs] [--out file.json] [--keep] [--no-starlight] [--cold-only]: generates realistic
 * corpora in a temporary folder, builds both editions and measures wall time and peak memory
 * (total and per stage), rebuilds (no change, one entry changed), output and index sizes, the
 * compressed JS/CSS of a typical entry page, and, in Chromium, bytes transferred and time to
 * first results for typical searches. Prints a table and writes the figures as JSON.
 *
 * Corpus shapes (`--shape`, default both): `spread` (target groups and organisations grow with
 * the corpus) and `hubs` (a ministry's shape: 9 target groups and 19 organisations that thousands
 * of measures, answers, passages and route-map actions link), side by side per size. Every build
 * is held to a page budget: the largest page (HTML, either edition) at most PAGE_LIMIT and the
 * whole output (both editions, indexes, open data) at most PER_ENTRY_LIMIT per entry.
 *
 * The peer: the same generated entries (titles, summaries, bodies) built by Starlight with its
 * own Pagefind search (bench/starlight, its own package.json; tools/bench/starlight.ts), cold, in
 * the same run, so the ratio compares like with like on this machine at this moment.
 *
 * `--cold-only` measures the cold build, its output and the peer only (the sizes where the
 * rebuilds would take an hour: 30,000 and 100,000 entries). A cold build that fails (at 100,000
 * entries: memory) is recorded, with the stage it was in, its peak and the end of its output,
 * instead of ending the run.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { changeOneEntry, CORPUS_SHAPES, generateCorpus, renameHub, type CorpusShape } from '../tools/bench/generate.ts';
import { childEnv, config } from '../src/config.ts';
import { sampleMemory } from '../src/pipeline/memory.ts';
import { hasChromium, launchChromium } from '../tools/browser.ts';
import { hasNginx, serveNginx, serveStatic } from '../tools/serve.ts';
import { buildStarlight, prepareStarlight, starlightDocsDir, writeStarlightDocs } from '../tools/bench/starlight.ts';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : (argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
};
const sizes = arg('entries', '1000,10000').split(',').map((n) => Number(n.trim())).filter((n) => n > 0);
const outFile = arg('out', path.join('.bench', `bench-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`));
const shapes = arg('shape', CORPUS_SHAPES.join(',')).split(',').map((x) => x.trim()) as CorpusShape[];
for (const shape of shapes) if (!CORPUS_SHAPES.includes(shape)) throw new Error(`onbekende vorm "${shape}"; kies uit ${CORPUS_SHAPES.join(', ')}`);
const keep = argv.includes('--keep');
/** The page budget (README, Performance): no page grows with the whole knowledge base. */
const PAGE_LIMIT = 250 * 1024;
const PER_ENTRY_LIMIT = 25 * 1024;
const withStarlight = !argv.includes('--no-starlight');
const coldOnly = argv.includes('--cold-only');
const PEILDATUM = '2021-06-01';
const SEARCHES = ['dagbesteding', 'mantelzorgers', 'mondkapje'];

// Asks the builds for their stage figures and enables memory sampling in them (and here: sampleMemory(…, true)).
const TIMINGS = { WEGWIJS_TIMINGS: '1' };

const progress = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

interface BuildRun { wallMs: number; peakBytes: number; stages: Record<string, number>; stagePeaks: Record<string, number>; pages?: number; reused?: number }

/** A build that exited non-zero: how long it ran, its peak, the stage it was in and the end of its output. */
interface FailedRun { wallMs: number; peakBytes: number; code: number | null; stage: string | undefined; output: string }
class BuildRunFailure extends Error {
  readonly run: FailedRun;
  constructor(run: FailedRun) {
    super(`build failed (${run.code}) in stage ${run.stage ?? '?'}:\n${run.output}`);
    this.run = run;
  }
}

async function runBuild(env: Record<string, string>): Promise<BuildRun> {
  const start = performance.now();
  // Not --quiet: the stage lines ("▸ …") say where a failing build stopped.
  const child = spawn(process.execPath, ['scripts/build.ts'], { env: childEnv({ ...TIMINGS, ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = sampleMemory(child.pid!, 200, true);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const peakBytes = memory.stop();
  const wallMs = Math.round(performance.now() - start);
  if (code !== 0) {
    const stage = out.split('\n').filter((l) => l.startsWith('▸ ')).pop()?.slice(2);
    throw new BuildRunFailure({ wallMs, peakBytes, code, stage, output: out.slice(-4000) });
  }
  const line = out.split('\n').find((l) => l.startsWith('WEGWIJS_TIMINGS '));
  const parsed = line ? (JSON.parse(line.slice('WEGWIJS_TIMINGS '.length)) as { timings: Record<string, number>; peaks: Record<string, number>; pages?: number; reused?: number }) : { timings: {}, peaks: {} };
  return { wallMs, peakBytes, stages: parsed.timings, stagePeaks: parsed.peaks, pages: parsed.pages, reused: parsed.reused };
}

async function dirStats(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!d.isFile()) continue;
    files++;
    bytes += (await stat(path.join(d.parentPath, d.name))).size;
  }
  return { bytes, files };
}

/** An edition's bytes by kind: HTML pages, the search index, open data, calendars, precompressed copies, the rest. */
async function outputKinds(dir: string): Promise<Record<string, number>> {
  const kinds: Record<string, number> = { pages: 0, pagefind: 0, openData: 0, calendars: 0, copies: 0, other: 0 };
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!d.isFile()) continue;
    const file = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const kind = /\.(br|gz)$/.test(rel) ? 'copies' : rel.startsWith('pagefind/') ? 'pagefind' : rel.startsWith('open-data/') ? 'openData' : rel.endsWith('.ics') ? 'calendars' : rel.endsWith('.html') ? 'pages' : 'other';
    kinds[kind]! += (await stat(file)).size;
  }
  return kinds;
}

/** The largest HTML page of the build (both editions), and the five largest for the record. */
async function largestPages(dist: string): Promise<{ bytes: number; path: string }[]> {
  const pages: { bytes: number; path: string }[] = [];
  for (const d of await readdir(dist, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (!d.isFile() || !d.name.endsWith('.html')) continue;
    const file = path.join(d.parentPath, d.name);
    pages.push({ bytes: (await stat(file)).size, path: path.relative(dist, file).split(path.sep).join('/') });
  }
  return pages.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 5);
}

/** Compressed bytes of JS and CSS that an entry page makes a reader download. */
async function pageWeight(editionDir: string, pagePath: string): Promise<{ js: number; css: number }> {
  const html = await readFile(path.join(editionDir, pagePath, 'index.html'), 'utf8');
  let js = 0;
  let css = 0;
  for (const m of html.matchAll(/<script[^>]*src="([^"]+)"/g)) js += gzipSync(await readFile(path.join(editionDir, m[1]!))).length;
  for (const m of html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) js += m[1]!.trim() ? gzipSync(m[1]!).length : 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gzipSync(await readFile(path.join(editionDir, m[1]!))).length;
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gzipSync(m[1]!).length;
  return { js, css };
}

async function firstEntry(editionDir: string, collection: string): Promise<string | undefined> {
  const names = await readdir(path.join(editionDir, collection), { withFileTypes: true }).catch(() => []);
  const dir = names.find((d) => d.isDirectory());
  return dir ? `${collection}/${dir.name}` : undefined;
}

interface SearchFigure { term: string; firstBytes: number; firstMs: number; laterBytes: number; results: number }

/**
 * Bytes a first search transfers, served as in production: by nginx with the shipped configuration
 * (deploy/nginx, precompressed copies and compression per response) when nginx is installed, else
 * by the plain static server, which compresses nothing (pagefind.js counts 32 KB instead of 11).
 */
async function searchWeight(editionDir: string, edition: 'intern' | 'publiek'): Promise<SearchFigure[]> {
  const server = hasNginx() ? await serveNginx(editionDir, edition) : await serveStatic(editionDir);
  const browser = await launchChromium();
  const figures: SearchFigure[] = [];
  try {
    for (const [i, term] of SEARCHES.entries()) {
      // Each term once as a first search (fresh page, empty cache) and once after another term.
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (request) => {
        const s = await request.sizes().catch(() => undefined);
        if (s && request.url().includes('/pagefind/')) bytes += s.responseBodySize + s.responseHeadersSize;
      });
      await page.goto(`${server.url}/zoeken/`, { waitUntil: 'load' });
      bytes = 0;
      const t0 = performance.now();
      await page.fill('#zoekterm', term);
      await page.press('#zoekterm', 'Enter');
      await page.waitForFunction(() => /resulta|Geen/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      const firstMs = Math.round(performance.now() - t0);
      await page.waitForLoadState('networkidle');
      const firstBytes = bytes;
      const results = await page.locator('[data-search-results] li').count();
      const other = SEARCHES[(i + 1) % SEARCHES.length]!;
      bytes = 0;
      await page.fill('#zoekterm', `${other} ${term}`.split(' ')[0]!);
      await page.press('#zoekterm', 'Enter');
      await page.waitForLoadState('networkidle');
      const laterBytes = bytes;
      figures.push({ term, firstBytes, firstMs, laterBytes, results });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const results: Record<string, unknown>[] = [];
for (const n of sizes) for (const shape of shapes) {
  const root = path.join(tmpdir(), `wegwijs-bench-${shape}-${n}-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  const content = path.join(root, 'content');
  progress(`${n} items (${shape}): corpus genereren in ${content}`);
  const t0 = performance.now();
  const corpus = await generateCorpus({ entries: n, dir: content, seed: 42, shape });
  progress(`${n} items: gegenereerd in ${s(performance.now() - t0)}; koude build`);
  const env = { WEGWIJS_CONTENT: content, WEGWIJS_DIST: path.join(root, 'dist'), WEGWIJS_STAGING: path.join(root, 'staging'), WEGWIJS_PEILDATUM: PEILDATUM };
  let cold: BuildRun;
  try {
    cold = await runBuild(env);
  } catch (error) {
    if (!(error instanceof BuildRunFailure)) throw error;
    const { run } = error;
    progress(`${n} items: koude build MISLUKT na ${s(run.wallMs)} in "${run.stage}", piek ${mb(run.peakBytes)}`);
    results.push({ entries: n, shape, corpus, cold: { failed: true, ...run } });
    if (!keep) await rm(root, { recursive: true, force: true });
    continue;
  }
  let rebuilds: Record<string, unknown> = {};
  if (!coldOnly) {
    progress(`${n} items: koud ${s(cold.wallMs)}, piek ${mb(cold.peakBytes)}; herbouw zonder wijziging`);
    const unchanged = await runBuild(env);
    const changedFile = await changeOneEntry(content);
    progress(`${n} items: zonder wijziging ${s(unchanged.wallMs)}; herbouw na wijziging van ${path.basename(changedFile)}`);
    const oneChange = await runBuild(env);
    const renamedHub = await renameHub(content);
    progress(`${n} items: één wijziging ${s(oneChange.wallMs)}; herbouw na hernoemen van doelgroep ${path.basename(renamedHub)}`);
    const hubRename = await runBuild(env);
    progress(`${n} items: hub hernoemd ${s(hubRename.wallMs)} (${Math.round((hubRename.wallMs / cold.wallMs) * 100)}% van koud); uitvoer meten`);
    rebuilds = { unchanged, oneChange, hubRename: { ...hubRename, file: path.basename(renamedHub), ofCold: Math.round((hubRename.wallMs / cold.wallMs) * 100) / 100 } };
  } else {
    progress(`${n} items: koud ${s(cold.wallMs)}, piek ${mb(cold.peakBytes)}; uitvoer meten`);
  }

  const output: Record<string, unknown> = {};
  const largest = await largestPages(path.join(root, 'dist'));
  let totalBytes = 0;
  for (const edition of ['intern', 'publiek']) {
    const dir = path.join(root, 'dist', edition);
    const all = await dirStats(dir);
    totalBytes += all.bytes;
    const index = await dirStats(path.join(dir, 'pagefind'));
    const vraag = await firstEntry(dir, 'vragen');
    const passage = await firstEntry(dir, 'passages');
    output[edition] = {
      bytes: all.bytes,
      files: all.files,
      pagefindBytes: index.bytes,
      pagefindFiles: index.files,
      byKind: await outputKinds(dir),
      entryPage: vraag ? { path: vraag, ...(await pageWeight(dir, vraag)) } : undefined,
      passagePage: passage ? { path: passage, ...(await pageWeight(dir, passage)) } : undefined,
    };
  }
  const budget = {
    largestPage: largest[0],
    largestPages: largest,
    largestPageLimit: PAGE_LIMIT,
    largestPageMet: (largest[0]?.bytes ?? 0) <= PAGE_LIMIT,
    outputPerEntry: Math.round(totalBytes / corpus.total),
    outputPerEntryLimit: PER_ENTRY_LIMIT,
    outputPerEntryMet: totalBytes / corpus.total <= PER_ENTRY_LIMIT,
  };
  progress(`${n} items (${shape}): grootste pagina ${kb(budget.largestPage?.bytes ?? 0)} (${budget.largestPage?.path}), uitvoer per item ${kb(budget.outputPerEntry)}`);
  let starlight: { wallMs: number; peakBytes: number; pages: number; ratio: number } | undefined;
  if (withStarlight) {
    progress(`${n} items: Starlight (peer) op dezelfde items, koud`);
    const project = await prepareStarlight({ log: (l) => progress(`  ${l}`) });
    const docs = starlightDocsDir(project);
    await writeStarlightDocs(content, docs);
    const run = await buildStarlight(project, docs, path.join(root, 'starlight-dist'), { timings: true });
    await rm(docs, { recursive: true, force: true });
    starlight = { ...run, ratio: Math.round((cold.wallMs / run.wallMs) * 100) / 100 };
    progress(`${n} items: Starlight ${s(run.wallMs)}, piek ${mb(run.peakBytes)}, ${run.pages} pagina's; Wegwijs koud / Starlight = ${starlight.ratio}`);
  }
  let search: Record<string, SearchFigure[]> | undefined;
  if (coldOnly) {
    // no search figures: --cold-only
  } else if (hasChromium()) {
    progress(`${n} items: zoeken meten in Chromium`);
    search = { intern: await searchWeight(path.join(root, 'dist', 'intern'), 'intern'), publiek: await searchWeight(path.join(root, 'dist', 'publiek'), 'publiek') };
  } else {
    progress('Chromium ontbreekt: zoekmetingen overgeslagen');
  }
  results.push({ entries: n, shape, corpus, cold, ...rebuilds, starlight, output, budget, search });
  if (!keep) await rm(root, { recursive: true, force: true });
}

await mkdir(path.dirname(outFile), { recursive: true });
const os = await import('node:os');
await writeFile(outFile, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, memoryBytes: os.totalmem(), renderWorkers: config().renderWorkers, results }, null, 2)}\n`);

// The table.
const rows: string[][] = [['', ...results.map((r) => `${r.entries} items, ${r.shape}`)]];
const get = (f: (r: any) => string) => results.map((r) => { try { return f(r); } catch { return '–'; } });
rows.push(['koude build (beide edities)', ...get((r) => `${r.cold.failed ? `MISLUKT in "${r.cold.stage}" na ` : ''}${s(r.cold.wallMs)}, ${mb(r.cold.peakBytes)}`)]);
for (const stage of Object.keys((results[0] as any)?.cold?.stages ?? {})) rows.push([`  ${stage}`, ...get((r) => `${s(r.cold.stages[stage])}, ${mb(r.cold.stagePeaks[stage])}`)]);
rows.push(['  pagina\'s (beide edities)', ...get((r) => String(r.cold.pages ?? '–'))]);
rows.push(['herbouw zonder wijziging', ...get((r) => s(r.unchanged.wallMs))]);
rows.push(['herbouw na één wijziging', ...get((r) => `${s(r.oneChange.wallMs)}, ${r.oneChange.pages - r.oneChange.reused} pagina's gerenderd`)]);
for (const stage of Object.keys((results[0] as any)?.oneChange?.stages ?? {})) rows.push([`  ${stage}`, ...get((r) => s(r.oneChange.stages[stage]))]);
rows.push(['herbouw na hernoemen van een hub', ...get((r) => `${s(r.hubRename.wallMs)} (${Math.round(r.hubRename.ofCold * 100)}% van koud), ${r.hubRename.pages - r.hubRename.reused} pagina's gerenderd`)]);
rows.push(['Starlight (peer), koud', ...get((r) => `${s(r.starlight.wallMs)}, ${mb(r.starlight.peakBytes)}, ${r.starlight.pages} pagina's`)]);
rows.push(['Wegwijs koud / Starlight', ...get((r) => `${r.starlight.ratio}×`)]);
const met = (ok: boolean) => (ok ? 'gehaald' : 'NIET gehaald');
rows.push([`grootste pagina (max ${kb(PAGE_LIMIT)})`, ...get((r) => `${kb(r.budget.largestPage.bytes)} ${r.budget.largestPage.path}: ${met(r.budget.largestPageMet)}`)]);
rows.push([`uitvoer per item (max ${kb(PER_ENTRY_LIMIT)})`, ...get((r) => `${kb(r.budget.outputPerEntry)}: ${met(r.budget.outputPerEntryMet)}`)]);
for (const edition of ['intern', 'publiek']) {
  rows.push([`${edition}: uitvoer`, ...get((r) => `${mb(r.output[edition].bytes)}, ${r.output[edition].files} bestanden`)]);
  rows.push([`${edition}: pagina's / zoekindex / open data / agenda's / kopieën (br, gz) / rest`, ...get((r) => ['pages', 'pagefind', 'openData', 'calendars', 'copies', 'other'].map((k) => mb(r.output[edition].byKind[k])).join(' / '))]);
  rows.push([`${edition}: Pagefind-index`, ...get((r) => `${mb(r.output[edition].pagefindBytes)}, ${r.output[edition].pagefindFiles} bestanden`)]);
  rows.push([`${edition}: JS/CSS vraagpagina (gzip)`, ...get((r) => `${kb(r.output[edition].entryPage.js)} / ${kb(r.output[edition].entryPage.css)}`)]);
  rows.push([`${edition}: JS passagepagina (gzip)`, ...get((r) => (r.output[edition].passagePage ? kb(r.output[edition].passagePage.js) : '–'))]);
  for (const term of SEARCHES) {
    rows.push([`${edition}: zoeken "${term}" eerste/later`, ...get((r) => { const f = r.search[edition].find((x: SearchFigure) => x.term === term); return `${kb(f.firstBytes)} in ${f.firstMs} ms / ${kb(f.laterBytes)}`; })]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
console.log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n')}\n`);
console.log(`Cijfers geschreven naar ${outFile}`);
