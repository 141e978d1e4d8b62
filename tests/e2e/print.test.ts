/**
 * Printing from the browser: navigation, search and link lists are hidden; and every page of a
 * route map, a briefing pack and "komende weken", printed the way Chromium prints (page.pdf with
 * default options, no header or footer template), carries the INTERN mark, the document's title,
 * the reference date and "pagina n van m" (CSS @page margin boxes), checked page by page.
 */
import { expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { browserDescribe } from './harness.ts';

async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** A line of printed text: its page, its baseline (PDF points from the bottom) and its text. */
interface PrintedLine { page: number; y: number; x: number; right: number; text: string }

/**
 * The text of a PDF as lines with their positions (pdf.js text items grouped by baseline), and
 * each page's size. Margin boxes (running lines) are the lines in the page margins.
 */
async function pageLines(pdf: Buffer): Promise<{ width: number; height: number; pages: PrintedLine[][] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: PrintedLine[][] = [];
  let width = 0;
  let height = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    ({ width, height } = page.getViewport({ scale: 1 }));
    const byLine = new Map<number, PrintedLine>();
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      const key = Math.round(y);
      const line = byLine.get(key) ?? byLine.set(key, { page: i, y, x, right: x, text: '' }).get(key)!;
      line.x = Math.min(line.x, x);
      line.right = Math.max(line.right, x + item.width);
      line.text = `${line.text} ${item.str}`.replace(/\s+/g, ' ').trim();
    }
    // Top to bottom.
    pages.push([...byLine.values()].sort((a, b) => b.y - a.y));
  }
  return { width, height, pages };
}

const MM = 72 / 25.4;
/** The page margins of src/styles/wegwijs.scss (@page margin: 20mm 15mm 18mm). */
const MARGIN = { top: 20 * MM, side: 15 * MM, bottom: 18 * MM };

browserDescribe('printing, internal edition', 'intern', (edition) => {
  it('hides navigation, search and buttons and shows the print header', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/routekaarten/herstart-dagbesteding/`);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.site-search', '.site-header', '.site-footer', '.breadcrumbs', '.relations', '.toc', '.print-action']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    expect(await header.textContent()).toMatch(/Herstart dagbesteding · versie [\d.]+ · [a-z ]+ · INTERN, niet openbaar · stand 26 mei 2020/);
    expect(await page.locator('.phases').isVisible()).toBe(true);
    await page.close();
  });

  it('marks the phase in force on the reference date', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/routekaarten/herstart-dagbesteding/`);
    // Reference date 26 May 2020: the period until 1 June is current.
    expect(await page.locator('.phase--huidig h3').textContent()).toBe('Fase 1: Periode tot 1 juni');
    expect(await page.locator('.phase--komend').count()).toBe(3);
    await page.close();
  });

  it('route maps, briefing packs and coming weeks offer printing, and the route map links its briefing packs', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/routekaarten/herstart-dagbesteding/`);
    await expect.poll(() => page.locator('[data-print]').isVisible()).toBe(true);
    expect(await page.locator('[data-print]').textContent()).toBe('Afdrukken / PDF');
    expect(await page.locator('.print-action a[href$="/briefings/clienten-dagbesteding/"]').count()).toBe(1);
    for (const path of ['/briefings/mantelzorgers/', '/komende-weken/']) {
      await page.goto(`${edition().url}${path}`);
      await expect.poll(() => page.locator('[data-print]').isVisible()).toBe(true);
    }
    await page.close();
  });

  // The least number of printed pages: the coming weeks of the example may fit on one.
  for (const [path, title, minPages] of [
    ['/routekaarten/herstart-dagbesteding/', /Herstartdagbesteding·versie[\d.]+·terafstemming/, 2],
    ['/routekaarten/continuiteit-van-zorg-maart-2020/', /Continuïteitvanzorg/, 2],
    ['/briefings/mantelzorgers/', /BriefingmapMantelzorgers/, 2],
    ['/komende-weken/', /Komendeweken/, 1],
  ] as const) {
    it(`${path}: every printed page says INTERN, the title, the reference date and its page number`, async () => {
      const page = await edition().page();
      await page.goto(`${edition().url}${path}`);
      const texts = await pageTexts(await page.pdf());
      expect(texts.length).toBeGreaterThanOrEqual(minPages);
      texts.forEach((text, i) => {
        expect(text, `pagina ${i + 1}`).toContain('INTERN, niet openbaar');
        // pdf.js may split a word into text items ("Brie fingmap"): titles are compared without spaces.
        expect(text.replace(/\s/g, ''), `pagina ${i + 1}`).toMatch(title);
        expect(text, `pagina ${i + 1}`).toContain('stand 26 mei 2020');
        expect(text, `pagina ${i + 1}`).toContain(`pagina ${i + 1} van ${texts.length}`);
        // Links to places on the page are not printed as "(#anchor)"; no navigation (the header search).
        expect(text).not.toMatch(/\(#[a-z]/);
        expect(text).not.toContain('Zoeken in Wegwijs');
      });
      await page.close();
    });
  }

  for (const path of ['/routekaarten/herstart-dagbesteding/', '/routekaarten/mensen-met-beperking-of-chronische-ziekte/']) {
    it(`${path}: printed pages look prepared: nothing beyond the margins, no heading or table header last on a page, no page of running lines only`, async () => {
      const page = await edition().page();
      await page.goto(`${edition().url}${path}`);
      // The headings and table headers of the printed document, as they are in the page.
      const headings = await page.evaluate(() => [...document.querySelectorAll('main h2, main h3, main thead tr')].filter((h) => (h as HTMLElement).offsetParent !== null || getComputedStyle(h).display !== 'none').map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
      expect(headings.filter((h) => /^Fase \d+: /.test(h)).length).toBeGreaterThan(1);
      const { width, height, pages } = await pageLines(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pages.length).toBeGreaterThan(1);
      const squash = (t: string) => t.replace(/\s/g, '');
      const headingTexts = new Set(headings.map(squash));
      pages.forEach((lines, i) => {
        const body = lines.filter((l) => l.y < height - MARGIN.top && l.y > MARGIN.bottom);
        expect(body.length, `pagina ${i + 1} heeft alleen kop- en voetregels`).toBeGreaterThan(0);
        // Every line of the document within the printable area (the phase numbers too).
        for (const line of body) {
          expect(line.x, `pagina ${i + 1}: "${line.text}" begint in de marge`).toBeGreaterThanOrEqual(MARGIN.side - 2);
          expect(line.right, `pagina ${i + 1}: "${line.text}" loopt de marge in`).toBeLessThanOrEqual(width - MARGIN.side + 2);
        }
        // The last line of a page that is followed by another is not a heading or a table header.
        if (i < pages.length - 1) {
          const last = body.at(-1)!;
          expect(headingTexts.has(squash(last.text)), `pagina ${i + 1} eindigt met de kop "${last.text}"`).toBe(false);
        }
      });
      await page.close();
    });
  }
});
