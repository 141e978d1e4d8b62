/**
 * The change pages, the open-data page and the history on an entry page pass axe-core (WCAG 2.1
 * A/AA) in real Chromium, in both editions; "alle wijzigingen" opens with a click.
 */
import { expect, it } from 'vitest';
import { axe, browserDescribe } from './harness.ts';

const PATHS = { intern: ['/wat-is-er-veranderd/', '/wat-is-er-veranderd/2016-w37/', '/open-data/'], publiek: ['/wat-is-er-veranderd/', '/open-data/'] } as const;

for (const edition of ['intern', 'publiek'] as const) {
  browserDescribe(`changes and open data, ${edition} edition`, edition, (handle) => {
    for (const path of PATHS[edition]) {
      it(`${path} has no WCAG 2.1 A/AA violations`, async () => {
        const page = await handle().page();
        const response = await page.goto(`${handle().url}${path}`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }

    it('an entry page with "alle wijzigingen" opened and the calendar help open has no violations', async () => {
      const page = await handle().page();
      await page.goto(`${handle().url}/doelgroepen/mantelzorgers/`);
      const all = page.locator('.history-all');
      expect(await all.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await all.locator('summary').click();
      expect(await all.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await expect.poll(() => all.locator('li').first().isVisible()).toBe(true);
      await page.locator('.calendar-link summary').click();
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  });
}
