/**
 * How the built editions are served, by Debian's nginx running the shipped configuration
 * (deploy/nginx via tools/serve.ts, brotli modules loaded): every text file but an HTML page has
 * a `.br` and a `.gz` copy beside it that decodes to the file, and HTML pages have none (nginx
 * compresses them per response); nginx sends brotli to a client that accepts `br`, gzip to one
 * that accepts `gzip`, the file itself to one that accepts neither, always with
 * `Vary: Accept-Encoding`; every output goes out with its registry
 * type (Atom, calendar, CSV, JSON Feed, …); and the public file check accepts the copies, but not
 * one that does not match its original.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITION_PROFILES, EDITIONS, type Edition } from '../../src/domain/editions.ts';
import { OUTPUTS, fixedAddresses, hasOutput } from '../../src/outputs/index.ts';
import { contentType } from '../../src/outputs/output.ts';
import { isCompressible } from '../../src/pipeline/compress.ts';
import { listFiles, verifyPublicFiles } from '../../src/verify/files.ts';
import { serveNginx, type StaticServer } from '../../tools/serve.ts';
import { decoded, get, tempDir } from '../helpers.ts';

const dist = () => inject('exampleDist');

/** The output a file of an edition belongs to: the longest URL ending that matches, as nginx decides. */
const outputOf = (rel: string) => OUTPUTS.filter((o) => `/${rel}`.endsWith(o.match)).sort((a, b) => b.match.length - a.match.length)[0];

describe.each(EDITIONS)('the %s edition served by nginx', (edition: Edition) => {
  let server: StaticServer;
  let files: string[];
  const root = () => path.join(dist(), edition);
  beforeAll(async () => {
    server = await serveNginx(root(), edition);
    files = await listFiles(root());
  });
  afterAll(() => server?.close());

  it('has a .br and a .gz copy beside every text file but the HTML pages, each decoding to the file', () => {
    const text = files.filter(isCompressible);
    expect(text.length).toBeGreaterThan(20);
    for (const ext of ['.css', '.js', '.json', '.xml', '.ics', '.csv', '.jsonld', '.txt']) expect(text.some((f) => f.endsWith(ext)), ext).toBe(true);
    const names = new Set(files);
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expect(names.has(`${page}.br`) || names.has(`${page}.gz`), `${page}: compressed per response, no copy`).toBe(false);
    for (const rel of text) {
      const original = readFileSync(path.join(root(), rel));
      expect(names.has(`${rel}.br`) && names.has(`${rel}.gz`), rel).toBe(true);
      expect(brotliDecompressSync(readFileSync(path.join(root(), `${rel}.br`))).equals(original), `${rel}.br`).toBe(true);
      expect(gunzipSync(readFileSync(path.join(root(), `${rel}.gz`))).equals(original), `${rel}.gz`).toBe(true);
    }
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    [undefined, undefined],
  ])('sends a page, a stylesheet and a feed to a client accepting %s with Content-Encoding %s and Vary: Accept-Encoding', async (accept, encoding) => {
    const css = files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
    for (const [url, file] of [['/vragen/', 'vragen/index.html'], [`/${css}`, css], ['/feed.xml', 'feed.xml']] as const) {
      const response = await get(`${server.url}${url}`, accept);
      expect(response.status, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe(encoding);
      expect(response.headers['vary'], url).toBe('Accept-Encoding');
      const original = readFileSync(path.join(root(), file));
      if (encoding) expect(response.body.equals(original), `${url}: sent compressed`).toBe(false);
      expect(decoded(response).equals(original), url).toBe(true);
    }
  });

  it("ships Pagefind's script minified (the one script every first search downloads)", () => {
    const script = readFileSync(path.join(root(), 'pagefind', 'pagefind.js'), 'utf8');
    // As Pagefind writes it: 46 KB, indented; minified by the build (src/pipeline/search-index.ts): 32 KB.
    expect(script.length).toBeLessThan(36_000);
    expect(script.split('\n').filter((line) => /^\s{2,}\S/.test(line)).length).toBeLessThan(10);
  });

  it('sends every output with the type its registry entry declares', async () => {
    const checked = new Map<string, string>();
    for (const rel of files.filter((f) => !f.endsWith('.br') && !f.endsWith('.gz') && !f.startsWith('pagefind/'))) {
      const output = outputOf(rel);
      if (!output || checked.has(output.name)) continue;
      const response = await get(`${server.url}/${rel}`, 'br');
      expect(response.status, rel).toBe(200);
      expect(response.headers['content-type'], rel).toBe(contentType(output));
      expect(response.headers['content-encoding'], rel).toBe('br');
      checked.set(output.name, String(response.headers['content-type']));
    }
    expect(checked.get('Atom-feed')).toBe('application/atom+xml; charset=utf-8');
    expect(checked.get('JSON Feed')).toBe('application/feed+json; charset=utf-8');
    expect(checked.get('agenda')).toBe('text/calendar; charset=utf-8');
    expect(checked.get('open data (CSV)')).toBe('text/csv; charset=utf-8');
    expect(checked.get('open data (JSON Schema)')).toBe('application/schema+json; charset=utf-8');
    expect(checked.get('DCAT-catalogus')).toBe('application/ld+json; charset=utf-8');
    // Every output the edition has (the example has files of each), the two print outputs sharing one ending.
    const expected = new Set(OUTPUTS.filter((o) => hasOutput(o, EDITION_PROFILES[edition])).map((o) => outputOf(o.match.startsWith('/') ? o.match.slice(1) : `x${o.match}`)!.name));
    expect(new Set(checked.keys())).toEqual(expected);
  });
});

describe('the public file check and precompressed copies', () => {
  it('accepts the copies of the built public edition, and refuses one that does not decode to its original', async () => {
    const publiek = path.join(dist(), 'publiek');
    const options = { base: '/', site: 'https://wegwijs.example.nl', fixed: fixedAddresses('publiek') };
    expect((await verifyPublicFiles(publiek, path.join(dist(), 'intern'), options)).problems).toEqual([]);
    const copy = tempDir('wegwijs-precompressed-');
    cpSync(publiek, copy, { recursive: true });
    // A copy that says something else than the page it sits beside (the build makes none for
    // pages, but a copy that appears there is checked all the same: nginx would send it).
    writeFileSync(path.join(copy, 'vragen', 'index.html.br'), brotliCompressSync(readFileSync(path.join(copy, 'over', 'index.html'))));
    writeFileSync(path.join(copy, 'feed.xml.gz'), 'geen gzip');
    const { problems } = await verifyPublicFiles(copy, undefined, options);
    expect(problems).toEqual([
      { file: 'feed.xml.gz', reason: 'precompressed-mismatch', sameAs: 'feed.xml' },
      { file: 'vragen/index.html.br', reason: 'precompressed-mismatch', sameAs: 'vragen/index.html' },
    ]);
  });
});
