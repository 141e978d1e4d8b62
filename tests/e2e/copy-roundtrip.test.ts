/**
 * "Kopieer tekst" against a real client: every approved example passage is copied in Chromium
 * (clipboard permissions), its text/plain is compared with tests/e2e/fixtures/copy/<id>.txt
 * (UPDATE_FIXTURES=1 rewrites them), and its text/html is opened in LibreOffice Writer
 * (headless, HTML → ODT) and read back from content.xml: tables are tables with the page's cells,
 * footnotes keep their text and superscript marker, Kamerstuk citations link to
 * zoek.officielebekendmakingen.nl, and no link points into Wegwijs.
 *
 * A second case injects a passage with every kind of content (tests/e2e/fixtures/copy/
 * _alle-soorten.md, rendered by Astro's Markdown processor with the site's own plugins):
 * headings, nested lists, tables with alignment, quotes, redaction marks, entry, mailto and
 * external links, footnotes, a line break.
 *
 * Without LibreOffice (`soffice`, or WEGWIJS_SOFFICE) the run warns loudly and skips these tests,
 * except in CI (CI=true), where it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline.ts';
import { resolveEntryLinks } from '../../src/markdown/rehype-entry-links/index.ts';
import { config } from '../../src/config.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { browserDescribe } from './harness.ts';

const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures/copy');
const UPDATE = config().tests.updateFixtures;
const ALL_KINDS = '_alle-soorten';
const OFFICIAL = 'https://zoek.officielebekendmakingen.nl/';
/** The public edition's address in the example build (WEGWIJS_SITE default): Wegwijs itself too. */
const SITE_HOST = new URL(config().site).host;

// ─── LibreOffice ──────────────────────────────────────────────────────────────────────────────

