/**
 * A vocabulary change reaches the running `npm run beheer` (decap-server and Astro's dev server)
 * without a restart: a question that uses a theme the vocabulary does not have yet is reported by
 * the dev server's check; once the theme is added to content/_vocabulaires/themas.yml the check is
 * clean again, the CMS form (after a reload of the page) offers it by its label, and the Q&A index
 * groups the question under it. Before, themes were a list in src/schemas/shared.ts: the form kept
 * the old list until a restart and `npm run cms:config`.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type CmsSession } from './cms-form.ts';
import { hasChromium } from '../../tools/browser.ts';

const QUESTION = 'content/vragen/mantelzorg-tijdens-avondklok.md';

async function waitFor(what: string, test: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`niet gezien binnen ${ms / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

(hasChromium() ? describe : describe.skip)('CMS and dev server: a vocabulary change without a restart', () => {
  let cms: CmsSession;

  beforeAll(async () => {
    cms = await startCms({ prefix: 'wegwijs-cms-vocab-', peildatum: '2020-05-26' });
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
  });

  /** The labels the themes select offers in a new Q&A form, loaded afresh. */
  async function themeOptions(): Promise<string[]> {
    const { page, url } = cms;
    await page.goto(`${url}#/collections/vragen`);
    await page.reload();
    await page.goto(`${url}#/collections/vragen/new`);
    const input = page.locator('input[id^="themas-field-"]').first();
    await input.waitFor({ timeout: 60_000 });
    await input.click();
    await page.getByRole('option').first().waitFor({ timeout: 30_000 });
    const options = await page.getByRole('option').allInnerTexts();
    await page.keyboard.press('Escape');
    return options;
  }

  it('reports the unknown theme, then takes the new one from the file: check, form and pages', async () => {
    const before = await themeOptions();
    expect(before).toContain('Mantelzorg en respijtzorg');
    expect(before).not.toContain('Respijtzorg');

    const file = path.join(cms.repo, QUESTION);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^themas: \[avondklok, mantelzorg\]$/m);
    let seen = cms.dev.output().length;
    await writeFile(file, text.replace(/^themas: \[avondklok, mantelzorg\]$/m, 'themas: [respijtzorg, avondklok, mantelzorg]'));
    await waitFor('de dev-controle meldt het onbekende thema', () => cms.dev.output().slice(seen).includes('onbekend thema "respijtzorg"'));

    seen = cms.dev.output().length;
    await appendFile(path.join(cms.repo, 'content/_vocabulaires/themas.yml'), '- waarde: respijtzorg\n  label: Respijtzorg\n  omschrijving: Tijdelijke overname van de zorg, zodat een mantelzorger op adem kan komen.\n');
    await waitFor('de dev-controle is weer in orde', () => /inhoud in orde/.test(cms.dev.output().slice(seen)));
    expect(cms.dev.output().slice(seen)).not.toMatch(/onbekend thema/);

    const after = await themeOptions();
    expect(after).toContain('Respijtzorg');
    expect(after.indexOf('Respijtzorg')).toBe(after.length - 1);

    const config = await (await fetch(`${cms.url}config.yml`)).text();
    expect(config).toMatch(/- label: Respijtzorg\n\s+value: respijtzorg/);

    // The question is grouped under its first theme, in the vocabulary's order: avondklok comes first.
    const index = await (await fetch(`${cms.dev.url}/intern/vragen/`)).text();
    expect(index).toMatch(/id="thema-avondklok"/);
    const page = await (await fetch(`${cms.dev.url}/intern/vragen/mantelzorg-tijdens-avondklok/`)).text();
    expect(page).toMatch(/Respijtzorg, Avondklok, Mantelzorg en respijtzorg/);
  }, 300_000);
});
