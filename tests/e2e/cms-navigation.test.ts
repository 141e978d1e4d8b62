/**
 * The CMS never writes the wrong file. With entry A open, opening entry B by changing the URL
 * (a hash route, as a link or the address bar does, not through the list) must show B's fields,
 * and saving must change B's file only; the same for a new entry opened after an existing one.
 * Decap 3 keeps its editor mounted on such a route change and with it A's draft (its `path`
 * included): before the fix the form showed A's title under B's address (the first two cases
 * failed). src/cms/admin.ts now installs a route watcher before Decap starts and reloads the CMS
 * on an editor-to-editor route change (src/cms/routes.ts). Real decap-server (local backend) and Astro's dev server on a
 * copy of the example content, real Chromium.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, startCms, type CmsSession } from './cms-form.ts';
import { hasChromium } from '../../tools/browser.ts';

const PEILDATUM = '2020-05-26';
const A = { collection: 'vragen', id: 'bezoek-zorginstelling', titel: 'Mag ik weer op bezoek bij mijn naaste in een verpleeghuis of instelling voor gehandicaptenzorg?' };
const B = { collection: 'vragen', id: 'wie-organiseert-dagbesteding', titel: 'Wie organiseert de dagbesteding, en bij wie kan ik terecht?' };
const D = { collection: 'vragen', id: 'dagbesteding-weer-open-vanaf-1-juni' };
const ROUTE_MAP = { collection: 'routekaarten', id: 'herstart-dagbesteding', titel: 'Herstart dagbesteding' };
const C = { collection: 'vragen', id: 'mantelzorg-tijdens-avondklok' };
/** An internal measure (zichtbaarheid: intern in the example content). */
const INTERNAL_MEASURE = 'NL voor elkaar als platform voor hulpvraag en hulpaanbod';

(hasChromium() ? describe : describe.skip)('CMS: navigating by URL never writes the wrong file', () => {
  let cms: CmsSession;
  let repo: string;
  let dev: { url: string };
  let page: Page;
  let errors: string[];
  const file = (entry: { collection: string; id: string }) => path.join(repo, 'content', entry.collection, `${entry.id}.md`);
  const original = new Map<string, string>();

  beforeAll(async () => {
    cms = await startCms({
      prefix: 'wegwijs-cms-nav-',
      peildatum: PEILDATUM,
      prepare: async (copy) => {
        for (const entry of [A, B, ROUTE_MAP, C, D]) original.set(entry.id, await readFile(path.join(copy, 'content', entry.collection, `${entry.id}.md`), 'utf8'));
      },
    });
    ({ repo, dev, page, errors } = cms);
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
  });

  const title = () => page.locator('input[id^="titel-field-"]').first();

  /** Changes the URL's hash only: the same document, as following a link to another entry does. */
  async function openByUrl(hash: string) {
    await page.goto(`${dev.url}/intern/beheer/${hash}`);
  }

  async function publish() {
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
  }

  it('opens A, then B by URL: the form shows B, and a save changes B\'s file only', async () => {
    await openByUrl(`#/collections/${A.collection}/entries/${A.id}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(A.titel);
    await openByUrl(`#/collections/${B.collection}/entries/${B.id}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(B.titel);
    await title().fill(`${B.titel} Bijgewerkt`);
    await publish();
    await expect.poll(() => readFile(file(B), 'utf8'), { timeout: 30_000 }).toContain(`titel: ${B.titel} Bijgewerkt`);
    expect(await readFile(file(A), 'utf8')).toBe(original.get(A.id));
    // The YAML as written stays: the one edited line is the only change in the frontmatter
    // (src/cms/frontmatter-format.ts; Decap's own format reflowed lists and reordered keys).
    const [before, after] = [original.get(B.id)!, await readFile(file(B), 'utf8')].map((text) => text.split('\n---\n')[0]!.split('\n'));
    expect(after!.filter((line, i) => line !== before![i])).toEqual([`titel: ${B.titel} Bijgewerkt`]);
    expect(after!.length).toBe(before!.length);
  }, 180_000);

  it('opens a route map, then a Q&A by URL: the answer field holds the Q&A\'s text, and a save leaves the route map alone', async () => {
    await openByUrl(`#/collections/${ROUTE_MAP.collection}/entries/${ROUTE_MAP.id}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(ROUTE_MAP.titel);
    await openByUrl(`#/collections/${C.collection}/entries/${C.id}`);
    const expected = /^titel: (.*)$/m.exec(original.get(C.id)!)![1]!;
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(expected);
    await title().fill(`${expected} Nagekeken`);
    await publish();
    await expect.poll(() => readFile(file(C), 'utf8'), { timeout: 30_000 }).toContain('Nagekeken');
    expect(await readFile(file(ROUTE_MAP), 'utf8')).toBe(original.get(ROUTE_MAP.id));
  }, 180_000);

  it('opens A, then a new entry by URL: the form is empty, and a save writes the new file, not A\'s', async () => {
    await openByUrl(`#/collections/${A.collection}/entries/${A.id}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(A.titel);
    await openByUrl(`#/collections/${A.collection}/new`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe('');
    await title().fill('Mag ik mijn moeder weer bezoeken na de vaccinatie?');
    await pick(page, 'status', 'conc', 'concept');
    await pick(page, 'doelgroepen', 'Mantel', 'Mantelzorgers');
    await page.locator('input[id^="laatstGecontroleerd-field-"]').fill('2020-05-20');
    await publish();
    const created = path.join(repo, 'content/vragen/mag-ik-mijn-moeder-weer-bezoeken-na-de-vaccinatie.md');
    await expect.poll(() => existsSync(created), { timeout: 30_000 }).toBe(true);
    expect(await readFile(created, 'utf8')).toMatch(/^titel: Mag ik mijn moeder weer bezoeken na de vaccinatie\?$/m);
    expect(await readFile(file(A), 'utf8')).toBe(original.get(A.id));
  }, 180_000);

  it('refuses to save a public Q&A that points at an internal measure, naming the measure by title; the picker shows edition and status', async () => {
    // Through the list, as an author would: the list is shown (the editor gone) before the next entry opens.
    await openByUrl(`#/collections/${D.collection}`);
    await page.getByText(/Gaat de dagbesteding vanaf 1 juni 2020 weer open\? · publiek/).first().waitFor({ timeout: 60_000 });
    await openByUrl(`#/collections/${D.collection}/entries/${D.id}`);
    const expected = /^titel: (.*)$/m.exec(original.get(D.id)!)![1]!;
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(expected);
    const input = page.locator('input[id^="maatregelen-field-"]').last();
    await input.click();
    await input.fill('NL voor');
    const option = page.getByRole('option', { name: new RegExp(`^${INTERNAL_MEASURE} · intern · `) }).first();
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await publish();
    const notice = page.getByText(/niet opgeslagen, eerst verbeteren/).first();
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.innerText();
    expect(text).toContain(`"${INTERNAL_MEASURE}" (maatregel) staat niet in de publieke editie: het is intern`);
    expect(text).toMatch(/Maatregelen \d+:/);
    expect(text).not.toMatch(/maatregelen\[\d\]/);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await readFile(file(D), 'utf8')).toBe(original.get(D.id));
  }, 180_000);

  it('lists each entry with its edition, status and date', async () => {
    await openByUrl(`#/collections/vragen`);
    await expect.poll(() => page.getByText(`${B.titel} Bijgewerkt · publiek · vastgesteld · 2020-05-28`).count(), { timeout: 60_000 }).toBeGreaterThan(0);
  }, 120_000);
});
