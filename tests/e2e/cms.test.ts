/**
 * The CMS end to end, as an author uses it with `npm run beheer`: decap-server (the local
 * backend) on a temporary copy of the example content, Astro's dev server with /intern/beheer/,
 * real Chromium. Through the forms it creates a Q&A (target groups picked from a list) and a
 * route map with a phase and an action (owner picked from a list), saves both, and then:
 * `runCheck` (what `npm run check` runs) accepts the content, the dev server renders the new
 * pages, and a real build of the copy contains them.
 *
 * Screenshots for the README (docs/beheer/) are written when WEGWIJS_SCREENSHOTS=1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, startCms, type CmsSession } from './cms-form.ts';
import { hasChromium } from '../../tools/browser.ts';
import { formatReport, runCheck } from '../../src/check/index.ts';
import { config } from '../../src/config.ts';
import { browserDescribe } from './harness.ts';

const PEILDATUM = '2020-05-26';
const SHOTS = config().tests.screenshots ? path.resolve('docs/beheer') : undefined;

(hasChromium() ? describe : describe.skip)('CMS (/beheer/) with the local backend', () => {
  let cms: CmsSession;
  let repo: string;
  let dev: { url: string; output(): string };
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    cms = await startCms({ prefix: 'wegwijs-cms-', peildatum: PEILDATUM });
    ({ repo, dev, page, errors } = cms);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '1-overzicht.png') });
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
  });

  /** A fresh form: through the collection's list, as an author would (the editor is mounted anew). */
  async function openNew(collection: string) {
    await page.goto(`${dev.url}/intern/beheer/#/collections/${collection}`);
    await page.goto(`${dev.url}/intern/beheer/#/collections/${collection}/new`);
    await page.locator('input[id^="titel-field-"]').first().waitFor({ timeout: 60_000 });
  }

  async function publish() {
    await page.getByRole('button', { name: 'Publiceer' }).first().click();
    await page.getByText('Publiceer nu').click();
  }

  async function waitForFile(file: string): Promise<string> {
    const deadline = Date.now() + 30_000;
    while (!existsSync(file)) {
      if (Date.now() > deadline) throw new Error(`${file} is niet geschreven; fouten in de pagina: ${errors.join('; ')}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return readFile(file, 'utf8');
  }

  it('creates a Q&A with target groups picked from a list', async () => {
    await openNew('vragen');
    await page.locator('input[id^="titel-field-"]').fill('Mag ik weer op bezoek bij mijn moeder in het verpleeghuis?');
    await pick(page, 'status', 'vast', 'vastgesteld');
    await pick(page, 'doelgroepen', 'Mantel', 'Mantelzorgers');
    await pick(page, 'doelgroepen', 'Client', 'Cliënten van dagbesteding');
    // Themes by their label from content/_vocabulaires/themas.yml (the form showed their ids before).
    await pick(page, 'themas', 'Bez', 'Bezoek');
    // Saving without a required field is refused in the form, in Dutch, before anything is written.
    await publish();
    await expect.poll(() => page.getByText(/Laatst gecontroleerd is vereist/i).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '2-verplicht-veld.png') });
    await page.locator('input[id^="laatstGecontroleerd-field-"]').fill('2020-06-02');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '3-vraag-formulier.png') });
    await publish();
    const text = await waitForFile(path.join(repo, 'content/vragen/mag-ik-weer-op-bezoek-bij-mijn-moeder-in-het-verpleeghuis.md'));
    expect(text).toMatch(/^titel: Mag ik weer op bezoek/m);
    expect(text).toMatch(/doelgroepen:\n\s+- mantelzorgers\n\s+- clienten-dagbesteding/);
    expect(text).toMatch(/laatstGecontroleerd: ["']?2020-06-02/);
    expect(text).toMatch(/^themas:\n\s+- bezoek$/m);
  }, 180_000);

  it('creates a route map with a phase and an action whose owner is picked from a list', async () => {
    await openNew('routekaarten');
    await page.locator('input[id^="titel-field-"]').fill('Bezoek in verpleeghuizen');
    await pick(page, 'doelgroepen', 'Mantel', 'Mantelzorgers');
    await page.locator('input[id^="versie-field-"]').fill('0.1');
    await page.locator('input[id^="versiedatum-field-"]').fill('2020-05-20');
    await pick(page, 'status', 'conc', 'concept');
    await page.getByRole('button', { name: /Voeg fasen toe/ }).click();
    await page.locator('input[id^="titel-field-"]').nth(1).fill('Periode vanaf 25 mei');
    await page.locator('input[id^="van-field-"]').fill('2020-05-25');
    // A pattern of the schema, with the schema's own Dutch message.
    await page.locator('input[id^="id-field-"]').fill('Vanaf 25 mei!');
    await page.getByRole('button', { name: /Voeg acties toe/ }).click();
    await page.locator('input[id^="omschrijving-field-"], textarea[id^="omschrijving-field-"]').last().fill('Koepels vragen hoe zij hun leden informeren over bezoek.');
    await pick(page, 'eigenaar', 'Maatschappelijke', 'Directie Maatschappelijke Ondersteuning');
    await page.locator('input[id^="deadline-field-"]').fill('2020-06-05');
    await publish();
    await expect.poll(() => page.getByText('een id bestaat uit kleine letters, cijfers en koppeltekens').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    if (SHOTS) await page.locator('input[id^="id-field-"]').scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '4-patroon.png') });
    const anchor = page.locator('input[id^="id-field-"]');
    await anchor.click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'Vanaf 25 mei!'.length; i++) await page.keyboard.press('Backspace');
    await anchor.pressSequentially('vanaf-25-mei');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '5-routekaart-actie.png'), fullPage: true });
    await publish();
    const text = await waitForFile(path.join(repo, 'content/routekaarten/bezoek-in-verpleeghuizen.md'));
    expect(text).toMatch(/eigenaar: dmo/);
    expect(text).toMatch(/omschrijving: Koepels vragen/);
    expect(text).toMatch(/id: vanaf-25-mei/);
    // The preview beside the form shows the saved route map as Wegwijs renders it (the dev server's page).
    const rendered = async () => {
      const frame = page.frames().find((f) => f.url().includes('/intern/routekaarten/bezoek-in-verpleeghuizen/'));
      return frame ? frame.locator('body').innerText().catch(() => '') : '';
    };
    await expect.poll(rendered, { timeout: 60_000, interval: 1000 }).toContain('Koepels vragen hoe zij hun leden informeren over bezoek.');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '6-voorbeeld.png') });
  }, 180_000);

  it('shows what the full check says about a saved entry (a rule across fields), until it is fixed', async () => {
    await openNew('passages');
    await page.locator('input[id^="titel-field-"]').fill('Bezoek in verpleeghuizen weer mogelijk');
    await pick(page, 'soort', 'spreek', 'spreektekst');
    await pick(page, 'status', 'vast', 'vastgesteld');
    await publish();
    const file = path.join(repo, 'content/passages/bezoek-in-verpleeghuizen-weer-mogelijk.md');
    await waitForFile(file);
    const box = page.locator('#wegwijs-controle');
    await expect.poll(() => box.count(), { timeout: 30_000 }).toBe(1);
    expect(await box.innerText()).toMatch(/vastgesteldOp/);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, '7-controle-na-opslaan.png') });
    // Fixed in the form: the notice goes away after the next save.
    await page.locator('input[id^="vastgesteldOp-field-"]').fill('2020-05-20');
    await page.locator('input[id^="vastgesteldDoor-field-"]').fill('directeur Maatschappelijke Ondersteuning');
    await publish();
    await expect.poll(async () => readFile(file, 'utf8'), { timeout: 30_000 }).toMatch(/vastgesteldDoor: directeur Maatschappelijke Ondersteuning/);
    await expect.poll(() => box.count(), { timeout: 30_000 }).toBe(0);
  }, 180_000);

  it('the checker accepts the saved content, and Wegwijs renders it', async () => {
    const result = await runCheck({ contentDir: path.join(repo, 'content'), peildatum: PEILDATUM });
    expect(result.problems, formatReport(result.problems)).toEqual([]);
    for (const path of ['/intern/vragen/mag-ik-weer-op-bezoek-bij-mijn-moeder-in-het-verpleeghuis/', '/intern/routekaarten/bezoek-in-verpleeghuizen/']) {
      // The dev server picks up the new files a moment after they are written.
      let response = await fetch(`${dev.url}${path}`);
      for (let i = 0; i < 60 && response.status !== 200; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        response = await fetch(`${dev.url}${path}`);
      }
      expect(response.status, `${path}: ${response.status === 200 ? '' : (await response.text()).slice(0, 2000)}\n${dev.output().slice(-3000)}`).toBe(200);
    }
    const routekaart = await (await fetch(`${dev.url}/intern/routekaarten/bezoek-in-verpleeghuizen/`)).text();
    expect(routekaart).toContain('Koepels vragen hoe zij hun leden informeren over bezoek.');
  }, 120_000);

  it('a build of the saved content shows the new entries', async () => {
    const out = path.join(repo, 'build');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--force'], {
      env: { ...process.env, WEGWIJS_CONTENT: path.join(repo, 'content'), WEGWIJS_PEILDATUM: PEILDATUM, WEGWIJS_STAGING: path.join(out, 'staging'), WEGWIJS_DIST: path.join(out, 'dist') },
      encoding: 'utf8',
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const html = await readFile(path.join(out, 'dist/intern/routekaarten/bezoek-in-verpleeghuizen/index.html'), 'utf8');
    expect(html).toContain('Koepels vragen hoe zij hun leden informeren over bezoek.');
    expect(existsSync(path.join(out, 'dist/intern/vragen/mag-ik-weer-op-bezoek-bij-mijn-moeder-in-het-verpleeghuis/index.html'))).toBe(true);
    // The forms exist in the internal edition only.
    expect(existsSync(path.join(out, 'dist/intern/beheer/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'dist/publiek/beheer'))).toBe(false);
  }, 600_000);
});

/**
 * The deployed CMS: /beheer/ of the example build, served by nginx with deploy/nginx/intern.conf,
 * loads Decap's bundle and the generated configuration under its own (looser) policy without a
 * single violation, and shows the git host's login; the public edition has no /beheer/.
 */
browserDescribe('CMS (/beheer/) as deployed in the internal edition', 'intern', (handle) => {
  it('loads under its Content-Security-Policy and offers the git host login', async () => {
    const page = await handle().page();
    const response = await page.goto(`${handle().url}/beheer/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByText('Inloggen met GitLab').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const config = await (await page.request.get(`${handle().url}/beheer/config.yml`)).text();
    expect(config).toContain('name: gitlab');
    expect(config).not.toContain('local_backend');
    await page.close();
  });

  it('has no Importeren in a built edition: no page, and no script that names the import endpoint or its link', () => {
    const dist = handle().dist;
    expect(existsSync(path.join(dist, 'beheer', 'importeren'))).toBe(false);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(?:html|js)$/.test(entry.name) && /__wegwijs\/importeer|wegwijs-importeren|beheer\/importeren/.test(readFileSync(full, 'utf8'))) offenders.push(path.relative(dist, full));
      }
    };
    walk(dist);
    expect(offenders).toEqual([]);
  });

  it('is not in the public edition', () => {
    expect(existsSync(path.join(handle().dist, '..', 'publiek', 'beheer'))).toBe(false);
    expect(existsSync(path.join(handle().dist, 'beheer', 'decap-cms.js'))).toBe(true);
  });
});
