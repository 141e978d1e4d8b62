/**
 * Every file shows up in the CMS, and the CMS saves what the check allows, as `npm run beheer`
 * runs it (real decap-server on a copy of the example content, Astro's dev server, Chromium):
 *
 * - `.mdx` entries are listed (a list of their own per collection: Decap lists one extension per
 *   collection) and editable as their source; code in them is refused by the same rules as
 *   `npm run check`. Before: `.mdx` entries were in no list at all.
 * - a file whose YAML the CMS cannot read is listed with the problem as its title and cannot be
 *   saved (read-only, with why). Before: it vanished from the list (its title an object).
 * - an internal entry the check would refuse may be saved as a draft, with its problems listed
 *   after the save; a public one is refused with the problems. Before: both were refused alike.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type CmsSession } from './cms-form.ts';
import { hasChromium } from '../../tools/browser.ts';

const BROKEN = 'content/vragen/kapotte-vraag.md';
const BROKEN_TEXT = '---\ntitel: Bezoek: mag dat weer?\nstatus: concept\n---\nNog uitzoeken.\n';
const MDX = 'content/vragen/hulp-vragen-of-aanbieden.mdx';
/** Public in the example. */
const PUBLIC = 'content/vragen/wie-organiseert-dagbesteding.md';
/** Internal in the example. */
const INTERNAL = 'content/vragen/noodopvang-een-ouder-cruciaal-beroep.md';

