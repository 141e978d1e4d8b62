/**
 * Browser test harness: Debian's Chromium through playwright-core, against a built edition of
 * the example knowledge base served on loopback. Where Chromium is missing, the run says so
 * loudly and skips the browser tests, except in CI, where it fails.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { chromiumPath, hasChromium, launchChromium } from '../../src/build/browser.ts';
import { serveStatic, type StaticServer } from '../../src/build/serve.ts';
import type { Edition } from '../../src/domain/editions.ts';

const available = hasChromium();
if (!available) {
  const message = `Chromium ontbreekt op ${chromiumPath()}: de browsertests (zoeken, axe, kopiëren, print) draaien NIET. Installeer het met: apt-get install -y chromium (of zet WEGWIJS_CHROMIUM).`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

export interface EditionHandle {
  url: string;
  dist: string;
  browser: Browser;
  context: BrowserContext;
  page(): Promise<Page>;
}

/** A describe block with a browser and one served edition of the example build. */
export function browserDescribe(name: string, edition: Edition, body: (edition: () => EditionHandle) => void) {
  (available ? describe : describe.skip)(name, () => {
    let server: StaticServer;
    let handle: EditionHandle;
    beforeAll(async () => {
      const dist = path.join(inject('exampleDist'), edition);
      server = await serveStatic(dist);
      const browser = await launchChromium();
      const context = await browser.newContext({ locale: 'nl-NL' });
      handle = { url: server.url, dist, browser, context, page: () => context.newPage() };
    });
    afterAll(async () => {
      await handle?.browser.close();
      await server?.close();
    });
    body(() => handle);
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core in the page for WCAG 2.1 A and AA. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
}

/** Runs a search on /zoeken/ and returns the result links, once the status line is final. */
export async function search(page: Page, base: string, term: string): Promise<{ urls: string[]; status: string }> {
  await page.goto(`${base}/zoeken/?q=${encodeURIComponent(term)}`);
  const status = page.locator('[data-search-status]');
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && text !== 'Zoeken…';
  });
  const urls = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  return { urls, status: (await status.textContent()) ?? '' };
}