function findSoffice(): string | undefined {
  const configured = config().soffice;
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

const soffice = findSoffice();
if (!soffice) {
  const message = 'LibreOffice ontbreekt (soffice niet gevonden): de kopieertest in een echte tekstverwerker (tabellen, voetnoten, links) draait NIET. Installeer het met: apt-get install -y libreoffice-writer (of zet WEGWIJS_SOFFICE).';
  if (config().tests.ci) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

/** Converts HTML files to ODT with LibreOffice Writer, in one run with its own profile. */
function convertToOdt(htmlFiles: string[], outDir: string): void {
  const profile = tempDir('wegwijs-soffice-profile-');
  const result = spawnSync(
    soffice!,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--infilter=HTML (StarWriter)', '--convert-to', 'odt', '--outdir', outDir, ...htmlFiles],
    { encoding: 'utf8', timeout: 180_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  const missing = htmlFiles.filter((f) => !existsSync(path.join(outDir, `${path.basename(f, '.html')}.odt`)));
  if (result.status !== 0 || missing.length) throw new Error(`LibreOffice kon niet converteren (${missing.join(', ')}):\n${result.stdout}\n${result.stderr}`);
}

/** One file from a zip archive (an ODT), read with zlib: stored or deflated entries. */
function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    if (zip.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    offset += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} niet gevonden in het archief`);
}

// ─── ODT content.xml, read back ───────────────────────────────────────────────────────────────

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, processEntities: true });

const tagOf = (node: XmlNode) => Object.keys(node).find((k) => k !== ':@')!;
const childrenOf = (node: XmlNode) => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as XmlNode[]) : []);
const attrsOf = (node: XmlNode) => (node[':@'] ?? {}) as Record<string, string>;

function* descendants(nodes: XmlNode[]): Generator<XmlNode> {
  for (const node of nodes) {
    yield node;
    yield* descendants(childrenOf(node));
  }
}

interface Odt {
  /** All text, paragraphs and headings on their own line; superscript spans left out. */
  text: string;
  /** The text of superscript spans (footnote markers). */
  superscripts: string[];
  tables: string[][][];
  links: Array<{ href: string; text: string }>;
  headings: string[];
  /** Depth of list nesting, deepest. */
  listDepth: number;
  /** The items of numbered lists (list style numbered at its first level), as text. */
  numberedItems: string[];
  /** Paragraph text → its alignment in a table cell (from the paragraph style), for cells. */
  cellAlign: Map<string, string>;
}

function readOdt(file: string): Odt {
  const xml = unzipEntry(readFileSync(file), 'content.xml');
  const root = parser.parse(xml) as XmlNode[];
  const all = [...descendants(root)];
  const superStyles = new Set<string>();
  const paraAlign = new Map<string, string>();
  for (const node of all) {
    if (tagOf(node) !== 'style:style') continue;
    const name = attrsOf(node)['style:name']!;
    for (const child of childrenOf(node)) {
      const attrs = attrsOf(child);
      if (tagOf(child) === 'style:text-properties' && /^(super|\d+%)/.test(attrs['style:text-position'] ?? '') && !/^0%/.test(attrs['style:text-position'] ?? '')) superStyles.add(name);
      if (tagOf(child) === 'style:paragraph-properties' && attrs['fo:text-align']) paraAlign.set(name, attrs['fo:text-align']);
    }
  }
  const numberedStyles = new Set(all.filter((n) => tagOf(n) === 'text:list-style' && tagOf(childrenOf(n)[0] ?? {}) === 'text:list-level-style-number').map((n) => attrsOf(n)['style:name']!));
  const isSuper = (node: XmlNode) => tagOf(node) === 'text:span' && superStyles.has(attrsOf(node)['text:style-name'] ?? '');
  const textOf = (nodes: XmlNode[], withSuper = false): string =>
    nodes.map((node) => {
      const tag = tagOf(node);
      if (tag === '#text') return String(node['#text']);
      if (tag === 'text:s') return ' '.repeat(Number(attrsOf(node)['text:c'] ?? 1));
      if (tag === 'text:tab') return '\t';
      if (tag === 'text:line-break') return '\n';
      if (tag === 'text:note' || tag === 'office:annotation') return '';
      if (!withSuper && isSuper(node)) return '';
      const inner = textOf(childrenOf(node), withSuper);
      return tag === 'text:p' || tag === 'text:h' ? `${inner}\n` : inner;
    }).join('');
  const body = all.find((n) => tagOf(n) === 'office:text')!;
  const depth = (node: XmlNode): number => (tagOf(node) === 'text:list' ? 1 : 0) + Math.max(0, ...childrenOf(node).map(depth));
  const cellAlign = new Map<string, string>();
  const tables = all.filter((n) => tagOf(n) === 'table:table').map((table) =>
    [...descendants(childrenOf(table))].filter((n) => tagOf(n) === 'table:table-row').map((row) =>
      childrenOf(row).filter((c) => tagOf(c) === 'table:table-cell').map((cell) => {
        const text = textOf(childrenOf(cell)).replace(/\s+/g, ' ').trim();
        const p = childrenOf(cell).find((c) => tagOf(c) === 'text:p');
        const align = p && paraAlign.get(attrsOf(p)['text:style-name'] ?? '');
        if (align) cellAlign.set(text, align);
        return text;
      })));
  return {
    text: textOf(childrenOf(body)),
    superscripts: all.filter(isSuper).map((n) => textOf(childrenOf(n), true).trim()),
    tables,
    links: all.filter((n) => tagOf(n) === 'text:a').map((n) => ({ href: attrsOf(n)['xlink:href'] ?? '', text: textOf(childrenOf(n), true) })),
    headings: all.filter((n) => tagOf(n) === 'text:h').map((n) => textOf(childrenOf(n)).trim()),
    listDepth: depth(body),
    numberedItems: all
      .filter((n) => tagOf(n) === 'text:list' && numberedStyles.has(attrsOf(n)['text:style-name'] ?? ''))
      .flatMap((list) => childrenOf(list).filter((c) => tagOf(c) === 'text:list-item').map((item) => textOf(childrenOf(item)).replace(/\s+/g, ' ').trim())),
    cellAlign,
  };
}

// ─── the passages, on the page and on the clipboard ───────────────────────────────────────────

/** Approved passages of the example content, by id. */
function approvedPassages(): string[] {
  const dir = path.join(ROOT, 'content/passages');
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .filter((f) => (parseYaml(readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1] ?? '') as { status?: string }).status === 'vastgesteld')
    .map((f) => f.replace(/\.mdx?$/, ''))
    .sort();
}

/** What the page shows of the passage, to compare the word processor's document with. */
interface PageFacts {
  paragraphs: string[];
  tables: string[][][];
  notes: string[];
  markers: string[];
  citations: Array<{ href: string; text: string }>;
}

async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const root = document.getElementById('passage-tekst')!;
    const clean = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.sr-only, sup, [data-footnote-backref]').forEach((e) => e.remove());
      copy.querySelectorAll('br').forEach((e) => e.replaceWith(' '));
      copy.querySelectorAll('.woo-lakking').forEach((e) => e.replaceWith(`[${e.getAttribute('data-woo-grond')}]`));
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const outside = (el: Element) => !el.closest('section.footnotes, .woo-legenda, table, li');
    return {
      paragraphs: [...root.querySelectorAll('p, h2, h3, h4')].filter(outside).map(clean).filter(Boolean),
      tables: [...root.querySelectorAll('table')].map((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.cells].map((c) => clean(c)))),
      notes: [...root.querySelectorAll('section.footnotes > ol > li')].map(clean),
      markers: [...root.querySelectorAll('[data-footnote-ref]')].map((a) => (a.textContent ?? '').trim()),
      citations: [...root.querySelectorAll<HTMLAnchorElement>(`a[href^="https://zoek.officielebekendmakingen.nl/"]`)].map((a) => ({ href: a.href, text: (a.textContent ?? '').trim() })),
    };
  });
}

async function copyFrom(page: Page): Promise<{ plain: string; html: string }> {
  // A passage past its review date asks before copying (passages.test.ts): the reader confirms.
  const confirm = (dialog: import('playwright-core').Dialog) => void dialog.accept();
  page.on('dialog', confirm);
  await page.getByRole('button', { name: 'Kopieer tekst' }).click();
  await page.getByRole('status').filter({ hasText: 'gekopieerd' }).waitFor();
  page.off('dialog', confirm);
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { plain: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
  });
}

function expectFixture(name: string, actual: string) {
  const file = path.join(FIXTURES, `${name}.txt`);
  if (UPDATE) writeFileSync(file, `${actual}\n`);
  if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} ontbreekt: controleer de tekst en maak hem met UPDATE_FIXTURES=1`);
  expect(actual, `text/plain van ${name} (verwacht: ${path.relative(ROOT, file)}; UPDATE_FIXTURES=1 schrijft hem opnieuw)`).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}

/** Checks of every copied passage in the word processor, against what the page shows. */
function expectFaithful(name: string, odt: Odt, facts: PageFacts, serverHost: string) {
  const text = odt.text.replace(/[ \t]+/g, ' ');
  const flat = text.replace(/\s+/g, ' ');
  for (const paragraph of facts.paragraphs) expect(flat, `${name}: alinea in LibreOffice`).toContain(paragraph);
  // Tables: a real table with the page's cells, row by row.
  expect(odt.tables, `${name}: tabellen`).toEqual(facts.tables);
  // Footnotes: each marker is superscript, each note's text is there (after the text).
  expect(odt.superscripts, `${name}: voetnootverwijzingen in superscript`).toEqual(facts.markers);
  for (const note of facts.notes) {
    expect(flat, `${name}: voetnoot`).toContain(note);
    expect(odt.numberedItems, `${name}: voetnoot als item van een genummerde lijst`).toContain(note);
    expect(flat.lastIndexOf(note), `${name}: voetnoot na de tekst`).toBeGreaterThan(flat.indexOf(facts.paragraphs.at(-1) ?? ''));
  }
  // Kamerstuk citations: plain links to the official publication.
  for (const citation of facts.citations) expect(odt.links, `${name}: Kamerstuklink`).toContainEqual(citation);
  // No link into Wegwijs: only http(s) to other hosts.
  for (const link of odt.links) {
    expect(link.href, `${name}: link ${link.href}`).toMatch(/^https?:\/\//);
    const host = new URL(link.href).host;
    expect([serverHost, SITE_HOST, 'localhost', '127.0.0.1'].some((h) => host === h || host.startsWith(`${h}:`)), `${name}: link naar Wegwijs ${link.href}`).toBe(false);
  }
  // Nothing of the UI or the legend.
  for (const ui of ['Kopieer tekst', 'Met bronregel', 'Voetnoten', 'Terug naar de verwijzing', '↩', 'Gebruikte Woo-gronden', 'Weggelakt op grond', 'levenssfeer']) expect(text, `${name}: ${ui}`).not.toContain(ui);
}

const wrap = (html: string) => `<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>kopie</title></head><body>${html}</body></html>\n`;

(soffice ? describe : describe.skip)('copy round trip into LibreOffice Writer', () => {
  browserDescribe('approved passages', 'intern', (edition) => {
    const ids = approvedPassages();
    const copies = new Map<string, { plain: string; html: string; facts: PageFacts; odt: Odt }>();
    let serverHost = '';
    let dir = '';
    afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    beforeAll(async () => {
      const context = await edition().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      dir = tempDir('wegwijs-copy-');
      mkdirSync(path.join(dir, 'odt'));
      const pending: Array<{ id: string; plain: string; html: string; facts: PageFacts }> = [];

      for (const id of ids) {
        await page.goto(`${edition().url}/passages/${id}/`);
        pending.push({ id, ...(await copyFrom(page)), facts: await pageFacts(page) });
      }

      // Every kind of content, rendered by Astro's Markdown processor with the site's plugins,
      // in place of an approved passage's text.
      const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins, remarkRehype: { footnoteLabel: 'Voetnoten' }, syntaxHighlight: false, smartypants: false });
      const rendered = await processor.render(readFileSync(path.join(FIXTURES, `${ALL_KINDS}.md`), 'utf8'), { frontmatter: { zichtbaarheid: 'intern' } });
      await page.goto(`${edition().url}/passages/${ids[0]}/`);
      await page.evaluate((html) => { document.getElementById('passage-tekst')!.innerHTML = html; }, resolveEntryLinks(rendered.code, '/'));
      pending.push({ id: ALL_KINDS, ...(await copyFrom(page)), facts: await pageFacts(page) });
      serverHost = new URL(page.url()).host;
      await context.close();

      for (const p of pending) writeFileSync(path.join(dir, `${p.id}.html`), wrap(p.html));
      convertToOdt(pending.map((p) => path.join(dir, `${p.id}.html`)), path.join(dir, 'odt'));
      for (const p of pending) copies.set(p.id, { ...p, odt: readOdt(path.join(dir, 'odt', `${p.id}.odt`)) });
    }, 300_000);

    it('there are approved example passages with a table and with footnotes citing a Kamerstuk', () => {
      expect(ids.length).toBeGreaterThanOrEqual(5);
      expect(ids.some((id) => copies.get(id)!.facts.tables.length > 0)).toBe(true);
      expect(ids.some((id) => copies.get(id)!.facts.notes.some((n) => /^TK \d{4}-\d{4}, /.test(n)))).toBe(true);
    });

    for (const id of [...approvedPassages(), ALL_KINDS]) {
      it(`${id}: text/plain is the expected text`, () => {
        expectFixture(id, copies.get(id)!.plain);
      });

      it(`${id}: text/html arrives whole in LibreOffice Writer`, () => {
        const copy = copies.get(id)!;
        expect(copy.html).not.toMatch(/class=|data-|<button|<script|<section|<h2[^>]*>Voetnoten/);
        expectFaithful(id, copy.odt, copy.facts, serverHost);
      });
    }

    it('the footnote passage: markers, notes with their public links and the Kamerstuk citation', () => {
      const { plain, html, odt } = copies.get('maatschappelijke-initiatieven-inclusieve-samenleving')!;
      expect(plain).toContain('komt al op veel plaatsen tot stand[1]. Het is van belang');
      expect(plain).toMatch(/\n\n\[1\] http:\/\/www\.denieuwepraktijk\.nl\/.* en http:\/\/www\.denieuwepraktijk\.nl\/.*\n\[2\] TK 2015-2016, 29 362 nr\. 251$/);
      expect(html).toContain('tot stand<sup>1</sup>.');
      expect(html).toMatch(/<ol><li><a href="http:\/\/www\.denieuwepraktijk\.nl\/[^"]+">.*<\/li><li><a href="https:\/\/zoek\.officielebekendmakingen\.nl\/kst-29362-251\.html">TK 2015-2016, 29 362 nr\. 251<\/a><\/li><\/ol>$/);
      expect(odt.links).toContainEqual({ href: `${OFFICIAL}kst-29362-251.html`, text: 'TK 2015-2016, 29 362 nr. 251' });
      expect(odt.links.map((l) => l.href)).toContain('http://www.initiate.nl/');
      // The entry link (Movisie) stays as text, without a link.
      expect(odt.text).toContain('Movisie, Vilans en LSA');
      expect(odt.links.some((l) => l.text === 'Movisie')).toBe(false);
      expect(odt.superscripts).toEqual(['1', '2']);
    });

    it('the table passage: header and rows as a table, tab-separated in text/plain', () => {
      const { plain, odt } = copies.get('ontwikkelagenda-doelstellingen-en-opgaven')!;
      expect(plain).toContain('\n\nDoelstelling\tOpgaven\nVersterking van de positie van de cliënt\tbetere informatiepositie');
      expect(odt.tables).toHaveLength(1);
      expect(odt.tables[0]![0]).toEqual(['Doelstelling', 'Opgaven']);
      expect(odt.tables[0]!.map((r) => r[0])).toEqual(['Doelstelling', 'Versterking van de positie van de cliënt', 'Maatwerk in levensbrede zorg en ondersteuning gericht op zelfredzaamheid en participatie', 'Een inclusieve samenleving, verrijkt door maatschappelijke initiatieven']);
      expect(odt.links).toEqual([]);
    });

    it('every kind of content: headings, nested lists, alignment, redactions, links', () => {
      const { plain, html, odt } = copies.get(ALL_KINDS)!;
      expect(odt.headings).toEqual(['Periode na 1 juni', 'Periode vanaf 15 juni']);
      expect(odt.listDepth).toBe(2);
      expect(html).toMatch(/<ul><li>Hebben jullie .*?<ul><li>Hoe reageren/);
      expect(html).toMatch(/<ol><li>Inventarisatie via de VNG of .*?<sup>1<\/sup>\.<\/li><li>Hierbij aandacht besteden aan:<ol><li>de vraag/);
      expect(odt.cellAlign.get('inventarisatie')).toBe('end');
      // Redaction marks as their code, in both formats; never the ground's text or the legend.
      expect(plain).toContain('zoals [10.2.e] van de directie');
      expect(plain).toContain('laat het dan vooral weten aan [5.1.2e] via [10.2.e]@minvws.nl.');
      expect(odt.text).toContain('laat het dan vooral weten aan [5.1.2e] via [10.2.e]@minvws.nl.');
      expect(odt.text).toContain('Met vriendelijke groet, [weggelakt]');
      // Only the public source keeps its link; the entry link and the mail address are text.
      expect(odt.links.map((l) => l.href).sort()).toEqual(['https://www.movisie.nl/', `${OFFICIAL}kst-34104-105.html`].sort());
      expect(odt.text).toContain('mail vragen van cliënten naar info@iederin.nl.');
      expect(plain).toMatch(/\n\n\[1\] Movisie, 2015, ‘vernieuwing in dagbesteding- 45 projecten’\n\[2\] TK 2015-2016, 34 104, nr\. 105$/);
    });
  });
});
