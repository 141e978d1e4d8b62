/**
 * Reflow (WCAG 1.4.10): every template of both editions fits 320, 390 and 1280 px wide without
 * horizontal scrolling, with every <details> opened; and the content column starts at the same
 * left edge on every page (one grid).
 */
import { expect, it } from 'vitest';
import { browserDescribe } from './harness.ts';
import { TEMPLATES, WIDTHS } from './templates.ts';

for (const edition of ['intern', 'publiek'] as const) {
  browserDescribe(`reflow, ${edition} edition`, edition, (handle) => {
    for (const width of WIDTHS) {
      it(`no page overflows at ${width} px`, async () => {
        const context = await handle().browser.newContext({ locale: 'nl-NL', viewport: { width, height: 900 } });
        const page = await context.newPage();
        const problems: string[] = [];
        const lefts = new Map<string, number>();
        for (const path of TEMPLATES[edition]) {
          await page.goto(`${handle().url}${path}`);
          const result = await page.evaluate((w) => {
            for (const d of document.querySelectorAll('details')) d.open = true;
            // Visually hidden content (sr-only, the hidden heads of stacked tables) is clipped, not laid out for the eye.
            const clipped = (el: Element) => el.closest('.sr-only, .actions--stacked thead, [hidden]') !== null;
            const wide = [...document.querySelectorAll('body *')]
              .filter((el) => !clipped(el) && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > w + 1)
              .filter((el) => !el.closest('.skip-to-content'))
              .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} (${Math.round(el.getBoundingClientRect().right)} px)`);
            return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 3), left: Math.round(document.querySelector('h1')!.getBoundingClientRect().left) };
          }, width);
          if (result.scrollWidth > width || result.wide.length > 0) problems.push(`${path}: ${result.scrollWidth} px breed; ${result.wide.join(', ')}`);
          lefts.set(path, result.left);
        }
        expect(problems).toEqual([]);
        // One grid: every h1 starts at the same left edge.
        expect(new Set(lefts.values()).size, JSON.stringify(Object.fromEntries(lefts))).toBe(1);
        await context.close();
      });
    }
  });
}
