/**
 * "Importeren" in the CMS (issue 30), as an author uses it under `npm run beheer`: real
 * decap-server and Astro's dev server on a copy of the example content, real Chromium. From the
 * CMS's top bar to /intern/beheer/importeren/, the seed letter (the Wmo letter, made into a real
 * .docx by LibreOffice as in tests/import/) is picked and imported: the drafts are written into
 * the content folder, the page shows the report (what went where, with links that open the drafts
 * in the CMS; kenmerk, footnotes, citations; what needs a human), and a link opens the draft's
 * form. A renamed PDF is refused with the Dutch reason and nothing is written; so is a post from
 * another site.
 *
 * The README's screenshots (the link, docs/beheer/8-importeren-link.png, and the import report,
 * docs/beheer/8-importeren.png) are written when
 * WEGWIJS_SCREENSHOTS=1.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../../tools/browser.ts';
import { config } from '../../src/config.ts';
import { runCheck } from '../../src/check/index.ts';
import { snapshot } from '../helpers.ts';
import { startCms, type CmsSession } from './cms-form.ts';
import { axe } from './harness.ts';
import { LETTER_NOTES, LETTER_HTML, LETTER_SECTIONS, MINUTES_ACTIONS, MINUTES_HTML, findSoffice, toDocx } from '../import/fixtures.ts';

const PEILDATUM = '2020-05-26';
const SHOTS = config().tests.screenshots ? path.resolve('docs/beheer') : undefined;
const soffice = findSoffice();
if (!soffice) {
  const message = 'LibreOffice ontbreekt (soffice niet gevonden): de browsertest van Importeren draait NIET. Installeer het met: apt-get install -y libreoffice-writer (of zet WEGWIJS_SOFFICE).';
  if (process.env['CI']) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

(hasChromium() && soffice ? describe : describe.skip)('CMS: Importeren (/beheer/importeren/)', () => {
  let session: CmsSession & { contentDir: string };
  let letter: string;
  let minutes: string;

  beforeAll(async () => {
    const files = toDocx(soffice!, { 'kamerbrief-wmo-2016': LETTER_HTML, 'verslag-ct-lz-18-maart': MINUTES_HTML });
    letter = files['kamerbrief-wmo-2016']!;
    minutes = files['verslag-ct-lz-18-maart']!;
    const cms = await startCms({ prefix: 'wegwijs-cms-import-', peildatum: PEILDATUM });
    session = { ...cms, contentDir: path.join(cms.repo, 'content') };
  }, 400_000);

  afterAll(async () => {
    await session?.stop();
  });

  async function openImport() {
    const { page } = session;
    await page.goto(session.url);
    // The link in Decap's top bar, next to "Inhoud" and "Media".
    const link = page.getByRole('link', { name: 'Importeren' });
    await link.waitFor({ timeout: 60_000 });
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '8-importeren-link.png'), clip: { x: 0, y: 0, width: 1280, height: 260 } });
    await link.click();
    await page.getByRole('heading', { name: /Importeren uit Word/ }).waitFor({ timeout: 60_000 });
    // The page's script is running (and Vite is done with its first visit, which may reload it once).
    await page.waitForLoadState('networkidle');
    await page.locator('html[data-klaar]').waitFor({ state: 'attached', timeout: 60_000 });
  }

  /** Waits for the outcome; on a timeout, says what the page and the dev server showed. */
  async function outcome(name: string | RegExp, timeout = 120_000) {
    const { page } = session;
    await page.getByRole('heading', { name }).waitFor({ timeout }).catch(async (error: Error) => {
      throw new Error(`${error.message}\nPagina: ${await page.locator('main').innerText().catch(() => '?')}\nFouten: ${session.errors.join('; ')}\nDevserver: ${session.dev.output().slice(-3000)}`);
    });
  }

  it('imports the seed letter (.docx): drafts written, the report shown with links that open them', async () => {
    const { page, contentDir } = session;
    const before = snapshot(contentDir);
    await openImport();
    await page.getByLabel(/^Bestand/).setInputFiles(letter);
    await page.getByRole('radio', { name: /Brief \(Kamerbrief\)/ }).check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await outcome('Geïmporteerd: kamerbrief-wmo-2016.docx (brief, docx)');

    // Written: one draft passage per section; the letter itself was already a source.
    const after = snapshot(contentDir);
    const added = Object.keys(after).filter((file) => !(file in before)).sort();
    expect(added).toEqual(['passages/actualiteiten-1e-kwartaal-2016.md', 'passages/ambitie-2016-2018-merkbaar-beter.md', 'passages/consultatiebureau-losser.md', 'passages/inleiding.md', 'passages/monitoring-en-informatie.md']);
    expect(Object.keys(before).filter((file) => after[file] !== before[file])).toEqual([]);
    for (const file of added) {
      const text = readFileSync(path.join(contentDir, file), 'utf8');
      expect(text).toMatch(/^status: concept$/m);
      expect(text).toMatch(/^zichtbaarheid: intern$/m);
    }
    // What `npm run check` runs accepts the result as it is.
    const { problems } = await runCheck({ contentDir, peildatum: PEILDATUM });
    expect(problems.filter((p) => added.some((file) => p.file.endsWith(file)))).toEqual([]);

    // The report: where each draft went (a link per entry), what was recognised, what needs a human.
    const report = page.locator('#uitkomst');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('uitkomst');
    const links = report.locator('ul.items a');
    expect(await links.allInnerTexts()).toEqual(["Kamerbrief voortgang en ambitie Wmo 2015: 'Volwaardig meedoen 2016-2018'", ...LETTER_SECTIONS.map((s) => s.title)]);
    expect(await links.nth(1).getAttribute('href')).toBe('/intern/beheer/#/collections/passages/entries/inleiding');
    const text = await report.innerText();
    expect(text).toContain('954002-149168-DMO');
    expect(text).toContain(`Voetnoten\n${LETTER_NOTES.length}\n`);
    for (const note of LETTER_NOTES.slice(2)) expect(text).toContain(note);
    expect(text).toContain('TK 2015-2016, 34 104, nr. 105');
    expect(text).toMatch(/Na te kijken door een mens \(\d+\)/);
    expect(text).toContain('TK 2015-2016, 34 200 - XVI');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '8-importeren.png'), fullPage: true });
    // The form and the report pass axe-core (WCAG 2.2 A and AA), as every page of the site does.
    expect(await axe(page)).toEqual([]);

    // A link opens the draft's form in the CMS.
    await links.nth(1).click();
    await expect.poll(() => page.locator('input[id^="titel-field-"]').first().inputValue().catch(() => ''), { timeout: 60_000 }).toBe('Inleiding');
    // The editor has its own bar: the Importeren link is not laid over it.
    await expect.poll(() => page.locator('#wegwijs-importeren').isVisible(), { timeout: 5000 }).toBe(false);
  }, 300_000);

  it('minutes: without a route map or target group the page says which field to fill in; with a route map and phase chosen, the actions become a new version of it', async () => {
    const { page, contentDir } = session;
    const before = snapshot(contentDir);
    await openImport();
    await page.getByLabel(/^Bestand/).setInputFiles(minutes);
    await page.getByRole('radio', { name: /Verslag/ }).check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await outcome('Niet geïmporteerd');
    const refusal = await page.locator('#uitkomst').innerText();
    expect(refusal).toContain('het veld Doelgroep (onder "Meer keuzes")');
    expect(refusal).not.toContain('--');
    expect(snapshot(contentDir)).toEqual(before);

    // "Meer keuzes", by keyboard: the summary opens the fields.
    await page.getByText('Meer keuzes: routekaart, fase, doelgroep, datum').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Routekaart/).selectOption({ label: 'Continuïteit van zorg maart 2020' });
    await page.getByLabel(/^Fase/).fill('deze-week');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await outcome('Geïmporteerd: verslag-ct-lz-18-maart.docx (verslag, docx)');
    const report = page.locator('#uitkomst');
    const text = await report.innerText();
    expect(text).toContain('nieuwe versie');
    expect(text).toContain(`Acties (${MINUTES_ACTIONS.length})`);
    for (const marker of new Set(MINUTES_ACTIONS)) expect(text).toContain(marker);
    expect(text).toContain('(actie MEVA en Dco): eigenaar is meva; dco staat alleen in de omschrijving');
    const toMap = report.locator('ul.acties a').first();
    expect(await toMap.getAttribute('href')).toBe('/intern/beheer/#/collections/routekaarten/entries/continuiteit-van-zorg-maart-2020');
    const after = snapshot(contentDir);
    const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
    expect(changed).toEqual(['routekaarten/continuiteit-van-zorg-maart-2020.md']);
    expect(readFileSync(path.join(contentDir, 'routekaarten/continuiteit-van-zorg-maart-2020.md'), 'utf8')).toMatch(/^status: concept$/m);
  }, 300_000);

  it('refuses a renamed PDF with the Dutch reason, and writes nothing', async () => {
    const { page, contentDir } = session;
    const before = snapshot(contentDir);
    const dir = mkdtempSync(path.join(tmpdir(), 'wegwijs-cms-import-pdf-'));
    const fake = path.join(dir, 'routekaart-kwetsbare-personen.docx');
    writeFileSync(fake, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    await openImport();
    await page.getByLabel(/^Bestand/).setInputFiles(fake);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await outcome('Niet geïmporteerd');
    const text = await page.locator('#uitkomst').innerText();
    expect(text).toContain('routekaart-kwetsbare-personen.docx: dit is een PDF, geen Word-document');
    expect(text).toContain('Er is niets geschreven.');
    expect(await axe(page)).toEqual([]);
    expect(snapshot(contentDir)).toEqual(before);
  }, 120_000);

  it('refuses a post from another site, and writes nothing', async () => {
    const before = snapshot(session.contentDir);
    const response = await fetch(`${session.dev.url}/__wegwijs/importeer?bestand=brief.docx`, {
      method: 'POST',
      headers: { Origin: 'https://elders.example', 'Content-Type': 'application/octet-stream' },
      body: readFileSync(letter),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { refused: string }).refused).toMatch(/alleen vanaf de beheerpagina/);
    expect(snapshot(session.contentDir)).toEqual(before);
  }, 60_000);
});
