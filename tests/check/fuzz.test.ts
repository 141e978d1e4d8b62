/**
 * Fuzz test of the checker: the example entries in content/, mutated at random (fixed seed), must
 * each be either accepted or refused with a problem that names the mutated file (or, when the
 * mutation breaks a reference, a file that mentions the mutated entry). The checker may never
 * throw, never hang and never drop an entry silently. A few accepted mutated corpora are built
 * with the real build, whose leak scan then guarantees that nothing internal leaks.
 *
 * WEGWIJS_FUZZ_ROUNDS (default 300), WEGWIJS_FUZZ_SEED (default 20200526) and WEGWIJS_FUZZ_BUILDS
 * (default 2; 0 with WEGWIJS_SKIP_EXAMPLE_BUILD) change the run. The checker runs in a worker thread of this process, so that a
 * round that hangs (a runaway regular expression, say) is stopped and reported, not waited for.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, isMap, type Document, type YAMLMap } from 'yaml';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { config } from '../../src/config.ts';
import { ROOT, runScript, tempDir } from '../helpers.ts';

const { fuzzRounds: ROUNDS, fuzzSeed: SEED, fuzzBuilds: BUILDS } = config().tests;
/** Builds are skipped in the quick unit run (npm run test:unit sets WEGWIJS_SKIP_EXAMPLE_BUILD). */
const ROUND_TIMEOUT_MS = 20_000;
/** Which accepted corpora the build test builds, in order of interest (WEGWIJS_FUZZ_BUILDS of them). */
const BUILD_GROUPS = [['hostile-title'], ['bom', 'crlf'], ['huge-body']];
const PEILDATUM = '2020-05-26';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof prng>;

type Corpus = Map<string, Buffer>;

function readCorpus(dir: string): Corpus {
  const corpus: Corpus = new Map();
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) corpus.set(path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'), readFileSync(path.join(d.parentPath, d.name)));
  }
  return corpus;
}

function writeCorpus(corpus: Corpus, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, bytes] of corpus) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
}

/** The documented rule, written out independently of src/load/discovery.ts. */
function isEntryPath(name: string): boolean {
  const parts = name.split('/');
  return parts.length >= 2 && (COLLECTIONS as readonly string[]).includes(parts[0]!) && parts.every((p) => !p.startsWith('_') && !p.startsWith('.')) && /\.mdx?$/.test(name);
}

const idOf = (name: string) => path.basename(name).replace(/\.mdx?$/, '');

interface Mutation {
  kind: string;
  /** The file the mutation changed, added or removed. */
  file: string;
  /** Problems may also name files that mention this id (a broken or changed reference). */
  referencedId?: string;
  /** The file must be refused (a stray file, bytes that are not UTF-8, …). */
  mustRefuse?: boolean;
  /** The change keeps the meaning (CMS-shaped YAML): a round of only such changes must be accepted. */
  mustAccept?: boolean;
}

