/**
 * Both editions built for a sub-path (WEGWIJS_BASE=/wegwijs/, as a ministry serves
 * https://www.example.nl/wegwijs/): every site-relative URL in every HTML and CSS file carries the
 * base and points at a file that exists, Markdown body links included; the sitemap, canonical
 * links, structured data and robots.txt use it; nginx with the shipped sub-path variant
 * (deploy/nginx/publiek-subpad.conf) serves it, precompressed; and in Chromium, search works under the base.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/domain/editions.ts';
import { launchChromium, hasChromium } from '../../tools/browser.ts';
import { serveNginx, serveStatic, type StaticServer } from '../../tools/serve.ts';
import { search } from '../e2e/harness.ts';
import { decoded, get, runScript, tempDir } from '../helpers.ts';

const BASE = '/wegwijs/';
const SITE = 'https://www.example.nl';
let dir: string;
let dist: string;

beforeAll(() => {
  dir = tempDir('wegwijs-base-');
  dist = path.join(dir, 'dist');
  const result = runScript('build.ts', {
    WEGWIJS_CONTENT: 'content',
    WEGWIJS_PEILDATUM: '2020-05-26',
    WEGWIJS_BASE: BASE,
    WEGWIJS_SITE: SITE,
    WEGWIJS_DIST: dist,
    WEGWIJS_STAGING: path.join(dir, 'staging'),
  }, ['--quiet', '--force']);
  if (result.code !== 0) throw new Error(`Bouwen met WEGWIJS_BASE=${BASE} is mislukt:\n${result.output}`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

/** URLs in attributes that hold one (href, src, action, data-pagefind-*), srcset lists and CSS url(). */
function urlsIn(file: string, text: string): string[] {
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
  const urls: string[] = [];
  for (const m of text.matchAll(/\s(?:href|src|action|poster|data-pagefind-path|data-pagefind-base)="([^"]*)"/g)) urls.push(m[1]!);
  for (const m of text.matchAll(/\ssrcset="([^"]*)"/g)) urls.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean));
  return urls.map((u) => u.replaceAll('&amp;', '&'));
}

