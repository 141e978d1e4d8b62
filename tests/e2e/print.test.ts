/**
 * Printing from the browser: navigation, search and link lists are hidden; and every page of a
 * route map, a briefing pack and "komende weken", printed the way Chromium prints (page.pdf with
 * default options, no header or footer template), carries the INTERN mark, the document's title,
 * the reference date and "pagina n van m" (CSS @page margin boxes), checked page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
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

/** A printed page as an image: grey values (0 black … 255 white), row by row. */
interface PageImage { width: number; height: number; grey: Uint8Array }

const DPI = 100;
const px = (mm: number) => Math.round((mm / 25.4) * DPI);

/** Every page of a PDF as an image, rendered by poppler's pdftoppm (greyscale PGM). */
function pageImages(pdf: Buffer): PageImage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-print-'));
  try {
    writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-r', String(DPI), path.join(dir, 'doc.pdf'), path.join(dir, 'p')]);
    return readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort().map((f) => {
      const data = readFileSync(path.join(dir, f));
      // Binary PGM: "P5", width, height, maximum value, each followed by one whitespace character.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
      return { width: Number(header[1]), height: Number(header[2]), grey: data.subarray(header[0].length) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether any pixel in the rectangle (pixels; right and bottom exclusive) is ink (darker than light grey). */
function inkIn(img: PageImage, x0: number, y0: number, x1: number, y1: number): boolean {
  for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) if (img.grey[y * img.width + x]! < 200) return true;
  return false;
}

/** The first and last row with ink between rows y0 and y1, or undefined. */
function inkRows(img: PageImage, y0: number, y1: number): { first: number; last: number } | undefined {
  let first: number | undefined;
  let last = 0;
  for (let y = y0; y < y1; y++) {
    if (inkIn(img, 0, y, img.width, y + 1)) {
      first ??= y;
      last = y;
    }
  }
  return first === undefined ? undefined : { first, last };
}

/** The longest vertical run of dark pixels (a rule or a bar) in columns x0…x1 and rows y0…y1, in pixels. */
function longestVerticalRun(img: PageImage, x0: number, x1: number, y0: number, y1: number): number {
  let best = 0;
  for (let x = x0; x < x1; x++) {
    let run = 0;
    for (let y = y0; y < y1; y++) {
      run = img.grey[y * img.width + x]! < 100 ? run + 1 : 0;
      best = Math.max(best, run);
    }
  }
  return best;
}

/**
 * The page printed as it is, and printed with 10 mm narrower side margins but the same room for
 * the text (the body padded by those 10 mm): Chromium clips print at the page margins, so what
 * the second shows in those 10 mm would have been cut off in the first.
 */
async function printBoth(page: Page): Promise<{ pdf: Buffer; widened: Buffer }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  // Through the CSSOM: the Content-Security-Policy refuses an added <style> element.
  await page.evaluate(() => {
    const sheet = [...document.styleSheets].at(-1)!;
    sheet.insertRule('@page { margin-left: 5mm !important; margin-right: 5mm !important; }', sheet.cssRules.length);
    sheet.insertRule('@media print { body { padding-left: 10mm !important; padding-right: 10mm !important; } }', sheet.cssRules.length);
  });
  const widened = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return { pdf, widened };
}

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

  // Two route maps, a briefing pack (with change bars: its route map changed since the previous
  // week's meeting) and "komende weken" (idem), every page checked as an image (pdftoppm) and
  // from its text positions (pdf.js).
  for (const docPath of ['/routekaarten/herstart-dagbesteding/', '/routekaarten/mensen-met-beperking-of-chronische-ziekte/', '/briefings/clienten-dagbesteding/', '/komende-weken/']) {
    it(`${docPath}: printed pages look prepared: nothing cut at a margin, no page of a stray line or running lines only, no heading or table header last on a page`, async () => {
      const page = await edition().page();
      await page.goto(`${edition().url}${docPath}`);
      // The headings and table headers of the printed document, as they are in the page.
      const headings = await page.evaluate(() => [...document.querySelectorAll('main h2, main h3, main thead tr')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const { pdf, widened } = await printBoth(page);
      const { width, height, pages } = await pageLines(pdf);
      const images = pageImages(pdf);
      const wide = pageImages(widened);
      expect(images.length).toBe(pages.length);
      // Padding the body for the wider pages keeps the same room for the text: the same pages.
      expect(wide.length).toBe(images.length);
      const squash = (t: string) => t.replace(/\s/g, '');
      const headingTexts = new Set(headings.map(squash));
      const top = px(20);
      const bottom = px(297 - 18);
      pages.forEach((lines, i) => {
        const img = images[i]!;
        const n = `pagina ${i + 1}`;
        // Nothing cut at a margin: printed with 10 mm more on either side, nothing shows there.
        const w = wide[i]!;
        expect(inkIn(w, px(5) - 1, top, px(15) - 1, bottom), `${n}: iets valt links buiten de marge`).toBe(false);
        expect(inkIn(w, w.width - px(15) + 1, top, w.width - px(5) + 1, bottom), `${n}: iets valt rechts buiten de marge`).toBe(false);
        // Not a page of running lines only or one stray line: at least 2 cm of the body printed.
        const body = inkRows(img, top, bottom);
        expect(body, `${n} heeft alleen kop- en voetregels`).toBeDefined();
        expect(body!.last - body!.first, `${n} heeft maar een regel of twee`).toBeGreaterThan(px(20));
        // The text agrees: every line within the printable area.
        for (const line of lines.filter((l) => l.y < height - MARGIN.top && l.y > MARGIN.bottom)) {
          expect(line.x, `${n}: "${line.text}" begint in de marge`).toBeGreaterThanOrEqual(MARGIN.side - 2);
          expect(line.right, `${n}: "${line.text}" loopt de marge in`).toBeLessThanOrEqual(width - MARGIN.side + 2);
        }
        // The last line of a page that is followed by another is not a heading or a table header.
        if (i < pages.length - 1) {
          const last = lines.filter((l) => l.y > MARGIN.bottom).at(-1)!;
          expect(headingTexts.has(squash(last.text)), `${n} eindigt met de kop "${last.text}"`).toBe(false);
        }
      });
      await page.close();
    });
  }

  // The longest change bar on any printed page: a vertical bar at the left edge of the text area
  // (a document with change bars moves its text 6 mm right to make room for them), below the
  // running lines.
  const longestBar = async (page: Page) => Math.max(...pageImages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).map((img) => longestVerticalRun(img, px(15), px(17), px(20), px(297 - 18))));

  for (const docPath of ['/briefings/clienten-dagbesteding/', '/komende-weken/']) {
    it(`${docPath}: what changed since the previous week's meeting has change bars on paper; a date the reader picks moves them`, async () => {
      const page = await edition().page();
      await page.goto(`${edition().url}${docPath}`);
      const routemap = page.locator('[data-changes-since] [data-routekaart="herstart-dagbesteding"]');
      // Reference date 26 May 2020: since 19 May, versions 0.8 (22 May) and 0.9 (25 May) came.
      await expect.poll(() => page.locator('[data-since-form]').isVisible()).toBe(true);
      expect(await page.locator('[data-changes-since] h2').textContent()).toBe('Gewijzigd sinds 19 mei 2020');
      expect(await routemap.locator('li').count()).toBeGreaterThan(3);
      expect(await longestBar(page)).toBeGreaterThan(px(4));
      // Since 26 May nothing changed: the list empties and the bars go.
      await page.fill('[data-since-date]', '2020-05-26');
      await page.click('[data-since-form] button');
      await expect.poll(() => routemap.locator('[data-since-summary]').textContent()).toBe('Ongewijzigd: versie 0.9 van 25 mei 2020 gold toen al.');
      // The island reads every route map's versions before it says it is done (the status line);
      // the heading changes then, and the other route maps may come after this one.
      await expect.poll(() => page.locator('[data-since-status]').textContent()).toBe('Wijzigingen sinds 26 mei 2020 getoond.');
      expect(await page.locator('[data-changes-since] h2').textContent()).toBe('Gewijzigd sinds 26 mei 2020');
      expect(await routemap.locator('[data-since-list]').isVisible()).toBe(false);
      expect(await page.locator('[data-gewijzigd]').count()).toBe(0);
      expect(await longestBar(page)).toBeLessThan(px(2));
      // Since 23 May: version 0.8 was in force; the changes to 0.9 and their bars are back.
      await page.fill('[data-since-date]', '2020-05-23');
      await page.click('[data-since-form] button');
      await expect.poll(() => routemap.locator('[data-since-summary]').textContent()).toBe('Toen gold versie 0.8 van 22 mei 2020, nu versie 0.9 van 25 mei 2020.');
      await expect.poll(() => page.locator('[data-since-status]').textContent()).toBe('Wijzigingen sinds 23 mei 2020 getoond.');
      expect(await routemap.locator('li').allTextContents()).toContain('Fase 2 (Periode na 1 juni): Deadline verschoven van 2 juni naar 5 juni 2020: Contact opnemen met een aantal gemeenten, met de vragen: hebben jullie met aanbieders…');
      expect(await page.locator('[data-gewijzigd]').count()).toBeGreaterThan(0);
      expect(await longestBar(page)).toBeGreaterThan(px(4));
      expect(await page.locator('[data-since-status]').textContent()).toBe('Wijzigingen sinds 23 mei 2020 getoond.');
      await page.close();
    });
  }
});