const HOSTILE_TITLES = [
  '</script><script>alert(1)</script>',
  '"Aanhalingstekens" en \'enkele\' en `backticks`',
  'Tekst met \u202Eomgekeerde\u202C richting',
  'Emoji 🦠😷👩‍⚕️ en samengestelde 🏳️‍🌈',
  '<img src=x onerror=alert(1)>',
  '{{ sjabloon }} ${variabele} \\u0000',
  '&lt;script&gt; &amp; ]]> -->',
  'Zeer lange titel '.repeat(200),
];
const WRONG_VALUES = ['123', '[a, b]', '{ x: 1 }', 'true', 'null', '""', '~', '- lijst', '2020-02-30', '"\\u0000"', '!!binary aGFsbG8=', '&anker waarde', '*ontbrekend'];
const IMPOSSIBLE_DATES = ['2020-02-30', '2021-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '20200601', '1-6-2020', '2020-06-01T25:00'];
const STRAY = ['vraagen/extra.md', 'los.md', 'vragen/extra.MD', 'vragen/extra.markdown', 'vragen/extra.txt', 'vragen/extra.mdx~', 'Vragen/extra.md', 'vragen/LEESMIJ'];
const IGNORED = ['vragen/_concept.md', '.DS_Store', 'vragen/.extra.md.swp', '_sjablonen/vraag.md', 'vragen/_oud/extra.md'];
/** Code in an .mdx body (src/markdown/remark-mdx-guard): each must be refused, naming the file. */
const MDX_CODE: Record<string, readonly string[]> = {
  'mdx-expression': ['Stand: {process.env.HOME}', '{globalThis.fetch("https://example.org")}', 'Totaal {1 + 1} euro.', '{/* commentaar */}', '{`${process.env.PATH}`}'],
  'mdx-import': ["import fs from 'node:fs'", "import { readFileSync } from 'fs'", "import Kader from '../../src/components/Kader.astro'"],
  'mdx-export': ['export const geheim = process.env.HOME', 'export default function X() { return null }', "export { x } from './y.mjs'"],
  'mdx-unknown-component': ['<Waarschuwing>Let op</Waarschuwing>', '<Kader titel="Let op" />', '<Fragment set:html="<script>alert(1)</script>" />', '<x.y>tekst</x.y>'],
  'mdx-attribute-expression': ['<a href={process.env.HOME}>link</a>', '<span title={`${1}`}>tekst</span>', '<a {...props}>link</a>', '<img src={fs.readFileSync("/etc/passwd")} alt="" />'],
};
const MDX_KINDS = Object.keys(MDX_CODE);

const BAD_BYTES = [[0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];

function lines(bytes: Buffer): string[] {
  return bytes.toString('utf8').split('\n');
}

const KINDS = [
  'drop-line', 'duplicate-line', 'wrong-type', 'impossible-date', 'invalid-utf8', 'bom', 'crlf', 'truncate',
  'huge-body', 'hostile-title', 'stray-file', 'ignored-file', 'delete-file', 'rename-file', 'control-char', 'alias-bomb', 'tabs',
  // MDX is code: planted in an .mdx entry (an .md one renamed when needed).
  ...MDX_KINDS,
  // The YAML a CMS writes: same data, other form. Must be accepted.
  'cms-reorder-keys', 'cms-block-lists', 'cms-quoted-dates',
] as const;

/** The frontmatter as a yaml Document, its text re-serialised by `change`; undefined when there is none. */
function rewriteFrontmatter(text: string, change: (doc: Document) => string): string | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return undefined;
  const doc = parseDocument(match[1]!, { version: '1.2', schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return `---\n${change(doc).replace(/\n$/, '')}\n---\n${text.slice(match[0].length)}`;
}

/** Applies one random mutation to the corpus (in place) and says what it did. */
function mutate(corpus: Corpus, random: Random, budget: { hugeBodies: number }): Mutation {
  const entries = [...corpus.keys()].filter(isEntryPath);
  const file = random.pick(entries);
  const bytes = corpus.get(file)!;
  const text = bytes.toString('utf8');
  const id = idOf(file);
  const setText = (t: string) => corpus.set(file, Buffer.from(t, 'utf8'));
  const frontmatterEnd = text.indexOf('\n---', 3);
  const fmLines = text.slice(0, frontmatterEnd).split('\n').map((_, i) => i).slice(1);
  let kind = random.pick(KINDS);
  // A 1 MB body costs seconds per round (every text rule reads it): a few rounds prove the point.
  if (kind === 'huge-body' && budget.hugeBodies-- <= 0) kind = random.pick(KINDS.filter((k) => k !== 'huge-body'));
  switch (kind) {
    case 'drop-line': {
      const all = lines(bytes);
      all.splice(random.int(all.length), 1);
      setText(all.join('\n'));
      return { kind, file, referencedId: id };
    }
    case 'duplicate-line': {
      const all = lines(bytes);
      const i = random.int(all.length);
      all.splice(i, 0, all[i]!);
      setText(all.join('\n'));
      return { kind, file, referencedId: id };
    }
    case 'wrong-type': {
      const all = lines(bytes);
      const candidates = fmLines.filter((i) => /^\s*(?:- )?[A-Za-z]+:\s*\S/.test(all[i]!));
      if (candidates.length === 0) return { kind: 'wrong-type (geen veld)', file };
      const i = random.pick(candidates);
      all[i] = all[i]!.replace(/^(\s*(?:- )?[A-Za-z]+:\s*).*$/, `$1${random.pick(WRONG_VALUES)}`);
      setText(all.join('\n'));
      return { kind, file, referencedId: id };
    }
    case 'impossible-date': {
      const dates = [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)];
      if (dates.length === 0) return { kind: 'impossible-date (geen datum)', file };
      const m = random.pick(dates);
      setText(text.slice(0, m.index) + random.pick(IMPOSSIBLE_DATES) + text.slice(m.index + m[0].length));
      return { kind, file, referencedId: id };
    }
    case 'invalid-utf8': {
      const at = random.int(bytes.length + 1);
      corpus.set(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(random.pick(BAD_BYTES)), bytes.subarray(at)]));
      return { kind, file, referencedId: id, mustRefuse: true };
    }
    case 'bom':
      corpus.set(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
      return { kind, file };
    case 'crlf':
      setText(text.replace(/\r?\n/g, '\r\n'));
      return { kind, file };
    case 'truncate':
      corpus.set(file, bytes.subarray(0, random.int(bytes.length)));
      return { kind, file, referencedId: id };
    case 'huge-body': {
      const paragraph = 'Dit is een lange alinea over dagbesteding, mantelzorg en bezoek in de zorg, herhaald om de tekst groot te maken. ';
      setText(`${text}\n\n${`${paragraph.repeat(8)}\n\n`.repeat(Math.ceil(1_048_576 / (paragraph.length * 8 + 2)))}`);
      return { kind, file };
    }
    case 'hostile-title': {
      const title = random.pick(HOSTILE_TITLES);
      // Half quoted as YAML should be, half raw (which may well be invalid YAML: then refused).
      const value = random.next() < 0.5 ? JSON.stringify(title) : title;
      setText(text.replace(/^titel:.*$/m, `titel: ${value}`));
      return { kind, file, referencedId: id };
    }
    case 'stray-file': {
      const stray = random.pick(STRAY);
      corpus.set(stray, bytes);
      return { kind, file: stray, mustRefuse: true };
    }
    case 'ignored-file': {
      const ignored = random.pick(IGNORED);
      corpus.set(ignored, random.next() < 0.5 ? bytes : Buffer.from([0, 0xff, 0xfe, 1]));
      return { kind, file: ignored };
    }
    case 'delete-file':
      corpus.delete(file);
      return { kind, file, referencedId: id };
    case 'rename-file': {
      const renamed = file.replace(/[^/]+$/, (name) => random.pick([name.toUpperCase(), `x ${name}`, name.replace(/-/g, '_'), `${id}--2${path.extname(name)}`, name.replace(/\.mdx?$/, '.mdx')]));
      corpus.delete(file);
      corpus.set(renamed, bytes);
      return { kind, file: renamed, referencedId: id };
    }
    case 'control-char': {
      const at = random.int(text.length + 1);
      setText(text.slice(0, at) + random.pick(['\u0000', '\u0007', '\u001b', '\u000c', '\u007f', '\u0008']) + text.slice(at));
      return { kind, file, mustRefuse: true };
    }
    case 'alias-bomb': {
      const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...[1, 2, 3, 4, 5, 6].map((i) => `l${i}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`)].join('\n');
      setText(text.replace(/^---\r?\n/, `---\n${bomb}\n`));
      return { kind, file, mustRefuse: true };
    }
    case 'tabs':
      setText(text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)));
      return { kind, file, referencedId: id };
    case 'cms-reorder-keys': {
      const changed = rewriteFrontmatter(text, (doc) => {
        const items = (doc.contents as YAMLMap).items;
        for (let i = items.length - 1; i > 0; i--) {
          const j = random.int(i + 1);
          [items[i], items[j]] = [items[j]!, items[i]!];
        }
        return doc.toString({ lineWidth: 0 });
      });
      if (changed === undefined) return { kind: 'cms-reorder-keys (geen frontmatter)', file };
      setText(changed);
      return { kind, file, mustAccept: true };
    }
    case 'cms-block-lists': {
      const changed = rewriteFrontmatter(text, (doc) => doc.toString({ lineWidth: 0, collectionStyle: 'block' }));
      if (changed === undefined) return { kind: 'cms-block-lists (geen frontmatter)', file };
      setText(changed);
      return { kind, file, mustAccept: true };
    }
    case 'cms-quoted-dates': {
      const quote = random.next() < 0.5 ? '"' : "'";
      const changed = text.replace(/^(---\n[\s\S]*?\n---\n)/, (fm) => fm.replace(/^(\s*(?:- )?[A-Za-z]+: )(\d{4}-\d{2}-\d{2})\s*$/gm, `$1${quote}$2${quote}`));
      setText(changed);
      return { kind, file, mustAccept: true };
    }
    default: {
      // MDX code, planted on a line of its own in the body of an .mdx entry.
      const code = random.pick(MDX_CODE[kind]!);
      const target = file.replace(/\.mdx?$/, '.mdx');
      const body = text.indexOf('\n---', 3);
      const head = body < 0 ? text : text.slice(0, text.indexOf('\n', body + 4) + 1);
      const rest = body < 0 ? '' : text.slice(head.length);
      const paragraphs = rest.split('\n\n');
      paragraphs.splice(random.int(paragraphs.length + 1), 0, code);
      corpus.delete(file);
      corpus.set(target, Buffer.from(`${head}${paragraphs.join('\n\n')}`, 'utf8'));
      return { kind, file: target, referencedId: id, mustRefuse: true };
    }
  }
}

