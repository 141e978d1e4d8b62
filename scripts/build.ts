/**
 * npm run build: load → validate → render (Astro, both editions) → split → index (Pagefind per
 * edition) → verify (leak scan and file check of the public edition) → swap into dist/. Any failure exits
 * non-zero and leaves the previous dist/ exactly as it was.
 */
import path from 'node:path';
import { contentDir, referenceDate } from '../src/config.ts';
import { formatReport, runCheck } from '../src/check/index.ts';
import { contentRules } from '../src/check/rules.ts';
import { STAGING, astroBuild, removePreviousOutput, split, swap } from '../src/build/stages.ts';
import { closePagefind, indexEdition } from '../src/build/search-index.ts';
import { formatLeaks, leakNeedles, scanForLeaks } from '../src/verify/leaks.ts';
import { formatFileProblems, verifyPublicFiles } from '../src/verify/files.ts';
import { EDITIONS } from '../src/domain/editions.ts';
import { describeNextChange } from '../src/domain/integrity.ts';
import { sampleMemory } from '../src/build/memory.ts';
import { DIGEST_FILE, buildDigest } from '../src/build/digest.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { openBodyFacts } from '../src/build/body-facts.ts';
import { bodyFacts, entryBodyOptions } from '../src/domain/body.ts';

const dist = process.env.WEGWIJS_DIST ?? 'dist';
const quiet = process.argv.includes('--quiet');
const log = (line: string) => { if (!quiet) console.log(line); };
const timings: Record<string, number> = {};
const peaks: Record<string, number> = {};
async function stage<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const memory = sampleMemory();
  log(`▸ ${name}`);
  const result = await run();
  timings[name] = Math.round(performance.now() - start);
  peaks[name] = memory.stop();
  return result;
}

