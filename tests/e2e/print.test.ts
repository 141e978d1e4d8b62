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
    expect(await page.locator('.phase--huidig h3').textContent()).toBe('Periode tot 1 juni');
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
});
