/**
 * The CMS as `npm run beheer` runs it, for the CMS browser tests: decap-server (the local
 * backend) and Astro's dev server on a temporary copy of the example content, real Chromium,
 * logged in. One setup and one teardown for every CMS test file.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tools/browser.ts';
import { freePort, startDecapServer, startDevServer, type Started } from '../../src/cms/local.ts';

export const CMS_PEILDATUM = '2020-05-26';

export interface CmsSession {
  /** The temporary folder decap-server works on; the content is in `content/` inside it. */
  repo: string;
  contentDir: string;
  proxy: Started;
  dev: Started;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, for failure messages. */
  errors: string[];
  /** http://127.0.0.1:<port>/intern/beheer/ */
  beheer: string;
  stop(): Promise<void>;
}

export async function startCmsSession(options: { prefix: string; acceptDialogs?: boolean; prepare?: (contentDir: string) => Promise<void> | void }): Promise<CmsSession> {
  const repo = await mkdtemp(path.join(tmpdir(), options.prefix));
  const contentDir = path.join(repo, 'content');
  const started: Partial<CmsSession> = { repo, contentDir, errors: [] };
  const stop = async () => {
    await started.browser?.close();
    await started.dev?.stop();
    await started.proxy?.stop();
    await rm(repo, { recursive: true, force: true });
  };
  try {
    await cp('content', contentDir, { recursive: true });
    await options.prepare?.(contentDir);
    started.proxy = await startDecapServer(repo, await freePort());
    started.dev = await startDevServer({ port: await freePort(), proxyUrl: started.proxy.url, repoDir: repo, contentDir, env: { WEGWIJS_PEILDATUM: CMS_PEILDATUM }, waitMs: 180_000 });
    started.browser = await launchChromium();
    const page = await started.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    started.page = page;
    page.on('pageerror', (error) => started.errors!.push(String(error.message ?? error)));
    // Decap asks before leaving a form it considers changed; the author says yes.
    if (options.acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
    const beheer = `${started.dev.url}/intern/beheer/`;
    // The dev server's first visit may reload the page once (Vite optimising the page's script).
    for (let attempt = 1; ; attempt++) {
      await page.goto(beheer);
      const login = page.getByRole('button', { name: 'Inloggen' });
      if (await login.waitFor({ timeout: 40_000 }).then(() => true, () => false)) {
        await login.click();
        break;
      }
      if (attempt === 3) throw new Error(`/intern/beheer/ toont geen inlogknop: ${started.errors!.join('; ')}\n${await page.content()}`);
    }
    await page.getByText('Vragen en antwoorden').first().waitFor({ timeout: 60_000 });
    return { ...(started as CmsSession), beheer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
