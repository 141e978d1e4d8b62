/**
 * Incremental rendering (Astro's `experimental.incrementalBuild`, cache keys from
 * src/domain/page-keys.ts) gives exactly the output of a cold build. The example knowledge base
 * is copied into a temporary folder (with one image added to a public organisation), built once to fill
 * the cache, changed in one go, then built again with the same staging folder (incremental) and
 * with a fresh one (cold). Both results must be identical, file for file and byte for byte, and
 * the incremental build must really have copied pages from its cache (else this proves nothing).
 *
 * The changes, each of which a stale page would show:
 * (a) a body-only change of a public Q&A;
 * (b) a new title for a measure that public Q&A, internal passages and route maps reference (their
 *     pages and their neighbours' pages show it);
 * (c) a public measure and its only public Q&A turned internal: their public neighbours (target
 *     groups, organisations) must lose the links, and neither may keep a public page;
 * (d) an internal measure turned public (its internal source dropped, as the check demands):
 *     target groups, organisations and the measure it links to gain it;
 * (e) a new body link from a public Q&A to a measure (a new edge in the graph);
 * (f) a new title for an organisation that owns route-map actions (the route map, the timeline
 *     days of its deadlines and its own page show it);
 * (g) the image in a public organisation's body replaced by another under the same file name
 *     (the Markdown does not change, the page does: it shows the new image, under a new name).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { png, ROOT, runScript, tempDir } from '../helpers.ts';
import { EXAMPLE_PEILDATUM } from '../setup/build-example.ts';

/** (a): a public Q&A whose body changes. */
const BODY_CHANGED = 'vragen/dagbesteding-weer-open-vanaf-1-juni.md';
/** (g): an image in the body of a public organisation that no other change reaches within two steps in the public edition (so only the image can make its public page render again). */
const IMAGE_ENTRY = 'organisaties/lz';
const IMAGE = 'organisaties/_afbeeldingen/organogram-lz.png';
/** (c): a public measure and the one public Q&A that references it, both turned internal. */
const TURNED_INTERNAL = ['maatregelen/uitzondering-avondklok-mantelzorgers', 'vragen/mantelzorg-tijdens-avondklok'];
/** (d): an internal measure turned public. */
const TURNED_PUBLIC = 'maatregelen/steunpakket-medeoverheden';

/** Replaces `from` (which must occur exactly once: the example content changed otherwise) by `to`. */
function edit(content: string, file: string, from: string, to: string) {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  expect(text.split(from).length - 1, `"${from}" occurs once in ${file}`).toBe(1);
  writeFileSync(full, text.replace(from, to));
}

function append(content: string, file: string, paragraph: string) {
  const full = path.join(content, file);
  writeFileSync(full, `${readFileSync(full, 'utf8').trimEnd()}\n\n${paragraph}\n`);
}

function mutate(content: string) {
  // (a) body only
  append(content, BODY_CHANGED, 'Vraag uw aanbieder ook naar de openingstijden in uw regio.');
  // (b) a referenced measure's title
  edit(content, 'maatregelen/herstart-dagbesteding.md', 'titel: Herstart dagbesteding voor iedereen vanaf 1 juni 2020', 'titel: Dagbesteding weer voor iedereen open vanaf 1 juni 2020');
  // (c) public → internal
  for (const key of TURNED_INTERNAL) edit(content, `${key}.md`, 'zichtbaarheid: publiek', 'zichtbaarheid: intern');
  // (d) internal → public; its source stays internal, so the reference goes
  edit(content, `${TURNED_PUBLIC}.md`, 'zichtbaarheid: intern', 'zichtbaarheid: publiek');
  edit(content, `${TURNED_PUBLIC}.md`, 'bronnen: [dagmail-dmo-2020-05-15]\n', '');
  // (e) a new body link (a new edge)
  append(content, 'vragen/wie-organiseert-dagbesteding.md', 'Gemeenten betalen aanbieders ook door voor zorg die niet geleverd kon worden; zie [de afspraken over doorbetalen](/maatregelen/continuiteit-financiering-zorgaanbieders/).');
  // (f) an action owner's title (owns an action with a deadline in routekaarten/herstart-dagbesteding)
  edit(content, 'organisaties/koepels-aanbieders.md', 'titel: Koepels van aanbieders', 'titel: Branche- en koepelorganisaties van aanbieders');
  // (g) the same image file, other pixels
  writeFileSync(path.join(content, IMAGE), png(200, 30, 30));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** Where two texts first differ: line number and both lines around that point. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  const x = la[i] ?? '';
  const y = lb[i] ?? '';
  let c = 0;
  while (c < x.length && c < y.length && x[c] === y[c]) c++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, c - 80), c + 120));
  return `line ${i + 1}, column ${c + 1}\n    incremental: ${around(x)}\n    cold:        ${around(y)}`;
}

