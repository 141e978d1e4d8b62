/** npm run pdf against the built example: A4 PDFs whose text holds titles, phases and owners. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { hasChromium } from '../../tools/browser.ts';
import { runScript, tempDir } from '../helpers.ts';

async function pdfText(file: string): Promise<{ pages: number; width: number; height: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { pages: doc.numPages, width: viewport.width, height: viewport.height, text: text.replace(/\s+/g, ' ') };
}

(hasChromium() ? describe : describe.skip)('npm run pdf', () => {
  let dist: string;
  let all: ReturnType<typeof runScript>;
  beforeAll(() => {
    dist = path.join(tempDir('wegwijs-pdf-'), 'dist');
    cpSync(path.join(inject('exampleDist'), 'intern'), path.join(dist, 'intern'), { recursive: true });
    all = runScript('pdf.ts', { WEGWIJS_DIST: dist });
  });
  afterAll(() => rmSync(path.dirname(dist), { recursive: true, force: true }));

  it('writes one PDF per route map and a briefing pack per target group, reporting progress', () => {
    expect(all.code).toBe(0);
    const files = readdirSync(path.join(dist, 'pdf'));
    expect(files).toContain('routekaart-herstart-dagbesteding.pdf');
    expect(files).toContain('briefingmap-mantelzorgers.pdf');
    expect(files.filter((f) => f.startsWith('routekaart-'))).toHaveLength(3);
    expect(all.stdout).toMatch(/\[1\/\d+\] .*routekaart-/);
    expect(all.stdout).toMatch(/\d+ PDF's geschreven/);
  });

  it('makes A4 pages whose text holds the title, phases and owners', async () => {
    const pdf = await pdfText(path.join(dist, 'pdf/routekaart-herstart-dagbesteding.pdf'));
    // A4 is 210 × 297 mm = 595.3 × 841.9 pt; Chromium rounds to whole pixels.
    expect(Math.abs(pdf.width - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(pdf.height - 841.9)).toBeLessThan(1.5);
    expect(pdf.text).toContain('Herstart dagbesteding');
    for (const phase of ['Periode tot 1 juni', 'Periode na 1 juni', 'Periode vanaf 8 juni', 'Periode vanaf 15 juni']) expect(pdf.text).toContain(phase);
    for (const owner of ['DMO', 'VNG', 'Movisie']) expect(pdf.text).toContain(owner);
    expect(pdf.text).toContain('INTERN');
    expect(pdf.text).toMatch(/pagina 1 van \d+/);
    expect(pdf.text).not.toContain('Zoeken in Wegwijs');
  });

  it('a briefing pack has a contents page, the route maps, approved passages and Q&A', async () => {
    const pdf = await pdfText(path.join(dist, 'pdf/briefingmap-mantelzorgers.pdf'));
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.text).toContain('Inhoud');
    expect(pdf.text).toContain('Vastgestelde passages');
    expect(pdf.text).toContain('Vragen en antwoorden');
  });

  it('a briefing pack\'s contents give the page each section and item starts on (a first rendering pass: Chromium has no target-counter())', () => {
    const file = path.join(dist, 'pdf/briefingmap-mantelzorgers.pdf');
    // poppler's pdftotext, page by page: the contents on page 1, each heading on the page named.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).toString();
    const contents = page(1);
    const entries = [...contents.matchAll(/^\s*\d+\.\s+(.+?)\s+·\s+pagina (\d+)\s*$/gm)].map((m) => ({ title: m[1]!.replace(/\s+\(\d+\)$/, '').trim(), page: Number(m[2]) }));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['Open acties', 'Vastgestelde passages', 'Vragen en antwoorden']));
    expect(entries.length).toBeGreaterThan(5);
    for (const { title, page: n } of entries) {
      expect(n, title).toBeGreaterThan(1);
      expect(n, title).toBeLessThanOrEqual(pages);
      // The heading is on that page, in its body (not only in the running lines).
      const lines = page(n).split('\n').slice(1, -2).map((l) => l.replace(/\s+/g, ' ').trim());
      expect(lines.some((l) => l.startsWith(title.slice(0, 40))), `"${title}" op pagina ${n}`).toBe(true);
    }
  });

  it('every PDF is tagged, in Dutch, and has an outline of its headings', async () => {
    const files = readdirSync(path.join(dist, 'pdf')).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(3);
    const outlines = new Map<string, string>();
    for (const name of files) {
      const data = new Uint8Array(readFileSync(path.join(dist, 'pdf', name)));
      const doc = await getDocument({ data, useSystemFonts: true }).promise;
      const { info } = (await doc.getMetadata()) as { info: { Language?: string } };
      const markInfo = await doc.getMarkInfo();
      expect(markInfo?.Marked, `${name} tagged`).toBe(true);
      expect(info.Language ?? '', `${name} language`).toMatch(/^nl/);
      const outline = await doc.getOutline();
      expect(outline?.length ?? 0, `${name} outline`).toBeGreaterThan(0);
      outlines.set(name, JSON.stringify(outline));
    }
    expect(outlines.get('routekaart-herstart-dagbesteding.pdf')).toContain('Periode tot 1 juni');
    // Cross-check with poppler (poppler-utils, which .ci/run installs).
    expect(execFileSync('pdfinfo', [path.join(dist, 'pdf/routekaart-herstart-dagbesteding.pdf')]).toString()).toMatch(/Tagged:\s+yes/);
  });

  it('every page carries INTERN, the title, the reference date and its page number', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(path.join(dist, 'pdf/briefingmap-mantelzorgers.pdf'))), useSystemFonts: true }).promise;
    for (let i = 1; i <= doc.numPages; i++) {
      const text = (await (await doc.getPage(i)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
      expect(text).toContain('INTERN, niet openbaar');
      expect(text.replace(/\s/g, '')).toContain('BriefingmapMantelzorgers');
      expect(text).toContain(`pagina ${i} van ${doc.numPages}`);
    }
  });

  it('selects by argument, and refuses an unknown one', () => {
    rmSync(path.join(dist, 'pdf'), { recursive: true, force: true });
    const one = runScript('pdf.ts', { WEGWIJS_DIST: dist }, ['routekaarten/herstart-dagbesteding']);
    expect(one.code).toBe(0);
    expect(readdirSync(path.join(dist, 'pdf'))).toEqual(['routekaart-herstart-dagbesteding.pdf']);
    const bad = runScript('pdf.ts', { WEGWIJS_DIST: dist }, ['maatregelen/x']);
    expect(bad.code).toBe(2);
    expect(existsSync(path.join(dist, 'pdf/routekaart-herstart-dagbesteding.pdf'))).toBe(true);
  });
});
