/**
 * Browser test harness: Debian's Chromium through playwright-core, against a built edition of
 * the example knowledge base served on loopback. Where Chromium is missing, the run says so
 * loudly and skips the browser tests, except in CI, where it fails.
 *
 * Each edition is served by a real nginx running the shipped configuration (deploy/nginx), so
 * every browser test runs under the production Content-Security-Policy and headers; any CSP
 * violation on any page of any browser context fails the test it happened in. Without nginx
 * (outside CI) the Node server sends the same headers instead, with a loud warning; in CI a
 * missing nginx fails the run.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import { chromiumPath, hasChromium, launchChromium } from '../../tools/browser.ts';
import { deployHeaders, hasNginx, nginxPath, serveNginx, serveStatic, type StaticServer } from '../../tools/serve.ts';
import type { Edition } from '../../src/domain/editions.ts';
import { config } from '../../src/config.ts';

const available = hasChromium();
if (!available) {
  const message = `Chromium ontbreekt op ${chromiumPath()}: de browsertests (zoeken, axe, kopiëren, print) draaien NIET. Installeer het met: apt-get install -y chromium (of zet WEGWIJS_CHROMIUM).`;
  if (config().tests.ci) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

const withNginx = hasNginx();
if (available && !withNginx) {
  const message = `nginx ontbreekt op ${nginxPath()}: de browsertests draaien NIET op de meegeleverde serverconfiguratie (deploy/nginx), maar op de Node-server met dezelfde headers. Installeer het met: apt-get install -y nginx (of zet WEGWIJS_NGINX).`;
  if (config().tests.ci) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

/** Serves a built edition the way it is deployed: nginx with deploy/nginx/<edition>.conf. */
export async function serveEdition(dist: string, edition: Edition): Promise<StaticServer> {
  return withNginx ? serveNginx(dist, edition) : serveStatic(dist, 0, { headers: deployHeaders(edition) });
}

export interface CspViolation {
  page: string;
  message: string;
}

/** Marks CSP violations in the page (CDP-injected, so not itself subject to the policy). */
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('[wegwijs-csp] ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

/**
 * Records every CSP violation in `context`'s pages: the `securitypolicyviolation` event (through
 * the listener above) and Chromium's own console reports ("… violates the following Content
 * Security Policy directive …"), which also cover workers.
 */
export async function watchCsp(context: BrowserContext, violations: CspViolation[]): Promise<void> {
  await context.addInitScript(CSP_LISTENER);
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('[wegwijs-csp]') || /Content Security Policy/i.test(text)) violations.push({ page: message.page()?.url() ?? '(worker)', message: text });
  });
}

export interface EditionHandle {
  url: string;
  dist: string;
  browser: Browser;
  context: BrowserContext;
  page(): Promise<Page>;
  /** CSP violations so far in the current test (any context of this browser); checked after each test. */
  cspViolations: CspViolation[];
}

/**
 * A describe block with a browser and one served edition of the example build. Every context
 * of the browser (also those a test opens itself) is watched for CSP violations; a test during
 * which one happened fails.
 */
export function browserDescribe(name: string, edition: Edition, body: (edition: () => EditionHandle) => void) {
  (available ? describe : describe.skip)(name, () => {
    let server: StaticServer;
    let handle: EditionHandle;
    beforeAll(async () => {
      const dist = path.join(inject('exampleDist'), edition);
      server = await serveEdition(dist, edition);
      const browser = await launchChromium();
      const cspViolations: CspViolation[] = [];
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options?: BrowserContextOptions) => {
        const context = await newContext(options);
        await watchCsp(context, cspViolations);
        return context;
      };
      const context = await browser.newContext({ locale: 'nl-NL' });
      handle = { url: server.url, dist, browser, context, page: () => context.newPage(), cspViolations };
    });
    afterEach(() => {
      const found = handle?.cspViolations.splice(0) ?? [];
      if (found.length > 0) throw new Error(`Content-Security-Policy geschonden (deploy/nginx):\n${found.map((v) => `  ${v.page}: ${v.message}`).join('\n')}`);
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

/**
 * Runs axe-core in the page for WCAG 2.2 A and AA (axe's tags up to wcag22aa). Evaluated through CDP, not added as an inline
 * <script> (which the site's CSP rightly refuses).
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
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
