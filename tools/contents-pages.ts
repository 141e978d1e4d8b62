/**
 * Page numbers in a printed document's contents (briefing packs), from a first rendering pass:
 * Chromium does not support CSS `target-counter()` (Chromium 156 drops a rule that uses it:
 * checked by printing a contents list with it and reading the PDF with pdftotext), so `npm run pdf` prints
 * once with an invisible marker in every heading the contents links to, reads on which page each
 * marker landed (pdf.js text), writes those page numbers into the contents
 * (`[data-contents-page]` beside each link), and then prints for real. The markers are absolutely
 * positioned, 1 px text: they take no room, so the second pass breaks pages as the first did.
 */
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const marker = (n: number) => `wwpagina${n}ww`;

/** Which page (1-based) holds each marker, from a PDF's text. */
export async function markerPages(pdf: Uint8Array, count: number): Promise<Map<number, number>> {
  const doc = await getDocument({ data: pdf, useSystemFonts: true }).promise;
  const found = new Map<number, number>();
  for (let p = 1; p <= doc.numPages; p++) {
    // pdf.js may split a word into several text items: compare without spaces.
    const text = (await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/g, '');
    for (let n = 0; n < count; n++) if (!found.has(n) && text.includes(marker(n))) found.set(n, p);
  }
  await doc.destroy();
  return found;
}

/**
 * Fills in the page numbers of the contents of the document in `page` (a first rendering pass
 * with `print`, which must print as the final pass will). Returns how many entries got a number.
 */
export async function numberContents(page: Page, print: () => Promise<Buffer>): Promise<number> {
  const count = await page.evaluate((prefix) => {
    const links = [...document.querySelectorAll<HTMLElement>('[data-contents-page]')];
    links.forEach((slot, n) => {
      const link = slot.parentElement?.querySelector<HTMLAnchorElement>('a[href^="#"]');
      const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!target) return;
      const mark = document.createElement('span');
      mark.dataset.pageMarker = '';
      mark.textContent = `${prefix}${n}ww`;
      mark.style.cssText = 'position:absolute;font-size:1px;line-height:1px;color:#fff;';
      target.prepend(mark);
    });
    return links.length;
  }, 'wwpagina');
  if (count === 0) return 0;
  const pages = await markerPages(new Uint8Array(await print()), count);
  await page.evaluate((numbers) => {
    for (const mark of document.querySelectorAll('[data-page-marker]')) mark.remove();
    const map = new Map(numbers);
    document.querySelectorAll<HTMLElement>('[data-contents-page]').forEach((slot, n) => {
      const p = map.get(n);
      if (p !== undefined) slot.textContent = `pagina ${p}`;
    });
  }, [...pages]);
  return pages.size;
}
