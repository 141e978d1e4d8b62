/**
 * Action tables at 320 px (WCAG 1.4.10 reflow): rows stack into labelled blocks, nothing
 * overflows horizontally; and the actions overview works without JavaScript (filters are links).
 */
import { expect, it } from 'vitest';
import { axe, browserDescribe } from './harness.ts';

/** Pages with action tables, and (for their overflow alone) a measure and a passage, which have none. */
const WITH_TABLES = ['/', '/acties/', '/acties/dmo/', '/acties/doelgroep/clienten-dagbesteding/', '/routekaarten/continuiteit-van-zorg-maart-2020/', '/routekaarten/herstart-dagbesteding/', '/komende-weken/'];
const WITHOUT_TABLES = ['/maatregelen/herstart-dagbesteding/', '/passages/clientondersteuning-voornemen-2016/'];
const PAGES = [...WITHOUT_TABLES, ...WITH_TABLES];

browserDescribe('action tables on a narrow screen', 'intern', (handle) => {
  for (const path of PAGES) {
    it(`${path} does not overflow at 320 px and stacks its action tables`, async () => {
      const context = await handle().browser.newContext({ locale: 'nl-NL', viewport: { width: 320, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${handle().url}${path}`);
      // What the page's own content needs (the header's search form is measured elsewhere).
      const { overflowing, tables, stacked } = await page.evaluate(() => ({
        overflowing: [...document.querySelectorAll('main *')].filter((el) => !el.closest('thead') && el.getBoundingClientRect().right > 321).map((el) => `${el.tagName}.${el.className}`),
        tables: [...document.querySelectorAll('table.actions')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
        stacked: [...document.querySelectorAll('table.actions--stacked td')].slice(0, 3).map((td) => getComputedStyle(td).display),
      }));
      expect(tables.length > 0, 'action tables').toBe(WITH_TABLES.includes(path));
      expect(overflowing).toEqual([]);
      for (const right of tables) expect(right).toBeLessThanOrEqual(320);
      expect(stacked.every((d) => d === 'block')).toBe(true);
      expect(await axe(page)).toEqual([]);
      await context.close();
    });
  }

  it('filters the overview by owner and target group with plain links, JavaScript off', async () => {
    const context = await handle().browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${handle().url}/acties/`);
    await page.getByRole('navigation', { name: 'Acties filteren' }).getByRole('link', { name: 'DMO' }).click();
    await page.waitForURL(/\/acties\/dmo\/$/);
    expect(await page.locator('h1').textContent()).toBe('Open acties van DMO');
    await page.getByRole('link', { name: 'Cliënten van dagbesteding' }).first().click();
    await page.waitForURL(/\/acties\/doelgroep\/clienten-dagbesteding\/$/);
    expect(await page.locator('table.actions tbody tr').count()).toBeGreaterThan(0);
    await context.close();
  });
});