/**
 * Differences between two builds. Nothing is excluded but the build time in the digest file:
 * Pagefind's output (hashed file names included) was checked to be the same for two builds of
 * the same content, so it is compared byte for byte like everything else.
 */
function compareBuilds(incremental: string, cold: string): string[] {
  const a = files(incremental);
  const b = files(cold);
  const inA = new Set(a);
  const inB = new Set(b);
  const problems: { file: string; text: string }[] = [];
  for (const f of a) if (!inB.has(f)) problems.push({ file: f, text: `only in the incremental build: ${f}` });
  for (const f of b) if (!inA.has(f)) problems.push({ file: f, text: `only in the cold build: ${f}` });
  for (const f of a) {
    if (!inB.has(f)) continue;
    const x = readFileSync(path.join(incremental, f));
    const y = readFileSync(path.join(cold, f));
    if (f === '.wegwijs-build.json') {
      const { gebouwd: _x, ...restX } = JSON.parse(x.toString('utf8')) as Record<string, unknown>;
      const { gebouwd: _y, ...restY } = JSON.parse(y.toString('utf8')) as Record<string, unknown>;
      if (JSON.stringify(restX) !== JSON.stringify(restY)) problems.push({ file: f, text: `differs: ${f} (${JSON.stringify(restX)} / ${JSON.stringify(restY)})` });
    } else if (!x.equals(y)) {
      const where = /\.(html|xml|json|ics|csv|txt|css|js)$/.test(f) ? `\n  ${firstDifference(x.toString('utf8'), y.toString('utf8'))}` : ' (binary)';
      problems.push({ file: f, text: `differs: ${f}${where}` });
    }
  }
  // Pages first: a stale page also changes the search index and the images, which say less.
  const rank = (f: string) => (f.endsWith('.html') ? 0 : f.includes('pagefind/') ? 2 : 1);
  return problems.sort((p, q) => rank(p.file) - rank(q.file) || p.file.localeCompare(q.file)).map((p) => p.text);
}

/** Pages Astro copied from its cache instead of rendering, from the `--verbose` output. */
function reusedPages(output: string): string[] {
  const reused: string[] = [];
  let last: string | undefined;
  for (const line of stripVTControlCharacters(output).split('\n')) {
    // A path is written without a line end; the next log line may follow it directly.
    const page = /├─ (\/\S*?index\.html)/.exec(line)?.[1];
    if (page) last = page;
    if (/\((cached|restored)\)/.test(line) && last) reused.push(last);
  }
  return reused;
}

