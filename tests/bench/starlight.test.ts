/**
 * The Starlight peer of the benchmark (tools/bench/starlight.ts): the generated corpus becomes
 * Starlight docs with `title`/`description` from `titel`/`samenvatting` and byte-identical bodies.
 * Neither installs nor builds Starlight (no network, no slow build): `npm run bench` does that.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, type CorpusStats } from '../../tools/bench/generate.ts';
import { buildStarlight, starlightDocsDir, STARLIGHT_PROJECT, writeStarlightDocs } from '../../tools/bench/starlight.ts';
import { tempDir } from '../helpers.ts';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** Frontmatter (parsed) and body (the exact text after the closing `---` line) of a Markdown file. */
function split(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`geen frontmatter: ${text.slice(0, 80)}`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** Every entry file under dir, as `<collection>/<name>`. */
function entries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    // Folders starting with `_` hold no entries (src/load/discovery.ts): the required pages.
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .flatMap((d) => readdirSync(path.join(dir, d.name)).filter((n) => /\.mdx?$/.test(n)).map((n) => `${d.name}/${n}`))
    .sort();
}

let root: string;
let content: string;
let docs: string;
let stats: CorpusStats;
let written: number;

beforeAll(async () => {
  root = tempDir('wegwijs-starlight-');
  content = path.join(root, 'content');
  docs = path.join(root, 'docs');
  stats = await generateCorpus({ entries: 60, dir: content, seed: 42, mdxShare: 0.3 });
  written = await writeStarlightDocs(content, docs);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeStarlightDocs', () => {
  it('writes one doc per generated entry, at the same path (collection, id and extension)', () => {
    expect(written).toBe(stats.total);
    expect(entries(docs)).toEqual(entries(content));
    expect(entries(docs).filter((name) => name.endsWith('.mdx'))).toHaveLength(stats.mdx);
    expect(stats.mdx).toBeGreaterThan(0);
  });

  it('maps titel to title and samenvatting to description, and keeps the body byte for byte', () => {
    let withDescription = 0;
    for (const name of entries(content)) {
      const source = split(readFileSync(path.join(content, name), 'utf8'));
      const doc = split(readFileSync(path.join(docs, name), 'utf8'));
      const expected: Record<string, unknown> = { title: source.data.titel };
      if (typeof source.data.samenvatting === 'string') {
        expected.description = source.data.samenvatting;
        withDescription++;
      }
      expect(doc.data, name).toEqual(expected);
      expect(Buffer.from(doc.body, 'utf8').equals(Buffer.from(source.body, 'utf8')), name).toBe(true);
    }
    expect(withDescription).toBeGreaterThan(0);
    expect(withDescription).toBeLessThan(stats.total);
  });

  it('writes a home page that links every entry', () => {
    const home = split(readFileSync(path.join(docs, 'index.md'), 'utf8'));
    expect(home.data.title).toBe('Wegwijs-vergelijking');
    const links = new Set([...home.body.matchAll(/\]\((\/[^)]+)\)/g)].map((m) => m[1]));
    expect(links.size).toBe(stats.total);
    for (const name of entries(content)) expect(links.has(`/${name.replace(/\.mdx?$/, '')}/`), name).toBe(true);
  });

  it('clears the docs it wrote before, and refuses to clear any other folder', async () => {
    mkdirSync(path.join(docs, 'oud'), { recursive: true });
    writeFileSync(path.join(docs, 'oud', 'weg.md'), '---\ntitle: Weg\n---\n');
    expect(await writeStarlightDocs(content, docs)).toBe(stats.total);
    expect(existsSync(path.join(docs, 'oud'))).toBe(false);

    const other = path.join(root, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'keep.md'), 'bewaren');
    await expect(writeStarlightDocs(content, other)).rejects.toThrow(/niet leeg/);
    expect(readFileSync(path.join(other, 'keep.md'), 'utf8')).toBe('bewaren');
  });

  it('fails on an entry without a title instead of dropping it', async () => {
    const broken = path.join(root, 'broken');
    mkdirSync(path.join(broken, 'vragen'), { recursive: true });
    writeFileSync(path.join(broken, 'vragen', 'zonder-titel.md'), '---\nstatus: vastgesteld\n---\nTekst.\n');
    await expect(writeStarlightDocs(broken, path.join(root, 'broken-docs'))).rejects.toThrow(/zonder-titel\.md: geen titel/);
  });
});

describe('buildStarlight', () => {
  it("only builds from the project's own docs folder (Starlight's docsLoader reads no other)", async () => {
    expect(starlightDocsDir()).toBe(path.join(STARLIGHT_PROJECT, 'src', 'content', 'docs'));
    await expect(buildStarlight(STARLIGHT_PROJECT, docs, path.join(root, 'dist'))).rejects.toThrow(/docsLoader/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
