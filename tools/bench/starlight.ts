/**
 * The peer of `npm run bench` (issue 18): the same generated corpus built with Starlight, in the
 * same run, so that the benchmark can report Wegwijs's build against a common documentation
 * framework on the same machine. Starlight is no dependency of Wegwijs: it lives in its own
 * project, bench/starlight/ (own package.json and lock file, pinned to Wegwijs's Astro), which
 * `prepareStarlight` installs on first use.
 *
 *   const project = await prepareStarlight();
 *   const docs = starlightDocsDir(project);
 *   const entries = await writeStarlightDocs('/tmp/corpus', docs);
 *   const { wallMs, peakBytes, pages } = await buildStarlight(project, docs, '/tmp/starlight-dist');
 *
 * The docs are the generated entries with only their frontmatter translated (`titel` → `title`,
 * `samenvatting` → `description`); the Markdown bodies stay byte for byte the same. Starlight's
 * build includes its own Pagefind index, as Wegwijs's does. Peak memory is only sampled with
 * `WEGWIJS_TIMINGS` set (src/pipeline/memory.ts; npm run bench sets it), else it is 0.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { childEnv, config } from '../../src/config.ts';
import { sampleMemory } from '../../src/pipeline/memory.ts';

/** The Starlight project: bench/starlight/ in this repository. */
export const STARLIGHT_PROJECT = path.resolve(import.meta.dirname, '../../bench/starlight');

/** Marker file: lets `writeStarlightDocs` clear a folder it wrote before, and refuse any other non-empty one. */
const MARKER = '.wegwijs-starlight-docs';
/** In node_modules/ of the Starlight project: hash of the package.json and lock file it was installed from. */
const STAMP = '.wegwijs-installed-from';

/** Starlight's docs collection folder of a project (its `docsLoader()` reads only this one). */
export function starlightDocsDir(projectDir = STARLIGHT_PROJECT): string {
  return path.join(projectDir, 'src', 'content', 'docs');
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function installedFrom(projectDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) hash.update(await readFile(path.join(projectDir, name)).catch(() => Buffer.alloc(0)));
  return hash.digest('hex');
}

/**
 * Makes sure bench/starlight/node_modules is installed from its lock file: `npm ci` when it is
 * missing or the lock file (or package.json) changed since, `npm install` when `npm ci` fails
 * (the registry reachable here lacks some other-platform optional packages, so the lock file
 * cannot list them and `npm ci` may refuse it as out of sync; as in .ci/run). npm runs on the
 * Node that runs this (Node 24 under npm scripts). Returns the project folder.
 */
