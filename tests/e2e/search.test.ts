/** Search in real Chromium against the real Pagefind index of each edition. */
import { expect, it } from 'vitest';
import { browserDescribe, search } from './harness.ts';
import { runCheck } from '../../src/check/index.ts';
import { whyNotPublic } from '../../src/domain/editions.ts';
import { EXAMPLE_PEILDATUM } from '../setup/build-example.ts';

browserDescribe('search, internal edition', 'intern', (edition) => {
  it('finds the day-care route map and measure for "dagbesteding"', async () => {
    const page = await edition().page();
    const { urls, status } = await search(page, edition().url, 'dagbesteding');
    expect(status).toMatch(/\d+ resultaten voor "dagbesteding"/);
    expect(urls).toContain('/routekaarten/herstart-dagbesteding/');
    expect(urls).toContain('/maatregelen/herstart-dagbesteding/');
    // Results show kind, date and status.
    const meta = await page.locator('[data-search-results] li', { has: page.locator('a[href="/routekaarten/herstart-dagbesteding/"]') }).locator('.result-meta').textContent();
    expect(meta).toMatch(/^Routekaart · \d+ \w+ 2020 · (concept|ter afstemming|vastgesteld)/);
  });

  it('shows the status of a passage as a coloured label in the results: controleren past its review date', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'cliëntondersteuning');
    expect(urls).toContain('/passages/clientondersteuning-bekend-en-beschikbaar/');
    const label = page.locator('[data-search-results] li', { has: page.locator('a[href="/passages/clientondersteuning-bekend-en-beschikbaar/"]') }).locator('.result-meta .label');
    expect(await label.getAttribute('class')).toBe('label label--controleren');
    expect(await label.textContent()).toBe('controleren');
  });

  it('finds entries that say "mantelzorgers" when searching "mantelzorger" (Dutch stemming)', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'mantelzorger');
    expect(urls).toContain('/maatregelen/uitzondering-avondklok-mantelzorgers/');
    expect(urls).toContain('/doelgroepen/mantelzorgers/');
  });

  it('finds a target group and its entries by a synonym', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'gehandicapten');
    expect(urls).toContain('/doelgroepen/mensen-met-een-beperking/');
    expect(urls.filter((u) => u.startsWith('/maatregelen/')).length).toBeGreaterThan(0);
  });

  it('narrows results with a target-group filter, opened with the keyboard', async () => {
    const page = await edition().page();
    const before = await search(page, edition().url, 'dagbesteding');
    const total = Number(/^(\d+) result/.exec(before.status)![1]);
    await page.locator('[data-search-open]').focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('checkbox', { name: /^Mantelzorgers \(\d+\)$/ });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((n) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      const m = /^(\d+) result/.exec(text);
      return m !== null && Number(m[1]) < n;
    }, total);
    const after = Number(/^(\d+) result/.exec((await page.locator('[data-search-status]').textContent())!)![1]);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(total);
    expect(await page.locator('[data-search-results] h2 a').count()).toBe(Math.min(after, 10));
    expect(page.url()).toContain('filter=doelgroep%3AMantelzorgers');
  });

  it('lists entries by filter alone, without a query', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/zoeken/?filter=soort%3ARoutekaart`);
    await page.waitForFunction(() => /resultaten/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const urls = await page.locator('[data-search-results] h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(urls.length).toBe(3);
    expect(urls.every((u) => u!.startsWith('/routekaarten/'))).toBe(true);
  });

  it('every result URL opens, also after "Meer resultaten"', async () => {
    const page = await edition().page();
    await search(page, edition().url, 'gemeenten');
    expect(await page.locator('[data-search-results] li').count()).toBe(10);
    await page.getByRole('button', { name: 'Meer resultaten' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 10);
    const urls = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const url of urls) {
      const response = await page.request.get(`${edition().url}${url}`);
      expect(response.status(), url).toBe(200);
    }
  });

  it('the header search field leads to results from every page', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/tijdlijn/`);
    await page.getByRole('searchbox', { name: 'Zoeken in Wegwijs' }).fill('Movisie');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=Movisie/);
    await page.waitForFunction(() => /resultat/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
  });
});

browserDescribe('search, public edition', 'publiek', (edition) => {
  it('never finds an internal entry, and its filter values name nothing internal', async () => {
    const { entries } = await runCheck({ contentDir: 'content', peildatum: EXAMPLE_PEILDATUM });
    const hidden = entries.filter((e) => whyNotPublic(e, EXAMPLE_PEILDATUM));
    expect(hidden.length).toBeGreaterThan(20);
    const page = await edition().page();
    for (const term of ['routekaart', 'passage', 'dagbesteding', 'DGLZ', 'MEVA', 'steunpakket', 'continuïteitsteam']) {
      const { urls } = await search(page, edition().url, term);
      const leaked = urls.filter((u) => hidden.some((e) => u === `/${e.collection}/${e.id}/`));
      expect(leaked, term).toEqual([]);
    }
    // A string, so that Vitest's transform leaves the browser's own import() alone.
    const filters = await page.evaluate(`(async () => { const pf = await import('/pagefind/pagefind.js'); await pf.init(); return pf.filters(); })()`);
    const values = Object.values(filters as Record<string, Record<string, number>>).flatMap((v) => Object.keys(v));
    expect(values.length).toBeGreaterThan(5);
    for (const entry of hidden) expect(values, entry.id).not.toContain(entry.data.titel);
    // Nothing unapproved is public, so no such status can be offered as a filter (of any collection).
    // (A published measure can be `voorgenomen` on the reference date: its status on that day.)
    const statuses = Object.entries(filters as Record<string, Record<string, number>>).filter(([name]) => name.endsWith('status')).flatMap(([, v]) => Object.keys(v));
    for (const status of ['concept', 'ter afstemming']) expect(statuses).not.toContain(status);
  });

  it('finds the public Q&A about day care', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'dagbesteding');
    expect(urls.some((u) => u.startsWith('/vragen/'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/routekaarten/') || u.startsWith('/passages/'))).toBe(false);
  });
});