describe('an incremental build gives exactly the output of a cold build', () => {
  let dir: string;
  let content: string;
  const dist = (name: string) => path.join(dir, name);
  let first: ReturnType<typeof runScript>;
  let incremental: ReturnType<typeof runScript>;
  let cold: ReturnType<typeof runScript>;
  const build = (distName: string, staging: string, args: string[] = []) =>
    runScript('build.ts', { WEGWIJS_CONTENT: content, WEGWIJS_DIST: dist(distName), WEGWIJS_STAGING: path.join(dir, staging), WEGWIJS_PEILDATUM: EXAMPLE_PEILDATUM }, args);

  beforeAll(() => {
    dir = tempDir('wegwijs-incremental-');
    content = path.join(dir, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    // A public organisation with an image next to it (`_`: not an entry), for (g).
    mkdirSync(path.dirname(path.join(content, IMAGE)), { recursive: true });
    writeFileSync(path.join(content, IMAGE), png(30, 30, 200));
    append(content, `${IMAGE_ENTRY}.md`, '![Organogram van de directie Langdurige Zorg](./_afbeeldingen/organogram-lz.png)');
    first = build('d1', 'staging', ['--quiet']);
    if (first.code !== 0) return;
    mutate(content);
    incremental = build('d2', 'staging', ['--verbose']);
    cold = build('d3', 'staging-cold', ['--quiet']);
  }, 1_800_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the example, then the changed example incrementally and cold', () => {
    expect(first.code, first.output).toBe(0);
    expect(incremental.code, incremental.output).toBe(0);
    expect(cold.code, cold.output).toBe(0);
  });

  it('the changes took effect', () => {
    for (const key of TURNED_INTERNAL) {
      expect(existsSync(path.join(dist('d1'), 'publiek', key, 'index.html')), key).toBe(true);
      expect(existsSync(path.join(dist('d2'), 'intern', key, 'index.html')), key).toBe(true);
    }
    expect(existsSync(path.join(dist('d1'), 'publiek', TURNED_PUBLIC, 'index.html'))).toBe(false);
    expect(existsSync(path.join(dist('d2'), 'publiek', TURNED_PUBLIC, 'index.html'))).toBe(true);
    expect(readFileSync(path.join(dist('d3'), 'publiek/vragen/dagbesteding-start-niet-weer-op/index.html'), 'utf8')).toContain('Dagbesteding weer voor iedereen open vanaf 1 juni 2020');
    expect(readFileSync(path.join(dist('d3'), 'intern/routekaarten/herstart-dagbesteding/index.html'), 'utf8')).toContain('Branche- en koepelorganisaties van aanbieders');
    // (g): the new pixels are a new image file, so the page names another one.
    const image = (name: string) => /<img\b[^>]*\ssrc="([^"]+)"/.exec(readFileSync(path.join(dist(name), 'publiek', IMAGE_ENTRY, 'index.html'), 'utf8'))?.[1];
    expect(image('d1')).toMatch(/^\/_astro\/organogram-lz\./);
    expect(image('d3')).toMatch(/^\/_astro\/organogram-lz\./);
    expect(image('d3')).not.toBe(image('d1'));
  });

  it('reused pages from the cache, in both editions', () => {
    const reused = reusedPages(incremental.output);
    console.log(`incremental build: ${reused.length} pages copied from the cache`);
    expect(reused.filter((p) => p.startsWith('/intern/')).length).toBeGreaterThan(0);
    expect(reused.filter((p) => p.startsWith('/publiek/')).length).toBeGreaterThan(0);
  });

  it('has the same files as the cold build, each byte for byte the same', () => {
    const problems = compareBuilds(dist('d2'), dist('d3'));
    expect(problems.slice(0, 8).join('\n'), `${problems.length} differences`).toBe('');
  });

  it('the public edition has no page of, and no link to, an entry that became internal (pages, feed, sitemap, open data)', () => {
    const publiek = path.join(dist('d2'), 'publiek');
    for (const key of TURNED_INTERNAL) expect(existsSync(path.join(publiek, key)), `publiek/${key}`).toBe(false);
    const readable = files(publiek).filter((f) => /\.(html|xml|json|ics|csv|txt)$/.test(f) && !f.startsWith('pagefind/'));
    expect(readable.length).toBeGreaterThan(50);
    for (const file of readable) {
      const text = readFileSync(path.join(publiek, file), 'utf8');
      for (const key of TURNED_INTERNAL) expect(text.includes(`/${key}/`), `publiek/${file} links to ${key}`).toBe(false);
    }
  });
});
