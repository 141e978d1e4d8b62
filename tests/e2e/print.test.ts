/** Route maps on paper: in print media, navigation, search and buttons are hidden. */
import { expect, it } from 'vitest';
import { browserDescribe } from './harness.ts';

browserDescribe('route maps in print', 'intern', (edition) => {
  it('hides navigation, search and buttons and shows the print header', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/routekaarten/herstart-dagbesteding/`);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.site-search', '.site-header', '.site-footer']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
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
});
