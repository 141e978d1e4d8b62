/**
 * The build pipeline after validation: Astro renders both editions into a staging folder,
 * `split` makes each edition a complete site, Pagefind indexes each, the leak scan verifies the
 * public one, and `swap` replaces dist/ only when everything succeeded.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EDITIONS, type Edition } from '../domain/editions.ts';
import { listFiles, referencedShared, type ResolveOptions } from '../verify/files.ts';

/** Shared files every edition gets although no page links them: browsers ask for them at fixed paths. */
const ALWAYS_COPIED = ['favicon.ico'];

/** Work folder of the build; its cache/ survives between builds (Astro's content layer store). */
export const STAGING = process.env.WEGWIJS_STAGING ?? '.wegwijs-build';

/** Runs `astro build` in a child process, folding Astro 7's per-MDX-file head-inject warnings into one line. */
const IMPORTANT = /\[(WARN|ERROR)\]|error|Error|✗|page\(s\) built/;

/** Pages Astro wrote, and how many of them it copied from the previous build (incremental rendering). */
export interface AstroBuildResult {
  pages: number;
  reused: number;
}

export async function astroBuild(env: NodeJS.ProcessEnv, log: (line: string) => void, verbose = false, signal?: AbortSignal): Promise<AstroBuildResult> {
  return withBuildLock(() => runAstroBuild(env, log, verbose, signal), log, signal);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One `astro build` at a time per working tree. Whatever outDir and cacheDir say, Astro writes
 * part of a build into the project's own `.astro/` (content-assets.mjs, which maps the images
 * of content entries, content-modules.mjs, .prerender/): two builds at once (parallel test files,
 * two people in one checkout) overwrite each other's, and an entry's image silently disappears.
 * The lock is a folder (mkdir is atomic) holding the owner's pid; a dead owner's lock is taken over.
 */
async function withBuildLock<T>(run: () => Promise<T>, log: (line: string) => void, signal?: AbortSignal): Promise<T> {
  const lock = path.resolve('.astro', 'wegwijs-build.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  let told = false;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number((await readFile(path.join(lock, 'pid'), 'utf8').catch(() => '')).trim());
    const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
    // No pid yet is normal for a moment (between mkdir and writeFile); for long, it is a crash.
    if ((owner && !alive(owner)) || (!owner && age > 10_000)) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (!told) {
      log(`wacht op een andere build in deze map (proces ${owner || '?'}): Astro deelt .astro/ tussen builds`);
      told = true;
    }
    if (signal?.aborted) throw new Error('astro build afgebroken');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await writeFile(path.join(lock, 'pid'), String(process.pid));
  try {
    return await run();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function runAstroBuild(env: NodeJS.ProcessEnv, log: (line: string) => void, verbose: boolean, signal?: AbortSignal): Promise<AstroBuildResult> {
  const bin = path.resolve('node_modules/astro/bin/astro.mjs');
  let headInject = 0;
  let reused = 0;
  let pages = 0;
  const child = spawn(process.execPath, [bin, 'build'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
  child.on('error', () => { /* aborted: reported by the caller */ });
  // Whole lines only: a chunk may end inside one.
  const relay = (rest: { text: string }) => (chunk: Buffer) => {
    const lines = (rest.text + chunk.toString('utf8')).split('\n');
    rest.text = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      // A page copied from the previous build is logged "(cached)" or "(restored)".
      reused += line.match(/\((?:cached|restored)\)/g)?.length ?? 0;
      const built = /(\d+) page\(s\) built/.exec(line);
      if (built) pages = Number(built[1]);
      if (line.includes('astro:head-inject')) headInject++;
      else if (verbose || IMPORTANT.test(line)) log(line);
    }
  };
  const out = { text: '' };
  const err = { text: '' };
  child.stdout.on('data', relay(out));
  child.stderr.on('data', relay(err));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  relay(out)(Buffer.from('\n'));
  relay(err)(Buffer.from('\n'));
  if (headInject > 0) log(`(${headInject} meldingen "use astro:head-inject" van Astro voor MDX-bestanden weggelaten: bekend probleem van Astro 7)`);
  if (signal?.aborted) throw new Error('astro build afgebroken');
  if (code !== 0) throw new Error(`astro build is mislukt (exitcode ${code})`);
  return { pages, reused };
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

/**
 * Moves each edition out of Astro's output and gives it a real 404.html and only those shared
 * files (everything outside intern/ and publiek/: Astro's `_astro/`, copies of `public/`) that
 * its own pages reference, directly or through shared CSS and JS (src/verify/files.ts). Astro
 * writes the assets of all pages into one `_astro/` folder: copying it whole would put an image
 * of an internal entry into the public edition. A few fixed-path files (favicon.ico) go to both.
 */
export async function split(astroOut: string, out: string, options: ResolveOptions = {}): Promise<Record<Edition, string[]>> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const editions = EDITIONS as readonly string[];
  const shared = (await listFiles(astroOut)).filter((rel) => !editions.includes(rel.split('/')[0]!));
  const copied = {} as Record<Edition, string[]>;
  for (const edition of EDITIONS) {
    const target = path.join(out, edition);
    await rename(path.join(astroOut, edition), target);
    const used = await referencedShared(target, astroOut, shared, options);
    copied[edition] = shared.filter((rel) => used.has(rel) || ALWAYS_COPIED.includes(rel));
    for (const rel of copied[edition]) {
      await mkdir(path.dirname(path.join(target, rel)), { recursive: true });
      await copyFile(path.join(astroOut, rel), path.join(target, rel));
    }
    const notFound = path.join(target, '404', 'index.html');
    if (await exists(notFound)) {
      await rename(notFound, path.join(target, '404.html'));
      await rm(path.join(target, '404'), { recursive: true, force: true });
    }
  }
  return copied;
}

/** Where the previous output goes when a build replaces it. */
const previousOutput = (dist: string) => `${dist}.old`;

/**
 * Atomically (as far as a file system allows) replaces `dist` by `fresh`: two renames. The
 * output it replaces is left as `<dist>.old` and removed by the next build while Astro renders
 * (`removePreviousOutput`): deleting tens of thousands of files took seconds at the end of
 * every build.
 */
export async function swap(fresh: string, dist: string): Promise<void> {
  const old = previousOutput(dist);
  await rm(old, { recursive: true, force: true });
  if (await exists(dist)) await rename(dist, old);
  await rename(fresh, dist);
}

/** Removes the output an earlier build replaced (see `swap`). */
export async function removePreviousOutput(dist: string): Promise<void> {
  await rm(previousOutput(dist), { recursive: true, force: true });
}
