/**
 * Smoke test of the benchmark corpus generator: generated corpora pass the real checker
 * (schemas, integrity, the public edition's reference rule, MDX syntax), have the intended
 * proportions, are deterministic per seed, and `changeOneEntry` touches exactly one file; the
 * sentence bank (sentences.yaml) only refers to target groups and organisations it defines.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeOneEntry, generateCorpus, type CorpusStats } from '../../tools/bench/generate.ts';
import { formatReport, runCheck } from '../../src/check/index.ts';
import { whyNotPublic } from '../../src/domain/editions.ts';
import type { AnyEntry } from '../../src/domain/types.ts';
import { ROOT, tempDir } from '../helpers.ts';

const PEILDATUM = '2021-06-01';
const COLLECTIONS = ['maatregelen', 'doelgroepen', 'routekaarten', 'passages', 'vragen', 'bronnen', 'organisaties'] as const;
const REDACTION = /\(10\)\(\d[a-z]\)|\b5\.1\.\d[a-z]\b|\[5\.2\]|\[REDACTED\]|\[redacted\]/i;

const dirs: string[] = [];
function freshDir(): string {
  const dir = tempDir('wegwijs-bench-');
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Every content file under dir, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const collection of COLLECTIONS) {
    const folder = path.join(dir, collection);
    for (const name of readdirSync(folder).sort()) out.set(`${collection}/${name}`, readFileSync(path.join(folder, name)));
  }
  return out;
}

async function expectValid(dir: string, peildatum = PEILDATUM): Promise<AnyEntry[]> {
  const result = await runCheck({ contentDir: dir, peildatum });
  if (result.problems.length > 0) console.error(formatReport(result.problems));
  expect(result.problems).toEqual([]);
  return result.entries;
}

function expectProportions(stats: CorpusStats, entries: AnyEntry[]): void {
  expect(entries).toHaveLength(stats.total);
  for (const collection of COLLECTIONS) {
    expect(stats.counts[collection], collection).toBeGreaterThan(0);
    expect(entries.filter((e) => e.collection === collection)).toHaveLength(stats.counts[collection]);
  }
  // Public share, counted independently of the generator's own figures (after every publicerenVanaf).
  const published = entries.filter((e) => whyNotPublic(e, '2099-12-31') === undefined);
  expect(published).toHaveLength(stats.public);
  expect(published.length / entries.length).toBeGreaterThan(0.1);
  expect(published.length / entries.length).toBeLessThan(0.3);
  // All four approval states of passages occur.
  const statuses = new Set(entries.flatMap((e) => (e.collection === 'passages' ? [e.data.status] : [])));
  expect([...statuses].sort()).toEqual(['concept', 'ter afstemming', 'vastgesteld', 'vervallen']);
  // Redaction codes only in internal entries.
  const redactedPublic = entries.filter((e) => e.data.zichtbaarheid === 'publiek' && REDACTION.test(e.body));
  expect(redactedPublic.map((e) => `${e.collection}/${e.id}`)).toEqual([]);
}

describe('generateCorpus', () => {
  it('writes about 300 valid entries with realistic proportions', async () => {
    const dir = freshDir();
    const stats = await generateCorpus({ entries: 300, dir, seed: 11 });
    expect(stats.total).toBe(300);
    expect(stats.bytes).toBeGreaterThan(300 * 500);
    const entries = await expectValid(dir);
    expectProportions(stats, entries);
    // Passages dominate the internal knowledge; measures and Q&A reference each other.
    expect(stats.counts.passages).toBeGreaterThan(stats.counts.maatregelen);
    expect(stats.counts.vragen).toBeGreaterThan(stats.counts.bronnen);
    // Still valid when every publicerenVanaf has passed.
    await expectValid(dir, '2030-01-01');
  });

  it('writes frontmatter like hand-written entries', async () => {
    const dir = freshDir();
    await generateCorpus({ entries: 300, dir, seed: 11 });
    const heads = [...snapshot(dir).values()].map((bytes) => bytes.toString('utf8').split('\n---\n')[0]!).join('\n');
    expect(heads).toMatch(/^datum: \d{4}-\d{2}-\d{2}$/m); // dates plain
    expect(heads).toMatch(/^versie: "\d+\.\d+"$/m); // a number-like string quoted
    expect(heads).toMatch(/^trefwoorden: \[[^\]\n]+\]$/m); // lists of scalars in flow style
    expect(heads).toMatch(/^ {2}- datum: \d{4}-\d{2}-\d{2}$/m); // lists of objects in block style
    expect(heads).not.toMatch(/: \[\]$|: null$|: undefined$/m);
  });

  it('is deterministic per seed', async () => {
    const a = freshDir();
    const b = freshDir();
    const c = freshDir();
    await generateCorpus({ entries: 300, dir: a, seed: 5, mdxShare: 0.2 });
    await generateCorpus({ entries: 300, dir: b, seed: 5, mdxShare: 0.2 });
    await generateCorpus({ entries: 300, dir: c, seed: 6, mdxShare: 0.2 });
    const first = snapshot(a);
    const second = snapshot(b);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), file).toBe(true);
    const other = snapshot(c);
    expect([...first].some(([file, bytes]) => !other.get(file)?.equals(bytes))).toBe(true);
  });

  it('changeOneEntry changes exactly one file and keeps the corpus valid', async () => {
    const dir = freshDir();
    await generateCorpus({ entries: 300, dir, seed: 11 });
    const before = snapshot(dir);
    const changed = await changeOneEntry(dir);
    const after = snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const differing = [...before].filter(([file, bytes]) => !after.get(file)!.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([path.relative(dir, changed).split(path.sep).join('/')]);
    // Only the body changed: the frontmatter is byte-identical.
    const head = (buf: Buffer) => buf.toString('utf8').split('\n---\n')[0];
    expect(head(after.get(differing[0]!)!)).toBe(head(before.get(differing[0]!)!));
    await expectValid(dir);
    // A second call changes the same kind of thing again.
    const again = await changeOneEntry(dir);
    expect(readFileSync(again).equals(after.get(path.relative(dir, again).split(path.sep).join('/'))!)).toBe(false);
  });

  it('refuses to overwrite a folder it did not generate', async () => {
    const dir = freshDir();
    await generateCorpus({ entries: 100, dir, seed: 1 });
    // Regenerating into its own output is fine.
    await generateCorpus({ entries: 120, dir, seed: 2 });
    expect(snapshot(dir).size).toBe(120);
    rmSync(path.join(dir, '.wegwijs-bench-corpus'));
    await expect(generateCorpus({ entries: 100, dir, seed: 1 })).rejects.toThrow(/niet door de generator/);
  });

  it('writes a valid 2,000-entry corpus, with MDX files', async () => {
    const dir = freshDir();
    const stats = await generateCorpus({ entries: 2000, dir, seed: 2000, mdxShare: 0.25 });
    expect(stats.total).toBe(2000);
    expect(stats.mdx).toBeGreaterThan(100);
    const entries = await expectValid(dir);
    expectProportions(stats, entries);
    expect(entries.filter((e) => e.file?.endsWith('.mdx') && /[<{]/.test(e.body))).toEqual([]);
  });
});

describe('generateCorpus, hub shape', () => {
  it('links thousands of entries to a few hubs: 9 target groups, 19 organisations that own every action', async () => {
    const dir = freshDir();
    const stats = await generateCorpus({ entries: 1500, dir, seed: 3, shape: 'hubs' });
    expect(stats.total).toBe(1500);
    expect(stats.counts.doelgroepen).toBe(9);
    expect(stats.counts.organisaties).toBe(19);
    const entries = await expectValid(dir);
    expectProportions(stats, entries);
    const orgs = new Set(entries.filter((e) => e.collection === 'organisaties').map((e) => e.id));
    const owners = entries.flatMap((e) => (e.collection === 'routekaarten' ? e.data.fasen.flatMap((f) => f.acties.map((a) => a.eigenaar)) : []));
    expect(owners.length).toBeGreaterThan(100);
    expect(owners.filter((o) => !orgs.has(o))).toEqual([]);
    // Hubs: the busiest target group is linked by more than a third of the measures.
    const measures = entries.filter((e) => e.collection === 'maatregelen');
    const perGroup = new Map<string, number>();
    for (const m of measures) for (const g of m.collection === 'maatregelen' ? m.data.doelgroepen : []) perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
    expect(Math.max(...perGroup.values())).toBeGreaterThan(measures.length / 3);
  });

  it('is the spread shape by default, with more target groups and organisations as the corpus grows', async () => {
    const dir = freshDir();
    const stats = await generateCorpus({ entries: 3000, dir, seed: 3 });
    expect(stats.counts.doelgroepen).toBe(30);
    expect(stats.counts.organisaties).toBe(30);
    await expect(generateCorpus({ entries: 100, dir, seed: 3, shape: 'ster' as never })).rejects.toThrow(/onbekende vorm "ster"/);
  });
});

describe('sentence bank', () => {
  it('refers only to target groups and organisations it defines', () => {
    const bank = parse(readFileSync(path.join(ROOT, 'tools/bench/sentences.yaml'), 'utf8')) as {
      topics: { key: string; doelgroepen: string[]; directies: string[] }[];
      doelgroepen: { id: string; parent?: string }[];
      organisaties: { id: string; soort: string }[];
    };
    const doelgroepen = bank.doelgroepen.map((d) => d.id);
    const directies = bank.organisaties.filter((o) => o.soort === 'directie').map((o) => o.id);
    for (const topic of bank.topics) {
      expect(doelgroepen, topic.key).toEqual(expect.arrayContaining(topic.doelgroepen));
      expect(directies, topic.key).toEqual(expect.arrayContaining(topic.directies));
    }
    // Parents first, so that any prefix of the list is closed under `parent`.
    const children = bank.doelgroepen.flatMap((d, i) => (d.parent ? [{ ...d, parent: d.parent, i }] : []));
    expect(children.length).toBeGreaterThan(0);
    for (const d of children) expect(doelgroepen.slice(0, d.i), d.id).toContain(d.parent);
  });
});
