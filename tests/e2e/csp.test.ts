/**
 * Every template of both editions runs under the shipped Content-Security-Policy
 * (deploy/nginx/headers.conf, served by nginx from deploy/nginx/<edition>.conf): no violation,
 * no inline script or style in the HTML, and the islands (search, copy button) still work.
 * The harness fails any browser test during which a violation happens; these tests add the
 * explicit template list and the island checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deployHeaders } from '../../tools/serve.ts';
import { browserDescribe, type EditionHandle } from './harness.ts';

const INTERN = [
  '/', '/routekaarten/', '/routekaarten/herstart-dagbesteding/', '/maatregelen/', '/maatregelen/herstart-dagbesteding/',
  '/doelgroepen/', '/doelgroepen/mantelzorgers/', '/passages/', '/passages/dagbesteding-in-de-wijk/', '/vragen/',
  '/vragen/dagbesteding-weer-open-vanaf-1-juni/', '/bronnen/', '/bronnen/kamerbrief-corona-2020-05-20/', '/organisaties/',
  '/organisaties/dmo/', '/tijdlijn/', '/tijdlijn/2020-06/', '/tijdlijn/2020-06-01/', '/komende-weken/',
  '/briefings/clienten-dagbesteding/', '/zoeken/', '/bestaat-niet/',
];
const PUBLIEK = [
  '/', '/vragen/', '/vragen/dagbesteding-weer-open-vanaf-1-juni/', '/maatregelen/', '/maatregelen/herstart-dagbesteding/',
  '/doelgroepen/', '/doelgroepen/clienten-dagbesteding/', '/bronnen/', '/bronnen/kamerbrief-corona-2020-05-20/', '/organisaties/',
  '/organisaties/dmo/', '/tijdlijn/', '/tijdlijn/2020-06/', '/tijdlijn/2020-06-01/', '/over/', '/zoeken/', '/bestaat-niet/',
];

/**
 * Inline code in the delivered HTML, read from start tags only (text may say anything): scripts
 * without src (JSON data blocks are no code), <style> elements, style="" and on…="" attributes.
 */
function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g)) {
    const attributes = tag.replace(/^<[^\s>]+/, '');
    if (/^<script\b/i.test(tag) && !/\ssrc=/i.test(attributes) && !/\stype=["']?application\/(ld\+)?json/i.test(attributes)) found.push(tag);
    else if (/^<style\b/i.test(tag) || /\s(style|on[a-z]+)\s*=/i.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'))) found.push(tag.slice(0, 200));
  }
  return found;
}

async function open(handle: EditionHandle, page: Page, path: string, edition: 'intern' | 'publiek') {
  const response = await page.goto(`${handle.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(path === '/bestaat-niet/' ? 404 : 200);
  // Served under exactly the shipped policy.
  expect(response?.headers()['content-security-policy']).toBe(deployHeaders(edition)['Content-Security-Policy']);
  expect(inlineCode(await response!.text()), path).toEqual([]);
  // The stylesheet really applies (a blocked one would leave the page unstyled, silently).
  expect(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href && s.cssRules.length > 0).length), path).toBeGreaterThan(0);
}

describe('no inline code in any page of either edition (what the CSP would block)', () => {
  for (const edition of ['intern', 'publiek'] as const) {
    it(`${edition}: every HTML file`, () => {
      const dir = path.join(inject('exampleDist'), edition);
      const found: string[] = [];
      for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!d.isFile() || !d.name.endsWith('.html')) continue;
        const file = path.join(d.parentPath, d.name);
        for (const code of inlineCode(readFileSync(file, 'utf8'))) found.push(`${path.relative(dir, file)}: ${code}`);
      }
      expect(found).toEqual([]);
    });
  }
});

for (const [edition, paths] of [['intern', INTERN], ['publiek', PUBLIEK]] as const) {
  browserDescribe(`Content-Security-Policy, ${edition} edition`, edition, (handle) => {
    for (const path of paths) {
      it(`${path} loads under the shipped CSP without violations`, async () => {
        const page = await handle().page();
        await open(handle(), page, path, edition);
        await page.close();
      });
    }

    it('search works under the CSP: a typed query shows results (Pagefind, WebAssembly)', async () => {
      const page = await handle().page();
      await open(handle(), page, '/zoeken/', edition);
      await page.locator('#zoekterm').fill('dagbesteding');
      await page.locator('#zoekterm').press('Enter');
      await page.waitForFunction(() => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        return text !== '' && text !== 'Zoeken…';
      });
      expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-filter-groups] input').first().waitFor();
      await page.close();
    });

    it('the watcher itself sees a violation (an inline script added to the page)', async () => {
      const page = await handle().page();
      await page.goto(`${handle().url}/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.append(script);
      });
      await expect.poll(() => handle().cspViolations.length).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      handle().cspViolations.splice(0); // expected here: not a failure of this test
      await page.close();
    });
  });
}

browserDescribe('Content-Security-Policy, copy button (internal edition)', 'intern', (handle) => {
  it('an approved passage shows the copy button, and copying works under the CSP', async () => {
    const context = await handle().browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await open(handle(), page, '/passages/wmo-drie-prioritaire-doelstellingen/', 'intern');
    const button = page.getByRole('button', { name: 'Kopieer tekst' });
    await button.waitFor({ state: 'visible' });
    await button.click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Tekst gekopieerd.');
    await context.close();
  });
});
