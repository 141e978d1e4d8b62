/**
 * Keyboard use: the skip link is the first tab stop and visible when focused, and every link,
 * button and field shows the same clearly visible focus ring (a 3 px outline with a halo) when
 * reached by keyboard, on every template of both editions. Clicking a button shows no pink.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe } from './harness.ts';
import { TEMPLATES } from './templates.ts';

/** Tabs through the page (at most `max` stops) and returns what each focused element looked like. */
async function tabThrough(page: Page, max: number) {
  const stops: Array<{ what: string; outline: string; width: number; visible: boolean }> = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        what: `${el.tagName.toLowerCase()} ${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 30)}`,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

for (const edition of ['intern', 'publiek'] as const) {
  browserDescribe(`focus, ${edition} edition`, edition, (handle) => {
    it('the skip link comes first, is visible when focused and moves focus to the content', async () => {
      const page = await handle().page();
      await page.goto(`${handle().url}/`);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-to-content');
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.width > 50 && box.height > 20 && box.y >= 0).toBe(true);
      const [fontSize, color, background] = await skip.evaluate((el) => [getComputedStyle(el).fontSize, getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(parseFloat(fontSize!)).toBeGreaterThan(14);
      expect([color, background]).toEqual(['rgb(21, 66, 115)', 'rgb(255, 255, 255)']);
      await page.keyboard.press('Enter');
      await page.waitForURL(/#inhoud$/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      await page.close();
    });

    for (const path of TEMPLATES[edition].filter((p) => !p.includes('?'))) {
      it(`${path}: every tab stop shows the focus ring`, async () => {
        const page = await handle().page();
        await page.goto(`${handle().url}${path}`);
        const stops = await tabThrough(page, 40);
        expect(stops.length).toBeGreaterThan(3);
        const bad = stops.filter((s) => s.visible && (s.outline !== 'solid' || s.width < 2));
        expect(bad).toEqual([]);
        await page.close();
      });
    }

    it('the header search button shows the ring, and a clicked button is not pink', async () => {
      const page = await handle().page();
      await page.goto(`${handle().url}/zoeken/`);
      await page.locator('.site-search input').focus();
      await page.keyboard.press('Tab');
      const button = page.locator('.site-search button');
      expect(await button.evaluate((el) => [el === document.activeElement, getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineColor])).toEqual([true, 'solid', 'rgb(255, 255, 255)']);
      const search = page.locator('.search-row button');
      await search.hover();
      await page.mouse.down();
      const colors = await search.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).outlineStyle]);
      await page.mouse.up();
      expect(colors[0]).not.toBe('rgb(255, 105, 180)');
      expect(colors[1]).toBe('none');
      await page.close();
    });
  });
}

for (const edition of ['intern', 'publiek'] as const) {
  browserDescribe(`compact menu on phones, ${edition} edition`, edition, (handle) => {
    for (const width of [320, 390]) {
      it(`${width} px: header and menu take at most 120 px; "Menu" opens the links by keyboard`, async () => {
        const context = await handle().browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL' });
        const page = await context.newPage();
        await page.goto(`${handle().url}/`);
        const navBottom = () => page.locator('.site-nav').evaluate((el) => el.getBoundingClientRect().bottom);
        expect(await navBottom()).toBeLessThanOrEqual(120);
        const links = page.locator('.site-nav a');
        expect(await links.first().isVisible()).toBe(false);
        const summary = page.locator('.site-menu > summary');
        await summary.focus();
        expect(await summary.evaluate((el) => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth) >= 2])).toEqual(['solid', true]);
        await page.keyboard.press('Enter');
        expect(await links.count()).toBeGreaterThan(3);
        for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null && document.activeElement?.tagName === 'A')).toBe(true);
        await context.close();
      });
    }

    it('1280 px: no "Menu", every link shown and reached by Tab', async () => {
      const context = await handle().browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto(`${handle().url}/`);
      expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
      for (const link of await page.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
      await page.locator('.site-search button').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.site-nav a') !== null)).toBe(true);
      await context.close();
    });

    it('the header search field shows a ring that differs from the field and the header around it', async () => {
      const page = await handle().page();
      await page.goto(`${handle().url}/`);
      await page.locator('.skip-to-content').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const field = page.locator('.site-search input');
      const [focused, style, outline, fieldBackground, halo] = await field.evaluate((el) => {
        const s = getComputedStyle(el);
        return [el === document.activeElement, s.outlineStyle, s.outlineColor, s.backgroundColor, s.boxShadow];
      });
      expect([focused, style]).toEqual([true, 'solid']);
      expect(outline).not.toBe(fieldBackground);
      expect(outline).not.toBe('rgb(21, 66, 115)');
      expect(halo).toContain('rgb(255, 255, 255)');
      await page.close();
    });
  });
}