interface CheckOutcome {
  entries: number;
  problems: { file: string; line?: number; message: string }[];
  error?: string;
}

/** One long-lived worker thread running runCheck; replaced when a round hangs. */
class CheckWorker {
  #worker: Worker | undefined;
  #start(): Worker {
    const code = `
      const { parentPort } = require('node:worker_threads');
      const ready = Promise.all([import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'src/check/index.ts')).href)})]);
      parentPort.on('message', async ({ contentDir, peildatum }) => {
        try {
          const [{ runCheck }] = await ready;
          const result = await runCheck({ contentDir, peildatum });
          parentPort.postMessage({ entries: result.entries.length, problems: result.problems.map((p) => ({ file: p.file, line: p.line, message: p.message })) });
        } catch (error) {
          parentPort.postMessage({ entries: 0, problems: [], error: String(error && error.stack || error) });
        }
      });`;
    return new Worker(code, { eval: true });
  }
  run(contentDir: string): Promise<CheckOutcome | 'timeout'> {
    const worker = (this.#worker ??= this.#start());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners('message');
        void worker.terminate();
        this.#worker = undefined;
        resolve('timeout');
      }, ROUND_TIMEOUT_MS);
      worker.once('message', (outcome: CheckOutcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      worker.postMessage({ contentDir, peildatum: PEILDATUM });
    });
  }
  close() {
    void this.#worker?.terminate();
  }
}

