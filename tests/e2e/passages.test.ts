/** Copying approved passages, in real Chromium with clipboard permissions. */
import { expect, it } from 'vitest';
import { browserDescribe } from './harness.ts';

const APPROVED = '/passages/wmo-drie-prioritaire-doelstellingen/';
const CONCEPT = '/passages/spreektekst-po-vng-herstart-dagbesteding/';

async function clipboard(page: import('playwright-core').Page) {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = async (type: string) => (item!.types.includes(type) ? await (await item!.getType(type)).text() : null);
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
}

browserDescribe('passages: copy approved text', 'intern', (edition) => {
  it('copies exactly the passage as text/plain and text/html, and announces it', async () => {
    const context = await edition().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${edition().url}${APPROVED}`);
    await expect(page.locator('.banner--ok').textContent()).resolves.toContain('Vastgesteld');
    const button = page.getByRole('button', { name: 'Kopieer tekst' });
    await button.click();
    await expect(page.getByRole('status').filter({ hasText: 'gekopieerd' }).textContent()).resolves.toBe('Tekst gekopieerd.');

    const { plain, html } = await clipboard(page);
    const paragraphs = plain!.split('\n\n');
    expect(paragraphs[0]).toBe('De Wmo 2015 is nu zestien maanden in werking. Nu de transitie is gerealiseerd, moet de aandacht worden verlegd naar een goed werkende praktijk, die voor gebruikers van zorg en ondersteuning en voor professionals merkbaar beter wordt.');
    expect(paragraphs[2]).toBe([
      '1. de positie van de cliënt versterkt is (zodat het goede gesprek kan plaatsvinden);',
      '2. er daadwerkelijk maatwerk wordt geboden in levensbrede ondersteuning (gericht op participatie en zelfredzaamheid);',
      '3. er een inclusieve samenleving wordt bevorderd, verrijkt door maatschappelijke initiatieven.',
    ].join('\n'));
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toMatch(/\(TK 2015-2016, 34 104, nr\. 105\)\.$/);
    for (const ui of ['Kopieer', 'Met bronregel', 'Vastgesteld', 'Samenhang']) expect(plain).not.toContain(ui);

    expect(html).toContain('<strong>merkbaar beter</strong>');
    expect(html).toMatch(/<ol><li>de positie van de cliënt versterkt is/);
    expect(html).not.toMatch(/class=|data-|<button|<script/);
    expect(html!.match(/<p>/g)).toHaveLength(3);
    await context.close();
  });

  it('adds a source line on request', async () => {
    const context = await edition().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${edition().url}${APPROVED}`);
    await page.getByLabel('Met bronregel').check();
    await page.getByRole('button', { name: 'Kopieer tekst' }).click();
    await page.getByRole('status').filter({ hasText: 'gekopieerd' }).waitFor();
    const { plain, html } = await clipboard(page);
    // Cites the letter the passage was used in (kenmerk and date), not an internal path.
    expect(plain).toMatch(/\n\nBron: Kamerbrief voortgang en ambitie Wmo 2015, kenmerk 954002-149168-DMO, 2 mei 2016\.$/);
    expect(plain).not.toContain('passages/');
    expect(html).toMatch(/<p>Bron: Kamerbrief .*<\/p>$/);
    await context.close();
  });

  it('asks before copying a passage past its review date; cancelling copies nothing', async () => {
    const context = await edition().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    // Review date 15 September 2017, before the reference date (26 May 2020).
    await page.goto(`${edition().url}/passages/clientondersteuning-bekend-en-beschikbaar/`);
    await page.evaluate(() => navigator.clipboard.writeText('eerder gekopieerd'));
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Kopieer tekst' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Niet gekopieerd: de herziendatum is verstreken.');
    expect(messages).toEqual(['De herziendatum van deze passage (15 september 2017) is verstreken: controleer of de tekst nog klopt voordat u hem gebruikt. Toch kopiëren?']);
    expect((await clipboard(page)).plain).toBe('eerder gekopieerd');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Kopieer tekst' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Tekst gekopieerd.');
    expect((await clipboard(page)).plain).toMatch(/^Voor passende zorg en ondersteuning/);
    // An approved passage within its review date copies without asking (the tests above).
    await context.close();
  });

  it('labels footnotes in Dutch: "Voetnoten" and "Terug naar de verwijzing"', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/passages/maatschappelijke-initiatieven-inclusieve-samenleving/`);
    const notes = page.locator('#passage-tekst section.footnotes');
    expect(await notes.locator('h2').textContent()).toBe('Voetnoten');
    expect(await notes.locator('[data-footnote-backref]').evaluateAll((a) => a.map((x) => x.getAttribute('aria-label')))).toEqual(['Terug naar de verwijzing 1', 'Terug naar de verwijzing 2']);
    expect(await page.locator('#passage-tekst').textContent()).not.toMatch(/Footnotes|Back to reference/);
    await page.close();
  });

  it('offers no copy button on a passage that is not approved, and says so', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}${CONCEPT}`);
    expect(await page.getByRole('button', { name: 'Kopieer tekst' }).count()).toBe(0);
    expect(await page.locator('.banner').first().textContent()).toMatch(/Niet vastgesteld \(concept\)/);
    await page.close();
  });

  it('without JavaScript the approved text is there and selectable, and no dead button shows', async () => {
    const context = await edition().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${edition().url}${APPROVED}`);
    expect(await page.locator('#passage-tekst').textContent()).toContain('merkbaar beter');
    expect(await page.getByRole('button', { name: 'Kopieer tekst' }).isVisible()).toBe(false);
    await context.close();
  });

  it('the overview puts approved passages first and marks withdrawn ones with their successor', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/passages/`);
    const statuses = await page.locator('.entry-list > li .label').allTextContents();
    // Approved first (those past their review date after the others), withdrawn last.
    const order = ['vastgesteld', 'controleren', 'ter afstemming', 'concept', 'vervallen'];
    expect(statuses).toContain('controleren');
    expect(statuses.map((s) => order.indexOf(s))).toEqual([...statuses.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    expect(await page.locator('.entry-list > li', { hasText: 'Vervangen door' }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

browserDescribe('passages: filtering for advisers', 'intern', (edition) => {
  it('the overview leads to passages filtered by status and target group', async () => {
    const page = await edition().page();
    await page.goto(`${edition().url}/passages/`);
    await page.getByRole('link', { name: 'Passages filteren op status, maatregel en doelgroep' }).click();
    await page.waitForFunction(() => /resultaten/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const all = Number(/^(\d+)/.exec((await page.locator('[data-search-status]').textContent())!)![1]);
    expect(all).toBe(11);
    // Approved and within its review date: 6 of the 7 approved passages (one is past its review date: "controleren").
    await page.getByRole('group', { name: 'Status van de passage' }).getByRole('checkbox', { name: /^vastgesteld \(\d+\)$/ }).check();
    await page.waitForFunction(() => /^6 resultaten/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const urls = await page.locator('[data-search-results] h2 a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls).toContain('/passages/wmo-drie-prioritaire-doelstellingen/');
    expect(urls.every((u) => u.startsWith('/passages/'))).toBe(true);
    await page.close();
  });
});
