/**
 * Stage "render": Astro renders both editions at once into the staging folder, in a child
 * process (so the check can run beside it on the other core), one build per working tree.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { childEnv, config, type Config } from '../config.ts';

/** Runs `astro build` in a child process, folding Astro 7's per-MDX-file head-inject warnings into one line. */
const IMPORTANT = /\[(WARN|ERROR)\]|error|Error|ERROR|✗|page\(s\) built|exited unexpectedly/;
/**
 * Node's own lines when a thread runs out of memory ("FATAL ERROR: … JavaScript heap out of
 * memory", "Worker terminated due to reaching memory limit: JS heap out of memory"): relayed too,
 * and the build's error then says so; without them it failed without a reason.
 */
const OUT_OF_MEMORY = /out of memory|heap limit/i;

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

/**
 * The heap limit (MB) for each of Astro's threads, or undefined for Node's own (about 4 GB on
 * this 24 GB machine, for the main thread and each render worker alike). At 100,000 entries
 * (hub shape) a render worker ran out of Node's own limit about nine minutes into Astro's stage and the
 * build failed; with 10 GB it went on. WEGWIJS_RENDER_HEAP_MB sets it; unset, each thread may
 * use up to half the machine's memory when that is more than Node's own: the threads never all
 * peak at once, and a machine that has the memory should not fail a build for a default.
 */
export function renderHeapMb(settings: Pick<Config, 'renderHeapMb'> = config(), machine = { total: totalmem(), own: getHeapStatistics().heap_size_limit }): number | undefined {
  if (settings.renderHeapMb !== undefined) return settings.renderHeapMb === 0 ? undefined : settings.renderHeapMb;
  const half = Math.floor(machine.total / 2 / 2 ** 20);
  return half > machine.own / 2 ** 20 ? half : undefined;
}

async function runAstroBuild(env: NodeJS.ProcessEnv, log: (line: string) => void, verbose: boolean, signal?: AbortSignal): Promise<AstroBuildResult> {
  const bin = path.resolve('node_modules/astro/bin/astro.mjs');
  let headInject = 0;
  let reused = 0;
  let pages = 0;
  let outOfMemory = false;
  // V8 flags apply to the whole process: the render workers get the same limit as the main thread.
  const heap = renderHeapMb();
  const args = [...(heap ? [`--max-old-space-size=${heap}`] : []), bin, 'build'];
  const child = spawn(process.execPath, args, { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
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
      const memory = OUT_OF_MEMORY.test(line);
      if (memory) outOfMemory = true;
      if (line.includes('astro:head-inject')) headInject++;
      else if (verbose || memory || IMPORTANT.test(line)) log(line);
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
  if (code !== 0) {
    const hint = outOfMemory
      ? `: te weinig geheugen (${heap ? `${heap} MB` : 'de standaardgrens van Node'} per thread). Geef meer met WEGWIJS_RENDER_HEAP_MB, of minder threads met WEGWIJS_RENDER_WORKERS (0: alleen de hoofdthread); zie Performance in README.md`
      : '';
    throw new Error(`astro build is mislukt (exitcode ${code})${hint}`);
  }
  return { pages, reused };
}