describe(`fuzz: ${ROUNDS} mutated corpora (seed ${SEED})`, () => {
  const original = readCorpus(path.join(ROOT, 'content'));
  const work = tempDir('wegwijs-fuzz-');
  /** Two lanes: the checker is single-threaded, the machine has (at least) two cores. */
  const workers = Array.from({ length: Math.min(2, availableParallelism()) }, () => new CheckWorker());
  /** Accepted corpora worth building: hostile titles and odd encodings first. */
  const toBuild: { round: number; group: number; kind: string; corpus: Corpus }[] = [];
  let keep = false;
  afterAll(() => {
    for (const worker of workers) worker.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
  });

  it('every mutation is accepted, or refused naming the mutated (or a referencing) file; none throws, hangs or drops an entry', async () => {
    const random = prng(SEED);
    const budget = { hugeBodies: Math.max(3, Math.round(ROUNDS / 100)) };
    const tally = { rounds: 0, accepted: 0, refused: 0, crashed: 0, hung: 0 };
    const byKind = new Map<string, { accepted: number; refused: number }>();
    const failures: string[] = [];
    let slowest = { ms: 0, kind: '' };

    let nextRound = 1;
    /** One lane per worker; rounds are drawn in order, so the mutations depend on the seed only. */
    const lane = async (worker: CheckWorker, contentDir: string) => {
      while (nextRound <= ROUNDS) {
        const round = nextRound++;
        const corpus: Corpus = new Map(original);
        const mutations = [mutate(corpus, random, budget)];
        if (random.next() < 0.2) mutations.push(mutate(corpus, random, budget));
        writeCorpus(corpus, contentDir);
        const label = `ronde ${round} (${mutations.map((m) => `${m.kind} ${m.file}`).join(' + ')})`;

        const started = performance.now();
        const outcome = await worker.run(contentDir);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, kind: mutations.map((m) => m.kind).join('+') };
        tally.rounds++;
        if (outcome === 'timeout') {
          tally.hung++;
          failures.push(`${label}: geen antwoord binnen ${ROUND_TIMEOUT_MS} ms`);
          continue;
        }
        if (outcome.error) {
          tally.crashed++;
          failures.push(`${label}: fout: ${outcome.error}`);
          continue;
        }
        const stats = byKind.get(mutations.map((m) => m.kind).join('+')) ?? { accepted: 0, refused: 0 };
        byKind.set(mutations.map((m) => m.kind).join('+'), stats);
        const files = [...corpus.keys()];
        if (outcome.problems.length === 0) {
          tally.accepted++;
          stats.accepted++;
          const expected = files.filter(isEntryPath).length;
          if (outcome.entries !== expected) failures.push(`${label}: geen problemen, maar ${outcome.entries} items gelezen van ${expected} bestanden`);
          for (const m of mutations) if (m.mustRefuse) failures.push(`${label}: ${m.kind} had geweigerd moeten worden`);
          // Build the first accepted corpus of each interesting kind: hostile titles, odd encodings, 1 MB.
          // (A hostile title only counts in a public entry: that is where escaping matters most.)
          const isPublic = (m: Mutation) => corpus.get(m.file)?.includes('zichtbaarheid: publiek') ?? false;
          const group = BUILD_GROUPS.findIndex((kinds, i) => mutations.some((m) => kinds.includes(m.kind) && (i > 0 || isPublic(m))));
          if (group >= 0 && group < BUILDS && !toBuild.some((b) => b.group === group)) toBuild.push({ round, group, kind: mutations.map((m) => m.kind).join('+'), corpus });
          continue;
        }
        tally.refused++;
        stats.refused++;
        if (mutations.every((m) => m.mustAccept)) {
          failures.push(`${label}: dezelfde gegevens in andere YAML (zoals de CMS die schrijft), toch geweigerd: ${outcome.problems.slice(0, 3).map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join(' | ')}`);
        }
        // Which files may a problem name? The mutated one, or one that mentions the mutated entry.
        const allowed = new Set<string>();
        for (const m of mutations) {
          allowed.add(m.file);
          if (!m.referencedId) continue;
          for (const [name, bytes] of corpus) if (bytes.includes(m.referencedId)) allowed.add(name);
        }
        const named = outcome.problems.map((p) => path.relative(contentDir, path.resolve(ROOT, p.file)).split(path.sep).join('/'));
        if (!named.some((name) => allowed.has(name))) {
          failures.push(`${label}: geweigerd, maar geen probleem noemt het gewijzigde bestand: ${outcome.problems.slice(0, 3).map((p) => `${p.file}:${p.line ?? ''}: ${p.message}`).join(' | ')}`);
        }
        // Code in .mdx is refused in the file itself (with its line), not only through a reference to it.
        for (const m of mutations.filter((m) => MDX_KINDS.includes(m.kind))) {
          if (!outcome.problems.some((p, i) => named[i] === m.file && p.line !== undefined)) failures.push(`${label}: ${m.kind} geweigerd, maar niet met een regel in ${m.file}`);
        }
        if (outcome.problems.some((p) => !p.file || /^\s*at /m.test(p.message))) failures.push(`${label}: een probleem zonder bestand of met een stacktrace`);
      }
    };
    await Promise.all(workers.map((worker, i) => lane(worker, path.join(work, `lane-${i}`, 'content'))));
    toBuild.sort((a, b) => a.group - b.group);

    console.log(
      [
        `fuzz (seed ${SEED}): ${tally.rounds} rondes, ${tally.accepted} geaccepteerd, ${tally.refused} geweigerd, crashed=${tally.crashed}, hung=${tally.hung}; traagste ronde ${Math.round(slowest.ms)} ms (${slowest.kind})`,
        ...[...byKind].sort(([a], [b]) => a.localeCompare(b)).map(([kind, s]) => `  ${kind}: ${s.accepted} geaccepteerd, ${s.refused} geweigerd`),
      ].join('\n'),
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(tally.crashed).toBe(0);
    expect(tally.hung).toBe(0);
    expect(tally.accepted).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(0);
  }, 600_000);

  it.runIf(BUILDS > 0)('a sample of accepted mutated corpora builds, and the leak scan passes', () => {
    expect(toBuild.length).toBeGreaterThan(0);
    for (const { round, kind, corpus } of toBuild) {
      const dir = path.join(work, `build-${round}`);
      writeCorpus(corpus, path.join(dir, 'content'));
      const { code, output } = runScript('build.ts', {
        WEGWIJS_CONTENT: path.join(dir, 'content'),
        WEGWIJS_DIST: path.join(dir, 'dist'),
        WEGWIJS_STAGING: path.join(dir, 'staging'),
        WEGWIJS_PEILDATUM: PEILDATUM,
      }, ['--force']);
      console.log(`fuzz build ronde ${round} (${kind}): exitcode ${code}`);
      if (code !== 0) {
        keep = true;
        console.log(`bewaard voor onderzoek: ${dir}`);
      }
      expect(code, `ronde ${round} (${kind}):\n${output.slice(-4000)}`).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
