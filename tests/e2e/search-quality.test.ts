/**
 * Search as people type it, in real Chromium against the built editions: questions with extra
 * words, typos, per-edition ranking, readable excerpts, filters that widen within a group and
 * narrow across groups, and the filters on the passages overview (also without JavaScript).
 * The full quality figures are `npm run bench:search` (not part of `npm test`).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe, search } from './harness.ts';

const excerptOf = (page: Page, url: string) =>
  page.locator('[data-search-results] li', { has: page.locator(`h2 a[href="${url}"]`) }).locator('.result-excerpt').textContent();

const statusCount = async (page: Page) => Number(/^(\d+) result/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1] ?? 0);

async function waitForCountChange(page: Page, before: number) {
  await page.waitForFunction((n) => {
    const m = /^(\d+) result/.exec(document.querySelector('[data-search-status]')?.textContent ?? '');
    return m !== null && Number(m[1]) !== n;
  }, before);
}

browserDescribe('search quality, public edition', 'publiek', (edition) => {
  it('answers a question with extra words, even when not every word is on the page', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'wie regelt de dagbesteding');
    expect(urls.slice(0, 3)).toContain('/vragen/wie-organiseert-dagbesteding/');
    const question = await search(page, edition().url, 'mag ik als mantelzorger naar buiten tijdens de avondklok');
    expect(question.urls[0]).toBe('/vragen/mantelzorg-tijdens-avondklok/');
  });

  it("ignores clitics: a question with 's finds its answer and nothing unrelated, with no lone letters marked", async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, "mag ik 's avonds naar mijn moeder als mantelzorger");
    expect(urls[0]).toBe('/vragen/mantelzorg-tijdens-avondklok/');
    const related = ['/vragen/mantelzorg-tijdens-avondklok/', '/maatregelen/uitzondering-avondklok-mantelzorgers/', '/doelgroepen/mantelzorgers/'];
    expect(urls.slice(0, 3).filter((url) => !related.includes(url))).toEqual([]);
    const marks = await page.locator('[data-search-results] mark').allInnerTexts();
    expect(marks.filter((m) => m.trim().length <= 1)).toEqual([]);
  });

  it("a word Pagefind matched only by a short start (moeder as an organisation's MO) does not leave that organisation as the only result", async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, "zorg voor m'n moeder tijdens de avondklok");
    expect(urls[0]).toBe('/vragen/mantelzorg-tijdens-avondklok/');
    expect(urls.slice(0, 3).filter((url) => url.startsWith('/organisaties/'))).toEqual([]);
  });

  it('puts the Q&A that answers the question above the measure it rests on', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'avondklok mantelzorg');
    expect(urls[0]).toBe('/vragen/mantelzorg-tijdens-avondklok/');
    expect(urls).toContain('/maatregelen/uitzondering-avondklok-mantelzorgers/');
  });

  it('suggests a word from the site for a typo, and shows its results', async () => {
    const page = await edition().page();
    const { urls, status } = await search(page, edition().url, 'dagbestedng');
    const suggestion = page.locator('[data-search-suggestion]');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('Bedoelde u: dagbesteding?');
    expect(await suggestion.locator('a').getAttribute('href')).toMatch(/\/zoeken\/\?q=dagbesteding$/);
    expect(status).toMatch(/resultaten voor "dagbesteding" \(u zocht "dagbestedng"\)/);
    expect(urls.slice(0, 3).every((u) => u.startsWith('/vragen/'))).toBe(true);
  });

  it('suggests only public words: the vocabulary is built from the public edition alone', async () => {
    const page = await edition().page();
    const response = await page.request.get(`${edition().url}/zoekwoorden.json`);
    expect(response.status()).toBe(200);
    const words = Object.keys((await response.json()) as Record<string, number>);
    expect(words).toContain('dagbesteding');
    for (const internal of ['meva', 'steunpakket', 'medeoverheden', 'continuïteitsteam', 'dagmail', 'vijfhoek', 'burenhulp']) expect(words).not.toContain(internal);
    // "steunpakket" (an internal measure) gets no suggestion and finds nothing.
    const { urls } = await search(page, edition().url, 'steunpakket');
    expect(urls).toEqual([]);
    expect(await page.locator('[data-search-suggestion]').isVisible()).toBe(false);
  });

  it('finds a paper by its Kamerstuk number and kenmerk', async () => {
    const page = await edition().page();
    expect((await search(page, edition().url, 'kamerstuk 25657-234')).urls[0]).toBe('/bronnen/kamerstuk-25657-234/');
    expect((await search(page, edition().url, '954002-149168-DMO')).urls[0]).toBe('/bronnen/kamerbrief-voortgang-wmo-2015-2016/');
  });

  it('shows excerpts as sentences of the text: no labels run together, no synonym list', async () => {
    const page = await edition().page();
    await search(page, edition().url, 'avondklok');
    const qa = (await excerptOf(page, '/vragen/mantelzorg-tijdens-avondklok/'))!;
    expect(qa).toMatch(/avondklok/i);
    expect(qa).not.toMatch(/Laatst gecontroleerd|Thema/);
    await search(page, edition().url, 'gehandicapten');
    const group = (await excerptOf(page, '/doelgroepen/mensen-met-een-beperking/'))!;
    expect(group).not.toMatch(/Ook gezocht als|gehandicapten, mensen met een handicap/);
    const all = await page.locator('[data-search-results] .result-excerpt').allTextContents();
    for (const text of all) {
      expect(text.trim().length).toBeGreaterThan(20);
      // A label glued to a value ("gecontroleerd28 april", "2021Thema").
      expect(text).not.toMatch(/\p{Ll}\d|\d{4}\p{Lu}/u);
    }
    // Matches are marked.
    expect(await page.locator('[data-search-results] .result-excerpt mark').count()).toBeGreaterThan(0);
  });
});

browserDescribe('search quality, internal edition', 'intern', (edition) => {
  it('ranks a withdrawn passage below the current one', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'cliëntondersteuning');
    const current = urls.indexOf('/passages/clientondersteuning-bekend-en-beschikbaar/');
    const withdrawn = urls.indexOf('/passages/clientondersteuning-voornemen-2016/');
    expect(current).toBeGreaterThanOrEqual(0);
    // The withdrawn passage is found too (its text matches), and ranks below the current one.
    expect(withdrawn).toBeGreaterThan(current);
  });

  it('finds passages by their kind: "passage dagbesteding kamerbrief" leads with the Kamerbrief passages on dagbesteding', async () => {
    const page = await edition().page();
    const { urls } = await search(page, edition().url, 'passage dagbesteding kamerbrief');
    expect(urls[0]).toMatch(/^\/passages\//);
    expect(urls).toContain('/passages/herstart-dagbesteding-1-juni/');
  });

  it('widens within a filter group (or), narrows across groups (and), and updates the counts', async () => {
    const page = await edition().page();
    await search(page, edition().url, 'dagbesteding');
    const total = await statusCount(page);
    await page.getByRole('button', { name: 'Filters tonen' }).click();
    const vraag = page.getByRole('checkbox', { name: /^Vraag en antwoord \(\d+\)$/ });
    await vraag.check();
    await waitForCountChange(page, total);
    const questions = await statusCount(page);
    expect(questions).toBeGreaterThan(0);
    expect(questions).toBeLessThan(total);
    const maatregelLabel = page.locator('label', { has: page.locator('input[value="soort:Maatregel"]') });
    const measures = Number(/\((\d+)\)/.exec((await maatregelLabel.textContent())!)![1]);
    expect(measures).toBeGreaterThan(0);
    await page.locator('input[value="soort:Maatregel"]').check();
    await waitForCountChange(page, questions);
    expect(await statusCount(page)).toBe(questions + measures);
    let urls = await page.locator('[data-search-results] h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls.some((u) => u.startsWith('/vragen/'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/maatregelen/'))).toBe(true);
    expect(urls.every((u) => u.startsWith('/vragen/') || u.startsWith('/maatregelen/'))).toBe(true);
    // Across groups: and.
    const both = await statusCount(page);
    await page.getByRole('checkbox', { name: /^Mantelzorgers \(\d+\)$/ }).check();
    await waitForCountChange(page, both);
    expect(await statusCount(page)).toBeLessThan(both);
    urls = await page.locator('[data-search-results] h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls.every((u) => u.startsWith('/vragen/') || u.startsWith('/maatregelen/'))).toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('filter').sort()).toEqual(['doelgroep:Mantelzorgers', 'soort:Maatregel', 'soort:Vraag en antwoord']);
  });

  it('has separate status filters for measures and passages, each with its own values', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/zoeken/`);
    const filters = (await page.evaluate(`(async () => { const pf = await import('/pagefind/pagefind.js'); await pf.init(); return pf.filters(); })()`)) as Record<string, Record<string, number>>;
    expect(filters.status).toBeUndefined();
    expect(Object.keys(filters.passagestatus ?? {})).toContain('vervallen');
    expect(Object.keys(filters.maatregelstatus ?? {})).not.toContain('vervallen');
    expect(Object.keys(filters.maatregelstatus ?? {}).length).toBeGreaterThan(1);
    expect(Object.keys(filters.passagesoort ?? {})).toContain('spreektekst');
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`filters the passages overview on the page itself by kind and status (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await edition().browser.newContext({ locale: 'nl-NL', javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${edition().url}/passages/`);
      const visible = () => page.locator('li[data-passagestatus]:visible').evaluateAll((items) => items.map((li) => [li.getAttribute('data-passagesoort'), li.getAttribute('data-passagestatus')]));
      const all = await visible();
      expect(all.length).toBe(11);
      await page.getByRole('checkbox', { name: /^vervallen \(\d+\)$/ }).check();
      expect((await visible()).every(([, s]) => s === 'vervallen')).toBe(true);
      await page.getByRole('checkbox', { name: /^vastgesteld \(\d+\)$/ }).check();
      const two = await visible();
      expect(new Set(two.map(([, s]) => s))).toEqual(new Set(['vervallen', 'vastgesteld']));
      await page.getByRole('checkbox', { name: /^Kamerbrief \(\d+\)$/ }).check();
      const narrowed = await visible();
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThanOrEqual(two.length);
      expect(narrowed.every(([k, s]) => k === 'kamerbrief' && (s === 'vervallen' || s === 'vastgesteld'))).toBe(true);
      await context.close();
    });
  }
});