(hasChromium() ? describe : describe.skip)('CMS: .mdx entries, unreadable files and drafts', () => {
  let cms: CmsSession;
  let page: Page;
  const original = new Map<string, string>();
  const read = (file: string) => readFile(path.join(cms.repo, file), 'utf8');

  beforeAll(async () => {
    cms = await startCms({
      prefix: 'wegwijs-cms-files-',
      peildatum: '2020-05-26',
      prepare: async (repo) => {
        await writeFile(path.join(repo, BROKEN), BROKEN_TEXT);
        for (const file of [MDX, PUBLIC, INTERNAL]) original.set(file, await readFile(path.join(repo, file), 'utf8'));
      },
    });
    page = cms.page;
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
  });

  const title = () => page.locator('input[id^="titel-field-"]').first();

  async function open(hash: string) {
    await page.goto(`${cms.url}${hash}`);
  }

  async function publish() {
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
  }

  /** Appends text at the end of the body (Decap's Markdown editor, a contenteditable). */
  async function appendToBody(text: string, markdown = false) {
    // In the Markdown (source) mode a link is a link; the rich-text mode would escape the brackets.
    // Decap remembers the mode of the last editor: switch only when not in Markdown already.
    const toggle = page.getByRole('switch').last();
    if (markdown && (await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
    if (markdown) expect(await toggle.getAttribute('aria-checked')).toBe('true');
    const editor = page.locator('[data-slate-editor="true"]').last();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }

  it('lists a file it cannot read with the problem, and refuses to save it', async () => {
    await open('#/collections/vragen');
    const row = page.getByText(/Kan niet worden gelezen: regel 2: ongeldige YAML in de frontmatter: de waarde van titel bevat een dubbele punt/).first();
    await row.waitFor({ timeout: 60_000 });
    await open('#/collections/vragen/entries/kapotte-vraag');
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toMatch(/^Kan niet worden gelezen: .*zet de titel tussen aanhalingstekens/);
    // The preview says why the file is read-only.
    const preview = async () => {
      for (const frame of page.frames()) {
        const text = await frame.locator('body').innerText().catch(() => '');
        if (text.includes('Alleen te lezen')) return text;
      }
      return '';
    };
    await expect.poll(preview, { timeout: 30_000 }).toMatch(/Alleen te lezen: de CMS kan dit bestand niet lezen \(regel 2: ongeldige YAML/);
    // An attempt to save it anyway (Decap offers saving only after a change) leaves the file alone.
    await title().fill('Bezoek, mag dat weer?');
    await publish();
    await page.getByText(/niet opgeslagen|verplicht|required/i).first().waitFor({ timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await read(BROKEN)).toBe(BROKEN_TEXT);
  }, 180_000);

  it('lists .mdx entries and saves an edit of one into its own .mdx file', async () => {
    await open('#/collections/vragen-mdx');
    await page.getByText(/Waar kan ik hulp vragen of hulp aanbieden in mijn buurt\? · intern/).first().waitFor({ timeout: 60_000 });
    await open('#/collections/vragen-mdx/entries/hulp-vragen-of-aanbieden');
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe('Waar kan ik hulp vragen of hulp aanbieden in mijn buurt?');
    await appendToBody('Ook uw huisarts kan u op weg helpen.');
    await publish();
    await expect.poll(() => read(MDX), { timeout: 30_000 }).toContain('Ook uw huisarts kan u op weg helpen.');
    const saved = await read(MDX);
    // The frontmatter as it was written; the rest of the body untouched.
    expect(saved.split('---')[1]).toBe(original.get(MDX)!.split('---')[1]);
    expect(saved).toContain('Via het platform [NL voor elkaar](/organisaties/nl-voor-elkaar/) kunt u hulp vragen of aanbieden.');
  }, 180_000);

  it('saves an internal entry with a problem as a draft and lists the problem', async () => {
    await open('#/collections/vragen');
    await open(`#/collections/vragen/entries/${path.basename(INTERNAL, '.md')}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(/^titel: (.*)$/m.exec(original.get(INTERNAL)!)![1]);
    await appendToBody('Zie [het formulier](javascript:alert(1)).', true);
    await publish();
    await expect.poll(() => read(INTERNAL), { timeout: 30_000 }).toContain('javascript:alert(1)');
    const box = page.getByRole('alert').filter({ hasText: /javascript:/ }).first();
    await box.waitFor({ timeout: 30_000 });
    expect(await box.innerText()).toMatch(/onveilige link/i);
  }, 180_000);

  it('shows and takes dates as dd-mm-jjjj, without "UTC", and stores JJJJ-MM-DD', async () => {
    await open('#/collections/vragen');
    await open(`#/collections/vragen/entries/${path.basename(PUBLIC, '.md')}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(/^titel: (.*)$/m.exec(original.get(PUBLIC)!)![1]);
    const date = page.locator('input[id^="laatstGecontroleerd-field-"]');
    const stored = /^laatstGecontroleerd: (\d{4})-(\d{2})-(\d{2})$/m.exec(original.get(PUBLIC)!)!;
    expect(await date.inputValue()).toBe(`${stored[3]}-${stored[2]}-${stored[1]}`);
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    expect(await page.getByText('UTC', { exact: true }).count()).toBe(0);
    await date.fill('3-6-2020');
    await publish();
    await expect.poll(() => read(PUBLIC), { timeout: 30_000 }).toMatch(/^laatstGecontroleerd: 2020-06-03$/m);
    original.set(PUBLIC, await read(PUBLIC));
  }, 180_000);

  it('offers no upload: no media library, and its address leads back', async () => {
    await open('#/collections/vragen');
    await page.getByText('Vragen en antwoorden').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('a[href="#/media"]').filter({ visible: true }).count()).toBe(0);
    await open('#/media');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 15_000 }).not.toMatch(/^#\/media/);
  }, 120_000);

  it('refuses the same problem in a public entry, and leaves its file alone', async () => {
    await open('#/collections/vragen');
    await open(`#/collections/vragen/entries/${path.basename(PUBLIC, '.md')}`);
    await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe(/^titel: (.*)$/m.exec(original.get(PUBLIC)!)![1]);
    await appendToBody('Zie [het formulier](javascript:alert(1)).', true);
    await publish();
    const notice = page.getByText(/niet opgeslagen, eerst verbeteren/).first();
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/javascript:/);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await read(PUBLIC)).toBe(original.get(PUBLIC));
  }, 180_000);
});