/** The file a URL path under the base is served from, or undefined. */
function resolve(editionDir: string, pathname: string): string | undefined {
  const inside = decodeURIComponent(pathname.slice(BASE.length));
  const file = path.join(editionDir, inside);
  if (pathname.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

describe.each(EDITIONS)(`the %s edition built for ${BASE}`, (edition) => {
  const root = () => path.join(dist, edition);

  it('has only site-relative URLs under the base, each pointing at an existing file', () => {
    const files = filesUnder(root()).filter((f) => /\.(html|css)$/.test(f) && !f.startsWith('pagefind/'));
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(path.join(root(), file), 'utf8');
      if (text.includes('/__wegwijs__/')) problems.push(`${file}: unresolved body link placeholder`);
      // The URL the file is served at, to resolve relative URLs (…/index.html → …/).
      const served = new URL(`${BASE}${file.replace(/(^|\/)index\.html$/, '$1')}`, SITE);
      for (const raw of urlsIn(file, text)) {
        if (raw.startsWith('#') || raw === '') continue;
        const url = new URL(raw, served);
        if (url.origin !== SITE) continue; // another site (officielebekendmakingen.nl, mailto:)
        checked++;
        if (raw.startsWith('/') && !raw.startsWith(BASE)) problems.push(`${file}: ${raw} does not start with ${BASE}`);
        else if (!url.pathname.startsWith(BASE)) problems.push(`${file}: ${raw} leaves ${BASE}`);
        else if (!resolve(root(), url.pathname)) problems.push(`${file}: ${raw} → no such file`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('resolves Markdown body links under the base', () => {
    // content/organisaties/clientenorganisaties.md (public, so in both editions) links
    // [Ieder(in)](/organisaties/iederin/).
    const page = path.join(root(), 'organisaties', 'clientenorganisaties', 'index.html');
    expect(readFileSync(page, 'utf8')).toContain(`href="${BASE}organisaties/iederin/"`);
  });

  it('gives the search island the base: Pagefind bundle and result URLs', () => {
    const html = readFileSync(path.join(root(), 'zoeken', 'index.html'), 'utf8');
    expect(html).toContain(`data-pagefind-path="${BASE}pagefind/pagefind.js"`);
    expect(html).toContain(`data-pagefind-base="${BASE}"`);
    expect(existsSync(path.join(root(), 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe(`the public edition's absolute URLs built for ${BASE}`, () => {
  const publiek = () => path.join(dist, 'publiek');

  it('lists sitemap URLs with the base, each an existing page', () => {
    const locs = [...readFileSync(path.join(publiek(), 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
      expect(resolve(publiek(), new URL(loc).pathname), loc).toBeDefined();
    }
  });

  it('names the sitemap under the base in robots.txt, and canonical and structured-data URLs carry it', () => {
    expect(readFileSync(path.join(publiek(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    const vragen = readFileSync(path.join(publiek(), 'vragen', 'index.html'), 'utf8');
    expect(vragen).toContain(`<link rel="canonical" href="${SITE}${BASE}vragen/">`);
    const ldUrls = [...vragen.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(ldUrls.length).toBeGreaterThan(0);
    for (const url of ldUrls) {
      expect(url.startsWith(`${SITE}${BASE}vragen/`), url).toBe(true);
      expect(resolve(publiek(), new URL(url).pathname), url).toBeDefined();
    }
  });

  it('keeps the internal edition out of search engines', () => {
    expect(readFileSync(path.join(dist, 'intern', 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(existsSync(path.join(dist, 'intern', 'sitemap.xml'))).toBe(false);
    expect(readFileSync(path.join(dist, 'intern', 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});

describe(`the public edition under ${BASE}, served by nginx with the shipped sub-path variant (publiek-subpad.conf)`, () => {
  let server: StaticServer;
  const publiek = () => path.join(dist, 'publiek');
  beforeAll(async () => {
    server = await serveNginx(publiek(), 'publiek', { server: 'publiek-subpad.conf', base: BASE });
  });
  afterAll(() => server?.close());

  it('sends pages, assets and outputs under the base, precompressed as asked, with their types and caching', async () => {
    const css = readdirSync(path.join(publiek(), '_astro')).find((f) => f.endsWith('.css'))!;
    for (const [url, file, type, cache] of [
      [`${BASE}`, 'index.html', 'text/html; charset=utf-8', 'public, max-age=60, must-revalidate'],
      [`${BASE}vragen/`, 'vragen/index.html', 'text/html; charset=utf-8', 'public, max-age=60, must-revalidate'],
      [`${BASE}_astro/${css}`, `_astro/${css}`, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
      [`${BASE}feed.xml`, 'feed.xml', 'application/atom+xml; charset=utf-8', 'public, max-age=60, must-revalidate'],
      [`${BASE}feed.json`, 'feed.json', 'application/feed+json; charset=utf-8', 'public, max-age=60, must-revalidate'],
      [`${BASE}agenda.ics`, 'agenda.ics', 'text/calendar; charset=utf-8', 'public, max-age=60, must-revalidate'],
      [`${BASE}open-data/vragen.csv`, 'open-data/vragen.csv', 'text/csv; charset=utf-8', 'public, max-age=60, must-revalidate'],
    ] as const) {
      const original = readFileSync(path.join(publiek(), file));
      for (const [accept, encoding] of [['br', 'br'], ['gzip', 'gzip'], [undefined, undefined]] as const) {
        const response = await get(`${server.url}${url}`, accept);
        expect(response.status, url).toBe(200);
        expect(response.headers['content-type'], url).toBe(type);
        expect(response.headers['content-encoding'], `${url} (${accept})`).toBe(encoding);
        expect(response.headers['vary'], url).toBe('Accept-Encoding');
        expect(response.headers['cache-control'], url).toBe(cache);
        expect(decoded(response).equals(original), `${url} (${accept})`).toBe(true);
      }
    }
  });

  it('answers a missing page under the base with the edition\'s 404 page, and redirects a folder without its slash', async () => {
    const missing = await get(`${server.url}${BASE}bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(decoded(missing).equals(readFileSync(path.join(publiek(), '404.html')))).toBe(true);
    const folder = await get(`${server.url}${BASE}vragen`);
    expect(folder.status).toBe(301);
    expect(folder.headers['location']).toBe(`${BASE}vragen/`);
  });
});

(hasChromium() ? describe : describe.skip)(`search in Chromium under ${BASE}`, () => {
  let server: StaticServer;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(path.join(dist, 'publiek'), 0, { base: BASE });
    url = `${server.url}${BASE.replace(/\/$/, '')}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds entries, links results under the base and loads nothing from outside it', async () => {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
    const failed: string[] = [];
    page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
    page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
    const { urls, status } = await search(page, url, 'dagbesteding');
    expect(status).toMatch(/resultat/);
    expect(urls.length).toBeGreaterThan(0);
    for (const href of urls) expect(href.startsWith(BASE), href).toBe(true);
    await page.locator('[data-search-results] h2 a').first().click();
    await page.waitForURL((u) => u.pathname !== `${BASE}zoeken/`);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    expect(failed).toEqual([]);
  });
});