export async function prepareStarlight(options: { log?: (line: string) => void } = {}): Promise<string> {
  const projectDir = STARLIGHT_PROJECT;
  const stampFile = path.join(projectDir, 'node_modules', STAMP);
  const wanted = await installedFrom(projectDir);
  const have = await readFile(stampFile, 'utf8').catch(() => '');
  const complete = await stat(path.join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs')).then(() => true, () => false);
  if (have.trim() === wanted && complete) return projectDir;

  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  options.log?.('Starlight installeren (bench/starlight: npm ci)');
  let result = await run('npm', ['ci', '--no-audit', '--no-fund'], projectDir, env);
  if (result.code !== 0) {
    options.log?.('npm ci mislukt; npm install met hetzelfde lock-bestand');
    result = await run('npm', ['install', '--no-audit', '--no-fund'], projectDir, env);
    if (result.code !== 0) throw new Error(`Starlight installeren (bench/starlight) is mislukt (exitcode ${result.code}):\n${result.output.slice(-4000)}`);
  }
  // npm install may have rewritten the lock file: stamp what is there now.
  await writeFile(stampFile, `${await installedFrom(projectDir)}\n`);
  return projectDir;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Escapes text for a Markdown link label. */
const mdText = (text: string): string => text.replace(/[\\`*_[\]<>]/g, '\\$&');

/** Reads Wegwijs's frontmatter `titel` (required) and `samenvatting` (optional) of one entry; returns them and the body. */
function splitEntry(text: string, file: string): { titel: string; samenvatting?: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: geen frontmatter`);
  const data: unknown = parse(match[1]!);
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: frontmatter is geen object`);
  const { titel, samenvatting } = data as Record<string, unknown>;
  if (typeof titel !== 'string' || !titel.trim()) throw new Error(`${file}: geen titel`);
  return { titel, ...(typeof samenvatting === 'string' && samenvatting.trim() ? { samenvatting } : {}), body: text.slice(match[0].length) };
}

/**
 * Converts a Wegwijs corpus (`contentDir/<collection>/<id>.md[x]`, as `generateCorpus` writes it)
 * into Starlight docs: `docsDir/<collection>/<id>.md[x]` with frontmatter `title` (from `titel`)
 * and `description` (from `samenvatting`, when there is one) and the same body, unchanged; plus
 * `docsDir/index.md`, a home page that links every entry per collection. Clears `docsDir` first
 * (only if it is empty or was written by this function). Returns the number of entries written
 * (the home page not included).
 */
export async function writeStarlightDocs(contentDir: string, docsDir: string): Promise<number> {
  const existing = await readdir(docsDir).catch(() => [] as string[]);
  if (existing.length > 0 && !existing.includes(MARKER)) throw new Error(`${docsDir} is niet leeg en niet door writeStarlightDocs geschreven: weigering om het te wissen`);
  await rm(docsDir, { recursive: true, force: true });
  await mkdir(docsDir, { recursive: true });
  await writeFile(path.join(docsDir, MARKER), 'Geschreven door tools/bench/starlight.ts (writeStarlightDocs); wordt bij elke run gewist.\n');

  const collections = (await readdir(contentDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
  const index: string[] = [];
  let written = 0;
  for (const collection of collections) {
    const names = (await readdir(path.join(contentDir, collection))).filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_') && !n.startsWith('.')).sort();
    if (names.length === 0) continue;
    await mkdir(path.join(docsDir, collection), { recursive: true });
    const links: string[] = [];
    const CHUNK = 64;
    for (let i = 0; i < names.length; i += CHUNK) {
      const chunk = await Promise.all(
        names.slice(i, i + CHUNK).map(async (name) => {
          const source = path.join(contentDir, collection, name);
          const { titel, samenvatting, body } = splitEntry(await readFile(source, 'utf8'), source);
          const head = stringify(samenvatting === undefined ? { title: titel } : { title: titel, description: samenvatting }, { lineWidth: 0 });
          await writeFile(path.join(docsDir, collection, name), `---\n${head}---\n${body}`);
          return `- [${mdText(titel)}](/${collection}/${name.replace(/\.mdx?$/, '')}/)`;
        }),
      );
      links.push(...chunk);
    }
    written += names.length;
    index.push(`## ${collection} (${names.length})`, '', ...links, '');
  }
  const home = stringify({ title: 'Wegwijs-vergelijking', description: `De gegenereerde benchmarkinhoud van Wegwijs (${written} items), gebouwd met Starlight.` }, { lineWidth: 0 });
  await writeFile(path.join(docsDir, 'index.md'), `---\n${home}---\n${index.join('\n')}`);
  return written;
}

async function countHtml(dir: string): Promise<number> {
  let pages = 0;
  for (const d of await readdir(dir, { withFileTypes: true, recursive: true })) if (d.isFile() && d.name.endsWith('.html')) pages++;
  return pages;
}

/**
 * Builds the Starlight project cold: `astro build` in a child process on this Node, output to
 * `outDir` (emptied first) and Astro's cache in a fresh sibling folder `<outDir>.astro-cache`
 * (removed afterwards). `docsDir` must be the project's docs collection folder
 * (`starlightDocsDir(projectDir)`), as `writeStarlightDocs` filled it. Measures the wall time and,
 * with `WEGWIJS_TIMINGS`, the peak resident memory of the process tree (Astro, and Pagefind's
 * binary, which Starlight runs at the end of the build); counts the HTML files written
 * (the 404 page included). Fails when the build fails or wrote no Pagefind index.
 * `options.env` adds environment variables (e.g. `WEGWIJS_STARLIGHT_PROCESSOR: 'unified'`, see
 * bench/starlight/astro.config.mjs); `options.log` gets Astro's output lines.
 */
export async function buildStarlight(
  projectDir: string,
  docsDir: string,
  outDir: string,
  options: { env?: Record<string, string>; log?: (line: string) => void; timings?: boolean } = {},
): Promise<{ wallMs: number; peakBytes: number; pages: number }> {
  if (path.resolve(docsDir) !== starlightDocsDir(path.resolve(projectDir))) {
    throw new Error(`buildStarlight: Starlight's docsLoader() leest alleen ${starlightDocsDir(path.resolve(projectDir))}, niet ${docsDir}`);
  }
  const out = path.resolve(outDir);
  const cache = `${out}.astro-cache`;
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const env = childEnv({
    ASTRO_TELEMETRY_DISABLED: '1',
    WEGWIJS_STARLIGHT_OUT: out,
    WEGWIJS_STARLIGHT_CACHE: cache,
    ...options.env,
  });
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = sampleMemory(child.pid!, 200, options.timings ?? config().timings);
  let output = '';
  const relay = (d: Buffer) => {
    const text = d.toString();
    output += text;
    if (output.length > 1_000_000) output = output.slice(-500_000);
    if (options.log) for (const line of text.split('\n')) if (line.trim()) options.log(line);
  };
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const peakBytes = memory.stop();
  const wallMs = Math.round(performance.now() - start);
  await rm(cache, { recursive: true, force: true });
  if (code !== 0) throw new Error(`Starlight-build is mislukt (exitcode ${code}):\n${output.slice(-4000)}`);
  const pagefind = await stat(path.join(out, 'pagefind', 'pagefind-entry.json')).then(() => true, () => false);
  if (!pagefind) throw new Error(`Starlight-build schreef geen Pagefind-index (${path.join(out, 'pagefind')}):\n${output.slice(-2000)}`);
  return { wallMs, peakBytes, pages: await countHtml(out) };
}
