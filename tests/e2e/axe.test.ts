/** Every template passes axe-core (WCAG 2.2 A and AA: harness.ts) in real Chromium, in both editions. */
import { expect, it } from 'vitest';
import { axe, browserDescribe, search } from './harness.ts';
import { TEMPLATES, WIDTHS } from './templates.ts';

const INTERN = [
  '/', '/routekaarten/', '/routekaarten/herstart-dagbesteding/', '/maatregelen/', '/maatregelen/herstart-dagbesteding/',
  '/doelgroepen/', '/doelgroepen/mantelzorgers/', '/passages/', '/passages/dagbesteding-in-de-wijk/', '/vragen/', '/bronnen/',
  '/bronnen/kamerbrief-voortgang-wmo-2015-2016/', '/organisaties/', '/organisaties/dmo/', '/tijdlijn/', '/tijdlijn/2020-06/', '/tijdlijn/2020-06-01/',
  '/komende-weken/', '/zoeken/', '/bestaat-niet/',
  // Open actions (overview, per owner, per target group); overdue actions, a withdrawn passage and one past its review date.
  '/acties/', '/acties/dmo/', '/acties/doelgroep/clienten-dagbesteding/', '/routekaarten/continuiteit-van-zorg-maart-2020/',
  '/passages/clientondersteuning-voornemen-2016/', '/passages/clientondersteuning-bekend-en-beschikbaar/',
  // A route map's versions and what changed since one (tracked changes with ins/del).
  '/routekaarten/herstart-dagbesteding/versies/', '/routekaarten/herstart-dagbesteding/versies/0-8/', '/passages/spreektekst-po-vng-herstart-dagbesteding/',
  // What changed since the last meeting (date field, change list); versions of a passage.
  '/briefings/clienten-dagbesteding/', '/passages/herstart-dagbesteding-1-juni/versies/',
];
const PUBLIEK = ['/', '/vragen/', '/maatregelen/', '/maatregelen/herstart-dagbesteding/', '/doelgroepen/', '/doelgroepen/mantelzorgers/', '/bronnen/', '/organisaties/', '/tijdlijn/', '/tijdlijn/2020-06/', '/over/', '/zoeken/', '/bestaat-niet/', '/toegankelijkheid/', '/contact/'];

for (const [edition, paths] of [['intern', INTERN], ['publiek', PUBLIEK]] as const) {
  browserDescribe(`axe, ${edition} edition`, edition, (handle) => {
    for (const path of paths) {
      it(`${path} has no WCAG 2.2 A/AA violations`, async () => {
        const page = await handle().page();
        const response = await page.goto(`${handle().url}${path}`);
        expect(response?.status()).toBe(path === '/bestaat-niet/' ? 404 : 200);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.getAttribute('html', 'lang')).toBe('nl');
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }

    it('the search page with results and open filters has no violations', async () => {
      const page = await handle().page();
      await search(page, handle().url, 'dagbesteding');
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-filter-groups] input').first().waitFor();
      expect(await axe(page)).toEqual([]);
    });

    it('a Q&A entry page has no violations', async () => {
      const page = await handle().page();
      const first = await (await page.goto(`${handle().url}/vragen/`), page.locator('.entry-list a').first().getAttribute('href'));
      await page.goto(`${handle().url}${first}`);
      expect(await axe(page)).toEqual([]);
    });
  });
}

// Every public template at the three widths of the reflow check: the phone layout (the folded
// menu, open and closed) is checked as well as the wide one.
browserDescribe('axe at 320, 390 and 1280 px, public edition', 'publiek', (handle) => {
  for (const width of WIDTHS) {
    it(`every public template at ${width} px has no WCAG 2.2 A/AA violations`, async () => {
      const context = await handle().browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      const found: Record<string, unknown> = {};
      for (const path of TEMPLATES.publiek) {
        await page.goto(`${handle().url}${path}`);
        if (path.includes('?q=')) await page.waitForFunction(() => !['', 'Zoeken…'].includes(document.querySelector('[data-search-status]')?.textContent ?? ''));
        const violations = await axe(page);
        if (violations.length) found[path] = violations;
      }
      // With the phone menu open.
      await page.goto(`${handle().url}/vragen/dagbesteding-weer-open-vanaf-1-juni/`);
      if (await page.locator('.site-menu > summary').isVisible()) await page.locator('.site-menu > summary').click();
      const open = await axe(page);
      if (open.length) found['menu open'] = open;
      expect(found).toEqual({});
      await context.close();
    }, 240_000);
  }
});
