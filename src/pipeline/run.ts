/**
 * The build, stage by stage: load → check (beside render) → render → split → index → verify →
 * compress → swap. Each stage is one file of this folder; this one only orders them, runs what is
 * independent side by side (2 cores: the check beside Astro, both indexes at once, the leak scan
 * as soon as the public index is written) and times them. Any failure throws a `BuildFailure`
 * before the swap, so the previous dist/ stays exactly as it was.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatReport } from '../check/index.ts';
import { config } from '../config.ts';
import { EDITIONS, type Edition } from '../domain/editions.ts';
import { describeNextChange } from '../domain/integrity.ts';
import { DIGEST_FILE } from '../verify/files.ts';
import { checkContent } from './check.ts';
import { precompress } from './compress.ts';
import { loadBuildState } from './load.ts';
import { sampleMemory } from './memory.ts';
import { astroBuild } from './render.ts';
import { closePagefind, indexEdition } from './search-index.ts';
import { split } from './split.ts';
import { removePreviousOutput, swap } from './swap.ts';
import { checkPublicFiles, scanPublicEdition, verificationFailure } from './verify.ts';

export interface BuildOptions {
  contentDir: string;
  dist: string;
  peildatum: string;
  /** Build even when the inputs equal those of the output in `dist`. */
  force?: boolean;
  /** Relay all of Astro's output, not only warnings and errors. */
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface BuildResult {
  /** False when nothing changed since the output in `dist` was built. */
  built: boolean;
  /** Milliseconds and peak bytes (process tree) per stage. */
  timings: Record<string, number>;
  peaks: Record<string, number>;
  pages?: number;
  reused?: number;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/** A build that stopped on a problem in the content or the output; `message` says which, in Dutch. */
export class BuildFailure extends Error {}

export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => undefined);
  const { contentDir, dist, peildatum: date } = options;
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

  // The build's work folder (WEGWIJS_STAGING); its cache/ survives between builds (Astro's content layer store).
  const { staging } = config();
  const astroOut = path.join(staging, 'astro');
  const out = path.join(staging, 'out');
  const cacheDir = path.join(staging, 'cache');
  const loaded = await loadBuildState({ contentDir, dist, cacheDir, peildatum: date });
  if (!options.force && loaded.upToDate) return { built: false, timings: { 'niets gewijzigd': 0 }, peaks };
  // What the previous build replaced goes now, beside rendering (I/O while Astro uses the CPU).
  const cleanup = removePreviousOutput(dist);
  cleanup.catch(() => undefined); // awaited before the swap

  // Check and render side by side: if the check finds problems, Astro is stopped and nothing is
  // written to dist/.
  const abort = new AbortController();
  const rendering = stage('renderen (Astro, beide edities)', () =>
    astroBuild(
      { WEGWIJS_ASTRO_OUT: astroOut, WEGWIJS_CACHE_DIR: cacheDir, WEGWIJS_BODY_FACTS: loaded.bodyFactsFile, WEGWIJS_PEILDATUM: date, WEGWIJS_LINK_MODE: 'split' },
      (l) => log(`  ${l}`),
      options.verbose ?? false,
      abort.signal,
    ),
  );
  rendering.catch(() => undefined); // awaited below; avoid an unhandled rejection while checking
  const checked = await stage('controle', () => checkContent({ contentDir, peildatum: date, bodyFacts: loaded.bodyFacts }));
  if (checked.problems.length > 0) {
    abort.abort();
    throw new BuildFailure(`${formatReport(checked.problems)}\n\nBouwen afgebroken.`);
  }
  log(`  ${checked.entries.length} items in orde (peildatum ${date})`);
  log(`  ${describeNextChange(checked.entries, date)}`);
  const rendered = await rendering;
  if (rendered.reused > 0) log(`  ${rendered.pages - rendered.reused} pagina's gerenderd, ${rendered.reused} ongewijzigd overgenomen uit de vorige build`);
  await stage('splitsen in edities', () => split(astroOut, out));

  const indexed = async (edition: Edition) => {
    // The page copies Pagefind reads stay in the cache: only those of changed pages are written again.
    const { pages, rewritten } = await stage(`zoekindex ${edition}`, () => indexEdition(path.join(out, edition), path.join(cacheDir, 'zoekbron', edition)));
    log(`  ${edition}: ${pages} pagina's geïndexeerd (${rewritten} opnieuw klaargezet voor Pagefind)`);
  };
  // Both indexes at once (Pagefind works in its own process); the leak scan reads the public
  // edition as soon as its index is written, the file check (every public file used by a public
  // page, no bytes of an internal-only asset: the leak scan reads text, not images) as soon as
  // both are.
  const [publicIndexed, internIndexed] = (['publiek', 'intern'] as const satisfies readonly Edition[]).map(indexed);
  const [scan, files] = await Promise.all([
    publicIndexed!.then(() => stage('lekcontrole publieke editie', () => scanPublicEdition(out, checked.entries, date, path.join(cacheDir, 'lekcontrole.json')))),
    Promise.all([publicIndexed, internIndexed]).then(() => stage('bestandscontrole publieke editie', () => checkPublicFiles(out))),
  ]);
  await closePagefind();
  const failure = verificationFailure(scan.leaks, files);
  if (failure) throw new BuildFailure(failure);
  log(`  ${scan.files} bestanden gecontroleerd, geen lekken; alle ${files.files} gebruikt door publieke pagina's`);
  // Only now, from verified files: the precompressed copies nginx serves (deploy/nginx/site.conf).
  for (const edition of EDITIONS) {
    const packed = await stage(`comprimeren ${edition} (br, gz)`, () => precompress(path.join(out, edition), path.join(dist, edition)));
    log(`  ${edition}: ${packed.files} tekstbestanden (${kib(packed.bytes)}), ${packed.reused} ongewijzigd uit de vorige build, de rest gecomprimeerd tot br ${kib(packed.brotli)}, gz ${kib(packed.gzip)}`);
  }
  await writeFile(path.join(out, DIGEST_FILE), `${JSON.stringify({ digest: loaded.digest, peildatum: date, gebouwd: new Date().toISOString() }, null, 2)}\n`);
  await cleanup;
  await stage('vervangen van dist/', () => swap(out, dist));
  log(`Klaar: ${dist}/${EDITIONS.join(` en ${dist}/`)}. ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  return { built: true, timings, peaks, pages: rendered.pages, reused: rendered.reused };
}