try {
  const date = referenceDate();
  // Nothing changed since the build in dist/? Then there is nothing to do (--force rebuilds).
  const digest = await buildDigest(contentDir(), { peildatum: date });
  const previous = await readFile(path.join(dist, DIGEST_FILE), 'utf8').then((t) => JSON.parse(t) as { digest?: string }, () => undefined);
  if (!process.argv.includes('--force') && previous?.digest === digest) {
    log(`Niets gewijzigd sinds de vorige build: ${dist}/ is actueel (npm run build -- --force bouwt toch opnieuw).`);
    if (process.env.WEGWIJS_TIMINGS) console.log(`WEGWIJS_TIMINGS ${JSON.stringify({ timings: { 'niets gewijzigd': 0 }, peaks: {} })}`);
    process.exit(0);
  }
  // What the previous build replaced goes now, beside rendering (I/O while Astro uses the CPU).
  const cleanup = removePreviousOutput(dist);
  cleanup.catch(() => undefined); // awaited before the swap
  const astroOut = path.join(STAGING, 'astro');
  const out = path.join(STAGING, 'out');
  const cacheDir = path.join(STAGING, 'cache');
  // Links, text and elements of every body from the previous build (src/build/body-facts.ts):
  // only changed bodies are parsed, here (check, leak scan) and in Astro.
  await mkdir(cacheDir, { recursive: true });
  const bodyFactsFile = path.join(cacheDir, 'body-facts.json');
  const bodyFactsStore = await openBodyFacts(bodyFactsFile);

  // Validation and rendering run side by side (2 cores): if validation finds problems, Astro is
  // stopped and nothing is written to dist/.
  const abort = new AbortController();
  const rendering = stage('renderen (Astro, beide edities)', () =>
    astroBuild(
      { WEGWIJS_ASTRO_OUT: astroOut, WEGWIJS_CACHE_DIR: cacheDir, WEGWIJS_BODY_FACTS: bodyFactsFile, WEGWIJS_PEILDATUM: date, WEGWIJS_LINK_MODE: 'split' },
      (l) => log(`  ${l}`),
      process.argv.includes('--verbose'),
      abort.signal,
    ),
  );
  rendering.catch(() => undefined); // awaited below; avoid an unhandled rejection while checking
  const checked = await stage('controle', () => runCheck({ contentDir: contentDir(), peildatum: date, textRules: contentRules() }));
  if (checked.problems.length > 0) {
    abort.abort();
    console.error(formatReport(checked.problems));
    console.error('\nBouwen afgebroken. De vorige uitvoer in dist/ is ongewijzigd.');
    process.exit(1);
  }
  log(`  ${checked.entries.length} items in orde (peildatum ${date})`);
  log(`  ${describeNextChange(checked.entries, date)}`);
  // The facts of every body, written now (on this core, while Astro is still loading content), so
  // that Astro's pages read them instead of parsing every body again; the leak scan uses them too.
  for (const entry of checked.entries) bodyFacts(entry.body, entryBodyOptions(entry));
  await bodyFactsStore.save();
  const rendered = await rendering;
  if (rendered.reused > 0) log(`  ${rendered.pages - rendered.reused} pagina's gerenderd, ${rendered.reused} ongewijzigd overgenomen uit de vorige build`);
  await stage('splitsen in edities', () => split(astroOut, out));

  const indexed = async (edition: (typeof EDITIONS)[number]) => {
    const { pages } = await stage(`zoekindex ${edition}`, () => indexEdition(path.join(out, edition)));
    log(`  ${edition}: ${pages} pagina's geïndexeerd`);
  };
  // Both indexes at once (Pagefind works in its own process); the leak scan reads the public
  // edition as soon as its index is written, the file check (every public file used by a public
  // page, no bytes of an internal-only asset: the leak scan reads text, not images) as soon as
  // both are.
  const publicIndexed = indexed('publiek');
  const internIndexed = indexed('intern');
  const [scan, files] = await Promise.all([
    publicIndexed.then(() => stage('lekcontrole publieke editie', async () => scanForLeaks(path.join(out, 'publiek'), leakNeedles(checked.entries, date)))),
    Promise.all([publicIndexed, internIndexed]).then(() => stage('bestandscontrole publieke editie', () => verifyPublicFiles(path.join(out, 'publiek'), path.join(out, 'intern')))),
  ]);
  await closePagefind();
  if (scan.leaks.length > 0 || files.problems.length > 0) {
    if (scan.leaks.length > 0) console.error(formatLeaks(scan.leaks));
    if (files.problems.length > 0) console.error(formatFileProblems(files.problems));
    const found = [scan.leaks.length > 0 ? `${scan.leaks.length} lekken` : '', files.problems.length > 0 ? `${files.problems.length} bestanden die er niet in horen` : ''].filter(Boolean).join(' en ');
    console.error(`\nBouwen afgebroken: ${found} in de publieke editie. De vorige uitvoer in dist/ is ongewijzigd.`);
    process.exit(1);
  }
  log(`  ${scan.files} bestanden gecontroleerd, geen lekken; alle ${files.files} gebruikt door publieke pagina's`);
  await writeFile(path.join(out, DIGEST_FILE), `${JSON.stringify({ digest, peildatum: date, gebouwd: new Date().toISOString() }, null, 2)}\n`);
  await cleanup;
  await stage('vervangen van dist/', () => swap(out, dist));
  log(`Klaar: ${dist}/intern en ${dist}/publiek. ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  // Machine-readable stage figures for npm run bench: milliseconds and peak bytes (process tree).
  if (process.env.WEGWIJS_TIMINGS) console.log(`WEGWIJS_TIMINGS ${JSON.stringify({ timings, peaks, pages: rendered.pages, reused: rendered.reused })}`);
} catch (error) {
  console.error(`\nBouwen mislukt: ${error instanceof Error ? error.message : String(error)}`);
  console.error('De vorige uitvoer in dist/ is ongewijzigd.');
  process.exit(1);
}
