/** Driving Decap's forms in Chromium, and starting the CMS they live in, shared by the CMS browser tests. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser.ts';
import { freePort, startDecapServer, startDevServer, type Started } from '../../src/cms/local.ts';

/**
 * Picks `option` in the relation or select field whose input has id `<name>-field-…` (the last
 * such field on the page), after typing `type`. The list re-renders while the relation widget
 * searches: wait for the option, then choose it with the keyboard (arrow down to it, Enter), which
 * does not depend on a stable element. Options read "Titel · zichtbaarheid · status"
 * (src/cms/config.ts, optionLabel).
 */
export async function pick(page: Page, name: string, type: string, option: string): Promise<void> {
  const input = page.locator(`input[id^="${name}-field-"]`).last();
  await input.click();
  await input.fill(type);
  const label = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`);
  const wanted = page.getByRole('option', { name: label }).first();
  await wanted.waitFor({ timeout: 30_000 });
  const options = await page.getByRole('option').allInnerTexts();
  const index = options.findIndex((text) => label.test(text));
  if (index < 0) throw new Error(`"${option}" staat niet in de lijst: ${options.join(', ')}`);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** A running CMS as `npm run beheer` runs it, on a temporary copy of the example content. */
export interface CmsSession {
  /** The temporary repository (its content/ is the copy the CMS writes into). */
  repo: string;
  proxy: Started;
  dev: Started;
  browser: Browser;
  page: Page;
  /** Errors the CMS page threw, for the messages of failing waits. */
  errors: string[];
  /** The CMS's address, e.g. `http://127.0.0.1:4567/intern/beheer/`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The setup every CMS browser test shares: a copy of content/ in a temporary folder, decap-server
 * (Decap's local backend) on it, Astro's dev server with /intern/beheer/, Chromium with a Dutch
 * locale, logged in to the CMS and showing the collections. `prepare` may change the copy first
 * (a broken file, a changed vocabulary). Dialogs (Decap's "leave this form?") are accepted.
 */
export async function startCms(options: { prefix: string; peildatum: string; prepare?: (repo: string) => Promise<void> }): Promise<CmsSession> {
  const repo = await mkdtemp(path.join(tmpdir(), options.prefix));
  const session: Partial<CmsSession> & { repo: string; errors: string[] } = { repo, errors: [] };
  const stop = async () => {
    await session.browser?.close();
    await session.dev?.stop();
    await session.proxy?.stop();
    await rm(repo, { recursive: true, force: true });
  };
  try {
    await cp('content', path.join(repo, 'content'), { recursive: true });
    await options.prepare?.(repo);
    session.proxy = await startDecapServer(repo, await freePort());
    session.dev = await startDevServer({ port: await freePort(), proxyUrl: session.proxy.url, repoDir: repo, contentDir: path.join(repo, 'content'), env: { WEGWIJS_PEILDATUM: options.peildatum }, waitMs: 180_000 });
    session.browser = await launchChromium();
    const page = (session.page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }));
    page.on('pageerror', (error) => session.errors.push(String(error.message ?? error)));
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    const url = (session.url = `${session.dev.url}/intern/beheer/`);
    // The dev server's first visit may reload the page once (Vite optimising the page's script).
    for (let attempt = 1; ; attempt++) {
      await page.goto(url);
      const login = page.getByRole('button', { name: 'Inloggen' });
      if (await login.waitFor({ timeout: 40_000 }).then(() => true, () => false)) {
        await login.click();
        break;
      }
      if (attempt === 3) throw new Error(`/intern/beheer/ toont geen inlogknop: ${session.errors.join('; ')}\n${await page.content()}`);
    }
    await page.getByText('Vragen en antwoorden').first().waitFor({ timeout: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...(session as CmsSession), stop };
}
